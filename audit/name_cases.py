"""A name left in a case of its source language: "according to Jana Kowalskiego" beside "Jan Kowalski".

Polish, Czech, Russian and Ukrainian decline names: MT from them sometimes keeps the genitive or dative
form the source sentence needed ("Petra Nováka" for Petr Novák, "Nurlanu Zhaksybekovu" for Nurlan
Zhaksybekov), and the reader meets a second person. The endings are data: `names.case_endings` of
languages/<code>, pairs of a nominative ending and an oblique one ("ski" → "skiego", "" → "owi").

The surname must carry the case ending: a given name alone may change with the bearer's gender (Jan /
Jana), and a surname's masculine and feminine forms (Ivanov / Ivanova, audit/gendered.py) are two people
unless the given name is one: so a gender pair never counts as a case here.
"""

from __future__ import annotations

import functools

from audit.gendered import gender_forms
from audit.transliteration import fold

_SHORTEST_STEM = 3
"""A stem shorter than this is not read (Jan / Janem is read, Ed / Edem is not)."""


def case_form(nominative: str, oblique: str) -> bool:
    """True when `oblique` is `nominative` with a listed case ending in place of its own.

    >>> case_form("Kowalski", "Kowalskiego"), case_form("Novák", "Nováka"), case_form("Ivanov", "Ivanova")
    (True, True, False)
    """
    one, other = fold(nominative), fold(oblique)
    if one == other or gender_forms(one, other):
        return False
    for plain, inflected in _endings():
        if one.endswith(plain) and other.endswith(inflected):
            stem = one[: len(one) - len(plain)]
            if len(stem) >= _SHORTEST_STEM and stem == other[: len(other) - len(inflected)]:
                return True
    return False


def declined(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """True when one name is the other in a case form: the same number of words, the surname (the
    last word) in a case form of the other's, every other word the same or in a case form, all in the
    same direction.

    >>> declined(("Jan", "Kowalski"), ("Jana", "Kowalskiego")), declined(("Jan", "Novák"), ("Jana", "Nováková"))
    (True, False)
    """
    if len(first) != len(second) or len(first) < 2:
        return False
    for nominative, oblique in ((first, second), (second, first)):
        if case_form(nominative[-1], oblique[-1]) and all(
            fold(a) == fold(b) or case_form(a, b) for a, b in zip(nominative[:-1], oblique[:-1], strict=True)
        ):
            return True
    return False


@functools.cache
def _endings() -> tuple[tuple[str, str], ...]:
    """Every [nominative, oblique] ending pair of `names.case_endings`, longest oblique ending first."""
    from audit.languages import language, shipped_codes

    pairs = {tuple(pair) for code in shipped_codes() for pair in language(code).value("names.case_endings", ())}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[1]), -len(pair[0]), pair)))
