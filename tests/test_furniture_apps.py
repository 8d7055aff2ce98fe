"""Promotions around a story (round of 2026-11-30, articles 115-117): a prompt to tap for a player or to
download the site's app, a jump line to the rest on the site, a newsletter's footer saying why the reader
gets it, a ticker's header with its link to all news, a magazine's masthead row and an ad's label line
with a phone number; and a source label of another language left after a paragraph's last sentence.
Each shape fires in several languages in wordings of its own, and the article lines that tempt it stay
silent."""

from __future__ import annotations

import pytest

from audit.labels import foreign_labels
from tests.test_furniture_shapes import _found, _page


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # Tap or click to load a player.
        ("en", "Click here to play the audio"),
        ("fr", "Cliquez pour afficher la carte"),
        ("de", "Klicken Sie hier, um den Inhalt zu laden"),
        ("es", "Pulsa aquí para reproducir el vídeo"),
        ("it", "Clicca per vedere il video"),
        ("pt", "Clique aqui para ver a galeria"),
        # Download the site's app.
        ("en", "Get our free news app to follow the election live"),
        ("fr", "Téléchargez notre application pour suivre l'actualité en direct"),
        ("de", "Jetzt die Nachrichten-App herunterladen"),
        ("es", "Descárgate nuestra app y recibe las alertas"),
        ("it", "Scarica l'app per ricevere le notifiche"),
        ("pt", "Descarregue a nossa aplicação para receber alertas"),
        # The rest of the story on the site.
        ("en", "Continue reading on our website →"),
        ("fr", "Retrouvez l'article complet sur notre site internet"),
        ("de", "» Den ganzen Artikel auf unserer Website"),
        ("es", "Lee la noticia completa en nuestra web"),
        ("it", "Leggi tutto sul nostro sito"),
        ("pt", "Continue a ler no nosso site"),
        # Why the reader gets the letter.
        ("en", "You are receiving this newsletter because you signed up on our website."),
        ("fr", "Vous recevez ce courriel parce que vous êtes abonné à notre lettre du soir."),
        ("de", "Sie erhalten diese E-Mail, weil Sie unseren Morgenbrief abonniert haben."),
        ("es", "Recibe este correo porque está suscrito a nuestro boletín semanal."),
        ("it", "Ricevi questa email perché sei iscritto alla nostra newsletter."),
        ("pt", "Você está recebendo este e-mail porque assinou a nossa newsletter."),
        # A ticker's header.
        ("en", "Cricket ticker | All stories"),
        ("de", "Handball-Ticker · Alle Nachrichten"),
        ("es", "Directo Liga | Todas las noticias"),
        ("it", "Ticker Serie A | Tutte le notizie"),
        # An ad's label line with a phone number.
        ("en", "ADVERTISEMENT · Removals across Europe · Call 0161 496 0000"),
        ("de", "ANZEIGE · Umzüge nach Spanien · Tel. 030 123 45 67"),
        ("fr", "PUBLICITÉ | Déménagements vers l'Espagne | Tél. 04 91 12 34 56"),
        ("it", "PUBBLICITÀ · Traslochi in tutta Europa · Tel. 02 1234 5678"),
        ("pt", "PUBLICIDADE · Mudanças para a Suíça · Tel. 21 234 5678"),
        # A magazine's masthead row.
        ("en", "HARBOUR LIFE · Magazine of the English community in Lisbon · No. 87 · March 2025 · 23"),
        ("de", "WIENER BLATT · Zeitschrift der deutschen Gemeinde in Madrid · Nr. 41 · März 2025 · 7"),
        ("it", "ROMA OGGI · Rivista della comunità italiana a Vienna · N. 52 · Marzo 2025 · 9"),
    ],
)
def test_a_promotion_is_found(code: str, line: str) -> None:
    page = _page(code, line)
    assert line in [found for found, _ in _found(page)]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # A story about an app.
        ("en", "The council asks residents to download the app for flood warnings, the mayor said."),
        ("de", "Die Stadt hat die App herunterladen lassen, um Warnungen zu verschicken, sagte der Bürgermeister."),
        ("es", "Descargar la aplicación para recibir alertas fue obligatorio para los voluntarios, según el alcalde."),
        ("pt", "Baixe o aplicativo, pediu o prefeito aos moradores, para receber os alertas de enchente."),
        # A phone number in a story.
        ("en", "Anyone who sees the animal should call 0161 496 0000, the police said."),
        ("fr", "Les témoins peuvent appeler le 04 91 12 34 56, a indiqué la gendarmerie."),
        ("it", "Chi ha visto l'animale può chiamare il numero 02 1234 5678, ha detto la polizia."),
        # "Read more" in a sentence.
        ("fr", "Lire la suite du rapport sur notre site a été impossible lundi, la page était en panne."),
        ("it", "Il direttore ha scritto ai lettori che la storia si può leggere sul nostro sito da lunedì."),
        ("de", "Weiterlesen auf unserer Website konnten die Leser am Montag nicht, sagte die Redaktion."),
        # A story about a newsletter.
        ("en", "Readers receive this letter because they asked for it, the editor wrote in 2019."),
        # Datelines.
        ("es", "VIENA, 4 mar (EFE).- El juicio contra el magnate comenzó este martes."),
        ("de", "MACAU – Vor rund 80.000 Zuschauern hat der Fahrer das Rennen gewonnen."),
        ("pt", "ABIDJAN, 4 mar (Lusa) - As chuvas mataram 24 pessoas na capital económica."),
    ],
)
def test_a_tempting_article_line_stays(code: str, line: str) -> None:
    page = _page(code, line)
    assert _found(page) == []


@pytest.mark.parametrize(
    ("text", "article", "label"),
    [
        ("Food inflation reached 6.8% in February. Fuente: INEGI.", "en", "Fuente:"),
        ("L'inflation alimentaire a atteint 6,8 % en février. Quelle: Destatis", "fr", "Quelle:"),
        ("*Die Kirschen trocknen auf Hochbeeten. Foto: Jonas Heller*", "fr", "Foto:"),
    ],
)
def test_a_foreign_label_after_the_last_sentence_is_found(text: str, article: str, label: str) -> None:
    assert [text[found.start : found.end] for found in foreign_labels(text, article)] == [label]


@pytest.mark.parametrize(
    ("text", "article"),
    [
        # The article's own label, and a capitalised word before a colon that opens a quotation or a list.
        ("L'inflazione alimentare ha raggiunto il 6,8%. Fonte: Istat.", "it"),
        ("The minister was blunt. Source: a long memo that nobody in the cabinet had read before Monday.", "fr"),
        ("Er sagte nur eines. Fuente: das sei kein Name, sondern ein spanisches Wort.", "de"),
    ],
)
def test_a_label_inside_prose_stays(text: str, article: str) -> None:
    assert list(foreign_labels(text, article)) == []
