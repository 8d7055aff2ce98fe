"""`space-before-punct`: white space before punctuation where the language puts none ("word ,").

English, Spanish, German, Italian, Portuguese and Dutch attach , . ; : ! ? to the word before; a space
there is an MT or tokenisation artifact (detokenisers forget it) and removing it is safe. French is
the other way round: a (narrow no-break) space goes before ; : ! ? and inside « ». French articles are
never pushed towards English typography: only the inconsistent cases are reported — a mark written
without its space in an article that elsewhere spaces the same kind of mark, or with a plain space
where the article mostly uses a no-break one (a plain space lets the mark wrap onto the next line) —
report-only, with the space the article uses as the suggestion. A space before , or . is wrong in French too (safe fix).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.findings import Finding, FixSafety
from audit.languages import words
from audit.prose import LazyPattern
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    from regex import Match

    from audit.document import Paragraph

_SPACES = "[ \t\u00a0\u202f]+"
# A space before a mark that is followed by the end, a space, a closing bracket or quote, or another
# mark: ".NET", " .5" and " ..." (a spaced ellipsis) are not this artifact, nor two commas typed for
# an opening „ (" ,,Mein", malformed-quote's).
# Emoticons (":-)", ";)", ":(") are spaced from the word on purpose.
_SPACED = LazyPattern(
    rf"(?<=[\p{{L}}\p{{M}}\p{{N}})\]”’»\"%])(?P<space>{_SPACES})(?P<mark>[,.;:!?])(?![.\p{{L}}\p{{N}}]|-?[()]|,\p{{L}})"
)
_FRENCH_SPACED = LazyPattern(
    rf"(?<=[\p{{L}}\p{{M}}\p{{N}})\]”’»\"%])(?P<space>{_SPACES})(?P<mark>[,.])(?![.\p{{L}}\p{{N}}]|,\p{{L}})"
)
# A French quotation, spaced inside its guillemets, kept in a Spanish or English article: its ; : ! ?
# keep their French space («␣Allez␣!␣»).
_FRENCH_QUOTATION = LazyPattern(r"«[ \u00a0\u202f][^«»]*»")
# French high marks and guillemets, with or without the space the French convention asks for.
_FRENCH_HIGH = LazyPattern(
    r"(?<=[\p{L}\p{M}\p{N})\]”’\"])(?P<space>[ \u00a0\u202f]?)(?P<mark>[;:!?»])(?![\p{N}])"
    r"|(?P<mark>«)(?P<space>[ \u00a0\u202f]?)(?=[\p{L}\p{N}\"“])"
)


class SpaceBeforePunct(Rule):
    """White space before a punctuation mark the language attaches to the word.

    Why: "the minister , who" is a detokenisation artifact of MT; readers see a typo. Example (en):
    "the minister , who" → "the minister, who". French: "Pourquoi?" is reported only when the article
    writes "Comment ?" elsewhere. Fix: safe (the space is removed); report-only for French spacing.
    """

    id = "space-before-punct"
    summary = "space before , . ; : ! ? (English typography); inconsistent spacing in French"
    precedence = 30

    def check(self, context: Context) -> Iterator[Finding]:
        french = [paragraph for paragraph in context.document.paragraphs if _spaces_high_marks(context, paragraph)]
        # In a French article, a short paragraph taken for another language ("Photo : La salle de
        # l'Opéra", identified as Italian) keeps the space French puts before ; : ! ?.
        french_article = bool(words(context.language, "punctuation.spaced_before"))
        for paragraph in context.document.paragraphs:
            in_french = french_article or _spaces_high_marks(context, paragraph)
            pattern = _FRENCH_SPACED if in_french else _SPACED
            quoted = [] if in_french else [quote.span() for quote in _FRENCH_QUOTATION.finditer(paragraph.text)]
            for match in pattern.finditer(paragraph.text):
                if match.group("mark") in ";:!?" and any(start < match.start() < end for start, end in quoted):
                    continue
                yield self._removal(paragraph.start, match)
        yield from self._french_inconsistencies(french)

    def _removal(self, offset: int, match: Match) -> Finding:
        start, end = offset + match.start(), offset + match.end()
        mark = match.group("mark")
        return self.finding(start, end, f"space before '{mark}'", mark, FixSafety.SAFE)

    def _french_inconsistencies(self, paragraphs: list) -> Iterator[Finding]:  # type: ignore[type-arg]
        matches = [(paragraph, match) for paragraph in paragraphs for match in _FRENCH_HIGH.finditer(paragraph.text)]
        spaces: dict[str, Counter[str]] = {}
        for _, match in matches:
            spaces.setdefault(_kind(match.group("mark")), Counter())[match.group("space")] += 1
        for paragraph, match in matches:
            used = spaces[_kind(match.group("mark"))]
            written = match.group("space")
            spaced = {space: count for space, count in used.items() if space}
            if not spaced:
                continue
            habit = max(sorted(spaced), key=lambda item: spaced[item])
            if written == "" and sum(spaced.values()) < used[""]:
                continue  # the article mostly attaches this mark: its habit, not an error
            if written and (written != " " or habit == " " or spaced[habit] <= spaced[" "]):
                continue  # spaced as the article mostly does, or a no-break space: fine
            mark = match.group("mark")
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            suggestion = mark + habit if mark == "«" else habit + mark
            where = "after" if mark == "«" else "before"
            problem = f"plain space {where}" if written else f"no space {where}"
            yield Finding(
                rule=self.id,
                start=start,
                end=end,
                message=f"{problem} '{mark}', unlike the rest of this French text",
                severity=self.severity,
                suggestions=(suggestion,),
            )


def _spaces_high_marks(context: Context, paragraph: Paragraph) -> bool:
    """True when the paragraph's language spaces ; : ! ? (languages/<code>/punctuation.toml): French."""
    return bool(words(context.language_of(paragraph), "punctuation.spaced_before"))


def _kind(mark: str) -> str:
    """Marks that share a spacing habit: guillemets; ; ! ? together; the colon on its own.

    Swiss French spaces the colon but not ; ! ?, so a colon habit says nothing about the others.
    """
    if mark in "«»":
        return "«»"
    return ":" if mark == ":" else ";!?"
