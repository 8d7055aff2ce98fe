"""literal-idiom on Russian sayings and set phrases, one of the project's main sources (wire, sport,
court and business copy from Russia and Central Asia): each rendered word for word in the article
languages, in wordings other than the data's own examples, is found once; the same common words in
plain news prose (a real bear in the taiga, a crane on a building site, porridge and butter prices, a
boxer's cut eyebrow) are not."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings

# (article language, a paragraph with a Russian idiom rendered word for word, the idiom's id)
CALQUED = [
    ("en", "The striker admitted that the first pancake turned out lumpy in his debut.", "the-first-pancake-is-lumpy"),
    ("it", "La prima frittella viene sempre grumosa, ha ammesso il tecnico.", "the-first-pancake-is-lumpy"),
    ("pt", "A primeira panqueca sai sempre com grumos, admitiu o treinador.", "the-first-pancake-is-lumpy"),
    (
        "en",
        "When the verdict came, a mountain rolled off my shoulders, the defendant said.",
        "a-mountain-off-the-shoulders",
    ),
    (
        "fr",
        "Après la victoire, une montagne est tombée de mes épaules, a confié la skieuse.",
        "a-mountain-off-the-shoulders",
    ),
    (
        "de",
        "Nach dem Urteil ist mir ein Berg von den Schultern gefallen, sagte die Angeklagte.",
        "a-mountain-off-the-shoulders",
    ),
    ("es", "El pacto mata dos liebres a la vez, según el viceministro.", "kill-two-hares"),
    ("it", "Con questa riforma vogliamo prendere due lepri, ha spiegato il ministro.", "kill-two-hares"),
    ("fr", "Les sanctions sont un bâton à deux bouts pour l'économie, selon l'analyste.", "a-stick-with-two-ends"),
    ("pt", "As tarifas são um pau de dois bicos, disse o economista.", "a-stick-with-two-ends"),
    ("en", "Investors say the agency changes its rules with seven Fridays in every week.", "seven-fridays-a-week"),
    ("de", "Die Behörde hat sieben Freitage in der Woche, klagen die Bauern.", "seven-fridays-a-week"),
    ("es", "Esta subvención es como un perdigón para un elefante, dijo el alcalde.", "like-a-pellet-to-an-elephant"),
    ("it", "Per la holding la sanzione è come un pallino per un elefante.", "like-a-pellet-to-an-elephant"),
    ("en", "Critics said the new budget was just Trishka's kaftan once again.", "trishkas-caftan"),
    ("de", "Der Haushalt gleicht Trischkas Kaftan, sagte die Opposition.", "trishkas-caftan"),
    ("en", "Officials there run around like a squirrel in a wheel all year.", "like-a-squirrel-in-a-wheel"),
    ("es", "Desde enero corro como una ardilla en la rueda, dijo la jueza.", "like-a-squirrel-in-a-wheel"),
    (
        "fr",
        "Depuis la fusion, je tourne comme un écureuil dans une roue, dit la directrice.",
        "like-a-squirrel-in-a-wheel",
    ),
    (
        "en",
        "The ruling party works like a swan, a pike and a crayfish, the columnist wrote.",
        "the-swan-the-crayfish-and-the-pike",
    ),
    (
        "it",
        "La maggioranza tira come il cigno, il luccio e il gambero, ha scritto l'editorialista.",
        "the-swan-the-crayfish-and-the-pike",
    ),
    (
        "en",
        "The veteran forward said an old horse will never spoil a furrow.",
        "an-old-horse-will-not-spoil-the-furrow",
    ),
    ("pt", "Cavalo velho não estraga o sulco, disse o avançado de 37 anos.", "an-old-horse-will-not-spoil-the-furrow"),
    (
        "en",
        "A word is not a sparrow; once it flies out you will not catch it, the envoy said.",
        "a-word-is-not-a-sparrow",
    ),
    ("de", "Ein Wort ist kein Spatz, sagte die Sprecherin und blieb bei ihrer Aussage.", "a-word-is-not-a-sparrow"),
    ("it", "La parola non è un passero, ha ribadito il portavoce.", "a-word-is-not-a-sparrow"),
    ("en", "The charge sheet is stitched with white thread, the lawyer told the court.", "sewn-with-white-thread"),
    ("es", "Todo el caso está cosido con hilo blanco, dijo la abogada.", "sewn-with-white-thread"),
    ("fr", "Ici, la loi c'est la taïga et l'ours est le maître, disent les orpailleurs.", "the-law-is-the-taiga"),
    ("pt", "Na mina, a lei é a taiga e o urso é o dono.", "the-law-is-the-taiga"),
    (
        "en",
        "Better a tit in your hands than a crane in the sky, the workers' union concluded.",
        "a-tit-in-the-hand-a-crane-in-the-sky",
    ),
    (
        "es",
        "Más vale un paro en la mano que una grulla en el cielo, concluyó el sindicato.",
        "a-tit-in-the-hand-a-crane-in-the-sky",
    ),
    (
        "en",
        "The mine director said the ruling was a spoonful of tar in a barrel of honey.",
        "a-spoon-of-tar-in-a-barrel-of-honey",
    ),
    (
        "pt",
        "A multa foi uma colher de alcatrão num barril de mel para a empresa.",
        "a-spoon-of-tar-in-a-barrel-of-honey",
    ),
    (
        "en",
        "Going to Tula with your own samovar, the Chinese firm opened a tea house in Moscow.",
        "to-tula-with-your-own-samovar",
    ),
    (
        "fr",
        "Venir à Toula avec son propre samovar : c'est ce que fait ce torréfacteur.",
        "to-tula-with-your-own-samovar",
    ),
    ("en", "Pensions went up by the length of Gulkin's nose this year.", "as-big-as-gulkas-nose"),
    ("en", "The defence called the protocol a Filkin letter without any legal weight.", "filkas-letter"),
    ("it", "La difesa ha definito il verbale una lettera di Filka.", "filkas-letter"),
    (
        "en",
        "You cannot spoil porridge with butter, the coach said of his double sessions.",
        "butter-does-not-spoil-porridge",
    ),
    ("es", "Las gachas no se estropean con mantequilla, dijo el entrenador.", "butter-does-not-spoil-porridge"),
    ("en", "Hunger is no auntie, said the herder who sold his last camel.", "hunger-is-not-an-aunt"),
    ("fr", "La faim n'est pas une tante, a dit l'éleveur qui a vendu son dernier chameau.", "hunger-is-not-an-aunt"),
    (
        "de",
        "Die Koalition führt den Haushalt ohne Plan; der Krebs, der Schwan und der Hecht ziehen.",
        "the-swan-the-crayfish-and-the-pike",
    ),
    (
        "en",
        "For years nothing moved: the cart is still there, villagers say of the new road.",
        "and-the-cart-is-still-there",
    ),
    ("it", "Dopo dieci anni il carretto è ancora lì, dicono i residenti.", "and-the-cart-is-still-there"),
    ("en", "Such a contract is needed like a fifth leg by a dog, the union said.", "needed-like-a-fifth-leg-for-a-dog"),
    (
        "fr",
        "Ce contrat, c'est comme une cinquième patte pour un chien, a dit le syndicat.",
        "needed-like-a-fifth-leg-for-a-dog",
    ),
    ("en", "The lawyer replied that his clients are not stitched from bast either.", "not-sewn-from-bast"),
    ("en", "That the plant will close is clear to any hedgehog, the mayor said.", "clear-even-to-a-hedgehog"),
    ("es", "Hasta a un erizo le queda claro que la planta cerrará.", "clear-even-to-a-hedgehog"),
    (
        "en",
        "Seven nannies, and the child is without an eye: three ministries run the port.",
        "seven-nannies-and-a-one-eyed-child",
    ),
    (
        "de",
        "Sieben Kindermädchen, und das Kind hat kein Auge, kritisierte der Rechnungshof.",
        "seven-nannies-and-a-one-eyed-child",
    ),
    (
        "en",
        "In taste and colour there are no comrades, the chef said of the new menu.",
        "no-comrades-in-taste-and-colour",
    ),
    ("pt", "Em gosto e cor não há camaradas, disse o estilista.", "no-comrades-in-taste-and-colour"),
    (
        "en",
        "The bridge will be repaired after a little rain on Thursday, residents joke.",
        "after-a-little-rain-on-thursday",
    ),
    (
        "fr",
        "Le pont sera réparé après la petite pluie de jeudi, ironisent les riverains.",
        "after-a-little-rain-on-thursday",
    ),
    (
        "pt",
        "A ponte será reparada depois da chuvinha de quinta-feira, ironizam os moradores.",
        "after-a-little-rain-on-thursday",
    ),
]

# The idioms' words in plain news prose, in several article languages: nothing to report.
LITERAL = [
    ("en", "Pancake Day races drew crowds; the first runner slipped on a lump of ice."),
    ("en", "Rescuers carried the hiker off the mountain on their shoulders."),
    ("fr", "Les secouristes ont porté le randonneur sur leurs épaules jusqu'au pied de la montagne."),
    ("en", "Hunters shot two hares and a fox in the first week of the season."),
    ("en", "A bear was filmed crossing a road in the taiga; the new law on hunting takes effect."),
    ("de", "Ein Bär wurde in der Taiga gesichtet; das neue Gesetz gilt ab Mai."),
    ("en", "The new law protects the taiga; a bear was filmed near the mine last week."),
    ("en", "A crane collapsed on the building site under a clear sky; a worker hurt his hand."),
    ("es", "Una grúa cayó en la obra; el cielo estaba despejado y un obrero se hirió la mano."),
    ("en", "Butter prices climbed, and porridge oats stayed cheap in the shops."),
    ("fr", "Le prix du beurre a grimpé, celui de la bouillie pour bébé est resté stable."),
    ("en", "The boxer needed stitches above his eyebrow but his eye was not hurt."),
    ("es", "El boxeador recibió puntos en la ceja, pero el ojo no sufrió daños."),
    ("en", "The squirrel population in the park grew; a bicycle wheel was found in the pond."),
    ("en", "Tobacco sales fell; the two presidents spoke of lasting friendship."),
    ("it", "Le vendite di tabacco sono calate; i due presidenti hanno parlato di amicizia."),
    ("en", "Anglers caught a pike; swans returned to the river after the spill."),
    ("en", "Honey producers blamed the road works: fresh tar was laid near the hives."),
    ("pt", "Os produtores de mel culparam as obras: o alcatrão foi espalhado junto das colmeias."),
    ("en", "Seven Fridays in a row the market was closed this year, not every week."),
    ("en", "The old horse was retired from the farm; ploughing is now done by tractor."),
    ("de", "Das alte Pferd wurde verkauft; die Furchen zieht jetzt ein Traktor."),
    ("en", "The dog hurt a leg; a fifth animal was rescued later."),
    ("it", "Il cane si è ferito a una zampa; il quinto è stato salvato dopo."),
    ("en", "Her aunt said hunger is not a problem in the village any more."),
    ("fr", "Sa tante a dit que la faim n'était plus un problème au village."),
    ("en", "The words of the song mention a sparrow; it was not a hit."),
    ("es", "El jinete cayó en el barro; el caballo viejo no sufrió daños."),
    ("pt", "Os lobos foram vistos perto da floresta, e os pastores pediram ajuda."),
    ("en", "After rain on Thursday, a little sunshine is expected at the weekend."),
    ("fr", "Après la pluie de jeudi, un peu de soleil est attendu ce week-end."),
    ("it", "Dopo la pioggia di giovedì tornerà il sole."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), CALQUED, ids=[f"{c}-{i}" for c, _, i in CALQUED])
def test_a_russian_idiom_rendered_word_for_word_is_found(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("ru", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_in_plain_news_prose_are_silent(code: str, paragraph: str) -> None:
    _, findings = core_findings(paragraph, code)
    assert findings == []
