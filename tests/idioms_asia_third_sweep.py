"""The third sweep of Asian and Middle-Eastern idioms, as short articles: for each source language, one new
idiom in two article languages (found once, named by its source language), worded otherwise than the
file's examples, and a plain article sharing its words (silent). Run by tests/test_idioms_deep_asia.py."""

from __future__ import annotations

# source: (the idiom as written, {article language: paragraph with the calque}, {article language: plain paragraph})
THIRD_SWEEP: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "zh": (
        "雪中送炭",
        {
            "en": "For the flooded towns, the emergency fund was like sending charcoal in the snow.",
            "de": "Für die Dörfer war der Notfonds, als schicke man Holzkohle im Schnee.",
        },
        {"en": "Snow closed the roads; charcoal sellers stayed home.", "de": "Im Schnee blieb die Kohle liegen."},
    ),
    "ja": (
        "鬼に金棒",
        {
            "en": "With the new coach, the league leaders are now a demon given an iron club.",
            "fr": "Avec ce renfort, le champion est un démon armé d'une massue de fer.",
        },
        {"en": "An iron rod held the gate shut.", "fr": "La barre de fer a cédé."},
    ),
    "ko": (
        "개구리 올챙이 적 생각 못 한다",
        {
            "en": "Rich now, the tycoon is a frog that forgot it was ever a tadpole, workers said.",
            "es": "Ya rico, el magnate es una rana que olvida que fue renacuajo, dijeron los obreros.",
        },
        {"en": "Tadpoles filled the paddy; frogs sang all night.", "es": "Las ranas cantaban en el arrozal."},
    ),
    "ar": (
        "حط في بطنه بطيخة صيفي",
        {
            "en": "Traders can keep a summer watermelon in their stomach, the central bank said of the rate.",
            "fr": "Les commerçants peuvent garder une pastèque d'été dans le ventre, a dit la banque.",
        },
        {"en": "Watermelon growers sold out before July.", "fr": "Les pastèques se vendent bien en juillet."},
    ),
    "tr": (
        "armut piş ağzıma düş",
        {
            "en": "Exporters sit waiting for pears to drop into their mouth, the minister complained.",
            "it": "Gli esportatori aspettano che le pere cadano in bocca, si è lamentato il ministro.",
        },
        {"en": "Pear harvests fell after the frost.", "it": "Il raccolto di pere è sceso."},
    ),
    "hi": (
        "सिर मुँड़ाते ही ओले पड़े",
        {
            "en": "The new mayor had barely shaved his head when hail fell: a flood on day one.",
            "pt": "Mal o novo prefeito rapou a cabeça, caiu granizo: cheia logo no primeiro dia.",
        },
        {"en": "Hail flattened the mustard fields near Agra.", "pt": "O granizo destruiu as colheitas."},
    ),
    "vi": (
        "trâu chậm uống nước đục",
        {
            "en": "The slow buffalo gets the muddy water, the official warned late rice exporters.",
            "es": "El búfalo lento bebe el agua turbia, advirtió el funcionario a los exportadores.",
        },
        {"en": "Buffaloes waded through the water of the delta.", "es": "Los búfalos cruzaron el agua del río."},
    ),
    "th": (
        "เข็นครกขึ้นภูเขา",
        {
            "en": "Cutting the deficit is pushing a mortar up the mountain, the finance minister said.",
            "fr": "Réduire le déficit, c'est pousser un mortier sur la montagne, a dit le ministre.",
        },
        {"en": "The mountain village has one mortar mill.", "fr": "Le mortier du maçon a séché."},
    ),
    "id": (
        "lain ladang lain belalang",
        {
            "en": "A different field, a different grasshopper, the envoy told the mining firms.",
            "de": "Anderes Feld, andere Heuschrecke, sagte der Gesandte den Bergbaufirmen.",
        },
        {
            "en": "Grasshoppers swarmed over Lombok in May. Rice fields were sprayed.",
            "de": "Die Heuschrecken kamen im Mai.",
        },
    ),
    "ms": (
        "air dicincang tidak akan putus",
        {
            "en": "Hack at water and it does not split, the sultan said of the two royal houses.",
            "it": "L'acqua tagliata non si separa mai, ha detto il sultano delle due famiglie.",
        },
        {"en": "Cooks chopped onions; the water was boiling.", "it": "L'acqua è tagliata con il vino."},
    ),
    "fa": (
        "دیوار موش دارد، موش هم گوش دارد",
        {
            "en": "Careful in the ministry: its walls have mice, and those mice have ears.",
            "es": "Cuidado en el ministerio: sus paredes tienen ratones y los ratones tienen orejas.",
        },
        {"en": "The old wall was repaired after the earthquake.", "es": "Los ratones viven en el granero."},
    ),
    "ur": (
        "ایک تو کریلا، دوسرا نیم چڑھا",
        {
            "en": "The fuel levy on top of the flood is bitter gourd climbing a neem tree, a shopkeeper said.",
            "fr": "La taxe après l'inondation, c'est une courge amère grimpée sur un neem, dit un commerçant.",
        },
        {"en": "The neem tree shades the mosque courtyard.", "fr": "Le neem pousse vite au Pendjab."},
    ),
    "bn": (
        "অতি লোভে তাঁতি নষ্ট",
        {
            "en": "Greed ruined the weaver, the magistrate said of the fund managers.",
            "pt": "A ganância arruinou o tecelão, disse o magistrado sobre os gestores.",
        },
        {"en": "Jamdani weavers won a design prize.", "pt": "Os tecelões de Daca ganharam um prémio."},
    ),
    "he": (
        "עשה סלט",
        {
            "en": "The new ministry made a real salad of the bus timetables, commuters said.",
            "it": "Il ministero ha fatto una vera insalata degli orari dei bus, dicono i pendolari.",
        },
        {"en": "A tomato salad was served; the chef made bread too.", "it": "L'insalata era fresca."},
    ),
    "tl": (
        "magsunog ng kilay",
        {
            "en": "The board-exam topper said she had burnt her eyebrows for two years.",
            "es": "La mejor del examen dijo que se había quemado las cejas durante dos años.",
        },
        {"en": "Her eyebrows were painted for the parade.", "es": "Las cejas pobladas están de moda."},
    ),
    "kk": (
        "тас түскен жеріне ауыр",
        {
            "en": "The rock is heavy where it fell, the miner's brother told the commission.",
            "de": "Der Stein ist schwer, wo er fällt, sagte der Bruder des Bergmanns.",
        },
        {"en": "A heavy rock fell onto the road near Almaty.", "de": "Ein Stein fiel auf die Straße."},
    ),
    "az": (
        "səbr elə, halva bişər",
        {
            "en": "Patience, and the halva will be ready, the coach said after the draw.",
            "it": "Pazienza, e la halva sarà cotta, ha detto l'allenatore dopo il pareggio.",
        },
        {"en": "Halva and tea were served at the wedding.", "it": "La halva è un dolce tipico."},
    ),
}
