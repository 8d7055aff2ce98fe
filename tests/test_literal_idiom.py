"""literal-idiom: the idiom data (languages/<source>/idioms.toml), its lint, and the rule's guards."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.idiom_lint import lint
from audit.idioms import TARGETS, build_table, files, find, forms, from_table, read
from audit.languages import language

GOOD_IDIOM = """
language = "Testish"
cited = ["as the elders say"]

[[idiom]]
id = "owl-in-the-kettle"
written = "sowa w czajniku"
meaning = "a hidden trouble"
en = { words = ["owl(s)", "kettle(s)"], says = "a fly in the ointment" }
fr = { words = ["hibou", "bouilloire"], says = "un cheveu sur la soupe" }
de = { words = ["Eule", "Wasserkocher|Kessel"], says = "ein Haar in der Suppe" }
es = { words = ["búho", "tetera"], says = "una piedra en el zapato" }
it = { words = ["gufo", "bollitore"], says = "un intoppo" }
pt = { words = ["coruja", "chaleira"], says = "uma pedra no sapato" }
bad = { en = "There is an owl in the kettle of this budget." }
good = { en = "The owl flew over the village." }
"""


def _root(tmp_path: Path, text: str) -> Path:
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "idioms.toml").write_text(text, encoding="utf-8")
    return tmp_path


def test_shipped_idioms_lint_clean_and_their_examples_behave() -> None:
    assert lint() == []


def test_idioms_come_from_many_source_languages() -> None:
    sources = {path.parent.name for path in files() if read(path).get("idiom")}
    assert len(sources) >= 30
    assert {"ja", "ms", "cs", "tr", "ar", "sw", "zh", "ko"} <= sources


def test_the_idiom_files_stay_out_of_the_merged_language_data() -> None:
    # Only the rule reads them, per article language: every other rule's data load stays as it was.
    assert language("ja").value("idiom") is None and language("en").value("cited") is None


def test_a_well_formed_file_lints_clean(tmp_path: Path) -> None:
    assert lint(_root(tmp_path, GOOD_IDIOM)) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('id = "owl-in-the-kettle"', 'id = "owl-in-the-kettle"\ncolour = "red"'), "unknown key colour"),
        (('["owl(s)", "kettle(s)"]', '["owl(s)", ""]'), "a group of words is empty"),
        (('["owl(s)", "kettle(s)"]', '["owl(s)"]'), "two to four groups"),
        (('["owl(s)", "kettle(s)"]', '["people", "time"]'), "no group is distinctive"),
        (('["owl(s)", "kettle(s)"]', '["owl(s)", "the"]'), "'the' is a function word"),
        (('pt = { words = ["coruja", "chaleira"], says = "uma pedra no sapato" }\n', ""), "pt: give a signature"),
        (("an owl in the kettle", "an owl in the garden"), "the en bad example is not found"),
        (("The owl flew over the village.", "The owl sat on the kettle."), "the en good example is flagged"),
        (('says = "un intoppo"', 'says = ""'), "says must say"),
    ],
)
def test_the_lint_names_each_problem(tmp_path: Path, change: tuple[str, str], problem: str) -> None:
    assert change[0] in GOOD_IDIOM
    problems = lint(_root(tmp_path, GOOD_IDIOM.replace(*change)))
    assert any(problem in line for line in problems), problems


def test_a_native_idiom_needs_no_signature_and_stays_silent(tmp_path: Path) -> None:
    text = GOOD_IDIOM.replace('de = { words = ["Eule", "Wasserkocher|Kessel"], says = "ein Haar in der Suppe" }\n', "")
    assert lint(_root(tmp_path, text.replace('meaning = "a hidden trouble"', 'meaning = "x"\nnative = ["de"]'))) == []
    # Shipped: "Daumen drücken" is German, "press the thumbs" an English calque.
    assert list(find("Die Winzer drücken die Daumen, dass der Frost ausbleibt.", "de")) == []
    assert [hit.idiom.key for hit in find("The growers pressed their thumbs for rain.", "en")] == [
        "de/press-the-thumbs"
    ]


@pytest.mark.parametrize(
    ("code", "citation", "idiom"),
    [
        ("en", "As the Japanese proverb goes, ", "we would borrow even a cat's paws."),
        ("en", "There is an old saying in Japan. ", "We would borrow even a cat's paws."),
        ("fr", "Comme dit le proverbe, ", "une pierre est tombée de mon cœur."),
        ("de", "Wie ein Sprichwort sagt, ", "haben alle dort Butter auf dem Kopf."),
        ("es", "Como dice el refrán, ", "el cielo cayó sobre nuestras cabezas."),
        ("it", "Come dice un proverbio, ", "hanno tutti il burro in testa."),
        ("pt", "Como diz o ditado, ", "é uma rã debaixo da casca de coco."),
    ],
)
def test_a_saying_cited_as_one_stays_silent(code: str, citation: str, idiom: str) -> None:
    assert list(find(idiom[0].upper() + idiom[1:], code)) != []
    assert list(find(citation + idiom, code)) == []


@pytest.mark.parametrize(
    ("code", "text", "key"),
    [
        ("en", "For months the whole village had butter on its head over the missing funds.", "sl/butter-on-the-head"),
        ("fr", "Les électeurs en ont assez des promesses : des poires sur un saule.", "pl/pears-on-a-willow"),
        ("de", "Für junge Paare ist eine Wohnung in Seoul ein Reiskuchen auf einem Bild.", "ko/rice-cake-in-a-picture"),
        ("es", "Cuando la presa aguantó, una piedra cayó de mi corazón.", "pl/stone-fell-from-my-heart"),
        ("it", "Quando la diga ha retto, una pietra mi è caduta dal cuore.", "pl/stone-fell-from-my-heart"),
        ("pt", "Para os pescadores, já caído, depois atingido pela escada.", "ms/fallen-then-hit-by-the-ladder"),
    ],
)
def test_an_idiom_is_found_in_other_wordings_than_its_examples(code: str, text: str, key: str) -> None:
    assert key in [hit.idiom.key for hit in find(text, code)]


def test_the_finding_names_the_idiom_and_what_the_language_says() -> None:
    text = "At harvest time the growers would borrow even a cat's paws.\n"
    result = audit_text(text, Config(lang="en", select=frozenset({"literal-idiom"})))
    [finding] = result.findings
    assert (finding.rule, text[finding.start : finding.end], finding.fix) == (
        "literal-idiom",
        "borrow even a cat's paws",
        None,
    )
    assert "猫の手も借りたい" in finding.message and "run off one's feet" in finding.message


def test_a_glossary_calque_is_reported_once(tmp_path: Path) -> None:
    # A glossary entry that names the idiom already gives the finding (with its fix); no second one.
    glossary = tmp_path / "paws.toml"
    glossary.write_text(
        """[glossary]
language = "en"
kind = "substitution"
description = "test"

[[entry]]
id = "cat-paws"
preferred = "a helping hand"
variants = ["cat's paws"]
fix = "none"

[[entry.example]]
bad = "We would borrow even a cat's paws."

[[entry.example]]
good = "We would welcome a helping hand."
""",
        encoding="utf-8",
    )
    text = "At harvest time the growers would borrow even a cat's paws.\n"
    alone = audit_text(text, Config(lang="en"))
    glossed = audit_text(text, Config(lang="en", glossaries=(glossary,)))
    assert [finding.rule for finding in alone.findings] == ["literal-idiom"]
    assert [finding.rule for finding in glossed.findings] == ["glossary"]


def test_every_target_is_an_article_language() -> None:
    assert TARGETS == ("en", "fr", "de", "es", "it", "pt")


VARIANT_IDIOM = """
language = "Testish"

[[idiom]]
id = "owl-returned-to-its-kettle"
written = "sowa wróciła do czajnika"
meaning = "things are back to normal"
en = [
  { words = ["owl(~noun)", "return(~verb)", "kettle(~noun)|teapot(~noun)"], ordered = true, says = "back to normal" },
  { words = ["kettle(~noun)", "owl(~noun)"], ordered = true, gap = 0, says = "back to normal" },
]
unsigned = ["fr", "de", "es", "it", "pt"]
bad = { en = "The owls have returned to their teapots." }
good = { en = "The owl returned to the barn after a long night; the farmer later boiled water in the kettle." }
"""
ARTICLE_LANGUAGE = """
language = "English"

[inflection]
verb = ["", "s", "ed", "ing"]
noun = ["", "s"]
"""


def _variant_root(tmp_path: Path, text: str = VARIANT_IDIOM, article: str = ARTICLE_LANGUAGE) -> Path:
    root = _root(tmp_path, text)
    (root / "en").mkdir()
    (root / "en" / "idioms.toml").write_text(article, encoding="utf-8")
    return root


def test_an_inflection_class_gives_a_stem_its_forms_and_the_bare_stem_only_when_listed() -> None:
    assert forms("return(~verb)", {"verb": ["", "s", "ed", "ing"]}) == ("return", "returns", "returned", "returning")
    assert forms("retourn(~er)|revenu", {"er": ["e", "é", "ait"]}) == ("retourne", "retourné", "retournait", "revenu")


def test_one_image_is_written_once_and_its_variants_follow(tmp_path: Path) -> None:
    root = _variant_root(tmp_path)
    assert lint(root) == []
    listed = from_table(build_table(files(root), "en"))
    for text in ("The owl returns to its kettle.", "Owls returned to their kettles.", "It is a kettle owl affair."):
        assert [hit.idiom.key for hit in find(text, "en", listed)] == ["xx/owl-returned-to-its-kettle"], text
    # Both wordings in one sentence are one idiom, found once.
    assert len(list(find("The owl returned to the kettle, a kettle owl story.", "en", listed))) == 1
    # `gap = 0`: the second wording's words must touch.
    assert list(find("The kettle of the owl.", "en", listed)) == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (('"return(~verb)"', '"return(~tense)"'), "unknown inflection class ~tense"),
        (("gap = 0", "gap = 9"), "gap must be a number of words from 0 to 4"),
        (("gap = 0", 'gap = "none"'), "gap must be a number of words from 0 to 4"),
        (("en = [", "en = 3\nxx = ["), "must be a signature table or a list of them"),
    ],
)
def test_the_lint_names_each_variant_problem(tmp_path: Path, change: tuple[str, str], problem: str) -> None:
    assert change[0] in VARIANT_IDIOM
    problems = lint(_variant_root(tmp_path, VARIANT_IDIOM.replace(*change)))
    assert any(problem in line for line in problems), problems


def test_the_lint_names_a_bad_inflection_class(tmp_path: Path) -> None:
    problems = lint(_variant_root(tmp_path, article=ARTICLE_LANGUAGE.replace('["", "s"]', '["s", "-es"]')))
    assert any("inflection must map class names to lists of endings" in line for line in problems), problems
