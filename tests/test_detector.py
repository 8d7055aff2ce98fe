"""The fast detector gives stock langdetect's answers bit for bit: the same n-grams, the same floats.

Stock langdetect here is its own `DetectorFactory`, loaded from the JSON profiles (not through our
disk cache or sparse table) and seeded as ours is; the whole probability list is compared with `==`.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from langdetect.detector_factory import DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from audit.detector import FastDetector
from audit.language import _SCRIPT_LANGUAGES, _factory, script_counts

REPO = Path(__file__).resolve().parent.parent
CORPORA = ("tests/dirty", "tests/clean", "tests/furniture", "samples")
COMPARED = 1000
"""About this many paragraphs of the corpora are compared, spread evenly over them (each comparison
runs stock langdetect once and ours seven times, ≈17 ms): the corpora grow every round, the number of
tests does not."""


@functools.cache
def _stock(script: str) -> DetectorFactory:
    factory = DetectorFactory()
    folder = resources.files("langdetect") / "profiles"
    factory.load_json_profile([(folder / code).read_text(encoding="utf-8") for code in _SCRIPT_LANGUAGES[script][1]])
    factory.set_seed(0)
    return factory


def _answer(detector) -> tuple[list[str], list[float] | str]:  # type: ignore[no-untyped-def]
    """The n-grams a detector extracts and its probability list (or the error it raises)."""
    detector.cleaning_text()
    ngrams = detector._extract_ngrams()
    try:
        detector.get_probabilities()
    except LangDetectException as error:
        return ngrams, repr(error)
    return ngrams, detector.langprob


def _compare(text: str, script: str) -> None:
    stock = _stock(script).create()
    stock.append(text)
    fast = FastDetector(_factory(script))
    fast.append(text)
    assert fast.text == stock.text
    ngrams, probabilities = _answer(stock)
    assert _answer(fast) == (ngrams, probabilities)
    if isinstance(probabilities, list):
        ranked = stock.get_probabilities()
        for language in {"en", "fr", ranked[0].lang if ranked else "en"}:
            for minimum in (0.5, 0.95):
                _compare_unless(text, script, ranked, language, minimum)


def _compare_unless(text: str, script: str, ranked: list, language: str, minimum: float) -> None:  # type: ignore[type-arg]
    """`probabilities_unless` gives stock's ranking, or None only where no other language reaches `minimum`."""
    fast = FastDetector(_factory(script))
    fast.append(text)
    answer = fast.probabilities_unless(language, minimum)
    if answer is None:
        assert fast.langprob is None
        assert not [best for best in ranked if best.lang != language and round(best.prob, 4) >= minimum]
    else:
        assert [(best.lang, best.prob) for best in answer] == [(best.lang, best.prob) for best in ranked]


@pytest.mark.parametrize(
    ("text", "language", "stops"),
    [
        ("The ministry said on Tuesday that the talks would resume next week in the capital.", "en", True),
        ("The ministry said on Tuesday that the talks would resume next week in the capital.", "fr", False),
        ("Le ministère a annoncé mardi que les négociations reprendraient la semaine prochaine.", "en", False),
        ("Le ministère a annoncé mardi que les négociations reprendraient la semaine prochaine.", "fr", True),
    ],
)
def test_a_settled_answer_stops_before_the_last_trial(text: str, language: str, stops: bool) -> None:
    fast = FastDetector(_factory("Latin"))
    fast.append(text)
    answer = fast.probabilities_unless(language, 0.95)
    assert (answer is None) is stops
    assert (fast.langprob is None) is stops


def _paragraphs() -> list[tuple[str, str]]:
    """(paragraph, script) of the test corpora and samples, for the scripts langdetect tells apart."""
    found = []
    for corpus in CORPORA:
        for path in sorted((REPO / corpus).rglob("*")):
            if path.suffix in (".md", ".txt"):
                found += [part for part in path.read_text(encoding="utf-8").split("\n\n") if len(part) >= 20]
    chosen = []
    for paragraph in found[:: max(1, len(found) // COMPARED)]:
        scripts = script_counts(paragraph).most_common(1)  # none for a paragraph of digits and symbols
        if scripts and len(_SCRIPT_LANGUAGES.get(scripts[0][0], ("", ()))[1]) > 1:
            chosen.append((paragraph, scripts[0][0]))
    return chosen


def test_the_corpora_give_enough_paragraphs() -> None:
    paragraphs = _paragraphs()
    assert len(paragraphs) >= 300
    assert {"Latin", "Arabic"} <= {script for _, script in paragraphs}


@pytest.mark.parametrize(("text", "script"), _paragraphs())
def test_corpus_paragraphs_get_stock_answers(text: str, script: str) -> None:
    _compare(text, script)


# Letters of each case, accents, capitals in a row, Vietnamese diacritics (combining marks), digits,
# runs of spaces, punctuation langdetect maps to spaces, and letters of other scripts.
_ALPHABET = "abcdeéèçñşţșțyz ABCÉNATO  \u0300\u0301\u0323 09.,;'’“”—-\t\n@:/жщЖ ثيی\u06cc中あア가ᴀẠỆ"


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(alphabet=_ALPHABET, max_size=400), script=st.sampled_from(["Latin", "Cyrillic", "Arabic"]))
@example(text="", script="Latin")
@example(text="   NATO  EU  ", script="Latin")
@example(text="Visit https://example.org/a?b=1 or mail a.b@example.org today", script="Latin")
@example(text="Министерство обороны сообщило о новых учениях в понедельник", script="Cyrillic")
def test_any_text_gets_stock_answers(text: str, script: str) -> None:
    _compare(text, script)


def test_a_text_longer_than_langdetect_reads_gets_stock_answers() -> None:
    # langdetect reads 10,000 characters; draws from more than 2**14 n-grams take 15 random bits.
    text = (REPO / "samples" / "en-dirty-summit.md").read_text(encoding="utf-8") * 8
    assert len(text) > 10_000
    _compare(text, "Latin")
