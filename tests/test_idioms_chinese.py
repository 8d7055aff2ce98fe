"""literal-idiom on Chinese sayings (chengyu, proverbs, state-media set phrases) rendered word for word in
each article language, worded otherwise than languages/zh/idioms.toml's own examples, is found once and
named; the same words in plain news sentences (a real tiger, a real well, a frosty winter) are not."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings

# (article language, a paragraph with the Chinese idiom rendered word for word, the idiom's id)
CALQUED = [
    (
        "en",
        "Handing out vouchers now is a cup of water on a cart of burning firewood.",
        "a-cup-of-water-on-a-cart-of-firewood",
    ),
    (
        "fr",
        "Ces aides sont un verre d'eau jeté sur une charrette de bois en feu.",
        "a-cup-of-water-on-a-cart-of-firewood",
    ),
    (
        "de",
        "Der Zuschuss ist ein Becher Wasser auf eine brennende Karre Brennholz.",
        "a-cup-of-water-on-a-cart-of-firewood",
    ),
    ("en", "Brussels is riding the tiger now and cannot dismount, a diplomat said.", "riding-a-tiger-hard-to-dismount"),
    ("es", "El banco cabalga un tigre y ya no puede bajarse.", "riding-a-tiger-hard-to-dismount"),
    (
        "it",
        "Dopo la sconfitta, il ministro ha dormito sulla legna e leccato il fiele per anni.",
        "sleeping-on-brushwood-tasting-gall",
    ),
    ("en", "Banning every scooter is a one-knife-cut approach, shop owners complained.", "one-knife-cut"),
    (
        "fr",
        "Protéger les chiffres, c'est se boucher les oreilles pour voler la cloche.",
        "covering-ones-ears-to-steal-a-bell",
    ),
    (
        "pt",
        "Esconder os dados é tapar as orelhas para roubar o sino, disse o auditor.",
        "covering-ones-ears-to-steal-a-bell",
    ),
    ("de", "Die Geldbuße ist für den Konzern ein Haar von neun Rindern.", "one-hair-off-nine-oxen"),
    (
        "es",
        "El pleno discute plumas de gallina y cáscaras de ajo mientras sube el paro.",
        "chicken-feathers-and-garlic-skins",
    ),
    ("en", "Sanctions on top of the drought only added frost to the snow.", "adding-frost-to-snow"),
    ("pt", "A greve acrescentou geada sobre a neve para os exportadores.", "adding-frost-to-snow"),
    ("de", "Der Elfmeter fügte dem Schnee noch Frost hinzu.", "adding-frost-to-snow"),
    (
        "es",
        "Una pulgada de tiempo vale una pulgada de oro, recordó el seleccionador.",
        "an-inch-of-time-an-inch-of-gold",
    ),
    (
        "it",
        "Acque limpide e montagne verdi sono montagne d'oro e d'argento, ha detto il sindaco.",
        "green-mountains-are-mountains-of-gold-and-silver",
    ),
    (
        "fr",
        "Pendant dix ans, Pékin a choisi de cacher son éclat et de cultiver l'obscurité.",
        "hide-brightness-nourish-obscurity",
    ),
    ("es", "La visita fue como mirar flores desde el caballo, criticó la oposición.", "viewing-flowers-from-horseback"),
    ("de", "Ohne die Lippen frieren die Zähne, sagte der Botschafter über die Nachbarn.", "lips-gone-teeth-cold"),
    (
        "it",
        "La presidente ha la lingua tagliente e il cuore di tofu, dicono i collaboratori.",
        "knife-mouth-tofu-heart",
    ),
    (
        "fr",
        "Un vieux cheval connaît le chemin, a lancé le président en rappelant l'ancien ministre.",
        "the-old-horse-knows-the-way",
    ),
    (
        "es",
        "Tres zapateros juntos valen un Zhuge Liang, dijo el alcalde a los voluntarios.",
        "three-cobblers-make-a-zhuge-liang",
    ),
    ("de", "Die Reform hatte einen Tigerkopf und einen Schlangenschwanz.", "tigers-head-snakes-tail"),
    ("fr", "Qualifier la récession de reprise, c'est montrer un cerf et l'appeler cheval.", "calling-a-deer-a-horse"),
    ("it", "Fare causa al colosso è come una formica che vuole scuotere un albero.", "an-ant-shaking-a-tree"),
    (
        "de",
        "Der Bürgerverein gleicht einer Gottesanbeterin, die einen Wagen aufhalten will.",
        "a-mantis-blocking-a-chariot",
    ),
    ("es", "Sus rivales dicen que el ministro esconde un cuchillo tras la sonrisa.", "a-knife-hidden-in-a-smile"),
    (
        "it",
        "Per il figlio del pescatore la borsa di studio è la carpa che salta la porta del drago.",
        "the-carp-leaps-the-dragon-gate",
    ),
    ("fr", "Le propriétaire est un lion qui ouvre grand la gueule avec ce loyer.", "the-lion-opens-its-big-mouth"),
    (
        "de",
        "So fährt die Bahn erst im Jahr des Affen und im Monat des Pferdes.",
        "year-of-the-monkey-month-of-the-horse",
    ),
    (
        "pt",
        "Sem arriscar, diz o investidor, não se entra na toca do tigre nem se apanha o filhote.",
        "without-entering-the-tigers-den",
    ),
    ("de", "Guter Wein fürchtet keine tiefe Gasse, sagt die Winzerin.", "good-wine-fears-no-deep-alley"),
    ("pt", "A campanha foi muito trovão e poucas gotas de chuva.", "loud-thunder-small-raindrops"),
    ("it", "La nuova autorità cambia il brodo ma non la medicina.", "changing-the-broth-not-the-medicine"),
    ("de", "Die Prüfung war eine Libelle, die das Wasser nur streift.", "a-dragonfly-skimming-the-water"),
    ("pt", "Os fiscais abrem um olho e fecham o outro diante das obras.", "open-one-eye-close-one-eye"),
    (
        "es",
        "Los militantes no deben olvidar nunca el corazón original, dijo el secretario.",
        "never-forget-the-original-heart",
    ),
    (
        "de",
        "Oben gibt es Politik, unten gibt es Gegenmaßnahmen, räumt ein Fabrikant ein.",
        "above-policies-below-countermeasures",
    ),
    (
        "fr",
        "Une seule montagne ne peut abriter deux tigres, a dit un conseiller.",
        "one-mountain-cannot-hold-two-tigers",
    ),
    ("it", "Mentre l'airone e la vongola litigano, il pescatore guadagna.", "the-snipe-and-the-clam"),
    ("pt", "Com o novo avançado, a equipa é um tigre a quem nasceram asas.", "like-a-tiger-given-wings"),
    (
        "en",
        "Reformers pulled on the seedlings to help them grow faster, the report said.",
        "pulling-up-seedlings-to-help-them-grow",
    ),
    (
        "en",
        "Without demand, the stimulus is just fetching water in a bamboo basket.",
        "drawing-water-with-a-bamboo-basket",
    ),
]

# The idioms' words used literally or apart, in several article languages: nothing to report.
LITERAL = [
    ("en", "A tiger at the zoo was moved after keepers found it could climb the fence."),
    ("en", "Firewood and water were carried to the camp by cart."),
    ("en", "Heavy frost followed the snow, and the council added two gritters."),
    ("en", "Two tigers were filmed on one mountain slope in the reserve."),
    ("en", "Investors lost money as the horse racing season ended at the border."),
    ("en", "The dentist warned that cold weather cracks lips and hurts teeth."),
    ("fr", "Les pompiers ont puisé l'eau du puits pour arroser la rivière asséchée."),
    ("fr", "Le tigre du zoo de Beauval est descendu de son rocher sous les yeux des visiteurs."),
    ("fr", "Le vieux cheval du centre équestre a été vendu à un éleveur."),
    ("de", "Nach dem Schnee kam strenger Frost; der Winterdienst war im Einsatz."),
    ("de", "Im Zoo wurden zwei Tiger und ein Löwe geimpft."),
    ("de", "Der Fischer verkauft am Hafen Muscheln und Krabben."),
    ("es", "Los vecinos sacaron agua del río para el ganado."),
    ("es", "El caballo ganó la carrera en la frontera, y el jinete perdió el sombrero."),
    ("es", "La tormenta trajo truenos y pocas lluvias al sur."),
    ("it", "Il brodo di pollo non è una medicina, spiegano i medici."),
    ("it", "Sulla montagna sono state avvistate due tigri siberiane nello zoo safari."),
    ("it", "I cesti di vimini sono in vendita al mercato del pesce."),
    ("pt", "Os ladrões roubaram sacos de arroz e galinhas de uma quinta."),
    ("pt", "O médico pediu ao doente que abrisse a boca e fechasse os olhos."),
    ("pt", "A polícia encontrou uma faca escondida no carro."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), CALQUED, ids=[f"{c}-{i}" for c, _, i in CALQUED])
def test_a_chinese_idiom_rendered_word_for_word_is_found(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("zh", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_in_plain_news_are_silent(code: str, paragraph: str) -> None:
    _, findings = core_findings(paragraph, code)
    assert findings == []


def test_the_chinese_file_covers_many_idioms_in_every_article_language() -> None:
    from audit.idioms import TARGETS, files, read

    [path] = [path for path in files() if path.parent.name == "zh"]
    idioms = read(path)["idiom"]
    assert len(idioms) >= 70
    for code in TARGETS:
        assert sum(code in item for item in idioms) >= 60, code
