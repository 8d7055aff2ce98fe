"""A relational adjective after its noun, for `calqued-institution`: "the Office National of Sanitation".

French, Spanish, Arabic and the other languages MT translates from put a relational adjective or a
country's adjective after the noun ("l'Office national", "l'année financière", "la Radio Télévision
sénégalaise"); English puts it before ("the National Office", "the financial year", "Senegalese Radio
Television"). MT keeps the source's order. The data (`order` in languages/<code>/grammar.toml) lists the
relational adjectives, the countries' adjectives beside `media.nationalities`, the determiners that open
a noun phrase and the prepositions that may follow the adjective inside a calqued name.

English writes some adjectives after a noun too ("Secretary General", "Court Martial", "notary public",
"an issue central to the talks"), so the shape is narrow. A determiner opens the phrase (a predicate,
"the decision was national", has a verb between), and what follows the adjective cannot be a noun:

- in a name written in capitals ("the Office National of", "the Radio Television Senegalese said"),
  a relational adjective needs a preposition or a number after it, since French shares "National" and
  "Central" and an untranslated "Front National" is no calque; a country's adjective, spelt in English,
  may also end the phrase (punctuation, a reporting verb) after two nouns or one body's head word
  ("an Arab Israeli" is English);
- in lower case ("the year financial 2025", "the national pole penal economic and financial,"), a
  number must follow, or a preposition, or the adjectives are a chain of two; adjectives English also
  uses as nouns (`order.nominal`: "a foreign national of Iranian origin") need a number or a chain.

The nouns must be English words (`lexicon.common`): "Banco Nacional" and "Assemblée nationale" are
names left untranslated. A name listed in any language's gazetteer is silent. The two words are swapped
as the suggestion only when one noun meets one adjective; a longer run is reported without one.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

from audit.gazetteer import listed_in_any_language
from audit.languages import language
from audit.lexicon import common, function_words
from audit.prose import LazyPattern, alternation
from audit.rules.institution_shape import body_heads

_GAP = r"[ \t\u00a0]+"
_WORD = r"[\p{L}\p{M}][\p{L}\p{M}'’-]*"
CHAIN = 2
"""Lower-case adjectives that say the source's order alone ("penal economic and financial")."""


class Order(NamedTuple):
    """One language's noun phrases with an adjective after the noun, and the words that judge them."""

    pattern: LazyPattern | None
    relational: frozenset[str]
    nominal: frozenset[str]
    demonyms: frozenset[str]
    heads: frozenset[str]
    """Body head words: one alone before a country's adjective is a name ("the Army Senegalese")."""
    prepositions: frozenset[str]


@functools.cache
def order(code: str) -> Order:
    """The postposed-adjective shape of language `code` (no pattern when it lists no adjectives)."""
    data = language(code)
    relational = data.words("order.relational")
    if not relational:
        return Order(None, frozenset(), frozenset(), frozenset(), frozenset(), frozenset())
    demonyms = frozenset(word.casefold() for word in data.words("media.nationalities") | data.words("order.demonyms"))
    adjective = alternation(relational | demonyms)
    determiners = alternation(data.words("order.determiners"))
    link = rf"(?:{_GAP}and{_GAP}|,{_GAP}|{_GAP})"
    reporting = data.words("names.reporting") | data.words("order.verbs")
    after = alternation(data.words("order.after"))
    source = (
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’-])(?:{determiners}){_GAP}"
        rf"(?P<nouns>{_WORD}(?:{_GAP}{_WORD}){{0,2}}?){_GAP}"
        rf"(?P<adjectives>(?:{adjective})(?:{link}(?:{adjective}))*)(?![\p{{L}}\p{{M}}\p{{N}}'’-])"
        rf"(?P<after>{_GAP}(?:{after})(?![\p{{L}}\p{{M}}])|{_GAP}\p{{N}}|(?:{_GAP})?[.,;:!?)]"
        # Reporting verbs only: any verb ("the Premier League Senegalese scored") ends a sports phrase too.
        rf"|{_GAP}(?:{alternation(reporting)})(?![\p{{L}}\p{{M}}'’-])|$)"
    )
    return Order(
        LazyPattern(rf"(?i:{source})"),
        relational,
        data.words("order.nominal"),
        demonyms,
        frozenset(word.casefold() for word in body_heads(code)),
        data.words("order.after"),
    )


def postposed(text: str, code: str) -> Iterator[tuple[int, int, str | None]]:
    """The spans of `text` where a noun is followed by the adjective English puts before it, each with the
    two swapped when the reordering is certain (one noun, one adjective), else None."""
    found = order(code)
    if found.pattern is None:
        return
    for match in found.pattern.finditer(text):
        nouns = match.group("nouns").split()
        adjectives = [word for word in match.group("adjectives").replace(",", " ").split() if word != "and"]
        if not _ordered(nouns, adjectives, match.group("after"), found, code):
            continue
        if listed_in_any_language(nouns + adjectives):
            continue
        start, end = match.start("nouns"), match.end("adjectives")
        swapped = None
        if len(nouns) == 1 and len(adjectives) == 1:
            swapped = f"{adjectives[0]} {nouns[0]}"
        yield start, end, swapped


def _ordered(nouns: list[str], adjectives: list[str], after: str, found: Order, code: str) -> bool:
    """True when the run is a noun phrase in the source's order, as the module docstring says."""
    while len(nouns) > 1 and nouns[0].casefold() in found.relational:
        nouns = nouns[1:]  # "the national pole penal economic": an adjective before the noun is English
    folded = [noun.casefold() for noun in nouns]
    vocabulary = common(code)
    if any(
        noun in function_words(code) or noun in found.relational or noun in found.demonyms or noun not in vocabulary
        for noun in folded
    ):
        return False
    after = after.strip().casefold()
    numbered = after[:1].isdigit()
    prepositional = after in found.prepositions
    capitalised = all(noun[:1].isupper() for noun in nouns)
    if capitalised:
        if all(adjective.casefold() in found.demonyms for adjective in adjectives):
            # A country's adjective spelt in English: after two nouns or a body's head ("an Arab Israeli").
            return len(nouns) > 1 or folded[0] in found.heads
        return numbered or prepositional
    if any(adjective[:1].isupper() for adjective in adjectives):
        return False  # "the man Senegalese" is no name and rarely English or a calque
    chained = len(adjectives) >= CHAIN
    if len(nouns) > 1 and not chained:
        return False  # "made the year financial history": two noun phrases meet
    if chained:
        return True
    if adjectives[0].casefold() in found.nominal:
        return numbered
    return numbered or prepositional
