"""`literal-media-title`: a newspaper, agency or broadcaster whose title was translated word for word.

The glossaries (`glossaries/<lang>/media.toml`, `agencies.toml`) name the renderings somebody met
and give the official name; this rule finds the ones nobody listed by what they are
(audit/media_title.py, and audit/news_agency.py for national news agencies). A title a glossary
entry already reports, or whose preferred name it is, is left to the glossary: one cause, one finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from audit.findings import Finding, FixSafety
from audit.glossary.matcher import PatternBudget
from audit.glossary.media_context import ArticleWords
from audit.glossary.model import Entry
from audit.media_title import Title, is_known, literal_titles, reported_from_abroad
from audit.news_agency import Rendering, agency_titles, rendered_agencies
from audit.newspaper import paper_titles, rendered_papers
from audit.press_vocabulary import known_titles, title_key
from audit.rules.base import Context, Rule

_TOPICS = ("media", "agencies")


class LiteralMediaTitle(Rule):
    """A publication's title rendered as ordinary words of the article's language.

    Why: machine translation turns foreign titles into words ("Kayhan" → "the daily Universe",
    "Yonhap" → "l'Agence de presse Union"), and a reader can no longer find the source; a glossary
    only knows the titles somebody listed. Example: "the reformist newspaper Trust reported" is
    flagged (Etemad); "the reformist newspaper Etemad", "The Guardian" and "the daily Le Monde" stay
    silent. A national news agency named by its country's words and agency words ("Czech Press
    Office", "Agencia Telegráfica Búlgara") is reported too (audit/news_agency.py), and so is a paper
    of the gazetteer named by the meaning of its own-language name in an article about its country
    ("berichtete die Freiheitszeit" in Taiwan: the Liberty Times; audit/newspaper.py). Fix: none for a
    title — the official name is a fact the rule does not know; a glossary entry that knows it reports
    the title instead, with its fix. For an agency, the name the language's press uses for that
    country's agency or the paper's name, as an unsafe fix (the country's words could name another body).
    """

    id = "literal-media-title"
    summary = "a newspaper, agency or broadcaster title translated word for word (the daily Universe)"
    precedence = 45

    def check(self, context: Context) -> Iterator[Finding]:
        known: dict[str, frozenset[tuple[str, ...]]] = {}
        # Counts the article's words only when a paragraph asks: most never cite a paper.
        article = ArticleWords(item.text for item in context.document.paragraphs)
        for paragraph in context.document.paragraphs:
            language = context.language_of(paragraph)
            titles = list(literal_titles(paragraph.text, language))
            agencies = list(rendered_agencies(paragraph.text, language))
            papers = [
                paper
                for paper in rendered_papers(paragraph.text, language, article)
                if not any(_overlap(paper, agency) for agency in agencies)
            ]
            agencies += papers  # a paper found in the gazetteer is reported with its name, like an agency
            if agencies:
                titles = [title for title in titles if not any(_overlap(title, agency) for agency in agencies)]
            if not titles and not agencies:
                continue
            if language not in known:
                known[language] = _preferred_titles(context, language)
            abroad = any(title.abroad for title in titles) and reported_from_abroad(paragraph.text, article, language)
            titles = [
                title
                for title in titles
                if (abroad or not title.abroad)  # "according to the Daily Voice" in Lagos is Lagos's own paper
                and not is_known(title_key(title.text), known[language], language)
                and not is_known(title_key(title.text), agency_titles(language), language)
                and not is_known(title_key(title.text), paper_titles(language), language)
            ]
            if not titles and not agencies:
                continue  # before the glossary's own search of the paragraph, the rule's dearest step
            budget = PatternBudget.for_text(len(paragraph.text))
            listed = context.glossaries.find(paragraph.text, language, paragraph.start, budget, article)
            for title in titles:
                start, end = paragraph.start + title.start, paragraph.start + title.end
                if any(match.start < end and start < match.end for match in listed):
                    continue
                message = f"“{title.text}” reads as a publication's title translated word for word; use its own name"
                yield self.finding(start, end, message, language=language)
            for agency in agencies:
                start, end = paragraph.start + agency.start, paragraph.start + agency.end
                if any(match.start < end and start < match.end for match in listed):
                    continue
                if is_known(title_key(agency.text), known[language], language):
                    continue
                kind = "a newspaper's" if agency in papers else "a news agency's"
                message = f"“{agency.text}” reads as {kind} name translated word for word: {agency.suggestion}"
                yield self.finding(start, end, message, agency.suggestion, FixSafety.UNSAFE, language=language)


def _overlap(title: Title | Rendering, agency: Rendering) -> bool:
    return title.start < agency.end and agency.start < title.end


def _preferred_titles(context: Context, language: str) -> frozenset[tuple[str, ...]]:
    """The glossaries' official names of papers and agencies: real titles, never renderings (built once
    per glossary set and language: a corpus run asks for them in every article that cites a paper)."""
    glossaries = context.glossaries
    if not glossaries.digest:
        return _official_names(glossaries.entries, language)
    return _cached_official_names(_Digested(glossaries.digest, glossaries.entries), language)


@dataclass(frozen=True)
class _Digested:
    """Glossary entries compared by their set's digest, so a cache never hashes every entry."""

    digest: str
    entries: tuple[Entry, ...] = field(compare=False, hash=False)


@lru_cache(maxsize=16)
def _cached_official_names(glossaries: _Digested, language: str) -> frozenset[tuple[str, ...]]:
    return _official_names(glossaries.entries, language)


def _official_names(entries: tuple[Entry, ...], language: str) -> frozenset[tuple[str, ...]]:
    preferred = (
        entry.preferred
        for entry in entries
        if entry.topic in _TOPICS and entry.language == language and entry.preferred
    )
    return known_titles(preferred)
