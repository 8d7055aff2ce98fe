"""How often a language writes a word: wordfreq's Zipf values, read from a table in the disk cache.

Why a table: importing wordfreq (langcodes, msgpack) and reading a list cost a one-file check 150 ms of
its 0.3 s (issue 9); the table of every word of a language's short list loads in a few. The title
detector (audit/media_title.py) asks whether a word is ordinary in a language; the short-segment
detector (audit/strangers.py) whether a word belongs to the document language at all.
"""

from __future__ import annotations

import importlib.util
import marshal
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from audit.cache import cached

ORDINARY_ZIPF = 3.0
"""A word at least this frequent in the language (wordfreq's Zipf scale: once per million words) is an
ordinary word of it; rarer words (and foreign names) are not (media titles, translated name words)."""

# Languages whose words wordfreq reads as one token, casefolded and composed (no script-specific
# preprocessing): a table lookup is its answer (tests/test_media_title.py compares them).
TABLED = frozenset({"en", "fr", "de", "es", "it", "pt"})


@cache
def zipf(word: str, code: str) -> float:
    """wordfreq's `zipf_frequency(word, code, wordlist="small")`. A word of letters is read from the
    language's table (`zipf_table`), which holds that value for every word of the list; anything else
    (an apostrophe, a digit, a language not tabled) asks wordfreq itself; a language wordfreq has no list
    for (Estonian, which langdetect may name for a line of names) writes no word often."""
    table = zipf_table(code)
    if table is not None and word.isalpha():
        return table.get(unicodedata.normalize("NFC", word).casefold(), 0.0)
    from wordfreq import zipf_frequency

    try:
        return float(zipf_frequency(word, code, wordlist="small"))
    except LookupError:
        return 0.0


def ordinary(word: str, code: str) -> bool:
    """True when `word` is an ordinary word of language `code` (`ORDINARY_ZIPF`)."""
    return zipf(word, code) >= ORDINARY_ZIPF


def _list_file(code: str, size: str) -> Path | None:
    """wordfreq's `size` ("small" or "large") list of a tabled language, or None where it is not."""
    spec = importlib.util.find_spec("wordfreq") if code in TABLED else None
    if spec is None or spec.origin is None:
        return None
    data = Path(spec.origin).parent / "data" / f"{size}_{code}.msgpack.gz"
    return data if data.is_file() else None


@cache
def zipf_table(code: str) -> dict[str, float] | None:
    """The Zipf value of every word of wordfreq's short list for `code`, built once and kept in the disk
    cache; None for a language not in `TABLED`, or when wordfreq's data is not where expected."""
    data = _list_file(code, "small")
    if data is None:
        return None

    def build() -> dict[str, float]:
        # A word's value is its band's, as `zipf_frequency` rounds it; one object per band (a few hundred
        # for 30,000 words): marshal writes each once and the table loads in half the time.
        table: dict[str, float] = {}
        for band, words in _bands(data, code, "small"):
            value = round(9 - band / 100, 2)
            for word in words:
                table.setdefault(word, value)
        return table

    return cached(f"wordfreq-{code}", [data], build, marshal)


REAL_WORD_ZIPF = 1.5
"""A word this frequent in wordfreq's large list is a real word of the language ("barrado", "stepson");
rarer entries are as often the web's own slips ("despuésde", "alorsque")."""


@cache
def large_list_words(code: str, endings: tuple[str, ...]) -> frozenset[str]:
    """The lower-case words ending in one of `endings` that wordfreq's large list writes at least
    `REAL_WORD_ZIPF` often and its short list lacks: real words a split before the ending would cut.
    Empty for a language without a large list."""
    return large_list_where(code, f"endings-{'-'.join(sorted(endings))}", (), lambda word: word.endswith(endings))


def large_list_where(
    code: str, kind: str, inputs: Iterable[Path], keep: Callable[[str], bool], minimum: float = REAL_WORD_ZIPF
) -> frozenset[str]:
    """The lower-case words of wordfreq's large list, at least `minimum` frequent and missing from its
    short list, that `keep` keeps: the real words a check of unlisted tokens must not cut. Built once
    (reading the large list takes a second) and kept in the disk cache as `kind`, with `inputs` (the
    language data `keep` reads) in its key; empty for a language without a large list."""
    data = _list_file(code, "large")
    if data is None:
        return frozenset()
    short = zipf_table(code) or {}

    def build() -> list[str]:
        return [
            word
            for word in _large_words(data, code, minimum)
            if word.isalpha() and word.islower() and word not in short and keep(word)
        ]

    return frozenset(cached(f"wordfreq-large-{code}-{kind}-{minimum}", [data, *inputs], build, marshal))


def _large_words(data: Path, code: str, minimum: float) -> Iterator[str]:
    """The words of a large list at least `minimum` frequent."""
    for band, words in _bands(data, code, "large"):
        if 9 - band / 100 < minimum:
            return
        yield from words


def _bands(data: Path, code: str, size: str) -> Iterator[tuple[int, list[str]]]:
    """`frequency_bands` of `code`'s `size` list, a band at a time: wordfreq's own reader holds the whole
    list (300,000 words for a large one), and its caches keep the lists and every value computed from
    them for the run, which raised a corpus check's peak memory by 48 MB, and a cold-cache one's by 16 MB
    after the tables were built (issue 9). Another layout is read through wordfreq."""
    try:
        yield from frequency_bands(data)
    except ValueError:
        from wordfreq import get_frequency_list

        yield from enumerate(get_frequency_list(code, size))


def frequency_bands(data: Path) -> Iterator[tuple[int, list[str]]]:
    """(band, words) of a wordfreq list file, one band at a time, most frequent first: the file is
    wordfreq's "cBpack", a gzipped msgpack list of a header, then one list of words per centibel of
    frequency from 0 down (Zipf = 9 − band / 100). Raises ValueError, before any band, for another layout."""
    import gzip

    import msgpack

    with gzip.open(data, "rb") as stream:
        unpacker = msgpack.Unpacker(stream, raw=False)
        bands = unpacker.read_array_header()
        header = unpacker.unpack() if bands else None
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"{data}: not a cBpack word list")
        for band in range(bands - 1):
            yield band, unpacker.unpack()


@cache
def common_words(code: str, zipf: float, letters: int) -> frozenset[str]:
    """The words of `code`'s short list at least `zipf` frequent and `letters` long: a few thousand of its
    thirty thousand, kept in the disk cache apart, so a check that asks only whether a word is one of
    them does not load the whole table (missing-space asks it of many words of every article)."""
    data = _list_file(code, "small")
    if data is None:
        return frozenset()

    def build() -> list[str]:
        return [word for word, value in (zipf_table(code) or {}).items() if value >= zipf and len(word) >= letters]

    return frozenset(cached(f"wordfreq-common-{code}-{zipf}-{letters}", [data], build, marshal))
