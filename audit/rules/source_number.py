"""`source-number`: a number of the source paragraph that its translation lost or changed.

MT drops numbers, turns "1,500" into "1.5" or "15,000", and misreads Arabic-Indic digits. Numbers are
compared as values (audit/bilingual.py): "٢٠٢٤" and "2024", "5.000" and "5,000", "٣" and "three" agree.
One digit numbers are left out: translations write them as words or articles ("one" → "a") too
freely for a missing one to mean anything. Report-only: the translator decides which side is right.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from audit.findings import Finding
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    from audit.bilingual import Number

_SMALLEST = 10


class SourceNumber(Rule):
    """A number in the source paragraph missing or different in the target paragraph (needs --source).

    Why: a wrong figure in a translated article is a factual error no monolingual check can see.
    Example: source "تضرر ١٢٥٠ منزلا" beside target "1,520 homes were damaged" flags "1,520" (the
    source says 1250). Fix: none (report-only).
    """

    id = "source-number"
    summary = "a number of the source paragraph missing or different in the translation (--source)"
    precedence = 0

    def check(self, context: Context) -> Iterator[Finding]:
        alignment = context.alignment
        if alignment is None:
            return
        from audit.bilingual import numbers  # with a source only: a one-file check never loads it

        for bead in alignment.beads:
            if not bead.source or not bead.target:
                continue
            paragraphs = [context.document.paragraphs[index] for index in bead.target]
            wanted = [
                _shifted(number, alignment.source.paragraphs[index].start)
                for index in bead.source
                for number in numbers(alignment.source.paragraphs[index].text)
                if max(number.values) >= _SMALLEST
            ]
            written = [
                _shifted(number, paragraph.start)
                for paragraph in paragraphs
                for number in numbers(paragraph.text, context.language_of(paragraph))
            ]
            missing, extra = _unmatched(wanted, written)
            extra = [number for number in extra if max(number.values) >= _SMALLEST]
            if not missing:
                continue
            source = alignment.source.text
            if len(missing) == 1 and len(extra) == 1:
                shown = source[missing[0].start : missing[0].end]
                yield self.finding(extra[0].start, extra[0].end, f"the source has {shown} here")
                continue
            shown = ", ".join(source[number.start : number.end] for number in missing)
            message = f"number{'s' * (len(missing) > 1)} of the source missing: {shown}"
            yield self.finding(paragraphs[0].start, paragraphs[-1].end, message)


def _shifted(number: Number, offset: int) -> Number:
    return replace(number, start=number.start + offset, end=number.end + offset)


def _unmatched(wanted: list[Number], written: list[Number]) -> tuple[list[Number], list[Number]]:
    """Pair each source number with an agreeing target number, in order; return what is left on each side."""
    free = list(written)
    missing = []
    for number in wanted:
        partner = next((candidate for candidate in free if candidate.agrees(number)), None)
        if partner is None:
            missing.append(number)
        else:
            free.remove(partner)
    return missing, free
