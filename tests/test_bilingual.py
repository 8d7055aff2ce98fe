"""Bilingual checks: `check --source` and the config's `source` mapping, on pairs written for the tests,
and on real MT output with its source (shared/data/mlqe-pe) for unbalanced-quote."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.bilingual import align, numbers
from audit.config import Config
from audit.engine import audit_text
from audit.rules.unbalanced_quote import unbalanced_kinds
from tests.conftest import REPO, run_cli

BILINGUAL = ("source-number", "source-copy", "paragraph-count", "length-ratio")
SOURCE = """\
أعلنت البلدية يوم الثلاثاء أن ١٬٢٥٠ منزلا تضررت بسبب الفيضانات التي ضربت المدينة في نهاية الأسبوع.

وقال رئيس البلدية إن فرق الإنقاذ أجلت ٣٤٠ عائلة من الأحياء المنخفضة قرب النهر.

وأضاف أن المدارس ستبقى مغلقة حتى يوم الاثنين على الأقل، وأن الحكومة وعدت بمساعدة عاجلة.

وقدّرت السلطات كلفة الأضرار بنحو ٢٫٥ مليون دولار.
"""
FAITHFUL = """\
The municipality announced on Tuesday that 1,250 homes were damaged by the floods that hit the city at the weekend.

The mayor said rescue teams had evacuated 340 families from low-lying districts near the river.

He added that schools would remain closed until Monday at least, and that the government had promised urgent aid.

The authorities put the cost of the damage at about 2.5 million dollars.
"""


def _bilingual(target: str, source: str, lang: str = "en") -> list[tuple[str, str]]:
    result = audit_text(target, Config(select=frozenset(BILINGUAL), lang=lang), source=source)
    return [(finding.rule, target[finding.start : finding.end]) for finding in result.findings]


def test_faithful_translation_is_silent() -> None:
    assert _bilingual(FAITHFUL, SOURCE) == []


def test_changed_arabic_digit_number_is_flagged_at_the_target_number() -> None:
    changed = FAITHFUL.replace("340 families", "430 families")
    assert _bilingual(changed, SOURCE) == [("source-number", "430")]


def test_paragraph_left_in_the_source_language_is_flagged() -> None:
    source = "Le conseil a voté le budget mardi soir.\n\nLa séance a duré trois heures et demie."
    target = "The council passed the budget on Tuesday evening.\n\nLa séance a duré trois heures et demie."
    assert _bilingual(target, source) == [("source-copy", "La séance a duré trois heures et demie.")]


def test_dropped_paragraph_is_located_and_the_rest_still_aligned() -> None:
    paragraphs = FAITHFUL.split("\n\n")
    dropped = "\n\n".join(paragraphs[:1] + paragraphs[2:])
    findings = audit_text(dropped, Config(select=frozenset(BILINGUAL), lang="en"), source=SOURCE).findings
    assert [finding.rule for finding in findings] == ["paragraph-count"]
    # Pointed where the missing paragraph belongs: the start of the paragraph that follows it.
    assert findings[0].start == findings[0].end == dropped.index("He added")
    assert [(bead.source, bead.target) for bead in align(SOURCE.split("\n\n"), dropped.split("\n\n"))] == [
        ((0,), (0,)),
        ((1,), ()),
        ((2,), (1,)),
        ((3,), (2,)),
    ]


def test_truncated_paragraph_is_a_length_outlier() -> None:
    truncated = FAITHFUL.replace(
        "He added that schools would remain closed until Monday at least, and that the government had promised urgent aid.",
        "He added that schools would remain closed.",
    )
    assert _bilingual(truncated, SOURCE) == [("length-ratio", "He added that schools would remain closed.")]


def test_numbers_are_read_as_values_across_scripts_and_conventions() -> None:
    def values(text: str, code: str | None = None) -> list[set[str]]:
        return [{str(value) for value in number.values} for number in numbers(text, code)]

    assert values("١٬٢٥٠ و ۳۴۰") == [{"1250"}, {"340"}]  # Arabic-Indic and Persian digits
    assert values("5.000 or 5 000") == [{"5000", "5.000"}, {"5000"}]
    assert {"2500000.0"} <= values("2.5 million", "en")[0]
    assert values("twenty-five people", "en") == [{"25"}]


def test_check_source_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "source.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "article.md").write_text(FAITHFUL.replace("340 families", "430 families"), encoding="utf-8")
    result = run_cli("check", "--format", "json", "--lang", "en", "article.md", "--source", "source.md", cwd=tmp_path)
    assert result.returncode == 1
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(finding["rule"], finding["text"]) for finding in findings] == [("source-number", "430")]
    (tmp_path / "article.md").write_text(FAITHFUL, encoding="utf-8")
    assert run_cli("check", "--lang", "en", "article.md", "--source", "source.md", cwd=tmp_path).returncode == 0


def test_source_errors_are_one_line(tmp_path: Path) -> None:
    (tmp_path / "article.md").write_text(FAITHFUL, encoding="utf-8")
    missing = run_cli("check", "article.md", "--source", "nowhere.md", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.decode().splitlines() == ["mtaudit: article.md: source nowhere.md: no such file"]
    (tmp_path / "other.md").write_text(FAITHFUL, encoding="utf-8")
    several = run_cli("check", "article.md", "other.md", "--source", "article.md", cwd=tmp_path)
    assert several.returncode == 2 and "Traceback" not in several.stderr.decode()


def test_config_source_mapping_pairs_folders(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".mtaudit.toml").write_text(
        'lang = "en"\n[source]\n"articles/en/" = "articles/ar/"\n', encoding="utf-8"
    )
    (tmp_path / "articles" / "ar").mkdir(parents=True)
    (tmp_path / "articles" / "en").mkdir(parents=True)
    (tmp_path / "articles" / "ar" / "floods.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "articles" / "en" / "floods.md").write_text(FAITHFUL.replace("1,250", "1,520"), encoding="utf-8")
    result = run_cli("check", "--format", "json", "articles/en", cwd=tmp_path)
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [(finding["rule"], finding["text"]) for finding in findings] == [("source-number", "1,520")]


def test_bad_source_mapping_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".mtaudit.toml").write_text('source = "articles/ar/"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    result = run_cli("check", "a.md", cwd=tmp_path)
    assert result.returncode == 2
    assert ".mtaudit.toml" in result.stderr.decode() and "source" in result.stderr.decode()


MLQE = REPO.parent / "shared" / "data" / "mlqe-pe"


@pytest.mark.skipif(not MLQE.is_dir(), reason="needs shared/data/mlqe-pe")
def test_real_mt_unbalanced_quotes_inherited_from_the_source_disappear() -> None:
    """Each line of test.mt a paragraph, test.src beside it as the source: what remains is exactly the
    findings on lines whose source sentence is balanced for that kind of mark."""
    config = Config(select=frozenset({"unbalanced-quote"}))
    without_source = with_source = expected = 0
    for folder in sorted(MLQE.glob("*-*")):
        language = folder.name.split("-")[1]
        config = Config(select=frozenset({"unbalanced-quote"}), lang=language)
        mt = (folder / "test.mt").read_text(encoding="utf-8").rstrip("\n").split("\n")
        src = (folder / "test.src").read_text(encoding="utf-8").rstrip("\n").split("\n")
        for first in range(0, len(mt), 50):
            target, source = "\n\n".join(mt[first : first + 50]), "\n\n".join(src[first : first + 50])
            starts = [
                index for index, character in enumerate(target) if index == 0 or target[index - 2 : index] == "\n\n"
            ]
            plain = audit_text(target, config).findings
            bilingual = audit_text(target, config, source=source).findings
            without_source += len(plain)
            with_source += len(bilingual)
            for finding in plain:
                line = sum(start <= finding.start for start in starts) - 1
                mark = target[finding.start]
                kind = mark if mark in "([" else {")": "(", "]": "["}.get(mark, "quote")
                expected += kind not in unbalanced_kinds(src[first + line])
            assert {(finding.start, finding.end) for finding in bilingual} <= {
                (finding.start, finding.end) for finding in plain
            }
    assert with_source == expected
    assert without_source >= 30 and with_source <= without_source // 2
