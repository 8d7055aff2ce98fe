"""A newspaper's own-language name rendered word for word (audit/newspaper.py), through the rule."""

from __future__ import annotations

import pytest

from audit import Config, audit_text
from audit.findings import Finding, FixSafety
from audit.glossary.media_context import ArticleWords
from audit.languages import language
from audit.languages_lint import _is_paper
from audit.newspaper import paper_titles, rendered_papers

# (language, text, the rendering, the suggestion): papers no glossary entry lists, in every language.
RENDERED = [
    ("en", "In Bangkok, doctors told the Thai State newspaper that the clinic was full.", "Thai State", "Thai Rath"),
    ("en", "In Dhaka, according to First Light, traders mix syrup into the honey.", "First Light", "Prothom Alo"),
    ("en", "Officials in Jakarta told Compass Daily that 300 pairs were made.", "Compass Daily", "Kompas"),
    ("en", "In Lahore, the Voice of the Times reported that the dam was full.", "Voice of the Times", "Nawa-i-Waqt"),
    (
        "de",
        "Als Peking die Einfuhr aus Taiwan beschränkte, berichtete die Freiheitszeit.",
        "Freiheitszeit",
        "Liberty Times",
    ),
    (
        "de",
        "Laut der Republik haben in Polen seit 2015 mehr als 1.500 Milchbars geschlossen.",
        "Republik",
        "Rzeczpospolita",
    ),
    ("de", "In Jakarta berichtete der Kompass über die Sandalen.", "Kompass", "Kompas"),
    ("de", "Laut dem Apfel-Tagblatt ist die Polizei in Hongkong eingeschritten.", "Apfel-Tagblatt", "Apple Daily"),
    # German capitalises the descriptor: it stays, and the title is read past it.
    (
        "de",
        "In Seoul berichtete die Zeitung Ostasien-Tageblatt über den Markt.",
        "Ostasien-Tageblatt",
        "Dong-a Ilbo",
    ),
    (
        "de",
        "Laut der Huanqiu-Zeit kommen jährlich Millionen Besucher nach Chengdu in China.",
        "Huanqiu-Zeit",
        "Global Times",
    ),
    ("es", "En Sofía, el diario 24 Horas informó de que varias destilerías firmaron.", "24 Horas", "24 Chasa"),
    ("es", "Según el Tiempo Global, la fábrica de Shanghái cerrará en mayo.", "Tiempo Global", "Global Times"),
    ("fr", "À Lahore, la Voix du Temps a révélé que le barrage était plein.", "Voix du Temps", "Nawa-i-Waqt"),
    (
        "fr",
        "À Taipei, le Temps de la Liberté a révélé que les prix ont baissé.",
        "Temps de la Liberté",
        "Liberty Times",
    ),
    (
        "it",
        "Il Giornale del popolo ha però sollevato dubbi sui prezzi pagati a Praga.",
        "Giornale del popolo",
        "Lidové noviny",
    ),
    ("it", "A Shanghai, i Tempi Globali hanno pubblicato i dati dell'export.", "Tempi Globali", "Global Times"),
    (
        "pt",
        "Em Suzhou, na China, Chang Hsueh contou aos Tempos Globais que vende lenços.",
        "Tempos Globais",
        "Global Times",
    ),
    ("pt", "Segundo a Bússola, o governo de Jacarta vai subsidiar as sandálias.", "Bússola", "Kompas"),
]

# Correct names and ordinary phrases of the same words: silent.
SILENT = [
    ("en", "In Taipei, the Liberty Times and the China Times reported the vote."),
    ("en", "In Hanoi, the People's Committee approved the plan; People came to see it."),
    ("en", "A first light rain fell on Dhaka; the Republic of Turkey said Ankara would pay."),
    ("en", "The Global Times, a Beijing tabloid, cited the People's Daily."),
    ("en", "According to First Light, a charity in Leeds, the project was a success."),
    ("en", "The Thai State Railway said trains from Bangkok would run late."),
    ("en", "Doctors in Leeds told the State newspaper that the clinic was full."),
    ("de", "In Jakarta zeigte der Kompass nach Norden."),
    ("de", "Laut der Zeit und der Welt hat der Bundestag in Berlin das Gesetz beschlossen."),
    ("de", "Das Volk hat in Polen am Sonntag gewählt, und die Republik feierte."),
    ("de", "Die ukrainische Wahrheit über den Krieg in Kiew ist bitter."),
    ("de", "Laut der Renmin Ribao und der Volkszeitung aus Peking steigt der Export."),
    ("es", "Según el Diario del Pueblo, Pekín ampliará el programa."),
    ("es", "El País y El Mundo informaron de que Tokio abrirá el puerto."),
    ("es", "Según la Verdad, diario de Murcia, la cosecha de Turquía cayó."),
    ("fr", "Selon le Quotidien du Peuple, Pékin va ouvrir le marché."),
    ("fr", "Le Monde rapporte que le Japon a ouvert ses ports."),
    ("it", "Il quotidiano La Verità ha attaccato il ministro russo a Mosca."),
    ("it", "Il Giornale ha scritto che a Praga i prezzi salgono."),
    ("pt", "Segundo o Diário do Povo, Pequim vai ampliar o programa."),
    ("pt", "Segundo o Povo, jornal de Fortaleza, o Vietname exporta mais."),
    # A longer name, the state, a speaker: not the paper.
    ("en", "In Lahore, the charity told War on Want that the floods had receded."),
    ("en", "In Warsaw, the Republic said it would respond to the court."),
    ("de", "In der Türkei gilt laut Freiheit und Demokratie ein neues Gesetz."),
    ("fr", "En Turquie, selon la République turque, les impôts baisseront."),
    ("it", "In Polonia, secondo la Repubblica polacca, i prezzi scendono."),
    ("es", "En Turquía, la República de Turquía cumple cien años."),
]


def _findings(text: str, code: str) -> list[Finding]:
    return [
        finding for finding in audit_text(text, Config(lang=code)).findings if finding.rule == "literal-media-title"
    ]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_rule_reports_the_paper_with_an_unsafe_fix(code: str, text: str, rendering: str, suggestion: str) -> None:
    findings = _findings(text, code)
    assert [text[finding.start : finding.end] for finding in findings] == [rendering]
    fix = findings[0].fix
    assert fix is not None and fix.safety is FixSafety.UNSAFE
    assert [edit.replacement for edit in fix.edits] == [suggestion]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_names_and_ordinary_phrases_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_an_article_that_never_names_the_country_stays_silent(
    code: str, text: str, rendering: str, suggestion: str
) -> None:
    # The same rendering, in an article about somewhere else: the words may be a local title.
    article = ArticleWords([f"{rendering} opened a new office."])
    assert list(rendered_papers(f"{rendering} opened a new office.", code, article)) == []


def test_lower_case_is_a_description() -> None:
    text = "A Xangai, i tempi globali della finanza cambiano."
    assert list(rendered_papers(text, "it", ArticleWords([text]))) == []


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "it", "pt"])
def test_a_paper_s_own_names_are_never_its_rendering(code: str) -> None:
    for name, country, *_ in language(code).value("media.papers", ()):
        text = f"{country}: laut {name}."
        assert list(rendered_papers(text, code, ArticleWords([text]))) == [], name
        assert paper_titles(code), code


def test_lint_rejects_an_empty_meaning_slot() -> None:
    assert _is_paper(["Liberty Times", "Taiwan", "Freedom; Times"])
    assert not _is_paper(["Liberty Times", "Taiwan", "Freedom;"])
    assert not _is_paper(["Liberty Times", "Taiwan"])
