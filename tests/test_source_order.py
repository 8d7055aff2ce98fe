"""The source's word order and generic article inside English names and phrases
(audit/rules/postposed_adjective.py, audit/rules/generic_article.py), read by `calqued-institution`."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text


def _found(code: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution"}))).findings
    return [(text[finding.start : finding.end], tuple(finding.suggestions)) for finding in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One noun, one adjective: the swap is certain.
        ("The Agency National for Employment opened two offices in Lomé.", ("Agency National", ("National Agency",))),
        ("Exports fell during the year fiscal 2024 in Dakar.", ("year fiscal", ("fiscal year",))),
        ("The Bank Central of the West African States raised its rate.", ("Bank Central", ("Central Bank",))),
        ("She filed a complaint with the Court Regional of Bamako on Friday.", ("Court Regional", ("Regional Court",))),
        # Longer runs: reported without a name.
        (
            "The Society National of Railways Ivorian cut the fares.",
            ("Society National", ("National Society",)),
        ),
        ("The Agency Press Cameroonian said the road was shut.", ("Agency Press Cameroonian", ())),
        ("The Radio Television Ivorian reported heavy rain in Abidjan.", ("Radio Television Ivorian", ())),
        (
            "The file went to the financial pole judicial and penal, which opened a case.",
            ("financial pole judicial and penal", ()),
        ),
        (
            "The Federation Senegalese of Football fined the club.",
            ("Federation Senegalese", ("Senegalese Federation",)),
        ),
    ],
)
def test_an_adjective_after_its_noun_is_reported(text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    assert _found("en", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Adjectives English writes after the noun, in real titles and set phrases.
        "The Secretary General of the United Nations met the Attorney General and the Princess Royal.",
        "He faces a court martial, the Poet Laureate said; the notary public signed.",
        # Predicates and postpositive phrases.
        "The decision was national, and the issue central to the talks was national in scope.",
        "A problem economic in nature cannot be solved by the police.",
        # "national" the noun, a country's adjective the noun.
        "He is a foreign national of Iranian origin; she is a dual national, and a young Senegalese.",
        "An Arab Israeli, a Kenyan national and a Palestinian American were detained.",
        # Two noun phrases meet.
        "They made the year financial history.",
        # Foreign names left untranslated in English copy.
        "The Front National, the Rassemblement National and the Banco Nacional were named.",
        "Marine Le Pen's Front National lost; the Assemblée nationale voted the Banco Nacional bill.",
        # Adjectives before their nouns, and attributive stacks.
        "The National Office for Employment and the Senegalese Radio Television reported it.",
        "The Premier League Senegalese striker scored twice.",
        # A country's adjective ending a sports phrase before a verb that is no outlet's.
        "The Premier League Senegalese scored in the first half.",
    ],
)
def test_real_english_is_silent(text: str) -> None:
    assert _found("en", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Directorate of the Fisheries and the Livestock said the herds were safe.",
            [("the Fisheries", ("Fisheries",)), ("the Livestock", ("Livestock",))],
        ),
        ("The Office for the Cotton opened its campaign.", [("the Cotton", ("Cotton",))]),
        (
            "A spokesman for the National Company for the Transport of the Electricity said it.",
            [("the Electricity", ("Electricity",))],
        ),
        ("The Council of the Cashew-Cotton set the price.", [("the Cashew-Cotton", ("Cashew-Cotton",))]),
        ("The Ministry of Higher Education and the Youth met.", [("the Youth", ("Youth",))]),
    ],
)
def test_a_generic_article_in_a_name_is_reported(text: str, expected: list[tuple[str, tuple[str, ...]]]) -> None:
    assert _found("en", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Real English names that keep "the" (United Kingdom, United States, France, Japan, Italy, Peru).
        "The Ministry of the Interior, the Department of the Treasury and the Ministry of the Economy met.",
        "The Department of the Environment and the Chancellor of the Exchequer agreed.",
        "The Ministry of the Armed Forces and the Ministry of the Environment, Water and Agriculture spoke.",
        "The Minister for the Sea and the Council of the Federation spoke.",
        # An act before "of" takes the article.
        "The Agency for the Transport of Dangerous Goods and the Office for the Information of Consumers met.",
        # The domain noun modifies another word: part of a longer name.
        "The Organization of the Petroleum Exporting Countries and the Office of the Information Commissioner met.",
        # No name: a description in lower case, or no head word.
        "The ministry of the health sector and the price of the Coffee fell.",
        "Real names: the Ministry of Health, the Department of Water and Sanitation, the Coffee and Cocoa Council.",
        "The Coffee-Cocoa Council, the Ministry of Health and Family Welfare and the Ministry of Information and Broadcasting.",
    ],
)
def test_real_names_with_the_are_silent(text: str) -> None:
    assert _found("en", text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # The generic article is how Romance languages name these bodies.
        ("fr", "Le ministère de l'Hydraulique et de l'Assainissement et le Conseil du Café-Cacao ont parlé."),
        ("es", "El Ministerio de la Salud y la Oficina Nacional del Agua publicaron el informe."),
        ("it", "Il Ministero della Salute e l'Ufficio Nazionale del Lavoro hanno parlato."),
        ("pt", "O Ministério da Saúde e o Instituto Nacional de Estatística publicaram dados."),
    ],
)
def test_romance_names_are_silent(code: str, text: str) -> None:
    assert _found(code, text) == []
