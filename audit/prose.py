"""Shared reading of prose: words, abbreviations and sentence boundaries, for rules and glossaries alike.

Several rules need the same judgement — where a sentence ends, whether "Dr." or "z.B." is an
abbreviation — and it must be the same judgement everywhere, or one rule would split a sentence
another considers whole. Offsets returned here are relative to the string given, so callers add
the paragraph's start to point into the document.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from audit.languages import language, shipped_codes

if TYPE_CHECKING:
    import regex


class LazyPattern:
    """A `regex` pattern compiled on first use: importing the rules (for `mtaudit --help`) stays cheap.

    The `regex` module gives \\p{L}-style Unicode classes, which the standard `re` lacks.
    """

    def __init__(self, source: str) -> None:
        self.source = source

    @functools.cached_property
    def compiled(self) -> regex.Pattern[str]:
        from audit.pattern_store import compiled

        return compiled(self.source)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list[Any]:
        return self.compiled.findall(text)

    def search(self, text: str) -> regex.Match[str] | None:
        return self.compiled.search(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.compiled.sub(replacement, text)


class FleetingPattern(LazyPattern):
    """A `LazyPattern` one of thousands alike (a gloss's, an official name's), kept compiled only while
    it is one of the store's recent patterns (`pattern_store.recent`), so a long run's memory stays
    bounded."""

    @property  # type: ignore[override]
    def compiled(self) -> regex.Pattern[str]:
        from audit.pattern_store import recent

        return recent(self.source)


WORD = LazyPattern(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*")
"""A word: letters, marks and digits, with inner apostrophes (l’État, don't)."""


def alternation(items: Iterable[str]) -> str:
    """The items as one escaped `regex` alternation, longest first (a longer word is tried before its
    prefix), ties alphabetical: the source is the same in every process, as the pattern store's key."""
    # The standard library's escapes are valid `regex` syntax, and `re` is loaded already.
    return "|".join(re.escape(item) for item in sorted(set(items), key=lambda item: (-len(item), item)))


class Abbreviations(NamedTuple):
    """A language's abbreviations (languages/<code>/abbreviations.toml), casefolded, without the final period."""

    titles: frozenset[str]  # before a name: "Dr. Kamal"
    words: frozenset[str]  # anywhere: "etc.", "z.B.", "a.m."
    numbering: frozenset[str]  # only before a number: "No. 10"; before a capital, "no." ends a sentence


@functools.cache
def abbreviations(code: str | None) -> Abbreviations:
    """The abbreviations of a language; a language without a list gets every shipped language's.

    >>> "no" in abbreviations("en").numbering, "no" in abbreviations("en").words
    (True, False)
    """
    codes = (code,) if code and language(code).value("abbreviations.words") is not None else shipped_codes()
    lists = {
        key: frozenset().union(*(language(each).words(f"abbreviations.{key}") for each in codes))
        for key in ("titles", "words", "numbering")
    }
    return Abbreviations(**lists)


SENTENCE_END = LazyPattern(r"""(?P<mark>[.!?…]+)(?P<close>["'”’»)\]]*)(?P<space>\s+)(?=["'“‘«(\[¿¡]*[\p{Lu}\p{N}])""")


def is_abbreviation(text: str, period: int, code: str | None = None) -> bool:
    """True when the period at `text[period]` closes an abbreviation or an initial ("Dr.", "J.").

    `code` names the language whose abbreviations apply ("est." is one in English, a verb in French);
    a numbering abbreviation ("No.", "pp.") counts only before a number.

    >>> is_abbreviation("Dr. Smith", 2), is_abbreviation("the end. Next", 7)
    (True, False)
    >>> is_abbreviation("No. 10", 2, "en"), is_abbreviation("said no. Then", 7, "en")
    (True, False)
    """
    token = abbreviation_before(text, period)
    if not token:
        return False
    known = abbreviations(code)
    if token in known.numbering and text[period + 1 : period + 3].strip()[:1].isdigit():
        return True
    return token in known.titles or token in known.words or (len(token) == 1 and token.isalpha()) or "." in token


def abbreviation_before(text: str, period: int) -> str:
    """The casefolded token that ends at the period `text[period]` ("u.s" in "the U.S. Army").

    >>> abbreviation_before("the U.S. Army", 7)
    'u.s'
    """
    start = period
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:period].casefold().strip(".")


def sentence_spans(text: str, code: str | None = None) -> list[tuple[int, int]]:
    """Split prose into sentences; spans exclude the white space between them.

    >>> text = "Dr. Li arrived at 10.30 a.m. on Monday. She left. “Why?” he asked."
    >>> [text[start:end] for start, end in sentence_spans(text)]
    ['Dr. Li arrived at 10.30 a.m. on Monday.', 'She left.', '“Why?” he asked.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        mark = match.group("mark")
        if mark == "." and is_abbreviation(text, match.start("mark"), code):
            continue
        spans.append((start, match.start("space")))
        start = match.end()
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return [(begin, end) for begin, end in spans if text[begin:end].strip()]


def mostly_names(words: list[str]) -> bool:
    """True when most words are capitalised: a list of names or a title, not a sentence to judge.

    >>> mostly_names(["Angela", "Merkel", "and", "Olaf", "Scholz"]), mostly_names(["the", "talks", "ended"])
    (True, False)
    """
    capitalised = sum(word[0].isupper() for word in words)
    return capitalised * 2 > len(words)
