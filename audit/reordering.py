"""An official name rendered word by word: its words in the source language's order, or reworded.

Turkish "Türkiye Büyük Millet Meclisi" comes out as "Turkish Great National Assembly" (the Grand
National Assembly of Türkiye), Persian "Shora-ye Negahban" as "Council of the Guardians" (the Guardian
Council), Japanese 観光庁 as «Agence du tourisme du Japon» (l'Agence japonaise du tourisme). Each word
is still there, in some form; the order and the forms are the source's. A stretch of text is such a
rendering of a gazetteer name when

- it opens on a capitalised word and holds every content word of the name, each in some form: the
  word itself, an inflected or respelt form, another form of its stem (Archaeology/Archaeological),
  a country's adjective (`official.demonym_endings`: Turkish/Turkey, Japon/japonaise: four letters
  and half the adjective shared), or
  a synonym MT picks for the same source word (`official.synonyms`: Great/Grand), with only the
  name's own function words or those that link a name's parts (`official.linking`: of, the) between
  them ("the Academy of Sciences and the Chinese Academy" is two names);
- those words come in another order than in the name, or in its order with other function words
  and a word in another form ("Ministerio de Situaciones Extraordinarias", "Departamento
  Meteorológico Indiano"): the one-word pattern of rules/near_official_name.py keeps function words
  exact, so it sees neither;
- the name has a distinctive word (not a head word, not a common one): "Council of State" and
  "State Council", "Council of Europe" and "European Council" are different bodies;
- it is no listed name in any shipped language (a foreign name quoted as it is), and no further
  capitalised word continues or precedes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from audit.gazetteer import (
    Gazetteer,
    OfficialName,
    folded,
    inflected,
    listed_in_any_language,
    respelt,
    same_stem,
    shared_beginning,
)
from audit.prose import WORD, LazyPattern

LOOSE_STEM = 4
"""Letters a word and its other form share at least in a reordered name (Turk-ey/-ish, Iran/Iranian)…"""
LOOSE_SHARE = 0.5
"""…and the share of the longer form they cover (Japon/japonaise 5 of 9; not Inter-nal/-national)."""
_JOIN = LazyPattern(r"^[ \t\u00a0,-]+$")
_NEXT_CAPITAL = LazyPattern(r"^[ \t\u00a0]+\p{Lu}")
_ELIDED = LazyPattern(r"^[\p{Ll}]{1,4}['’](?=\p{L})")


class Token(NamedTuple):
    """A word of the text without an elided article before it (l'Agence → Agence)."""

    word: str
    start: int
    end: int
    opening: int
    """Where the written token opens, elision included."""


def akin(official: str, written: str, names: Gazetteer) -> bool:
    """True when `written` is the official word in some form or a synonym of it.

    >>> from audit.gazetteer import gazetteer
    >>> english = gazetteer("en")
    >>> akin("Turkey", "Turkish", english), akin("Grand", "Great", english), akin("Party", "Partido", english)
    (True, True, False)
    """
    if folded(official) == folded(written) or names.synonymous(official, written):
        return True
    if inflected(official, written, names.endings) or respelt(official, written):
        return True
    if same_stem(official, written):
        return True
    # A country and its adjective share less (Turk-ey/-ish, Japon/japonaise); a cognate in another
    # language does not end like an adjective of place (Partido/Party, Scientists/Sciences).
    longer = max(folded(official), folded(written), key=len)
    shared = shared_beginning(folded(official), folded(written))
    return shared >= LOOSE_STEM and shared >= LOOSE_SHARE * len(longer) and longer.endswith(names.demonym_endings)


class Rendering(NamedTuple):
    """A stretch of text that renders an official name: in another order, or reworded in its own."""

    start: int
    end: int
    reordered: bool


def renderings(text: str, name: OfficialName, names: Gazetteer) -> Iterator[Rendering]:
    """The stretches of `text` that hold the content words of `name` in another order, or in its order
    with other function words and another form of a word ("Ministerio de Situaciones Extraordinarias"
    for the Ministerio de Situaciones de Emergencia, which the one-word pattern cannot see)."""
    content = [name.words[index] for index in name.content]
    if not any(names.distinctive(word) for word in content):
        return
    tokens = [_bare(match.group(), match.start()) for match in WORD.finditer(text)]
    for first, (word, start, _, _) in enumerate(tokens):
        if not word[:1].isupper() or not any(akin(official, word, names) for official in content):
            continue
        if first and _continued(text, tokens[first - 1], tokens[first], names):
            continue  # "the Federal Grand National Assembly": part of a longer name
        joining = names.linking | {word.casefold() for word in name.words if word.casefold() in names.functional}
        pairs = _matched(text, tokens, first, content, joining, names)
        if pairs is None:
            continue
        order = [index for index, _ in pairs]
        last = pairs[-1][1]
        reordered = order != sorted(order)
        if not reordered and not _reworded(tokens[first : last + 1], pairs, content, name, names):
            continue
        end = tokens[last].end
        if _NEXT_CAPITAL.search(text[end:]) or listed_in_any_language(WORD.findall(text[start:end])):
            continue
        yield Rendering(start, end, reordered)


def _reworded(
    span: list[Token], pairs: list[tuple[int, int]], content: list[str], name: OfficialName, names: Gazetteer
) -> bool:
    """True when a name in its own order has other function words and a word in another form."""
    written = [token.word.casefold() for token in span if token.word.casefold() in names.functional]
    official = [_bare(word, 0).word.casefold() for word in name.words if word.casefold() in names.functional]
    if written == official:
        return False
    return any(not _same_word(content[index], span[position - pairs[0][1]].word, names) for index, position in pairs)


def _same_word(official: str, written: str, names: Gazetteer) -> bool:
    """True when `written` is `official` as grammar or spelling changes it (not a synonym or a stem)."""
    return (
        folded(official) == folded(written)
        or inflected(official, written, names.endings)
        or respelt(official, written)
    )


def _bare(word: str, start: int) -> Token:
    """A word without an elided article or preposition before it (l'Agence, dell'India)."""
    elided = _ELIDED.search(word)
    cut = 0 if elided is None else elided.end()
    return Token(word[cut:], start + cut, start + len(word), start)


def _joined(text: str, before: Token, after: Token) -> bool:
    """True when only spaces, a comma or a hyphen stand between two words."""
    return _JOIN.search(text[before.end : after.opening]) is not None


def _continued(text: str, before: Token, after: Token, names: Gazetteer) -> bool:
    """True when the word before is a capitalised content word joined to this one (one longer name)."""
    capitalised = before.word[:1].isupper() and before.word.casefold() not in names.functional
    return capitalised and _joined(text, before, after)


def _matched(
    text: str, tokens: list[Token], first: int, content: list[str], joining: frozenset[str], names: Gazetteer
) -> list[tuple[int, int]] | None:
    """Which content word of the name each token from `first` on stands for (its index, the token's
    position), in text order; None when a word of another kind, or a break in the text, comes before
    all are used. Function words in between must be the name's own or `official.linking` ones."""
    unused = list(range(len(content)))
    pairs: list[tuple[int, int]] = []
    for position in range(first, len(tokens)):
        word = tokens[position].word
        if position > first and not _joined(text, tokens[position - 1], tokens[position]):
            return None
        if position > first and word.casefold() in joining:
            continue  # "Council of the Guardians"; an "and" the name lacks joins two names
        used = next((index for index in unused if akin(content[index], word, names)), None)
        if used is None:
            return None
        unused.remove(used)
        pairs.append((used, position))
        if not unused:
            return pairs
    return None
