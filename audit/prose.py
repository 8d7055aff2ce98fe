"""Shared reading of prose: words, abbreviations and sentence boundaries, for rules and glossaries alike.

Several rules need the same judgement — where a sentence ends, whether "Dr." or "z.B." is an
abbreviation — and it must be the same judgement everywhere, or one rule would split a sentence
another considers whole. Offsets returned here are relative to the string given, so callers add
the paragraph's start to point into the document.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

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
        import regex

        return regex.compile(self.source)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(text)

    def findall(self, text: str) -> list[Any]:
        return self.compiled.findall(text)

    def search(self, text: str) -> regex.Match[str] | None:
        return self.compiled.search(text)

    def sub(self, replacement: str, text: str) -> str:
        return self.compiled.sub(replacement, text)


WORD = LazyPattern(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*")
"""A word: letters, marks and digits, with inner apostrophes (l’État, don't)."""

# Casefolded, without the final period: "e.g." → "e.g". Checked against the token before a period.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "sr",
        "sra",
        "srta",
        "jr",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "gov",
        "sen",
        "rep",
        "pres",
        "rev",
        "hon",
        "inc",
        "ltd",
        "co",
        "corp",
        "plc",
        "dept",
        "univ",
        "est",
        "approx",
        "vs",
        "etc",
        "al",
        "e.g",
        "i.e",
        "cf",
        "viz",
        "no",
        "nos",
        "nr",
        "art",
        "vol",
        "p",
        "pp",
        "fig",
        "ed",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "u.s",
        "u.k",
        "u.n",
        "u.s.a",
        "e.u",
        "a.m",
        "p.m",
        "ph.d",
        "b.a",
        "m.a",
        "m",
        "mm",
        "mme",
        "mlle",
        "me",
        "mgr",
        "av",
        "bd",
        "ste",
        "env",
        "cie",
        "d",
        "dª",
        "dña",
        "da",
        "lic",
        "ing",
        "arq",
        "ud",
        "uds",
        "núm",
        "pág",
        "z.b",
        "u.a",
        "usw",
        "bzw",
        "d.h",
        "ca",
        "evtl",
        "ggf",
        "hr",
        "fr",
        "frl",
        "nr",
        "str",
        "abs",
        "inkl",
        "bsp",
        "sig",
        "dott",
        "avv",
        "ecc",
        # Units and titles that precede a capitalised word: German nouns ("27 Mio. Tonnen", "vgl.
        # Abschnitt"), Italian and Portuguese titles ("il rag. Paolo", "a Dra. Inês").
        "mio",
        "mrd",
        "vgl",
        "sog",
        "mln",
        "mld",
        "rag",
        "dra",
        "eng",
    ]
)

SENTENCE_END = LazyPattern(r"""(?P<mark>[.!?…]+)(?P<close>["'”’»)\]]*)(?P<space>\s+)(?=["'“‘«(\[¿¡]*[\p{Lu}\p{N}])""")


def is_abbreviation(text: str, period: int) -> bool:
    """True when the period at `text[period]` closes an abbreviation or an initial ("Dr.", "J.").

    >>> is_abbreviation("Dr. Smith", 2), is_abbreviation("the end. Next", 7)
    (True, False)
    """
    start = period
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    token = text[start:period].casefold()
    if not token:
        return False
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or "." in token.strip(".")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split prose into sentences; spans exclude the white space between them.

    >>> text = "Dr. Li arrived at 10.30 a.m. on Monday. She left. “Why?” he asked."
    >>> [text[start:end] for start, end in sentence_spans(text)]
    ['Dr. Li arrived at 10.30 a.m. on Monday.', 'She left.', '“Why?” he asked.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        mark = match.group("mark")
        if mark == "." and is_abbreviation(text, match.start("mark")):
            continue
        spans.append((start, match.start("space")))
        start = match.end()
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return [(begin, end) for begin, end in spans if text[begin:end].strip()]
