"""Heads of a printed page the newest annotated articles kept, written anew: a section in capitals and
the full day without a page number, a paper's name in capitals with an inner page number and the day,
the paper's address where its name would stand (written out or a protected link), an issue numbered
with its year ("Nr. 51/2025"); and the interface lines of the source languages added with them, in
other wordings than their ui.toml examples; the minutes after a clock pictogram (a reading time), an
e-mail's sent stamp, a button to show the full text and a lead to follow a topic. Beside them, lines of articles that look alike: datelines,
scores, credits, a subhead naming a region, and a sentence about a page."""

from __future__ import annotations

import pytest

from tests.test_furniture_families import _found
from tests.test_furniture_rows import _reported

HEADS = [
    ("de", "SPORT · SAMSTAG, 4. APRIL 2026"),
    ("it", "CRONACA | MARTEDÌ 3 GIUGNO 2025"),
    ("es", "www.heraldodelsur.es | 7 DE MAYO DE 2025 | 23"),
    ("fr", "lecourrierdulac.fr · 12 · VENDREDI 7 MARS 2025"),
    ("it", "IL CORRIERE DEL PORTO — 9 — MARTEDÌ 3 GIUGNO 2025"),
    ("pt", "O FAROL DA RIA · 6 · SÁBADO, 5 DE ABRIL DE 2025"),
    ("en", "THE VALLEY POST · valleypost.co.uk"),
    ("de", "POLITIK · Ausgabe 12/2024 · Seite 5"),
    ("en", "HARBOUR GAZETTE · https://harbourgazette.example/epaper"),
]

SOURCE_LINES = [
    ("fr", "Soma nanone: Abahinzi b'ikawa babonye isoko rishya"),
    ("de", "Aqra aktar: Il-port ta' Marsaxlokk jikber"),
    ("it", "Darllen mwy"),
    ("es", "Прочитајте повеќе"),
    ("pt", "Чытайце таксама: Новы тралейбус выйшаў на маршрут"),
    ("en", "Sangiza"),
]

PIECES = [
    ("it", "⏱️ 4 minuti"),
    ("pt", "🕒 6 minutos"),
    ("en", "⌚ 2 min"),
    ("de", "Gesendet am 4. März 2026, 07:15"),
    ("en", "Sent on 12 May 2025, 18:40"),
    ("fr", "[Afficher le texte complet]"),
    ("it", "Mostra il testo completo"),
    ("en", "Follow this topic: climate change"),
    ("de", "Diesem Thema folgen: Energiewende"),
]

SILENT = [
    ("es", "🕐 3 de marzo"),
    ("de", "⏱ 3 Min. bis zum Ziel, dann war das Rennen vorbei."),
    ("en", "The letter was sent on 12 May 2025, the council said, but never answered."),
    ("it", "Il testo completo della sentenza sarà pubblicato lunedì, ha detto il giudice."),
    ("fr", "PARIS, 21 AOÛT 2025"),
    ("es", "MADRID, 19 DE MARZO DE 2026"),
    ("en", "Real Madrid | 3 | 12 March 2026"),
    ("es", "REAL MADRID · 3 · BARCELONA"),
    ("de", "AFP · www.afp.com"),
    ("fr", "AFRIQUE DE L'OUEST · SÉNÉGAL"),
    ("de", "DPA · https://www.dpa.com"),
    ("pt", "A edição de sábado, 5 de abril de 2025, saiu com 6 páginas sobre o porto, disse o diretor."),
    ("en", "Photo: www.flickr.com"),
]


@pytest.mark.parametrize(("code", "line"), HEADS)
def test_a_print_page_head_is_found_between_paragraphs(code: str, line: str) -> None:
    assert _reported(code, line, "middle")
    assert "running head" in {kind for _, kind in _found(code, line)}, line


@pytest.mark.parametrize(("code", "line"), SOURCE_LINES)
def test_source_furniture_in_other_wordings_is_found(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == [line]


@pytest.mark.parametrize(("code", "line"), PIECES)
def test_a_reading_time_stamp_or_button_is_found(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == [line]


@pytest.mark.parametrize(("code", "line"), SILENT)
def test_a_line_of_the_article_that_looks_like_a_head_stays(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == []


def test_a_head_opening_on_a_protected_address_is_reported_after_it() -> None:
    # The address is protected (no finding touches it): the words after it are reported.
    line = "www.heraldodelsur.es | 7 DE MAYO DE 2025 | 23"
    assert _reported("es", line, "middle") == ["| 7 DE MAYO DE 2025 | 23"]
