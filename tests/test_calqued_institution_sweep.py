"""calqued-institution on the bodies of the second sweep (the Nordic and Baltic states, Armenia,
Albania, Slovenia, Somalia, Morocco, Telangana and Punjab, Germany, Spain, France, Italy) in stories
that name a city rather than the country, in each article language; the same words as a plain
description, or in a story from elsewhere, stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text

FOUND = [
    ("en", "In Tartu, the State Court ruled that the fishing quota was lawful.", "State Court", "Supreme Court"),
    (
        "en",
        "Speaking in Aarhus, the minister said the Realm Police would patrol the border.",
        "Realm Police",
        "Danish National Police",
    ),
    ("en", "In Vijayawada, the Telugu Land Party won most of the seats.", "Telugu Land Party", "Telugu Desam Party"),
    ("en", "In Munich, the Federal Army will hold its exercise in May.", "Federal Army", "Bundeswehr"),
    (
        "en",
        "In Seville, the National Audience opened an inquiry into the contracts.",
        "National Audience",
        "National High Court",
    ),
    (
        "fr",
        "À Casablanca, le Regroupement national des indépendants a présenté ses candidats.",
        "Regroupement national des indépendants",
        "Rassemblement national des indépendants",
    ),
    ("fr", "À Gyumri, le parti Accord civil a gardé la mairie.", "Accord civil", "Contrat civil"),
    ("de", "In Akureyri sprach die Abgeordnete vor dem Allthing über die Fischerei.", "Allthing", "Althing"),
    ("de", "In Maribor stimmte der Staatsrat gegen das Gesetz über die Wasserkraft.", "Staatsrat", "Nationalrat"),
    ("es", "En Múnich, el Ejército Federal presentó sus nuevos tanques.", "Ejército Federal", "Bundeswehr"),
    (
        "es",
        "En Durrës, el Primer Ministerio anunció obras en el puerto.",
        "Primer Ministerio",
        "oficina del primer ministro",
    ),
    (
        "it",
        "A Kismayo il Consiglio del Popolo ha discusso la legge elettorale.",
        "Consiglio del Popolo",
        "Camera del Popolo",
    ),
    ("it", "A Lipsia i deputati del Giorno Federale hanno incontrato gli elettori.", "Giorno Federale", "Bundestag"),
    (
        "pt",
        "Em Pärnu, o Tribunal do Estado rejeitou o recurso dos pescadores.",
        "Tribunal do Estado",
        "Supremo Tribunal",
    ),
    ("pt", "Em Munique, o Exército Federal apresentou novos blindados.", "Exército Federal", "Bundeswehr"),
]

SILENT = [
    ("en", "In Texas, the State Court ruled that the fishing quota was lawful."),
    ("en", "In Tartu, a state court of appeal heard the case."),
    ("en", "In Lyon, the Realm Police were a band that played in the 1990s."),
    ("fr", "À Lyon, le parti Accord civil a gardé la mairie."),
    ("de", "In Wien kritisierte der Staatsrat das Gesetz."),
    ("es", "En Viena, el Ejército Federal presentó sus nuevos tanques."),
    ("it", "A Nairobi il Consiglio del Popolo ha discusso la legge."),
    ("pt", "Em Lisboa, o Tribunal do Estado rejeitou o recurso."),
]


def _calques(code: str, text: str) -> list[tuple[str, str]]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution"}))).findings
    return [(text[finding.start : finding.end], finding.suggestions[0]) for finding in findings]


@pytest.mark.parametrize(("code", "text", "gloss", "official"), FOUND, ids=[f"{c}-{g}" for c, _, g, _ in FOUND])
def test_a_gloss_in_a_story_from_a_city_of_its_country_is_found(
    code: str, text: str, gloss: str, official: str
) -> None:
    assert _calques(code, text) == [(gloss, official)]


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_a_description_or_a_story_from_elsewhere_is_silent(code: str, text: str) -> None:
    assert _calques(code, text) == []
