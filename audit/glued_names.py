"""A space lost beside a name that the article also writes on its own: "inNewport", "duLaos",
"l'Afghanistanha", "TamilNadu".

The language's word lists (audit/lexicon.py) cannot split these: a name is on no list, and a short
function word glued to a capital leads brands and surnames as often as it is a slip ("deGrasse",
"eBay"). The article is the evidence. When it writes "Newport", "Laos" or "Afghanistan" as a word of its
own, the same name glued to a function word of the paragraph's language lost a space; so did two
capitalised words it also writes apart ("TamilNadu" beside "Tamil Nadu").

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

_WORD = LazyPattern(r"(?<![\p{L}\p{M}\p{N}@#_-])[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}@_-])")


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
            return self._trailing(token, code) if token[0].isupper() else None
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
