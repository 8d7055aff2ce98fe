"""A word of a Vietnamese name written as its meaning (audit/name_translation.py), and the name mentions
it reads (audit/names.py), on real article text."""

from __future__ import annotations

from audit import Config, audit_text
from audit.name_translation import syllabic_name, translated_words
from audit.names import Mention, mentions


def _variants(text: str, code: str) -> list[tuple[str, str]]:
    result = audit_text(text, Config(select=frozenset({"name-variant"}), lang=code))
    return [(text[finding.start : finding.end], finding.suggestions[0]) for finding in result.findings]


def test_the_translated_word_is_flagged_with_the_name_the_article_writes_elsewhere() -> None:
    text = (
        "The weaver Dang Thi Lan sells scarves at the market. Every Sunday Dang Thi Orchid opens the stall, "
        "and Dang Thi Lan says the silk comes from her village."
    )
    assert _variants(text, "en") == [("Dang Thi Orchid", "Dang Thi Lan")]


def test_a_noun_that_reads_as_a_place_still_ends_a_vietnamese_name() -> None:
    text = "Il pescatore Vu Van Hai ripara la rete. Secondo Vu Van Mare, il pesce scarseggia; Vu Van Hai annuisce."
    assert [mention.text for mention in mentions(text, "it") if mention.text.startswith("Vu")] == [
        "Vu Van Hai",
        "Vu Van Mare",
        "Vu Van Hai",
    ]
    assert _variants(text, "it") == [("Vu Van Mare", "Vu Van Hai")]


def test_siblings_and_names_outside_a_syllable_origin_stay_silent() -> None:
    found = [
        Mention(0, 15, "Nguyen Van Minh"),
        Mention(20, 35, "Nguyen Van Long"),
        Mention(40, 52, "Maria Sol Ruiz"),
        Mention(60, 74, "Maria Luz Ruiz"),
    ]
    assert list(translated_words(found, "es")) == []
    assert list(translated_words(found, "en")) == []


def test_only_a_family_name_of_a_syllable_origin_opens_a_syllabic_name() -> None:
    assert syllabic_name(["pham", "van", "river"])
    assert not syllabic_name(["hunan", "province"])
    assert not syllabic_name(["pham", "river"])


def test_a_person_before_an_institution_tied_by_a_particle_is_a_name() -> None:
    text = "Das sagt Lena Hofmann von der Gewerkschaft, und die Stadt Hamburg schweigt."
    assert [mention.text for mention in mentions(text, "de")] == ["Lena Hofmann"]
