"""A space lost beside a name that the article also writes on its own: "inNewport", "duLaos",
"l'Afghanistanha", "TamilNadu".

The language's word lists (audit/lexicon.py) cannot split these: a name is on no list, and a short
function word glued to a capital leads brands and surnames as often as it is a slip ("deGrasse",
"eBay"). The article is the evidence. When it writes "Newport", "Laos" or "Afghanistan" as a word of its
own, the same name glued to a function word of the paragraph's language lost a space; so did two
capitalised words it also writes apart ("TamilNadu" beside "Tamil Nadu"), and so did two words in lower
case it writes apart elsewhere ("evacuationpost" beside "the evacuation post"), which the word lists
cannot split when a half is short or rare.

What stays whole: a token the article writes more than once, or that the language's frequency list
writes ("Israelis" is "Israel" + "is", "Berliner" is "Berlin" + "er"); a name of fewer than
`MIN_NAME_LETTERS`; and after a name, any word but a function word of `MIN_TRAILING_LETTERS` or more,
since a place and a common word make real names ("Georgetown", "Portsmouth") and shorter function
words are endings too ("Omanis", "Carlos" beside "Carl"). Where compounds are written as one word
(German), nothing after a name is split: its inflections end in function words ("Teehauses",
"Kenianerin").
"""

from __future__ import annotations

import functools
from collections import Counter
from functools import cached_property

from audit.languages import language
from audit.lexicon import function_words
from audit.prose import LazyPattern
from audit.word_frequency import zipf_table

MIN_NAME_LETTERS = 3
"""A name glued after a function word has at least this many letters ("duLaos"); a name a function
word is glued to has one more ("Kigaliand")."""
MIN_TRAILING_LETTERS = 3
"""A function word glued after a name has at least this many letters ("Newportand", not "Omanis")."""
MIN_APART_LETTERS = 3
"""Each of two words the article writes apart has at least this many letters ("evacuationpost")."""

_WORD = LazyPattern(r"(?<![\p{L}\p{M}\p{N}@#_-])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}@_-])")
# Two words in lower case one space apart, each found again as the first of the next pair (overlapping).
_LOWER_PAIR = LazyPattern(
    r"(?<![\p{L}\p{M}\p{N}-])(\p{Ll}[\p{Ll}\p{M}]+) (?=(\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}-]))"
)


class ArticleNames:
    """The article's capitalised words and how often it writes each, read once per article and only
    when a paragraph holds a token they could split."""

    def __init__(self, prose: str) -> None:
        self._prose = prose

    @cached_property
    def _counts(self) -> Counter[str]:
        return Counter(_WORD.findall(self._prose))

    def split(self, token: str, code: str) -> int | None:
        """Where a space belongs in `token` by the article's own names, or None.

        >>> names = ArticleNames("Rain fell in Newport. The court in Newport sat late; the hearing is inNewport.")
        >>> names.split("inNewport", "en"), names.split("iPhone", "en"), names.split("Newport", "en")
        (2, None, None)
        """
        if len(token) < MIN_NAME_LETTERS + 2:
            return None
        if token[1:].islower():  # most tokens: no capital inside, which `islower` settles without a loop
            return self._trailing(token, code) if token[0].isupper() else self._apart(token, code)
        inner = [index for index in range(1, len(token)) if token[index].isupper()]
        return self._camel(token, inner[0], code) if len(inner) == 1 and token.isalpha() else None

    def _camel(self, token: str, index: int, code: str) -> int | None:
        left, right = token[:index], token[index:]
        if len(right) < MIN_NAME_LETTERS or not right[1:].islower() or self._counts[token] > 1:
            return None
        if left.islower():  # "inNewport", "duLaos": a function word, then a name the article writes alone
            return index if len(left) >= 2 and left in function_words(code) and self._counts[right] else None
        if left[0].isupper() and left[1:].islower() and len(left) >= MIN_NAME_LETTERS:
            return index if f"{left} {right}" in self._prose else None  # "TamilNadu" beside "Tamil Nadu"
        return None

    def _apart(self, token: str, code: str) -> int | None:
        """Where a lower-case token splits into two words the article writes apart, in that order and
        one space between them ("evacuationpost" beside "the evacuation post"): a token written once
        and on no frequency list, in a language that writes compounds apart.

        >>> ArticleNames("They reached the evacuation post. The evacuationpost was full.").split("evacuationpost", "en")
        10
        """
        if token.casefold() in (zipf_table(code) or {}) or self._counts[token] > 1:
            return None
        if language(code).value("lexicon.compounds", False):
            return None  # German writes "Evakuierungsposten" as one word, whatever else the article writes
        ends = [
            index
            for index in range(MIN_APART_LETTERS, len(token) - MIN_APART_LETTERS + 1)
            if (token[:index], token[index:]) in self._pairs
        ]
        return ends[0] if len(ends) == 1 else None

    @cached_property
    def _pairs(self) -> frozenset[tuple[str, str]]:
        """Every two words in lower case the article writes one space apart, in order."""
        return frozenset((match.group(1), match.group(2)) for match in _LOWER_PAIR.compiled.finditer(self._prose))

    def _trailing(self, token: str, code: str) -> int | None:
        """ "Kigaliand": a name the article writes alone, then a function word of the paragraph's
        language, in a token written once and on no frequency list."""
        endings = _trailing_words(code)
        if not endings or not token.endswith(endings):
            return None
        grammatical = function_words(code)
        ends = [
            index
            for index in range(MIN_NAME_LETTERS + 1, len(token) - MIN_TRAILING_LETTERS + 1)
            if token[index:] in grammatical and self._counts[token[:index]]
        ]
        if len(ends) != 1 or self._counts[token] > 1 or token.casefold() in (zipf_table(code) or {}):
            return None
        return ends[0]


@functools.cache
def _trailing_words(code: str) -> tuple[str, ...]:
    """The function words that may be glued after a name in language `code`; none where compounds are
    written as one word."""
    if language(code).value("lexicon.compounds", False):
        return ()
    return tuple(word for word in function_words(code) if len(word) >= MIN_TRAILING_LETTERS and word.isalpha())
