"""The shape of a glossed body (audit/rules/institution_shape.py), read by `calqued-institution`: a body no
gloss lists is reported in a story from abroad, and the real bodies written in that shape stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.languages import shipped_codes
from audit.rules.institution_shape import shape


def _shaped(code: str, text: str) -> list[str]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution"}))).findings
    return [text[finding.start : finding.end] for finding in findings if not finding.suggestions]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("en", "In Ulaanbaatar, the Great People's Khural passed the budget.", "Great People's Khural"),
        ("en", "In Kyiv, the Supreme Assembly of the Republic met on Monday.", "Supreme Assembly of the Republic"),
        ("en", "In Ankara, the Highest State Inspectorate opened an inquiry.", "Highest State Inspectorate"),
        ("fr", "À Kiev, le Conseil suprême de la Nation a voté lundi.", "Conseil suprême de la Nation"),
        ("fr", "En Mongolie, la Haute Chambre populaire a voté le budget.", "Haute Chambre populaire"),
        ("de", "In der Ukraine hat der Oberste Rat der Republik abgestimmt.", "Oberste Rat der Republik"),
        ("de", "In Ankara prüft die Höchste Staatliche Inspektion den Fall.", "Höchste Staatliche Inspektion"),
        (
            "es",
            "En Ucrania, el Consejo Supremo de la Magistratura de la Nación decidió.",
            "Consejo Supremo de la Magistratura de la Nación",
        ),
        ("it", "In Ucraina il Consiglio supremo popolare ha votato la legge.", "Consiglio supremo popolare"),
        ("pt", "Na Ucrânia, o Conselho Supremo da Nação votou a lei.", "Conselho Supremo da Nação"),
        ("pt", "Em Ancara, a Alta Inspeção Estatal abriu um inquérito.", "Alta Inspeção Estatal"),
    ],
)
def test_a_glossed_body_is_reported_in_a_story_from_abroad(code: str, text: str, expected: str) -> None:
    assert _shaped(code, text) == [expected]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # One qualifier is how real bodies are named.
        ("en", "In Kyiv, the Supreme Council voted and the High Court ruled."),
        ("fr", "À Kiev, la Cour suprême a statué lundi."),
        ("de", "In der Ukraine hat der Bundesrat zugestimmt."),
        # A home body of the language's countries, in this shape.
        ("en", "In Kyiv, the High Court of the Republic ruled on Monday."),
        ("es", "En Ucrania y en la Argentina, la Corte Suprema de Justicia de la Nación decidió."),
        ("pt", "Em Maputo e em Kiev, o Tribunal Supremo Popular decidiu."),
        ("it", "A Kiev, come a Roma, l'Alta Corte della Repubblica ha deciso."),
        # A listed official name of any language.
        ("en", "In Kyiv and Beijing, the Supreme People's Court ruled."),
        # A longer name: a capital or a linking word continues it.
        ("en", "In Kyiv, the Highest State Council of Antiquities met."),
        ("fr", "À Kiev, le Conseil suprême populaire des Forces armées a siégé."),
        # A name written in lower case is a description.
        ("en", "In Kyiv, a supreme state council of elders was invented by the novelist."),
    ],
)
def test_real_bodies_and_descriptions_are_silent(code: str, text: str) -> None:
    assert _shaped(code, text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "In Manchester, the Supreme Assembly of the Republic is a board game club."),
        ("fr", "À Lille, le Conseil suprême de la Nation est une pièce de théâtre."),
        ("de", "In Köln ist der Oberste Rat der Republik ein Theaterstück."),
    ],
)
def test_a_story_from_home_is_silent(code: str, text: str) -> None:
    assert _shaped(code, text) == []


@pytest.mark.parametrize("code", [code for code in shipped_codes() if shape(code).pattern is not None])
def test_a_language_with_a_shape_knows_foreign_countries_and_home_bodies(code: str) -> None:
    found = shape(code)
    assert found.countries and found.home


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # A glossed word of the complement: one source word glossed so recurs in many bodies' names.
        (
            "en",
            "In Oslo, the Directorate for Society Security and Readiness warned of the storm.",
            "Directorate for Society Security and Readiness",
        ),
        ("en", "In Tashkent, the Ministry of Inner Affairs opened a case.", "Ministry of Inner Affairs"),
        ("en", "In Beirut, the Committee for Fighting Corruption met.", "Committee for Fighting Corruption"),
        (
            "es",
            "En Taskent, el Ministerio de Economía del Agua repartió las cuotas.",
            "Ministerio de Economía del Agua",
        ),
        (
            "it",
            "A Tashkent il Ministero dell'Economia dell'Acqua ha fissato le quote.",
            "Ministero dell'Economia dell'Acqua",
        ),
        (
            "de",
            "In Oslo warnte das Direktorat für Gesellschaftssicherheit und Bereitschaft vor dem Sturm.",
            "Direktorat für Gesellschaftssicherheit und Bereitschaft",
        ),
        (
            "fr",
            "À Tachkent, le Ministère des Situations extraordinaires a ouvert une enquête.",
            "Ministère des Situations extraordinaires",
        ),
        (
            "pt",
            "Em Tashkent, o Ministério da Economia da Água fixou as quotas.",
            "Ministério da Economia da Água",
        ),
        # A place named by its kind after a complement: the source's genitive, where the press names it.
        (
            "en",
            "In Hanoi, the Department of Agriculture and Rural Development of the city said so.",
            "Department of Agriculture and Rural Development of the city",
        ),
        ("es", "En Japón, el Comité de Educación de la ciudad cerró las escuelas.", "Comité de Educación de la ciudad"),
        (
            "it",
            "In Corea del Sud, L’Ufficio dell’Educazione della Provincia ha chiuso le scuole.",
            "Ufficio dell’Educazione della Provincia",
        ),
        ("pt", "No Japão, o Departamento de Turismo da cidade abriu um balcão.", "Departamento de Turismo da cidade"),
        # A place alone is one sign, as a tail is: a qualifier makes two.
        ("en", "In Hanoi, the Supreme Council of the city met on Monday.", "Supreme Council of the city"),
        (
            "fr",
            "Au Japon, le Service de communication de la ville a publié un avis.",
            "Service de communication de la ville",
        ),
    ],
)
def test_a_complement_that_glosses_is_reported_in_a_story_from_abroad(code: str, text: str, expected: str) -> None:
    assert _shaped(code, text) == [expected]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # Official English names of foreign bodies and descriptions with a place named by its kind.
        ("en", "In Tashkent, the Ministry of Internal Affairs and the Office for National Statistics spoke."),
        ("en", "In Beirut, the Federal Bureau of Investigation and the Ministry of Health met."),
        ("en", "In Hanoi, the Ministry of Health and the governor of the city met on Monday."),
        ("en", "In Hanoi, the Council of the city of Hue met on Monday."),
        ("es", "En Japón, el Gobierno de la prefectura cerró las escuelas."),
        ("es", "En Japón, el Ministerio de Salud y el gobernador de la ciudad se reunieron."),
        ("it", "A Lione il Consiglio della Città ha approvato la fiera."),
        ("fr", "Au Japon, le Service de communication de la ville de Kyoto a publié un avis."),
        # The object of the sentence after a name is no part of it.
        ("de", "In Ankara prüft die Staatliche Inspektion den Fall der Bereitschaft."),
        # How the press names Japan's Ministry of Internal Affairs and Communications.
        ("it", "A Tokyo il Ministero degli Affari interni e delle Comunicazioni ha deciso."),
        ("fr", "À Tokyo, le ministère des Affaires intérieures et des Communications a décidé."),
        # A story from home.
        ("en", "In Manchester, the Directorate for Society Security and Readiness is a board game."),
    ],
)
def test_official_names_and_descriptions_with_a_complement_are_silent(code: str, text: str) -> None:
    assert _shaped(code, text) == []
