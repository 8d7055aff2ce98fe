"""Every gloss of `official.glosses` against the rule that reads it: each is reported in a story from its
country, with its official name as the suggestion, and the official name in the same story is silent.

Why: the glosses are data added many at a time (a sweep by country), and an entry can be dead on
arrival: a capital the pattern cannot match, an official name the gloss itself contains (which the
rule takes for the name the paragraph gives), or a gloss another entry's official name repeats.
"""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.languages import language, shipped_codes

PLACE = "Nara"
GLOSSES = [(code, *entry) for code in shipped_codes() for entry in language(code).value("official.glosses", ())]
IDS = [f"{code}:{gloss}:{hints.split()[0]}" for code, gloss, _, hints in GLOSSES]
RULES = frozenset({"calqued-institution", "glossary"})


# A sentence of the language after the name, so that a gloss that reads alike in Spanish and Portuguese
# ("Instituto Central de Higiene e Epidemiologia") is read in the language it is listed for.
CLOSING = {
    "en": "Officials said so on Monday.",
    "fr": "Les responsables l'ont dit lundi.",
    "de": "Das teilten die Behörden am Montag mit.",
    "es": "Así lo dijeron las autoridades el lunes.",
    "it": "Lo hanno detto le autorità lunedì.",
    "pt": "Foi o que disseram as autoridades na segunda-feira.",
}


def _story(code: str, hints: str, name: str) -> tuple[str, int, int]:
    """A sentence of a story from the gloss's country that names a body, and where the name stands."""
    country = hints.split()[0]
    lead = f"{country}: "
    written = name.replace("{place}", PLACE)
    return f"{lead}{written} (2024). {CLOSING.get(code, '')}", len(lead), len(lead) + len(written)


@pytest.mark.parametrize(("code", "gloss", "official", "hints"), GLOSSES, ids=IDS)
def test_every_gloss_is_reported_in_a_story_from_its_country(code: str, gloss: str, official: str, hints: str) -> None:
    text, start, end = _story(code, hints, gloss)
    findings = audit_text(text, Config(lang=code, select=RULES)).findings
    assert any(finding.start < end and start < finding.end for finding in findings), text
    ours = [finding for finding in findings if finding.rule == "calqued-institution"]
    expected = official.replace("{place}", PLACE)
    assert all(finding.suggestions[0].casefold() == expected.casefold().replace("’", "'") for finding in ours)


@pytest.mark.parametrize(("code", "gloss", "official", "hints"), GLOSSES, ids=IDS)
def test_the_official_name_is_silent(code: str, gloss: str, official: str, hints: str) -> None:
    text, _, _ = _story(code, hints, official)
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution"}))).findings
    assert [text[finding.start : finding.end] for finding in findings] == []


def _calques(code: str, text: str) -> list[tuple[str, str]]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution"}))).findings
    return [(text[finding.start : finding.end], finding.suggestions[0]) for finding in findings]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "en",
            "In Gdańsk, the Pomeranian Voivodeship Marshal Office promised 12 million zlotys for the cranes.",
            [("Pomeranian Voivodeship Marshal Office", "Marshal's Office of the Pomeranian Voivodeship")],
        ),
        (
            "en",
            "At the reef off Eilat, the Authority of Nature and Parks closed two beaches for the summer.",
            [("Authority of Nature and Parks", "Israel Nature and Parks Authority")],
        ),
        (
            "it",
            "A Toruń il Consiglio della Città ha approvato la fiera del panpepato.",
            [("Consiglio della Città", "consiglio comunale")],
        ),
        (
            "pt",
            "Em Dar es Salaam, o Partido da Revolução pediu calma durante o surto de dengue.",
            [("Partido da Revolução", "Chama Cha Mapinduzi")],
        ),
    ],
)
def test_a_city_of_the_country_ties_a_story_to_it(code: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _calques(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "In Lyon, the Authority of Nature and Parks closed two beaches for the summer."),
        ("it", "A Lione il Consiglio della Città ha approvato la fiera."),
        ("pt", "Em Lyon, o Partido da Revolução pediu calma durante a greve."),
    ],
)
def test_a_city_of_another_country_does_not(code: str, text: str) -> None:
    assert _calques(code, text) == []
