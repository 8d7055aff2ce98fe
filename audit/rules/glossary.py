"""The `glossary` rule: wrong forms listed in the glossaries in force, replaced by the preferred form.

Each paragraph is matched against the entries of its own language plus `any`: "France Presse" is wrong
in an English paragraph and right in a French one.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding
from audit.glossary.matcher import PatternBudget
from audit.glossary.media_context import ArticleWords
from audit.rules.base import Context, Rule


class Glossary(Rule):
    """A form the glossary lists as wrong, with its preferred form.

    Why: machine translation renders names literally ("French Press Agency" for Agence France-Presse)
    and garbles house spellings; an editor's list catches them every time. Example: "The minister
    spoke to France Press" → "… to Agence France-Presse". A literal newspaper title that is an
    ordinary phrase elsewhere fires only where a title stands ("the German weekly The Mirror" → Der
    Spiegel; "the British tabloid The Mirror" stays silent). Fix: as the entry says (`safe`, `unsafe`
    or `none` = report only); the entry id is in the finding.
    """

    id = "glossary"
    summary = "wrong form listed in a glossary (literal name translations, house spellings, calques)"
    # A curated entry is more specific than any heuristic.
    precedence = 50

    def check(self, context: Context) -> Iterator[Finding]:
        glossaries = context.glossaries
        budget = PatternBudget.for_text(len(context.document.text))
        article = ArticleWords(paragraph.text for paragraph in context.document.paragraphs)
        for paragraph in context.document.paragraphs:
            language = context.language_of(paragraph)
            for match in glossaries.find(paragraph.text, language, paragraph.start, budget, article):
                entry = match.entry
                suggestion = match.suggestion or ""
                yield self.finding(
                    match.start, match.end, entry.message, suggestion, entry.fix, entry=entry.full_id, language=language
                )
