"""Families of page furniture the blind set 83-88 showed and the detector did not know, each written here
anew in three languages or more (none is a string of the corpus), and lines of articles that tempt each
family and must stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.furniture import detect
from audit.markup import Markup
from tests.test_furniture import ARTICLES


def _page(code: str, line: str, where: str = "middle") -> str:
    prose = ARTICLES[code]
    parts = {"top": [line, prose, prose], "middle": [prose, line, prose], "bottom": [prose, prose, line]}[where]
    return "\n\n".join(parts) + "\n"


def _found(code: str, line: str, where: str = "middle") -> list[tuple[str, str]]:
    page = _page(code, line, where)
    return [(page[item.start : item.end], item.kind) for item in detect(page)]


FAMILIES = [
    # Teletype codes and continuation marks of a wire story.
    ("it", "ZCZC ANS0981 2 POL /R01 /ITA", "wire"),
    ("es", "ZCZC0231/EFE ESPAÑA INT", "wire"),
    ("de", "ZCZC DPA0415 4 POL", "wire"),
    ("it", "ROS/PG 12-GEN-25 18:03 NNNN", "wire"),
    ("en", "MB/JL 03-MAR-26 11:40 NNNN", "wire"),
    ("it", "red/sam 141530 GIU 25 NNNN", "wire"),
    ("fr", "jd/pm 031652 GMT OCT 25 NNNN", "wire"),
    ("es", "SIGUE", "wire"),
    ("it", "(SEGUE)", "wire"),
    ("de", "/AB/ (FOLGT)", "wire"),
    # Copyright notices.
    ("en", "© Copyright 2024 Valley Times. All rights reserved.", "copyright"),
    ("fr", "© Copyright Le Courrier du Lac. Tous droits réservés.", "copyright"),
    ("de", "ALLE RECHTE VORBEHALTEN © Copyright dpa", "copyright"),
    ("es", "© Copyright por Diario del Valle", "copyright"),
    ("pt", "Todos os direitos reservados © Jornal da Serra 2025", "copyright"),
    # A section path printed with bars or dots.
    ("pt", "Mundo | Europa | Polónia", "breadcrumb"),
    ("es", "Internacional · Europa", "breadcrumb"),
    ("fr", "Monde | Asie", "breadcrumb"),
    ("it", "Esteri | Asia | Giappone", "breadcrumb"),
    # Running heads cut by dashes, classified ads, a teaser sending to a printed page.
    ("en", "THE VALLEY TIMES — MONDAY, 3 MARCH 2025 — PAGE 4 — REGION", "running head"),
    ("fr", "LE COURRIER DU LAC — MARDI 4 MARS 2025 — PAGE 12", "running head"),
    ("de", "DER LANDBOTE – SEITE 7 – LOKALES", "running head"),
    ("en", "CLASSIFIEDS — ROOM TO LET, CITY CENTRE. CALL 020 7946 0000", "en/ads"),
    ("fr", "PETITES ANNONCES — Vends vélo, bon état. Tél. 06 12 34 56 78", "fr/ads"),
    ("es", "CLASIFICADOS — Se alquila piso en el centro. Llame al 912 345 678", "es/ads"),
    ("fr", "Lire aussi en page 9 : Le marché couvert rouvre", "fr/related"),
    ("de", "Lesen Sie auch auf Seite 5: Der Hafen wächst", "de/related"),
    ("es", "Lea también en la página 6: El puerto crece", "es/related"),
    # Teasers in the source page's language (Polish pages scraped into other languages).
    ("en", "Czytaj też: Nowy dworzec otwarty w marcu", "pl/related"),
    ("de", "Zobacz także: Tramwaje wracają na Długą", "pl/related"),
    ("fr", "Zdjęcia: 9 zdjęć w galerii", "pl/gallery"),
    # Users' ratings, players with a unit, broadcast stamps.
    ("fr", "★★★☆☆ 3,2 (118 avis)", "rating"),
    ("en", "★★★★★ 4.8 (2,341 ratings)", "rating"),
    ("de", "★★★★☆ (12 Bewertungen)", "rating"),
    ("de", "▶ Podcast: Folge hören (14:05 Min.)", "player"),
    ("fr", "▶ Écouter le reportage (03:12 min)", "player"),
    ("en", "▶ Listen to the report (02:45 mins)", "player"),
    ("de", "Sendung: Abendschau, 12.03.2025, 19:30 Uhr", "stamp"),
    ("en", "Broadcast: Newsnight, 3 May 2025, 22:30", "stamp"),
    ("fr", "Émission : Journal régional, 4 mars 2025, 19:00", "stamp"),
    # Contact bars, links to the story on its site, an aggregator's credit with a reading time.
    ("en", "Hotline: 0800 123 456 | Fax: 0800 123 457", "contact"),
    ("de", "Telefon: 030 1234 567 · Fax: 030 1234 568", "contact"),
    ("fr", "Tél. : 01 23 45 67 89 | Fax : 01 23 45 67 80", "contact"),
    ("de", "Weiterlesen auf hafen-kurier.example ›", "de/related"),
    ("fr", "Lire la suite sur courrier-du-lac.example", "fr/related"),
    ("en", "Read more at valley-times.example →", "en/related"),
    ("de", "Quelle: Hafen-Kurier · vor 2 Stunden · 3 Min. Lesezeit", "de/live"),
    ("en", "Source: Valley Times · 2 hours ago · 3 min. read", "en/live"),
    # A paywall's offer beside its buttons.
    ("de", "Jetzt weiterlesen mit PLUS – 3 Monate für 1 €. Jederzeit kündbar.", "prompt"),
    ("en", "Subscribe now – £1 a week for 3 months. Cancel anytime.", "en/paywall"),
    ("fr", "Je m'abonne – 1 € par mois. Sans engagement.", "fr/newsletter"),
    # Forum and comment chrome: counts with icons, a post's buttons, a form's required fields, a footer.
    ("fr", "Partager : 🔗 12 · 💬 3", "fr/share"),
    ("de", "Teilen: 🔗 8 · 💬 2", "de/share"),
    ("en", "Share: 🔗 21 · 💬 4", "en/share"),
    ("de", "Nach oben · Mit Zitat antworten · Melden", "de/navigation"),
    ("en", "Top · Reply with quote · Report", "en/forum"),
    ("es", "Arriba · Responder citando · Reportar", "es/forum"),
    ("fr", "Nom* E-mail* Publier le commentaire", "fr/comments"),
    ("en", "Name* Email* Post comment", "en/comments"),
    ("it", "Nome* E-mail* Pubblica il commento", "it/comments"),
    ("de", "Fehler melden | Erklärung zur Barrierefreiheit | Impressum", "de/comments"),
    ("fr", "Signaler une erreur · Déclaration d'accessibilité · Mentions légales", "fr/comments"),
    ("it", "Segnala un errore | Dichiarazione di accessibilità", "it/comments"),
    # A forum poster's signature: a few words, then the poster's own site or handle.
    ("de", "Berlinerin in Kyoto seit 2019 — mein Blog: kyoto-notizen.example", "signature"),
    ("es", "Madrileña en Lisboa — mi blog: lisboa-diario.example", "signature"),
    ("en", "Harbour walker since 2010 | my photo blog: harbour-lens.example", "signature"),
    # Blind set m (182-185): reactions with their icons and a last button, an app's tab bar, a phone's
    # status bar, a blog's archive by month, a comment closed by its buttons, ranked teasers after a lead.
    ("de", "👍 Gefällt mir 204   💬 Kommentare 61   ↗ Teilen", "reactions"),
    ("fr", "👍 J'aime 31   💬 Commentaires 4   ↗ Partager", "reactions"),
    ("de", "🏠 Start   📰 Neueste   ▶ Videos   👤 Mein Konto", "menu"),
    ("es", "🏠 Inicio   📰 Últimas   ▶ Vídeos   👤 Mi cuenta", "menu"),
    ("en", "9:41                 5G ▮▮▮ 87%", "menu"),
    ("fr", "14:02  4G  📶  64 % 🔋", "menu"),
    ("fr", "Archives : mars 2025 (4) · février 2025 (6) · janvier 2025 (5)", "menu"),
    ("en", "Archive: March 2025 (4) · February 2025 (6)", "menu"),
    ("fr", "**Realist_KE** : Ils pleurent après… — Répondre | 👍 9 👎 31", "comments"),
    ("en", "mwangi_j: This court is a joke · Reply · 👍 12", "comments"),
    ("es", "Más leídas: 1. El puerto reabre · 2. Sube el precio del pan · 3. Llueve en Agadir", "es/related"),
    ("fr", "Articles populaires : 1. Le port rouvre 2. Le pain augmente", "fr/related"),
    # Blind set n (178-181): a weather widget's row, an AMP page's bar, a live ticker's reload button.
    ("it", "☀ Amman 22° | ⛅ Irbid 19° | ☀ Aqaba 30° — Previsioni complete", "weather"),
    ("en", "Basra 44° · Amarah 46° · Nasiriyah 45°", "weather"),
    ("fr", "☰ Afrique Éco ⚡", "menu"),
    ("es", "⚡ Diario del Estrecho · AMP", "menu"),
    # Blind set k (190-193): a reader's comment opened by its poster and when, a player's bar, a listen
    # button with its minutes, a printed export's page out of its pages, teasers on one line after a lead.
    ("fr", "kiki_75 — il y a 3 h : Encore des promesses, on verra bien en septembre.", "comments"),
    ("en", "Tom W. — 5 hours ago: Finally some good news for the harbour!", "comments"),
    ("es", "Lucía R. — hace 2 horas: ¿Y quién paga la factura de todo esto?", "comments"),
    ("en", "▶ 03:12 | Watch: Flood barriers go up along the river | HD", "player"),
    ("de", "Artikel anhören 🔊 6 min", "player"),
    ("fr", "Imprimé le 02/03/2026 à 10:15 — Page 2 sur 4", "running head"),
    ("de", "Seite 1 von 3 — Nur zum persönlichen Gebrauch", "running head"),
    ("en", "Partner picks: Rice prices climb for a third week | Dock workers vote to strike", "related"),
    ("it", "Dal nostro canale: Maltempo, chiuse tre scuole a Cesena (02:10)", "related"),
    ("pt", "Notas relacionadas: Porto de Santos bate recorde · Nova ponte liga Niterói ao centro", "related"),
    # A playlist's row: videos, each a headline and its length.
    (
        "fr",
        "**Plus de vidéos** · Crue : la digue de Blois tient bon (2:41) · Foire aux vins : les prix montent (1:58)",
        "player",
    ),
    ("en", "Storm batters the east coast (2:41) · Ferry service resumes after strike (1:58)", "player"),
    (
        "de",
        "Mehr Videos · Hochwasser erreicht die Altstadt (3:05) · Neue Brücke über die Elbe eröffnet (2:12)",
        "player",
    ),
    ("de", "⟳ Ticker neu laden", "de/live"),
    ("fr", "_Signature : « Le savoir se partage. » — kofi_lome, membre depuis 2017_", "en/forum"),
    ("en", "*Sent from my SM-G991B using Tapatalk*", "en/forum"),
    # A poster's greeting before the preface of a pasted article; an opener of seven words.
    (
        "fr",
        "Salut à tous, je vous colle ci-dessous la traduction d'un article paru ce matin. Bonne lecture !",
        "fr/forum",
    ),
    ("en", "Hi all, copied from the press for those interested:", "en/forum"),
    ("es", "Hola a todos, os pego el artículo del diario de hoy:", "es/forum"),
    ("fr", "🔒 La suite de cet article est réservée à nos abonnés.", "fr/paywall"),
]


@pytest.mark.parametrize(("code", "line", "kind"), FAMILIES, ids=[line for _, line, _ in FAMILIES])
def test_each_family_is_found_between_paragraphs(code: str, line: str, kind: str) -> None:
    assert _found(code, line) == [(line, kind)]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("pt", "Dólar: compra R$ 5,02 · venda R$ 5,03"),
        ("es", "Dólar: compra $ 17,20 · venta $ 17,80"),
        ("en", "USD: buy £0.79 · sell £0.80"),
    ],
)
def test_a_currency_board_at_the_edge_is_a_widget(code: str, line: str) -> None:
    assert _found(code, line, "top") == [(line, "widget")]
    assert _found(code, line, "bottom") == [(line, "widget")]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "ZCZC was the code that opened every telegram, the retired operator said."),
        ("it", "Il vecchio telescrivente chiudeva ogni messaggio con NNNN"),
        ("en", "At 9:41 the 5G network reached 87% of homes."),
        ("fr", "Archives : le fonds compte 12 000 documents, dont 3 000 photos (1950)."),
        ("en", "The post drew 👍 128 and 👎 9, the moderator said."),
        ("es", "Las noticias más leídas del año fueron las del puerto, según el diario."),
        ("en", "🥇 Kenya   🥈 Ethiopia   🥉 Uganda"),
        ("en", "⚡ AMP pages load faster on phones, the publisher said."),
        ("en", "Side A: Intro (2:41) · Harbour Lights (3:58) · Home (4:12)"),
        ("fr", "Amina Diallo — la ministre : « Nous tiendrons parole, quoi qu'il arrive. »"),
        ("en", "Three options: Raise the dyke by a metre · Move the houses inland · Do nothing"),
        ("en", "The mayor said: Roads come first. Schools come next · and the rest later"),
        ("de", "Die Seite 2 von 3 des Berichts nennt die Kosten — es sind 4 Millionen Euro."),
        ("en", "▶ Watch the full interview with the minister on our site this evening."),
        ("fr", "Bonjour, le maire a annoncé lundi la fermeture du pont pour travaux."),
        ("en", "Temperatures reached 44° in Basra and 46° in Amarah on Monday."),
        ("it", "Segue un lungo elenco di nomi, letto in aula dal presidente del consiglio."),
        ("en", "© Boureima Hama / AFP"),
        ("en", "Copyright law changed in 2019 to protect the authors of news articles."),
        ("fr", "Le droit d'auteur, ou copyright, protège aussi les photos publiées en 2024."),
        ("de", "Mundo | 3 Tote bei Unwetter"),
        ("es", "Internacional · El Real Madrid gana la final en Lisboa"),
        ("de", "CDU 31 % | SPD 24 % | Grüne 15 %"),
        ("en", "Page 4 — the council's report on the harbour — lists every missing payment."),
        ("fr", "Lire aussi, page après page, le rapport de la commission sur le port."),
        ("en", "★★★★☆"),
        ("en", "Dollar buyers rushed to the banks on Monday, the central bank said."),
        ("de", "Die Hotline ist ab Montag unter 0800 123 456 erreichbar, teilte die Stadt mit."),
        ("en", "Read more about the plan at valley-times.example, the mayor told reporters."),
        ("de", "Die Sendung lief am 12.03.2025 um 19:30 Uhr im Regionalprogramm."),
        ("fr", "Le prix passe à 1 € par mois pour les abonnés, a annoncé le journal mardi."),
        ("en", "The ministry published the figures on Monday — its website: finance.example"),
    ],
)
def test_article_lines_that_tempt_a_family_stay_silent(code: str, line: str) -> None:
    assert _found(code, line) == []


@pytest.mark.parametrize(
    ("heading", "teasers", "code"),
    [
        ("Les plus lus", ["1. Genf : le lac gèle sur ses bords", "2. Lausanne : la piscine rouvre en mai"], "fr"),
        ("Mehr zum Thema", ["Kiel: Fähre fährt wieder nach Plan"], "de"),
        ("TE RECOMENDAMOS", ["Así se construye un puente de madera en Galicia"], "es"),
        ("Leggi anche", ["Torino, il tram torna in via Po"], "it"),
    ],
)
def test_teasers_a_blank_line_apart_from_their_heading_go_with_it(heading: str, teasers: list[str], code: str) -> None:
    prose = ARTICLES[code]
    page = "\n\n".join([prose, heading, *teasers, prose]) + "\n"
    assert [page[item.start : item.end] for item in detect(page)] == [heading, *teasers]


def test_a_heading_of_the_article_after_a_teaser_heading_stays() -> None:
    prose = ARTICLES["en"]
    page = "\n\n".join([prose, "Related stories", "## What the council decided", prose]) + "\n"
    assert [page[item.start : item.end] for item in detect(page)] == ["Related stories"]


@pytest.mark.parametrize(
    ("code", "box"),
    [
        (
            "en",
            "Jan Novak — reporter of the Harbour desk. Writes about ferries and ports. Contact: jan.novak@valley.example",
        ),
        ("de", "Petra Lange – Redakteurin im Lokalressort. Schreibt über Verkehr. Kontakt: p.lange@kurier.example"),
        (
            "es",
            "Lucía Gómez, periodista de la sección Local. Escribe sobre transporte. Contacto: l.gomez@diario.example",
        ),
    ],
)
def test_an_author_box_before_a_protected_address_is_reported_not_deleted(code: str, box: str) -> None:
    page = _page(code, box)
    config = Config(select=frozenset({"boilerplate"}), lang=code, unsafe_fixes=True)
    result = audit_text(page, config, Markup.MARKDOWN)
    assert [page[finding.start : finding.end] for finding in result.findings] == [box[: box.index(":") + 1]]
    assert result.fixed_text == page


def test_a_sentence_naming_a_reporter_and_an_address_stays() -> None:
    line = "Readers can write to the reporter, Jan Novak, at jan.novak@valley.example with their questions."
    page = _page("en", line)
    assert audit_text(page, Config(select=frozenset({"boilerplate"}), lang="en"), Markup.MARKDOWN).findings == ()


BYLINES = {
    "de": ("Von Petra Lange", "Petra Lange schreibt seit 2012 über Verkehr. Sie lebt in Bremen und fährt Rad."),
    "en": ("By Ruth Amadi", "Ruth Amadi is a culture reporter based in Leeds and writes about museums."),
    "fr": ("Par Claire Morel", "Claire Morel est journaliste au service culture depuis 2018 et vit à Lyon."),
}


@pytest.mark.parametrize("code", sorted(BYLINES))
def test_an_authors_blurb_closing_the_article_is_found(code: str) -> None:
    byline, blurb = BYLINES[code]
    prose = ARTICLES[code]
    page = "\n\n".join([byline, prose, prose, blurb]) + "\n"
    assert [(page[item.start : item.end], item.kind, item.sure) for item in detect(page)] == [(blurb, "author", True)]


@pytest.mark.parametrize("code", sorted(BYLINES))
def test_the_reporter_named_inside_the_story_or_another_name_at_its_end_stays(code: str) -> None:
    byline, blurb = BYLINES[code]
    prose = ARTICLES[code]
    inside = "\n\n".join([byline, prose, blurb, prose]) + "\n"
    other = "\n\n".join([byline, prose, prose, "Jonas " + blurb.split(" ", 2)[2]]) + "\n"
    assert detect(inside) == ()
    assert detect(other) == ()


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Sun 14 Sep 2025 08:17 (GMT+4) | Item 4 of 31 | Priority: routine"),
        ("en", "Source: County Agriculture Bureau   Release time: 2025-04-18 10:23   Views: 3417"),
        ("fr", "Flux actualisé 08:19 | Embargo : aucun | © Agence du Golfe — redistribution réservée aux abonnés"),
        ("it", "14 marzo, ore 11:05 · 4 minuti di lettura"),
        ("en", "Originally published 3 May 2026, 09:10 (GMT+3) · Content ID: KW-ECO-2026-0503-0117"),
        ("fr", "Télécharger le rapport (PDF, 1,2 Mo) | Version anglaise"),
        ("en", "Download the full report (PDF, 2.4 MB) | Arabic version"),
    ],
)
def test_a_feed_items_metadata_row_at_the_top_is_furniture(code: str, line: str) -> None:
    """A wire feed's or a portal's row of metadata: a stamp, the item's place in the feed or a credit,
    a label and its value, a count or a copyright notice; the page prints it over the story."""
    assert _found(code, line, "top") == [(line, "meta")]


@pytest.mark.parametrize(
    ("code", "masthead", "chrome"),
    [
        ("en", "HARBOUR VOICE ONLINE — Local • Fast • Free", "Home » Region » Coast"),
        ("fr", "Le Guetteur — Édition numérique | Société", "Accueil › Actualités › Société"),
        ("es", "🔥 RUMBO SUR — Lo que se comenta en la costa 🔥", "Inicio > Noticias > Sociedad"),
    ],
)
def test_a_sites_name_and_tagline_over_the_headline_beside_its_chrome_is_furniture(
    code: str, masthead: str, chrome: str
) -> None:
    prose = ARTICLES[code]
    page = f"{masthead}\n{chrome}\n\n# {prose.split('.')[0]}\n\n{prose}\n"
    assert [page[item.start : item.end] for item in detect(page)] == [masthead, chrome]


@pytest.mark.parametrize(
    ("code", "chrome", "trail"),
    [
        ("en", "**THE LANTERN** — Culture · Film · Music          [Subscribe]  [Sign in]", "Music / Estonia"),
        ("it", "**IL PEDALE** · Strada · Pista · Mercato         🔍  Accedi | Abbonati", "Pista › Sei giorni di Gand"),
        ("fr", "Accueil › Régions › Bretagne", "Bretagne » Pêche côtière"),
    ],
)
def test_a_sections_trail_a_blank_line_under_the_chrome_is_furniture(code: str, chrome: str, trail: str) -> None:
    """A page prints the story's sections between its chrome and the headline, a blank line apart."""
    prose = ARTICLES[code]
    page = f"{chrome}\n\n{trail}\n\n# {prose.split('.')[0]}\n\n{prose}\n"
    assert [page[item.start : item.end] for item in detect(page)] == [chrome, trail]


@pytest.mark.parametrize("trail", ["Music / Estonia", "Left › Right"])
def test_a_sections_trail_without_chrome_stays(trail: str) -> None:
    """Without the page's chrome above it, a line cut by a slash over the headline may be a kicker."""
    prose = ARTICLES["en"]
    page = f"{trail}\n\n# {prose.split('.')[0]}\n\n{prose}\n"
    assert [page[item.start : item.end] for item in detect(page)] == []


@pytest.mark.parametrize("code", ["en", "fr", "de"])
def test_a_line_over_the_headline_alone_stays(code: str) -> None:
    """A kicker of its own over the headline is the article's: only a line touching the page's chrome
    above the headline is the masthead."""
    prose = ARTICLES[code]
    kicker = {
        "en": "Coastal towns — a special report",
        "fr": "Villes côtières — un dossier spécial",
        "de": "Küstenorte — ein Sonderbericht",
    }[code]
    page = f"{kicker}\n\n# {prose.split('.')[0]}\n\n{prose}\n"
    assert [page[item.start : item.end] for item in detect(page)] == []


def test_an_events_day_and_clock_beside_its_place_stays_at_the_top() -> None:
    """A day and a clock without a year are an event's; only a page's piece beside them (a reading time)
    makes the row the story's stamp."""
    assert _found("de", "Freitag, 14. März, 20:00 · Stadthalle Kiel", "top") == []


@pytest.mark.parametrize(
    ("code", "heading", "teasers"),
    [
        (
            "en",
            "**Trending on NewsHub**",
            ["1. Gold slips as dollar firms ahead of Fed minutes", "2. Five things to watch in Asia"],
        ),
        ("en", "**More from this source**", ["- Baht hits three-month high", "- Sugar mills warn of smaller crop"]),
        (
            "fr",
            "**À lire aussi sur d'autres sites**",
            ["- Abidjan : la bourse finit en hausse", "- Lagos : la banque centrale relève son taux"],
        ),
    ],
)
def test_a_heading_led_like_a_teaser_over_headlines_goes_with_them(code: str, heading: str, teasers: list[str]) -> None:
    prose = ARTICLES[code]
    page = "\n\n".join([prose, "\n".join([heading, *teasers]), prose]) + "\n"
    assert [page[item.start : item.end] for item in detect(page)] == [heading, *teasers]


@pytest.mark.parametrize(
    "block",
    [
        "Trending upward for three years\n- Exports rose by a tenth\n- Imports fell by a fifth",
        "Trending this week\n- exports rose\n- imports fell",
    ],
)
def test_a_heading_that_goes_on_or_a_list_of_notes_stays(block: str) -> None:
    """After the lead the heading goes on ("upward"), or the list holds notes in lower case."""
    prose = ARTICLES["en"]
    page = "\n\n".join([prose, block, prose]) + "\n"
    assert [page[item.start : item.end] for item in detect(page)] == []


def test_a_live_blogs_entry_clocks_with_their_hour_word_are_its_stamps() -> None:
    prose = ARTICLES["de"]
    page = "\n\n".join(["**22:41 Uhr**", prose, "**22:05 Uhr**", prose]) + "\n"
    assert [page[item.start : item.end] for item in detect(page)] == ["**22:41 Uhr**", "**22:05 Uhr**"]


@pytest.mark.parametrize("clock", ["10 h 08", "9 h 50", "7\u202fh\u202f45", "16h20"])
def test_a_french_live_blogs_entry_clock_glued_to_its_entry_is_deleted_alone(clock: str) -> None:
    """French typography spaces the hour's letter ("10 h 08"); the entry after it is the article's."""
    entry = "La course est lancée, les meneurs passent le premier ravitaillement à un rythme soutenu."
    page = f"{ARTICLES['fr']}\n\n{clock} – {entry}\n\n{ARTICLES['fr']}\n"
    assert [(page[item.start : item.end], item.kind) for item in detect(page)] == [(f"{clock} – ", "clock")]


def test_a_paragraph_that_opens_on_a_duration_keeps_it() -> None:
    page = f"{ARTICLES['fr']}\n\n3 h 20 de route séparent encore les deux villes, selon la préfecture.\n"
    assert not detect(page)


PULL_QUOTES = [
    (
        "en",
        "> “Every port lives or dies by its dredgers”",
        "“The channel silts up every winter,” the harbour master said. “Every port lives or dies by its"
        " dredgers, and ours are forty years old.”",
    ),
    (
        "fr",
        "> « Un pont doit tenir deux siècles »",
        "« Nous avons changé d'échelle, explique l'ingénieure. Un pont doit tenir deux siècles, pas cinquante ans. »",
    ),
    (
        "it",
        "«La scuola deve restare aperta tutto l'anno» — Giulia Ferri",
        "La dirigente non ha dubbi: «La scuola deve restare aperta tutto l'anno, anche d'estate», ha"
        " detto Giulia Ferri ai genitori.",
    ),
    (
        "de",
        "> „Wir bauen keine Brücke für zehn Jahre“",
        "„Wir bauen keine Brücke für zehn Jahre“, sagte die Bürgermeisterin am Montag vor dem Stadtrat.",
    ),
]


@pytest.mark.parametrize(("code", "pull", "said"), PULL_QUOTES)
def test_a_quotation_set_apart_that_the_prose_quotes_again_is_a_pull_quote(code: str, pull: str, said: str) -> None:
    prose = ARTICLES[code]
    page = f"{prose}\n\n{pull}\n\n{said}\n\n{prose}\n"
    assert [(page[item.start : item.end], item.kind) for item in detect(page)] == [(pull, "pull quote")]


@pytest.mark.parametrize(("code", "pull", "said"), PULL_QUOTES)
def test_a_quotation_the_prose_does_not_repeat_or_a_quoting_subheading_stays(code: str, pull: str, said: str) -> None:
    """The article's own quotation set apart, a subheading that quotes what its section reports, and a
    short answer that recurs ("No comment") are the article's."""
    prose = ARTICLES[code]
    alone = f"{prose}\n\n{pull}\n\n{prose}\n"
    subheading = f"{prose}\n\n## {pull.lstrip('> ')}\n\n{said}\n\n{prose}\n"
    short = f"{prose}\n\n> “No comment”\n\nHe said “no comment” twice.\n\n{prose}\n"
    for page in (alone, subheading, short):
        assert list(detect(page)) == []
