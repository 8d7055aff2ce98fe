"""literal-idiom on whole articles: the idioms added to the thin files of Asia and the Middle East (the
second sweep, here) and to its big files (the third, tests/idioms_asia_third_sweep.py).

For each language whose file was deepened, one of its new idioms in a short news article in two article
languages (found, named by its source language), worded otherwise than the file's examples, and a plain
article that shares its words without being the idiom (silent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.idiom_articles import assert_found_once_in_each, assert_silent
from tests.idioms_asia_third_sweep import THIRD_SWEEP

# source: (the idiom as written, {article language: paragraph with the calque}, {article language: plain paragraph})
CASES: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "az": (
        "it hürər, karvan keçər",
        {
            "en": "Let the dogs keep barking; our caravan is moving, the spokesman told reporters in Baku.",
            "de": "Die Hunde bellen, doch die Karawane zieht weiter, sagte der Sprecher in Baku.",
        },
        {
            "en": "A caravan of aid lorries reached Ganja; police dogs checked each one.",
            "de": "Die Karawane erreichte Gəncə.",
        },
    ),
    "kk": (
        "ала жіп аттамау",
        {
            "en": "For thirty years the two firms never stepped across the piebald rope.",
            "fr": "Pendant trente ans, les deux sociétés n'ont jamais franchi la corde bariolée.",
        },
        {"en": "The rescue team lowered a rope into the gorge.", "fr": "Les secouristes ont lancé une corde."},
    ),
    "uz": (
        "bir yoqadan bosh chiqarmoq",
        {
            "en": "Farmers and traders must put their heads through a single collar, the governor urged.",
            "it": "Agricoltori e commercianti devono infilare le teste in un solo colletto, ha detto il governatore.",
        },
        {"en": "Department heads met in Samarkand.", "it": "Le teste di serie sono state sorteggiate."},
    ),
    "ky": (
        "төөнүн куйругу жерге тийгенде",
        {
            "en": "The road will be paved once the camel's tail reaches the ground, villagers joked.",
            "pt": "A estrada será asfaltada quando a cauda do camelo chegar ao chão, brincaram os aldeões.",
        },
        {"en": "A camel fell to the ground at the fair.", "pt": "O camelo deitou-se no chão do mercado."},
    ),
    "ku": (
        "kêr gihîşte hestî",
        {
            "en": "Now the knife has touched the bone, the farmers' leader said of the water cuts.",
            "es": "Ahora el cuchillo ha llegado al hueso, dijo el líder de los agricultores.",
        },
        {
            "en": "The knife was sent to a laboratory; the bone belonged to a sheep.",
            "es": "El cuchillo estaba junto al hueso.",
        },
    ),
    "ps": (
        "خر که مکې ته لاړ شي، بیا هم خر دی",
        {
            "en": "Send a donkey to Mecca and a donkey returns, the elder said of the new governor.",
            "de": "Schickt man einen Esel nach Mekka, kommt ein Esel zurück, sagte der Älteste.",
        },
        {"en": "The Hajj flights to Mecca left Kabul on time.", "de": "Die Pilger flogen nach Mekka."},
    ),
    "si": (
        "වඳුරාට දැල්ලක් දුන්නා වගේ",
        {
            "en": "Giving them the treasury was like handing a burning torch to a monkey.",
            "fr": "Leur confier le Trésor, c'était tendre une torche allumée à un singe.",
        },
        {"en": "Monkeys raided the temple; a torch parade was held later.", "fr": "Les singes ont envahi le temple."},
    ),
    "mr": (
        "दगडापेक्षा वीट मऊ",
        {
            "en": "Between the two candidates, the brick is still softer than the stone.",
            "es": "Entre los dos candidatos, el ladrillo sigue siendo más blando que la piedra.",
        },
        {"en": "Workers laid brick on a stone base.", "es": "Los obreros colocaron ladrillo sobre piedra."},
    ),
    "pa": (
        "ਸੱਪ ਵੀ ਮਰ ਜਾਵੇ ਤੇ ਲਾਠੀ ਵੀ ਨਾ ਟੁੱਟੇ",
        {
            "en": "The minister wants the snake killed without the stick breaking.",
            "fr": "Le ministre veut tuer le serpent sans que le bâton se casse.",
        },
        {"en": "A snake was caught with a hooked stick in Ludhiana.", "fr": "Le serpent a été capturé avec un bâton."},
    ),
    "gu": (
        "વાડ ચીભડાં ગળે",
        {
            "en": "If the fence eats the cucumbers, who protects the farm? the auditor asked.",
            "es": "Si la valla se come los pepinos, ¿quién protege la huerta?, preguntó el auditor.",
        },
        {"en": "A new fence now protects the cucumber beds.", "es": "Una valla protege los pepinos."},
    ),
    "km": (
        "មូសទំស្នែងក្របី",
        {
            "en": "Their protest was like mosquitoes biting the horns of a buffalo.",
            "it": "La loro protesta è stata come zanzare che pungono le corna di un bufalo.",
        },
        {"en": "Buffalo horns were seized at the border; mosquito season began.", "it": "Le zanzare sono tornate."},
    ),
    "my": (
        "ငါးကြင်းဆီနဲ့ ငါးကြင်းကြော်",
        {
            "en": "Paying the bonus from the workers' own wages is frying carp in carp oil.",
            "de": "Den Bonus aus den eigenen Löhnen zu zahlen heißt, den Karpfen im eigenen Fett zu braten.",
        },
        {"en": "Carp farms in the delta grew this year.", "de": "Karpfen werden im Delta gezüchtet."},
    ),
    "lo": (
        "ຫົວລ້ານໄດ້ຫວີ",
        {
            "en": "A port for a landlocked district? That is a comb handed to a bald man.",
            "fr": "Un port pour un district enclavé ? C'est un peigne offert à un chauve.",
        },
        {"en": "The barber's comb was sterilised.", "fr": "Le coiffeur a nettoyé son peigne."},
    ),
    "mn": (
        "усанд унасан хүн усны хөөс ч барина",
        {
            "en": "Like a drowning man clutching at foam, the party promised cash to every herder.",
            "it": "Come chi annega e si aggrappa alla schiuma, il partito ha promesso denaro ai pastori.",
        },
        {"en": "A drowning child was saved from the river.", "it": "La schiuma ha coperto il fiume."},
    ),
    "ne": (
        "धोबीको कुकुर न घरको न घाटको",
        {
            "en": "After leaving both parties he is like a washerman's dog, welcome nowhere.",
            "es": "Tras dejar los dos partidos es como el perro del lavandero, sin sitio en ninguna parte.",
        },
        {"en": "The dog was found near the river.", "es": "El perro estaba junto al río."},
    ),
    "ta": (
        "குரங்கு கையில் பூமாலை",
        {
            "en": "Giving the port to that firm is like handing a garland to a monkey.",
            "it": "Dare il porto a quella ditta è come mettere una ghirlanda in mano a una scimmia.",
        },
        {"en": "A monkey entered the hotel lobby in Chennai.", "it": "Una ghirlanda di fiori adornava la porta."},
    ),
    "te": (
        "మింగ మెతుకు లేదు, మీసాలకు సంపెంగ నూనె",
        {
            "en": "No rice in the pot, yet scented oil on the moustache: the council bought new cars.",
            "es": "Ni un grano de arroz, pero aceite perfumado para el bigote: el ayuntamiento compró coches.",
        },
        {"en": "Rice prices rose in Guntur.", "es": "El precio del arroz subió."},
    ),
    "ml": (
        "പൊന്നുരുക്കുന്നിടത്ത് പൂച്ചയ്ക്കെന്ത് കാര്യം",
        {
            "en": "Where gold is melting, what is a cat doing there? the judge asked the lobbyist.",
            "de": "Was hat die Katze dort zu suchen, wo Gold geschmolzen wird? fragte der Richter.",
        },
        {"en": "Gold demand rose in Kerala; a cat café opened.", "de": "Der Goldpreis stieg in Kerala."},
    ),
    "he": (
        "נפל לו האסימון",
        {
            "en": "It took a week, but the token finally dropped for them at the ministry.",
            "fr": "Il a fallu une semaine, mais le jeton est enfin tombé au ministère.",
        },
        {"en": "The token was sold at auction.", "fr": "Le jeton de casino a été vendu aux enchères."},
    ),
    "tl": (
        "pagputi ng uwak",
        {
            "en": "Prices will come down when the crows become white, the vendor said.",
            "it": "I prezzi scenderanno quando il corvo diventerà bianco, ha detto il venditore.",
        },
        {"en": "Crows nested on the white church tower.", "it": "Il corvo si è posato sul muro bianco."},
    ),
    "ur": (
        "چراغ تلے اندھیرا",
        {
            "en": "Smuggling went on beside the customs office, darkness right beneath the lamp.",
            "es": "El contrabando seguía junto a la aduana: oscuridad justo debajo de la lámpara.",
        },
        {"en": "A lamp hung over the dark doorway.", "es": "La lámpara iluminaba la calle oscura."},
    ),
    "bn": (
        "সর্ষের মধ্যে ভূত",
        {
            "en": "When the inspectors themselves take bribes, the ghost is in the mustard seed.",
            "de": "Wenn die Prüfer selbst Schmiergeld nehmen, sitzt der Geist im Senfkorn.",
        },
        {"en": "Mustard oil prices rose in Dhaka.", "de": "Der Senf wird in Bangladesch angebaut."},
    ),
    "ms": (
        "hangat-hangat tahi ayam",
        {
            "en": "Their interest in recycling was as warm as chicken dung, gone within a month.",
            "it": "Il loro interesse era caldo come lo sterco di gallina: sparito in un mese.",
        },
        {"en": "The farm sells chicken manure to growers.", "it": "La gallina ha deposto un uovo."},
    ),
    "fa": (
        "چراغی که به خانه رواست به مسجد حرام است",
        {
            "en": "A lamp needed in the house is not for the mosque, the deputy said of the aid budget.",
            "fr": "Lampe utile à la maison, lampe interdite à la mosquée, a dit le député.",
        },
        {"en": "The old mosque was restored last year.", "fr": "La mosquée a été restaurée."},
    ),
}


# Both sweeps' cases, labelled by sweep: a source language may have a case in each.
ALL = {
    **{f"second-{source}": case for source, case in CASES.items()},
    **{f"third-{source}": case for source, case in THIRD_SWEEP.items()},
}


@pytest.mark.parametrize("label", sorted(ALL))
def test_the_new_idiom_is_found_in_two_article_languages(tmp_path: Path, label: str) -> None:
    wording, bad, _ = ALL[label]
    assert_found_once_in_each(tmp_path, wording, bad)


@pytest.mark.parametrize("label", sorted(ALL))
def test_a_plain_article_sharing_its_words_stays_silent(tmp_path: Path, label: str) -> None:
    assert_silent(tmp_path, ALL[label][2])
