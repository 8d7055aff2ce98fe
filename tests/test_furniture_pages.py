"""Furniture of newsletters, wires, apps and blogs (round of 2026-11-30, second helper): a page's header
and footer printed a blank line apart, widget under widget. Each shape is found in several languages,
and the article lines that stand where it stands (headlines, kickers, credits) stay silent."""

from __future__ import annotations

import pytest

from audit.furniture import detect
from tests.test_furniture import ARTICLES, _boilerplate


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
            _footer("de", "Schlagwörter: Bahn, Europa", "Beliebte Videos", "Kommentar schreiben"),
            ["Schlagwörter: Bahn, Europa", "Beliebte Videos", "Kommentar schreiben"],
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
    page = "\n\n".join([prose, "Kommentar schreiben", "Beliebte Videos", prose, prose]) + "\n"
    assert _found(page) == ["Kommentar schreiben"]


def _between(code: str, line: str) -> str:
    prose = ARTICLES[code]
    return "\n\n".join([prose, line, prose]) + "\n"


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "KNA-ENG | 03-11-2025 | 09:42 EAT | Priority: Urgent | Words: 512"),
        ("en", "KNA JM/PO 0942 EAT"),
        ("fr", "ANT-FR 121430 GMT NOV 25 jd/mc"),
        ("it", "AGZ0311 3 R 0127 ITA /AGZ-IT/ Italia-porti-trasporti"),
        ("de", "DNX-DE 0942 MEZ NOV 25 ab/cd"),
    ],
)
def test_an_agencys_slug_is_found_at_the_edge_of_the_item(code: str, line: str) -> None:
    prose = ARTICLES[code]
    page = "\n\n".join([line, prose, prose]) + "\n"
    assert [(page[item.start : item.end], item.kind, item.sure) for item in detect(page)] == [(line, "wire", True)]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "COVID-19 CASES RISE 12 PERCENT IN DELHI"),
        ("fr", "PSG 2-1 OM : LE CLASSIQUE AU PARC"),
        ("it", "G7 E G20, VERTICE A ROMA NEL 2026"),
        ("de", "Der ICE 1507 fährt um 14:07 MEZ ab."),
    ],
)
def test_capitals_and_codes_of_an_article_stay(code: str, line: str) -> None:
    assert detect(_between(code, line)) == ()


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "THE DELTA NOTE · Issue 48 · Farms, rivers and markets, every Monday"),
        ("de", "DER HAFENBRIEF — Ausgabe 31 — Nachrichten aus Kiel, jeden Freitag"),
        ("fr", "LA LETTRE DU PORT · n° 77 · L’actualité maritime, chaque jeudi"),
        ("es", "EL BOLETÍN DEL SUR · Número 15 · Campo y ciudad, cada mañana"),
    ],
)
def test_a_newsletters_masthead_with_its_issue_and_schedule_is_found(code: str, line: str) -> None:
    prose = ARTICLES[code]
    page = "\n\n".join([line, prose, prose]) + "\n"
    assert [(page[item.start : item.end], item.kind) for item in detect(page)] == [(line, "running head")]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # Without a name in capitals or an issue number a line of this build is a subhead or a list.
        ("en", "The Delta Note · Issue 48 · every Monday"),
        ("de", "Ausgabe 31 — Nachrichten aus Kiel, jeden Freitag"),
    ],
)
def test_a_schedule_without_a_masthead_stays(code: str, line: str) -> None:
    assert detect(_between(code, line)) == ()


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "PSEi 6,512.30 ▼0.41% | USD/PHP 57.85 | Brent 81.20 USD/bbl"),
        ("de", "DAX 18.412,55 ▲0,84 % | EUR/USD 1,0832 | Gold 2.310 USD/Unze"),
        ("pt", "Ibovespa 128.540 ▲1,2% | Dólar R$ 5,12 | Euro R$ 5,49"),
    ],
)
def test_a_board_of_quotes_between_bars_is_a_ticker(code: str, line: str) -> None:
    assert [(item.kind, item.sure) for item in detect(_between(code, line))] == [("ticker", True)]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Turnout rose to 61% ▲4% on the last vote | the commission said | results are final"),
        ("fr", "La participation ▲4 % | selon la commission, les résultats définitifs sont attendus lundi"),
    ],
)
def test_a_sentence_with_an_arrow_and_bars_stays(code: str, line: str) -> None:
    assert detect(_between(code, line)) == ()


@pytest.mark.parametrize(
    ("code", "line", "kind"),
    [
        # A teaser lead, then the site it sends the reader to, then the colon.
        ("fr", "À lire aussi sur Le Courrier du Port : Le ferry de nuit revient en juin", "fr/related"),
        ("en", "Read more on Harbour Now: Ferry fares rise again in April", "en/related"),
        # A partner's label and its pitch after a dash.
        ("fr", "PARTENAIRE — Découvrez nos offres de voyage en Bretagne", "fr/ads"),
        ("de", "Partner — Jetzt die neue Bahncard testen", "de/ads"),
        # What else a newsletter's issue holds, after its lead.
        ("en", "In this issue: Ferry fares rise · The new pier opens in May", "en/related"),
        ("es", "En este número: Sube el ferry · El nuevo muelle abre en mayo", "es/related"),
        ("it", "In questo numero: Il traghetto rincara · Il nuovo molo apre a maggio", "it/related"),
        # A poster's preface that apologises for the machine translation it announces.
        ("en", "Put the piece from the Courier through Google Translate, sorry for the clumsy bits:", "en/forum"),
        ("fr", "Je vous mets l’article passé dans le traducteur, désolé pour les tournures :", "fr/forum"),
        ("it", "Vi incollo l’articolo tradotto con il traduttore automatico, scusate lo stile:", "it/forum"),
    ],
)
def test_leads_and_prefaces_of_newsletters_and_forums_are_found(code: str, line: str, kind: str) -> None:
    assert [(item.kind, item.sure) for item in detect(_between(code, line))] == [(kind, True)]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "À lire aussi le rapport du ministère : il conclut que le port doit fermer."),
        # A lead that opens a quotation names a person (shared/data/mlqe-pe ru-en).
        ("en", "Listen to Mr. Kropotkin:"),
        ("en", "Listen to Anna Petrova: the talks will resume in May"),
        ("en", "Partner of the firm Helen Marsh said the deal would close in May."),
        ("en", "In this issue the council was divided, the mayor said."),
        # A preface that says how the text was translated without apologising ends a sentence of the
        # article's own ("… the ministry said:") as often as a poster's.
        ("en", "The agency ran the statement through its own translation tool and said:"),
        ("fr", "Le ministère a fait traduire le texte par un outil automatique, puis a précisé :"),
    ],
)
def test_lines_that_open_like_a_lead_or_a_preface_stay(code: str, line: str) -> None:
    assert detect(_between(code, line)) == ()


@pytest.mark.parametrize(
    ("code", "line", "kind"),
    [
        # A listen button led by a speaker or headphones, its length after the medium's name.
        ("de", "🔊 Artikel vorlesen lassen (Audio, 4:12)", "player"),
        ("fr", "🎧 Écouter cet article (Audio, 6:40)", "player"),
        ("en", "🔊 Listen to the report (Podcast, 12:05)", "player"),
        # A browser's permission prompt: a question, then a button that grants and one that puts off.
        ("en", "Turn on alerts for this story? Allow | Later", "prompt"),
        ("fr", "Recevoir nos alertes ? Autoriser | Plus tard", "prompt"),
        ("de", "Eilmeldungen erhalten? Erlauben | Nicht jetzt", "prompt"),
        # A count of readings in any of the six languages.
        ("it", "Letto 2.310 volte", "counter"),
        ("de", "Gelesen: 2.310 Mal", "counter"),
        ("es", "Leído 2.310 veces", "counter"),
        # A forum poster's count of posts and the date they joined.
        ("fr", "Messages : 412 | Inscrit le : 11/2021", "counter"),
        ("es", "Mensajes: 412 | Registrado: 11/2021", "counter"),
    ],
)
def test_app_and_forum_widgets_are_found(code: str, line: str, kind: str) -> None:
    assert [(item.kind, item.sure) for item in detect(_between(code, line))] == [(kind, True)]


def test_a_count_of_readings_after_a_bylines_stamp_goes_with_the_stamp() -> None:
    prose = ARTICLES["it"]
    byline = "di Redazione | 3 marzo 2026 ore 09:40 | Letto 2.310 volte"
    page = "\n\n".join([byline, prose, prose]) + "\n"
    assert [page[item.start : item.end] for item in detect(page)] == [" | 3 marzo 2026 ore 09:40 | Letto 2.310 volte"]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("es", "Cerrado 3 veces"),
        ("en", "Should the ferry run on Sundays? Yes | No"),
        ("en", "Did the council allow it? Not at first, the mayor said"),
        ("en", "Joined in 2019, the mayor said the port would reopen."),
        ("de", "🔊 Der Minister sagte, die Abstimmung (im Mai, 3:05) sei verschoben."),
    ],
)
def test_lines_that_tempt_the_widget_shapes_stay(code: str, line: str) -> None:
    assert detect(_between(code, line)) == ()


@pytest.mark.parametrize(
    ("code", "kicker"),
    [
        ("fr", "ÉCONOMIE – RÉGIONS"),
        ("es", "GASTRONOMÍA · PRODUCTO · GRECIA"),
        ("it", "NotizieOggi › Sport"),
        ("de", "POLITIK — AUSLAND"),
    ],
)
def test_a_path_of_sections_over_the_headline_is_found(code: str, kicker: str) -> None:
    page = _header(code, kicker, "# Il porto chiude per lavori")
    assert _found(page) == [kicker]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # Between paragraphs two sections cut by a dash are a subhead of the story.
        ("fr", "Europe – Afrique"),
        ("es", "Política — Economía"),
        # Chevrons between two names that are no sections: a route.
        ("it", "Roma › Milano"),
    ],
)
def test_sections_cut_by_a_dash_inside_the_story_stay(code: str, line: str) -> None:
    assert detect(_between(code, line)) == ()


@pytest.mark.parametrize(
    ("code", "footer", "notice"),
    [
        ("fr", "www.courrier-du-port.example – Pour vous abonner, appelez le 01 23 45 67 89", "Pour vous abonner"),
        ("it", "www.gazzetta-del-molo.example — Copia ad uso personale, vietata la diffusione", "Copia ad uso"),
        ("en", "harbour-news.example — Copy for personal use only", "harbour-news.example"),
    ],
)
def test_a_printed_pages_footer_under_the_article_is_reported_without_its_address(
    code: str, footer: str, notice: str
) -> None:
    page = _footer(code, footer)
    findings = _boilerplate(page, code).findings
    assert [page[finding.start : finding.end].strip().startswith(notice) for finding in findings] == [True]
    assert all("www." not in page[finding.start : finding.end] for finding in findings)


def test_an_address_and_a_dash_inside_the_story_stay() -> None:
    prose = ARTICLES["fr"]
    page = "\n\n".join([prose, "www.courrier-du-port.example – le nouveau site du port", prose]) + "\n"
    assert _boilerplate(page, "fr").findings == ()
