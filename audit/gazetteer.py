"""The gazetteer of official names of one language, and how a written word is compared with an official one.

Read from `official.*` in languages/<code>/official_names.toml: the names themselves, the head words of
institutions, the words too common to tell two bodies apart, the inflectional endings, and the groups of
words MT picks for one source word (`official.synonyms`: "Sea" for "Oceans", "Great" for "Grand"). Both
detectors of `near-official-name` read it: one word off a name (rules/near_official_name.py) and a name's
words in another order or form (reordering.py).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from audit.cache import cached
from audit.languages import language, shipped_codes, shipped_files
from audit.lexicon import function_words
from audit.prose import WORD, FleetingPattern

_WORD = r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*"
_GAP = r"[ \t\u00a0,-]+"
MIN_STEM = 5
"""Letters two forms of one word share at least (Korea/Korean, Democra-cy/-tic)."""
STEM_SHARE = 0.6
"""…and the share of the longer form they cover (not Internal/International: 6 of 13)."""


@dataclass(frozen=True)
class OfficialName:
    """One official name: its words as written, which of them are content words, and its pattern."""

    text: str
    words: tuple[str, ...]
    content: tuple[int, ...]
    endings: frozenset[str]

    @functools.cached_property
    def pattern(self) -> FleetingPattern:
        """Its words, one content word left free (the swap), the others as written or inflected. Built
        for a name a paragraph makes a candidate only: a whole gazetteer's sources cost a one-file
        check 40 ms (issue 9)."""
        branches = []
        for swapped in self.content:
            parts = [
                rf"(?P<swap>{_WORD})"
                if index == swapped
                else _stem(word, self.endings)
                if index in self.content
                else literal(word)
                for index, word in enumerate(self.words)
            ]
            branches.append(_GAP.join(parts))
        return FleetingPattern(
            rf"(?i)(?<![\p{{L}}\p{{M}}\p{{N}}'’-])(?|{'|'.join(branches)})(?![\p{{L}}\p{{M}}\p{{N}}'’-])"
        )

    @functools.cached_property
    def beginnings(self) -> frozenset[str]:
        """The first letters of its content words, casefolded (for `Gazetteer.candidates`)."""
        return frozenset(self.words[index].casefold()[:MIN_STEM] for index in self.content)


@dataclass(frozen=True)
class Gazetteer:
    """The official names of one language, with the head words, the too-common words and the synonyms."""

    names: tuple[OfficialName, ...]
    listed: frozenset[str]
    heads: frozenset[str]
    common: frozenset[str]
    endings: frozenset[str]
    mirrored: frozenset[str]
    """Heads whose subject words regional bodies repeat (a province's Department of Agriculture)."""
    functional: frozenset[str]
    linking: frozenset[str]
    """Function words that join the parts of a name written in the source's order (of, the)."""
    demonym_endings: tuple[str, ...]
    synonyms: Mapping[str, int]
    """A casefolded word → the number of its group of synonyms."""
    compound_heads: frozenset[str]
    """Heads the language writes after the body's domain as a compound ("Finance Ministry")."""

    @functools.cached_property
    def _by_beginning(self) -> dict[str, tuple[int, ...]]:
        """Which names have a content word beginning so (its first MIN_STEM letters, casefolded)."""
        index: dict[str, list[int]] = {}
        for number, name in enumerate(self.names):
            for beginning in name.beginnings:
                index.setdefault(beginning, []).append(number)
        return {beginning: tuple(numbers) for beginning, numbers in index.items()}

    def candidates(self, text: str) -> list[tuple[OfficialName, bool]]:
        """The names two of whose content words begin like words of `text` (all others cannot be near),
        each with whether all its content words but one do (only those can be one word off): a look-up
        per word instead of a pattern per name, since most names share nothing with a paragraph, and a
        pattern built only for a name the paragraph nearly holds (issue 9).
        """
        hits: dict[int, int] = {}
        for beginning in {word.casefold()[:MIN_STEM] for word in WORD.findall(text)}:
            for number in self._by_beginning.get(beginning, ()):
                hits[number] = hits.get(number, 0) + 1
        found = []
        for number, count in sorted(hits.items()):
            name = self.names[number]
            if count >= min(2, len(name.beginnings)):
                found.append((name, count >= len(name.beginnings) - 1))
        return found

    def synonymous(self, official: str, written: str) -> bool:
        """True when MT picks `written` for the source word the official name renders as `official`."""
        group = self.synonyms.get(official.casefold())
        return group is not None and group == self.synonyms.get(written.casefold())

    def distinctive(self, word: str) -> bool:
        """True for a word that tells one body from another: neither a head word nor a too-common word."""
        return word.casefold() not in self.heads | self.common


def literal(word: str) -> str:
    """A word of a name as a pattern; its apostrophe may be straight or curly (l'Académie, l’Académie).

    The standard library escapes: its escapes are valid `regex` syntax, and `regex.escape` is slow
    enough to show in a one-file run that reads a whole gazetteer.
    """
    return "['’]".join(re.escape(part) for part in word.replace("’", "'").split("'"))


def _stem(word: str, endings: frozenset[str]) -> str:
    """A content word of a name as a pattern that lets grammar change its ending (Deutscher, Deutschen)."""
    for ending in sorted(endings, key=len, reverse=True):
        if word.casefold().endswith(ending) and len(word) - len(ending) >= MIN_STEM - 1:
            return literal(word[: -len(ending)]) + r"[\p{L}\p{M}]{0,3}"
    return literal(word) + r"[\p{L}\p{M}]{0,3}"


def _official_name(text: str, functional: frozenset[str], endings: frozenset[str]) -> OfficialName:
    words = tuple(WORD.findall(text))
    content = tuple(index for index, word in enumerate(words) if word.casefold() not in functional)
    return OfficialName(text, words, content, endings)


@functools.cache
def gazetteer(code: str) -> Gazetteer | None:
    """The official names of language `code`, or None when it ships none.

    Kept in the disk cache with its index: building them cost a one-file check 3–4 ms a language (issue 9).
    """
    return cached(f"official-names-{code}", shipped_files(), functools.partial(_gazetteer, code))


def _gazetteer(code: str) -> Gazetteer | None:
    data = language(code)
    names = data.phrases("official.names")
    if not names:
        return None
    functional, endings = function_words(code), data.words("official.endings")
    built = (_official_name(name, functional, endings) for name in names)
    found = Gazetteer(
        # A name of one content word has no second word to keep: it could only be guessed at.
        names=tuple(name for name in built if len(name.content) > 1),
        listed=frozenset(name_key(WORD.findall(name)) for name in names),
        heads=data.words("official.heads"),
        common=data.words("official.common"),
        endings=endings,
        mirrored=data.words("official.mirrored_heads"),
        functional=functional,
        linking=data.words("official.linking"),
        demonym_endings=tuple(folded(ending) for ending in data.words("official.demonym_endings")),
        synonyms={
            word.casefold(): number
            for number, group in enumerate(data.phrases("official.synonyms"))
            for word in group.split()
        },
        compound_heads=data.words("official.compound_heads"),
    )
    found._by_beginning  # noqa: B018 - built before the gazetteer is stored, so that a run reads it back
    return found


def listed_in_any_language(words: list[str]) -> bool:
    """True when `words` are an official name in some shipped language: a foreign name quoted as it is
    ("the Partido Liberal Democrático"), not a calque. Read only when a calque is about to be reported."""
    key = name_key(words)
    return any(key in found.listed for code in shipped_codes() if (found := gazetteer(code)) is not None)


@functools.cache
def listed_places() -> frozenset[str]:
    """The countries, cities and regions the shipped languages' `official.regions` tie stories to,
    case-folded: words that name a place wherever an article writes them ("un trader de Karachi")."""
    return frozenset(
        place.casefold()
        for code in shipped_codes()
        for country, towns in language(code).value("official.regions", ())
        for place in (country, *towns.split())
    )


def name_key(words: list[str] | tuple[str, ...]) -> str:
    """Words compared as a name: case and the apostrophe's shape do not count, nor a possessive that
    closes the name ("the European Commission’s plan"); one inside it does ("Republican People Party").

    >>> name_key(["People’s", "Party's"])
    "people's party"
    """
    folded = [word.casefold().replace("’", "'") for word in words]
    if folded:
        folded[-1] = folded[-1].removesuffix("'s")
    return " ".join(folded)


@functools.lru_cache(maxsize=16384)
def folded(word: str) -> str:
    """A word casefolded, its accents and apostrophe shape dropped (Türkiye → turkiye). Cached: the
    words of news repeat, and each is compared with many names (issue 9)."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def inflected(official: str, written: str, endings: frozenset[str]) -> bool:
    """True when two forms differ only by the language's inflectional endings (Deutscher/Deutsche).

    >>> endings = frozenset({"r", "e", "en"})
    >>> inflected("Deutscher", "Deutsche", endings), inflected("Korea", "Korean", endings)
    (True, False)
    """
    first, second = official.casefold(), written.casefold()
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    return all(rest == "" or rest in endings for rest in (first[shared:], second[shared:]))


def respelt(official: str, written: str) -> bool:
    """True when two words of one length differ in one or two letters: a spelling, not another word
    (Defence/Defense, Centre/Center, Organisation/Organization).

    >>> respelt("Defence", "Defense"), respelt("Korea", "Korean"), respelt("Branch", "Bureau")
    (True, False, False)
    """
    first, second = official.casefold(), written.casefold()  # "ß" casefolds to two letters
    if len(first) != len(second):
        return False
    return sum(left != right for left, right in zip(first, second, strict=True)) <= 2


def shared_beginning(first: str, second: str) -> int:
    """How many letters two words share from their start, case aside."""
    shared = 0
    for left, right in zip(first.casefold(), second.casefold(), strict=False):
        if left != right:
            break
        shared += 1
    return shared


def same_stem(official: str, found: str) -> bool:
    """True when two words are forms of one word (a long shared beginning), not two words.

    >>> same_stem("Democratic", "Democracy"), same_stem("Korea", "Korean"), same_stem("Internal", "International")
    (True, True, False)
    """
    shared = shared_beginning(official, found)
    return shared >= MIN_STEM and shared >= STEM_SHARE * max(len(official), len(found))
