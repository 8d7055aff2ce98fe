"""Furniture of app pages, comment threads, live blogs and wire desks (round of 2026-12-01): an app's
top bar of glyphs around the site's name, reaction emoji with their counts, a desk's slug written out
in words with a reference code and a transmission stamp, a live blog's update banner between triple
pluses, and the comments at the foot of the page below a count of comments. Each shape fires in
several languages in wordings of its own, and the article lines that tempt it stay silent."""

from __future__ import annotations

import pytest

from audit.furniture import detect
from audit.furniture_line import SURE, judge
from audit.ui_lexicon import lexicon
from tests.test_furniture_shapes import _found, _page

# Paragraphs of more than thirty words: the article's prose, above which a thread never starts.
LONG = {
    "en": (
        "The provincial council approved the water budget on Tuesday evening after a debate that lasted "
        "more than six hours, and the governor said the first pipes would be laid in the northern "
        "districts before the summer heat returns."
    ),
    "fr": (
        "Le conseil provincial a adopté mardi soir le budget de l'eau après un débat de plus de six "
        "heures, et le gouverneur a promis que les premières canalisations seraient posées dans les "
        "quartiers du nord avant le retour des chaleurs de l'été."
    ),
    "es": (
        "El consejo provincial aprobó el martes por la noche el presupuesto del agua tras un debate de "
        "más de seis horas, y el gobernador prometió que las primeras tuberías se instalarán en los "
        "barrios del norte antes de que vuelva el calor del verano."
    ),
    "pt": (
        "O conselho provincial aprovou na terça-feira à noite o orçamento da água depois de um debate de "
        "mais de seis horas, e o governador prometeu que os primeiros canos serão instalados nos bairros "
        "do norte antes do regresso do calor do verão."
    ),
    "de": (
        "Der Provinzrat hat am Dienstagabend nach einer mehr als sechsstündigen Debatte den Wasserhaushalt "
        "beschlossen, und der Gouverneur versprach, dass die ersten Leitungen in den nördlichen Vierteln "
        "noch vor der Rückkehr der Sommerhitze verlegt werden sollen."
    ),
    "it": (
        "Il consiglio provinciale ha approvato martedì sera il bilancio dell'acqua dopo un dibattito di oltre "
        "sei ore, e il governatore ha promesso che le prime condotte saranno posate nei quartieri del nord "
        "prima che torni il caldo dell'estate."
    ),
}


def _tail(code: str, *lines: str) -> str:
    """A page whose article ends with two long paragraphs, `lines` below them."""
    return "\n\n".join([LONG[code], LONG[code], *lines]) + "\n"


@pytest.mark.parametrize(
    ("code", "line", "kind"),
    [
        ("en", "☰  Harbour Daily  🔍  🔔 5", "menu"),
        ("de", "‹ Zurück      Stadtblatt Kiel      A-  A+  ⤴", "menu"),
        ("fr", "☰  LE PHARE · Édition du soir  🔎", "menu"),
        ("es", "◀ Volver | América Latina | ⋮", "menu"),
        ("it", "⬅  Cronaca di Bari  ⋯", "menu"),
        ("pt", "☰  Diário do Sul  🔔 12  👤", "menu"),
        ("en", "Did this live page help you? 👍 311 👎 14", "reactions"),
        ("es", "¿Te resultó útil este directo? 👍 54 👎 3", "reactions"),
        ("de", "❤️ 1.204 💬 87 🔁 19", "reactions"),
        ("fr", "DÉPÊCHE — Desk Afrique — Réf. SEN-ELEC/1107 — Transmis le 03/11/2025 à 18:22 GMT", "wire"),
        ("pt", "BRA-AGRO-SAFRA 14-03-2026 09:05 UTC — Prioridade: urgente", "wire"),
        ("de", "MELDUNG | Ressort Ausland | Ref. DEU-BAHN/0311 | gesendet 04.11.2025 um 07:10 MEZ", "wire"),
        ("de", "+++ EILMELDUNG +++ Regierung kündigt Pressekonferenz an", "live"),
        ("fr", "+++ MISE À JOUR +++ le bilan passe à douze blessés", "live"),
        ("it", "+++ ULTIM'ORA +++", "live"),
        # A list's heading narrowed to a section, a drop-down's arrow, a pinned post's label.
        ("pt", "**Mais lidas em Economia**", "pt/related"),
        ("en", "Most read in Sport", "en/related"),
        ("de", "Meistgelesen in Wirtschaft", "de/related"),
        ("en", "📌 PINNED — Shelters are open at the two stadiums, bring water and blankets.", "en/live"),
        ("pt", "📌 Fixado — Os abrigos estão abertos nos dois estádios, levem água e cobertores.", "pt/live"),
    ],
)
def test_shape_fires(code: str, line: str, kind: str) -> None:
    page = _page(code, line)
    assert (line, kind) in _found(page)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # Prose that uses the glyphs, the emoji and the codes in sentences.
        ("en", "Tap ☰ and then 🔍 to search the archive of older stories on the phone."),
        ("fr", "Les lecteurs ont réagi en masse : 👍 pour la réforme, 👎 pour le calendrier."),
        ("es", "Mongolia 🥇 4 🥈 2 🥉 1"),
        ("de", "Der Beitrag erhielt 👍 128 und 👎 9, bevor er gelöscht wurde."),
        ("fr", "Le dossier AUS-FEUX/0412 a été transmis le 21/12/2024 à 06:41 au parquet de Melbourne."),
        ("en", "COVID-19 — Bulletin of 21/12/2020 at 18:00"),
        ("it", "ROMA, 14/03/2026 ore 09:05 — Il governo ha approvato il decreto sulle bollette."),
        ("de", "+++ Merz gewinnt die Abstimmung im Bundestag +++"),
        ("de", "Der Ölpreis fiel am Abend ▼"),
        ("en", "Most read in 2025, the report says, were stories about housing."),
        ("es", "Fijado el precio del pan en tres euros, el Gobierno cede ante los panaderos."),
    ],
)
def test_tempting_line_silent(code: str, line: str) -> None:
    page = _page(code, line)
    assert all(text != line for text, _ in _found(page))


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Load previous posts ▾", "interface"),
        ("Mostrar más comentarios ▼", "es/comments"),
        ("Afficher les messages précédents ⌄", "interface"),
        ("Ältere Beiträge laden ▾", "interface"),
    ],
)
def test_drop_down_arrow_makes_a_button_sure(line: str, kind: str) -> None:
    assert judge(line, lexicon()) == (kind, SURE)


def test_table_of_references_silent() -> None:
    # A table of case files: codes and dated clocks in its cells, never a slug.
    table = "| Ref. | Data | Hora |\n|---|---|---|\n| SEN-ELEC/1107 | 03/11/2025 | 18:22 |\n| SEN-ELEC/1108 | 04/11/2025 | 09:10 |"
    assert _found(_page("pt", table)) == []


@pytest.mark.parametrize(
    ("code", "opener", "comments"),
    [
        ("en", "Comments (4)", ["rashid_77: Same every summer, nothing changes.", "Thank you for sharing this."]),
        (
            "es",
            "**COMENTARIOS (2)**",
            ["*Marisa_V* · hace 3 horas", "Ojalá esta vez lo cumplan, llevamos años esperando."],
        ),
        ("pt", "**9 comentários**", ["**Rui P.** · há 1 hora", "Já era tempo, a água falta todos os verões."]),
        ("fr", "Commentaires (3)", ["kader_31 — il y a 2 heures : enfin une bonne nouvelle pour le quartier !"]),
        ("it", "Commenti (5)", ["Gianni_BA: speriamo che stavolta sia vero."]),
        ("de", "Kommentare (2)", ["elbkind — vor 1 Stunde: Schon wieder ein Versprechen."]),
    ],
)
def test_comments_below_the_count_fire(code: str, opener: str, comments: list[str]) -> None:
    page = _tail(code, opener, *comments)
    found = dict(_found(page))
    # A poster's header may be judged alone (a row of metadata); the comment's own words are the thread's,
    # or a comment's alone when its poster and a time ago open it ("kader_31 — il y a 2 heures : …").
    assert all(comment in found for comment in comments)
    assert found[comments[-1]] in {"reply", "comments"}


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        # An article's own short closing lines above its comment count, and a quoted reader inside prose.
        ("en", ["The works start in May.", "Comments (4)"]),
        ("fr", ["Une habitante, Samia: « On attend ça depuis dix ans. »", "Commentaires (3)"]),
        # A count of photos heads captions, never comments.
        ("es", ["Fotos (6)", "El gobernador visita la estación de bombeo."]),
        ("de", ["12 Fotos", "Der Gouverneur besucht das Pumpwerk."]),
        # A bold subheading and a list of facts below the article's long paragraphs, no thread.
        ("pt", ["**Os números**", "- 120 km de canos", "- 40 mil famílias"]),
        ("it", ["**I numeri**", "- 120 km di condotte", "- 40 mila famiglie"]),
    ],
)
def test_closing_lines_silent(code: str, lines: list[str]) -> None:
    page = _tail(code, *lines)
    assert not [text for text, kind in _found(page) if kind == "reply"]


def test_prose_after_the_count_ends_no_thread() -> None:
    # A count under the headline, short lead, then the article: the thread needs the article above it.
    page = "\n\n".join(["12 comments", "The works start in May.", LONG["en"], LONG["en"]]) + "\n"
    assert not [item for item in detect(page) if item.kind == "reply"]


@pytest.mark.parametrize(
    ("code", "heading", "items"),
    [
        (
            "pt",
            "**Mais lidas em Economia**",
            ["- Gasolina sobe pela terceira semana", "- Porto de Santos bate recorde"],
        ),
        ("en", "Most read in Sport", ["- Ferry strike ends after nine days", "- Club signs striker on loan"]),
    ],
)
def test_teasers_under_a_narrowed_heading_fire(code: str, heading: str, items: list[str]) -> None:
    page = "\n\n".join([LONG[code], "\n".join([heading, *items]), LONG[code]]) + "\n"
    found = dict(_found(page))
    assert all(item in found for item in items)


@pytest.mark.parametrize(
    ("code", "heading", "items"),
    [
        ("pt", "**Os números da campanha**", ["- 400 mil doses", "- 31 centros de saúde"]),
        ("es", "**Las cifras en Salud**", ["- 400.000 dosis", "- 31 centros de salud"]),
        ("fr", "**Ce qui change en Santé**", ["- 400 000 doses", "- 31 centres de santé"]),
    ],
)
def test_facts_under_a_bold_subheading_silent(code: str, heading: str, items: list[str]) -> None:
    page = "\n\n".join([LONG[code], "\n".join([heading, *items]), LONG[code]]) + "\n"
    assert _found(page) == []
