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
