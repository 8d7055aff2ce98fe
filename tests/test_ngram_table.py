"""The sparse langdetect table reads back exactly the rows langdetect builds from its profiles."""

from __future__ import annotations

from importlib import resources

import pytest
from langdetect.detector_factory import DetectorFactory

from audit.language import _SCRIPT_LANGUAGES, _factory
from audit.ngram_table import ProbabilityTable, pack


@pytest.mark.parametrize("script", ["Latin", "Cyrillic", "Arabic"])
def test_every_row_reads_back_as_langdetect_built_it(script: str) -> None:
    built = DetectorFactory()
    folder = resources.files("langdetect") / "profiles"
    built.load_json_profile([(folder / code).read_text(encoding="utf-8") for code in _SCRIPT_LANGUAGES[script][1]])
    table = ProbabilityTable(pack(built.word_lang_prob_map), len(built.langlist))
    assert set(table) == set(built.word_lang_prob_map)
    for ngram, row in built.word_lang_prob_map.items():
        assert table[ngram] == row
    # The factory the identifier uses (through the disk cache) holds the same languages in the same order.
    assert _factory(script).langlist == built.langlist
    assert all(_factory(script).word_lang_prob_map[ngram] == row for ngram, row in built.word_lang_prob_map.items())
