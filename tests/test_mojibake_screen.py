"""The mojibake screen may only wave through a segment that ftfy and the rule's redecoding leave alone."""

from __future__ import annotations

import importlib.util

import ftfy
import ftfy.badness
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audit.rules.mojibake_screen import _is_bad, ftfy_may_change, may_be_redecoded
from audit.rules.normalise import _ftfy_config, _runs

# Every character ftfy's heuristic names, every character the rule's code pages read from a high byte,
# characters of correct prose in the shipped languages, C1 controls, surrogates, and ASCII context.
_HEURISTIC = sorted({character for character in ftfy.badness.BADNESS_RE.pattern if not character.isascii()})
_CODE_PAGES = sorted(
    {c for page in ("cp1250", "cp1251", "cp1252") for c in bytes(range(128, 256)).decode(page, "ignore")}
)
_ALPHABET = st.one_of(
    st.sampled_from(_HEURISTIC),
    st.sampled_from(_CODE_PAGES),
    st.sampled_from(list("aeiouAZ .,;:!?-'\"()0123456789\t")),
    st.sampled_from(list("éèàçõãñüößœŒÃÂÐÎ’‘“”«»–—…\xa0€£°²³×мирΑβЂў")),
    st.characters(min_codepoint=0x80, max_codepoint=0x9F),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.characters(max_codepoint=0x2FFF),
)
_SEGMENTS = st.text(alphabet=_ALPHABET, min_size=1, max_size=12)


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(segment=_SEGMENTS)
@example("La rĂ©forme a été adoptée")
@example("KrakĂłw")
@example("РјРёСЂ")
@example("Ìèð")
@example("Вє")
@example("РЂ")
@example("sœ ")
@example("voilÃ le travail")
@example("\x92")
def test_a_segment_the_screen_passes_is_left_alone(segment: str) -> None:
    if not ftfy_may_change(segment):
        assert ftfy.fix_and_explain(segment, _ftfy_config()).text == segment
        if not may_be_redecoded(segment):
            assert list(_runs(segment, 0)) == []


@given(segment=_SEGMENTS)
def test_the_heuristic_loaded_alone_is_ftfys(segment: str) -> None:
    assert _is_bad()(segment) == ftfy.badness.is_bad(segment)


def test_correct_prose_is_screened_out() -> None:
    for segment in ("conversações sobre a", "les places s’étaient vendues", "мир (peace)", "« Oui », dit-il"):
        assert not ftfy_may_change(segment)
    assert not may_be_redecoded("les places s’étaient vendues")
    for segment in ("cafÃ©", "KrakĂłw", "Ìèð", "\x92"):
        assert ftfy_may_change(segment) or may_be_redecoded(segment)


def test_the_screen_asks_ftfy_itself_when_its_file_is_not_where_expected(monkeypatch: pytest.MonkeyPatch) -> None:
    # A future ftfy may move its heuristic: the screen then imports it through the package.
    _is_bad.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        assert _is_bad() is ftfy.badness.is_bad
        assert ftfy_may_change("The caf\u00c3\u00a9 opened.") and not ftfy_may_change("The café opened.")
    finally:
        _is_bad.cache_clear()


_C1 = "".join(map(chr, range(0x80, 0xA0)))  # repaired whatever the heuristic says: screened apart


def _listed(characters: str) -> set[str]:
    """The characters of one of ftfy's category strings, its ranges ("\xc0-\xd1") spelt out."""
    listed, index = set(), 0
    while index < len(characters):
        if index + 2 < len(characters) and characters[index + 1] == "-":
            listed.update(map(chr, range(ord(characters[index]), ord(characters[index + 2]) + 1)))
            index += 3
        else:
            listed.add(characters[index])
            index += 1
    return listed


def test_no_pair_the_screen_counts_as_prose_starts_a_pattern_of_ftfys_heuristic() -> None:
    # Exhaustive over every character the heuristic's categories list, letters of correct prose and
    # spaces, in every pair and a few contexts: where the screen says ftfy leaves a text alone, the
    # heuristic (the only way ftfy's encoding repair starts) must not fire.
    categories = set().union(*(_listed(characters) for characters in ftfy.badness.MOJIBAKE_CATEGORIES.values()))
    alphabet = sorted(categories | set("éèàçõãñüößœŒÃÂ’‘“”«»–—…€°×мирΑβЂў\xa0\u202f\u2009") - set(_C1))
    missed = [
        text
        for first in alphabet
        for second in alphabet
        for text in (f"{first}{second}", f"a{first}{second}a", f" {first}{second}")
        if not ftfy_may_change(text) and ftfy.badness.is_bad(text)
    ]
    assert missed == [], missed[:20]
