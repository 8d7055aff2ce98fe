"""The source's generic article inside a body's name, for `calqued-institution`: "Ministry of the Health".

French, Spanish, Italian, Portuguese and Arabic put a definite article before a domain noun used
generically ("ministère de la Santé", "Conseil du Café-Cacao", "wizarat al-sihha"); English names write
the noun bare ("Ministry of Health"). MT keeps the article: "the Ministry of the Hydraulics and the
Sanitation", "the Council of the Coffee-Cocoa". The data (`official.shape.generic` in
languages/<code>/official_names.toml) lists the domain nouns; `official.shape.kept` lists those real
names write with "the" ("Ministry of the Interior", "Department of the Environment"), silent whatever
`generic` holds.

A hit is "the" and a listed noun (each part of a hyphenated one listed: "Coffee-Cocoa"), in capitals,
after "of", "for" or "and" inside a name that a body's head word opens ("Ministry", "Council",
"Company"; capitalised words and linking words between), and closing a part of it: a capitalised word
after makes the noun a modifier of another ("the Organization of the Petroleum Exporting Countries"), and
an act's noun before "of" takes "the" in English too (`official.shape.actions`: "Company for the
Transport of Goods").
The fix drops the article, which is certain; the name the press uses may differ still ("Ministry of
Water and Sanitation"), so it is unsafe.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from audit.gazetteer import literal
from audit.languages import language
from audit.prose import LazyPattern, alternation
from audit.rules.institution_shape import body_heads

_GAP = r"[ \t\u00a0]+"
_CAPITAL = r"(?-i:\p{Lu})[\p{L}\p{M}'’-]*"
_SPAN = 8
"""Words a name may hold between its head and the article: capitalised words and linking words."""


@functools.cache
def generic_pattern(code: str) -> LazyPattern | None:
    """The generic articles of language `code` inside names (None when it lists no domain nouns)."""
    data = language(code)
    kept = {noun.casefold() for noun in data.phrases("official.shape.kept")}
    generic = [noun for noun in data.phrases("official.shape.generic") if noun.casefold() not in kept]
    if not generic:
        return None
    heads = body_heads(code) | data.words("official.shape.enterprises")
    articles = alternation(data.words("articles.definite"))
    links = [*data.phrases("official.linking"), *data.phrases("official.shape.conjunctions")]
    linking = alternation(links)
    # Right before the article: a preposition or a conjunction ("of the Hydraulics and the Sanitation").
    joining = alternation(word for word in links if word.casefold() not in data.words("articles.definite"))
    noun = alternation(_GAP.join(literal(word) for word in phrase.split()) for phrase in generic)
    # "Coffee-Cocoa": each part of a hyphenated noun is a domain noun.
    nouns = rf"(?-i:(?=\p{{Lu}}))(?:{noun})(?:-(?-i:(?=\p{{Lu}}))(?:{noun}))*"
    name = (
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’-])(?-i:(?=\p{{Lu}}))(?:{alternation(heads)})"
        rf"(?:{_GAP}(?:{_CAPITAL}|(?:{linking})(?![\p{{L}}\p{{M}}]))){{0,{_SPAN}}}"
        rf"{_GAP}(?:{joining}){_GAP}"
    )
    actions = alternation(data.phrases("official.shape.actions")) or "(?!)"
    source = (
        rf"(?<={name})(?P<article>(?-i:{articles})){_GAP}(?P<noun>{nouns})"
        rf"(?![\p{{L}}\p{{M}}\p{{N}}'’-])(?!{_GAP}(?-i:\p{{Lu}}))"
        # An act before "of" takes the article in English too ("for the Transport of Goods").
        rf"(?!(?<=(?<![\p{{L}}\p{{M}}-])(?:{actions})){_GAP}of(?![\p{{L}}\p{{M}}]))"
    )
    return LazyPattern(rf"(?i:{source})")


def generic_articles(text: str, code: str) -> Iterator[tuple[int, int, str]]:
    """The spans of `text` where a name puts "the" before a domain noun, each with the noun alone."""
    pattern = generic_pattern(code)
    if pattern is None:
        return
    for match in pattern.finditer(text):
        yield match.start(), match.end(), match.group("noun")
