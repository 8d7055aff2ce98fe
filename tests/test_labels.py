"""Photo and source labels of another language (audit/labels.py, languages/<code>/labels.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.labels import KINDS, foreign_labels
from audit.languages import language, shipped_codes
from audit.languages_lint import lint

ARTICLES = ("en", "fr", "de", "es", "it", "pt")
LABELLED = [code for code in shipped_codes() if any(language(code).phrases(f"labels.{kind}") for kind in KINDS)]


def _own(code: str) -> set[str]:
    return {label.casefold() for kind in KINDS for label in language(code).phrases(f"labels.{kind}")}


@pytest.mark.parametrize("code", LABELLED)
def test_every_label_is_foreign_to_the_articles_whose_lists_lack_it_and_silent_in_its_own(code: str) -> None:
    for kind in KINDS:
        for label in language(code).phrases(f"labels.{kind}"):
            line = f"{label} Jan Novak" if label.endswith(".") else f"{label}: Jan Novak"
            for article in ARTICLES:
                found = [line[found.start : found.end] for found in foreign_labels(line, article)]
                expected = (
                    []
                    if label.casefold() in _own(article)
                    else [line[: len(label) + (0 if label.endswith(".") else 1)]]
                )
                assert found == expected, (code, label, article)
            assert list(foreign_labels(line, code)) == []


def test_the_fix_is_the_article_languages_first_label_of_the_same_kind() -> None:
    text = "Chanzo: Shirika la Habari\n\nPicha: Wakimbiaji mjini Nairobi"
    result = audit_text(text, Config(lang="de", unsafe_fixes=True, select=frozenset({"untranslated"})))
    assert [finding.suggestions for finding in result.findings] == [("Quelle:",), ("Foto:",)]
    assert result.fixed_text == "Quelle: Shirika la Habari\n\nFoto: Wakimbiaji mjini Nairobi"


def test_a_label_inside_a_sentence_or_without_its_colon_is_a_word() -> None:
    for text in ("The word picha means picture in Swahili.", "Kuva\n\nThe gallery opened.", "He said: Picha: fine."):
        assert list(foreign_labels(text, "en")) == [], text


def test_the_lint_wants_labels_as_a_page_writes_them(tmp_path: Path) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "labels.toml").write_text('[labels]\nphoto = ["foto", "Bild:"]\nsource = ["Quelle", "Quelle"]\n')
    problems = "\n".join(lint(tmp_path))
    assert "'foto' must be capitalised" in problems
    assert "'Bild:' is written without its colon" in problems
    assert "'Quelle' is listed twice" in problems
