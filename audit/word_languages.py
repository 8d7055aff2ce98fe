"""Which languages write a word commonly: one index over every Latin-script list wordfreq ships.

Why an index of its own: the short-segment detector (audit/strangers.py) must tell a sentence of
Finnish, Hungarian or Dutch left in an article from one of its own language, and langdetect alone is
unreliable on three words. Every word of wordfreq's short lists (Zipf ≥ 3: once per million words) of the
27 Latin-script languages it ships makes 800,000 words; a table of them all loads in 0.3 s, more than a
whole one-file check. So the index is built once (3 s of CPU) into the disk cache, keyed on wordfreq's
data files, as `GROUPS` entries of separately packed shards: a lookup reads only the entries its words
fall in (half a megabyte each) and unpacks only their shards (200 words each: 1,600 cost the dirty
corpus's 370 lookups a quarter more time). Nothing is read until a segment reaches the question.
"""

from __future__ import annotations

import marshal
import zlib
from functools import cache, lru_cache
from pathlib import Path

from audit.cache import cache_folder, cached, replace
from audit.word_frequency import frequency_bands

GROUPS = 16
"""Disk-cache entries of the index: a lookup reads one per distinct group its words fall in."""
SHARDS = 256 * GROUPS
"""Parts of the index, one unpacked per word looked up: 200 words each."""
PASSES = 4
"""The index is built a quarter of its groups at a time, reading the lists once per pass: all 800,000
words at once held 255 MB, beyond the 200 MB a corpus check may peak at (issue 9)."""
KEPT_SHARDS = 96
"""Unpacked shards kept at once: a corpus run looks words up in nearly every shard, and keeping them all
unpacked held the whole index (100 MB) by the end of the 20 MB bench, and 256 of them grew by 6 MB from
the 20th to the 120th article of the 2 MB bench; unpacking one again costs 0.1 ms."""
LATIN_SHARE = 0.5
"""The share of its 2,000 most frequent words a list needs in Latin letters to be indexed."""

# wordfreq's codes where langdetect's Latin-script profiles name the language otherwise.
_DETECTED_AS = {"sh": "hr", "nb": "no", "fil": "tl", "ms": "id"}


# Languages langdetect confuses on a short segment, by the codes it gives them: a group's languages share
# most of their words, and wordfreq's lists are what tells them apart.
_KIN = {"cs": "czech-slovak", "sk": "czech-slovak", "hr": "croatian-slovene", "sl": "croatian-slovene",
        "da": "scandinavian", "no": "scandinavian", "sv": "scandinavian", "id": "malay", "ms": "malay"}  # fmt: skip


def kin_of(code: str) -> str:
    """The group of close languages langdetect's `code` belongs to, "" for none ("sk" → "czech-slovak")."""
    return _KIN.get(code, "")


def detected_code(code: str) -> str:
    """The code langdetect gives the language wordfreq calls `code` ("sh" → "hr", "nb" → "no")."""
    return _DETECTED_AS.get(code, code)


@cache
def _lists() -> list[tuple[str, Path]]:
    """wordfreq's short lists, (code, file), in code order; empty when wordfreq's data is not found."""
    import importlib.util

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return []
    folder = Path(spec.origin).parent / "data"
    return sorted((path.name[len("small_") : -len(".msgpack.gz")], path) for path in folder.glob("small_*.msgpack.gz"))


def _read(path: Path) -> list[tuple[str, int]]:
    """(word, Zipf × 10) of a short list, read directly (wordfreq's own reader keeps every list it reads);
    empty for a list in another layout than wordfreq's "cBpack"."""
    try:
        return [(word, round(90 - band / 10)) for band, words in frequency_bands(path) for word in words]
    except ValueError:
        return []


def _build(lists: list[tuple[str, Path]], groups: range) -> tuple[tuple[str, ...], dict[int, bytes]]:
    """The indexed codes and the packed shards of `groups`, the words of the other groups left out."""
    from audit.language import script_of

    codes: list[str] = []
    index: dict[str, bytearray] = {}
    for code, path in lists:
        words = _read(path)
        top = [word for word, _ in words[:2000] if word[:1].isalpha()]
        if sum(script_of(word[0]) == "Latin" for word in top) < LATIN_SHARE * max(1, len(top)):
            continue  # Arabic, Cyrillic, Han…: the script runs of `untranslated` are their business
        position = len(codes)
        codes.append(code)
        for word, zipf in words:
            if word.isalpha() and script_of(word[0]) == "Latin" and _shard(word) % GROUPS in groups:
                index.setdefault(word, bytearray()).extend((position, zipf))
    shards: dict[int, dict[str, bytes]] = {shard: {} for shard in range(SHARDS) if shard % GROUPS in groups}
    for word, entry in index.items():
        shards[_shard(word)][word] = bytes(entry)
    return tuple(codes), {shard: zlib.compress(marshal.dumps(part), 1) for shard, part in shards.items()}


def _shard(word: str) -> int:
    return zlib.crc32(word.encode()) % SHARDS


@cache
def _built() -> list[tuple[tuple[str, ...], list[bytes]]]:
    """Every group, built and stored, so a later run reads any group without building again; a
    `PASSES`-th of the groups at a time."""
    lists = _lists()
    groups: list[tuple[tuple[str, ...], list[bytes]]] = []
    for first in range(0, GROUPS, GROUPS // PASSES):
        wanted = range(first, first + GROUPS // PASSES)
        codes, packed = _build(lists, wanted)
        for group in wanted:
            value = (codes, [packed[shard] for shard in range(group, SHARDS, GROUPS)])
            replace(f"word-languages-{group}", [path for _, path in lists], value, marshal)
            groups.append(value)
    return groups


@cache
def _group(group: int) -> tuple[tuple[str, ...], list[bytes]]:
    """The codes of the indexed languages and the packed shards of one group (shard = group + GROUPS × i)."""
    inputs = [path for _, path in _lists()]
    # Built in a fresh interpreter (this module's `__main__`): the build's 60 MB of transient lists
    # would otherwise stay in this process's peak for the rest of a corpus run (issue 9).
    value = cached(f"word-languages-{group}", inputs, lambda: _built()[group], marshal, builder=__name__)
    if cache_folder() is not None:
        # Every group is stored once built: the others are read as asked, not kept (9 MB for the run).
        _built.cache_clear()
    return value  # type: ignore[no-any-return]


@lru_cache(maxsize=KEPT_SHARDS)
def _part(shard: int) -> dict[str, bytes]:
    group, position = shard % GROUPS, shard // GROUPS
    return marshal.loads(zlib.decompress(_group(group)[1][position]))  # type: ignore[no-any-return]


def indexed() -> tuple[str, ...]:
    """The wordfreq codes the index covers (the Latin-script languages of wordfreq's short lists)."""
    return _group(0)[0]


def frequencies(word: str) -> dict[str, float]:
    """The Zipf value of a lower-case `word` in every indexed language whose short list holds it.

    >>> frequencies("puhunut")
    {'fi': 4.6}
    >>> sorted(frequencies("straf"))
    ['da', 'de', 'nl']
    """
    shard = _shard(word)
    entry = _part(shard).get(word)
    if entry is None:
        return {}
    codes = _group(shard % GROUPS)[0]
    return {codes[entry[at]]: entry[at + 1] / 10 for at in range(0, len(entry), 2)}


MIN_OWNED = 2
"""The words a segment needs that another language owns (`word_tongues`): with a third word, shared or
not, that is three words the document language does not write, or writes far less."""

# The document languages langdetect names otherwise than wordfreq.
_LISTED_AS = {detected: code for code, detected in _DETECTED_AS.items() if code != "ms"}


def word_tongues(words: list[str], language: str, lead: float) -> frozenset[str]:
    """The indexed languages (wordfreq codes) other than `language` whose short lists hold every one of
    the lower-case `words` and own them: a word is owned where `language`'s list lacks it or writes it
    at least `lead` Zipf less often. At least `MIN_OWNED` words must be owned, and the others, one in
    three at most, may only be words of two letters both write ("de" in Dutch and Spanish).

    >>> sorted(word_tongues(["oikeus", "on", "puhunut"], "de", 1.0))
    ['fi']
    >>> sorted(word_tongues(["die", "regierung", "hat"], "de", 1.0))
    []
    >>> sorted(word_tongues(["oikeus", "on", "puhunut"], "sw", 1.0))
    []
    """
    if not all(map(str.isalpha, words)):
        return frozenset()  # the index holds words of letters alone: "northline’s" is a name's, read free
    own = _LISTED_AS.get(language, language)
    found: list[dict[str, float]] = []
    candidates: set[str] | None = None
    for word in words:
        frequency = frequencies(word)
        if candidates is None and own not in _group(_shard(word) % GROUPS)[0]:
            return frozenset()  # an article language wordfreq lacks (Swahili): no list says a word is not its own
        candidates = set(frequency) if candidates is None else candidates & frequency.keys()
        candidates.discard(own)
        if not candidates:
            return frozenset()  # the common case, known after a word or two
        found.append(frequency)
    tongues = set()
    for code in candidates or ():
        strays = [
            word
            for word, frequency in zip(words, found, strict=True)
            if own in frequency and frequency[code] - frequency[own] < lead
        ]
        if (
            len(words) - len(strays) >= MIN_OWNED
            and len(strays) <= len(words) // 3
            and all(len(word) <= 2 for word in strays)
        ):
            tongues.add(code)
    return frozenset(tongues)


if __name__ == "__main__":
    _built()  # stores every group in the disk cache: `_group` asks for this on a cold cache
