"""What a finding proposes to change, as concrete edits: the fix first, then the alternatives.

Review formats (SARIF `fixes`, reviewdog `suggestions`) show proposals a reviewer accepts by hand, so
they carry every suggestion, not only the one `fix` applies. A fix whose edits are scattered (several
edits applied together) stays one proposal: reviewers must take it whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.findings import Edit, Finding


@dataclass(frozen=True)
class Proposal:
    """Edits a reviewer can accept together; `applied` tells whether `mtaudit fix` makes them."""

    edits: tuple[Edit, ...]
    applied: bool
    description: str


def proposals(finding: Finding) -> tuple[Proposal, ...]:
    """The fix of the finding (if any), then every other suggestion as a replacement of its span."""
    found: list[Proposal] = []
    alternatives = finding.suggestions
    if finding.fix is not None:
        found.append(Proposal(finding.fix.edits, True, f"{finding.fix.safety} fix"))
        alternatives = alternatives[1:]
    for suggestion in alternatives:
        edit = Edit(finding.start, finding.end, suggestion)
        found.append(Proposal((edit,), False, "suggestion (not applied by `mtaudit fix`)"))
    return tuple(found)


def joined(edits: tuple[Edit, ...], text: str) -> Edit:
    """Merge edits into one replacement of the span they cover, keeping the text between them.

    >>> joined((Edit(0, 1, "«"), Edit(4, 5, "»")), '"abc"')
    Edit(start=0, end=5, replacement='«abc»')
    """
    ordered = sorted(edits)
    pieces: list[str] = []
    cursor = ordered[0].start
    for edit in ordered:
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.replacement)
        cursor = edit.end
    return Edit(ordered[0].start, cursor, "".join(pieces))
