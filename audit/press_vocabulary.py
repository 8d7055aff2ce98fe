"""What the press of a language is called, as `literal-media-title` reads it: one record per language.

The words that describe a publication ("le quotidien", "die Zeitung", "the state broadcaster"), the
heads of titles, the words real titles are made of, the frames that cite a title, the places whose own
press writes the language — gathered from languages/<code>/media.toml (and a few other lists of the
language) into a `PressVocabulary`, built once per process. The detector (audit/media_title.py) reads
titles in text with it; this module only says what the words are.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

from audit.cache import cached
from audit.glossary.tokens import tokenize
from audit.languages import language, words, words_of_every_language
from audit.lexicon import function_words
from audit.prose import alternation

SHORTEST_HEAD_SUFFIX = 7
"""A head that ends a compound descriptor is this long at least: "…zeitung" (not "…blatt": "Datenblatt")."""
_LETTERS = re.compile(r"[^\W\d_]+")

Phrases = dict[str, tuple[tuple[str, ...], ...]]  # descriptor phrases by their last key


class PressVocabulary(NamedTuple):
    descriptors: frozenset[str]
    descriptor_phrases: Phrases
    capitalised_descriptors: bool
    qualifiers: frozenset[str]
    connectors: frozenset[str]
    nationalities: frozenset[str]
    heads: frozenset[tuple[str, ...]]
    neutral: frozenset[str]
    articles: frozenset[str]
    openers: frozenset[str]
    persons: frozenset[str]
    calendar: frozenset[str]
    after: frozenset[str]
    demonym_endings: frozenset[str]
    verb_endings: frozenset[str]
    small: frozenset[str]
    reporting: frozenset[str]
    institutions: frozenset[str]
    foreign_articles: frozenset[str]
    home: frozenset[str]
    markers: frozenset[str]
    framed: frozenset[str]
    frames: frozenset[tuple[str, ...]]
    frame_ends: frozenset[str]  # the last word of each frame: most tokens end none
    cue: Any  # a compiled pattern: any descriptor or head, anywhere (compounds too)
    cited_cues: tuple[frozenset[str], frozenset[str]]  # casefolded: frame words; words naming a paper
    titles: frozenset[tuple[str, ...]]
    masthead: frozenset[str]
    home_places: frozenset[str]
    modifiers_first: bool
    leading: frozenset[str]  # casefolded: adjectives before the head noun where modifiers follow it
    paper_heads: frozenset[str]
    compound_heads: tuple[str, ...]  # one-word heads long enough to end a compound ("…zeitung")
    abroad: Phrases  # descriptors whose titles are renderings only abroad
    openings: frozenset[str]  # casefolded: the lower-case tokens a title's shape may open on
    abroad_cues: frozenset[str]  # casefolded: the head noun of each, after a space or an apostrophe
    capital_article: re.Pattern[str]  # a capitalised article inside a sentence: a title opens there
    real_title_words: frozenset[str]  # casefolded: `media.title_words` and `media.title_markers`
    press_words: frozenset[str]  # casefolded: every word of a descriptor, a head or a masthead word


def articles_of(code: str) -> frozenset[str]:
    """The definite articles of a language, elided ones too ("l")."""
    return words(code, "articles.definite") | words(code, "articles.elided")


@cache
def press_vocabulary(code: str) -> PressVocabulary:
    articles = articles_of(code)
    neutral = (
        frozenset(word for head in words(code, "media.title_heads") for word in head.split())
        | words(code, "media.title_words")
        | words(code, "media.title_markers")
        | words(code, "media.places")
        | words(code, "media.nationalities")
        | articles
    )
    written = language(code).phrases("media.title_descriptors")
    return PressVocabulary(
        descriptors=words(code, "media.title_descriptors"),
        descriptor_phrases=_by_last_word(words(code, "media.title_descriptors")),
        compound_heads=tuple(
            head for head in words(code, "media.title_heads") if len(head) >= SHORTEST_HEAD_SUFFIX and " " not in head
        ),
        # German writes its descriptors capitalised ("die Zeitung"); elsewhere a capitalised one is a
        # name's first word ("Medio Ambiente", "Agencia Estatal de Meteorología").
        capitalised_descriptors=any(word[:1].isupper() for word in written),
        openers=words(code, "names.openers") | function_words(code),
        qualifiers=words(code, "media.qualifiers") | words(code, "media.nationalities"),
        connectors=words(code, "media.connectors"),
        nationalities=words(code, "media.nationalities"),
        heads=frozenset(tuple(head.split()) for head in words(code, "media.title_heads")),
        neutral=neutral,
        articles=articles,
        persons=words(code, "names.titles"),
        markers=words(code, "media.title_markers"),
        framed=words(code, "media.framed_descriptors"),
        frames=frozenset(_phrase(frame) for frame in words(code, "media.cited_before")),
        frame_ends=frozenset(_phrase(frame)[-1] for frame in words(code, "media.cited_before")),
        cue=_cue(
            words(code, "media.title_descriptors")
            | words(code, "media.title_heads")
            | words(code, "media.framed_descriptors")
        ),
        # Broadcasters' and sites' descriptors are screened by substring tests, like cited titles: a
        # longer alternation in `cue` doubled its cost on every paragraph (issue 9).
        capital_article=_capital_article(code),
        openings=frozenset(_by_last_word(words(code, "media.title_descriptors")))
        | frozenset(_by_last_word(words(code, "media.abroad_descriptors")))
        | articles
        | words(code, "media.framed_descriptors")
        | {","},
        abroad_cues=frozenset(
            start + _head_word(item, code) for item in words(code, "media.abroad_descriptors") for start in " '’"
        ),
        # A title cited by a frame alone holds a word naming a paper: both must be in the paragraph.
        cited_cues=(
            _frame_words(
                words(code, "media.cited_before") | words(code, "media.cited_after") | words(code, "names.reporting")
            ),
            # Capitalised as a title writes them, except where a compound ends in one ("Abendzeitung").
            words(code, "media.masthead_words")
            if any(word[:1].isupper() for word in written)
            else frozenset(word.capitalize() for word in words(code, "media.masthead_words")),
        ),
        calendar=words(code, "ui.calendar"),
        after=words(code, "media.descriptors_after"),
        demonym_endings=words(code, "media.demonym_endings"),
        verb_endings=words(code, "media.verb_endings"),
        small=function_words(code),
        reporting=words(code, "media.cited_after") | words(code, "names.reporting"),
        institutions=words(code, "names.place_words"),
        # Another language's article opens a title kept in that language, unless the word is also one
        # of this language's small words (Portuguese "a" and "as" are English words too).
        foreign_articles=words_of_every_language("articles.definite") - articles - function_words(code),
        home=words(code, "media.home_nationalities"),
        titles=_known_titles_of(code),
        masthead=words(code, "media.masthead_words"),
        home_places=words(code, "media.home_places"),
        modifiers_first=bool(language(code).value("media.modifiers_first", False)),
        leading=words(code, "media.leading_adjectives"),
        # The words naming a paper that real titles of the language carry with a place, and no other
        # real title word ("Journal", "Zeitung", "Newspaper"; not "Times" or "Post").
        abroad=_by_last_word(words(code, "media.abroad_descriptors")),
        press_words=frozenset(
            word.casefold()
            for phrase in words(code, "media.title_descriptors")
            | words(code, "media.title_heads")
            | words(code, "media.masthead_words")
            for word in phrase.split()
        ),
        real_title_words=frozenset(
            word.casefold() for word in words(code, "media.title_words") | words(code, "media.title_markers")
        ),
        paper_heads=(words(code, "media.masthead_words") & words(code, "media.title_heads"))
        - words(code, "media.title_markers")
        - words(code, "media.title_words"),
    )


def _known_titles_of(code: str) -> frozenset[tuple[str, ...]]:
    """`known_titles` of the language's real titles, kept in the disk cache: tokenizing its ≈450
    titles cost a one-file check 12 ms (issue 9)."""
    from audit.languages import shipped_files

    return cached(f"media-titles-{code}", shipped_files(), lambda: known_titles(words(code, "media.titles")), marshal)


def language_titles(code: str) -> frozenset[tuple[str, ...]]:
    """The `title_key`s of the real titles of language `code` (`media.titles`)."""
    return press_vocabulary(code).titles


def known_titles(titles: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The `title_key`s of real titles.

    >>> sorted(known_titles(["La Stampa"]))
    [('la', 'stampa')]
    """
    return frozenset(title_key(title) for title in titles)


def _phrase(text: str) -> tuple[str, ...]:
    """A descriptor as the keys it is tokenized into ("agence de presse", "agenzia d'informazione")."""
    return tuple(token.text.casefold() for token in tokenize(text))


def _capital_article(code: str) -> re.Pattern[str]:
    """A capitalised article after a word or a comma and a space ("according to The …", "selon L'…")."""
    full = sorted(words(code, "articles.definite"), key=len, reverse=True)
    elided = sorted(words(code, "articles.elided"), key=len, reverse=True)
    alternatives = [re.escape(article.capitalize()) + r"\s" for article in full]
    alternatives += [re.escape(article.capitalize()) + "['’]" for article in elided]
    return re.compile(r"(?<=[\w,] )(?:" + "|".join(alternatives) + ")" if alternatives else "(?!)")


def _head_word(phrase: str, code: str) -> str:
    """The casefolded head noun of a descriptor, its telling word: "television" of "state television",
    "chaîne" of "chaîne d'information" (not "state" or "information", in most paragraphs)."""
    spelled = _LETTERS.findall(phrase.casefold())
    return spelled[-1] if language(code).value("media.modifiers_first", False) else spelled[0]


def _frame_words(frames: frozenset[str]) -> frozenset[str]:
    """The longest word of each citation frame, its most telling ("après" of "d'après", not "a" of "a
    déclaré à")."""
    return frozenset(max(_LETTERS.findall(frame), key=len) for frame in frames if _LETTERS.search(frame))


def _cue(cues: frozenset[str]) -> Any:
    from audit.pattern_store import VERSION1, compiled

    alternatives = alternation(cue.split()[0] for cue in cues)
    return compiled(f"(?i)(?:{alternatives})" if alternatives else "(?!)", VERSION1)


def title_key(title: str) -> tuple[str, ...]:
    """The words of a title as compared with the known ones: casefolded, without punctuation and
    inflection endings ("Süddeutschen Zeitung" is "Süddeutsche Zeitung"); `is_known` drops an article.

    >>> title_key("Süddeutschen Zeitung") == title_key("Süddeutsche Zeitung")
    True
    """
    return tuple(title_word(token.text) for token in tokenize(title) if token.text[0].isalnum())


def title_word(word: str) -> str:
    folded = word.casefold()
    return folded[:-1] if len(folded) > 4 and folded[-1] in "ns" else folded


def _by_last_word(descriptors: frozenset[str]) -> Phrases:
    """Descriptor phrases as keys (`_phrase`), grouped by their last key: a token is compared with the
    few that end in it, not with all (issue 9)."""
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for descriptor in descriptors:
        phrase = _phrase(descriptor)
        grouped.setdefault(phrase[-1], []).append(phrase)
    return {last: tuple(phrases) for last, phrases in grouped.items()}
