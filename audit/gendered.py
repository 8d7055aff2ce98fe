"""Surnames that change with the bearer's gender: one woman written "Anna Kowalska" and "Anna Kowalski".

Polish, Russian, Ukrainian and Greek surnames take a feminine ending (Kowalski / Kowalska, Ivanov /
Ivanova, Papadopoulos / Papadopoulou); MT writes the masculine form it knows best in one sentence and the
woman's own in the next. A given name is gendered too, so one given name with both forms of a surname
is one person written two ways; a father and daughter (Jan Kowalski, Anna Kowalska) have two given
names and are two people. The endings are data: `names.gender_endings` of languages/<code>, pairs of
the masculine and the feminine ending.
"""

from __future__ import annotations

import functools

from audit.transliteration import fold

# A stem shorter than this is not read (Ov / Ova): the ending would be most of the word.
_SHORTEST_STEM = 3


def gender_forms(first: str, second: str) -> bool:
    """True when two surnames are one surname's masculine and feminine forms.

    >>> gender_forms("Kowalski", "Kowalska"), gender_forms("Navalnaya", "Navalny"), gender_forms("Lambrou", "Lambros")
    (True, True, True)
    >>> gender_forms("Kowalski", "Kowalczyk"), gender_forms("Rossi", "Rossa")
    (False, False)
    """
    one, other = fold(first), fold(second)
    if one == other:
        return False
    return any(
        _paired(one, other, masculine, feminine) or _paired(other, one, masculine, feminine)
        for masculine, feminine in _endings()
    )


@functools.lru_cache(maxsize=16384)  # asked of every lone capitalised word; a corpus repeats them
def gender_stem(word: str) -> str:
    """The folded surname without its masculine or feminine ending: the key under which both forms of
    it meet (empty when it has no listed ending).

    >>> gender_stem("Sokolov"), gender_stem("Sokolova"), gender_stem("Smith")
    ('sokol', 'sokol', '')
    """
    folded = fold(word)
    for masculine, feminine in _endings():
        for ending in (feminine, masculine):
            if folded.endswith(ending) and len(folded) - len(ending) >= _SHORTEST_STEM:
                return folded[: len(folded) - len(ending)]
    return ""


def _paired(masculine_form: str, feminine_form: str, masculine: str, feminine: str) -> bool:
    if not (masculine_form.endswith(masculine) and feminine_form.endswith(feminine)):
        return False
    stem = masculine_form[: len(masculine_form) - len(masculine)]
    return len(stem) >= _SHORTEST_STEM and stem == feminine_form[: len(feminine_form) - len(feminine)]


@functools.cache
def _endings() -> tuple[tuple[str, str], ...]:
    """Every [masculine, feminine] ending pair of `names.gender_endings`, longest first."""
    from audit.languages import language, shipped_codes

    pairs = {tuple(pair) for code in shipped_codes() for pair in language(code).value("names.gender_endings", ())}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]) - len(pair[1]), pair)))
