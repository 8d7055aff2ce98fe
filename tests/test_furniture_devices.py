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
    ("line", "tail"),
    [
        ("By Noa Ben-David | 14 March 2026 | 5 minutes reading", " | 5 minutes reading"),
        ("di Redazione Esteri | 12 marzo 2025 | Tempo di lettura: 3 minuti", " | Tempo di lettura: 3 minuti"),
        ("Par Claire Roussel | 3 juin 2026 | 4 min de lecture", " | 4 min de lecture"),
        ("Por Joana Matos | 4 de junho de 2026 | 3 min de leitura", " | 3 min de leitura"),
    ],
)
def test_a_dated_byline_keeps_its_name_and_date_and_loses_its_reading_time(line: str, tail: str) -> None:
    assert _kinds(line) == [(tail, "stamp", False)]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Doe | 14 March 2026",
        "Por Ana Ruiz | Corresponsal en París",
        "By Karim Ben Salah | 6 min read",  # annotated both ways in tests/dirty (en/28, en/79): kept
    ],
)
def test_a_byline_with_a_date_or_where_it_is_written_from_stays(line: str) -> None:
    assert _kinds(line) == []


def test_a_byline_that_ends_on_a_one_word_title_loses_only_the_title() -> None:
    assert _kinds("By Jane Doe | Reporter") == [(" | Reporter", "role", False)]
