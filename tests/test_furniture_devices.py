"""Furniture of print editions, app views and forums judged by its build (third pass): running heads
in any order, app prompts by their grammar (audit/furniture_device.py), arrowed links, forum posts.

Each line stands between two paragraphs of prose, where a line must be sure alone to be reported;
the silent lines are the article's neighbours that look alike (a results row, a headline that opens
with a verb, a sentence that reports a command, a list of times)."""

from __future__ import annotations

import pytest

from audit.furniture import detect

PROSE = "The council met on Tuesday and agreed the budget after a long debate."
PROSA = "Der Stadtrat tagte am Dienstag und beschloss nach langer Debatte den Haushalt."


def _kinds(line: str) -> list[tuple[str, str, bool]]:
    text = f"{PROSE}\n\n{line}\n\n{PROSA}"
    return [(text[item.start : item.end], item.kind, item.sure) for item in detect(text)]


@pytest.mark.parametrize(
    "line",
    [
        "8 | LOKALES | Mittwoch, 3. Juni 2026 | Nordkurier",
        "6 | RÉGION | L'Écho de la Vallée | mercredi 10 juin 2026",
        "14 · CRONACA · Il Giornale del Lago · venerdì 5 giugno 2026",
        "Nordkurier – Nachdruck nur mit Genehmigung – Seite 8/24",
        "Il Giornale del Lago · Riproduzione vietata · pag. 15/32",
        "El Faro del Sur – Prohibida la reproducción – página 3/40",
        "THE VALLEY GAZETTE — Weekend Edition   Saturday, 6 June 2026",
        "DEPORTES | 31 | O Correio da Serra | 4 de junho de 2026",
    ],
)
def test_a_running_head_in_any_order_is_found(line: str) -> None:
    assert _kinds(line) == [(line, "running head", True)]


@pytest.mark.parametrize(
    "line",
    [
        "Open this story in the Harbour News app ›",
        "Turn on notifications to follow this story",
        "Swipe up for the next story",
        "Diesen Artikel in der App lesen ›",
        "Push-Nachrichten einschalten und immer informiert bleiben",
        "Nach oben wischen für den nächsten Artikel",
        "Ouvrir dans l'application pour voir la carte du trafic",
        "Activez les notifications pour suivre le procès",
        "Activez les notifications pour suivre ce dossier",  # once an owner's note (test_furniture_address.py)
        "Activa las alertas y recibe las últimas noticias al instante",
        "Desliza a la izquierda para seguir leyendo",
        "Apri nell'app per una lettura migliore ›",
        "Scorri verso l'alto per la prossima notizia",
        "Ative as notificações e fique a par de tudo",
        "Deslize para cima para ver a próxima notícia",
    ],
)
def test_an_app_prompt_is_found_by_its_grammar(line: str) -> None:
    assert _kinds(line) == [(line, "prompt", True)]


@pytest.mark.parametrize(
    "line",
    [
        "Real Madrid | 3",
        "Sport | 12",
        "Inter | 2 | Milan | 1",
        "Bayern | 3 | 1 | 0",
        "BAYERN | 3 | DORTMUND",
        "No Deal | BREXIT | Tuesday, 3 March 2026",
        "The ministry asked users to turn on alerts before the storm.",
        "Die Behörde empfiehlt, die Warn-App zu öffnen und Push-Nachrichten zu erlauben.",
        "La mairie demande aux habitants d'activer les alertes de la préfecture.",
        "Abre el plazo para pedir la beca de comedor",
        "Lire la suite du rapport prendra du temps aux députés",
        "Apple abre su tienda de aplicaciones a otras empresas",
        "L'app «Allerta» è stata scaricata da due milioni di persone.",
    ],
)
def test_the_article_lines_that_look_alike_stay_silent(line: str) -> None:
    assert _kinds(line) == []


@pytest.mark.parametrize(
    "line",
    [
        # A wording no ui.toml lists (Bosnian and Croatian list "Pročitajte više", found by its words).
        "Прочитај повеќе →",
        "Ka ìròyìn yìí ní èdè Yorùbá →",
        "Read the full story on our website →",
        "Przeczytaj ten artykuł po polsku →",
        "Llegiu aquesta notícia en català ›",
        "Il servizio completo su ansa.it ››",
    ],
)
def test_a_link_that_points_on_with_an_arrow_is_found_in_any_language(line: str) -> None:
    assert _kinds(line) == [(line, "related", True)]


@pytest.mark.parametrize(
    "line",
    ["Route 66 →", "Il a dit : « On y va »", "Der Zug fährt weiter nach Breslau.  →  Prag"],
)
def test_an_arrow_after_a_figure_a_quotation_or_a_sentence_is_no_link(line: str) -> None:
    assert _kinds(line) == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Quote from: valley_voice on Sun 12 Apr 2026, 21:40", "en/forum"),
        ("Reply from: greenbank_lad on Tue 2 Jun 2026, 20:14", "en/forum"),
        ("Zitat von moorlaeufer am Do 14. Mai 2026, 22:10", "de/forum"),
        ("klaus_hro schrieb:", "de/forum"),
        ("pontevedresa escribió:", "es/forum"),
        ("Citazione di ferro_vecchio:", "it/forum"),
        ("Citação de tuga_alfacinha:", "pt/forum"),
        ("Sent from my Pixel 8 using Tapatalk", "en/forum"),
        ("Gesendet von meinem SM-A546B mit Tapatalk", "de/forum"),
        ("Enviado do meu iPhone usando Tapatalk", "pt/forum"),
        ("This thread has been viewed 4,208 times", "counter"),
        ("Dieses Thema wurde 2.317 mal angesehen", "counter"),
        ("Este tema ha sido visto 3.412 veces", "counter"),
        ("Questa discussione è stata letta 1.204 volte", "counter"),
        ("Ce sujet a été vu 812 fois", "counter"),
    ],
)
def test_a_forum_post_s_headers_and_counts_are_found(line: str, kind: str) -> None:
    assert _kinds(line) == [(line, kind, True)]


@pytest.mark.parametrize(
    "line",
    [
        "Trump wrote:",
        "Macron a écrit :",
        "Zitat von Goethe: Mehr Licht!",
        "Das Video wurde 40.000 mal angesehen",
        "The clip has been viewed 2 million times since Sunday.",
        "Sent from my office in Geneva, the letter reached the court a week later.",
    ],
)
def test_lines_of_a_story_that_quote_or_count_stay_silent(line: str) -> None:
    assert _kinds(line) == []


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[item.start : item.end], item.kind) for item in detect(text)]


@pytest.mark.parametrize(
    ("header", "kind", "reply"),
    [
        ("Quote from: valley_voice on Sun 12 Apr 2026, 21:40", "en/forum", "About time. Now let's see who signed it."),
        ("klaus_hro schrieb:", "de/forum", "Na super. Und im Winter dann nochmal?"),
        (
            "Citazione di ferro_vecchio:",
            "it/forum",
            "Peccato, ci ero stato in trasferta nel 2019. Speriamo che si salvino.",
        ),
        (
            "Citação de tuga_alfacinha:",
            "pt/forum",
            "Já não era sem tempo. Na minha rua há mais turistas do que vizinhos.",
        ),
    ],
)
def test_a_reply_under_a_quote_header_goes_with_it(header: str, kind: str, reply: str) -> None:
    text = f"{PROSE}\n\n{PROSA}\n\n{header}\n{reply}\n"
    assert _found(text) == [(header, kind), (reply, "reply")]


def test_a_story_pasted_under_a_quote_header_stays_the_article_s() -> None:
    paragraph = "\n".join([PROSE, PROSA, PROSE, PROSA, PROSE])
    text = f"{PROSE}\n\nCitazione di ferro_vecchio:\n{paragraph}\n"
    assert [kind for _, kind in _found(text)] == ["it/forum"]


@pytest.mark.parametrize(
    ("opener", "header", "comment", "form"),
    [
        (
            "Commentaires (3)",
            "Chinedu_O · il y a 2 h",
            "RIP légende. Mon père l'écoutait tous les dimanches.",
            "Ajouter un commentaire…",
        ),
        ("Comments (2)", "marsh_harrier · 3 hours ago", "Saw them play in 1998. Never forgot it.", "Add a comment…"),
        ("Kommentare (5)", "kiezkind · vor 2 Std.", "Endlich. Das hat viel zu lange gedauert.", "Kommentar schreiben"),
    ],
)
def test_a_comment_under_its_commenters_line_goes_with_it(opener: str, header: str, comment: str, form: str) -> None:
    text = f"{PROSE}\n\n{PROSA}\n\n{opener}\n\n{header}\n{comment}\n\n{form}\n"
    assert (comment, "reply") in _found(text)


@pytest.mark.parametrize(
    "page",
    [
        # A dated byline above the lead with no blank line, on a page with a comment form below.
        "Par Claire Roussel · il y a 2 h\nLe conseil municipal a voté le budget mardi soir.\n\n{PROSA}\n\nAjouter un commentaire…\n",
        # A count and a byline above the lead, on a page without a comment widget.
        "12 articles\n\nBy Jane Doe · 3 hours ago\nThe council voted on the budget on Tuesday night.\n\n{PROSE}\n",
    ],
)
def test_a_lead_under_a_byline_stays_the_article_s(page: str) -> None:
    text = page.format(PROSE=PROSE, PROSA=PROSA)
    assert "reply" not in [kind for _, kind in _found(text)]


@pytest.mark.parametrize(
    ("line", "tail"),
    [
        ("By Noa Ben-David | 14 March 2026 | 5 minutes reading", " | 5 minutes reading"),
        ("di Redazione Esteri | 12 marzo 2025 | Tempo di lettura: 3 minuti", " | Tempo di lettura: 3 minuti"),
        ("Par Claire Roussel | 3 juin 2026 | 4 min de lecture", " | 4 min de lecture"),
        ("Por Joana Matos | 4 de junho de 2026 | 3 min de leitura", " | 3 min de leitura"),
        # A bare byline's reading time too: annotated both ways in tests/dirty (en/28 kept it, en/79 did
        # not), and as the page's by blind set l's two writers.
        ("By Karim Ben Salah | 6 min read", " | 6 min read"),
        ("di Marta Ferri | Tempo di lettura: 6 minuti", " | Tempo di lettura: 6 minuti"),
    ],
)
def test_a_byline_keeps_its_name_and_date_and_loses_its_reading_time(line: str, tail: str) -> None:
    assert _kinds(line) == [(tail, "stamp", False)]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe | 14 March 2026",
        "Por Ana Ruiz | Corresponsal en París",
        "By Karim Ben Salah | in 3 minutes",
    ],
)
def test_a_byline_with_a_date_or_where_it_is_written_from_stays(line: str) -> None:
    assert _kinds(line) == []


def test_a_byline_that_ends_on_a_one_word_title_loses_only_the_title() -> None:
    assert _kinds("By Jane Doe | Reporter") == [(" | Reporter", "role", False)]


def _top(line: str) -> list[tuple[str, str]]:
    """What is found of `line` at the top of a page, above its headline."""
    text = f"{line}\n\n# The council agrees the budget\n\n{PROSE}\n\n{PROSE}\n"
    return [(text[item.start : item.end], item.kind) for item in detect(text) if item.start < len(line)]


@pytest.mark.parametrize(
    "line",
    [
        "Last updated 16:20 Cairo time",
        "Mis à jour à 16h20 heure de Paris",
        "Aggiornato alle 16:20 ora locale",
        "LIVE UPDATES · Last updated 16:20 Cairo time",
        "Actu · Énergie · Publié il y a 3 heures",
        "Nachrichten · Nahost · vor 3 Std.",
    ],
)
def test_a_stamp_with_its_zone_or_in_a_row_of_labels_is_furniture(line: str) -> None:
    assert [found for found, _ in _top(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Updated 16:20 Cairo time bombing suspects released",  # a headline after a stamp word
        "Cairo time zone change approved · Parliament",
        "Publié à 10h12 heure de Paris, la réunion a duré trois heures.",
    ],
)
def test_a_headline_with_a_zone_word_stays(line: str) -> None:
    assert _top(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Artikel vorlesen ▶ 4:12 Min.",
        "Écouter cet article 🎧 3:05",
        "Ascolta l'articolo ▶ 2:48 min",
        "Condividi questo aggiornamento",
        "Share this update",
        "Compartir esta actualización",
        "Translated the Al-Sabah report with Google for the brothers abroad, sorry for any mistakes 🙏",
    ],
)
def test_a_listen_button_with_its_length_a_live_share_and_an_emoji_closed_preface_are_furniture(line: str) -> None:
    assert [(found, sure) for found, _, sure in _kinds(line)] == [(line, True)]


@pytest.mark.parametrize(
    "line",
    [
        "The minister thanked the crowd 🙏",
        "Il a marqué à la 4:12 de la prolongation.",
        "The agency said its staff translated the report with Google before editors checked it 🙏",
    ],
)
def test_an_emoji_or_a_time_in_a_story_line_stays(line: str) -> None:
    assert _kinds(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "⟳ Charger les messages précédents",
        "← Voltar à versão completa",
        "☰ Meteorologia Global | AMP",
        "More from FeedLine: Power outages — how to keep your food safe · Winter tires: a reminder",
        "Here is the report from the newspaper, translated with Google, sorry for the mistakes lol",
        "You must be logged in to reply to this topic.",
        "Devi essere connesso per rispondere a questo argomento",
        "Translated automatically from French · Voir l'original",
    ],
)
def test_a_control_glyph_a_site_teaser_a_chatty_preface_and_a_forum_notice_are_furniture(line: str) -> None:
    assert [(found, sure) for found, _, sure in _kinds(line)] == [(line, True)]


@pytest.mark.parametrize(
    "line",
    [
        "← The council met on Tuesday and agreed the budget after a long debate.",
        "More from the ministry: a statement said the talks would resume.",
        "Watch Minister Khalid: we will rebuild the port.",
        "The fans laughed at the mistakes, lol, the coach said after the match.",
    ],
)
def test_a_story_line_after_a_glyph_or_a_lead_stays(line: str) -> None:
    assert _kinds(line) == []


def test_clocks_alone_on_their_lines_head_a_live_blogs_entries() -> None:
    entries = ["**10:30**", PROSE, "**11:05**", PROSA, "16h45", PROSE]
    found = _found("\n\n".join(["# Results day, live", *entries]) + "\n")
    assert found == [("**10:30**", "clock"), ("**11:05**", "clock"), ("16h45", "clock")]


def test_a_live_blogs_headline_stays_the_article_s() -> None:
    text = f"# LIVE: Egypt swelters as the heatwave pushes Aswan past 48C\n\n{PROSE}\n\n{PROSE}\n"
    assert _found(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Firma: «La salud es una corona sobre la cabeza de los sanos» | Mensajes: 1.245 | Registrado: ago 2019",
        "Signature : Ahlawi jusqu'au bout 🔴 | Champions d'Afrique x12",
        "Salut la communauté, voici l'article de ce matin, passé dans un traducteur automatique, désolé pour les fautes.",
        "🔔 Get push alerts for this story",
        "➕ Segui l'argomento",
    ],
)
def test_a_posters_signature_row_a_preface_and_alert_buttons_are_furniture(line: str) -> None:
    assert [(found, sure) for found, _, sure in _kinds(line)] == [(line, True)]


@pytest.mark.parametrize(
    "line",
    [
        "La firma del acuerdo, prevista para el lunes, se aplazó una semana.",
        "Signature of the treaty was delayed by a week, the ministry said on Monday.",
    ],
)
def test_a_story_line_about_a_signature_stays(line: str) -> None:
    assert _kinds(line) == []
