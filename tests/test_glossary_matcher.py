"""Matching edge cases: boundaries, punctuation, scripts, overlaps, case and articles."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.errors import GlossaryError
from audit.glossary import Entry, GlossarySet, Kind, build
from audit.glossary import matcher as matcher_module
from audit.glossary.matcher import Matcher
from tests.conftest import shipped_glossaries

FIXTURES = Path(__file__).parent / "fixtures" / "glossary"


@pytest.fixture(scope="module")
def glossaries() -> GlossarySet:
    glossary_set, problems = build(sorted(FIXTURES.glob("*.toml")), default_glossaries=False)
    assert problems == []
    return glossary_set


def _found(glossaries: GlossarySet, text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(match.text, match.suggestion) for match in glossaries.find(text, language)]


AFP = "Agence France-Presse"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He told France Press.", [("France Press", AFP)]),
        ("(France Press) and “France Press”, «France Press»", [("France Press", AFP)] * 3),
        ("France\nPress said", [("France\nPress", AFP)]),
        ("France Press's reporter and France Press’s desk", [("France Press", AFP)] * 2),
        ("selon l’Agence France Press hier", [("Agence France Press", AFP)]),
    ],
    ids=["plain", "punctuation-and-quotes", "line-break", "possessive", "elision"],
)
def test_whole_words_next_to_punctuation(glossaries: GlossarySet, text: str, expected: list) -> None:
    assert _found(glossaries, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "France Pressé is a café.",  # accented letter continues the word
        "France Pressе",  # Cyrillic е glued to the Latin word
        "France Pressال",  # Arabic letters glued to it
        "a France Press-based outlet",  # hyphenated compound continues the word
        "the pro-France Press group",
        "X'France Press",  # an apostrophe inside a name, not an elision
        "France Presses",
        "Agence France-Presse and Agence France Presse",  # longer correct names swallow the variants
        "the France Press'o brand",
    ],
)
def test_no_match_inside_longer_words_or_correct_names(glossaries: GlossarySet, text: str) -> None:
    assert _found(glossaries, text) == []


def test_longest_match_wins_over_a_shorter_overlapping_variant(glossaries: GlossarySet) -> None:
    matches = glossaries.find("Reporters from Agence France Press arrived.", "en")
    assert [(match.start, match.end, match.entry.full_id) for match in matches] == [(15, 34, "en/agencies/afp")]


def test_a_dropped_article_is_part_of_the_span(glossaries: GlossarySet) -> None:
    assert _found(glossaries, "He spoke to the French Press Agency.") == [("the French Press Agency", AFP)]
    assert _found(glossaries, "The French Press Agency said so.") == [("The French Press Agency", AFP)]


def test_an_article_stays_when_the_entry_keeps_it(glossaries: GlossarySet) -> None:
    assert _found(glossaries, "He spoke to the press.") == []
    assert _found(glossaries, "The spokesman announced to the press") == [("announced to", "told")]


def test_suggestion_case_follows_sentence_start_and_all_caps(glossaries: GlossarySet) -> None:
    assert _found(glossaries, "Talks ended. “Announced to Reuters”, he said.") == [("Announced to", "Told")]
    assert _found(glossaries, "FRANCE PRESS REPORTS") == [("FRANCE PRESS", "AGENCE FRANCE-PRESSE")]
    assert _found(glossaries, "Announced to Reuters") == [("Announced to", "Told")]


def test_case_sensitive_entries_match_only_their_exact_case(glossaries: GlossarySet) -> None:
    assert _found(glossaries, "He flew to the US of America.") == [("US of America", "United States")]
    assert _found(glossaries, "Tell us of America's plans.") == []


def test_scripts_without_spaces_match_without_word_boundaries(glossaries: GlossarySet) -> None:
    assert _found(glossaries, "他住在北平。ABC北平") == [("北平", "北京"), ("北平", "北京")]


def test_pattern_entries_expand_their_template(glossaries: GlossarySet) -> None:
    assert _found(glossaries, "A 5 years-old boy and a 12 years-old girl.") == [
        ("5 years-old", "5-year-old"),
        ("12 years-old", "12-year-old"),
    ]


def test_offsets_point_into_the_scanned_text(glossaries: GlossarySet) -> None:
    text = "Il a écrit à France Press."
    [match] = glossaries.find(text, "en", offset=100)
    assert (match.start, match.end) == (113, 125)


def test_a_slow_pattern_at_run_time_is_a_glossary_error_not_a_hang(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(matcher_module, "PATTERN_TIME_LIMIT", 0.1)
    entry = Entry(
        id="slow",
        language="en",
        topic="t",
        kind=Kind.SUBSTITUTION,
        source=Path("t.toml"),
        preferred="a",
        pattern="(a|aa)+$",
    )
    with pytest.raises(GlossaryError, match=r"t.toml: entry 'slow': pattern took longer than 0.1 s"):
        Matcher([entry]).find("a" * 60 + "!", "en")


def test_names_and_house_spellings_for_duplicated_name(glossaries: GlossarySet) -> None:
    assert glossaries.legitimate_repeats("en") >= {"abdullah abdullah", "boutros boutros-ghali"}
    assert glossaries.house_spelling("Mujahid", "en") == "Zabihullah Mujahid"
    assert glossaries.house_spelling("mujahid", "en") == "Zabihullah Mujahid"
    assert glossaries.house_spelling("Karzai", "en") is None  # two people: ambiguous
    assert glossaries.house_spelling("Mujahid", "fr") is None  # the people file is English
    assert glossaries.house_spelling("Nobody", "en") is None


def _titles() -> Matcher:
    def title(entry_id: str, preferred: str, hints: tuple[str, ...], hint_required: bool) -> Entry:
        return Entry(
            id=entry_id,
            language="en",
            topic="media",
            kind=Kind.SUBSTITUTION,
            source=Path("media.toml"),
            preferred=preferred,
            variants=("The World",),
            case_sensitive=True,
            context="media",
            hints=hints,
            hint_required=hint_required,
        )

    return Matcher(
        [title("le-monde", "Le Monde", ("French",), False), title("el-mundo", "El Mundo", ("Spanish",), True)]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The newspaper The World said so.", ["Le Monde"]),
        ("The World newspaper said so.", ["Le Monde"]),
        ("He told The World that talks had stalled.", ["Le Monde"]),
        ("The Spanish daily The World said so.", ["El Mundo"]),
        ("The French daily El Mundo and the Spanish daily The World agreed.", ["El Mundo"]),
        ("The British daily The World said so.", []),
        ("The World Bank said so.", []),
        ("He told The World Bank that talks had stalled.", []),
        ("The World is watching.", []),
        ("The newspaper the world reads most said so.", []),
    ],
    ids=[
        "descriptor-before",
        "descriptor-after",
        "citation-frame",
        "hint-picks-the-paper",
        "hint-from-own-phrase",
        "other-nationality",
        "longer-name",
        "longer-name-in-frame",
        "no-context",
        "lower-case",
    ],
)
def test_a_title_matches_only_in_a_media_context(text: str, expected: list[str]) -> None:
    assert [match.suggestion for match in _titles().find(text, "en")] == expected


@functools.cache
def _screened_and_every(language: str) -> tuple[Matcher, Matcher]:
    """The shipped matcher of `language`, and a copy whose paragraph screen lets every pattern through
    (each pattern then still skips a paragraph without its own pieces, as before the screen)."""
    from audit.config import Config
    from audit.glossary import load_glossaries

    glossary_set = load_glossaries(Config())
    entries = [entry for entry in glossary_set.of_kind(Kind.SUBSTITUTION) if entry.language in (language, "any")]
    screened, every = Matcher(entries), Matcher(entries)
    every._offered = lambda text, folded_text: every._patterns  # type: ignore[method-assign]
    return screened, every


def _shipped_pattern_texts(language: str) -> list[str]:
    # The files as `glossary test` reads them: a check's set leaves the examples out.
    found = []
    for entry in shipped_glossaries()[0].entries:
        if entry.language in (language, "any"):
            found += [text for example in entry.examples for text in (example.bad, example.good, example.fixed) if text]
    for path in sorted((Path(__file__).parent / "clean" / language).glob("*.txt")):
        found += path.read_text(encoding="utf-8").split("\n\n")
    return found


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "it", "pt"])
def test_the_pattern_screen_keeps_every_match_of_the_shipped_examples(language: str) -> None:
    screened, every = _screened_and_every(language)
    texts = _shipped_pattern_texts(language)
    expected = [every.find(text, language) for text in texts]
    assert sum(bool(found) for found in expected) >= 20
    assert [screened.find(text, language) for text in texts] == expected


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_pattern_screen_keeps_a_match_written_from_any_pattern(data: st.DataObject) -> None:
    language = data.draw(st.sampled_from(["en", "fr", "de"]))
    screened, every = _screened_and_every(language)
    pattern = data.draw(st.sampled_from(every._patterns)).entry.pattern or ""
    try:
        written = data.draw(st.from_regex(pattern, fullmatch=True))
    except Exception:  # `regex` syntax that `re` (and so hypothesis) does not read
        return
    casing = data.draw(st.sampled_from([str, str.upper, str.title]))
    text = f"Officials said {casing(written)} on Monday."
    assert screened.find(text, language) == every.find(text, language)
