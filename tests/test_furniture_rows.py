"""Furniture judged by its build (audit/furniture_row.py) and lines of furniture that hold a link: rows
of links, rows of hashtags, metadata rows, a lone row between bars, a labelled count, and a poster's
note relaying a machine translation, each written anew in three languages or more, beside lines of
articles that share their build and must stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.furniture import detect
from audit.languages import language, shipped_codes
from audit.markup import Markup
from tests.test_furniture import ARTICLES


def _page(code: str, line: str, where: str) -> str:
    prose = ARTICLES[code]
    parts = {"top": [line, prose, prose], "middle": [prose, line, prose], "bottom": [prose, prose, line]}[where]
    return "\n\n".join(parts) + "\n"


def _reported(code: str, line: str, where: str) -> list[str]:
    page = _page(code, line, where)
    config = Config(select=frozenset({"boilerplate"}), lang=code, unsafe_fixes=True)
    return [page[finding.start : finding.end].strip() for finding in audit_text(page, config, Markup.MARKDOWN).findings]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "[Front page](/) › [Regions](/regions) › [Highlands](/regions/highlands)"),
        ("de", "[Startseite](/) | [Politik](/politik) | [Land](/politik/land) | [Kommunen](/politik/kommunen)"),
        ("it", "[#porti](/tag/porti) [#traghetti](/tag/traghetti) [#Liguria](/tag/liguria)"),
        ("pt", "[☰ Menu](#) | [Entrar](/login)"),
    ],
)
def test_a_row_of_links_is_reported_up_to_its_first_link_and_kept(code: str, line: str) -> None:
    page = _page(code, line, "top")
    config = Config(select=frozenset({"boilerplate"}), lang=code, unsafe_fixes=True)
    result = audit_text(page, config, Markup.MARKDOWN)
    assert [page[finding.start : finding.end] for finding in result.findings] == [line[: line.index("](") + 1]]
    assert result.fixed_text == page  # a link's target is protected: nothing is deleted


@pytest.mark.parametrize(
    ("code", "line", "where"),
    [
        ("pt", "#Açores #Pesca #Atum", "bottom"),
        ("en", "#Ferries #Orkney #Weather #Transport", "bottom"),
        ("es", "Etiquetas: #Galicia #Pesca", "bottom"),
        ("en", "Reportage · Islands · 7 min read", "top"),
        ("de", "Analyse · Norden · Lesezeit 5 Minuten", "top"),
        ("it", "Cronaca | 3 marzo 2026 | 4 minuti di lettura", "top"),
        ("es", "Sociedad · hace 2 horas · 3 min de lectura", "top"),
        ("fr", "| 03.03.2026 - 07:12 | Mise à jour : 03.03.2026 - 08:40 |", "top"),
        ("de", "Bildergalerie: 9 Bilder", "middle"),
        ("fr", "Diaporama (7 photos)", "middle"),
        ("it", "Letture: 5.210", "bottom"),
        ("it", "(Foto: 3 di 8)", "middle"),
        # A row of buttons, most of them known, one a label no list holds.
        ("en", "Helpful (5) · Reply · Report", "bottom"),
        ("fr", "Utile (2) · Répondre · Signaler", "bottom"),
        ("es", "Útil (4) · Responder · Denunciar", "bottom"),
        ("en", "Photo: 2 of 11", "middle"),
    ],
)
def test_a_row_of_a_known_build_is_found(code: str, line: str, where: str) -> None:
    assert _reported(code, line, where) == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Passed this along from a Turkish site with a machine translator, sorry about the grammar."),
        ("fr", "Je vous partage ce texte grec traduit avec Google, pardon pour le français approximatif."),
        ("de", "Ich habe den Text aus der Lokalpresse mit DeepL übersetzt, sorry für die Fehler."),
        ("es", "Os paso la noticia traducida con el traductor de Google, disculpad los fallos."),
        ("it", "Vi giro l'articolo tradotto con un traduttore online, scusate lo stile."),
        ("pt", "Partilho a notícia traduzida com uma ferramenta automática, desculpem os erros."),
    ],
)
def test_a_posters_note_relaying_a_machine_translation_is_found(code: str, line: str) -> None:
    assert _reported(code, line, "top") == [line]


@pytest.mark.parametrize(
    ("code", "line", "where"),
    [
        # Rows an article prints between its paragraphs: events, places, a campaign's one tag.
        ("en", "Village hall · Friday 19:30 · free entry", "middle"),
        ("de", "Gemeindehaus · Samstag 15:00 · Eintritt frei", "middle"),
        ("en", "Monday · Wednesday · Friday", "middle"),
        ("en", "Brest · Print · Roscoff", "middle"),
        ("en", "#SaveOurFerry", "middle"),
        ("en", "## The numbers", "middle"),
        ("en", "[Read the full ruling](https://court.example/ruling)", "middle"),
        ("fr", "Sources : [ministère](https://gouv.example) et [préfecture](https://pref.example)", "middle"),
        # A byline keeps its stamp's row to the piece after it (audit/furniture_piece.py).
        ("it", "di Marta Giusti", "top"),
        # Sentences about machine translation, told by the article or quoted.
        ("en", "The ministry said its staff had translated the guidance with an online tool.", "middle"),
        ("fr", "« Je suis désolée, j'ai traduit ce courrier avec un outil en ligne », a-t-elle dit.", "middle"),
        ("de", "Die Behörde ließ die Formulare maschinell übersetzen und entschuldigte sich später.", "middle"),
        ("es", "El ayuntamiento tradujo los avisos con una herramienta automática, según el informe.", "middle"),
    ],
)
def test_article_lines_of_the_same_build_stay_silent(code: str, line: str, where: str) -> None:
    assert _reported(code, line, where) == []


def test_a_table_keeps_its_rows() -> None:
    prose = ARTICLES["en"]
    page = f"{prose}\n\n| Year | Sailings |\n|------|---------:|\n| 2025 | 1,204 |\n\n{prose}\n"
    assert detect(page) == ()


@pytest.mark.parametrize(
    ("code", "blurb"),
    [
        ("en", "**Tom Hadley** covers farming and the coast for the paper. He lives in Whitby."),
        ("de", "**Jonas Weber** schreibt als freier Autor über Energie und Klima. Er lebt in Kiel."),
        ("es", "**Ana Ruiz** es corresponsal en Lisboa y escribe sobre vivienda y turismo en la península."),
    ],
)
def test_an_authors_blurb_opening_in_bold_at_the_end_is_found_and_inside_stays(code: str, blurb: str) -> None:
    assert _reported(code, blurb, "bottom") == [blurb]
    assert _reported(code, blurb, "middle") == []


@pytest.mark.parametrize(
    "line",
    [
        "**Tom Hadley:** We were never told the line would close, and nobody from the company came.",
        "**The verdict** was expected on Monday, but the judge adjourned the case until the spring.",
    ],
)
def test_a_last_paragraph_opening_in_bold_without_a_blurbs_build_stays(line: str) -> None:
    assert _reported("en", line, "bottom") == []


SOURCE_ONLY = [
    code
    for code in shipped_codes()
    if any(dotted.startswith("ui.") for dotted in language(code).data) and not language(code).value("ui.words")
]
SOURCE_LINES = [
    (code, field, line)
    for code in SOURCE_ONLY
    for dotted in sorted(language(code).data)
    if dotted.startswith("ui.") and dotted.endswith((".examples", ".silent"))
    for field in [dotted.rsplit(".", 1)[1]]
    for line in language(code).phrases(dotted)
]


@pytest.mark.parametrize(("code", "field", "line"), SOURCE_LINES, ids=[line for _, _, line in SOURCE_LINES])
def test_the_furniture_of_a_source_language_is_found_in_a_translation_and_its_prose_stays(
    code: str, field: str, line: str
) -> None:
    """Languages mt-audit does not check still ship their pages' furniture: a scraper keeps it in the
    English translation (Korean share bars, Russian teasers, Greek comment counts)."""
    assert _reported("en", line, "bottom") == ([line] if field == "examples" else [])


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Share on: Facebook Bluesky Threads Email"),
        ("it", "Condividi su: WhatsApp Telegram Facebook"),
        ("pt", "Partilhar: Facebook WhatsApp Telegram Email"),
    ],
)
def test_share_buttons_after_a_label_separated_by_spaces_only_are_found(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == [line]


@pytest.mark.parametrize("line", ["Foto: Facebook/Instagram", "Source: posts on Facebook, Telegram and X"])
def test_a_credit_naming_platforms_stays(line: str) -> None:
    assert _reported("en", line, "middle") == []


@pytest.mark.parametrize(
    ("code", "line", "where"),
    [
        # A live bar: its label, a toggle and a count of followers.
        ("en", "● LIVE | Auto-update ON | 1,208 readers are following this blog", "middle"),
        ("de", "LIVE | Automatisch aktualisieren AN | 2.411 Leser folgen diesem Ticker", "middle"),
        # A feed reader's export: the item out of the folder's items and the time it was exported.
        ("en", "Feed export · Folder: Markets / Asia · 4 of 12 items · Exported 2025-02-11 07:40", "top"),
        # A site's name and section beside a stamp with a time; a button after it.
        ("en", "Harbour Evening — City desk · Published 4 March 2025, 18:02 · ★ Saved", "top"),
        # An agency's service, its slug, the priority and the word count.
        ("es", "SERVICIO NACIONAL · PERU-PESCA-ANCHOVETA · Prioridad: alta · 430 palabras", "top"),
        # A podcast's episode, when it was put online and how long it runs.
        ("fr", "Épisode 48 · mis en ligne le 12/09 à 07h30 · 31 min", "top"),
        ("de", "Folge 17 · Gepostet am 3. Mai 2025 um 06:00 Uhr · 42 Min.", "top"),
        # A live ticker of scores after its label.
        ("pt", "AO VIVO | Jornada 12: Porto 2-1 Braga · Benfica 0-0 Sporting", "middle"),
        ("fr", "EN DIRECT · Tournoi des Six Nations : Irlande 24 – 19 Écosse (terminé)", "middle"),
        # A poster's signed stamp and a reading time.
        ("de", "Gepostet von admin am 2. April 2025 um 21:05 Uhr · Lesezeit: 6 Min.", "top"),
    ],
)
def test_a_row_of_page_metadata_in_any_wording_is_found(code: str, line: str, where: str) -> None:
    assert _reported(code, line, where) == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # Results and facts an article prints between its paragraphs, with no piece of the page's.
        ("en", "Porto 2-1 Braga · Benfica 0-0 Sporting · Vitória 1-3 Gil Vicente"),
        ("en", "Population: 3.2 million · Area: 1,200 km² · Capital: Valletta"),
        ("fr", "Épisode 4 · Saison 2 · Réalisé par Claire Denis"),
        ("de", "Folge 3 · Staffel 2 · Regie: Tom Tykwer"),
    ],
)
def test_rows_of_the_storys_own_figures_stay_silent(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == []


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "Thabo_R · il y a 3 heures : Quelle course, bravo à toute l'équipe !"),
        ("en", "river_fox | 5 hours ago: Finally some good news for the valley."),
        ("de", "Ursula M. sagt: 3. Mai 2025 um 08:41 Uhr — Danke für den Bericht, das war überfällig."),
        ("en", "Tom Baker says: 12 March 2025 at 9:14 pm — Great piece, thanks for translating it."),
    ],
)
def test_a_readers_comment_headed_by_its_poster_and_time_is_found(code: str, line: str) -> None:
    assert _reported(code, line, "bottom") == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "Die Ministerin sagte: 2025 werde das Jahr der Reform — zumindest im Bund."),
        ("en", "The mayor says: 12 March 2025 at 9 am is the deadline — no extensions."),
    ],
)
def test_a_sentence_with_a_colon_a_date_and_a_dash_stays(code: str, line: str) -> None:
    assert _reported(code, line, "bottom") == []


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Share  f  𝕏  in  WhatsApp  🔗 Copy link"),
        ("es", "Compartir  f  𝕏  in  Telegram"),
        ("en", "[ f Share ] [ 𝕏 Post ] [ Email ] — Share this article with your colleagues!"),
        ("fr", "[ f Partager ] [ 𝕏 Publier ] [ WhatsApp ] — Partagez cet article !"),
    ],
)
def test_share_buttons_shown_as_letters_or_brackets_are_found(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "Share in the profits rose to 12 percent in the first half, the bank said."),
        ("it", "Stampa ha pubblicato l'intervista integrale. Secondo la"),
        # A button's word glued to the next by a bracket: two words, no space between them.
        ("de", "print(ja)"),
    ],
)
def test_a_sentence_opening_on_a_buttons_word_stays(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == []


@pytest.mark.parametrize(
    ("code", "line", "where"),
    [
        # A transcript's note that a machine wrote it.
        ("fr", "Transcription générée automatiquement, des erreurs peuvent subsister.", "bottom"),
        ("en", "Transcript automatically generated; it may contain errors.", "bottom"),
        ("it", "Trascrizione generata automaticamente: possono esserci errori.", "bottom"),
        # An advertiser's line after its lead.
        ("it", "SPONSOR — Vola a Tunisi con le offerte di primavera: prenota entro venerdì", "middle"),
        ("en", "Ad · Save 20 percent on ferry tickets to the islands this week", "middle"),
        # A wire's end mark with the time the take was filed, and the rights alone after a mark.
        ("es", "(FIN) 14/03/2025 18:05 GMT", "bottom"),
        ("fr", "© Reproduction réservée", "bottom"),
    ],
)
def test_notes_of_the_page_in_any_wording_are_found(code: str, line: str, where: str) -> None:
    assert _reported(code, line, where) == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "La transcription générée automatiquement par le tribunal contenait des erreurs."),
        ("en", "Sponsor of the year: the award went to the club for its youth programme."),
        ("es", "(Lima) 14/03/2025 18:05"),
    ],
)
def test_sentences_near_the_notes_build_stay_silent(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == []


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # A site's name and its edition or service in a language.
        ("en", "**Harbour Post · English edition**"),
        ("fr", "**Radio Lagune** · Service en français"),
        ("es", "Diario del Estrecho — Edición en inglés"),
        ("pt", "Voz da Serra · Edição inglesa"),
        ("de", "Rheinblick — Englische Ausgabe"),
        # A reading time as a range of minutes.
        ("en", "6–8 minutes"),
        ("it", "4-5 minuti"),
    ],
)
def test_a_sites_edition_and_a_reading_range_above_the_story_are_found(code: str, line: str) -> None:
    assert _reported(code, line, "top") == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # An aggregator's teaser: a headline, its source, when it ran.
        ("es", "- Perú: la pesca de anchoveta abre con cuota récord · El Comercio · hace 3 horas"),
        ("pt", "- Exportações de café batem recorde em outubro · Observador · ontem"),
        ("en", "Port strike enters its second week · Harbour Times · yesterday"),
        # Markdown link text without its link: a button.
        ("es", "[Ver más noticias]"),
        ("fr", "[Rejoindre la chaîne]"),
    ],
)
def test_a_sourced_teaser_and_a_bracketed_button_under_the_story_are_found(code: str, line: str) -> None:
    assert _reported(code, line, "bottom") == [line]


@pytest.mark.parametrize(
    ("code", "line", "where"),
    [
        # A story's own lines of the same build.
        ("en", "Lessons are taught in two streams — English", "middle"),
        ("en", "The journey takes 6–8 minutes by bus from the station.", "middle"),
        ("en", "[Melness, 1974]", "bottom"),
        ("en", "[Photo: Harbour Authority]", "bottom"),
        ("es", "Lima · Cusco · Arequipa", "middle"),
        ("fr", "Le sommet de Lomé · une déclaration commune · lundi", "middle"),
    ],
)
def test_story_lines_near_the_edition_teaser_and_button_builds_stay(code: str, line: str, where: str) -> None:
    assert _reported(code, line, where) == []


@pytest.mark.parametrize(
    ("code", "line", "where"),
    [
        # A messenger's forward label and its call to share the message on.
        ("en", "↪ Forwarded many times", "top"),
        ("es", "↪ Reenviado muchas veces", "top"),
        ("en", "👉 *Share this news with all your groups so the council hears us* 🙏", "bottom"),
        ("pt", "👉 Compartilhe esta notícia em todos os grupos da cidade", "bottom"),
        # A comment thread's sort control, and a live page's automatic refresh with its readers.
        ("en", "Most relevant ▾", "bottom"),
        ("it", "Più recenti ▾", "bottom"),
        ("fr", "Le direct est actualisé automatiquement · 212 lecteurs en ce moment", "top"),
        ("de", "Der Ticker wird automatisch aktualisiert · 1.024 Leser", "top"),
        # A social post's age and its audience's icon.
        ("en", "3h · 🌐", "top"),
        ("de", "5 Std. · 🌐", "top"),
    ],
)
def test_messenger_and_live_page_controls_are_found(code: str, line: str, where: str) -> None:
    assert _reported(code, line, where) == [line]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("en", "The page refreshes automatically, the mayor said of the council's new website."),
        ("es", "Reenviado a la fiscalía, el expediente llegó al juez en marzo."),
        ("en", "Water · 🌊 · Fire"),
        ("en", "Share this news with care, the minister told reporters before the vote."),
    ],
)
def test_story_lines_near_the_messenger_and_live_builds_stay(code: str, line: str) -> None:
    assert _reported(code, line, "middle") == []


def test_live_entry_clocks_after_a_clock_pictogram_are_found() -> None:
    prose = "The count went on through the night in the city's polling stations, officials said."
    page = "\n\n".join([prose, "🕗 20:02", prose + " Turnout rose.", "🕗 21:15", prose + " Results came in."]) + "\n"
    config = Config(select=frozenset({"boilerplate"}), lang="en")
    found = [
        page[finding.start : finding.end].strip() for finding in audit_text(page, config, Markup.MARKDOWN).findings
    ]
    assert found == ["🕗 20:02", "🕗 21:15"]
