"""literal-idiom on the images of Arabic press prose (round 18), in wordings other than the data's own
examples: another tense or person ("has returned", "returns"), another number or possessive ("its
streams", "their courses"), another synonym of a slot ("a foot and a leg" for "foot and shin"), in
several article languages; the same words used literally ("the water returned to the reservoir", "the
sons of the farmer") are silent."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings

# (article language, a paragraph with an Arabic image rendered word for word, the idiom's id)
CALQUED = [
    ("en", "The vaccination drive was going on a foot and a leg across the valley.", "on-foot-and-shin"),
    ("en", "Work on the new port is progressing on a foot and a leg, the governor said.", "on-foot-and-shin"),
    (
        "en",
        '"Today the water returns to its streams between the two parties," he said.',
        "the-water-returned-to-its-streams",
    ),
    ("en", "With the deal, the waters have returned to their channels.", "the-water-returned-to-its-streams"),
    (
        "fr",
        "Selon lui, l'eau retourne à son cours normal entre les deux capitales.",
        "the-water-returned-to-its-streams",
    ),
    ("it", "Le acque sono rientrate nei loro alvei tra Erbil e Baghdad.", "the-water-returned-to-its-streams"),
    ("pt", "As águas regressaram aos seus leitos entre os dois governos.", "the-water-returned-to-its-streams"),
    (
        "de",
        "Nun sei das Wasser in seine Flussbetten zurückgekehrt, sagte der Minister.",
        "the-water-returned-to-its-streams",
    ),
    ("en", "The law hangs like swords over the necks of journalists.", "a-sword-over-the-neck"),
    ("es", "Esa ley es una espada sobre el cuello de la prensa.", "a-sword-over-the-neck"),
    ("de", "Das Gesetz hängt wie ein Schwert über dem Nacken der Presse.", "a-sword-over-the-neck"),
    ("en", "Such steps poured into the interest of the investors, he said.", "pours-in-the-interest-of"),
    ("it", "Questo passo riversa nell'interesse dei cittadini.", "pours-in-the-interest-of"),
    ("pt", "A medida despeja no interesse dos agricultores.", "pours-in-the-interest-of"),
    ("pt", "O árbitro levantou a cabeça da Líbia perante todo o continente.", "raised-the-head-of-all"),
    ("en", "The striker raises the head of Morocco once more.", "raised-the-head-of-all"),
    ("it", "La squadra ha sollevato la testa dell'Egitto.", "raised-the-head-of-all"),
    ("de", "Die Hilfe gilt unseren Brüdern in Jemen.", "the-brothers-in-a-sister-country"),
    ("es", "El convoy lleva ayuda a los hermanos en Sudán.", "the-brothers-in-a-sister-country"),
    ("en", "Aid reached the brothers in Gaza on Tuesday.", "the-brothers-in-a-sister-country"),
    ("fr", "Les fils de Benghazi ont accueilli l'équipe à l'aéroport.", "the-sons-of-a-city"),
    ("it", "I figli di Aleppo tornano a ricostruire il suq.", "the-sons-of-a-city"),
    ("en", "The sons of Zamalek celebrated in Tahrir Square.", "the-sons-of-a-city"),
    ("en", "After the storm the wadis ran for two days.", "the-valleys-ran"),
    ("pt", "Os vales correram depois da tempestade em Salalah.", "the-valleys-ran"),
    ("de", "Nach dem Sturm flossen die Täler über mehrere Abschnitte.", "the-valleys-ran"),
    ("en", "The minister spoke in the presence of a crowd of officials and sheikhs.", "in-the-presence-of-a-crowd-of"),
    ("en", "The ministry turns an ear of mud and an ear of dough to the fans.", "an-ear-of-mud-and-an-ear-of-dough"),
    ("pt", "A federação tem uma orelha de lama e uma orelha de massa.", "an-ear-of-mud-and-an-ear-of-dough"),
    (
        "de",
        "Die Schamhaften schämten sich nicht mehr: die sich schämten, sind gestorben.",
        "those-who-were-ashamed-died",
    ),
    ("es", "El presidente lleva años bailando sobre las cabezas de las serpientes.", "dancing-on-the-heads-of-snakes"),
    ("it", "Ha governato ballando sulle teste dei serpenti.", "dancing-on-the-heads-of-snakes"),
    (
        "en",
        "Farmers are stuck between the hammer and the anvil of drought and debt.",
        "between-the-hammer-and-the-anvil",
    ),
    ("it", "Il mese di miele tra governo e sindacati è finito.", "the-honey-month"),
    ("pt", "O mês de mel do novo treinador durou pouco.", "the-honey-month"),
    ("en", "The junta is accused of burning stages in the transition.", "burning-the-stages"),
    ("fr", "Sa démission jette une pierre dans les eaux stagnantes de la politique.", "a-stone-in-the-stagnant-water"),
    ("pt", "A visita atirou uma pedra nas águas estagnadas do diálogo.", "a-stone-in-the-stagnant-water"),
    ("en", "The president called the factions back to the dialogue table.", "the-table-of-dialogue"),
    ("pt", "A rivalidade entre os clãs continua fogo sob as cinzas.", "fire-under-the-ashes"),
    ("en", "Observers call the border dispute embers beneath the ash.", "fire-under-the-ashes"),
    ("en", "The candidate played on the chord of ethnic grievance.", "plays-on-the-string-of"),
    ("de", "Die Milizen spielen auf der Saite der konfessionellen Spaltung.", "plays-on-the-string-of"),
]

# The same words in plain news prose: nothing to report.
LITERAL = [
    ("en", "The water returned to the reservoir after the rains; the streams dried up in June."),
    ("en", "The sons of the farmer were born in Aleppo and moved to Gaza."),
    ("en", "He broke a bone on his foot and bruised his leg on the stairs."),
    ("en", "The minister raised concerns about the head of the agency."),
    ("en", "Investors are pouring in as interest rates fall."),
    ("en", "The Muslim Brothers in Egypt were banned in 2013."),
    ("en", "The three brothers in Syria were reported missing."),
    ("en", "Rivers ran through the valleys; the wadis were dry."),
    ("en", "The minister spoke in the presence of a large crowd."),
    ("en", "The museum shows a curved sword and a gold necklace."),
    ("fr", "L'eau est revenue au cours de la nuit dans le quartier."),
    ("fr", "Le fils du pêcheur vit à Alexandrie depuis 2010."),
    ("fr", "La banque verse des intérêts chaque mois."),
    ("fr", "Les Frères musulmans en Égypte ont été interdits."),
    ("de", "Die drei Brüder in Syrien wurden vermisst."),
    ("de", "Das Wasser kehrte nach dem Regen in die Stadt zurück."),
    ("es", "Los hermanos de Gaza murieron en el bombardeo."),
    ("es", "Los ríos corrieron por los valles tras la tormenta."),
    ("it", "L'acqua è tornata nel corso della giornata."),
    ("it", "Il figlio del pescatore è nato a Bengasi."),
    ("pt", "A água voltou às torneiras ao longo do dia."),
    ("pt", "O cão levantou a cabeça e a orelha."),
    ("pt", "Os médicos alertam para a água parada e os mosquitos."),
    ("en", "Residents searched under the ashes after the fire."),
    ("es", "El músico tocó la cuerda más fina de la guitarra en la fiesta religiosa."),
]


@pytest.mark.parametrize(
    ("code", "paragraph", "idiom"), CALQUED, ids=[f"{c}-{n}" for n, (c, _, _) in enumerate(CALQUED)]
)
def test_an_arabic_press_image_in_another_wording_is_found(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("ar", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_used_literally_are_silent(code: str, paragraph: str) -> None:
    _, findings = core_findings(paragraph, code)
    assert findings == []
