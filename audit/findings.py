"""Findings and the edits that fix them: immutable records shared by every rule and output.

Offsets always point into the original decoded text (code points, end exclusive). A rule never
re-finds its match later by searching for the text: the span it reports is the span it saw.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class FixSafety(StrEnum):
    SAFE = "safe"
    UNSAFE = "unsafe"


class _Span(NamedTuple):
    start: int
    end: int
    replacement: str


class Edit(_Span):
    """Replace text[start:end] with `replacement`; edits sort by span."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, replacement: str) -> Edit:
        # A NamedTuple's own __new__ cannot be replaced, so the check lives in this subclass.
        if not 0 <= start <= end:
            raise ValueError(f"invalid edit span {start}..{end}")
        return super().__new__(cls, start, end, replacement)


class Fix(NamedTuple):
    """One or more edits applied together, or not at all."""

    edits: tuple[Edit, ...]
    safety: FixSafety

    @property
    def start(self) -> int:
        return min(edit.start for edit in self.edits)

    @property
    def end(self) -> int:
        return max(edit.end for edit in self.edits)


class Finding(NamedTuple):
    """One artifact found in the text.

    `suggestions[0]` is the replacement for text[start:end] that `fix` applies, when `fix` is set.
    `entry` is the full glossary entry id ("en/agencies/afp") for glossary-kind rules, else None.
    """

    rule: str
    start: int
    end: int
    message: str
    severity: Severity = Severity.WARNING
    suggestions: tuple[str, ...] = ()
    fix: Fix | None = None
    entry: str | None = None
    language: str | None = None

    @property
    def fix_safety(self) -> FixSafety | None:
        return self.fix.safety if self.fix else None

    def shifted(self, offset: int) -> Finding:
        """The same finding `offset` characters further on (a section's finding placed in its article)."""
        fix = None
        if self.fix is not None:
            edits = tuple(Edit(edit.start + offset, edit.end + offset, edit.replacement) for edit in self.fix.edits)
            fix = Fix(edits, self.fix.safety)
        return self._replace(start=self.start + offset, end=self.end + offset, fix=fix)
