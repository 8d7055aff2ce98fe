"""The shape of a glossed institution, for `calqued-institution`: a body no gloss lists.

MT renders a foreign body's name from the source's morphology, word by word, and each new country
brings bodies no list holds: "the Supreme Assembly of the Republic", "la Grande Assemblée
Nationale", "el Consejo Supremo de la Nación". What they share is a shape: a head word that names a
body (`official.shape.bodies`: council, assembly, chamber…) with the qualifiers MT makes of source
morphology (`official.shape.before` and `.after`: Supreme, Highest, Great, People's; suprême,
populaire) and the tails it adds (`official.shape.tails`: "of the Republic", "de la Nation").

One such word is how real bodies are named too ("the Supreme Court", "le Conseil suprême"), so a run is
reported only when it carries two of them (two qualifiers, or one and a tail), or one sign that alone
says a gloss:

- a place named by its kind alone (`official.shape.places`: "of the city", "della provincia"): MT
  glosses the source's genitive ("Kyoto-shi Kyōiku Iinkai", "the Committee of Education of the
  city") where the press names the place or writes "the city's"; a real name names its place, and
  a place name after the tail continues the name ("of the city of Hue"), or
- a word of the complement that glosses source morphology the press renders otherwise
  (`official.shape.glossed`: "Inner Affairs" for Slavic "vnutrennikh del", "Readiness" for Nordic
  "beredskap"): one source word glossed so recurs in the names of many bodies of its countries.

The complement joins the body and its tail: capitalised words after linking words and conjunctions
(`official.shape.conjunctions`), and in languages that write a name's later words in lower case, a
lower-case word right after a preposition (`official.shape.lowered_after`: "Service de communication").

A run is reported only

- in a story that names a foreign country the data knows (a word of a gloss's hints or a region, or
  of `official.shape.abroad`: countries no gloss names yet; never one where the article's language
  is spoken, whose bodies it names natively),
- when the run is no official name of any language's gazetteer ("Supreme People's Court") nor a
  body of the language's own countries (`official.shape.home`: "Corte Suprema de Justicia de la
  Nación"), and
- when no capitalised word or linking word continues it into a longer name ("the Supreme Council of
  the Armed Forces"): the rule's `continued` pattern, the same as for the glosses.

No name is suggested: the shape says the name is a gloss, not which name the press uses.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

from audit.cache import cached
from audit.gazetteer import listed_in_any_language, literal, name_key
from audit.languages import language, shipped_files
from audit.prose import WORD, LazyPattern, alternation

MIN_SIGNS = 2
"""Qualifiers and tails a run needs: one is how real bodies are named ("the Supreme Court")."""
STRONG = 2
"""What a place named by its kind or a glossed word counts: each says a gloss alone."""
_GAP = r"[ \t\u00a0]+"
# A linking word is followed by a space or, elided, by an apostrophe ("de l'Agriculture").
_JOINT = r"(?:[ \t\u00a0]+|['’])"
# A lower-case adjective after a complement's last word ("Affaires intérieures"): read for glossed words only.
_ADJECTIVE = LazyPattern(r"^[ \t\u00a0]+\p{Ll}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}\p{N}'’-])")


class Shape(NamedTuple):
    """One language's shape of a glossed body, the foreign countries its data knows, and its home bodies."""

    pattern: LazyPattern | None
    countries: tuple[str, ...]
    """Casefolded beginnings of words that name a foreign country (a hint begins a word: "Israel's")."""
    home: tuple[str, ...]
    """Name keys of real bodies of the language's own countries: a run that begins so is silent."""
    tails: tuple[str, ...]
    """Name keys of the tails ("of the Republic"): a run that ends with one carries a sign."""
    places: tuple[str, ...]
    """Name keys of the places named by their kind ("of the city"): a run that ends with one carries two."""
    glossed: tuple[str, ...]
    """Name keys of the glossed words ("inner affairs"), each between spaces: a complement with one carries two."""


@functools.cache
def shape(code: str) -> Shape:
    """The shape of language `code` (no pattern when it lists no body words), kept in the disk cache."""
    return cached(f"institution-shape-{code}", shipped_files(), lambda: _built(code))


def _built(code: str) -> Shape:
    data = language(code)
    bodies = data.phrases("official.shape.bodies")
    if not bodies:
        return Shape(None, (), (), (), (), ())
    before, after = data.phrases("official.shape.before"), data.phrases("official.shape.after")
    endings = data.phrases("official.shape.tails") + data.phrases("official.shape.places")
    tails = [_GAP.join(literal(word) for word in tail.split()) for tail in endings]
    linking = data.phrases("official.linking")
    conjunctions = data.phrases("official.shape.conjunctions")
    links = alternation(linking + conjunctions)
    # After a conjunction an article begins another name ("of Nature and Parks and the Eilat
    # Municipality's Department"); a preposition goes on with this one ("et du Développement").
    articles = data.words("articles.definite")
    prepositions = alternation(word for word in linking if word.casefold() not in articles) or "(?!)"
    lowered = alternation(data.phrases("official.shape.lowered_after")) or "(?!)"
    # A complement between the body and a tail ("Consejo Supremo de la Magistratura de la Nación",
    # "Directorate for Society Security and Readiness"): capitalised words after linking words and
    # conjunctions; a lower-case word only right after a preposition of a language whose names write
    # it so ("Service de communication"), never after an article ("y el gobernador de la ciudad").
    capital = r"(?-i:\p{Lu})[\p{L}\p{M}'’-]*"
    # A linking word is never the complement's word: "de la ciudad" is left to the tail.
    after_preposition = rf"(?<=(?<![\p{{L}}\p{{M}}])(?:{lowered})[ \t\u00a0'’])"
    word = rf"(?!(?:{links})(?![\p{{L}}\p{{M}}]))(?:{capital}|{after_preposition}[\p{{L}}\p{{M}}][\p{{L}}\p{{M}}'’-]*)"
    # An article right after a name begins the sentence's object ("prüft die Höchste Staatliche
    # Inspektion den Fall"), unless it is genitive too ("der Republik"): the same joining words as a gloss's.
    objects = data.words("articles.definite") - data.words("media.connectors")
    first = alternation(word for word in linking if word.casefold() not in objects)
    linked = rf"{_JOINT}(?:{first})(?![\p{{L}}\p{{M}}])(?:{_JOINT}(?:{alternation(linking)})(?![\p{{L}}\p{{M}}]))*"
    joined = (
        rf"{_GAP}(?:{alternation(conjunctions) or '(?!)'})(?![\p{{L}}\p{{M}}])"
        rf"(?:{_JOINT}(?:{prepositions})(?![\p{{L}}\p{{M}}]))*"
    )
    complement = rf"(?:(?:{linked}|{joined}){_JOINT}{word}(?:{_GAP}{capital}){{0,3}}){{1,5}}"
    # An elided article or preposition may come right before ("L’Ufficio dell’Educazione della Provincia").
    elided = alternation(data.phrases("articles.elided")) or "(?!)"
    source = (
        # A name begins with a capital: one test rejects most positions before any alternation is tried.
        rf"(?-i:(?=\p{{Lu}}))(?:(?<![\p{{L}}\p{{M}}\p{{N}}'’-])|(?<=(?<![\p{{L}}\p{{M}}])(?:{elided})['’]))"
        rf"(?P<before>(?:(?:{_alternatives(before)}){_GAP}){{0,3}})"
        rf"(?P<body>(?-i:(?=\p{{Lu}}))(?:{alternation(bodies)}))"
        rf"(?P<after>(?:{_GAP}(?:{_alternatives(after)})(?![\p{{L}}\p{{M}}'’-])){{0,3}})"
        # The complement is greedy and may hold a capitalised tail ("of the Republic"): which signs
        # the run carries is read from its words afterwards, not from the groups.
        rf"(?P<tail>(?:{complement})?(?:{_GAP}(?:{'|'.join(tails)}))?)"
        rf"(?![\p{{L}}\p{{M}}\p{{N}}'’-])"
    )
    regions = [towns for _, towns in data.value("official.regions", ())]
    hints = [hint for _, _, hint in data.value("official.glosses", ())] + regions
    countries = {word.casefold() for hint in hints for word in hint.split() if word[:1].isupper()}
    countries |= data.words("official.shape.abroad")
    home = tuple(name_key(WORD.findall(name)) for name in data.phrases("official.shape.home"))
    return Shape(
        LazyPattern(rf"(?i:{source})"),
        tuple(sorted(countries)),
        home,
        _keys(data.phrases("official.shape.tails")),
        _keys(data.phrases("official.shape.places")),
        _keys(data.phrases("official.shape.glossed")),
    )


def body_heads(code: str) -> frozenset[str]:
    """The words that head a body's name in language `code`: the gazetteer's heads ("Ministry",
    `official.heads`) and the shape's body words ("Council", `official.shape.bodies`)."""
    data = language(code)
    return data.words("official.heads") | data.words("official.shape.bodies")


def _keys(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Phrases as keys (`_key`), so that a key matches whole words of a run's key."""
    return tuple(_key(phrase) for phrase in phrases)


def _key(text: str) -> str:
    """Words compared as a name, between spaces; an elided word is a word of its own ("dell'Acqua" holds
    "Acqua"), so that a glossed phrase is found whatever article or preposition is glued before it."""
    unglued = text.replace("'", " ").replace("’", " ")
    return f" {name_key(WORD.findall(unglued))} "


def complement_signs(body: str, complement: str, found: Shape) -> int:
    """The signs a body's complement carries: a tail it ends with counts one, and so does a place named
    by its kind alone ("el Gobierno de la prefectura" is a description, not a gloss); a glossed word in
    it, or a place that ends it after words of its own, counts `STRONG`.

    `body` is the run up to the complement, `complement` the rest."""
    key = _key(complement)
    if key == "  ":
        return 0
    whole = _key(f"{body} {complement}")
    if any(word in whole for word in found.glossed):
        return STRONG
    if any(key.endswith(place) and key != place for place in found.places):
        return STRONG
    # A place alone after the body is a sign as a tail is ("the Supreme Council of the city").
    return int(any(key.endswith(tail) for tail in found.tails + found.places))


def _alternatives(words: tuple[str, ...]) -> str:
    """Words as one alternation, longest first, their apostrophes straight or curly ("People’s")."""
    # None listed (English puts no qualifier after a body) is a branch that never matches, not an empty one.
    return "|".join(literal(word) for word in sorted(set(words), key=lambda word: (-len(word), word))) or "(?!)"


def abroad(code: str, story: frozenset[str]) -> bool:
    """True when a story whose casefolded words are `story` names a foreign country the data of language
    `code` knows (a hint begins a word: "Israel's"); read once a story, since it is a pass over its words."""
    countries = shape(code).countries
    return bool(countries) and any(word.startswith(countries) for word in story)


def shaped(text: str, code: str, continued: LazyPattern) -> Iterator[tuple[int, int]]:
    """The spans of `text` that have the shape of a glossed body (for a story set `abroad`)."""
    found = shape(code)
    if found.pattern is None:
        return
    for match in found.pattern.finditer(text):
        qualifiers = len(match.group("before").split()) + len(match.group("after").split())
        tail = match.group("tail")
        adjective = _ADJECTIVE.search(text[match.end() :]) if tail else None
        if (
            adjective is not None
            and complement_signs("", tail, found) < STRONG
            and complement_signs("", f"{tail}{adjective.group()}", found) == STRONG
        ):
            tail += adjective.group()  # "Ministère des Affaires intérieures": the adjective is the gloss
        complemented = complement_signs(match.group()[: match.end("after") - match.start()], tail, found)
        # A complement that carries no sign is no part of the run: the name ends before it, and the
        # complement may continue it into a longer one ("le Conseil suprême populaire des Forces armées").
        end = match.end("after") + len(tail) if complemented else match.end("after")
        if qualifiers + complemented < MIN_SIGNS:
            continue
        if continued.search(text[end:]):
            continue  # "the Supreme Council of the Armed Forces": a longer name
        words = WORD.findall(text[match.start() : end])
        if name_key(words).startswith(found.home) or listed_in_any_language(words):
            continue
        yield match.start(), end
