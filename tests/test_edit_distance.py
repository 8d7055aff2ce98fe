"""The yes-or-no edit questions of audit/edit_distance.py give rapidfuzz's answers on any words."""

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA, Levenshtein

from audit.edit_distance import may_reach_ratio, one_edit_apart, within_edits

# A small alphabet makes near words (repeats, swaps, one letter off) common, with a mark and a
# letter outside Latin so the comparison is of code points, not bytes.
_WORDS = st.text(alphabet="abcé–ж", max_size=9)


@settings(max_examples=3000)
@given(_WORDS, _WORDS)
def test_one_edit_apart_is_an_osa_distance_of_one(first: str, second: str) -> None:
    assert one_edit_apart(first, second) == (OSA.distance(first, second) == 1)


@settings(max_examples=3000)
@given(_WORDS, _WORDS, st.integers(min_value=0, max_value=5))
def test_within_edits_is_a_levenshtein_bound(first: str, second: str, bound: int) -> None:
    assert within_edits(first, second, bound) == (Levenshtein.distance(first, second) <= bound)


@given(_WORDS, st.integers(min_value=0, max_value=9))
def test_one_neighbour_swap_is_one_edit(word: str, place: int) -> None:
    # Swapping two different neighbours is one edit for OSA (Zelenksi / Zelenski), two for Levenshtein.
    if len(word) < 2:
        return
    place %= len(word) - 1
    swapped = word[:place] + word[place + 1] + word[place] + word[place + 2 :]
    assert one_edit_apart(word, swapped) == (word[place] != word[place + 1])


@settings(max_examples=3000)
@given(_WORDS, _WORDS, st.sampled_from([50, 75, 90]))
def test_may_reach_ratio_never_rules_out_a_ratio_rapidfuzz_reaches(first: str, second: str, cutoff: int) -> None:
    from rapidfuzz import fuzz

    if fuzz.ratio(first, second) >= cutoff:
        assert may_reach_ratio(first, second, cutoff)
