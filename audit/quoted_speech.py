"""Quoted speech left in another language: „Biz heç nəyi gizlətmirik.“ in a German article.

Why a path of its own: `untranslated` and audit/strangers.py leave quoted words alone, since titles,
slogans and mottos are quoted in their language on purpose. But a translation that keeps what a speaker
said in the source language, with no translation beside it, leaves the reader a quotation they cannot
read ("Asked whether he understood, he answered: "Kaltės nepripažįstu.""). A quotation is judged here
only when it stands as speech — it ends a sentence or a clause inside its marks, follows a colon, or
is followed by a comma and a reporting verb — and only when no translation stands beside it: a
quotation glossed in brackets or after a dash (« Sto lat » (« cent ans »)), or inside brackets itself,
is a source quote kept on purpose. Its words must rule the document language out on their own: not one
is a word the language data lists or the article writes elsewhere, and its frequency list holds at most
one in three of them; then langdetect must name another language than the document's.
English is left out: pages keep English quotations untranslated on purpose far more often than not.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.language import LanguageGuess
from audit.languages import words as words_of
from audit.prose import WORD, LazyPattern
from audit.strangers import LEFT_IN, QUOTATION, Strangers
from audit.word_frequency import zipf_table

MIN_WORDS = 2
"""The words (names aside) a quotation needs: one word is an exclamation or a term ("Smacznego")."""
MIN_CONFIDENCE = 0.7
"""The langdetect probability needed: the words have already ruled the document language out."""
GLOSS_REACH = 12
"""How far after a quotation a bracket, a dash or another quotation may open its translation."""

# Marks that end what a speaker said, inside the quotation.
_SPOKEN_END = LazyPattern(r"[.!?…,]\s*\Z")
# A bracket, a dash or a quotation mark that opens a translation right after a quotation.
_GLOSS = LazyPattern(r"\A[\s,:]*(?:[(\[–—-]|[„“«»\"])")


def foreign_quotations(text: str, strangers: Strangers) -> Iterator[tuple[int, int, LanguageGuess]]:
    """The (start, end, guess) of each quotation of `text` in another language than the document's,
    quoted as speech and left without a translation; the span is the quotation's words, marks aside."""
    if not any(mark in text for mark in '„“«»"'):
        return  # the common case: no quotation
    table = zipf_table(strangers.language)
    if table is None:
        return
    reporting = words_of(strangers.language, "names.reporting")
    for match in QUOTATION.finditer(text):
        if match.group()[0] in "*_":
            continue  # italics: a term or a proverb, set apart on purpose
        start, end = match.start() + 1, match.end() - 1
        inner = text[start:end]
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip())
        if start >= end or not _spoken(text, match.start(), match.end(), text[start:end], reporting):
            continue
        if _glossed(text, match.start(), match.end()):
            continue
        guess = _language(text[start:end], strangers, table)
        if guess is not None:
            yield start, end, guess


def _spoken(text: str, opening: int, closing: int, inner: str, reporting: frozenset[str]) -> bool:
    """True when the quotation stands as speech: it ends a sentence or a clause inside its marks, a
    colon introduces it, or a comma and a reporting verb follow it (« Kami kewalahan », dit-elle)."""
    if _SPOKEN_END.search(inner) is not None or text[:opening].rstrip().endswith(":"):
        return True
    after = text[closing:].lstrip()
    if not after.startswith(","):
        return False
    following = WORD.search(after)
    return following is not None and following.group().casefold() in reporting


def _glossed(text: str, opening: int, closing: int) -> bool:
    """True when a translation stands beside the quotation: a bracket, a dash or another quotation opens
    right after it, or brackets enclose it."""
    before = text[:opening].rstrip()[-1:]
    return before in ("(", "[") or _GLOSS.search(text[closing : closing + GLOSS_REACH]) is not None


def _language(segment: str, strangers: Strangers, table: dict[str, float]) -> LanguageGuess | None:
    """The language of a quotation none of whose words the document language writes, else None."""
    words = [word for word in WORD.findall(segment) if not word[0].isdigit()]
    # Capitalised words after the first are names, nobody's words.
    content = [word for index, word in enumerate(words) if index == 0 or word[0].islower()]
    if len(content) < MIN_WORDS or not all(word.isalpha() for word in content):
        return None
    folded = [word.casefold() for word in content]
    if any(strangers.own(word, folded.count(word.casefold())) for word in content):
        return None
    # One word in three may be on the list: short words are on every list ("nan", "biz").
    common = [word for word in folded if word in table]
    if len(common) > len(folded) // 3 or len(folded) - len(common) < MIN_WORDS:
        return None
    detected = strangers.identifier.detect_rival(segment, strangers.language, MIN_CONFIDENCE)
    if detected is None or detected.code in (strangers.language, LEFT_IN) or detected.confidence < MIN_CONFIDENCE:
        return None
    return detected
