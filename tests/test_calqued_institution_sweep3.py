"""calqued-institution on the bodies of the third sweep (Mongolia's State Great Khural, Argentina's
Casa Rosada, Brazil's Planalto and Alvorada palaces, the Colorado parties of Paraguay and Uruguay,
Bolivia's Movement for Socialism) in each article language; the same words as a plain description,
or in a story from elsewhere, stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text

FOUND = [
    (
        "en",
        "In Ulaanbaatar, the State Great Assembly passed the mining law on Friday.",
        "State Great Assembly",
        "State Great Khural",
    ),
    ("en", "Argentina's president received the governors at the Pink House.", "Pink House", "Casa Rosada"),
    ("en", "In Brasília, the Plateau Palace denied the report.", "Plateau Palace", "Planalto Palace"),
    ("en", "In Paraguay, the Red Party kept the presidency.", "Red Party", "Colorado Party"),
    (
        "en",
        "The Movement to Socialism won the vote in Cochabamba.",
        "Movement to Socialism",
        "Movement for Socialism",
    ),
    (
        "fr",
        "En Mongolie, la Grande Assemblée d'État a adopté la loi minière.",
        "Grande Assemblée d'État",
        "Grand Khoural d'État",
    ),
    ("fr", "Le président argentin a reçu les gouverneurs à la Maison rose.", "Maison rose", "Casa Rosada"),
    ("it", "A Buenos Aires il presidente ha ricevuto i governatori alla Casa Rosa.", "Casa Rosa", "Casa Rosada"),
    ("fr", "Au Paraguay, le Parti rouge a conservé la présidence.", "Parti rouge", "Parti colorado"),
    (
        "de",
        "In der Mongolei verabschiedete die Große Staatsversammlung das Bergbaugesetz.",
        "Große Staatsversammlung",
        "Großer Staatshural",
    ),
    ("de", "In Paraguay behielt die Rote Partei die Präsidentschaft.", "Rote Partei", "Colorado-Partei"),
    (
        "es",
        "En Brasilia, el Palacio de la Meseta desmintió la noticia.",
        "Palacio de la Meseta",
        "Palacio del Planalto",
    ),
    (
        "es",
        "En Mongolia, la Gran Asamblea del Estado aprobó la ley minera.",
        "Gran Asamblea del Estado",
        "Gran Jural del Estado",
    ),
    ("it", "In Paraguay il Partito Rosso ha mantenuto la presidenza.", "Partito Rosso", "Partito Colorado"),
    (
        "it",
        "In Mongolia la Grande Assemblea di Stato ha approvato la legge mineraria.",
        "Grande Assemblea di Stato",
        "Grande Hural di Stato",
    ),
    ("pt", "No Paraguai, o Partido Vermelho manteve a presidência.", "Partido Vermelho", "Partido Colorado"),
    (
        "pt",
        "Na Mongólia, a Grande Assembleia do Estado aprovou a lei de mineração.",
        "Grande Assembleia do Estado",
        "Grande Hural do Estado",
    ),
]

SILENT = [
    ("en", "In Ohio, the Red Party was a student club that met on Tuesdays."),
    ("en", "In Brasília, the palace on the plateau was lit at dawn."),
    ("fr", "À Lyon, la maison rose du quartier a été rénovée."),
    ("de", "In Wien tagte die Große Staatsversammlung der Studenten nicht."),
    ("es", "En Paraguay, la meseta del Chaco es seca."),
    ("it", "A Roma il Partito Rosso è un gruppo teatrale."),
    ("pt", "Em Lisboa, o Partido Vermelho é uma peça de teatro."),
]


def _calques(code: str, text: str) -> list[tuple[str, str]]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution"}))).findings
    return [(text[finding.start : finding.end], finding.suggestions[0]) for finding in findings]


@pytest.mark.parametrize(("code", "text", "gloss", "official"), FOUND, ids=[f"{c}-{g}" for c, _, g, _ in FOUND])
def test_a_gloss_in_a_story_from_its_country_is_found(code: str, text: str, gloss: str, official: str) -> None:
    assert _calques(code, text) == [(gloss, official)]


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_a_description_or_a_story_from_elsewhere_is_silent(code: str, text: str) -> None:
    assert _calques(code, text) == []
