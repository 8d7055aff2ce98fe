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
  and a word in another form or a synonym ("Ministerio de Situaciones Extraordinarias"; the
  country's adjective alone is a description: "el Tribunal Supremo israelí"): the one-word pattern
  of rules/near_official_name.py keeps function words exact, so it sees neither;
- the name has a distinctive word (not a head word, not a common one): "Council of State" and
  "State Council", "Council of Europe" and "European Council" are different bodies;
- it is no listed name in any shipped language (a foreign name quoted as it is), and no capitalised
  word precedes it or follows it, at once or after a function word ("Ministry of Land,
  Infrastructure, Transport and Tourism" holds a shorter listed name).
"""

from __future__ import annotations

from collections.abc import Iterator
from enum import Enum
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

BEGINNING = 3
"""Letters every form of a word shares with it (India/Indian, Grand/Grands); a synonym need not."""
LOOSE_STEM = 4
"""Letters a word and its other form share at least in a reordered name (Turk-ey/-ish, Iran/Iranian)…"""
LOOSE_SHARE = 0.5
"""…and the share of the longer form they cover (Japon/japonaise 5 of 9; not Inter-nal/-national)."""
_JOIN = LazyPattern(r"^[ \t\u00a0,-]+$")
_FOLLOWING = LazyPattern(r"^[ \t\u00a0]+(?:(?P<joining>\p{Ll}+)[ \t\u00a0]+)?\p{Lu}")
_ELIDED = LazyPattern(r"^[\p{Ll}]{1,4}['’](?=\p{L})")


class Token(NamedTuple):
    """A word of the text without an elided article before it (l'Agence → Agence)."""

    word: str
    start: int
    end: int
    opening: int
    """Where the written token opens, elision included."""


class Kin(Enum):
    """How a written word stands for a word of an official name."""

    SAME = "same"  # as written, inflected or respelt
    SYNONYM = "synonym"  # another sense of the source word (Great/Grand)
    STEM = "stem"  # another form of the word (Archaeology/Archaeological)
    DEMONYM = "demonym"  # the country's adjective (Turkish/Turkey)


def kinship(official: str, written: str, names: Gazetteer) -> Kin | None:
    """How `written` stands for the official word, or None when it is another word.

    >>> from audit.gazetteer import gazetteer
    >>> english = gazetteer("en")
    >>> [kinship(official, written, english) for official, written in
    ...  [("Turkey", "Turkish"), ("Grand", "Great"), ("Party", "Partido"), ("Councils", "Council")]]
    [<Kin.DEMONYM: 'demonym'>, <Kin.SYNONYM: 'synonym'>, None, <Kin.SAME: 'same'>]
    """
    if folded(official) == folded(written):
        return Kin.SAME
    if names.synonymous(official, written):
        return Kin.SYNONYM
    if folded(official)[:BEGINNING] != folded(written)[:BEGINNING]:
        return None
    if _same_word(official, written, names):
        return Kin.SAME
    # A country and its adjective (India/Indian) share less than other forms of a word may (Turk-ey/-ish,
    # Japon/japonaise); a cognate in another language does not end like an adjective of place
    # (Partido/Party, Scientists/Sciences).
    longer = max(folded(official), folded(written), key=len)
    shared = shared_beginning(folded(official), folded(written))
    if shared >= LOOSE_STEM and shared >= LOOSE_SHARE * len(longer) and longer.endswith(names.demonym_endings):
        return Kin.DEMONYM
    return Kin.STEM if same_stem(official, written) else None


class Wording(NamedTuple):
    """A paragraph's words, read once for all the names it is compared with (issue 9)."""

    tokens: tuple[Token, ...]
    beginnings: frozenset[str]
    """The first BEGINNING letters of each word, folded."""


def wording(text: str) -> Wording:
    """The words of `text`, without elided articles, and their beginnings."""
    tokens = tuple(_bare(match.group(), match.start()) for match in WORD.finditer(text))
    return Wording(tokens, frozenset(folded(token.word)[:BEGINNING] for token in tokens))


class Rendering(NamedTuple):
    """A stretch of text that renders an official name: in another order, or reworded in its own."""

    start: int
    end: int
    reordered: bool


class _Match(NamedTuple):
    """A content word of the name (its index among them), the token that stands for it, and how."""

    index: int
    position: int
    kin: Kin


def renderings(text: str, words: Wording, name: OfficialName, names: Gazetteer) -> Iterator[Rendering]:
    """The stretches of `text` that hold the content words of `name` in another order, or in its order
    with other function words and another form of a word ("Ministerio de Situaciones Extraordinarias"
    for the Ministerio de Situaciones de Emergencia, which the one-word pattern cannot see)."""
    content = [name.words[index] for index in name.content]
    if not any(names.distinctive(word) for word in content):
        return
    if not all(folded(word)[:BEGINNING] in words.beginnings or word.casefold() in names.synonyms for word in content):
        return  # a word of the name has no form in the paragraph
    joining = names.linking | {word.casefold() for word in name.words if word.casefold() in names.functional}
    tokens = words.tokens
    for first, (word, start, _, _) in enumerate(tokens):
        if not word[:1].isupper() or not any(kinship(official, word, names) for official in content):
            continue
        if first and _continued(text, tokens[first - 1], tokens[first], names):
            continue  # "the Federal Grand National Assembly": part of a longer name
        matches = _matched(text, tokens, first, content, joining, names)
        if matches is None:
            continue
        span = tokens[first : matches[-1].position + 1]
        order = [match.index for match in matches]
        reordered = order != sorted(order)
        if reordered and _compounded(order, matches, content, names):
            continue  # "the Finance Ministry": English writes the Ministry of Finance so
        if not (_moved(matches) if reordered else _reworded(span, matches, name, names)):
            continue
        end = span[-1].end
        if "," in text[start:end] and "," not in name.text:
            continue  # a comma the name lacks parts two phrases: "En Israel, la Autoridad de Naturaleza y Parques"
        if _continued_after(text[end:], names) or listed_in_any_language(WORD.findall(text[start:end])):
            continue
        yield Rendering(start, end, reordered)


def _compounded(order: list[int], matches: list[_Match], content: list[str], names: Gazetteer) -> bool:
    """True when the only change is the name's head put after the rest, as a language that compounds
    writes any body ("Finance Ministry", "Health Department" for the Ministry of Finance, the Department
    of Health): no source's order, the language's own."""
    return (
        order[-1] == 0
        and order[:-1] == list(range(1, len(order)))
        and content[0].casefold() in names.compound_heads
        and all(match.kin is Kin.SAME for match in matches)
    )


def _moved(matches: list[_Match]) -> bool:
    """True when words out of the name's order are more than the country's adjective moved to the
    front ("the Chinese Communist Party", "the Indian Supreme Court" are English), or a word changed
    too ("Turkish Great National Assembly")."""
    core = [match.index for match in matches if match.kin is not Kin.DEMONYM]
    return core != sorted(core) or any(match.kin in (Kin.SYNONYM, Kin.STEM) for match in matches)


def _reworded(span: tuple[Token, ...], matches: list[_Match], name: OfficialName, names: Gazetteer) -> bool:
    """True when a name in its own order has other function words and a word in another form or a
    synonym; the country as an adjective is a description ("el Tribunal Supremo israelí")."""
    written = [token.word.casefold() for token in span if token.word.casefold() in names.functional]
    official = [_bare(word, 0).word.casefold() for word in name.words if word.casefold() in names.functional]
    return written != official and any(match.kin in (Kin.SYNONYM, Kin.STEM) for match in matches)


def _same_word(official: str, written: str, names: Gazetteer) -> bool:
    """True when `written` is `official` as grammar or spelling changes it (not a synonym or a stem)."""
    return (
        folded(official) == folded(written) or inflected(official, written, names.endings) or respelt(official, written)
    )


def _continued_after(rest: str, names: Gazetteer) -> bool:
    """True when a capitalised word follows, at once or after a function word: the stretch is the
    beginning of a longer name ("Ministry of Land, Infrastructure, Transport and Tourism")."""
    following = _FOLLOWING.search(rest)
    if following is None:
        return False
    joining = following.group("joining")
    return joining is None or joining.casefold() in names.functional


def _bare(word: str, start: int) -> Token:
    """A word without an elided article or preposition before it (l'Agence, dell'India)."""
    elided = _ELIDED.search(word) if "'" in word or "’" in word else None
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
    text: str, tokens: tuple[Token, ...], first: int, content: list[str], joining: frozenset[str], names: Gazetteer
) -> list[_Match] | None:
    """Which content word of the name each token from `first` on stands for, in text order; None when a
    word of another kind, or a break in the text, comes before all are used. Function words in between
    must be the name's own or `official.linking` ones."""
    unused = list(range(len(content)))
    matches: list[_Match] = []
    for position in range(first, len(tokens)):
        word = tokens[position].word
        if position > first and not _joined(text, tokens[position - 1], tokens[position]):
            return None
        if position > first and word.casefold() in joining:
            continue  # "Council of the Guardians"; an "and" the name lacks joins two names
        found = next(
            ((index, kin) for index in unused if (kin := kinship(content[index], word, names)) is not None), None
        )
        if found is None:
            return None
        unused.remove(found[0])
        matches.append(_Match(found[0], position, found[1]))
        if not unused:
            return matches
    return None
