"""Resolve conflicting fixes and apply edits: the one place where fixes meet.

Fixes are taken by rule precedence (most specific rule first), then by position; a fix that overlaps
one already taken, or that would touch a protected region, is dropped and its finding stays reported.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping

from audit.document import Document
from audit.findings import Edit, Finding, Fix, FixSafety


def fixable(finding: Finding, unsafe_fixes: bool) -> bool:
    """True when `fix` may apply this finding's fix under the chosen safety level."""
    if finding.fix is None:
        return False
    return finding.fix.safety is FixSafety.SAFE or unsafe_fixes


def resolve(
    findings: Iterable[Finding],
    document: Document,
    precedence: Mapping[str, int],
    unsafe_fixes: bool = False,
) -> tuple[Fix, ...]:
    """Pick a deterministic, non-overlapping set of fixes that stay out of protected regions."""
    candidates = sorted(
        (
            finding
            for finding in findings
            if finding.fix is not None
            and fixable(finding, unsafe_fixes)
            and not any(document.is_protected(edit.start, edit.end) for edit in finding.fix.edits)
        ),
        key=lambda finding: (
            -precedence.get(finding.rule, 0),
            finding.start,
            finding.end,
            finding.rule,
            finding.fix.edits if finding.fix else (),
        ),
    )
    chosen: list[Fix] = []
    earlier = _Taken()  # edits taken at higher precedence levels
    level = _Taken()  # edits taken at the current level
    current_level: int | None = None
    for finding in candidates:
        fix = finding.fix
        assert fix is not None
        rank = precedence.get(finding.rule, 0)
        if rank != current_level:
            earlier = earlier.merged(level)
            level = _Taken()
            current_level = rank
        if any(earlier.overlaps(edit) or level.overlaps(edit) for edit in fix.edits):
            continue
        for edit in fix.edits:
            level.add(edit)
        chosen.append(fix)
    return tuple(chosen)


class _Taken:
    """Non-overlapping edits sorted by position: an overlap test is a bisection, not a scan.

    Comparing every fix with every taken one made a 400 KB line dense with artifacts take 37 s (issue
    10, item 9). Within one precedence level candidates come in text order, so `add` appends near the
    end; levels are merged once each, so resolving n edits costs O(n log n) for a fixed set of rules.
    """

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._spans: list[tuple[int, int]] = spans or []

    def overlaps(self, edit: Edit) -> bool:
        index = bisect.bisect_left(self._spans, (edit.start,))
        # Taken edits do not overlap each other, so only the neighbours around `start` can overlap.
        return any(_overlaps(edit, Edit(start, end, "")) for start, end in self._spans[max(index - 1, 0) : index + 2])

    def add(self, edit: Edit) -> None:
        bisect.insort(self._spans, (edit.start, edit.end))

    def merged(self, other: _Taken) -> _Taken:
        return _Taken(sorted(self._spans + other._spans)) if other._spans else self


def _overlaps(first: Edit, second: Edit) -> bool:
    if first.start == first.end or second.start == second.end:
        # An insertion conflicts with another edit at the same point or strictly inside it.
        if first.start == second.start:
            return True
        return first.start < second.start < first.end or second.start < first.start < second.end
    return first.start < second.end and second.start < first.end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits whose offsets point into `text`.

    >>> apply_edits("the the cat", [Edit(3, 7, "")])
    'the cat'
    """
    pieces: list[str] = []
    cursor = 0
    for edit in sorted(edits):
        if edit.start < cursor:
            raise ValueError(f"overlapping edits at {edit.start}")
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)
