"""The shape of a glossed institution, for `calqued-institution`: a body no gloss lists.

MT renders a foreign body's name from the source's morphology, word by word, and each new country
brings bodies no list holds: "the Supreme Assembly of the Republic", "la Grande Assemblée
Nationale", "el Consejo Supremo de la Nación". What they share is a shape: a head word that names a
body (`official.shape.bodies`: council, assembly, chamber…) with the qualifiers MT makes of source
morphology (`official.shape.before` and `.after`: Supreme, Highest, Great, People's; suprême,
populaire) and the tails it adds (`official.shape.tails`: "of the Republic", "de la Nation").

One such word is how real bodies are named too ("the Supreme Court", "le Conseil suprême"), so a run is
reported only when it carries two of them (two qualifiers, or one and a tail), and only

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
_GAP = r"[ \t\u00a0]+"


class Shape(NamedTuple):
    """One language's shape of a glossed body, the foreign countries its data knows, and its home bodies."""

    pattern: LazyPattern | None
    countries: tuple[str, ...]
    """Casefolded beginnings of words that name a foreign country (a hint begins a word: "Israel's")."""
    home: tuple[str, ...]
    """Name keys of real bodies of the language's own countries: a run that begins so is silent."""


@functools.cache
def shape(code: str) -> Shape:
    """The shape of language `code` (no pattern when it lists no body words), kept in the disk cache."""
    return cached(f"institution-shape-{code}", shipped_files(), lambda: _built(code))


def _built(code: str) -> Shape:
    data = language(code)
    bodies = data.phrases("official.shape.bodies")
    if not bodies:
        return Shape(None, (), ())
    before, after = data.phrases("official.shape.before"), data.phrases("official.shape.after")
    tails = [_GAP.join(literal(word) for word in tail.split()) for tail in data.phrases("official.shape.tails")]
    linking = alternation(data.phrases("official.linking"))
    # A complement between the body and a tail ("Consejo Supremo de la Magistratura de la Nación") is
    # one capitalised word after linking words; it is part of the run only when a tail follows it.
    complement = rf"(?:{_GAP}(?:{linking}))+{_GAP}\p{{Lu}}[\p{{L}}\p{{M}}]+"
    source = (
        # A name begins with a capital: one test rejects most positions before any alternation is tried.
        rf"(?-i:(?=\p{{Lu}}))(?<![\p{{L}}\p{{M}}\p{{N}}'’-])"
        rf"(?P<before>(?:(?:{_alternatives(before)}){_GAP}){{0,3}})"
        rf"(?P<body>(?-i:(?=\p{{Lu}}))(?:{alternation(bodies)}))"
        rf"(?P<after>(?:{_GAP}(?:{_alternatives(after)})(?![\p{{L}}\p{{M}}'’-])){{0,3}})"
        rf"(?P<tail>(?:{complement})?{_GAP}(?:{'|'.join(tails)}))?"
        rf"(?![\p{{L}}\p{{M}}\p{{N}}'’-])"
    )
    regions = [towns for _, towns in data.value("official.regions", ())]
    hints = [hint for _, _, hint in data.value("official.glosses", ())] + regions
    countries = {word.casefold() for hint in hints for word in hint.split() if word[:1].isupper()}
    countries |= data.words("official.shape.abroad")
    home = tuple(name_key(WORD.findall(name)) for name in data.phrases("official.shape.home"))
    return Shape(LazyPattern(rf"(?i:{source})"), tuple(sorted(countries)), home)


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
        if qualifiers + (match.group("tail") is not None) < MIN_SIGNS:
            continue
        if continued.search(text[match.end() :]):
            continue  # "the Supreme Council of the Armed Forces": a longer name
        words = WORD.findall(match.group())
        if name_key(words).startswith(found.home) or listed_in_any_language(words):
            continue
        yield match.start(), match.end()
