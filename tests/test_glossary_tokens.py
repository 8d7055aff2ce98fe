"""The glossary tokenizer's shortcuts cut exactly the tokens of its full pattern (issue 9).

`tokenize` and `texts` skip the no-space scripts' set difference for a text without such a character,
first looking for any character in the ranges where those scripts lie; `folded_all` folds many tokens
in one call. Each shortcut is held here to the slow path it replaces.
"""

from __future__ import annotations

import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.glossary import tokens
from audit.glossary.tokens import folded, folded_all, texts, tokenize

# Scripts written without spaces, the marks the tokens unify, and what stands beside them in news text.
_PIECES = [
    *"東京都タイとカタカナไทยລາວខ្មែរမြန်မာ abcÉéßİıſ - ‐‑'’ʼ.,«»“”€→\n\t0١२",
    "O’Brien",
    "France‑Presse",
    "l'Agence",
]
_TEXTS = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=15).map("".join)


def _full_tokens(text: str) -> list[tuple[int, int, str]]:
    found = tokens._compiled(tokens._TOKEN).finditer(text)
    return [(match.start(), match.end(), match.group()) for match in found]


def test_every_character_of_a_script_without_spaces_is_in_the_first_look() -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    no_space = tokens._compiled(tokens._NO_SPACE_CHARACTER).findall(every)
    assert len(no_space) > 90_000  # Han alone has more
    first_look = tokens._compiled(tokens._MAYBE_NO_SPACE)
    assert [character for character in no_space if not first_look.match(character)] == []


@settings(max_examples=500, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_tokens_are_those_of_the_full_pattern(text: str) -> None:
    assert [tuple(token) for token in tokenize(text)] == _full_tokens(text)
    assert texts(text) == [token for _, _, token in _full_tokens(text)]


def test_a_script_without_spaces_after_other_text_is_still_cut_per_character() -> None:
    # The first look finds "€" first; the Thai further on must still switch to the full pattern.
    assert texts("5 € ไทย 東京") == ["5", "€", "ไ", "ท", "ย", "東", "京"]


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(_TEXTS)
def test_folding_tokens_together_is_folding_each(text: str) -> None:
    words = texts(text)
    assert folded_all(words) == [folded(word) for word in words]
