"""The `untranslated` rule's cheap tests: reordered and shortened for speed (issue 9), never changed.

Behaviour is covered by tests/cases/untranslated.toml; here the fast forms are held to the plain ones.
"""

from __future__ import annotations

from pathlib import Path

from audit.document import Document
from audit.language import MIN_DETECT_LETTERS, Identifier, function_word_guess, function_word_hits
from audit.markup import Markup
from audit.prose import WORD, mostly_names, sentence_spans
from audit.rules.untranslated import (
    MIN_STRANGER_LETTERS,
    MIN_WORDS,
    _Candidate,
    _candidate,
    _stranger,
    _unnamed,
)
from audit.strangers import QUOTATION, Strangers, quoted

CLEAN = Path(__file__).parent / "clean"


def _plain_candidate(text: str, language: str) -> _Candidate | None:
    """`_candidate` with its tests in the order the rule's reasoning gives them, each computed afresh."""
    if quoted(text):
        return None
    text = QUOTATION.sub(" ", text)
    words = WORD.findall(text)
    if len(words) < MIN_WORDS or mostly_names(words):
        return None
    hits = function_word_hits(text)
    stranger = _stranger(text, words, language, hits)
    if sum(map(str.isalpha, text)) < (MIN_STRANGER_LETTERS if stranger else MIN_DETECT_LETTERS):
        return None
    cheap = function_word_guess(text)
    if cheap is not None and cheap.code == language:
        return None
    if cheap is None and not stranger and (hits[language] or _unnamed(words) < MIN_WORDS + 2):
        return None
    return _Candidate(text, cheap, hits)


def test_candidates_of_the_clean_articles_are_those_of_the_plain_tests() -> None:
    # Every clean sentence judged as if in an English, a German and a French article: own-language,
    # foreign, stranger and short sentences, quotations and names all occur.
    sentences = [
        paragraph.text[start:end]
        for path in sorted(CLEAN.glob("*/*.md"))
        for paragraph in Document.parse(path.read_text(encoding="utf-8"), Markup.MARKDOWN).paragraphs
        for start, end in sentence_spans(paragraph.text)
    ]
    assert len(sentences) > 1000
    for language in ("en", "de", "fr"):
        identifier = Identifier()
        found = [_candidate(sentence, language, identifier) for sentence in sentences]
        assert found == [_plain_candidate(sentence, language) for sentence in sentences]
        assert any(found) and not all(found)


def test_short_segments_of_clean_articles_never_reach_langdetect() -> None:
    # Issue 9: the short-segment path (audit/strangers.py) must cost no langdetect call on ordinary
    # prose; every clean sentence and clause holds a word of its language or lacks a second sign.
    calls = sentences = 0
    for path in sorted(CLEAN.glob("*/*.md")):
        document = Document.parse(path.read_text(encoding="utf-8"), Markup.MARKDOWN)
        identifier = Identifier()
        strangers = Strangers(document.prose, path.parent.name, identifier)
        for paragraph in document.paragraphs:
            spans = sentence_spans(paragraph.text)
            sentences += len(spans)
            assert list(strangers.find(paragraph.text, spans)) == [], path
        calls += identifier.detector_calls
    assert sentences > 1000 and calls == 0


def test_a_short_sentence_in_another_language_is_found_by_its_letters_mark_or_function_words() -> None:
    identifier = Identifier()
    found = {
        (language, text): guess.code if (guess := Strangers(text, language, identifier).judge(text)) else None
        for language, text in [
            ("en", "Cá về muộn quá."),  # letters English never writes
            ("it", "¿Dónde está el agua del río?"),  # a mark only Spanish writes
            ("de", "This is not a drill."),  # two English function words
            ("fr", "Dym z komina to nie jest nasza tradycja."),  # six words, none French
            ("en", "Ora et labora."),  # one French function word in Latin: no sign
            ("en", "Nguyễn Thị Lan."),  # names
        ]
    }
    assert list(found.values()) == ["vi", "es", "en", "pl", None, None]
