"""`duplicated-name`: a capitalised name stuttered by MT ("Rahimi Rahimi told reporters").

Transliterated names are where MT systems loop: a first name they cannot render becomes a second copy
of the surname. Some people really are called that ("Abdullah Abdullah", "Boutros Boutros-Ghali"):
the `names` glossaries declare them and this rule stays silent on them. When a `people` glossary
gives the house spelling of the name, the suggestion is that spelling (unsafe: the reader must check
it is the same person); otherwise the finding is report-only.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from audit.findings import Finding, FixSafety
from audit.languages import words
from audit.names import conventions
from audit.prose import LazyPattern
from audit.punctuation import encloses
from audit.rules.base import Context, Rule
from audit.rules.doubled_word import GRAMMATICAL, is_function_word

if TYPE_CHECKING:
    from regex import Match


@functools.cache
def _name_repeat(particles: frozenset[str]) -> LazyPattern:
    """Two identical capitalised tokens ("Rahimi Rahimi"); the particles that open the second copy are
    `between`, and the first copy must follow the same ones ("al-Khatib al-Khatib", "de la Vega de la
    Vega", `_opened`). The match starts at a capital letter, so a paragraph is scanned as fast as for a
    bare repeat. A hyphenated second token ("Boutros Boutros-Ghali") is a compound surname, not an MT
    loop, so it does not match."""
    # Longest first, ties in a fixed order, so the pattern's source is the same in every process.
    joined = "|".join(sorted(particles, key=lambda particle: (-len(particle), particle)))
    between = rf"(?P<between>(?:(?:{joined})(?:-|[ ])){{0,2}})" if joined else "(?P<between>)"
    return LazyPattern(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’])(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}]*(?:['’-]\p{{L}}+)?)[ \t]+{between}(?P=name)"
        r"(?![\p{L}\p{M}\p{N}'’-])"
    )


def _opened(text: str, match: Match) -> int | None:
    """Where the repeat starts: before the particles that open the first copy as they open the second,
    or None when the second copy alone has them ("Khatib al-Khatib")."""
    between = match.group("between")
    if not between:
        # "Boutros-Ghali Ghali": the first copy ends a compound, it is not a name of its own.
        return None if text[match.start() - 1 : match.start()] == "-" else match.start()
    start = match.start() - len(between)
    if start < 0 or text[start : match.start()] != between or (start and text[start - 1].isalpha()):
        return None
    return start


class DuplicatedName(Rule):
    """A capitalised name written twice in a row.

    Why: MT repeats transliterated names it cannot place ("Rahimi Rahimi"); the reader cannot tell
    the first name that was lost. Example: "Rahimi Rahimi told reporters" is flagged; "Abdullah
    Abdullah" (declared in a `names` glossary) is not. Fix: unsafe, to the `people` glossary's house
    spelling when there is one; otherwise report-only.
    """

    id = "duplicated-name"
    summary = "a capitalised name repeated (Rahimi Rahimi), unless declared a real name"
    precedence = 45

    def check(self, context: Context) -> Iterator[Finding]:
        for paragraph in context.document.paragraphs:
            language = context.language_of(paragraph)
            legitimate = context.glossaries.legitimate_repeats(language)
            for match in _name_repeat(conventions(language).particles).finditer(paragraph.text):
                name = match.group("name")
                if is_function_word(name.casefold(), language) or _is_legitimate(match, legitimate):
                    continue
                if name.casefold() in words(language, GRAMMATICAL) or _quoted_title(paragraph.text, match):
                    continue  # "Bye Bye Baby", the song «Bye Bye»: a repeat that is the title itself
                opened = _opened(paragraph.text, match)
                if opened is None:
                    continue
                start, end = paragraph.start + opened, paragraph.start + match.end()
                yield self._finding(context, language, paragraph.text[:opened], name, start, end)

    def _finding(self, context: Context, language: str, before: str, name: str, start: int, end: int) -> Finding:
        house = context.glossaries.house_spelling(name, language)
        message = f"name '{name}' written twice in a row"
        if house is None:
            return self.finding(start, end, message + " (a first name may be lost)")
        # "Zabihullah Mujahid Mujahid": the first name is already there, one copy is enough.
        prefix = house[: house.casefold().rfind(name.casefold())].strip()
        suggestion = name if prefix and before.rstrip().casefold().endswith(prefix.casefold()) else house
        return self.finding(start, end, f"{message}; house spelling: {house}", suggestion, FixSafety.UNSAFE)


def _is_legitimate(match: Match, legitimate: frozenset[str]) -> bool:
    """True when a declared name repeats this word ("abdullah abdullah", "sirhan bishara sirhan sirhan")."""
    if not legitimate:
        return False
    name = match.group("name").casefold()
    return any(_repeats(declared.replace("-", " ").split(), name) for declared in legitimate)


def _repeats(words: list[str], name: str) -> bool:
    return any(first == second == name for first, second in pairwise(words))


def _quoted_title(text: str, match: Match) -> bool:
    """True when the repeat is all a quotation holds («Bye Bye»): a title, not a name MT stuttered."""
    before = text[: match.start()].rstrip("\u00a0\u202f ")[-1:]
    after = text[match.end() :].lstrip("\u00a0\u202f ")[:1]
    return encloses(before, after)
