"""Cut text into the tokens glossary variants are matched on, with Unicode-aware word boundaries.

A word is a maximal run of letters, marks and digits of any script, so "Press" can never match inside
"Pressé" or next to a Cyrillic or Arabic letter. Scripts written without spaces (Han, kana, Thai, Lao,
Khmer, Myanmar) have no word boundaries to respect: each of their characters is a token of its own.
Every other non-space character (punctuation) is a token too; white space only separates tokens, so
"France  Press" across a line break still matches "France Press".
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

_NO_SPACE_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
HYPHENS = "-\u2010\u2011"
APOSTROPHES = "'\u2019\u02bc"
# Typographic variants of the same mark are one token: "O’Brien" is "O'Brien", "France‑Presse" is
# "France-Presse".
_SAME_MARK = str.maketrans({**dict.fromkeys(HYPHENS, "-"), **dict.fromkeys(APOSTROPHES, "'")})


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Return the tokens of `text` with their offsets.

    >>> [token.text for token in tokenize("l’Agence France-Presse, 東京")]
    ['l', '’', 'Agence', 'France', '-', 'Presse', ',', '東', '京']
    """
    return [Token(match.start(), match.end(), match.group()) for match in _token_pattern().finditer(text)]


@cache
def _token_pattern() -> Any:
    # `regex` (not `re`) for script properties and set difference; imported on first use so that
    # `mtaudit --help` stays fast.
    import regex

    from audit.pattern_store import compiled

    return compiled(rf"[{_NO_SPACE_SCRIPTS}]|[[\p{{L}}\p{{M}}\p{{N}}]--[{_NO_SPACE_SCRIPTS}]]+|[^\s]", regex.VERSION1)


def exact(token_text: str) -> str:
    """The token as compared by case-sensitive entries (typographic marks unified)."""
    return token_text.translate(_SAME_MARK)


def folded(token_text: str) -> str:
    """The token as compared by case-insensitive entries.

    >>> folded("STRASSE") == folded("Straße")
    True
    """
    return token_text.translate(_SAME_MARK).casefold()


def key(phrase: str, case_sensitive: bool = False) -> tuple[str, ...]:
    """The token sequence a phrase is stored under.

    >>> key("the  French Press")
    ('the', 'french', 'press')
    """
    normalise = exact if case_sensitive else folded
    return tuple(normalise(token.text) for token in tokenize(phrase))
