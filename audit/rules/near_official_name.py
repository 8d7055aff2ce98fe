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

from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.findings import Finding, FixSafety
from audit.gazetteer import (
    Gazetteer,
    OfficialName,
    gazetteer,
    inflected,
    listed_in_any_language,
    name_key,
    respelt,
    same_stem,
)
from audit.prose import WORD, LazyPattern
from audit.reordering import Rendering, renderings, wording
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    from regex import Match

_NEXT_CAPITAL = LazyPattern(r"^[ \t\u00a0]+\p{Lu}")
MIN_KEPT = 2
"""Distinctive words a head-word swap must keep to be a near miss rather than a sibling institution."""


def _written_as(official: str, written: str, final: bool) -> bool:
    """True when a word is written as in the name: case and the apostrophe's shape aside, and a possessive
    only when it closes the name ("the Commission's plan"; "Republican People Party" is off "People's").

    >>> _written_as("People's", "People’s", final=False), _written_as("People's", "People", final=False)
    (True, False)
    """
    if final:
        return name_key([official]) == name_key([written])
    return official.casefold().replace("’", "'") == written.casefold().replace("’", "'")


def _possessive_of(official: str, written: str) -> bool:
    """True when a name's first word is written as its possessive: "Israel's Nature and Parks Authority"
    is the Israel Nature and Parks Authority in English grammar, not a near miss.

    >>> _possessive_of("Israel", "Israel’s"), _possessive_of("People", "People's")
    (True, True)
    """
    return name_key([written]) == name_key([official]) and written.casefold() != official.casefold()


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
            candidates = names.candidates(text)
            words = wording(text) if candidates else None
            for name, nearly_held in candidates:
                for match in name.pattern.finditer(text) if nearly_held else ():
                    finding = self._near_miss(text, match, name, names, paragraph.start, code)
                    if finding is not None and finding.start not in reported:
                        reported.add(finding.start)
                        yield finding
                for rendering in renderings(text, words, name, names) if words is not None else ():
                    if paragraph.start + rendering.start not in reported:
                        reported.add(paragraph.start + rendering.start)
                        yield self._rendered(text, rendering, name, paragraph.start, code)

    def _rendered(self, text: str, rendering: Rendering, name: OfficialName, offset: int, code: str) -> Finding:
        written = text[rendering.start : rendering.end]
        official = name.text
        if written[:1].isupper():
            official = official[:1].upper() + official[1:]
        how = "in the source language's word order" if rendering.reordered else "reworded"
        message = f"'{written}' is the official name '{name.text}' {how}"
        start = offset + rendering.start
        return self.finding(start, start + len(written), message, official, FixSafety.UNSAFE, language=code)

    def _near_miss(
        self, text: str, match: Match[str], name: OfficialName, names: Gazetteer, offset: int, code: str
    ) -> Finding | None:
        pieces = list(WORD.finditer(match.group()))
        found = [piece.group() for piece in pieces]
        if name_key(found) in names.listed or _NEXT_CAPITAL.search(text[match.end() :]):
            return None
        # "der Deutsche Wetterdienst", "der Republikanischen Volkspartei": inflection is grammar.
        differ = [
            index
            for index in name.content
            if not _written_as(name.words[index], found[index], final=index == len(found) - 1)
            and not (index == 0 and _possessive_of(name.words[index], found[index]))
            and not inflected(name.words[index], found[index], names.endings)
            and not respelt(name.words[index], found[index])
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
        swapped_head = (
            official.casefold() in names.heads
            and written.casefold() in names.heads
            # "the provincial Department of Agriculture and Rural Development" is no Ministry's near miss
            and official.casefold() not in names.mirrored
        )
        if not (
            same_stem(official, written)
            or (swapped_head and len(kept) >= MIN_KEPT)
            # "Ministry of Sea and Fisheries": MT chose another sense of the source word; one kept
            # distinctive word is enough, since no sibling body differs by a synonym alone.
            or (names.synonymous(official, written) and kept)
        ):
            return None
        if listed_in_any_language(found):
            return None  # "Autoridade de Antiguidades de Israel" in a paragraph read as Spanish
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
