"""literal-idiom on whole articles: the idioms of Asia and the Middle East, through the CLI.

Each source language has a short news article in two or more article languages that renders one of its
idioms word for word (found, named by its source language) and a clean article on the same subject
whose words come close without being the idiom (silent). The wordings differ from the examples in the
idiom files, so the tests show that a signature matches the inflections and orders a translation
produces, not one sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.idiom_articles import assert_found_once_in_each, assert_silent

# source: (the idiom as written in the source language, {article language: paragraph with the calque},
#          {article language: paragraph on the same subject without it})
CASES: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "ar": (
        "دخل التاريخ من أوسع أبوابه",
        {
            "en": "With the title, the club entered history from the broadest of its doors, the coach said.",
            "de": "Mit dem Titel ist der Verein durch die weitesten Tore in die Geschichte eingegangen.",
            "it": "Con il titolo la squadra è entrata nella storia dalle porte più larghe.",
        },
        {
            "en": "The club's history museum opened its doors to fans on Sunday.",
            "fr": "Le club est entré dans l'histoire par la grande porte.",
        },
    ),
    "fa": (
        "زیره به کرمان بردن",
        {
            "en": "Exporting carpets to Tabriz would be carrying cumin to Kerman, the trader said.",
            "fr": "Vendre des tapis à Tabriz, ce serait apporter du cumin à Kerman, dit le marchand.",
        },
        {"en": "Kerman's cumin harvest was smaller this year.", "fr": "Le cumin pousse bien autour de Tabriz."},
    ),
    "tr": (
        "yağdan kıl çeker gibi",
        {
            "en": "The bill went through like pulling a hair out of butter.",
            "fr": "La loi est passée comme on tire un cheveu du beurre.",
            "es": "La ley pasó como quien saca un pelo de la mantequilla.",
        },
        {
            "en": "Butter prices rose, and hair salons raised their fees.",
            "es": "El precio de la mantequilla subió; las peluquerías cortan el pelo más caro.",
        },
    ),
    "he": (
        "לא דובים ולא יער",
        {
            "en": "The minister said there were neither bears nor forest in the report.",
            "de": "Der Minister sagte, an dem Bericht seien weder Bären noch Wald.",
        },
        {"en": "Bears returned to the forest north of the city.", "de": "Im Wald nördlich der Stadt leben Bären."},
    ),
    "hi": (
        "उल्टा चोर कोतवाल को डांटे",
        {
            "en": "Here the thief is scolding the police chief, the opposition leader said of the minister.",
            "es": "Aquí el ladrón regaña al comisario, dijo el líder de la oposición.",
            "pt": "Aqui o ladrão repreende o delegado, disse o líder da oposição.",
        },
        {"en": "Police caught the thief near the market.", "es": "La policía detuvo al ladrón."},
    ),
    "ur": (
        "جس کی لاٹھی اس کی بھینس",
        {
            "en": "In the villages it is whoever holds the stick who gets the buffalo, the farmer said.",
            "it": "Nei villaggi vale chi ha il bastone ha la bufala, ha detto il contadino.",
        },
        {"en": "Buffalo milk prices rose in the villages.", "it": "Il prezzo del latte di bufala è salito."},
    ),
    "bn": (
        "পরের মাথায় কাঁঠাল ভাঙা",
        {
            "en": "The middlemen are breaking jackfruit on the heads of the growers.",
            "fr": "Les intermédiaires cassent le jacque sur la tête des producteurs.",
        },
        {"en": "Jackfruit growers sold their crop early.", "fr": "Les producteurs de jacque ont vendu tôt."},
    ),
    "zh": (
        "人山人海",
        {
            "fr": "À la foire, c'était la montagne de gens, la mer de gens toute la soirée.",
            "es": "En la feria había una montaña de gente y un mar de gente toda la tarde.",
        },
        {
            "en": "Many people went to the mountains or the sea for the holiday.",
            "es": "Mucha gente fue a la montaña o al mar en las fiestas.",
        },
    ),
    "ja": (
        "七転び八起き",
        {
            "en": "Fall down seven times and stand up eight, the captain told his players.",
            "it": "Cadere sette volte e rialzarsi otto, ha detto il capitano ai giocatori.",
        },
        {
            "en": "Prices fell in seven of the eight prefectures.",
            "it": "I prezzi sono caduti in sette regioni su otto.",
        },
    ),
    "ko": (
        "하늘의 별 따기",
        {
            "en": "For young couples, a flat in Seoul is like plucking stars from the sky.",
            "fr": "Pour les jeunes couples, un logement à Séoul, c'est comme cueillir une étoile dans le ciel.",
        },
        {"en": "Stars filled the sky over Seoul.", "fr": "Les étoiles brillaient dans le ciel de Séoul."},
    ),
    "vi": (
        "đầu voi đuôi chuột",
        {
            "en": "Critics called the campaign an elephant's head with a mouse's tail.",
            "pt": "Os críticos chamaram à campanha cabeça de elefante e rabo de rato.",
        },
        {"en": "The elephant lifted its head at the zoo.", "pt": "O elefante levantou a cabeça."},
    ),
    "th": (
        "ตำน้ำพริกละลายแม่น้ำ",
        {
            "en": "The opposition said the stimulus was pounding chilli paste to dissolve in the river.",
            "de": "Die Opposition nannte das Konjunkturpaket Chilipaste, die man im Fluss auflöst.",
        },
        {"en": "The river market sells chilli paste.", "de": "Auf dem Markt am Fluss gibt es Reis."},
    ),
    "id": (
        "air susu dibalas air tuba",
        {
            "en": "The party's support was repaid with poison instead of milk, the regent said.",
            "es": "El apoyo del partido fue pagado con veneno en lugar de leche, dijo el regente.",
        },
        {"en": "Milk from the cooperative was tested for poison.", "es": "La leche de la cooperativa es segura."},
    ),
    "ms": (
        "harapkan pagar, pagar makan padi",
        {
            "en": "We trusted the fence, but the fence has eaten the paddy, the villagers said.",
            "it": "Ci fidavamo del recinto, ma il recinto ha mangiato il riso, dicono gli abitanti.",
        },
        {
            "en": "A new fence keeps boars out of the paddy fields.",
            "it": "Un nuovo recinto protegge le risaie dai cinghiali.",
        },
    ),
    "tl": (
        "ningas-kugon",
        {
            "en": "Fans fear the team's form is just a cogon fire.",
            "de": "Die Fans fürchten, die Form des Teams sei nur ein Kogongras-Feuer.",
        },
        {"en": "Cogon grass grows on the hills above the city.", "de": "Das Feuer zerstörte drei Häuser."},
    ),
    "az": (
        "dəvəyə dedilər boynun əyridir",
        {
            "en": "Critics of the mayor are like the camel told that its neck was crooked.",
            "it": "Il sindaco fa come il cammello dal collo storto che critica gli altri.",
        },
        {"en": "The camel market draws traders from the region.", "it": "Il mercato dei cammelli è aperto."},
    ),
    "kk": (
        "бармақ басты, көз қысты",
        {
            "en": "The jobs went to relatives through finger-pressing and winking.",
            "es": "Los puestos se repartieron con el dedo que aprieta y el guiño.",
        },
        {"en": "She pressed the lift button with one finger.", "es": "Apretó el botón con el dedo."},
    ),
    "uz": (
        "bir kun tuz ichgan joyingga qirq kun salom ber",
        {
            "en": "Where you ate salt for one day, give greetings for forty days, the ambassador said.",
            "pt": "Onde comeste sal um dia, cumprimenta durante quarenta dias, disse o embaixador.",
        },
        {"en": "The salt lake dried out in forty days.", "pt": "O lago de sal secou em quarenta dias."},
    ),
    "ky": (
        "көп түкүрсө көл болот",
        {
            "en": "When many people spit, a lake appears: every donation counts.",
            "fr": "Quand beaucoup de gens crachent, cela fait un lac : chaque don compte.",
        },
        {"en": "The lake froze early this winter.", "fr": "Le lac a gelé tôt cet hiver."},
    ),
    "ku": (
        "ava bin kayê",
        {
            "en": "Voters say the candidate is water under straw.",
            "es": "Los votantes dicen que el candidato es agua bajo la paja.",
        },
        {"en": "Straw was stored under cover, away from the water.", "es": "La paja estaba bajo techo."},
    ),
    "ps": (
        "په غلبیل کې اوبه راوړل",
        {
            "en": "Sending aid without guards is bringing water in a sieve.",
            "it": "Mandare aiuti senza scorta è portare acqua col setaccio.",
        },
        {"en": "The flour was sifted through a sieve.", "it": "La farina passa nel setaccio."},
    ),
    "ne": (
        "खाने मुखलाई जुँगाले छेक्दैन",
        {
            "en": "No moustache can stop a mouth that wants to eat, the inspector said of the contractors.",
            "fr": "Aucune moustache n'arrête une bouche qui veut manger, dit l'inspecteur.",
        },
        {"en": "The inspector has a grey moustache.", "fr": "L'inspecteur porte une moustache grise."},
    ),
    "ta": (
        "கழுதைக்குத் தெரியுமா கற்பூர வாசனை",
        {
            "en": "What would a donkey know about the scent of camphor?",
            "es": "¿Qué sabe un burro del olor del alcanfor?",
        },
        {"en": "Camphor is lit at the temple every evening.", "es": "El alcanfor se quema en el templo."},
    ),
    "te": (
        "చెవిటి వాని ముందు శంఖం ఊదినట్లు",
        {
            "en": "Petitioning the board is blowing a conch in front of the deaf.",
            "fr": "Écrire au conseil, c'est souffler dans une conque devant un sourd.",
        },
        {"en": "A conch is blown at dawn in the temple.", "fr": "La conque sonne à l'aube."},
    ),
    "si": (
        "ගසෙන් වැටුණු මිනිහාට ගොනා ඇන්නා වගේ",
        {
            "en": "The farmers fell from the tree and were then gored by the bull.",
            "es": "Los agricultores cayeron del árbol y luego fueron corneados por el toro.",
        },
        {"en": "A tree fell across the road in the storm.", "es": "Un árbol cayó sobre la carretera."},
    ),
    "mr": (
        "बळी तो कान पिळी",
        {
            "en": "In the sugar cooperatives the strong twist the ears of the rest.",
            "de": "In den Genossenschaften zieht der Stärkere den anderen die Ohren lang.",
        },
        {"en": "The strong wind twisted the fence.", "de": "Der starke Wind hat den Zaun verbogen."},
    ),
    "pa": (
        "ਹੱਥ ਕੰਗਣ ਨੂੰ ਆਰਸੀ ਕੀ",
        {
            "en": "Who needs a mirror to see a bangle on the hand? The results speak.",
            "pt": "Quem precisa de espelho para ver a pulseira na mão? Os resultados falam.",
        },
        {"en": "She bought a bangle at the fair.", "pt": "Comprou uma pulseira na feira."},
    ),
    "gu": (
        "આંગળી આપતાં પોંચો પકડ્યો",
        {
            "en": "We gave the contractor a finger and he seized the wrist.",
            "it": "All'appaltatore dai un dito e ti prende il polso.",
        },
        {"en": "The striker broke a finger and sprained a wrist.", "it": "L'attaccante si è rotto il polso."},
    ),
    "ml": (
        "ആന വായിൽ അമ്പഴങ്ങ",
        {
            "en": "The relief is a plum in an elephant's mouth for the flooded districts.",
            "de": "Die Hilfe ist eine Pflaume im Maul eines Elefanten.",
        },
        {"en": "The elephant ate a bunch of bananas.", "de": "Der Elefant fraß Bananen."},
    ),
    "km": (
        "ដំរីស្លាប់ យកចង្អេរបិទ",
        {
            "en": "The audit tries to hide a dead elephant under a basket.",
            "fr": "L'audit veut cacher un éléphant mort sous un panier.",
        },
        {"en": "Rangers found a dead elephant near the lake.", "fr": "Un éléphant mort a été retrouvé."},
    ),
    "my": (
        "ကြက်ဥနဲ့ ကျောက်ခဲ တိုက်သလို",
        {
            "en": "Facing the army with sticks was like eggs against rocks.",
            "es": "Enfrentarse al ejército con palos era como huevos contra piedras.",
        },
        {"en": "Protesters threw rocks and eggs.", "es": "Los manifestantes lanzaron piedras y huevos."},
    ),
    "lo": (
        "ຄວາມຮູ້ທ່ວມຫົວ ເອົາຕົວບໍ່ລອດ",
        {
            "en": "The new manager's knowledge floods over his head, but he cannot run a shop.",
            "it": "La conoscenza gli inonda la testa, ma non sa gestire un negozio.",
        },
        {"en": "His knowledge of the head office helped.", "it": "La sua conoscenza della sede ha aiutato."},
    ),
    "mn": (
        "усыг нь уувал ёсыг нь дага",
        {
            "en": "If you drink the water here, you follow the local custom, the herder told investors.",
            "de": "Wer hier das Wasser trinkt, soll den Sitten folgen, sagte der Hirte.",
        },
        {"en": "Herders drink water from the well.", "de": "Die Hirten trinken Wasser aus dem Brunnen."},
    ),
}


@pytest.mark.parametrize("source", sorted(CASES))
def test_the_idiom_is_found_in_several_article_languages(tmp_path: Path, source: str) -> None:
    wording, bad, _ = CASES[source]
    assert_found_once_in_each(tmp_path, wording, bad)


@pytest.mark.parametrize("source", sorted(CASES))
def test_an_article_on_the_same_subject_stays_silent(tmp_path: Path, source: str) -> None:
    assert_silent(tmp_path, CASES[source][2])
