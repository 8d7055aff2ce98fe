"""The lines under text output: how many findings, how many `fix` would fix, and the run at a glance.

After ruff's "[*] N fixable with the `--fix` option (M hidden fixes can be enabled with the
`--unsafe-fixes` option)" (issue 11): a reader learns what `fix` will do before running it. The counts
are kept as the files come, so a long run holds counts, never every file's findings (issue 9: a 20 MB
corpus kept 30,000 located findings for these two lines).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from audit.findings import Finding, FixSafety
from audit.report.model import RunStats


class Tally:
    """Counts of a run's findings, file by file.

    >>> from audit.findings import Edit, Fix
    >>> safe = Finding("mojibake", 0, 1, "m", fix=Fix((Edit(0, 1, "x"),), FixSafety.SAFE))
    >>> unsafe = Finding("number-style", 0, 1, "n", fix=Fix((Edit(0, 1, "y"),), FixSafety.UNSAFE))
    >>> tally = Tally()
    >>> tally.add((safe, unsafe, unsafe), unsafe_applied=False, words=400)
    >>> tally.add((), unsafe_applied=False)
    >>> tally.summary()
    '3 findings in 2 files: 1 fixable with `mtaudit fix`, 2 more with `mtaudit fix --unsafe-fixes`.'
    >>> tally.stats().per_thousand_words
    {'number-style': 5.0, 'mojibake': 2.5}
    >>> left = Tally()
    >>> left.add((unsafe,), unsafe_applied=False)
    >>> left.summary(left=True)
    '1 finding left in 1 file: 1 with `mtaudit fix --unsafe-fixes`.'
    """

    def __init__(self) -> None:
        self.files = self.files_with_findings = self.words = self.fixable = self.more = 0
        self.rules: Counter[str] = Counter()
        self.post_edit_rates: list[float] = []

    def add(
        self,
        findings: Sequence[Finding],
        unsafe_applied: bool,
        words: int = 0,
        post_edit_rate: float | None = None,
    ) -> None:
        """Count one file's `findings`; `unsafe_applied`: whether its config applies unsafe fixes."""
        self.files += 1
        self.files_with_findings += bool(findings)
        self.words += words
        if post_edit_rate is not None:
            self.post_edit_rates.append(post_edit_rate)
        for finding in findings:
            self.rules[finding.rule] += 1
            safety = finding.fix_safety
            if safety is FixSafety.SAFE or (safety is FixSafety.UNSAFE and unsafe_applied):
                self.fixable += 1
            elif safety is FixSafety.UNSAFE:
                self.more += 1

    def summary(self, left: bool = False) -> str:
        """The findings line; `left` words it for what `fix` left behind, counting only the files that
        still have findings."""
        total = self.rules.total()
        counted = self.files_with_findings if left else self.files
        where = "left in" if left else "in"
        line = f"{total} finding{'s' * (total != 1)} {where} {counted} file{'s' * (counted != 1)}"
        notes = [f"{self.fixable} fixable with `mtaudit fix`"] if self.fixable else []
        if self.more:
            notes.append(f"{self.more} {'more ' * bool(self.fixable)}with `mtaudit fix --unsafe-fixes`")
        return line + (": " + ", ".join(notes) if notes else "") + "."

    def stats(self) -> RunStats:
        return RunStats.counted(self.files, self.words, self.rules, self.post_edit_rates)
