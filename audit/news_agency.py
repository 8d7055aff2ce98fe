"""Find a national news agency's name rendered word for word ("Czech Press Office" for ČTK).

Why a detector and not only glossary entries: MT renders an agency's own-language name word for word,
and every source language and every country gives a new rendering ("Bulgarian Telegraph Agency",
"Agencia Telegráfica Búlgara", "Bulgaria Press"). What such a rendering IS does not depend on the
words MT chose: a name-shaped phrase (capitalised as a name) made only of a country's words (its name,
its adjective, the meaning of the agency's name: "Anatolian", "Joint" for Kyodo) and the words agency
names are made of ("Agency", "Press", "News", "Office"; `media.agency_heads`), that is not the name the
press of the language uses for that country's agency. The gazetteer (`media.agencies` in
languages/<code>/media.toml) gives, per language, the name the press uses (the suggestion), the
country's words, and the other names that press writes ("Czech News Agency" is ČTK's own English name).

A descriptive phrase stays silent: lower-case ("l'agence de presse tchèque ČTK", "the Czech news
agency"; in English and German every word of a name is capitalised, elsewhere its first one), or
followed by the agency's name or acronym ("die Türkische Nachrichtenagentur Anadolu", "Czech News
Agency ČTK"), or joined to another capitalised word (a longer name, "Czech Press Council").
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Collection, Iterator
from functools import cache
from typing import NamedTuple

from audit.cache import cached
from audit.glossary.media_context import FULL_STOPS
from audit.glossary.tokens import HYPHENS, Token, tokenize
from audit.languages import language, shipped_files, words
from audit.lexicon import function_words
from audit.press_vocabulary import articles_of, known_titles, language_titles, title_key

_OPENING = '(«“"„‹'
_FEWEST_WORDS = 3
"""Words of a name whose only agency words could name a paper ("News", "Press") on its own."""
_ALL_CAPITALISED = frozenset({"en", "de"})
"""Languages that capitalise every content word of a name ("Czech News Agency", "Anatolische Agentur");
the others capitalise the first only ("Agence de presse tchèque")."""


class Agency(NamedTuple):
    name: str
    accepted: frozenset[tuple[str, ...]]


class AgencyVocabulary(NamedTuple):
    heads: frozenset[str]
    weak: frozenset[str]  # heads that make an agency only beside another ("Press Office", not "Office")
    modifiers: frozenset[str]
    links: frozenset[str]
    bridges: frozenset[str]  # small words inside a name between two of its words ("Agency for News and Information")
    continuations: frozenset[str]
    articles: frozenset[str]
    openers: frozenset[str]  # articles that are no connector: after a word they open another phrase
    small: frozenset[str]
    mastheads: frozenset[str]
    agencies: tuple[Agency, ...]
    keys: dict[str, frozenset[int]]  # casefolded country word → the agencies it names


class Rendering(NamedTuple):
    start: int
    end: int
    text: str
    suggestion: str


@cache
def agency_vocabulary(code: str) -> AgencyVocabulary:
    """The agency words and the gazetteer of language `code`, built once and kept in the disk cache."""
    return cached(f"agencies-{code}", shipped_files(), lambda: _agency_vocabulary(code))


def _agency_vocabulary(code: str) -> AgencyVocabulary:
    data = language(code)
    inflections = tuple(data.value("media.agency_inflections", ()))
    agencies: list[Agency] = []
    keys: dict[str, set[int]] = {}
    for index, (name, country, *others) in enumerate(data.value("media.agencies", ())):
        accepted = [name, *(other.strip() for other in others[0].split(";"))] if others else [name]
        agencies.append(Agency(name, known_titles(accepted)))
        for word in country.split():
            for form in country_forms(word.casefold(), inflections):
                keys.setdefault(form, set()).add(index)
    return AgencyVocabulary(
        heads=words(code, "media.agency_heads"),
        weak=words(code, "media.agency_weak_heads"),
        modifiers=words(code, "media.agency_words"),
        links=words(code, "media.connectors") | articles_of(code),
        bridges=words(code, "media.name_links"),
        continuations=words(code, "official.linking") | words(code, "media.connectors"),
        articles=articles_of(code),
        openers=articles_of(code) - words(code, "media.connectors"),
        small=function_words(code),
        mastheads=words(code, "media.masthead_words"),
        agencies=tuple(agencies),
        keys={key: frozenset(indexes) for key, indexes in keys.items()},
    )


def agency_titles(code: str) -> frozenset[tuple[str, ...]]:
    """The `title_key`s of every agency name the press of language `code` writes, and of each short
    name the suggestions carry ("Petra" of "Nachrichtenagentur Petra"): real titles, never renderings."""
    vocabulary = agency_vocabulary(code)
    short = known_titles(agency.name.partition(" ")[2] for agency in vocabulary.agencies if " " in agency.name)
    return short.union(*(agency.accepted for agency in vocabulary.agencies))


def country_forms(word: str, inflections: tuple[list[str], ...]) -> set[str]:
    """A country word and its inflected forms: "búlgaro" is "búlgara", "búlgaros" and "búlgaras" too.

    >>> sorted(country_forms("ceco", (["o", "a"], ["o", "hi"])))
    ['ceca', 'cechi', 'ceco']
    """
    forms = {word}
    for ending, other in inflections:
        if word.endswith(ending):
            forms.add(word[: len(word) - len(ending)] + other)
    return forms


def rendered_agencies(text: str, code: str) -> Iterator[Rendering]:
    """The agency names in `text` (a paragraph of language `code`) rendered word for word."""
    # Most paragraphs name no agency: a head word ("Agency", "Presse") must be in them before the
    # gazetteer is built and the paragraph tokenized (issue 9).
    folded = text.casefold()
    if not any(head in folded for head in words(code, "media.agency_heads")):
        return
    vocabulary = agency_vocabulary(code)
    if not vocabulary.agencies:
        return
    tokens = tokenize(text)
    index = 0
    while index < len(tokens):
        end = _run_end(tokens, index, vocabulary)
        if end > index:
            rendering = _rendering(text, tokens, index, end, code, vocabulary)
            if rendering is not None:
                yield rendering
            index = end
        else:
            index += 1


def _run_end(tokens: list[Token], first: int, vocabulary: AgencyVocabulary) -> int:
    """The end (exclusive) of the agency-shaped run opened by a capitalised word at `first`, or `first`."""
    if not _capitalised(tokens[first].text) or not _agency_word(tokens[first].text, vocabulary):
        return first
    return run_end(
        tokens,
        first,
        vocabulary.links,
        lambda token: _agency_word(token, vocabulary),
        vocabulary.openers,
        vocabulary.bridges,
        lambda token: token.casefold() in vocabulary.heads,
    )


def run_end(
    tokens: list[Token],
    first: int,
    links: Collection[str],
    takes: Callable[[str], bool],
    openers: Collection[str] = (),
    bridges: Collection[str] = (),
    bridged: Callable[[str], bool] = lambda token: False,
) -> int:
    """The end (exclusive) of a name's run of words opened at `first`: the words `takes` accepts, carried
    over hyphens, `links` ("of", "de") and elided articles; a run ends on an accepted word. An article
    of `openers` right after an accepted word opens the next phrase, not the name's continuation
    ("à Djibouti l'Agence djiboutienne…": a name goes on past "de la", never past a bare "l'"). A word of
    `bridges` ("for", "and") goes on a name only before a word `bridged` accepts, past links ("Agency for
    News and Information", "Agence de presse et d'information"): "the Saudi Press Agency and the Kuwait
    News Agency" are two names."""
    end = last = first + 1
    while end < len(tokens):
        token = tokens[end].text
        if end == last and token.casefold() in openers:
            break
        bridge = end == last and token.casefold() in bridges and _bridges_to(tokens, end + 1, links, bridged)
        if bridge or token in HYPHENS or token.casefold() in links or elision(tokens, end):
            end += 1
        elif takes(token):
            end = last = end + 1
        else:
            break
    return last


def _bridges_to(tokens: list[Token], index: int, links: Collection[str], bridged: Callable[[str], bool]) -> bool:
    """True when the first word from `index` on that is no link nor elision is one `bridged` accepts."""
    while index < len(tokens) and (tokens[index].text.casefold() in links or elision(tokens, index)):
        index += 1
    return index < len(tokens) and bridged(tokens[index].text)


def _rendering(
    text: str, tokens: list[Token], first: int, end: int, code: str, vocabulary: AgencyVocabulary
) -> Rendering | None:
    run = tokens[first:end]
    small = vocabulary.links | vocabulary.bridges
    content = [token.text for token in run if token.text[0].isalnum() and token.text.casefold() not in small]
    heads = [word.casefold() for word in content if word.casefold() in vocabulary.heads]
    described_after = _described_after(content, vocabulary)
    if not heads or (all(head in vocabulary.weak for head in heads) and not described_after):
        # "Office of Thailand", "Servicio de Chile": a government's office, unless a press word names it one
        return None
    counts = Counter(agency for word in content for agency in vocabulary.keys.get(word.casefold(), ()))
    if not counts:
        return None
    ranked = counts.most_common(2)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # "Arab" names two agencies: no way to tell which
    at_start = opens_sentence(tokens, first)
    if (code in _ALL_CAPITALISED or at_start) and not described_after and not all(map(_capitalised, content)):
        return None  # "Czech news agency", "Agencias de prensa búlgaras informaron": a description
    if joined(tokens, first, end, vocabulary.small, vocabulary.continuations):
        return None
    described = first > 0 and tokens[first - 1].text.casefold() in vocabulary.heads
    if (
        len(content) < _FEWEST_WORDS
        and not described
        and all(word.casefold() in vocabulary.mastheads for word in content if word.casefold() in vocabulary.heads)
    ):
        return None  # "Bangladesh News", "Vietnam News": a paper's title as often as an agency's
    agency = vocabulary.agencies[ranked[0][0]]
    written = text[run[0].start : run[-1].end]
    key = title_key(written)
    if key in agency.accepted or key in language_titles(code):
        return None
    suggestion = agency.name
    head, _, rest = suggestion.partition(" ")
    if described and rest and head.casefold() == tokens[first - 1].text.casefold():
        suggestion = rest  # "l'agenzia Unione Notizie" is "l'agenzia Yonhap"
    if at_start:
        suggestion = suggestion[:1].upper() + suggestion[1:]
    return Rendering(run[0].start, run[-1].end, written, suggestion)


def _described_after(content: list[str], vocabulary: AgencyVocabulary) -> bool:
    """True for a name of capitalised words holding a head, then a description in lower case made of
    heads ("Joint Communications news agency"): the description says the name is an agency's, as
    "the news agency Joint Communications" would. A country's word alone before the description is
    no name ("Czech news agency")."""
    lowered = len(content) - sum(1 for _ in itertools.takewhile(_capitalised, content))
    if not lowered or lowered == len(content):
        return False
    named, description = content[:-lowered], content[-lowered:]
    return all(word.casefold() in vocabulary.heads for word in description) and any(
        word.casefold() in vocabulary.heads for word in named
    )


def _agency_word(token: str, vocabulary: AgencyVocabulary) -> bool:
    folded = token.casefold()
    return folded in vocabulary.heads or folded in vocabulary.modifiers or folded in vocabulary.keys


def joined(tokens: list[Token], first: int, end: int, small: frozenset[str], continuations: frozenset[str]) -> bool:
    """True when tokens `first`..`end` (exclusive) are part of a longer name or describe one: a
    capitalised word (not one of the `small` function words) or an acronym touches them ("Czech Press
    Council", "Czech News Agency ČTK", "Agencia búlgara (BTA)"), or the name goes on after a linking
    word of `continuations` ("l'Agenzia ceca per lo sviluppo")."""
    before = tokens[first - 1].text if first else ""
    if before in HYPHENS:
        return True
    if before.casefold() == "s" and first > 1 and tokens[first - 2].text in "'’":
        return True  # "the Prime Minister's Office of Thailand": a possessive makes a longer name
    if before[:1].isupper() and before.casefold() not in small and not opens_sentence(tokens, first - 1):
        return True
    after = end
    if after < len(tokens) and tokens[after].text in _OPENING:
        after += 1
    if after >= len(tokens):
        return False
    following = tokens[after].text
    if after == end and following.casefold() in continuations:
        return True
    return following in HYPHENS or (following[:1].isupper() and following.casefold() not in small)


def opens_sentence(tokens: list[Token], index: int) -> bool:
    """True when token `index` opens a sentence (or follows a colon or a line break)."""
    at = index - 1
    while at >= 0 and not tokens[at].text[0].isalnum() and tokens[at].text not in FULL_STOPS:
        if tokens[at].text in ":\n":
            return True
        at -= 1
    return at < 0 or tokens[at].text in FULL_STOPS


def elision(tokens: list[Token], index: int) -> bool:
    """An apostrophe of an elided link ("Agence d'information", "dell'Agenzia")."""
    return tokens[index].text in "'’" and index > 0 and tokens[index - 1].text.isalpha()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()
