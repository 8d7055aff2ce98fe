"""literal-idiom on short articles: the idioms added to the thin files of European and African source
languages (uk, sk, hr, bg, lt, lv, et, ka, hy, ha, da, no, sl, ca). Each is rendered word for word in two
article languages, in wordings other than the file's own examples (found), and a plain article sharing
its words stays silent."""

from __future__ import annotations

import json

import pytest

from audit.idioms import files, read
from tests.conftest import run_cli
from tests.idiom_articles import article, assert_found_inside, core_findings, written

# source language → (article language, a paragraph with the idiom, the idiom's id)
CALQUED = {
    "uk": [
        ("en", "Once again the coalition stepped on the same rake over the budget.", "step-on-the-same-rake"),
        ("es", "Otra vez la coalición pisó el mismo rastrillo con el presupuesto.", "step-on-the-same-rake"),
        ("it", "Il vicino tiene da anni una pietra in seno, dice il sindaco.", "a-stone-in-the-bosom"),
        ("en", "Our neighbour has kept a stone in his bosom for years.", "a-stone-in-the-bosom"),
    ],
    "sk": [
        ("en", "Every party promises the blue of the sky before an election.", "promise-the-blue-from-the-sky"),
        ("es", "Todos los partidos prometen el azul del cielo antes de votar.", "promise-the-blue-from-the-sky"),
        ("pt", "A lei foi costurada com agulha quente, dizem os juízes.", "sewn-with-a-hot-needle"),
        ("it", "La riforma è stata cucita con un ago rovente.", "sewn-with-a-hot-needle"),
    ],
    "hr": [
        ("it", "Non ci venderanno più il corno per una candela, dicono i pescatori.", "selling-a-horn-for-a-candle"),
        ("en", "The fishermen say nobody will sell them horns for candles again.", "selling-a-horn-for-a-candle"),
        ("fr", "Cette paperasse va sur mon foie, a dit l'éleveur.", "goes-on-the-liver"),
    ],
    "bg": [
        ("de", "Er sucht ein Kalb unter dem Ochsen, sagte der Verteidiger.", "a-calf-under-the-ox"),
        ("en", "The auditors keep searching for a calf beneath the ox.", "a-calf-under-the-ox"),
        ("pt", "Depois da seca, os pastores estão nus como uma espingarda.", "naked-as-a-rifle"),
    ],
    "lt": [
        ("de", "Die Boulevardpresse macht aus einer Nadel einen Wagen.", "a-cart-out-of-a-needle"),
        ("en", "The papers made a whole wagon out of a needle.", "a-cart-out-of-a-needle"),
        ("it", "Il governo soffia nebbia negli occhi dei pensionati.", "blow-fog-into-the-eyes"),
    ],
    "lv": [
        ("it", "Tutti quei fondi sono finiti sotto la coda del gatto.", "under-the-cats-tail"),
        ("en", "The subsidies have all gone under the cat's tail.", "under-the-cats-tail"),
        ("pt", "O deputado está apenas a soprar patinhos, disse a oposição.", "blowing-ducklings"),
    ],
    "et": [
        ("fr", "Le chantier a avancé sur les pierres et les souches.", "over-stones-and-stumps"),
        ("en", "Talks moved on over rocks and stumps all winter.", "over-stones-and-stumps"),
    ],
    "ka": [
        (
            "en",
            "When asked about the pipeline, the envoy swallowed his tongue into his stomach.",
            "threw-the-tongue-into-the-belly",
        ),
        (
            "es",
            "Cuando le preguntaron, el embajador se tragó la lengua al estómago.",
            "threw-the-tongue-into-the-belly",
        ),
    ],
    "hy": [
        ("it", "Che io prenda il tuo dolore, ha detto la nonna al nipote.", "let-me-take-your-pain"),
        ("en", "Let me take all your pains, the mother told the returning soldier.", "let-me-take-your-pain"),
        ("de", "Die Beamten schwiegen, als hätten sie Wasser in den Mund genommen.", "as-if-water-in-the-mouth"),
    ],
    "ha": [
        ("es", "A una liebre no se la caza sentado, dijo el emir.", "a-hare-is-not-caught-sitting"),
        ("en", "No rabbit is ever caught by sitting down, the emir said.", "a-hare-is-not-caught-sitting"),
        ("it", "Chi è paziente cuoce una pietra e ne beve il brodo.", "the-patient-one-cooks-a-stone"),
    ],
    "da": [
        ("fr", "Le syndicat a une poule à plumer avec le ministre.", "a-hen-to-pluck"),
        ("en", "The mayor still has a chicken to pluck with the port authority.", "a-hen-to-pluck"),
        ("it", "Ci serve ghiaccio nello stomaco, ha detto il ct.", "ice-in-the-stomach"),
        ("pt", "Com esse contrato a empresa atirou no papagaio.", "shoot-the-parrot"),
    ],
    "sl": [
        ("en", "A sparrow in your hand beats a dove on the roof, the mayor said.", "a-sparrow-in-the-hand"),
        ("pt", "Mais vale um pardal na mão do que um pombo no telhado.", "a-sparrow-in-the-hand"),
    ],
    "ca": [
        ("de", "Mit dieser Rede hat der Bürgermeister ein Korn zu viel gemacht.", "one-grain-too-many"),
        ("it", "Con quel discorso il sindaco ha fatto un grano di troppo.", "one-grain-too-many"),
        ("fr", "Le maire a la mouche au nez depuis le vote.", "the-fly-on-the-nose"),
    ],
    "no": [
        ("en", "This young defender has bones in his nose.", "bone-in-the-nose"),
        ("de", "Die Kapitänin hat Knochen in der Nase, sagte der Trainer.", "bone-in-the-nose"),
    ],
}

# source language → (article language, plain news prose sharing the idioms' words): nothing to report.
PLAIN = {
    "uk": ("en", "Gardeners bought the same rake again. The stone statue of the queen shows her bosom and crown."),
    "sk": ("it", "Il cielo era azzurro e il meteo ha promesso sole. L'infermiera ha messo l'ago nell'acqua calda."),
    "hr": ("de", "Kerzen und Hörner gab es auf dem Markt. Der Alkohol geht auf die Leber, warnen Ärzte."),
    "bg": ("en", "A calf and an ox grazed near the barracks; a rifle lay on the naked rock."),
    "lt": ("fr", "Une aiguille est tombée de la charrette. Le brouillard se lève et les yeux des pilotes s'habituent."),
    "lv": ("es", "El gato dormía bajo la mesa y movía la cola. Los patitos nadan; el viento sopló toda la noche."),
    "et": ("de", "Die Arbeiter entfernten Steine und Baumstümpfe vom Feld."),
    "ka": ("es", "La lengua de ternera y el estómago de cerdo suben de precio."),
    "hy": (
        "en",
        "Doctors told patients to take pain seriously. Swimmers took water from the bay near the river mouth.",
    ),
    "ha": ("en", "A rabbit was caught in a trap. Broth is served on the stone terrace; wash your hands before soup."),
    "da": ("en", "Plucking a chicken takes time. The zoo's parrot was moved. The chimney fell; engineers wrote to us."),
    "sl": ("es", "Un gorrión se posó en el tejado; las palomas comen de la mano de los turistas en la plaza mayor."),
    "ca": ("en", "The plane's nose was damaged by a bird; they made too much grain this year."),
    "no": ("it", "Il naso era rotto e un osso della mascella si è incrinato."),
}


@pytest.mark.parametrize(
    ("source", "code", "paragraph", "idiom"),
    [(source, *case) for source, cases in CALQUED.items() for case in cases],
)
def test_a_new_calqued_idiom_in_an_article_is_found(source: str, code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside(source, code, paragraph, idiom, once=False)


@pytest.mark.parametrize(("source", "code", "paragraph"), [(source, *case) for source, case in PLAIN.items()])
def test_plain_prose_sharing_the_new_idioms_words_stays_silent(source: str, code: str, paragraph: str) -> None:
    assert core_findings(paragraph, code)[1] == []


def test_each_deepened_source_is_found_in_two_article_languages_and_holds_six_idioms() -> None:
    for source, cases in CALQUED.items():
        assert len({code for code, *_ in cases}) >= 2, source
    sizes = {path.parent.name: len(read(path)["idiom"]) for path in files() if path.parent.name in CALQUED}
    assert {source for source, size in sizes.items() if size < 6} <= {"et", "ka", "hy", "ha", "lv", "sl", "ca"}, sizes


def test_the_command_line_reports_new_calques_and_passes_plain_prose(tmp_path) -> None:
    calqued = tmp_path / "calqued.md"
    calqued.write_text(
        article("The club stepped on the same rakes again. We need ice in the stomach, the coach said."),
        encoding="utf-8",
    )
    found = run_cli("check", "--lang", "en", "--select", "literal-idiom", "--format", "jsonl", str(calqued))
    assert found.returncode == 1
    messages = [json.loads(line)["message"] for line in found.stdout.decode().splitlines() if line.strip()]
    for source, idiom in [("uk", "step-on-the-same-rake"), ("da", "ice-in-the-stomach")]:
        assert any(written(source, idiom) in message for message in messages), messages
    plain = tmp_path / "plain.md"
    plain.write_text(article(PLAIN["da"][1]), encoding="utf-8")
    silent = run_cli("check", "--lang", "en", "--select", "literal-idiom", str(plain))
    assert silent.returncode == 0, silent.stdout
