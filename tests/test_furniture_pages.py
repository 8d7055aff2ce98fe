"""Furniture of newsletters, wires, apps and blogs (round of 2026-11-30, second helper): a page's header
and footer printed a blank line apart, widget under widget. Each shape is found in several languages,
and the article lines that stand where it stands (headlines, kickers, credits) stay silent."""

from __future__ import annotations

import pytest

from audit.furniture import detect
from tests.test_furniture import ARTICLES


def _found(page: str) -> list[str]:
    return [page[item.start : item.end] for item in detect(page)]


def _footer(code: str, *lines: str) -> str:
    prose = ARTICLES[code]
    return "\n\n".join([prose, prose, *lines]) + "\n"


def _header(code: str, *lines: str) -> str:
    prose = ARTICLES[code]
    return "\n\n".join([*lines, prose, prose]) + "\n"


@pytest.mark.parametrize(
    ("page", "widgets"),
    [
        (
            _footer("de", "Schlagwörter: Bahn, Europa", "Beliebte Beiträge", "Kommentar schreiben"),
            ["Schlagwörter: Bahn, Europa", "Beliebte Beiträge", "Kommentar schreiben"],
        ),
        (
            _footer(
                "es", "Entrada más reciente · Entrada antigua · Página principal", "Suscribirse a: Comentarios (Atom)"
            ),
            ["Entrada más reciente · Entrada antigua · Página principal", "Suscribirse a: Comentarios (Atom)"],
        ),
        (
            _header("it", "HOME | CRONACA | MONDO | SPORT | METEO", "FOTO E VIDEO", "# Il porto chiude per lavori"),
            ["HOME | CRONACA | MONDO | SPORT | METEO", "FOTO E VIDEO"],
        ),
        (_header("en", "‹ Back    SPORT    🔔", "Open in app"), ["‹ Back    SPORT    🔔", "Open in app"]),
        (
            _footer("fr", "👍 12 · 💬 3 · Partager", "Voir l’article sur le site de l’éditeur", "Signaler un abus"),
            ["👍 12 · 💬 3 · Partager", "Voir l’article sur le site de l’éditeur", "Signaler un abus"],
        ),
    ],
)
def test_widgets_a_blank_line_apart_outside_the_article_are_furniture(page: str, widgets: list[str]) -> None:
    assert _found(page) == widgets


@pytest.mark.parametrize(
    ("page", "widgets"),
    [
        # A kicker and a headline above the prose have words of their own, whatever the menu above.
        (
            _header("es", "INICIO | MUNDO | DEPORTES | CULTURA", "**ORIENTE PRÓXIMO**", "# El tren ligero divide"),
            ["INICIO | MUNDO | DEPORTES | CULTURA"],
        ),
        (
            _header(
                "en", "Home | World | Sport | Business", "Ohio River bridge to close for six months", "Open in app"
            ),
            ["Home | World | Sport | Business", "Open in app"],
        ),
        # A credit under the article names someone, between furniture or not.
        (
            _footer("pt", "Partilhar · Imprimir", "Foto: Bruno Kelly/Reuters", "Comentar"),
            ["Partilhar · Imprimir", "Comentar"],
        ),
    ],
)
def test_article_lines_a_blank_line_from_furniture_stay(page: str, widgets: list[str]) -> None:
    assert _found(page) == widgets


def test_a_weak_line_between_paragraphs_needs_its_block() -> None:
    prose = ARTICLES["de"]
    page = "\n\n".join([prose, "Kommentar schreiben", "Beliebte Beiträge", prose, prose]) + "\n"
    assert _found(page) == ["Kommentar schreiben"]
