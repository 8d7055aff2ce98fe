"""Language data (languages/<code>/*.toml): loaded per language, linted, and what it changes in the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.language import Identifier, function_word_guess
from audit.languages import language, shipped_codes
from audit.prose import is_abbreviation, sentence_spans
from tests.conftest import REPO, run_cli

ROMANIAN = [
    "Ministrul de finanțe a spus de asemenea că planul de reformă va fi prezentat de guvern la sfârșitul lunii.",
    "Echipa de fotbal a câștigat meciul de sâmbătă cu doi la zero în fața a mii de spectatori.",
    "Primarul a declarat că lucrările de la podul vechi vor începe în luna mai și vor dura un an.",
]


@pytest.mark.parametrize("text", ROMANIAN)
def test_a_romanian_paragraph_is_not_called_dutch(text: str) -> None:
    # Issue 8: "de" sat only in the Dutch evidence, so these were Dutch with confidence 0.94.
    guess = Identifier().guess(text)
    assert guess is not None and guess.code == "ro"
    fast = function_word_guess(text)
    assert fast is None or fast.code == "ro"


def test_english_paragraphs_around_a_romanian_one_are_not_untranslated() -> None:
    text = (
        "The mayor of the city said on Tuesday that the repair works on the old bridge would start in May and "
        "would last twice as long as planned.\n\n"
        f"{ROMANIAN[0]}\n\n"
        "The opposition said it would ask for the full costs to be published before the council votes next week.\n"
    )
    result = audit_text(text, Config(select=frozenset({"untranslated"})))
    assert result.language == "en"
    assert [(text[finding.start : finding.start + 9], finding.rule) for finding in result.findings] == [
        ("Ministrul", "untranslated")
    ]
    assert "'ro'" in result.findings[0].message


def test_every_supported_language_has_its_data_folder() -> None:
    assert {"en", "fr", "de", "es", "it", "pt", "nl"} <= set(shipped_codes())
    for code in ("en", "fr", "de", "es", "it", "pt", "nl"):
        assert language(code).words("function_words")
        assert language(code).value("quotes.pairs")
        assert language(code).value("numbers.grouping")
        assert language(code).words("abbreviations.titles")


@pytest.mark.parametrize(
    ("text", "period", "code", "expected"),
    [
        ("She said no.Then", 11, "en", False),  # "no." only abbreviates before a number
        ("No. 10 Downing Street", 2, "en", True),
        ("founded in 1850 (est. 1850)", 20, "en", True),
        ("La ville est. Puis", 12, "fr", False),  # "est" is a verb in French
        ("o presidente da. Câmara", 15, "pt", False),  # "da" is a preposition in Portuguese
        ("die Firma z.B. Siemens", 13, "de", True),
        ("la Dra. Gómez", 6, "es", True),
    ],
)
def test_abbreviations_belong_to_their_language(text: str, period: int, code: str, expected: bool) -> None:
    assert text[period] == "."
    assert is_abbreviation(text, period, code) is expected


def test_sentences_split_after_no_and_est_where_they_are_words() -> None:
    english = "Asked if he would stay, he said no. Then he left."
    assert len(sentence_spans(english, "en")) == 2
    french = "La décision est. Puis le vote a eu lieu."
    assert len(sentence_spans(french, "fr")) == 2


def test_the_shipped_language_data_lints_clean_against_the_clean_corpus() -> None:
    completed = run_cli("languages", "lint", "--clean", str(REPO / "tests" / "clean"))
    assert completed.returncode == 0, completed.stderr.decode()
    assert completed.stderr == b""


def test_lint_reports_each_problem_on_one_line_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "aa").mkdir()
    (tmp_path / "bb").mkdir()
    (tmp_path / "aa" / "evidence.toml").write_text('function_words = ["zz", "Qq"]\n', encoding="utf-8")
    (tmp_path / "aa" / "quotes.toml").write_text(
        'function_words = ["yy"]\n[quotes]\npairs = [["«"]]\n', encoding="utf-8"
    )
    (tmp_path / "bb" / "evidence.toml").write_text('function_words = ["zz"]\nspelling = true\n', encoding="utf-8")
    completed = run_cli("languages", "lint", "--root", str(tmp_path))
    assert completed.returncode == 2
    lines = completed.stderr.decode().splitlines()
    assert any("quotes.toml" in line and "function_words is already defined in evidence.toml" in line for line in lines)
    assert any("'Qq' must be written in lower case" in line for line in lines)
    assert any("quotes.pairs must be" in line for line in lines)
    assert any("unknown key spelling" in line for line in lines)
    assert any("'zz' is evidence for aa and bb" in line for line in lines)
    assert all(line.startswith("mtaudit: ") and "Traceback" not in line for line in lines)


def test_lint_names_a_clean_word_the_fused_word_check_would_split(tmp_path: Path) -> None:
    (tmp_path / "en").mkdir()
    # "thebook" is not a word: a clean article writing it shows the lexicon needs it, or the text a fix.
    (tmp_path / "en" / "article.md").write_text("He said the thebook was new.\n", encoding="utf-8")
    completed = run_cli("languages", "lint", "--clean", str(tmp_path))
    assert completed.returncode == 2
    assert "'thebook' is a word, not two: add it to languages/en/lexicon.toml" in completed.stderr.decode()


def test_a_language_without_a_lexicon_never_splits_fused_words() -> None:
    from audit.lexicon import fused_split

    assert not language("nl").words("lexicon.words")
    assert fused_split("hetkabinet", "nl") is None
    assert fused_split("governmentsaid", "en") == len("government")


def test_lint_reports_a_malformed_name_respelling_and_order(tmp_path: Path) -> None:
    (tmp_path / "aa").mkdir()
    (tmp_path / "aa" / "names.toml").write_text(
        '[names]\nrespellings = [["c", "dj"], ["zh"]]\norder_abroad = 1\nfamily_names = ["kim"]\n', encoding="utf-8"
    )
    completed = run_cli("languages", "lint", "--root", str(tmp_path))
    lines = completed.stderr.decode().splitlines()
    assert completed.returncode == 2
    assert any("names.respellings must be a list of [written, rendered] pairs" in line for line in lines)
    assert any("names.order_abroad must be a str" in line for line in lines)
    assert not any("family_names" in line for line in lines)
