"""Furniture of channels, newsletters and live blogs that no phrase list holds (round of 2026-11-30,
fourth pass): a newsletter sender's postal address and its "From:" line, a live blog's clock with its
time zone. Each shape is found in several languages; the article's lines that look alike (a venue's
address inside the story, a sentence that starts "From", a clock in prose) stay silent."""

from __future__ import annotations

import pytest

from audit.furniture import detect
from tests.test_furniture import ARTICLES, _boilerplate


def _found(page: str) -> list[str]:
    return [page[item.start : item.end] for item in detect(page)]


def _page(code: str, *lines: str) -> str:
    prose = ARTICLES[code]
    return "\n\n".join([prose, prose, *lines]) + "\n"


@pytest.mark.parametrize(
    ("code", "footer"),
    [
        ("en", ["Unsubscribe | Update your preferences", "The Ledger, 40 Mill Lane, Leeds LS1 5AB"]),
        ("de", ["Newsletter abbestellen", "Stadtwerke Kassel GmbH, Königstor 3, 34117 Kassel"]),
        ("pt", ["Cancelar subscrição", "Cooperativa Agrícola do Vale, Rua da Estação 12, 4700-123 Braga"]),
        ("fr", ["Se désabonner", "La Lettre du Port, 12 quai de la Fosse, 44000 Nantes"]),
    ],
)
def test_a_senders_address_under_a_newsletter_footer_is_furniture(code: str, footer: list[str]) -> None:
    assert _found(_page(code, *footer)) == footer


@pytest.mark.parametrize(
    ("code", "venue"),
    [
        ("it", "Teatro Sociale, via Bonomelli 22, 24122 Bergamo"),
        ("es", "Museo del Puerto, calle Mayor 4, 28013 Madrid"),
        ("en", "Harbour Museum, 2 Quay Street, Bristol BS1 4XY"),
    ],
)
def test_a_venues_address_inside_the_story_stays(code: str, venue: str) -> None:
    prose = ARTICLES[code]
    assert _found("\n\n".join([prose, prose, venue, prose, prose]) + "\n") == []


@pytest.mark.parametrize(
    ("code", "line", "words"),
    [
        ("en", "From: The Ledger Briefing <briefing@ledger.example>", "From: The Ledger Briefing"),
        ("de", "Von: Der Stadtwerke-Brief <brief@stadtwerke.example>", "Von: Der Stadtwerke-Brief"),
        ("es", "De: El Boletín del Puerto <boletin@puerto.example>", "De: El Boletín del Puerto"),
    ],
)
def test_a_senders_line_is_reported_up_to_its_protected_address(code: str, line: str, words: str) -> None:
    page = "\n\n".join([line, ARTICLES[code], ARTICLES[code]]) + "\n"
    findings = _boilerplate(page, code).findings
    assert [page[item.start : item.end].rstrip(" <") for item in findings] == [words]


def test_a_sentence_opening_with_a_sender_word_stays() -> None:
    page = "\n\n".join([ARTICLES["en"], "From Paris to Rome the train takes eleven hours.", ARTICLES["en"]])
    assert _boilerplate(page + "\n", "en").findings == ()


@pytest.mark.parametrize(
    ("code", "stamp"),
    [("en", "14:32 GMT — Key event"), ("de", "09:15 MEZ – Eilmeldung"), ("en", "18:02 BST - Pinned post")],
)
def test_a_live_blogs_clock_keeps_its_label_with_a_time_zone(code: str, stamp: str) -> None:
    assert _found(_page(code, stamp, ARTICLES[code])) == [stamp]


def test_a_zoned_clock_before_a_place_is_not_a_label() -> None:
    assert _found(_page("fr", "19:02 CET – Brest", ARTICLES["fr"])) == []


@pytest.mark.parametrize(
    ("code", "top", "bottom"),
    [
        ("en", ["Главная › Новости"], ["Подписаться на канал", "Share · Tweet · Email"]),
        ("fr", [], ["أخبار ذات صلة", "Partager · Imprimer"]),
        ("de", ["新闻 › 国际"], []),
        ("es", ["Ειδήσεις"], ["Σχετικά άρθρα"]),
    ],
)
def test_a_source_pages_widget_in_its_own_script_at_the_edges_is_furniture(
    code: str, top: list[str], bottom: list[str]
) -> None:
    prose = ARTICLES[code]
    assert _found("\n\n".join([*top, prose, prose, *bottom]) + "\n") == [*top, *bottom]


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        # An untranslated headline is the story's (the `untranslated` rule's), and so is a sentence.
        ("en", ["# Пожар в порту", "prose", "prose"]),
        ("it", ["prose", "prose", "Это правда."]),
        ("en", ["prose", "prose", "ชาวบ้านอ่านประกาศของเทศบาล"]),
        # Inside the story, a line in another script is a quotation or a name, not furniture.
        ("pt", ["prose", "Слава Україні", "prose"]),
    ],
)
def test_a_line_in_another_script_that_is_the_storys_stays(code: str, lines: list[str]) -> None:
    page = "\n\n".join(ARTICLES[code] if line == "prose" else line for line in lines) + "\n"
    assert _found(page) == []
