"""Narrow `check` results to what a reviewer must act on: changed lines only, minus the baseline.

Runs after auditing and before rendering, on plain outcomes, so every output format sees the same
findings. Order matters and is fixed: `--diff-base` first (a baseline written during a pull request
records only what that pull request shows), then `--write-baseline`, then `--baseline`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from audit.baseline import Baseline, Fingerprint, fingerprint, read_baseline, write_baseline
from audit.changed_lines import ChangedLines
from audit.errors import InputError
from audit.findings import Finding
from audit.runner import Outcome


@dataclass(frozen=True)
class ReviewOptions:
    diff_base: str | None = None
    baseline: Path | None = None
    write_baseline: Path | None = None
    warn_unused: bool = False


def narrow(outcomes: Iterable[Outcome], options: ReviewOptions) -> tuple[list[Outcome], list[str]]:
    """Return the narrowed outcomes and notes for stderr (written baselines, unused entries)."""
    result = list(outcomes)
    notes: list[str] = []
    if options.diff_base is not None:
        changed = ChangedLines(options.diff_base)
        result = [_on_changed_lines(outcome, changed) for outcome in result]
    if options.write_baseline is not None:
        entries = [
            fingerprint(outcome.target.relative_to(options.write_baseline.parent), outcome.result.text, finding)
            for outcome in _audited(result)
            for finding in outcome.result.findings
        ]
        count = write_baseline(options.write_baseline, entries)
        notes.append(f"wrote {count} finding{'s' * (count != 1)} to baseline {options.write_baseline}")
        result = _hide(result, options.write_baseline, Counter(entries))[0]
    if options.baseline is not None:
        result, unused = _hide(result, options.baseline, read_baseline(options.baseline))
        if options.warn_unused:
            notes.extend(
                f"baseline {options.baseline}: unused entry {entry.path}: {entry.rule} {entry.text!r}"
                " (its finding is gone)"
                for entry in unused
            )
    return result, notes


def _audited(outcomes: list[Outcome]) -> list[Outcome]:
    return [outcome for outcome in outcomes if outcome.result is not None and not outcome.error]


def _with_findings(outcome: Outcome, findings: tuple[Finding, ...]) -> Outcome:
    assert outcome.result is not None
    return outcome._replace(result=replace(outcome.result, findings=findings))


def _on_changed_lines(outcome: Outcome, changed: ChangedLines) -> Outcome:
    if outcome.result is None or outcome.error or outcome.target.is_stdin:
        return outcome
    try:
        lines = changed.of(outcome.target.path)
    except InputError as error:  # this file only; an unknown revision (ConfigError) stops the run
        return outcome._replace(error=f"{outcome.target.display}: {error}")
    if lines is None:
        return outcome
    document = outcome.result.document
    kept = tuple(
        finding
        for finding in outcome.result.findings
        if any(
            line in lines for line in range(document.position(finding.start)[0], document.position(finding.end)[0] + 1)
        )
    )
    return _with_findings(outcome, kept)


def _hide(
    outcomes: list[Outcome], baseline_file: Path, entries: Counter[Fingerprint]
) -> tuple[list[Outcome], list[Fingerprint]]:
    baseline = Baseline(entries)
    result = []
    paths = []
    for outcome in outcomes:
        if outcome.result is None or outcome.error:
            result.append(outcome)
            continue
        path = outcome.target.relative_to(baseline_file.parent)
        paths.append(path)
        result.append(_with_findings(outcome, baseline.hide(path, outcome.result.text, outcome.result.findings)))
    return result, baseline.unused(paths)
