"""Cut text into the tokens glossary variants are matched on, with Unicode-aware word boundaries.

A word is a maximal run of letters, marks and digits of any script, so "Press" can never match inside
"Pressé" or next to a Cyrillic or Arabic letter. Scripts written without spaces (Han, kana, Thai, Lao,
Khmer, Myanmar) have no word boundaries to respect: each of their characters is a token of its own.
Every other non-space character (punctuation) is a token too; white space only separates tokens, so
"France  Press" across a line break still matches "France Press".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple

_NO_SPACE_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
HYPHENS = "-\u2010\u2011"
APOSTROPHES = "'\u2019\u02bc"
# Typographic variants of the same mark are one token: "O’Brien" is "O'Brien", "France‑Presse" is
# "France-Presse". Pairs for str.replace, which beats a translate through a dict (a lookup a character).
_OTHER_MARKS = [(mark, "-") for mark in HYPHENS if mark != "-"] + [(mark, "'") for mark in APOSTROPHES if mark != "'"]


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    """Return the tokens of `text` with their offsets.

    >>> [token.text for token in tokenize("l’Agence France-Presse, 東京")]
    ['l', '’', 'Agence', 'France', '-', 'Presse', ',', '東', '京']
    """
    return [Token(match.start(), match.end(), match.group()) for match in _pattern_for(text).finditer(text)]


def texts(text: str) -> list[str]:
    """The texts of the tokens of `text`, without their offsets (cheaper: no object per token).

    >>> texts("l’Agence France-Presse")
    ['l', '’', 'Agence', 'France', '-', 'Presse']
    """
    return _pattern_for(text).findall(text)  # type: ignore[no-any-return]


_TOKEN = rf"[{_NO_SPACE_SCRIPTS}]|[[\p{{L}}\p{{M}}\p{{N}}]--[{_NO_SPACE_SCRIPTS}]]+|[^\s]"
# The same tokens for a text without a character of a script written without spaces (most text):
# without the set difference, `regex` cuts them twice as fast.
_SPACED_TOKEN = r"[\p{L}\p{M}\p{N}]+|[^\s]"
_NO_SPACE_CHARACTER = rf"[{_NO_SPACE_SCRIPTS}]"
# Every character of those scripts lies at U+0E00 (Thai) or beyond, outside General Punctuation
# (tests/test_glossary_tokens.py checks every code point this leaves out): a cheap first look. A
# `regex` pattern from the pattern store: `re` took 7 ms to compile this class at every start.
_MAYBE_NO_SPACE = "[\u0e00-\u1fff\u2070-\U0010ffff]"


def _pattern_for(text: str) -> Any:
    maybe = _compiled(_MAYBE_NO_SPACE).search(text)
    if maybe is not None and _compiled(_NO_SPACE_CHARACTER).search(text, maybe.start()):
        return _compiled(_TOKEN)
    return _compiled(_SPACED_TOKEN)


@cache
def _compiled(source: str) -> Any:
    # `regex` (not `re`) for script properties and set difference, through the pattern store so that
    # `mtaudit --help` stays fast.
    from audit.pattern_store import VERSION1, compiled

    return compiled(source, VERSION1)


def exact(token_text: str) -> str:
    """The token as compared by case-sensitive entries (typographic marks unified)."""
    return _unify_marks(token_text)


def folded(token_text: str) -> str:
    """The token as compared by case-insensitive entries.

    >>> folded("STRASSE") == folded("Straße")
    True
    """
    return _unify_marks(token_text).casefold()


def folded_all(token_texts: list[str]) -> list[str]:
    """`folded` of each token.

    >>> folded_all(["O’Brien", "STRASSE", "‑"])
    ["o'brien", 'strasse', '-']
    """
    return fold_each(folded, token_texts)


def fold_each(fold_text: Callable[[str], str], token_texts: list[str]) -> list[str]:
    """`fold_text` of each token, in one call over the tokens joined by line breaks (one call instead of
    one a token, issue 9): right for a folding that goes character by character and never makes or
    unmakes a line break, over tokens that hold none (the tokenizers here cut at white space)."""
    if not token_texts:
        return []
    return fold_text("\n".join(token_texts)).split("\n")


def _unify_marks(text: str) -> str:
    for mark, unified in _OTHER_MARKS:
        text = text.replace(mark, unified)
    return text


def key(phrase: str, case_sensitive: bool = False) -> tuple[str, ...]:
    """The token sequence a phrase is stored under.

    >>> key("the  French Press")
    ('the', 'french', 'press')
    """
    normalise = exact if case_sensitive else folded
    return tuple(normalise(token.text) for token in tokenize(phrase))
