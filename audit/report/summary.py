"""The one-line summary after text output: how many findings, and how many `fix` would fix.

After ruff's "[*] N fixable with the `--fix` option (M hidden fixes can be enabled with the
`--unsafe-fixes` option)" (issue 11): a reader learns what `mtaudit fix` will do before running it.
"""

from __future__ import annotations

from collections.abc import Sequence

from audit.findings import Finding, FixSafety


def summary(files: Sequence[Sequence[Finding]], unsafe_fixes: Sequence[bool], left: bool = False) -> str:
    """Count the findings of each file of `files` (`unsafe_fixes`: whether each file's config applies
    unsafe fixes).

    `left` words it for what `fix` left behind, counting only the files that still have findings.

    >>> from audit.findings import Edit, Fix
    >>> safe = Finding("mojibake", 0, 1, "m", fix=Fix((Edit(0, 1, "x"),), FixSafety.SAFE))
    >>> unsafe = Finding("number-style", 0, 1, "n", fix=Fix((Edit(0, 1, "y"),), FixSafety.UNSAFE))
    >>> summary([(safe, unsafe, unsafe), ()], [False, False])
    '3 findings in 2 files: 1 fixable with `mtaudit fix`, 2 more with `mtaudit fix --unsafe-fixes`.'
    >>> summary([(unsafe,)], [False], left=True)
    '1 finding left in 1 file: 1 with `mtaudit fix --unsafe-fixes`.'
    """
    total = sum(len(findings) for findings in files)
    counted = sum(1 for findings in files if findings) if left else len(files)
    fixable = more = 0
    for findings, unsafe_applied in zip(files, unsafe_fixes, strict=True):
        for finding in findings:
            safety = finding.fix_safety
            if safety is FixSafety.SAFE or (safety is FixSafety.UNSAFE and unsafe_applied):
                fixable += 1
            elif safety is FixSafety.UNSAFE:
                more += 1
    where = "left in" if left else "in"
    line = f"{total} finding{'s' * (total != 1)} {where} {counted} file{'s' * (counted != 1)}"
    notes = [f"{fixable} fixable with `mtaudit fix`"] if fixable else []
    if more:
        notes.append(f"{more} {'more ' * bool(fixable)}with `mtaudit fix --unsafe-fixes`")
    return line + (": " + ", ".join(notes) if notes else "") + "."
