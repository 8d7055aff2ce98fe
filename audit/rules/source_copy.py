"""`source-copy`: a target paragraph identical to the source paragraph it stands for.

Pipelines paste the source paragraph when MT fails or times out. Short paragraphs (fewer than four
words: a name, a dateline, a title kept in its language) and paragraphs of mostly capitalised words
(a bibliography reference, a list of names: untranslated's own test for names) are identical on
purpose and stay silent.
Report-only: only a translator can translate it.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding
from audit.prose import WORD, mostly_names
from audit.rules.base import Context, Rule

MIN_WORDS = 4


class SourceCopy(Rule):
    """A paragraph of the translation that is its source paragraph, untranslated (needs --source).

    Why: the reader gets a paragraph in the source language, and monolingual checks miss it when both
    languages share a script. Example: the French source paragraph "Le conseil a voté le budget mardi."
    found as is in the English article. Fix: none (report-only).
    """

    id = "source-copy"
    summary = "a paragraph identical to its source paragraph: left untranslated (--source)"
    precedence = 0

    def check(self, context: Context) -> Iterator[Finding]:
        if context.alignment is None:
            return
        for target, source in context.alignment.pairs():
            words = WORD.findall(target.text)
            if len(words) < MIN_WORDS or mostly_names(words):
                continue
            if _normalised(target.text) == _normalised(source.text):
                yield self.finding(target.start, target.end, "paragraph identical to its source: left untranslated")


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()
