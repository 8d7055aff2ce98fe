"""The clubs glossaries (glossaries/<lang>/clubs.toml): an Arab club's name rendered word for word fires
only where the sentence is about sport; the same words in ordinary prose, and the clubs' own names,
stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text

FOUND = [
    ("en", "The National Club beat Zamalek 2-0 in the Cairo derby.", "The National Club", "Al-Ahly"),
    ("es", "El Espérance ganó al Club Africano en el derbi de Túnez.", "Club Africano", "el Club Africain"),
    ("fr", "Le Club national a remporté la Ligue des champions africaine.", "Le Club national", "Al-Ahly"),
    ("en", "Fans of Amity of Casablanca booed the referee.", "Amity of Casablanca", "Wydad Casablanca"),
    ("de", "Die Fans des Arabischen Clubs feierten den Pokal.", "Arabischen Clubs", "Al-Arabi"),
    # Set V's two cases, as MT wrote them.
    (
        "en",
        "MC Alger won the capital derby against the Union of the Capital by two goals to one.",
        "the Union of the Capital",
        "USM Alger",
    ),
    (
        "it",
        "Per il tecnico è il secondo trofeo, dopo la Supercoppa vinta contro il Club Arabo.",
        "il Club Arabo",
        "l'Al-Arabi",
    ),
    ("en", "The Crescent Club's coach was sacked after the 3-0 defeat.", "The Crescent Club", "Al-Hilal"),
    ("en", "Hope of Casablanca beat Wydad Casablanca 2-1 in the derby.", "Hope of Casablanca", "Raja Casablanca"),
    ("en", "The Air Force Club fans filled the stadium in Baghdad.", "The Air Force Club", "Al-Quwa Al-Jawiya"),
    (
        "fr",
        "L'entraîneur de l'Espoir de Casablanca a salué ses joueurs.",
        "l'Espoir de Casablanca",
        "le Raja de Casablanca",
    ),
    (
        "fr",
        "La Jeunesse des Tribus a battu le MC Alger au stade du 1er-Novembre.",
        "La Jeunesse des Tribus",
        "la JS Kabylie",
    ),
    (
        "de",
        "Im Finale unterlag die Hoffnung von Tunis dem Étoile du Sahel.",
        "Hoffnung von Tunis",
        "Espérance de Tunis",
    ),
    ("es", "El entrenador del Club de la Unidad dimitió tras la derrota.", "Club de la Unidad", "el Al-Wahda"),
    ("it", "I tifosi della Stella del Sahel hanno invaso lo stadio di Susa.", "Stella del Sahel", "l'Étoile du Sahel"),
    ("pt", "O Clube da Polícia venceu o jogo por 2-0 em Bagdade.", "O Clube da Polícia", "o Al-Shorta"),
]

SILENT = [
    ("en", "The National Club of Kenya hosted the league final."),
    ("fr", "Le Club africain a battu l'Étoile du Sahel en championnat."),
    # The same words in ordinary prose, even with a sports word about.
    ("en", "The national team drew with Ghana, the police said."),
    ("en", "The Union budget gave more money to football academies."),
    ("en", "There is hope for the season, the coach said."),
    ("en", "A crescent moon rose over the stadium before the match."),
    ("en", "The Arab League will host the summit after the final."),
    ("en", "The Red Crescent Club treated injured fans at the stadium."),
    ("en", "Members of the Arab Club met on Friday to discuss the budget."),
    ("fr", "L'équipe nationale a battu le Ghana, a indiqué la police."),
    ("fr", "Le Club arabe du monde organise un débat sur la presse."),
    ("de", "Die Hoffnung auf den Pokal bleibt, sagte der Trainer."),
    ("es", "La esperanza de Casablanca es ganar la liga, dijo el alcalde."),
    ("it", "La Mezzaluna Rossa ha soccorso i tifosi allo stadio."),
    ("pt", "A esperança de Casablanca é vencer a liga, disse o autarca."),
    # The clubs' own names.
    ("en", "USM Alger beat Al-Hilal 2-1 and Raja Casablanca drew with Al-Arabi."),
    ("fr", "Le Raja de Casablanca a battu l'Espérance de Tunis et l'Étoile du Sahel en finale."),
    ("it", "L'Al-Qadsia ha battuto l'Al-Arabi nella finale della coppa."),
    ("es", "El Wydad Casablanca venció al Al-Ahly en la final."),
]


def _clubs(code: str, text: str) -> list[tuple[str, str]]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"glossary"}))).findings
    return [
        (text[finding.start : finding.end], finding.suggestions[0])
        for finding in findings
        if finding.entry and finding.entry.split("/")[1] == "clubs"
    ]


@pytest.mark.parametrize(("code", "text", "rendering", "name"), FOUND, ids=[f"{c}-{r}" for c, _, r, _ in FOUND])
def test_a_rendered_club_name_in_a_sports_sentence_is_found(code: str, text: str, rendering: str, name: str) -> None:
    assert _clubs(code, text) == [(rendering, name)]


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_ordinary_prose_and_the_clubs_own_names_are_silent(code: str, text: str) -> None:
    assert audit_text(text, Config(lang=code, select=frozenset({"glossary"}))).findings == ()
