"""Furniture known by its shape rather than its wording (round of 2026-11-30): reading times, paywall
meters, consent notices, counts worded as a line, buttons naming the page, rows of topics, sections
after a lead, paths after a section, end marks, arrow-led teasers and blurbs under the byline. Each is
found in two languages or more in a wording no list holds, and lines of articles that tempt it stay
silent."""

from __future__ import annotations

import pytest

from audit.furniture import detect
from tests.test_furniture import ARTICLES


def _page(code: str, *lines: str) -> str:
    prose = ARTICLES[code]
    return "\n\n".join([prose, *lines, prose]) + "\n"


def _found(page: str) -> list[tuple[str, str]]:
    return [(page[item.start : item.end], item.kind) for item in detect(page)]


@pytest.mark.parametrize(
    ("code", "line", "kind"),
    [
        ("de", "6 Minuten Lesezeit", "reading time"),
        ("fr", "Lecture : 7 min", "reading time"),
        ("en", "12 minutes reading", "reading time"),
        ("es", "Has leído 4 de tus 10 artículos gratis", "paywall"),
        ("de", "Sie haben 4 von 10 kostenlosen Artikeln gelesen.", "paywall"),
        ("it", "Hai letto 4 articoli gratuiti su 10", "paywall"),
        ("en", "Continuing to browse means you accept our use of cookies.", "cookies"),
        ("es", "Si sigues navegando, aceptas nuestra política de cookies.", "cookies"),
        ("de", "Mit der Nutzung dieser Seite stimmen Sie der Verwendung von Cookies zu.", "cookies"),
        ("fr", "Cet article a suscité 12 réactions", "counter"),
        ("es", "Este artículo tiene 9 comentarios", "counter"),
        ("pt", "Este artigo tem 31 comentários", "counter"),
        ("fr", "Imprimer cet article", "interface"),
        ("it", "Commenta questo articolo", "interface"),
        ("en", "More on these topics: Rail · Europe · Night trains", "feed"),
        ("de", "Mehr zum Thema: Bahn · Europa · Nachtzüge", "feed"),
        ("en", "Filed under Politics, Europe", "en/feed"),
        ("es", "Archivado en Política, Europa", "es/feed"),
        ("en", "Sport / Football / Premier League", "breadcrumb"),
        ("it", "Sport / Calcio / Serie A", "breadcrumb"),
        ("es", "(fin)", "wire"),
        ("pt", "(fim)", "wire"),
        ("en", "Duration: 4:12", "en/player"),
        ("pt", "Duração 12:40", "pt/player"),
        ("en", "Open in the app", "share bar"),
        ("it", "Guarda su YouTube", "share bar"),
        ("de", "Bei Instagram ansehen", "share bar"),
        ("fr", "Lire en espagnol", "tools"),
        ("de", "Auf Türkisch lesen", "tools"),
        ("en", "Save my name, email and website for the next time I comment.", "comments"),
        ("es", "Guardar mi nombre, correo y web para el próximo comentario.", "comments"),
        ("en", "Our pick of the week's stories, in your inbox every Friday.", "newsletter"),
        ("fr", "L'essentiel de l'actualité régionale, chaque matin dans votre boîte mail.", "newsletter"),
        ("it", "Le notizie del giorno, ogni sera nella tua casella di posta.", "newsletter"),
        ("de", "dpa/lno/kb", "wire"),
        ("en", "GENEVA (AP) —", "wire"),
        ("en", "Get alerts on this topic", "interface"),
        ("es", "Seguir este tema", "interface"),
        ("fr", "PLUS D'INFOS | Le tram de nuit revient en juin", "related"),
        ("it", "Contenuti sponsorizzati da Plista", "it/ads"),
        ("pt", "Conteúdo promovido por Plista", "pt/ads"),
    ],
)
def test_a_shape_no_list_holds_is_found(code: str, line: str, kind: str) -> None:
    page = _page(code, line)
    assert _found(page) == [(line, kind)]


@pytest.mark.parametrize(
    ("code", "teasers"),
    [
        ("en", ("→ Ferry fares rise again in April", "→ How the new timetable works")),
        ("es", ("➤ Los embalses bajan al 20 %", "➤ Qué hacer si cortan el agua")),
    ],
)
def test_headlines_led_by_arrows_are_teasers(code: str, teasers: tuple[str, str]) -> None:
    page = _page(code, "\n".join(teasers))
    assert _found(page) == [(teaser, "related") for teaser in teasers]


@pytest.mark.parametrize(
    ("code", "byline", "blurb"),
    [
        ("en", "By Ruth Amadi, Leeds", "Ruth Amadi is a culture reporter who writes about museums."),
        ("de", "Von Jonas Becker, Santiago", "Jonas Becker ist Südamerika-Korrespondent der Zeitung."),
        ("fr", "Par Claire Morel (Lyon)", "Claire Morel est journaliste au service culture."),
    ],
)
def test_an_authors_blurb_right_under_the_byline_is_found(code: str, byline: str, blurb: str) -> None:
    prose = ARTICLES[code]
    page = "\n\n".join([byline, blurb, prose, prose]) + "\n"
    assert _found(page) == [(blurb, "author")]


@pytest.mark.parametrize(
    ("code", "byline", "opening"),
    [
        ("en", "By Tom Ridley", "Tom Ridley reported from Brussels, where the commission met on Tuesday."),
        ("fr", "Par Claire Dumas", "Claire Dumas est allée à Bruxelles, où la commission s'est réunie mardi."),
    ],
)
def test_a_story_opening_with_its_reporter_stays(code: str, byline: str, opening: str) -> None:
    prose = ARTICLES[code]
    assert detect("\n\n".join([byline, opening, prose, prose]) + "\n") == ()


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Under the new rules, a site that stores cookies on your device without a clear choice could be fined."),
        ("fr", "Un site qui dépose des cookies sur votre appareil sans choix clair sera sanctionné."),
        ("en", "Visitors must be able to refuse cookies as easily as they accept them, the regulator said."),
        ("en", "The paper's meter, which allowed 5 free articles a month, was dropped in 2019."),
        ("es", "El contador del diario, que permitía 10 artículos gratis al mes, desapareció en 2019."),
        ("en", "Reading the report takes about 40 minutes, the author admitted."),
        ("it", "La lettura del rapporto richiede circa 40 minuti, ammette l'autore."),
        ("en", "Posted in Brussels, the letter reached the ministry a week later."),
        ("pt", "Publicado em Lisboa, o apelo reuniu quarenta editores."),
        ("en", "→ What changes for readers"),
        ("en", "A reader sent 24 comments on the draft, all of them about the council's website."),
        ("en", "Votes: Yes 54 · No 46 · Abstained 3"),
        ("en", "Duration of the consultation: 12 weeks"),
        ("fr", "Il faut environ 40 minutes de lecture pour venir à bout du rapport."),
        ("de", "Ein Leser schickte 24 Kommentare zur Datenschutzerklärung der Stadt."),
        ("en", "Trump on TikTok"),
        ("es", "Ver en directo el partido del domingo"),
        ("en", "I sent my comments by email last week, and nobody replied."),
        ("fr", "Apprendre à lire en anglais"),
        ("en", "If a message like this lands in your inbox, delete it at once."),
        ("es", "Si un mensaje así llega a tu correo, bórralo sin abrirlo."),
        ("en", "GENEVA (AP) — Talks on the river treaty resumed on Monday."),
        ("de", "Veröffentlicht in Berlin, Hamburg und München, erreichte der Aufruf vierzig Verlage."),
        ("en", "ANALYSIS | Why the council changed its mind on the bypass"),
        ("en", "Written by Helen Marsh"),
        ("es", "Este tema divide al gobierno"),
    ],
)
def test_a_line_of_an_article_that_tempts_a_shape_stays(code: str, line: str) -> None:
    assert detect(_page(code, line)) == ()
