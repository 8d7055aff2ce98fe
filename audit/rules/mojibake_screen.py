"""Which prose segments the mojibake rule must hand to ftfy, decided without importing ftfy.

Importing ftfy builds its character tables and wcwidth's (≈50 ms), a tenth of a one-article
`mtaudit check` (issue 9), while nearly every segment of correct prose is one ftfy leaves alone. The
rule asks two questions of a segment, and each has a cheap, sound answer here (tests/test_mojibake_
screen.py checks both against ftfy itself):
1. Could `ftfy.fix_and_explain` change it? With the rule's configuration, only its encoding repair, C1
   controls and surrogates can, and the encoding repair starts only where ftfy's own heuristic
   `ftfy.badness.is_bad` fires. Every pattern of that heuristic holds two adjacent non-ASCII characters,
   except a C1 control, "Ã"/"Â" before a space and "Œ"/"œ" before a non-letter; a segment with none of
   these is settled without ftfy, the rest by `is_bad` itself, loaded alone (≈10 ms, no tables). Pairs
   that correct prose writes all the time and no pattern starts with are not counted: two lower-case
   letters ("ção", "мир"), a space or a character of ftfy's "common" set first ("l’été", "« oui"), a
   space after anything but a capital ("été »"). Without that, most French, Portuguese or
   Russian articles loaded the heuristic.
2. Could one of its words be UTF-8 read as Windows-1250/1251/1252? A redecoded word is valid UTF-8, so
   it holds a character read from a lead byte right before one read from a continuation byte; the
   single-byte Cyrillic case needs three Latin-1 letters in a row.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Callable
from pathlib import Path

# The code pages the rule re-encodes with (its _MISREAD_AS); ftfy's "sloppy" variants of them read a
# byte the code page leaves undefined as the Latin-1 character, hence Latin-1 in the union.
_CODE_PAGES = ("cp1250", "cp1251", "cp1252", "cp1256", "latin-1")


def _read_from(first: int, last: int) -> str:
    """Every character one of the code pages reads from a byte in first..last, as a regex class body."""
    span = bytes(range(first, last + 1))
    characters = {character for page in _CODE_PAGES for character in span.decode(page, errors="ignore")}
    return "".join(re.escape(character) for character in sorted(characters))


# A C1 control or a surrogate, which ftfy repairs whatever its heuristic says.
_C1_OR_SURROGATE = re.compile(r"[\x80-\x9f\ud800-\udfff]")
# The patterns of ftfy's heuristic without two adjacent non-ASCII characters.
_BAD_WITHOUT_PAIR = re.compile(r"[ÃÂ]\s|[Œœ](?![A-Za-z])")
# Each pair of adjacent non-ASCII characters, overlapping ("xyz" gives "xy" and "yz").
_NON_ASCII_PAIR = re.compile(r"(?=([^\x00-\x7f]{2}))")
# The lower-case characters the heuristic lists outside its accented letters ("àµ", "éª", "ƒé" are
# patterns), and its "common" characters, which it never puts first in a pair.
_LOWER_IN_PATTERNS = frozenset("ƒªºµ")
_COMMON = frozenset("\xa0\xad·´–—―…’")
# A UTF-8 lead byte (0xC2-0xF4; Python refuses the others) then a continuation byte (0x80-0xBF), or
# three letters of Windows-1251 read as Windows-1252.
_MAYBE_REDECODED = re.compile(f"[{_read_from(0xC2, 0xF4)}][{_read_from(0x80, 0xBF)}]|[\u00c0-\u00ff\u00a8\u00b8]{{3}}")


def ftfy_may_change(segment: str) -> bool:
    """False only when `ftfy.fix_and_explain(segment, <the rule's configuration>)` returns `segment`."""
    if _C1_OR_SURROGATE.search(segment):
        return True
    if not _BAD_WITHOUT_PAIR.search(segment) and all(map(_written_by_prose, _NON_ASCII_PAIR.findall(segment))):
        return False
    return _is_bad()(segment)


def _written_by_prose(pair: str) -> bool:
    """True for two adjacent non-ASCII characters that start no pattern of ftfy's heuristic and that
    correct prose writes all the time (see the module's docstring)."""
    first, second = pair
    if first in _COMMON or first.isspace():
        return True
    if second.isspace():
        return not first.isupper()
    return first.islower() and second.islower() and first not in _LOWER_IN_PATTERNS and second not in _LOWER_IN_PATTERNS


def may_be_redecoded(segment: str) -> bool:
    """False only when no word of `segment` is UTF-8 read in one of the rule's single-byte encodings."""
    return _MAYBE_REDECODED.search(segment) is not None


@functools.cache
def _is_bad() -> Callable[[str], bool]:
    """ftfy's mojibake heuristic. Its module needs only `re`, so it is run from ftfy's file without the
    package, whose import builds the tables this module exists to avoid."""
    spec = importlib.util.find_spec("ftfy")
    location = None if spec is None or spec.origin is None else Path(spec.origin).with_name("badness.py")
    badness_spec = None if location is None else importlib.util.spec_from_file_location("_ftfy_badness", location)
    if badness_spec is None or badness_spec.loader is None or not location.is_file():
        # Another ftfy layout: the heuristic through the package, slower but the same answer.
        from ftfy.badness import is_bad

        return is_bad
    badness = importlib.util.module_from_spec(badness_spec)
    badness_spec.loader.exec_module(badness)
    return badness.is_bad  # type: ignore[no-any-return]
