"""The second sweep of Arabic news prose rendered word for word: set phrases as glossary calques and
metaphors as Arabic idioms, in each article language and in wordings other than the data's own
examples; the same words in plain prose (a wound on the hand, embers of a fire, a spacious garden, the
sons of a baker) stay silent."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings
from tests.test_arabic_prose_calques import _calques

# (article language, a sentence holding a calqued set phrase, the span found, the glossary entry)
FOUND = [
    ("en", "Civil defence reported no human losses in the souls.", "losses in the souls", "en/calques/losses-in-souls"),
    ("fr", "Les pluies n'ont fait aucune perte en âmes.", "perte en âmes", "fr/calques/pertes-en-ames"),
    ("de", "Der Brand forderte keine Verluste an Seelen.", "Verluste an Seelen", "de/calques/verluste-an-seelen"),
    ("es", "El incendio no causó pérdidas en las almas.", "pérdidas en las almas", "es/calques/perdidas-en-almas"),
    ("it", "L'alluvione non ha causato perdite in anime.", "perdite in anime", "it/calques/perdite-in-anime"),
    ("pt", "O incêndio não causou perdas em almas.", "perdas em almas", "pt/calques/perdas-em-almas"),
    (
        "en",
        "The premier saluted the daughters of our Palestinian people at the ceremony.",
        "daughters of our Palestinian people",
        "en/calques/sons-of-our-people",
    ),
    (
        "fr",
        "Le président a salué les filles et fils de notre peuple.",
        "filles et fils de notre peuple",
        "fr/calques/fils-de-notre-peuple",
    ),
    (
        "de",
        "Der Premier lobte die Töchter unseres Volkes.",
        "Töchter unseres Volkes",
        "de/calques/soehne-unseres-volkes",
    ),
    (
        "es",
        "El primer ministro saludó a las hijas de nuestro pueblo.",
        "hijas de nuestro pueblo",
        "es/calques/hijos-de-nuestro-pueblo",
    ),
    (
        "it",
        "Il premier ha salutato le figlie del nostro popolo.",
        "figlie del nostro popolo",
        "it/calques/figli-del-nostro-popolo",
    ),
    (
        "pt",
        "O primeiro-ministro saudou as filhas do nosso povo.",
        "filhas do nosso povo",
        "pt/calques/filhos-do-nosso-povo",
    ),
    ("en", "Two fishermen went victims of the storm.", "went victims of", "en/calques/went-victim"),
    (
        "fr",
        "Le sultan Haïtham, que Dieu le préserve, a reçu le ministre.",
        ", que Dieu le préserve",
        "fr/calques/que-dieu-le-protege",
    ),
    (
        "en",
        "The report lays a finger on the wounds of the health service.",
        "lays a finger on the wounds",
        "en/calques/hand-on-the-wound",
    ),
]

SILENT = [
    ("en", "The choir sang for the souls of the dead; the losses were insured."),
    ("en", "The sons of our neighbours went to the victims' funerals."),
    ("fr", "Les fils de notre voisin ont prié pour les âmes des victimes."),
    ("de", "Die Söhne unseres Nachbarn beteten für die Seelen der Toten."),
    ("es", "Los hijos de nuestro vecino rezaron por las almas; el pueblo lloró."),
    ("fr", "Le roi a parlé longtemps ; sa mère a dit : que Dieu le protège."),
    ("en", "A passer-by placed his hand on the wound and pressed until help came."),
    ("pt", "Os filhos do nosso vizinho rezaram pelas almas dos mortos."),
]


@pytest.mark.parametrize(("code", "text", "span", "entry"), FOUND, ids=[f"{e}-{c}" for c, *_, e in FOUND])
def test_a_calqued_set_phrase_is_found(code: str, text: str, span: str, entry: str) -> None:
    assert _calques(code, text) == [(span, entry)]


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_the_same_words_in_plain_prose_are_silent(code: str, text: str) -> None:
    assert _calques(code, text) == []


# (article language, a paragraph with an Arabic news metaphor rendered word for word, the idiom's id)
IDIOMS = [
    ("en", "The police will strike with a hand of iron, the minister warned.", "with-a-hand-of-iron"),
    ("de", "Die Regierung werde mit einer Hand von Eisen durchgreifen.", "with-a-hand-of-iron"),
    ("en", '"You raised our heads," the mayor told the champions.', "raised-our-heads"),
    ("it", "«Questi ragazzi hanno sollevato le nostre teste», ha detto il sindaco.", "raised-our-heads"),
    ("pt", "«Vocês ergueram as nossas cabeças», disse o presidente da câmara.", "raised-our-heads"),
    ("en", "Her success whitened the faces of her parents.", "whitened-the-face"),
    ("fr", "Il a blanchi nos visages devant tout le village.", "whitened-the-face"),
    ("fr", "Les Rouges sont entrés avec un tout autre visage en seconde période.", "entered-with-another-face"),
    ("de", "Nach der Pause kamen die Gäste mit einem neuen Gesicht aus der Kabine.", "entered-with-another-face"),
    ("fr", "Le rapport met la main sur la plaie du secteur.", "hand-on-the-wound"),
    ("it", "Il tecnico ha messo la mano sulla piaga dopo la sconfitta.", "hand-on-the-wound"),
    ("pt", "O treinador pôs a mão na ferida depois da derrota.", "hand-on-the-wound"),
    ("de", "Die Eltern warteten auf der Glut auf die Ergebnisse.", "waiting-on-embers"),
    ("es", "Los aficionados esperaban sobre brasas el pitido inicial.", "waiting-on-embers"),
    ("fr", "Les syndicats ont relevé le plafond de leurs revendications.", "ceiling-of-demands"),
    ("it", "L'opposizione ha alzato il tetto delle sue pretese.", "ceiling-of-demands"),
    ("es", "El acuerdo permite salvar el agua de la cara a ambos gobiernos.", "save-the-water-of-the-face"),
    ("de", "Beide Seiten wollen das Wasser des Gesichts wahren.", "save-the-water-of-the-face"),
    ("fr", "L'attentat a mélangé les papiers des négociateurs.", "mixing-the-papers"),
    ("es", "La dimisión mezcló los papeles de la coalición.", "mixing-the-papers"),
    ("de", "Die Partei muss zuerst ihr inneres Haus ordnen.", "arranging-the-inner-house"),
    ("es", "El partido debe ordenar la casa interna antes del congreso.", "arranging-the-inner-house"),
    ("fr", "Le pays entre dans une bataille de brisement des os.", "battle-of-breaking-bones"),
    ("pt", "O governo e os sindicatos estão numa guerra de quebra de ossos.", "battle-of-breaking-bones"),
    ("de", "Die Mannschaft ist zwei Bögen oder näher vom Titel entfernt.", "two-bows-length-or-nearer"),
    ("en", "Critics say the council weighs with two measures.", "measures-with-two-measures"),
    ("it", "Questa riforma non ingrassa e non toglie la fame.", "neither-fattens-nor-satisfies-hunger"),
    ("de", "Die Erhöhung macht weder fett noch stillt sie den Hunger.", "neither-fattens-nor-satisfies-hunger"),
    ("es", "La afición apoya al equipo en corazón y molde.", "heart-and-mould"),
    ("it", "Un regolamento su cui il tempo ha mangiato e bevuto sopra.", "time-ate-and-drank-on-it"),
    ("es", "Ningún ministro tiene una pluma sobre la cabeza, dijo el fiscal.", "no-feather-on-his-head"),
    ("it", "I due blocchi sono in una battaglia di morsi delle dita.", "battle-of-biting-fingers"),
    ("en", "The coach finally came out of his silence on Friday.", "came-out-of-his-silence"),
    ("fr", "Le texte a été adopté sous la coupole du Parlement.", "under-the-dome-of-parliament"),
    ("fr", "Que Dieu le couvre de sa vaste miséricorde.", "cover-him-with-his-vast-mercy"),
    ("es", "Que Dios lo haga morar en sus vastos jardines.", "dwell-in-his-spacious-gardens"),
    ("pt", "Que Deus inspire à família paciência e consolo.", "inspire-them-patience-and-solace"),
    ("it", "La difesa ha consegnato la vittoria su un piatto d'oro.", "on-a-golden-plate"),
    ("pt", "A defesa entregou a vitória numa bandeja de ouro.", "on-a-golden-plate"),
    ("it", "Il rigore è stato il proiettile della misericordia per gli ospiti.", "the-bullet-of-mercy"),
    ("fr", "Les électeurs se sont rendus aux noces démocratiques dimanche.", "democratic-wedding"),
    ("de", "Die Wähler feierten die demokratische Hochzeit am Sonntag.", "democratic-wedding"),
    ("es", "Aplazar la votación es el ojo de la razón, dijo el presidente.", "the-eye-of-reason"),
    ("es", "El nuevo ministro se remangó los antebrazos contra la corrupción.", "rolled-up-the-forearms"),
    ("it", "La barca è affondata nel mar Bianco Medio al largo della Libia.", "the-white-middle-sea"),
    ("de", "Die Brücke wurde nach gezählten Tagen wieder geöffnet.", "within-counted-days"),
    ("pt", "O ministro mandou enviar a ajuda na asa da velocidade.", "on-the-wing-of-speed"),
    ("en", "He has read the rules from alef to yaa.", "from-alif-to-ya"),
    ("it", "Il muschio della chiusura è stato il terzo gol.", "the-musk-of-the-conclusion"),
    ("de", "Die Freude blieb eine unvollendete Freude für die Fans.", "an-incomplete-joy"),
    ("pt", "O veterano ator passou à custódia de Deus na terça-feira.", "in-the-custody-of-god"),
    ("es", "Túnez se llevó la caña de la precedencia en derechos de la mujer.", "the-reed-of-precedence"),
]

IDIOM_SILENT = [
    ("en", "The nurse put a hand on his shoulder; the wound had healed."),
    ("en", "The villagers waited by the embers of the bonfire."),
    ("de", "Die Wunde an seiner Hand war tief, sagte der Arzt."),
    ("fr", "Les braises du barbecue restaient chaudes ; nous attendions le dessert."),
    ("es", "El parlamento aprobó el techo de gasto; las demandas siguen."),
    ("it", "La casa ha un cortile interno; il custode deve sistemare il giardino."),
    ("pt", "A casa tem vastos jardins e um lago; Deus sabe quanto custou."),
    ("en", "The fans stood in silence; the team came out for the second half."),
    ("en", "A gold plate and a silver dish were stolen from the museum."),
    ("de", "Die Hochzeit fand im Mai statt; die demokratische Wahl im Juni."),
    ("it", "L'ala sinistra ha giocato con grande velocità."),
    ("en", "The report was incomplete; the fans sang with joy all night."),
    ("es", "Ya lo dijo el alcalde: la custodia del edificio es de la policía."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), IDIOMS, ids=[f"{c}-{i}" for c, _, i in IDIOMS])
def test_a_calqued_news_metaphor_is_found(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("ar", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), IDIOM_SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(IDIOM_SILENT)])
def test_the_metaphors_words_in_plain_prose_are_silent(code: str, paragraph: str) -> None:
    assert core_findings(paragraph, code)[1] == []
