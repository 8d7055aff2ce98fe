"""literal-idiom on short articles: idioms of European, African and American source languages, each
rendered word for word in two or more article languages (found), and a plain article that shares their
words (silent). The wordings differ from the files' own examples: a signature must catch the phrasings
other translations produce, not one sentence."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli
from tests.idiom_articles import article, assert_found_inside, core_findings, written

# source language → (article language, a paragraph with the idiom, the idiom's id) for two or more
# article languages.
CALQUED = {
    "pt": [
        ("en", "By half-time the cow went to the swamp for the home side.", "the-cow-went-to-the-swamp"),
        ("fr", "À la mi-temps, la vache était partie au marécage pour les locaux.", "the-cow-went-to-the-swamp"),
        ("it", "Con la maggioranza, il sindaco ha il coltello e il formaggio in mano.", "knife-and-cheese-in-hand"),
    ],
    "hu": [
        ("en", "Here lies the dog buried: the quotas were never paid out.", "here-is-the-dog-buried"),
        ("it", "Qui è sepolto il cane, dicono gli agricoltori della Grande Pianura.", "here-is-the-dog-buried"),
        ("de", "Die Opposition macht aus einem Floh einen Elefanten.", "makes-an-elephant-of-a-flea"),
    ],
    "el": [
        ("en", "Burned once, the divers now blow on the yogurt too.", "burned-by-porridge-blows-on-yogurt"),
        (
            "fr",
            "Échaudés, les plongeurs soufflent maintenant même sur le yaourt.",
            "burned-by-porridge-blows-on-yogurt",
        ),
    ],
    "fi": [
        ("en", "The defendant pulled the peas up his nose and left the courtroom.", "peas-up-the-nose"),
        ("it", "L'imputato si è tirato i piselli nel naso e ha lasciato l'aula.", "peas-up-the-nose"),
    ],
    "nl": [
        ("en", "The farmers now sit with their hands in their hair.", "hands-in-the-hair"),
        ("pt", "Os agricultores estão sentados com as mãos no cabelo.", "hands-in-the-hair"),
        ("de", "Wir sind nicht bereit, mit den gebackenen Birnen zu bleiben.", "sitting-with-the-baked-pears"),
    ],
    "ru": [
        ("en", "The prosecutor said that on the thief the cap burns.", "on-the-thief-the-hat-burns"),
        ("es", "Sobre el ladrón arde el gorro, dijo el fiscal.", "on-the-thief-the-hat-burns"),
        ("fr", "Brûlé par le lait, le ministère souffle maintenant sur l'eau.", "burned-on-milk-blows-on-water"),
    ],
    "pl": [
        ("en", "The engineers would rather blow on the cold than risk the hull.", "blow-on-cold"),
        ("fr", "Les ingénieurs préfèrent souffler sur le froid plutôt que risquer la coque.", "blow-on-cold"),
        ("es", "Acusó a la prensa de hacer de una aguja una horquilla.", "pitchfork-out-of-a-needle"),
    ],
    "ro": [
        ("en", "She took her heart between her teeth and attacked on the last climb.", "took-the-heart-in-the-teeth"),
        ("it", "Ha preso il cuore tra i denti e ha attaccato sull'ultima salita.", "took-the-heart-in-the-teeth"),
        ("pt", "A oposição fez do mosquito um garanhão.", "stallion-out-of-a-mosquito"),
    ],
    "uk": [
        ("en", "Many officials simply say: my hut is on the edge.", "my-hut-is-at-the-edge"),
        ("es", "Muchos funcionarios dicen: mi choza está en el borde.", "my-hut-is-at-the-edge"),
    ],
    "bg": [
        ("en", "The ruling fits neither into a wedge nor into a sleeve.", "neither-in-wedge-nor-in-sleeve"),
        ("it", "La sentenza non entra né nel cuneo né nella manica.", "neither-in-wedge-nor-in-sleeve"),
    ],
    "cs": [
        ("en", "Without work there are no cakes, the grower reminded the pickers.", "no-cakes-without-work"),
        ("de", "Ohne Arbeit gibt es keine Kuchen, erinnerte der Bauer.", "no-cakes-without-work"),
        ("es", "Nadie tiró el fusil al centeno tras la derrota.", "throw-the-rifle-into-the-rye"),
    ],
    "sk": [
        (
            "en",
            "The morning is always wiser than the evening, the minister said.",
            "the-morning-is-wiser-than-the-evening",
        ),
        ("it", "La mattina è più saggia della sera, ha detto il ministro.", "the-morning-is-wiser-than-the-evening"),
    ],
    "sr": [
        ("en", "With the new contract his axe has fallen into the honey.", "the-axe-fell-into-honey"),
        ("fr", "Avec le nouveau contrat, sa hache est tombée dans le miel.", "the-axe-fell-into-honey"),
    ],
    "hr": [
        ("en", "Critics say the minister keeps selling fog to the islanders.", "selling-fog"),
        ("pt", "Os críticos dizem que o ministro anda a vender nevoeiro aos ilhéus.", "selling-fog"),
    ],
    "sl": [
        ("en", "Whoever comes first grinds first, the agency said of the grants.", "who-comes-first-grinds-first"),
        ("it", "Chi arriva primo macina per primo, ha detto l'agenzia.", "who-comes-first-grinds-first"),
    ],
    "sq": [
        ("en", "When the sons left for Italy, their father became a cuckoo.", "became-a-cuckoo"),
        ("es", "Cuando sus hijos emigraron, el padre se quedó cuco.", "became-a-cuckoo"),
    ],
    "be": [
        ("en", "Not knowing the ford, they went into the water.", "without-knowing-the-ford"),
        ("es", "Sin conocer el vado, se metieron en el agua.", "without-knowing-the-ford"),
    ],
    "sv": [
        ("en", "Despite the losses, the club will not throw the axe into the lake.", "throw-the-axe-into-the-lake"),
        ("it", "Nonostante le perdite, il club non getterà l'ascia nel lago.", "throw-the-axe-into-the-lake"),
    ],
    "no": [
        ("en", "The report cooks soup on a nail, the opposition says.", "soup-on-a-nail"),
        ("fr", "Le rapport fait de la soupe avec un clou, selon l'opposition.", "soup-on-a-nail"),
    ],
    "da": [
        ("en", "With that remark the minister trod in the spinach.", "step-in-the-spinach"),
        ("pt", "Com aquela observação, o ministro pisou no espinafre.", "step-in-the-spinach"),
    ],
    "is": [
        ("en", "Rarely is one wave alone: the storm followed the eruption.", "seldom-is-one-wave-alone"),
        ("de", "Selten ist eine Welle allein: auf den Ausbruch folgte der Sturm.", "seldom-is-one-wave-alone"),
    ],
    "de": [
        ("en", "When he saw the bill, the mayor said: I believe my pig whistles.", "i-think-my-pig-whistles"),
        ("fr", "Il faut laisser l'église au village, a répété la chancelière.", "leave-the-church-in-the-village"),
        ("it", "Tutto è nel burro dopo la fusione, ha detto il presidente.", "everything-in-butter"),
    ],
    "fr": [
        ("en", "The envoy put a rabbit on the negotiators and never came.", "put-a-rabbit"),
        ("it", "L'inviato ha messo un coniglio ai negoziatori e non si è presentato.", "put-a-rabbit"),
        ("es", "Pero volvamos a nuestras ovejas: el presupuesto.", "back-to-our-sheep"),
    ],
    "es": [
        ("en", "Housing in the capital now costs an eye of the face.", "cost-an-eye-of-the-face"),
        ("it", "Una casa nella capitale ormai costa un occhio della faccia.", "cost-an-eye-of-the-face"),
        ("fr", "Pour le centenaire, le club a jeté la maison par la fenêtre.", "throw-the-house-out-of-the-window"),
    ],
    "it": [
        ("en", "I know my chickens, the referee's union said.", "i-know-my-chickens"),
        ("de", "Ich kenne meine Hühner, sagte der Trainer über die Schiedsrichter.", "i-know-my-chickens"),
        ("pt", "Quem dorme não pesca peixes, disse o presidente da câmara.", "who-sleeps-catches-no-fish"),
    ],
    "ca": [
        ("en", "The mayor did hands and sleeves to save the factory.", "make-hands-and-sleeves"),
        ("fr", "Le maire a fait mains et manches pour sauver l'usine.", "make-hands-and-sleeves"),
    ],
    "eu": [
        ("en", "The verdict left the valley with its mouth full of teeth.", "mouth-full-of-teeth"),
        ("it", "La sentenza ha lasciato la valle con la bocca piena di denti.", "mouth-full-of-teeth"),
    ],
    "lt": [
        ("en", "Not my pigs and not my beans, the mayor shrugged.", "not-my-pigs-not-my-beans"),
        ("es", "No son mis cerdos, no son mis habas, dijo el alcalde.", "not-my-pigs-not-my-beans"),
    ],
    "lv": [
        ("en", "Investors say the developer tied a bear on them.", "tie-a-bear-on"),
        ("it", "Gli investitori dicono che il costruttore ha legato un orso.", "tie-a-bear-on"),
    ],
    "et": [
        ("en", "Before the final the young players had a rabbit in their trousers.", "a-hare-in-the-trousers"),
        ("fr", "Avant la finale, les jeunes joueurs avaient un lièvre dans le pantalon.", "a-hare-in-the-trousers"),
    ],
    "ka": [
        (
            "en",
            "A single tree cannot make a forest, the president told the congress.",
            "one-tree-does-not-make-a-forest",
        ),
        ("pt", "Uma árvore não faz uma floresta, disse o presidente.", "one-tree-does-not-make-a-forest"),
    ],
    "hy": [
        ("en", "My poor head to the stone, the vintner said after the hail.", "my-head-to-the-stone"),
        ("es", "Mi cabeza contra la piedra, dijo el viticultor tras el granizo.", "my-head-to-the-stone"),
    ],
    "sw": [
        ("en", "Haste, haste brings no blessing, the speaker warned the house.", "haste-has-no-blessing"),
        ("it", "La fretta non ha benedizione, ha avvertito il presidente.", "haste-has-no-blessing"),
    ],
    "am": [
        (
            "en",
            "Once the hyena had gone, the dog started barking, the opposition said.",
            "when-the-hyena-has-gone-the-dog-barks",
        ),
        ("es", "Cuando la hiena se fue, el perro ladró, dijo la oposición.", "when-the-hyena-has-gone-the-dog-barks"),
    ],
    "ha": [
        ("en", "One hand alone cannot lift the roof, the governor told the delegates.", "one-hand-cannot-lift-a-roof"),
        ("es", "Una sola mano no puede levantar el techo, dijo el gobernador.", "one-hand-cannot-lift-a-roof"),
    ],
    "ig": [
        ("en", "Let the kite perch and the eagle perch too, the bishop said.", "let-the-kite-perch"),
        ("it", "Che il nibbio si posi e che l'aquila si posi, ha detto il vescovo.", "let-the-kite-perch"),
    ],
    "so": [
        ("en", "One finger cannot wash the face, the elder told the clans.", "one-finger-cannot-wash-a-face"),
        ("fr", "Un doigt seul ne lave pas le visage, a dit le doyen.", "one-finger-cannot-wash-a-face"),
    ],
    "zu": [
        ("en", "No cunning man ever licked his own back, the minister said.", "no-clever-one-licked-his-own-back"),
        ("es", "Ningún astuto se lamió nunca la espalda, dijo el ministro.", "no-clever-one-licked-his-own-back"),
    ],
}

# Plain news prose that shares the idioms' words, one article language per line: nothing to report.
PLAIN = {
    "en": (
        "The cow was rescued from a swamp near the river. Knife crime fell, cheese exports rose. "
        "Farmers hung their coats in the rain and a dog was buried in the garden. A mosquito bit the stallion. "
        "The judge heard that the thief wore a red cap. Dentists say teeth and heart health are linked. "
        "Honey prices rose; an old axe was found in the lake. The eagle and the kite were ringed. "
        "Wash your hands and face; the finger was bandaged. Pigs do not eat beans. Rain fell on the barrels."
    ),
    "fr": (
        "La vache a été sauvée d'un marécage. Le prix du miel monte ; une hache a été retrouvée près du lac. "
        "Les dents et le cœur sont liés, disent les dentistes. Le lièvre a été vu dans le pré. "
        "Le maire a retroussé ses manches. Un vent froid souffle sur la côte."
    ),
    "de": (
        "Die Kuh wurde aus einem Sumpf gerettet. Der Honigpreis steigt, eine alte Axt lag im See. "
        "Die Tomaten sind reif, sagte der Augenarzt. Ein kalter Wind bläst über die Küste."
    ),
    "es": (
        "La vaca fue rescatada de un pantano. El precio de la miel sube y un hacha apareció en el lago. "
        "El anciano vende fruta en el mercado. Los precios de la vivienda siguen altos."
    ),
    "it": (
        "La mucca è stata salvata da una palude. Il prezzo del miele sale e un'ascia è stata trovata nel lago. "
        "Il gatto ha mangiato il lardo. Il pane costa di più."
    ),
    "pt": (
        "A vaca foi resgatada de um pântano. O preço do mel sobe e um machado apareceu no lago. "
        "A parede tem uma rachadura. A águia voltou ao parque."
    ),
}


@pytest.mark.parametrize(
    ("source", "code", "paragraph", "idiom"),
    [(source, *case) for source, cases in CALQUED.items() for case in cases],
)
def test_a_calqued_idiom_in_an_article_is_found(source: str, code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside(source, code, paragraph, idiom, once=False)


def test_every_listed_source_has_calques_in_two_article_languages() -> None:
    assert all(len({code for code, *_ in cases}) >= 2 for cases in CALQUED.values())


@pytest.mark.parametrize(("code", "text"), sorted(PLAIN.items()))
def test_plain_prose_sharing_the_words_stays_silent(code: str, text: str) -> None:
    assert core_findings(text, code)[1] == []


def test_the_command_line_reports_calques_of_three_sources_and_passes_the_plainarticle(tmp_path) -> None:
    calqued = tmp_path / "calqued.md"
    calqued.write_text(
        article(
            "Here lies the dog buried, the grower said; the cow went to the swamp. Haste, haste brings no blessing."
        ),
        encoding="utf-8",
    )
    plain = tmp_path / "plain.md"
    plain.write_text(article(PLAIN["en"]), encoding="utf-8")
    found = run_cli("check", "--lang", "en", "--select", "literal-idiom", "--format", "jsonl", str(calqued))
    assert found.returncode == 1
    messages = [json.loads(line)["message"] for line in found.stdout.decode().splitlines() if line.strip()]
    for source, idiom in [
        ("hu", "here-is-the-dog-buried"),
        ("pt", "the-cow-went-to-the-swamp"),
        ("sw", "haste-has-no-blessing"),
    ]:
        assert any(written(source, idiom) in message for message in messages), messages
    silent = run_cli("check", "--lang", "en", "--select", "literal-idiom", str(plain))
    assert silent.returncode == 0, silent.stdout
