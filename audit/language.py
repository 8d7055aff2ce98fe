"""Language identification behind a small interface (placeholder: function words only).

The heuristics issue replaces the internals (script detection, function words, seeded langdetect);
the interface — `identify(document, forced) -> LanguageMap` — stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.document import Document, Paragraph

SUPPORTED = ("en", "fr", "es", "de", "it")
_FUNCTION_WORDS = {
    "en": frozenset("the and of to in is that for with was on are by from this".split()),
    "fr": frozenset("le la les et des du un une est que pour dans sur par avec au".split()),
    "es": frozenset("el la los las y de del que en un una por con para es se".split()),
    "de": frozenset("der die das und ist nicht ein eine mit den dem von zu für auf".split()),
    "it": frozenset("il lo la gli le e di che un una per con del della non è".split()),
}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class LanguageGuess:
    code: str
    confidence: float


@dataclass(frozen=True)
class LanguageMap:
    """The document language and, per paragraph, the language rules should use."""

    document: str
    paragraphs: dict[int, LanguageGuess]

    def of(self, paragraph: Paragraph) -> str:
        guess = self.paragraphs.get(paragraph.start)
        return guess.code if guess else self.document

    def at(self, document: Document, offset: int) -> str:
        """The language of the paragraph holding `offset`, else the document's."""
        for paragraph in document.paragraphs:
            if paragraph.start <= offset <= paragraph.end:
                return self.of(paragraph)
        return self.document


def guess_language(text: str) -> LanguageGuess | None:
    words = [word.lower() for word in _WORD.findall(text)]
    if not words:
        return None
    scores = {code: sum(word in vocabulary for word in words) for code, vocabulary in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda code: scores[code])
    if scores[best] == 0:
        return None
    return LanguageGuess(best, scores[best] / sum(scores.values()))


def identify(document: Document, forced: str | None = None) -> LanguageMap:
    whole = guess_language(document.prose)
    language = forced or (whole.code if whole else "en")
    return LanguageMap(document=language, paragraphs={})
