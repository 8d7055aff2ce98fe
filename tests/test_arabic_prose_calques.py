"""The set phrases and metaphors of Arabic news prose rendered word for word (glossary calques and
Arabic idioms), in each article language and in wordings other than the data's own examples; the same
words in plain prose (a brotherly rivalry, a green rectangle on a flag, a real witch, a forge) stay
silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from tests.idiom_articles import assert_found_inside, core_findings

# (article language, a sentence holding a calqued set phrase, the span found, the glossary entry)
FOUND = [
    (
        "en",
        "Both sides praised the two sisterly peoples at the signing.",
        "the two sisterly peoples",
        "en/calques/two-brotherly-countries",
    ),
    (
        "fr",
        "L'accord profitera aux deux peuples frères, a dit le ministre.",
        "deux peuples frères",
        "fr/calques/deux-pays-freres",
    ),
    (
        "de",
        "Die Minister der zwei Bruderstaaten trafen sich in Riad.",
        "zwei Bruderstaaten",
        "de/calques/zwei-bruderlaender",
    ),
    (
        "es",
        "Los ministros de ambos pueblos hermanos firmaron el acuerdo.",
        "ambos pueblos hermanos",
        "es/calques/dos-paises-hermanos",
    ),
    (
        "it",
        "I ministri dei due popoli fratelli hanno firmato l'accordo.",
        "due popoli fratelli",
        "it/calques/due-paesi-fratelli",
    ),
    (
        "pt",
        "Os ministros dos dois povos irmãos assinaram o acordo.",
        "dois povos irmãos",
        "pt/calques/dois-paises-irmaos",
    ),
    (
        "en",
        "The new port is a qualitative jump for the region's exporters.",
        "a qualitative jump",
        "en/calques/qualitative-leap",
    ),
    (
        "en",
        "A constellation of prominent scholars attended the conference.",
        "A constellation of prominent scholars",
        "en/calques/constellation-of-officials",
    ),
    (
        "pt",
        "Estiveram presentes uma constelação de ministros e embaixadores.",
        "uma constelação de ministros",
        "pt/calques/constelacao-de-funcionarios",
    ),
    (
        "en",
        "The clinic will serve the sons of Sohag governorate.",
        "sons of Sohag governorate",
        "en/calques/sons-of-the-region",
    ),
    (
        "es",
        "Muchos jugadores entraron en el rectángulo verde con lágrimas.",
        "el rectángulo verde",
        "es/calques/rectangulo-verde",
    ),
    (
        "pt",
        "Os jogadores entraram no rectângulo verde ao som do hino.",
        "no rectângulo verde",
        "pt/calques/retangulo-verde",
    ),
    (
        "de",
        "Im Halbfinale zeigte die runde Zauberin ihr grausames Gesicht.",
        "die runde Zauberin",
        "de/calques/runde-hexe",
    ),
    (
        "it",
        "La grande temperatura toccherà i 44 gradi a Bassora.",
        "La grande temperatura",
        "it/calques/grande-temperatura",
    ),
    (
        "de",
        "Der Wetterdienst erwartet 47 Grad, die kleine bei 31, in Kuwait-Stadt.",
        "die kleine",
        "de/calques/grosse-temperatur",
    ),
    (
        "en",
        "Forecasters expect active to strong winds over the Gulf.",
        "active to strong winds",
        "en/calques/active-winds",
    ),
    (
        "fr",
        "Le Qatar a exprimé sa condamnation et sa dénonciation de l'attentat.",
        "condamnation et sa dénonciation",
        "fr/calques/condamnation-et-denonciation",
    ),
    (
        "en",
        "The bank will restart the wheel of investment in Syria.",
        "wheel of investment",
        "en/calques/wheel-of-development",
    ),
    (
        "es",
        "El derbi acabó en un empate positivo, dos goles por bando.",
        "empate positivo",
        "es/calques/empate-negativo",
    ),
    (
        "en",
        "The actor migrated to the mercy of Allah on Sunday.",
        "migrated to the mercy of Allah",
        "en/calques/moved-to-the-mercy-of-god",
    ),
    (
        "it",
        "Lo sceicco è andato alla misericordia di Allah domenica.",
        "andato alla misericordia di Allah",
        "it/calques/misericordia-di-dio",
    ),
    (
        "de",
        "Die Behörde bat Bürgerinnen und Residenten, zu Hause zu bleiben.",
        "Bürgerinnen und Residenten",
        "de/calques/buerger-und-ansaessige",
    ),
]

SILENT = [
    ("en", "The two brothers met the sisterly pair of twins at school."),
    ("en", "Each player gets a green rectangle of cloth and a round leather ball."),
    ("en", "A round witch cake won the baking prize; the temperature was great."),
    ("fr", "Les deux frères ont peint un rectangle vert sur la porte."),
    ("de", "Die Bürger und die Anwohner protestierten gegen den Lärm."),
    ("es", "Los hermanos de los dos países se reunieron en Madrid."),
    ("it", "I fratelli dei due paesi si sono incontrati a Roma."),
    ("pt", "O treinador deu uma palestra sobre a roda e a bola."),
]


def _calques(code: str, text: str) -> list[tuple[str, str | None]]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"glossary"}))).findings
    return [(text[finding.start : finding.end], finding.entry) for finding in findings]


@pytest.mark.parametrize(("code", "text", "span", "entry"), FOUND, ids=[e for *_, e in FOUND])
def test_a_calqued_set_phrase_is_found(code: str, text: str, span: str, entry: str) -> None:
    assert _calques(code, text) == [(span, entry)]


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_the_same_words_in_plain_prose_are_silent(code: str, text: str) -> None:
    assert _calques(code, text) == []


# (article language, a paragraph with an Arabic news metaphor rendered word for word, the idiom's id)
IDIOMS = [
    ("en", "For years the militia held the valley with iron and with fire.", "with-iron-and-fire"),
    ("es", "La junta gobernó el país con hierro y con fuego.", "with-iron-and-fire"),
    ("de", "Die Reform soll frisches Blut in die Adern der Verwaltung pumpen.", "new-blood-in-the-arteries"),
    ("it", "Gli investimenti inietteranno sangue nuovo nelle arterie del porto.", "new-blood-in-the-arteries"),
    ("pt", "O acordo injeta sangue novo nas veias da indústria.", "new-blood-in-the-arteries"),
    ("de", "Die Zunge der Lage sagt, dass niemand mehr an den Frieden glaubt.", "the-tongue-of-the-situation"),
    ("en", "Salah has shaken the opponents' nets in every match this month.", "shook-the-nets"),
]

IDIOM_SILENT = [
    ("en", "Workers fed iron ore into the fire of the blast furnace."),
    ("en", "The surgeon said new blood tests showed the arteries were clear."),
    ("en", "Fishermen mended their nets; the storm shook the harbour."),
    ("es", "La situación del idioma: la lengua materna de la mitad del país."),
    ("fr", "Les nouvelles analyses de sang montrent des artères et des veines saines."),
    ("it", "Il sangue nuovo del donatore è stato portato in ospedale; le vene erano sane."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), IDIOMS, ids=[f"{c}-{i}" for c, _, i in IDIOMS])
def test_a_calqued_news_metaphor_is_found(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("ar", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), IDIOM_SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(IDIOM_SILENT)])
def test_the_metaphors_words_in_plain_prose_are_silent(code: str, paragraph: str) -> None:
    assert core_findings(paragraph, code)[1] == []
