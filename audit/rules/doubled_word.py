"""`doubled-word`: the same word twice in a row ("the the"), or a repetition loop ("pride pride pride").

Some repeats are grammar, not errors, and stay silent: English "had had" and "that that", French
"nous nous" and "vous vous" (reflexive), German "die die" after a comma (relative pronoun + article)
and "sie sie". A word the language neither lists nor writes often, doubled in two places or more, is a
reduplicated term of another language ("boda boda" in a Kampala story). Capitalised repeats that are
not function words are names: `duplicated-name` reports those. Numbers repeat in tables and scores
("2 2"), so digits are left alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.findings import Finding, FixSafety
from audit.language import FUNCTION_WORDS
from audit.languages import words
from audit.lexicon import common, vocabulary
from audit.prose import LazyPattern
from audit.punctuation import starts_sentence
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    from regex import Match

# Per language (languages/<code>/grammar.toml): "repeats.grammatical" are repeats that are grammar or
# idiom; "repeats.droppable" short unambiguous words whose doubling is always a slip (the fix may drop
# one copy safely); "repeats.relative" articles that repeat as relative pronoun + article after a comma
# or after one of "repeats.conjunctions" (German ", die die Regierung", "dass das das beste Ergebnis"):
# grammar there, and elsewhere probably an error that the reader must decide (no safe fix).
GRAMMATICAL, DROPPABLE = "repeats.grammatical", "repeats.droppable"
_RELATIVE, _CONJUNCTIONS = "repeats.relative", "repeats.conjunctions"


def is_function_word(word: str, language: str) -> bool:
    """True for a casefolded article, preposition or conjunction of `language` (never a name)."""
    return word in FUNCTION_WORDS.get(language, ()) or word in words(language, DROPPABLE)


# English strands a preposition before another that opens a time: "he gave in in 1990", "she had
# waited for for years", "logged on on Monday", "looked at at least twice" are grammar.
_STRANDED = LazyPattern(
    r"(?i)^(in|on|for|at)[ \t]+\1[ \t]+(?:\p{N}|(?:least|years|months|weeks|days|hours|decades|ages|january"
    r"|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)\b)"
)
_LETTERS = LazyPattern(r"[\p{L}\p{M}]+")
_REPEAT = LazyPattern(r"(?i)(?<![\p{L}\p{M}\p{N}'’-])([\p{L}\p{M}]+)(?:[ \t]+\1)+(?![\p{L}\p{M}\p{N}'’-])")


class DoubledWord(Rule):
    """The same word written twice in a row.

    Why: MT systems and hurried edits stutter ("the the", "le le"); readers notice at once. Example:
    "He said the the report was late." → "He said the report was late." Fix: safe for articles,
    prepositions and conjunctions, whose doubling is never meant; unsafe for other words (a repeat may
    be emphasis); none for German articles outside the comma pattern.
    """

    id = "doubled-word"
    summary = "a word repeated twice in a row (the the, le le)"
    precedence = 40

    def check(self, context: Context) -> Iterator[Finding]:
        found = [
            (paragraph, context.language_of(paragraph), match)
            for paragraph in context.document.paragraphs
            for match in _REPEAT.finditer(paragraph.text)
        ]
        pairs = Counter(_LETTERS.findall(match.group())[0].casefold() for _, _, match in found)
        for paragraph, language, match in found:
            finding = self._finding(paragraph.text, paragraph.start, match, language, pairs)
            if finding is not None:
                yield finding

    def _finding(self, text: str, offset: int, match: Match, language: str, pairs: Counter[str]) -> Finding | None:
        copies = _LETTERS.findall(match.group())
        first, word = copies[0], copies[0].casefold()
        if len({copy.casefold() for copy in copies}) > 1:
            return None
        if len(copies) == 2 and word in words(language, GRAMMATICAL):
            return None
        if len(copies) == 2 and pairs[word] >= 2 and _foreign_term(word, language):
            return None  # "boda boda" three times in a Kampala story: a reduplicated loanword, not a slip
        if len(copies) == 2 and language == "en" and _STRANDED.search(text[match.start() :]):
            return None
        if first[0].isupper() and all(copy == first for copy in copies):
            if not is_function_word(word, language):
                return None  # "Rahimi Rahimi": a name, reported by duplicated-name
            if not starts_sentence(text, match.start(), language) and _title_goes_on(text, match.end()):
                return None  # "le film La La Land": a title; a slip capitalises the first copy only
        safety: FixSafety | None = FixSafety.UNSAFE
        if word in words(language, _RELATIVE) and len(copies) == 2:
            before = text[: match.start()].rstrip()
            if before.endswith(",") or before.casefold().endswith(tuple(words(language, _CONJUNCTIONS))):
                return None
            safety = None
        elif word in words(language, DROPPABLE):
            safety = FixSafety.SAFE
        start, end = offset + match.start(), offset + match.end()
        times = "twice" if len(copies) == 2 else f"{len(copies)} times"
        return self.finding(start, end, f"'{first}' written {times} in a row", first, safety)


def _foreign_term(word: str, language: str) -> bool:
    """True for a word the language neither lists nor writes often (audit/lexicon.py): doubled in more
    than one place, it is a reduplicated term of another language ("boda boda", "pula pula")."""
    return not is_function_word(word, language) and word not in vocabulary(language) and word not in common(language)


def _title_goes_on(text: str, end: int) -> bool:
    """True when a capitalised word or a closing quote follows: "La La Land", «Bye Bye»; not "He He is"."""
    after = text[end:].lstrip(" \t\u00a0\u202f")[:1]
    return after.isupper() or (bool(after) and after in '»”"’“«')
