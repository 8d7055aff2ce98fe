"""`near-official-name`: the name of an institution, a party or an agency one word off its official name.

MT renders an official name word by word from the source language, and the result is almost the name:
"Siberian Department of the Russian Academy of Sciences" (Branch), "Liberal Democracy Party"
(Democratic), "Korean Meteorological Administration" (Korea). A glossary lists the variants someone
has seen; this rule compares every stretch of text with a gazetteer of official names
(`official.names` in languages/<code>/official_names.toml) and reports one that differs in exactly
one content word, when that word is

- another form of the official word (a shared stem of five letters or more, most of the longer word:
  Democracy/Democratic, Korean/Korea, Transportation/Transport), or
- another head word of institutions (`official.heads`: Department/Branch, Agency/Administration),
  when at least two distinctive words of the name are kept (`official.common` words such as
  "National" or "Security" do not count: "National Security Council" is no near miss of "National
  Security Agency").

Spellings of one word (Defence/Defense, Organisation/Organization: one length, at most two letters
apart) and forms that differ by an inflectional ending of the language (`official.endings`: German "der
Deutsche Wetterdienst", "der Republikanischen Volkspartei") are grammar, not near misses. A name
listed in the gazetteer is never reported, nor a stretch that a further capitalised word
continues ("Russian Academy of Science Fiction" is another name). Function words stay exact.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from audit.cache import cached
from audit.findings import Finding, FixSafety
from audit.languages import language, shipped_files
from audit.lexicon import function_words
from audit.prose import WORD, LazyPattern
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    from regex import Match

_WORD = r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*"
_GAP = r"[ \t\u00a0,-]+"
_NEXT_CAPITAL = LazyPattern(r"^[ \t\u00a0]+\p{Lu}")
MIN_STEM = 5
"""Letters two forms of one word share at least (Korea/Korean, Democra-cy/-tic)."""
STEM_SHARE = 0.6
"""…and the share of the longer form they cover (not Internal/International: 6 of 13)."""
MIN_KEPT = 2
"""Distinctive words a head-word swap must keep to be a near miss rather than a sibling institution."""


@dataclass(frozen=True)
class OfficialName:
    """One official name: its words as written, which of them are content words, and its pattern."""

    text: str
    words: tuple[str, ...]
    content: tuple[int, ...]
    endings: frozenset[str]

    @functools.cached_property
    def pattern(self) -> LazyPattern:
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
                else _literal(word)
                for index, word in enumerate(self.words)
            ]
            branches.append(_GAP.join(parts))
        return LazyPattern(
            rf"(?i)(?<![\p{{L}}\p{{M}}\p{{N}}'’-])(?|{'|'.join(branches)})(?![\p{{L}}\p{{M}}\p{{N}}'’-])"
        )

    @functools.cached_property
    def beginnings(self) -> frozenset[str]:
        """The first letters of its content words, casefolded (for `Gazetteer.candidates`)."""
        return frozenset(self.words[index].casefold()[:MIN_STEM] for index in self.content)


@dataclass(frozen=True)
class Gazetteer:
    """The official names of one language, with the head words and the too-common words."""

    names: tuple[OfficialName, ...]
    listed: frozenset[str]
    heads: frozenset[str]
    common: frozenset[str]
    endings: frozenset[str]

    @functools.cached_property
    def _by_beginning(self) -> dict[str, tuple[int, ...]]:
        """Which names have a content word beginning so (its first MIN_STEM letters, casefolded)."""
        index: dict[str, list[int]] = {}
        for number, name in enumerate(self.names):
            for beginning in name.beginnings:
                index.setdefault(beginning, []).append(number)
        return {beginning: tuple(numbers) for beginning, numbers in index.items()}

    def candidates(self, text: str) -> list[OfficialName]:
        """The names two of whose content words begin like words of `text` (all others cannot be near):
        a look-up per word instead of a pattern per name, since most names share nothing with a paragraph.
        """
        hits: dict[int, int] = {}
        for beginning in {word.casefold()[:MIN_STEM] for word in WORD.findall(text)}:
            for number in self._by_beginning.get(beginning, ()):
                hits[number] = hits.get(number, 0) + 1
        return [
            self.names[number]
            for number, count in sorted(hits.items())
            if count >= min(2, len(self.names[number].beginnings))
        ]


def _literal(word: str) -> str:
    """A word of a name as a pattern; its apostrophe may be straight or curly (l'Académie, l’Académie).

    The standard library escapes: its escapes are valid `regex` syntax, and `regex.escape` is slow
    enough to show in a one-file run that reads a whole gazetteer.
    """
    return "['’]".join(re.escape(part) for part in word.replace("’", "'").split("'"))


def _stem(word: str, endings: frozenset[str]) -> str:
    """A content word of a name as a pattern that lets grammar change its ending (Deutscher, Deutschen)."""
    for ending in sorted(endings, key=len, reverse=True):
        if word.casefold().endswith(ending) and len(word) - len(ending) >= MIN_STEM - 1:
            return _literal(word[: -len(ending)]) + r"[\p{L}\p{M}]{0,3}"
    return _literal(word) + r"[\p{L}\p{M}]{0,3}"


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
        listed=frozenset(_key(WORD.findall(name)) for name in names),
        heads=data.words("official.heads"),
        common=data.words("official.common"),
        endings=endings,
    )
    found._by_beginning  # noqa: B018 - built before the gazetteer is stored, so that a run reads it back
    return found


def _key(words: list[str] | tuple[str, ...]) -> str:
    """Words compared as a name: case, the apostrophe's shape and a possessive do not count
    (People’s = People's, "the European Commission’s plan")."""
    return " ".join(word.casefold().replace("’", "'").removesuffix("'s") for word in words)


def _inflected(official: str, written: str, endings: frozenset[str]) -> bool:
    """True when two forms differ only by the language's inflectional endings (Deutscher/Deutsche).

    >>> endings = frozenset({"r", "e", "en"})
    >>> _inflected("Deutscher", "Deutsche", endings), _inflected("Korea", "Korean", endings)
    (True, False)
    """
    first, second = official.casefold(), written.casefold()
    shared = 0
    while shared < min(len(first), len(second)) and first[shared] == second[shared]:
        shared += 1
    return all(rest == "" or rest in endings for rest in (first[shared:], second[shared:]))


def _respelt(official: str, written: str) -> bool:
    """True when two words of one length differ in one or two letters: a spelling, not another word
    (Defence/Defense, Centre/Center, Organisation/Organization).

    >>> _respelt("Defence", "Defense"), _respelt("Korea", "Korean"), _respelt("Branch", "Bureau")
    (True, False, False)
    """
    if len(official) != len(written):
        return False
    return sum(left != right for left, right in zip(official.casefold(), written.casefold(), strict=True)) <= 2


def same_stem(official: str, found: str) -> bool:
    """True when two words are forms of one word (a long shared beginning), not two words.

    >>> same_stem("Democratic", "Democracy"), same_stem("Korea", "Korean"), same_stem("Internal", "International")
    (True, True, False)
    """
    first, second = official.casefold(), found.casefold()
    shared = 0
    for left, right in zip(first, second, strict=False):
        if left != right:
            break
        shared += 1
    return shared >= MIN_STEM and shared >= STEM_SHARE * max(len(first), len(second))


class NearOfficialName(Rule):
    """An institution's, party's or agency's name one word off its official name.

    Why: a word-for-word rendering of an official name ("Siberian Department of the Russian Academy of
    Sciences", "Liberal Democracy Party") reads as a different or invented body and cannot be looked
    up; glossaries only list the variants already seen. Example: "the Korean Meteorological
    Administration said" → "the Korea Meteorological Administration said". Fix: unsafe (the official
    word put back; a writer may mean a body the gazetteer does not list).
    """

    id = "near-official-name"
    summary = "an institution's name one word off its official name (Siberian Department → Branch)"
    precedence = 47

    def check(self, context: Context) -> Iterator[Finding]:
        for paragraph in context.document.paragraphs:
            code = context.language_of(paragraph)
            names = gazetteer(code)
            if names is None:
                continue
            text = paragraph.text
            reported: set[int] = set()  # "Liberal Democracy Party of Russia" is off two listed names
            for name in names.candidates(text):
                for match in name.pattern.finditer(text):
                    finding = self._near_miss(text, match, name, names, paragraph.start, code)
                    if finding is not None and finding.start not in reported:
                        reported.add(finding.start)
                        yield finding

    def _near_miss(
        self, text: str, match: Match[str], name: OfficialName, names: Gazetteer, offset: int, code: str
    ) -> Finding | None:
        pieces = list(WORD.finditer(match.group()))
        found = [piece.group() for piece in pieces]
        if _key(found) in names.listed or _NEXT_CAPITAL.search(text[match.end() :]):
            return None
        # "der Deutsche Wetterdienst", "der Republikanischen Volkspartei": inflection is grammar.
        differ = [
            index
            for index in name.content
            if _key([found[index]]) != _key([name.words[index]])
            and not _inflected(name.words[index], found[index], names.endings)
            and not _respelt(name.words[index], found[index])
        ]
        if len(differ) != 1:
            return None
        index = differ[0]
        official, written = name.words[index], found[index]
        kept = [
            name.words[other].casefold()
            for other in name.content
            if other != index and name.words[other].casefold() not in names.heads | names.common
        ]
        swapped_head = official.casefold() in names.heads and written.casefold() in names.heads
        if not same_stem(official, written) and not (swapped_head and len(kept) >= MIN_KEPT):
            return None
        start = match.start() + pieces[index].start()
        replacement = official if written[:1].isupper() else official[:1].lower() + official[1:]
        message = f"'{match.group()}' is one word off the official name '{name.text}'"
        return self.finding(
            offset + start,
            offset + start + len(written),
            message,
            replacement,
            FixSafety.UNSAFE,
            language=code,
        )
