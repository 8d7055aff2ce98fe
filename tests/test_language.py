"""Language identification: script first, function words second, seeded langdetect last and only on long segments."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from audit.document import Document
from audit.language import (
    _BEYOND_LATIN,
    MIN_DETECT_LETTERS,
    Identifier,
    function_word_guess,
    function_word_hits,
    identify,
    script_counts,
    script_of,
    scripts_of,
)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Le ministre est arrivé", "Latin"),
        ("Министр прибыл в понедельник", "Cyrillic"),
        ("وصل الوزير يوم الاثنين", "Arabic"),
        ("部长周一抵达", "Han"),
        ("大臣は月曜日に到着した", "Han"),
        ("장관이 월요일에 도착했다", "Hangul"),
        ("Ο υπουργός έφτασε", "Greek"),
        ("ඇමතිවරයා පැමිණියේය", "Sinhala"),
    ],
)
def test_script_of_a_segment(text: str, script: str) -> None:
    assert script_counts(text).most_common(1)[0][0] == script


def test_non_latin_scripts_are_identified_without_langdetect() -> None:
    identifier = Identifier()
    assert identifier.guess("ඇමතිවරයා සඳුදා පැමිණියේය").code == "si"
    assert identifier.guess("وصل الوزير").code == "ar"
    assert identifier.detector_calls == 0
    assert scripts_of("ja") == {"Kana", "Han"} and scripts_of("fr") == {"Latin"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The minister said that the talks had failed and that he would resign.", "en"),
        ("Le ministre a déclaré que les négociations avaient échoué et qu’il allait démissionner.", "fr"),
        ("El ministro dijo que las negociaciones habían fracasado y que iba a dimitir.", "es"),
        ("Der Minister sagte, dass die Gespräche gescheitert seien und er zurücktreten werde.", "de"),
        ("Il ministro ha detto che i negoziati sono falliti e che si dimetterà della carica.", "it"),
        ("O ministro disse que ele não vai aceitar a proposta, mas isso pode mudar nas próximas semanas.", "pt"),
    ],
)
def test_function_words_decide_clear_sentences_without_langdetect(text: str, language: str) -> None:
    identifier = Identifier()
    guess = identifier.guess(text)
    assert guess is not None and guess.code == language and guess.method == "function-words"
    assert identifier.detector_calls == 0


def test_function_words_abstain_on_thin_evidence() -> None:
    # The measured langdetect failure ("French, 0.99999"): too short, and no function-word margin.
    assert function_word_guess("Please enter your comment!") is None
    assert Identifier().guess("Please enter your comment!") is None


def test_langdetect_is_asked_only_on_long_doubtful_segments() -> None:
    identifier = Identifier()
    doubtful = "Acesta este un exemplu scurt în limba română pentru detectarea limbii textului."
    assert len(doubtful) >= MIN_DETECT_LETTERS
    guess = identifier.guess(doubtful)
    assert guess is not None and guess.code == "ro" and guess.method == "langdetect"
    assert identifier.detector_calls == 1
    identifier.guess("Acesta este un exemplu.")
    assert identifier.detector_calls == 1


def test_langdetect_results_are_seeded() -> None:
    text = "Acesta este un exemplu scurt în limba română pentru detectarea limbii textului."
    assert {Identifier().detect(text) for _ in range(5)} == {Identifier().detect(text)}


def test_the_global_langdetect_factory_is_left_alone() -> None:
    from langdetect import detector_factory

    Identifier().detect("Acesta este un exemplu scurt în limba română pentru detectarea limbii textului.")
    assert detector_factory._factory is None or detector_factory.DetectorFactory.seed is None


def test_document_language_is_the_letter_weighted_vote() -> None:
    text = (
        "The government said on Monday that the talks with the unions would resume next week.\n\n"
        "Le ministre a dit que les négociations avaient échoué.\n\n"
        "The unions said that they were ready for the talks and that they had a plan."
    )
    languages = identify(Document.parse(text))
    assert languages.document == "en"
    french = Document.parse(text).paragraphs[1]
    assert languages.of(french) == "fr"
    assert languages.at(Document.parse(text), french.start + 3) == "fr"


def test_forced_language_overrides_the_document_language_only() -> None:
    text = "The government said on Monday that the talks with the unions would resume next week."
    document = Document.parse(text)
    languages = identify(document, forced="de")
    assert languages.document == "de" and languages.forced
    assert languages.of(document.paragraphs[0]) == "en"


def test_paragraphs_without_evidence_fall_back_to_the_document_language() -> None:
    document = Document.parse("Le ministre a dit que les négociations avaient échoué et qu’il partait.\n\nOK!")
    languages = identify(document)
    assert languages.guess(document.paragraphs[1]) is None
    assert languages.of(document.paragraphs[1]) == "fr"


def test_an_unsure_langdetect_answer_is_no_guess() -> None:
    # A podium list of names and times: langdetect said Indonesian with 0.43; the document language applies.
    podium = "1. Daniel Chebet (Kenya), 2h06'41\"\n2. Abebe Tesfaye (Etiopia), 2h07'19\"\n3. Luca Moretti (Italia), 2h08'15\""
    identifier = Identifier()
    assert identifier.guess(podium) is None
    assert identifier.detector_calls == 1


# Characters from the ranges where script_counts takes a short cut, and from around them: ASCII,
# Latin-1 (with its non-letters "²" and "ª"), Latin Extended, Vietnamese, typographic punctuation,
# combining marks, and letters of other scripts.
_MIXED = st.text(
    st.one_of(
        st.characters(max_codepoint=0x2FF),
        st.characters(min_codepoint=0x1DF0, max_codepoint=0x2080),
        st.sampled_from("жبΩ中かהक\u0301\u00a0ℓⅫ𝐀"),
    ),
    max_size=40,
)


@given(_MIXED)
@example("Paris, 2024 — “ok”")
@example("²ª ℓ ϕ")
def test_script_counts_equal_a_count_letter_by_letter(text: str) -> None:
    assert script_counts(text) == Counter(script_of(character) for character in text if character.isalpha())


def test_every_letter_outside_the_foreign_class_is_latin() -> None:
    # script_counts skips script_of for a text without a character of _BEYOND_LATIN.
    outside = (chr(code) for code in range(0x110000) if not 0xD800 <= code <= 0xDFFF)
    strays = [c for c in outside if c.isalpha() and _BEYOND_LATIN.search(c) is None and script_of(c) != "Latin"]
    assert strays == []


@given(_MIXED)
def test_an_identifier_keeps_the_counts_of_the_functions(text: str) -> None:
    identifier = Identifier()
    for _ in range(2):
        assert identifier.scripts(text) == script_counts(text)
        assert list(identifier.hits(text).items()) == list(function_word_hits(text).items())
    identifier.forget()
    assert not identifier._scripts and not identifier._hits


def test_function_word_guess_takes_the_hits_it_would_count() -> None:
    text = "Le ministre a déclaré que les négociations avaient échoué et qu’il allait démissionner."
    assert function_word_guess(text, function_word_hits(text)) == function_word_guess(text)
