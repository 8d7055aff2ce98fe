"""Furniture the page owner writes as prose (audit/furniture_address.py) and typed rules
(audit/furniture_rule.py): a newsletter's greeting above the headline, a note to the reader under the
story, a blogger's labelled opinion, a line of underscores. Each fires in several languages; the story's
own paragraphs that address the reader (in a quote, a reader's letter, a first-person column) and
Markdown's own rules and heading underlines stay silent."""

from __future__ import annotations

import pytest

from audit.furniture import detect
from tests.test_furniture import ARTICLES

# A footer line every language's page may close with (furniture whatever the article's language).
_FOOTER = "Share · Tweet · Email"


def _kinds(page: str) -> dict[str, str]:
    return {page[item.start : item.end]: item.kind for item in detect(page)}


def _story(code: str, headline: str = "# The council agrees the budget") -> list[str]:
    prose = ARTICLES[code]
    return [headline, prose, prose, prose]


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("en", "Good morning and hello readers, here is the story our partners in Lagos picked for this issue."),
        ("en", "Hi Sam, this is the story we chose for you this week."),
        ("fr", "Bonjour à tous, voici l'histoire que notre rédaction a choisie pour vous cette semaine."),
        ("de", "Liebe Leserinnen und Leser, diese Woche schicken uns Kollegen aus Graz eine Reportage."),
        ("es", "Hola, esta semana os traemos una historia de nuestros socios en Valparaíso."),
        ("it", "ecco la storia che la redazione ha scelto per te questa settimana."),
        ("pt", "Olá, esta semana os nossos parceiros de Luanda mandaram-nos uma reportagem."),
        ("es", "**Diario de ruta** — un blog de viajes por el Magreb"),
    ],
)
def test_a_note_above_the_headline_is_the_page_owners(code: str, note: str) -> None:
    page = "\n\n".join([note, *_story(code)]) + "\n"
    assert _kinds(page).get(note) == "address"


@pytest.mark.parametrize(
    ("code", "greeting", "note"),
    [
        ("it", "Ciao {{first_name}},", "questa settimana apriamo con la discesa più lunga della Coppa del mondo."),
        ("en", "Hi Jordan,", "This week we open with the longest downhill of the season."),
        ("de", "Liebe Freundinnen und Freunde,", "heute beginnt alles mit dem Streit um die neue Brücke."),
        ("fr", "Bonjour Claire,", "cette semaine, tout commence au bord du lac Léman."),
    ],
)
def test_the_note_after_a_greeting_is_the_letters(code: str, greeting: str, note: str) -> None:
    page = "\n\n".join([greeting, note, *_story(code)]) + "\n"
    assert _kinds(page).get(note) == "address"


@pytest.mark.parametrize(
    ("code", "lines", "headed"),
    [
        # No greeting above it: a standfirst before the headline says what the story does.
        ("it", ["Questa settimana apriamo con la discesa più lunga della Coppa del mondo."], True),
        # A letter published without a headline: its first paragraph is the story.
        ("fr", ["Bonjour Claire,", "cette semaine, tout commence au bord du lac Léman."], False),
    ],
)
def test_a_paragraph_above_the_headline_without_a_greeting_stays_silent(
    code: str, lines: list[str], headed: bool
) -> None:
    story = _story(code) if headed else _story(code)[1:]
    page = "\n\n".join([*lines, *story]) + "\n"
    assert lines[-1] not in _kinds(page)


def test_a_long_paragraph_after_a_greeting_stays_silent() -> None:
    # Longer than any note of a page owner: the story itself, under its greeting.
    letter = " ".join([ARTICLES["en"]] * 5)
    page = "\n\n".join(["Hi Jordan,", letter, *_story("en")]) + "\n"
    assert letter not in _kinds(page)


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("en", "If this letter reached you from a friend, you can subscribe here."),
        ("fr", "Si un ami vous a transféré cette lettre, vous pouvez vous abonner ici."),
        ("de", "Wurde dir dieser Newsletter weitergeleitet? Hier kannst du ihn abonnieren."),
        ("es", "*Opinión del bloguero:* me parece una buena noticia para los que cultivamos en casa."),
        ("it", "Ti è stata inoltrata questa newsletter? Iscriviti qui."),
        ("pt", "Recebeu esta newsletter de um amigo? Assine aqui para receber a próxima."),
    ],
)
def test_a_note_under_the_story_is_the_page_owners(code: str, note: str) -> None:
    page = "\n\n".join([*_story(code), note, _FOOTER]) + "\n"
    assert _kinds(page).get(note) == "address"


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # A quotation addresses its own readers: the story reports it.
        ("en", '"Dear readers, subscribe to our newsletter," the editor wrote in her last letter to them.'),
        ("fr", "« Chers lecteurs, abonnez-vous à notre lettre », écrivait le directeur dans son dernier éditorial."),
        # A first-person column speaks of its readers without speaking to them.
        ("en", "I have written this column for ten years, and my readers know how much I love these trains."),
        ("de", "Ich schreibe diese Kolumne seit zehn Jahren, und meine Leser wissen, wie sehr ich Züge mag."),
        # A story about a newsletter or a blog.
        ("es", "El boletín municipal, que reciben 40.000 suscriptores, anunció el cierre de la piscina."),
        ("it", "Secondo il blog del comune, i lettori della biblioteca sono aumentati del dieci per cento."),
    ],
)
def test_the_storys_own_last_paragraph_stays_silent(code: str, line: str) -> None:
    page = "\n\n".join([*_story(code), line, _FOOTER]) + "\n"
    assert line not in _kinds(page)


@pytest.mark.parametrize(
    ("code", "title", "post"),
    [
        (
            "en",
            "**Welcome to our live coverage**",
            "Good morning and welcome to our live blog on the storm. We will bring you the updates all day.",
        ),
        (
            "fr",
            "## Bienvenue sur notre direct",
            "Bonjour et bienvenue sur notre direct consacré à la tempête. Nous vous tiendrons informés toute la journée.",
        ),
        (
            "de",
            "__Willkommen zu unserem Liveblog__",
            "Guten Morgen, willkommen zu unserem Liveblog zum Sturm. Wir halten Sie den ganzen Tag auf dem Laufenden.",
        ),
    ],
)
def test_a_live_blogs_opening_post_under_its_title_stays_silent(code: str, title: str, post: str) -> None:
    # A live blog runs newest first: its opening post, which welcomes the reader, is the story's last
    # paragraph, under a title of its own.
    page = "\n\n".join([*_story(code), "Updated 09:30", title, post, _FOOTER]) + "\n"
    assert post not in _kinds(page)


@pytest.mark.parametrize(
    "ending",
    [
        # A reader's letter published as the story, thanking the paper in its last line, then signed.
        ["Thank you for your newsletter, which I read every week with my family.", "Maria Rossi, Milan"],
        # The same letter unsigned, with nothing under it.
        ["Thank you for your newsletter, which I read every week with my family."],
    ],
)
def test_a_readers_letter_stays_silent(ending: list[str]) -> None:
    page = "\n\n".join([*_story("en", "# Letter: keep the night trains"), *ending]) + "\n"
    assert not set(ending) & set(_kinds(page))


@pytest.mark.parametrize(
    ("code", "line", "headed"),
    [
        ("en", "Your guide to the weekend", False),  # a page without a heading has no top to tell
        ("de", "Liebe in Zeiten der Dürre", True),  # a greeting's word without an addressee and a comma
        ("fr", "Dernières nouvelles du conseil", True),
    ],
)
def test_lines_above_the_headline_without_an_address_stay_silent(code: str, line: str, headed: bool) -> None:
    story = _story(code) if headed else _story(code)[1:]
    page = "\n\n".join([line, *story]) + "\n"
    assert line not in _kinds(page)


@pytest.mark.parametrize("code", ["en", "fr", "de", "it"])
@pytest.mark.parametrize("rule", ["_________________", "==========", "- - - - - - - - - - - -", "_ _ _ _ _"])
def test_a_typed_rule_is_furniture(code: str, rule: str) -> None:
    prose = ARTICLES[code]
    page = "\n\n".join([prose, prose, rule, _FOOTER]) + "\n"
    assert _kinds(page).get(rule) == "separator"


@pytest.mark.parametrize(
    "rule",
    [
        "---",  # Markdown's own break between sections
        "***",
        "- - -",
        "___",
    ],
)
def test_markdowns_own_rules_stay_silent(rule: str) -> None:
    prose = ARTICLES["fr"]
    page = "\n\n".join([prose, rule, prose]) + "\n"
    assert rule not in _kinds(page)


@pytest.mark.parametrize("underline", ["==========", "--------------"])
def test_a_heading_underline_stays_silent(underline: str) -> None:
    prose = ARTICLES["de"]
    page = f"{prose}\n\nDer Haushalt\n{underline}\n\n{prose}\n"
    assert underline not in _kinds(page)


def test_a_rule_inside_the_story_is_reported_but_not_sure() -> None:
    prose = ARTICLES["en"]
    page = "\n\n".join([prose, prose, "____________", prose, prose]) + "\n"
    [rule] = [item for item in detect(page) if item.kind == "separator"]
    assert not rule.sure


@pytest.mark.parametrize(
    "signature",
    [
        "*«La música empieza donde acaban las palabras.» — E. T. A. Hoffmann*",
        "« Qui ne doute de rien ne sait rien. » – Proverbe",
        "„Wer nicht fragt, bleibt dumm.“ — Oma Hilde",
    ],
)
def test_a_signed_quote_under_a_post_is_a_signature(signature: str) -> None:
    prose = ARTICLES["es"]
    page = "\n\n".join([prose, prose, "Re: La ópera abre temporada · Mensaje #2", prose, signature]) + "\n"
    assert _kinds(page).get(signature) == "signature"


def test_a_story_closing_on_a_signed_quote_stays_silent() -> None:
    prose = ARTICLES["fr"]
    closing = "« Nous reviendrons l'an prochain. » — Marie Dupont"
    page = "\n\n".join([prose, prose, prose, closing]) + "\n"
    assert closing not in _kinds(page)


@pytest.mark.parametrize(
    "signature",
    [
        "*Unterwegs seit 2004 – mein Reiseblog: wanderweit.example.de*",
        "*Lyonnais à Osaka depuis 2011 — mon blog : osaka-lyon.example*",
        "Unterwegs seit 2004 – mein Fotoblog: wanderweit.example.de",
    ],
)
def test_a_posters_own_site_in_emphasis_or_a_compound_is_a_signature(signature: str) -> None:
    prose = ARTICLES["de"]
    page = "\n\n".join([prose, prose, signature, prose]) + "\n"
    assert _kinds(page).get(signature) == "signature"


def test_a_story_naming_a_blog_by_its_site_stays_silent() -> None:
    prose = ARTICLES["de"]
    line = "Seit 2004 unterwegs – der Reiseblog der Stadt: wanderweit.example.de"
    page = "\n\n".join([prose, prose, line, prose]) + "\n"
    assert line not in _kinds(page)
