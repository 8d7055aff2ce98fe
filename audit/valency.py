"""Verbs of saying, praising, warning, stressing and reminding given a complement they do not take.

MT keeps the source verb's construction where the target verb takes another: Arabic أشار إلى أن comes
out as "pointed that" (English: "pointed out that"), ذكّر بأن as "the ministry reminded that" (remind
needs an object), French "a pointé que", German "Sie wies darauf, dass" (hinweisen: "wies darauf hin,
dass"), Portuguese "afirmou sobre a importância" (afirmar takes a direct object). The verbs are data
(`valency.verb` in languages/<code>/grammar.toml): the verb's forms in the idiom group syntax, so one
line covers its tenses and persons through the inflection classes of the language's idiom file
(`point(~verb)`, `pont(~er)`, audit/idioms.py); the complement it may not take (alternatives split by
`|`); words after that complement that make it grammar again ("pointed that out"); and what the press
writes. Between the verb and the complement stand at most `GAP` adverbs of `valency.adverbs` ("pointed
also that"); any other word ends the match, so "reminded reporters that" and "pointed to the fact that"
stay silent. A word of `valency.not_after` in the two words before the verb makes it a passive or a reflexive
("was reminded that", "sich erinnern, dass"), which takes the complement.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import NamedTuple

from audit.idioms import forms, index
from audit.languages import language
from audit.prose import LazyPattern, alternation

GAP = 2
"""The most adverbs between a verb and its complement: "pointed also that", "wies zudem erneut darauf"."""
_BEFORE = r"(?<![\p{L}\p{M}\p{N}'’-])"
_LETTER_AFTER = r"(?![\p{L}\p{M}\p{N}])"
# The two words before a verb: an adverb may stand between the auxiliary and the verb ("was also reminded").
_WORDS_BEFORE = LazyPattern(r"(?:([\p{L}\p{M}]+)[\s\u00a0]+)?([\p{L}\p{M}]+)[\s\u00a0]+$")


class Verb(NamedTuple):
    """One verb of a language's valency table and the pattern of its wrong complement."""

    pattern: LazyPattern
    says: str


class Hit(NamedTuple):
    """A verb and the complement it does not take: `text[start:end]` runs from the verb to the complement."""

    start: int
    end: int
    says: str


def _complement(written: str) -> str:
    """A complement alternative as a pattern: white space stretches, either apostrophe, a comma may
    follow a space, and a complement that ends in a letter ends a word ("que" is not "quelques")."""
    pattern = ""
    for character in written:
        if character == " ":
            pattern += r"[\s\u00a0]+"
        elif character in "'’":
            pattern += "['’]"
        elif character == ",":
            pattern += r"[\s\u00a0]*,"
        else:
            pattern += alternation([character])
    lead = r"[\s\u00a0]*" if written.startswith(",") else r",?[\s\u00a0]+"
    return lead + pattern + (_LETTER_AFTER if written[-1].isalpha() else "")


@functools.cache
def verbs(code: str) -> tuple[Verb, ...]:
    """The valency table of language `code` as patterns (empty when it ships none)."""
    data = language(code)
    table = data.value("valency.verb", [])
    if not table:
        return ()
    # From the idiom index of the disk cache, which a check loads anyway: reading the idiom file's TOML
    # put tomllib and a few milliseconds into every one-file check (issue 9).
    classes = index(code).inflection
    adverbs = data.phrases("valency.adverbs")
    gap = rf"(?:,?[\s\u00a0]+(?:{alternation(adverbs)})){{0,{GAP}}}" if adverbs else ""
    found = []
    for entry in table:
        verb = alternation(forms(entry["verb"], classes))
        wrong = "|".join(_complement(item) for item in entry["wrong"].split("|"))
        unless = entry.get("unless", "")
        guard = rf"(?![\s\u00a0]+(?:{alternation(unless.split('|'))}){_LETTER_AFTER})" if unless else ""
        source = rf"(?i){_BEFORE}(?:{verb}){_LETTER_AFTER}{gap}(?:{wrong}){guard}"
        found.append(Verb(LazyPattern(source), entry["says"]))
    return tuple(found)


def find(text: str, code: str) -> Iterator[Hit]:
    """The verbs of `text` (language `code`) followed by a complement they do not take."""
    table = verbs(code)
    if not table:
        return
    data = language(code)
    not_after, adverbs = data.words("valency.not_after"), data.words("valency.adverbs")
    for verb in table:
        for match in verb.pattern.finditer(text):
            before = _WORDS_BEFORE.compiled.search(text, max(0, match.start() - 60), match.start())
            if before is not None and _after(before.groups(), not_after, adverbs):
                continue  # "was reminded that", "sich erinnern, dass": a passive or a reflexive
            yield Hit(match.start(), match.end(), verb.says)


def _after(words: tuple[str | None, str], not_after: frozenset[str], adverbs: frozenset[str]) -> bool:
    """True when the verb follows a word of `not_after`, right before it or across one adverb ("was
    also reminded"); two words back otherwise belong to the subject ("la maire pointe que")."""
    earlier, last = (word.casefold() if word else "" for word in words)
    return last in not_after or (last in adverbs and earlier in not_after)
