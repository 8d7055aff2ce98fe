"""A body named in the source's word order, for `calqued-institution`: "the Court of the Crown".

French, Arabic, Welsh and the other languages MT translates from put a body's head first and its
modifier after ("Cour de la Couronne", "Hay'at al-Tayaran al-Madani"); English puts the modifier
first in many names ("Crown Court", "Civil Aviation Authority", "Government Council"). MT keeps the
source's order with "of" between: "the Court of the Crown", "the Authority of Civil Aviation", "the
Council of Government". No name is wrong word by word, so no gloss finds it in every country; what
says a calque is that the language writes that body the other way round.

The data (`official.shape.fronted` in languages/<code>/official_names.toml) lists names a language
writes modifier first; each gives the shape "Head of [the] Modifier" and the name to suggest. Names
the language writes in both orders are not listed ("Court of Appeal" and "Appeal Court"), nor those
whose head-first form is another body ("Court of Justice", "Council of Europe"). A run continued by a
capitalised word or a linking word is another, longer name ("the Council of the City of Sydney").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

from audit.gazetteer import literal
from audit.languages import language
from audit.prose import LazyPattern, alternation

_GAP = r"[ \t\u00a0]+"


class Fronted(NamedTuple):
    """One language's head-first forms of its modifier-first names, and the name each stands for."""

    pattern: LazyPattern | None
    names: dict[str, str]
    """The head-first form's key (casefolded words, no apostrophe) → the name as the language writes it."""
    real: frozenset[str]
    """Keys of head-first forms that are some country's own name ("Court of Magistrates" in Malta)."""


@functools.cache
def fronted(code: str) -> Fronted:
    """The head-first forms of language `code` (no pattern when it lists no modifier-first names)."""
    data = language(code)
    listed = data.phrases("official.shape.fronted")
    if not listed:
        return Fronted(None, {}, frozenset())
    articles = alternation(data.words("articles.definite")) or "(?!)"
    linking = [
        word for word in data.phrases("official.linking") if word.casefold() not in data.words("articles.definite")
    ]
    forms = []
    names = {}
    for name in listed:
        *modifier, head = name.split()
        # "Magistrates' Court": MT drops the possessive's apostrophe as often as it keeps it.
        words = _GAP.join(rf"{literal(_bare(word))}(?:['’]s?|s)?" for word in modifier)
        forms.append(
            rf"(?-i:{literal(head[0])}){literal(head[1:])}{_GAP}(?:{alternation(linking)})(?:{_GAP}(?:{articles}))?{_GAP}(?-i:(?=\p{{Lu}})){words}"
        )
        names[_key(head, *modifier)] = name
    pattern = LazyPattern(rf"(?i:(?<![\p{{L}}\p{{M}}\p{{N}}'’-])(?:{'|'.join(forms)})(?![\p{{L}}\p{{M}}\p{{N}}'’-]))")
    real = frozenset(_key(*name.split()) for name in data.phrases("official.shape.head_first"))
    return Fronted(pattern, names, real)


def _bare(word: str) -> str:
    """A word without its possessive mark ("Magistrates'", "Coroner's"), which MT writes or drops."""
    return word.replace("’", "'").removesuffix("'s").removesuffix("'")


def _key(*words: str) -> str:
    """Words as compared: casefolded, without possessive marks or a plural's "s"."""
    return " ".join(_bare(word).casefold().removesuffix("s") for word in words)


def inverted(text: str, code: str, continued: LazyPattern) -> Iterator[tuple[int, int, str]]:
    """The spans of `text` that name a body in the head-first order, with the name the language writes."""
    found = fronted(code)
    if found.pattern is None:
        return
    for match in found.pattern.finditer(text):
        if continued.search(text[match.end() :]):
            continue  # "the Council of the City of Sydney": a longer name
        words = match.group().split()
        if _key(*words) in found.real:
            continue  # "Court of Magistrates": Malta's own English name
        # Head, linking word, the article if any, then the modifier.
        modifier = words[3:] if words[2].casefold() in language(code).words("articles.definite") else words[2:]
        name = found.names.get(_key(words[0], *modifier))
        if name is not None:
            yield match.start(), match.end(), name
