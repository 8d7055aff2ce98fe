"""How two spellings of a name compare: folding, transliteration respellings, skeletons, distances.

Two spellings are taken for one name when, word by word, each pair is the same word or a variant of
it: the same transliteration skeleton (consonants after folding the usual respellings: dj/j, ou/u,
ee/i, q/k, w/v…) within a small edit distance, or a one-letter slip of a long word beside an identical
word. Edit distances and candidate search come from rapidfuzz (C++, well kept), not hand-written loops.

Decoys must not merge, so the test is strict where names are: a short word (Kim Jong-un / Jong-il)
must be equal; a changed final vowel is another person (Mario / Maria, Sediq / Sediqi); a grammatical
ending is the same word (Merkel / Merkels, Deutsche / Deutschen) and no variant; Hassan and Hussein
share a skeleton but are three edits apart. All functions are pure and memoised.
"""

from __future__ import annotations

import functools
import unicodedata

from audit.prose import LazyPattern

LETTERS = LazyPattern(r"[\p{L}\p{M}]+")
"""A run of letters: the words of a name, hyphens and apostrophes left out."""

# Grammatical endings that make the same word, not a variant (Merkels, Deutschen, Europäischer).
_ENDINGS = frozenset({"s", "es", "e", "en", "n", "er", "em", "ns", "'s", "’s"})
_VOWELS = frozenset("aeiou")
_VOWELS_AND_Y = _VOWELS | {"y"}
# Respellings that transliteration varies freely; applied in order to a folded word.
_RESPELLINGS = (
    ("dzh", "j"),
    ("dj", "j"),
    ("sch", "sh"),
    ("ck", "k"),
    ("tz", "z"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("c", "k"),
    ("w", "v"),
    ("y", "i"),
    ("ij", "i"),
)
_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Casefold and drop accents: the spelling a reader does not count as different.

    >>> fold("Erdoğan"), fold("Straße")
    ('erdogan', 'strasse')
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_FOLD))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


@functools.lru_cache(maxsize=65536)
def respelt(word: str) -> str:
    """A folded word with the freely varying transliterations made equal and doubled letters single.

    >>> respelt("Shareef"), respelt("Tebboune"), respelt("Abdelmadjid")
    ('sharif', 'tebune', 'abdelmajid')
    """
    text = fold(word)
    for old, new in _RESPELLINGS:
        text = text.replace(old, new)
    return "".join(character for index, character in enumerate(text) if index == 0 or character != text[index - 1])


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The transliteration skeleton: the respelt word without its vowels after the first letter.

    >>> skeleton("Sediqqi"), skeleton("Siddiqui"), skeleton("Hussein"), skeleton("Ebrahim")
    ('sdk', 'sdk', 'hsn', 'abrhm')
    """
    text = respelt(word)
    # An initial vowel varies as freely as the inner ones (Ebrahim / Ibrahim, Oussama / Usama).
    text = "a" + text[1:] if text[:1] in _VOWELS else text
    consonants = text[:1] + "".join(character for character in text[1:] if character not in _VOWELS)
    return "".join(
        character for index, character in enumerate(consonants) if index == 0 or character != consonants[index - 1]
    )


def _distance(first: str, second: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(first, second)


def _inflected(first: str, second: str) -> bool:
    """True when one folded word is the other plus a grammatical ending (merkel / merkels)."""
    short, long = sorted((first, second), key=len)
    return long.startswith(short) and long[len(short) :] in _ENDINGS


def _final_vowel_swap(first: str, second: str) -> bool:
    """True when the words differ only by a final vowel added or changed: another person (Mario / Maria)."""
    short, long = sorted((first, second), key=len)
    if len(long) == len(short):
        return short[:-1] == long[:-1] and (short[-1] in _VOWELS or long[-1] in _VOWELS)
    return len(long) == len(short) + 1 and long.startswith(short) and long[-1] in _VOWELS_AND_Y


def word_relation(first: str, second: str) -> str | None:
    """How two words of a name relate: "same", "variant" (strong: one skeleton), "slip" (one letter off,
    weak) or None (different words).

    >>> word_relation("Sharif", "Shareef"), word_relation("Scholz", "Schulz"), word_relation("Hassan", "Hussein")
    ('variant', 'variant', None)
    >>> word_relation("Merkel", "Merkels"), word_relation("Mario", "Maria"), word_relation("un", "il")
    ('same', None, None)
    """
    folded_first, folded_second = fold(first), fold(second)
    if folded_first == folded_second or _inflected(folded_first, folded_second):
        return "same"
    first_respelt, second_respelt = respelt(first), respelt(second)
    longest = max(len(first_respelt), len(second_respelt))
    initials = {first_respelt[:1], second_respelt[:1]}
    if longest < 4 or (len(initials) > 1 and not initials <= _VOWELS):
        return None
    if first_respelt == second_respelt:
        return "variant"
    if _final_vowel_swap(folded_first, folded_second):
        return None
    distance = _distance(first_respelt, second_respelt)
    if skeleton(first) == skeleton(second) and distance <= max(1, int(0.4 * longest)):
        return "variant"
    if longest >= 5 and _distance(folded_first, folded_second) == 1:
        return "slip"
    return None


@functools.lru_cache(maxsize=65536)
def name_words(form: str, particles: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of a name form that identify it: no particles, no initials, hyphens split.

    >>> name_words("Bashar al-Assad", frozenset({"al"}))
    ('Bashar', 'Assad')
    """
    words = [word for word in LETTERS.findall(form) if word.casefold() not in particles]
    return tuple(word for word in words if len(word) > 1 or len(words) == 1)


def same_name(first: str, second: str, particles: frozenset[str] = frozenset()) -> bool:
    """True when two different spellings are one name (a variant in at least one word, no other change).

    >>> same_name("Shehbaz Sharif", "Shahbaz Shareef"), same_name("Nawaz Sharif", "Shehbaz Sharif")
    (True, False)
    >>> same_name("Abdel Majid Taboun", "Abdelmadjid Tebboune"), same_name("Ahmad Shah Massoud", "Ahmad Massoud")
    (True, False)
    """
    words_first, words_second = name_words(first, particles), name_words(second, particles)
    if len(words_first) < 2 or len(words_second) < 2:
        return False
    if len(words_first) == len(words_second):
        relations = [word_relation(a, b) for a, b in zip(words_first, words_second, strict=True)]
        if None in relations or relations.count("same") == len(relations):
            return False
        # A one-letter slip is weak evidence alone: another word of the name must be the same.
        return "slip" not in relations or "same" in relations
    # Words run together or split ("Abdelmadjid" / "Abdel Majid"): compare the whole, ends anchored.
    if word_relation(words_first[-1], words_second[-1]) is None:
        return False
    joined_first, joined_second = "".join(words_first), "".join(words_second)
    if skeleton(joined_first) != skeleton(joined_second) or fold(joined_first) == fold(joined_second):
        return False
    longest = max(len(joined_first), len(joined_second))
    return _distance(respelt(joined_first), respelt(joined_second)) <= max(1, longest // 5)


def respelling_only(first: str, second: str, particles: frozenset[str] = frozenset()) -> bool:
    """True when two spellings differ only by freely varying transliterations (Sergei / Sergey,
    Mahmoud / Mahmud): accepted alternatives, not slips.

    >>> respelling_only("Sergei Lavrov", "Sergey Lavrov"), respelling_only("Olaf Scholz", "Olaf Schulz")
    (True, False)
    """
    words_first, words_second = name_words(first, particles), name_words(second, particles)
    return respelt("".join(words_first)) == respelt("".join(words_second))


def closest_name(form: str, names: tuple[str, ...], particles: frozenset[str] = frozenset()) -> str | None:
    """The one name of `names` that `form` is another spelling of, or None (none, or more than one).

    rapidfuzz picks a few candidates by similarity; `same_name` decides.

    >>> closest_name("Olaf Schulz", ("Olaf Scholz", "Joe Biden"))
    'Olaf Scholz'
    """
    from rapidfuzz import fuzz, process

    candidates = process.extract(fold(form), _folded(names), scorer=fuzz.ratio, score_cutoff=75, limit=3)
    found = {names[index] for _, _, index in candidates if same_name(names[index], form, particles)}
    return next(iter(found)) if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _folded(names: tuple[str, ...]) -> list[str]:
    return [fold(name) for name in names]
