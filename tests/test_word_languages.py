"""The word index (audit/word_languages.py) and the short segments it signs (audit/strangers.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audit import word_languages
from audit.language import Identifier
from audit.strangers import Strangers
from tests.conftest import cache_without, run_cli


def test_the_index_covers_the_latin_script_languages_wordfreq_ships_and_no_other() -> None:
    indexed = word_languages.indexed()
    assert {"fi", "hu", "ro", "nl", "sv", "nb", "da", "cs", "sk", "pl", "sh", "sl", "lt", "lv", "tr", "id"} <= set(
        indexed
    )
    assert {"fil", "ms", "vi", "en", "de"} <= set(indexed)
    assert not {"ru", "ar", "zh", "ja", "el"} & set(indexed)


def test_a_word_is_listed_with_its_frequency_in_every_language_that_writes_it_commonly() -> None:
    assert word_languages.frequencies("nincs") == {"hu": pytest.approx(6.2)}
    shared = word_languages.frequencies("de")
    assert shared["nl"] > 7 and shared["es"] > 7 and shared["en"] < 6
    assert word_languages.frequencies("xqzvw") == {}


def test_a_segment_is_owned_by_the_languages_that_write_all_its_words_far_more_often() -> None:
    tongues = word_languages.word_tongues
    assert tongues(["oikeus", "on", "puhunut"], "de", 1.0) == {"fi"}
    # "de" is written as often in Spanish: a stray of two letters, one in three.
    assert tongues(["de", "straf", "is", "hoger", "dan", "de", "eis"], "es", 1.0) == {"nl"}
    # Portuguese words Spanish writes as well are the article's own.
    assert tongues(["a", "casa", "é", "grande"], "es", 1.0) == frozenset()
    assert tongues(["o", "plano", "era", "claro"], "pt", 1.0) == frozenset()
    # Langdetect's codes where wordfreq has its own.
    assert tongues(["sana", "umulan", "na"], "es", 1.0) == {"fil"}
    assert word_languages.detected_code("fil") == "tl" and word_languages.detected_code("sh") == "hr"


def test_a_lookup_reads_only_the_parts_of_the_index_its_words_fall_in() -> None:
    word_languages._group.cache_clear()
    word_languages._part.cache_clear()
    word_languages.frequencies("oikeus")
    assert word_languages._group.cache_info().currsize == 1
    assert word_languages._part.cache_info().currsize == 1


def test_the_index_is_built_once_into_the_cache_in_all_its_parts(tmp_path: Path) -> None:
    # A cache folder without the index: the first run builds every part, the second reads them.
    cache = cache_without(tmp_path / "cache", "word-languages-")
    env = {"MTAUDIT_CACHE_DIR": str(cache)}
    article = tmp_path / "article.md"
    article.write_text("Die Bürgermeisterin schwieg. Dann sagte sie nur: Oikeus on puhunut. Danach ging sie.\n")
    first = run_cli("check", "--lang", "de", "--select", "untranslated", str(article), env=env)
    assert b"untranslated" in first.stdout
    parts = sorted(path.name.rsplit("-", 1)[0] for path in cache.glob("word-languages-*"))
    assert parts == sorted(f"word-languages-{group}" for group in range(word_languages.GROUPS))
    stamps = {path: os.stat(path).st_mtime_ns for path in cache.glob("word-languages-*")}
    second = run_cli("check", "--lang", "de", "--select", "untranslated", str(article), env=env)
    assert second.stdout == first.stdout
    assert {path: os.stat(path).st_mtime_ns for path in cache.glob("word-languages-*")} == stamps


@pytest.mark.parametrize(
    ("language", "segment", "expected"),
    [
        ("de", "Oikeus on puhunut.", "fi"),
        ("es", "De straf is hoger dan de eis.", "nl"),
        ("en", "Nincs víz, nincs termés.", "hu"),
        ("it", "Káva z Etiopie je nejlepší.", "cs"),  # langdetect says Slovak; Slovak's list lacks a word
        ("fr", "Situacija je ozbiljna.", "hr"),
        ("es", "Am alergat cu inima.", "ro"),
        ("pt", "Não há dúvida, o time venceu.", None),
        ("it", "Sto lat, sto lat.", None),
        ("de", "Just do it.", None),
    ],
)
def test_a_short_segment_is_named_by_its_words(language: str, segment: str, expected: str | None) -> None:
    guess = Strangers(segment, language, Identifier()).judge(segment)
    assert (guess.code if guess else None) == expected
