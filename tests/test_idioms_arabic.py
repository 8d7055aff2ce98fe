"""literal-idiom on Arabic sayings and set phrases (Modern Standard and the dialects), the project's most
common source: each rendered word for word in several article languages, in wordings other than the
data's own examples, is found once; the same common words in plain news prose (a real bottle, ink and
paper prices, a flood reaching the hills, a liver transplant) are not."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings

# (article language, a paragraph with an Arabic idiom rendered word for word, the idiom's id)
CALQUED = [
    (
        "en",
        "Critics say the new audit will only put the dots on the letters of what everyone knew.",
        "dots-on-the-letters",
    ),
    ("fr", "Le rapporteur a voulu mettre les points sur les lettres devant la commission.", "dots-on-the-letters"),
    ("pt", "O relatório veio pôr os pontos nas letras sobre a dívida.", "dots-on-the-letters"),
    ("de", "Der Waffenstillstand von 2021 blieb nur Tinte auf Papier.", "ink-on-paper"),
    ("it", "Il piano di ricostruzione è rimasto inchiostro su carta.", "ink-on-paper"),
    ("es", "Los acuerdos de Yeda quedaron en tinta sobre papel.", "ink-on-paper"),
    ("fr", "Ces annonces servent à jeter de la cendre dans les yeux des bailleurs.", "ashes-in-the-eyes"),
    ("pt", "As promessas servem para atirar cinza aos olhos dos eleitores.", "ashes-in-the-eyes"),
    ("en", "The power cuts added more wetness to the mud in Tripoli.", "wetness-to-the-mud"),
    ("it", "I tagli hanno aggiunto umidità al fango, ha detto il sindaco.", "wetness-to-the-mud"),
    ("fr", "Les secours sont arrivés après la ruine de Malte, disent les habitants.", "after-the-ruin-of-malta"),
    ("es", "La ayuda llegó después de la destrucción de Malta.", "after-the-ruin-of-malta"),
    ("de", "Das Land habe den Hals der Flasche hinter sich, sagte der Minister.", "neck-of-the-bottle"),
    ("fr", "L'économie est sortie du goulot de la bouteille, selon le ministre.", "neck-of-the-bottle"),
    ("it", "Il quartiere è cambiato tra una notte e la sua alba.", "between-a-night-and-its-morning"),
    ("pt", "A moeda perdeu metade do valor entre uma noite e a sua madrugada.", "between-a-night-and-its-morning"),
    ("fr", "Ce garçon est un morceau de mon foie, a dit le père.", "a-piece-of-my-liver"),
    ("it", "Mio figlio è un pezzo del mio fegato, ha detto la madre.", "a-piece-of-my-liver"),
    ("fr", "Le parti tient le bâton par le milieu dans cette crise.", "hold-the-stick-from-the-middle"),
    ("de", "Die Regierung hält den Stock in der Mitte, sagen Beobachter.", "hold-the-stick-from-the-middle"),
    ("es", "Nada rasca tu piel como tu propia uña, dijo el alcalde.", "nothing-scratches-your-skin-like-your-nail"),
    (
        "it",
        "Niente gratta la tua pelle come la tua unghia, ha detto il sindaco.",
        "nothing-scratches-your-skin-like-your-nail",
    ),
    ("pt", "A fundação teve uma mão branca na reconstrução da escola.", "a-white-hand"),
    ("fr", "Pour les riverains, le torrent a atteint les collines.", "the-flood-reached-the-hills"),
    ("it", "Per i residenti il torrente ha raggiunto le colline.", "the-flood-reached-the-hills"),
    ("it", "La squadra ha alzato la testa di tutti gli iracheni.", "raised-the-head-of-all"),
    ("pt", "A atleta levantou a cabeça de todos os sudaneses.", "raised-the-head-of-all"),
    ("de", "Der Schmuggel läuft vor aller Augen, auf deinem Auge, o Händler.", "on-your-eye-o-merchant"),
    ("it", "Il contrabbando avviene sul tuo occhio, o mercante.", "on-your-eye-o-merchant"),
    ("fr", "La pluie tombait comme les bouches des outres sur Aden.", "the-mouths-of-water-skins"),
    ("es", "Los incendios comieron lo verde y lo seco en la sierra.", "ate-the-green-and-the-dry"),
    ("es", "Los aficionados estaban más calientes que las brasas antes de la final.", "hotter-than-embers"),
    (
        "de",
        "Die Brotpreise waren der Strohhalm, der dem Kamel den Rücken brach.",
        "the-straw-that-broke-the-camels-back",
    ),
    ("es", "La subida del pan fue la paja que rompió la espalda del camello.", "the-straw-that-broke-the-camels-back"),
    ("fr", "On ne peut pas couvrir le soleil avec un tamis, a lancé le député.", "the-sun-is-not-covered-with-a-sieve"),
    ("it", "Non si copre il sole con un setaccio, ha detto il deputato.", "the-sun-is-not-covered-with-a-sieve"),
    ("de", "Das Kamel sieht seinen Höcker nicht, spottete die Opposition.", "the-camel-does-not-see-its-hump"),
    ("fr", "La survie appartient à Dieu, a écrit le roi à la famille.", "survival-is-for-god"),
    ("de", "Das Überleben gehört Gott, schrieb der König der Familie.", "survival-is-for-god"),
    ("es", "Vender consejos en Doha es llevar dátiles a Hajar.", "dates-to-hajar"),
    ("fr", "Les rebelles ont gardé le fil de Muawiya avec Riyad.", "muawiyas-hair"),
    ("it", "I residenti parlano di promesse di Urqub.", "urqubs-promises"),
    ("es", "El caso sirve de clavo de Juha para intervenir.", "juhas-nail"),
    ("de", "Der Stützpunkt ist zu Dschuhas Nagel in der Region geworden.", "juhas-nail"),
    ("pt", "O médio entrou na gaiola dourada no verão.", "entered-the-golden-cage"),
    ("es", "El ministro parecía el sordo en la boda durante el debate.", "deaf-man-at-the-wedding"),
    ("it", "Le tribù restano il numero difficile dell'equazione.", "the-difficult-number-in-the-equation"),
    (
        "fr",
        "Qui ne connaît pas le faucon le grille, a répondu l'entraîneur.",
        "he-who-does-not-know-the-falcon-grills-it",
    ),
    ("pt", "Quem se cala perante a injustiça é um diabo mudo, disse o imã.", "a-mute-devil"),
    ("it", "Gli elettori scelgono, ma il più dolce dei due è amaro.", "the-sweeter-of-the-two-is-bitter"),
    ("de", "Nach der Wahl ist Halima zu ihrer alten Gewohnheit zurückgekehrt.", "halima-returned-to-her-old-habit"),
    ("it", "Non abbiamo né cammella né cammello in questa guerra.", "she-camel-nor-camel"),
    ("fr", "Le président a déversé la coupe de sa colère sur les juges.", "poured-the-cup-of-his-anger"),
    ("it", "Il presidente ha riversato la coppa della sua ira sui giudici.", "poured-the-cup-of-his-anger"),
    ("de", "Die Lage im Süden steht auf der Handfläche eines Dämons.", "on-the-palm-of-an-afreet"),
    ("es", "La tregua está en la palma de un demonio.", "on-the-palm-of-an-afreet"),
    ("fr", "La conférence a fait du bruit sans farine.", "grinding-noise-and-no-flour"),
    ("de", "Der Gipfel war Lärm ohne Mehl, sagten Diplomaten.", "grinding-noise-and-no-flour"),
    ("pt", "Negociar com ele é soprar num odre furado.", "blowing-into-a-torn-waterskin"),
    ("it", "Ogni destriero inciampa, ha detto l'allenatore.", "every-steed-stumbles"),
    ("fr", "Un jour de miel et un jour d'oignons, soupire le pêcheur.", "a-day-of-honey-a-day-of-onions"),
    ("es", "Los vientos soplan como los barcos no desean, admitió el enviado.", "winds-blow-as-ships-do-not-wish"),
]

# The same common words in plain news prose, in every article language: nothing to report.
LITERAL = [
    ("en", "The bottle bank outside the school was emptied on Tuesday."),
    ("en", "Paper and ink costs pushed newspaper prices up by a tenth."),
    ("en", "The flood reached the outskirts before the rescue teams arrived in the hills."),
    ("en", "Doctors said the donor gave part of her liver to her brother."),
    ("en", "The falcon was released in the desert after the festival."),
    ("en", "The night shift ended at dawn, and the workers went home."),
    ("fr", "Le prix du papier a doublé, celui de l'encre aussi."),
    ("fr", "Les chameaux ont été vendus au marché de Nouakchott."),
    ("fr", "La pluie a rempli les outres des bergers."),
    ("fr", "Le volcan a projeté des cendres ; les habitants se plaignent des yeux."),
    ("de", "Die Flasche wurde am Hals zerbrochen aufgefunden."),
    ("de", "Die Ärzte haben ihm ein Stück Leber transplantiert."),
    ("de", "Die Sonne schien, und der Bäcker verkaufte Brot."),
    ("es", "El barro cubrió las calles y la humedad subió."),
    ("es", "El precio del pan subió y el panadero cerró."),
    ("es", "Los pescadores salieron de noche y volvieron por la mañana."),
    ("it", "Il fango e l'umidità hanno invaso le case dopo l'alluvione."),
    ("it", "Il cavallo ha vinto la corsa di domenica."),
    ("it", "Cento persone hanno partecipato, il doppio dell'anno scorso."),
    ("pt", "O gargalo do porto atrasa as exportações."),
    ("pt", "A cabeça de lista levantou-se e todos aplaudiram."),
    ("pt", "O preço do papel e da tinta subiu este ano."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), CALQUED, ids=[f"{c}-{i}" for c, _, i in CALQUED])
def test_an_arabic_idiom_rendered_word_for_word_is_found(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("ar", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_in_plain_news_are_silent(code: str, paragraph: str) -> None:
    _, findings = core_findings(paragraph, code)
    assert findings == []
