"""The letters and marks a language writes: evidence a short segment is in another language.

Why: langdetect is unreliable under ~30 letters and function words are few in a short sentence, yet
"Mặn về sớm quá." is plainly not English: its words hold letters no English word is written with. Each
language lists the letters of its ordinary words (languages/<code>/alphabet.toml, loanword accents
included) and the punctuation only it writes (Spanish ¡ ¿). Names carry any letter (Wójcik, Yılmaz,
Nguyễn), and are capitalised, so callers weigh the words a sentence does not capitalise.
"""

from __future__ import annotations

import functools

from audit.languages import language, shipped_codes


@functools.cache
def letters(code: str) -> frozenset[str]:
    """The lower-case letters of the language's ordinary words; empty when its data has none."""
    return frozenset(language(code).value("alphabet.letters", ""))


def foreign_letters(word: str, code: str) -> bool:
    """True when `word` holds a letter the language's ordinary words never hold (False without data).

    A capital inside a word is no spelling: it is mojibake ("cafÃ©") or a brand's, so it is not weighed.

    >>> foreign_letters("sớm", "en"), foreign_letters("puszczy", "pt"), foreign_letters("façade", "en")
    (True, False, False)
    >>> foreign_letters("Żubr", "pt"), foreign_letters("cafÃ©", "de")
    (True, False)
    """
    own = letters(code)
    return bool(own) and any(
        character.isalpha() and (index == 0 or character.islower()) and character.lower() not in own
        for index, character in enumerate(word)
    )


@functools.cache
def _mark_owners() -> dict[str, str]:
    return {mark: code for code in shipped_codes() for mark in language(code).value("alphabet.marks", "")}


def marks() -> frozenset[str]:
    """Every mark some shipped language alone writes."""
    return frozenset(_mark_owners())


def foreign_mark(text: str, code: str) -> str | None:
    """The language whose own mark opens `text` ("¡", "¿": Spanish) when `code` does not write it.

    >>> foreign_mark("¡El puma no tiene la culpa!", "it"), foreign_mark("¿Por qué?", "es")
    ('es', None)
    """
    stripped = text.lstrip(" \"'“„«*_(")
    owner = _mark_owners().get(stripped[:1])
    return owner if owner is not None and owner != code else None
