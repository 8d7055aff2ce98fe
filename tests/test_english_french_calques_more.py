"""English- and French-source calques, second sweep: English set phrases of sports and business quotes
rendered word for word in French, German, Spanish, Italian and Portuguese (languages/en/idioms.toml);
Irish "Minister for X" as « ministre pour le X » (glossary fr/institutions); and the bodies of Ireland,
India and Quebec that MT glosses (`official.glosses` of each article language). Each is found in
wordings other than the data's own examples; the right name, and the same words in ordinary prose,
stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from tests.idiom_articles import assert_found_inside, core_findings

# (article language, a paragraph with an English set phrase rendered word for word, the idiom's id)
IDIOMS = [
    ("fr", "« Je suis sur la lune », a confié la capitaine après le sacre.", "over-the-moon"),
    ("de", "„Ich bin über dem Mond“, sagte die Kapitänin nach dem Titel.", "over-the-moon"),
    ("es", "«Estamos sobre la luna», dijo la capitana tras el título.", "over-the-moon"),
    ("pt", "«Estou sobre a lua», disse a capitã depois do título.", "over-the-moon"),
    ("fr", "« Je suis éviscéré pour les joueurs », a dit l'entraîneur.", "gutted"),
    ("es", "«Estamos destrozados, estamos destripados», dijo el técnico.", "gutted"),
    ("pt", "«Estamos eviscerados», admitiu o treinador depois da derrota.", "gutted"),
    ("it", "«Siamo sventrati per i tifosi», ha detto l'allenatore.", "gutted"),
    ("it", "La squadra è rimasta senza vapore nel finale di partita.", "run-out-of-steam"),
    ("pt", "A equipa ficou sem vapor nos últimos minutos.", "run-out-of-steam"),
    ("fr", "Les joueurs ont manqué d'essence dans les dix dernières minutes.", "run-out-of-gas"),
    ("fr", "Plusieurs projets sont dans le pipeline, selon le ministre de l'Énergie.", "in-the-pipeline"),
    ("fr", "Le président n'entend pas jeter la serviette avant l'été.", "throw-in-the-towel"),
    ("it", "Il presidente non intende lanciare l'asciugamano prima dell'estate.", "throw-in-the-towel"),
    ("fr", "« Ce ne sera pas un morceau de gâteau », prévient l'entraîneuse.", "piece-of-cake"),
    (
        "it",
        "«La finale non sarà una fetta di torta per la squadra», avverte l'allenatrice della nazionale.",
        "piece-of-cake",
    ),
    ("pt", "«A final não será uma fatia de bolo para a equipa», avisa a treinadora da seleção.", "piece-of-cake"),
    ("fr", "Les syndicats et la direction ne sont toujours pas sur la même page.", "on-the-same-page"),
    ("de", "Ob die Reform wirkt, da ist die Jury noch draußen.", "jury-is-still-out"),
    ("es", "Sobre la reforma, el jurado todavía está fuera.", "jury-is-still-out"),
    ("it", "Sulla riforma la giuria è ancora fuori.", "jury-is-still-out"),
    ("fr", "Le club s'est maintenu par la peau des dents.", "skin-of-ones-teeth"),
    ("de", "Der Verein blieb mit der Haut seiner Zähne in der Liga.", "skin-of-ones-teeth"),
    ("pt", "O clube manteve-se pela pele dos dentes.", "skin-of-ones-teeth"),
    ("es", "Los dos partidos van cuello a cuello en las encuestas.", "neck-and-neck"),
    ("fr", "Les deux partis sont au cou à cou dans les sondages.", "neck-and-neck"),
    ("es", "La empresa cortó esquinas en la seguridad de la obra.", "cut-corners"),
    ("it", "L'impresa ha tagliato gli angoli sulla sicurezza.", "cut-corners"),
    ("pt", "A construtora cortou cantos na segurança da obra.", "cut-corners"),
]

# The same words in ordinary news prose: nothing to report.
PLAIN = [
    ("fr", "Les astronautes de la mission sont arrivés sur la Lune à l'aube, a annoncé la NASA."),
    ("es", "La sonda está en órbita; sobre la luna no hay agua líquida."),
    ("de", "Die Sonde ist über dem Mond in eine Umlaufbahn eingeschwenkt."),
    ("it", "L'edificio è stato sventrato dall'esplosione di gas."),
    ("fr", "Le poisson est éviscéré puis salé à bord du chalutier."),
    ("fr", "La locomotive à vapeur tombée en panne hier a repris du service."),
    ("fr", "La région a manqué d'essence pendant la grève des raffineries."),
    ("fr", "Une fuite a été colmatée dans le pipeline entre Lavéra et Fos."),
    ("es", "La tubería del barrio está en obras; hay cortes de agua."),
    ("fr", "Il a jeté sa serviette sur le banc après le match."),
    ("de", "Zum Geburtstag gab es ein Stück Kuchen für alle."),
    ("pt", "Cada convidado recebeu uma fatia de bolo."),
    ("fr", "Le nom du maire figure sur la même page que la photo."),
    ("fr", "Le jury a rendu son verdict après trois jours."),
    ("de", "Die Jury tagte drei Stunden lang."),
    ("it", "Il dentista consiglia di lavare i denti dopo ogni pasto; la pelle va protetta dal sole."),
    ("pt", "O cão mordeu-lhe o pescoço."),
    ("fr", "Des enfants jouaient dans les coins de la cour de l'école."),
    ("es", "Hay cámaras en las esquinas de la plaza."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), IDIOMS, ids=[f"{c}-{i}" for c, _, i in IDIOMS])
def test_an_english_set_phrase_rendered_word_for_word_is_named(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("en", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), PLAIN, ids=[f"{c}-{n}" for n, (c, _) in enumerate(PLAIN)])
def test_the_same_words_in_plain_prose_are_silent(code: str, paragraph: str) -> None:
    _, found = core_findings(paragraph, code)
    assert found == []


CALQUE_RULES = frozenset({"near-official-name", "calqued-institution", "glossary"})


def calques(text: str, code: str) -> list[tuple[str, str]]:
    """(the text a finding covers, its suggestion) for the institution rules on one paragraph."""
    found = audit_text(text, Config(lang=code)).findings
    return [
        (text[finding.start : finding.end], " ".join(finding.suggestions))
        for finding in found
        if finding.rule in CALQUE_RULES or (finding.entry or "").startswith(f"{code}/institutions/")
    ]


# (article language, a paragraph with a body glossed word for word, the gloss, a word of the name to use)
BODIES = [
    ("fr", "Le ministre pour la Culture a inauguré le festival de Galway.", "ministre pour la ", "ministre de la"),
    ("fr", "La ministre pour les Affaires rurales s'est rendue à Sligo.", "ministre pour les ", "ministre des"),
    ("fr", "À Dublin, les Gardiens de la paix ont arrêté deux suspects.", "Gardiens de la paix", "Garda"),
    ("fr", "Près de Cork, les Gardiens ont bouclé le quartier, selon la police irlandaise.", "Gardiens", "Garda"),
    ("fr", "À New Delhi, le Cabinet de l'Union a validé le budget ferroviaire.", "Cabinet de l'Union", "indien"),
    ("fr", "Le texte a été adopté par la Chambre du peuple à Delhi.", "Chambre du peuple", "Lok Sabha"),
    ("es", "En Nueva Delhi, el Gabinete de la Unión aprobó el plan de la India.", "Gabinete de la Unión", "India"),
    (
        "it",
        "A Nuova Delhi il Gabinetto dell'Unione ha approvato il piano per l'India.",
        "Gabinetto dell'Unione",
        "indiano",
    ),
    ("pt", "Em Nova Deli, o Gabinete da União aprovou o plano da Índia.", "Gabinete da União", "indiano"),
    ("de", "In Neu-Delhi billigte das Unionskabinett den Haushalt Indiens.", "Unionskabinett", "indisches"),
    (
        "en",
        "In Montreal the Police Service of the City of Montréal closed two streets.",
        "Police Service of the City of Montréal",
        "SPVM",
    ),
    ("en", "Near Québec City the Security of Québec closed Highway 40.", "Security of Québec", "Sûreté"),
    ("en", "The Transport Society of Montreal suspended two metro lines.", "Transport Society of Montreal", "STM"),
    ("en", "The Quebec Alcohol Society stores in Montreal stayed shut.", "Quebec Alcohol Society", "SAQ"),
    ("de", "In Montreal meldete die Sicherheit von Quebec zahlreiche Unfälle.", "Sicherheit von Quebec", "Sûreté"),
    ("it", "A Montréal la Sicurezza del Québec ha chiuso l'autostrada.", "Sicurezza del Québec", "Sûreté"),
    ("pt", "Em Montreal, a Segurança do Quebec fechou a estrada.", "Segurança do Quebec", "Sûreté"),
    ("es", "En Dublín, los Guardianes de la Paz detuvieron a dos hombres.", "Guardianes de la Paz", "Garda"),
]

# The right names, and the same words in plain prose or about another country: nothing to report.
RIGHT = [
    ("fr", "La ministre des Sports a annoncé une aide aux clubs ruraux de Limerick."),
    ("fr", "Le ministre a voté pour le Budget, pour la première fois."),
    ("fr", "À Dublin, la Garda a arrêté deux suspects ; les gardiens de but se sont entraînés."),
    ("fr", "Au Parc des Princes, les Gardiens de la paix ont encadré le match."),
    ("fr", "Le gouvernement indien a validé le budget ferroviaire à New Delhi."),
    ("fr", "Le Cabinet de l'Union européenne s'est réuni à Bruxelles."),
    ("en", "In Montreal the SPVM, the city's police, closed two streets."),
    ("en", "The Sûreté du Québec closed Highway 40 near Québec City."),
    ("en", "Data security of Quebec hospitals was reviewed by the auditor."),
    ("es", "La Seguridad Social de España pagará las pensiones en enero."),
    ("pt", "O Gabinete da União Europeia reuniu-se em Bruxelas."),
]


@pytest.mark.parametrize(("code", "paragraph", "gloss", "name"), BODIES, ids=[f"{c}-{g}" for c, _, g, _ in BODIES])
def test_a_body_glossed_word_for_word_is_named(code: str, paragraph: str, gloss: str, name: str) -> None:
    found = calques(paragraph, code)
    assert [covered for covered, _ in found] == [gloss], found
    assert name in found[0][1], found


@pytest.mark.parametrize(("code", "paragraph"), RIGHT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(RIGHT)])
def test_the_right_name_and_plain_prose_are_silent(code: str, paragraph: str) -> None:
    assert calques(paragraph, code) == []


# The third group: English set phrases of politics and sport, and Irish and Canadian bodies.
MORE_IDIOMS = [
    ("de", "Seit dem Skandal steht die Regierung auf dem hinteren Fuß.", "on-the-back-foot"),
    ("es", "Desde el escándalo, el Gobierno está sobre el pie trasero.", "on-the-back-foot"),
    ("it", "Dopo lo scandalo il governo è sul piede posteriore.", "on-the-back-foot"),
    ("es", "Este pequeño país golpea por encima de su peso en la ONU.", "punch-above-ones-weight"),
    ("pt", "O pequeno país bate acima do seu peso na ONU.", "punch-above-ones-weight"),
    ("fr", "Les syndicats ont creusé les talons et refusent l'accord.", "dig-in-ones-heels"),
    ("pt", "Os sindicatos cravaram os calcanhares e recusam o acordo.", "dig-in-ones-heels"),
    ("it", "L'ex sindaco ha gettato il cappello nel ring per le primarie.", "hat-in-the-ring"),
    ("pt", "O antigo autarca atirou o chapéu para o ringue das primárias.", "hat-in-the-ring"),
    ("es", "La reforma dio un nuevo arrendamiento de vida al viejo estadio.", "new-lease-of-life"),
    ("pt", "A obra deu um novo arrendamento de vida ao velho estádio.", "new-lease-of-life"),
]

MORE_PLAIN = [
    ("fr", "Le cheval a posé le pied sur la rampe, puis la jambe arrière a glissé."),
    ("es", "El púgil golpeó con fuerza; por encima de los 90 kilos, el peso pesado manda."),
    ("pt", "A bailarina feriu os calcanhares no ensaio."),
    ("it", "Il pugile è salito sul ring senza cappello, tra gli applausi."),
    ("fr", "Le bail commercial court sur neuf ans, et la vie du quartier en dépend."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), MORE_IDIOMS, ids=[f"{c}-{i}" for c, _, i in MORE_IDIOMS])
def test_a_political_set_phrase_rendered_word_for_word_is_named(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("en", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), MORE_PLAIN, ids=[f"{c}-{n}" for n, (c, _) in enumerate(MORE_PLAIN)])
def test_their_words_in_plain_prose_are_silent(code: str, paragraph: str) -> None:
    _, found = core_findings(paragraph, code)
    assert found == []


@pytest.mark.parametrize(
    ("code", "paragraph", "gloss", "name"),
    [
        (
            "fr",
            "À Dublin, l'Exécutif du service de santé a rouvert deux hôpitaux.",
            "Exécutif du service de santé",
            "HSE",
        ),
        (
            "es",
            "En Dublín, el Ejecutivo del Servicio de Salud reabrió dos hospitales.",
            "Ejecutivo del Servicio de Salud",
            "HSE",
        ),
        ("fr", "La Police montée royale canadienne enquête près d'Ottawa.", "Police montée royale canadienne", "GRC"),
    ],
)
def test_an_irish_or_canadian_body_glossed_is_named(code: str, paragraph: str, gloss: str, name: str) -> None:
    found = calques(paragraph, code)
    assert [covered for covered, _ in found] == [gloss], found
    assert name in found[0][1], found


@pytest.mark.parametrize(
    ("code", "paragraph"),
    [
        ("fr", "La Gendarmerie royale du Canada enquête près d'Ottawa."),
        ("fr", "À Dublin, le HSE, le service de santé irlandais, a rouvert deux hôpitaux."),
    ],
)
def test_their_right_names_are_silent(code: str, paragraph: str) -> None:
    assert calques(paragraph, code) == []


# French, Quebec and Belgian set phrases rendered word for word (languages/fr/idioms.toml).
FRENCH_IDIOMS = [
    ("es", "Un piso en el centro de Lyon cuesta ahora los ojos de la cabeza.", "cost-the-eyes-of-the-head"),
    ("en", "A ceasefire? That is not for tomorrow the eve, the envoy said.", "not-tomorrow-the-eve"),
    ("it", "Una tregua? Non è domani la vigilia, ha detto l'inviato.", "not-tomorrow-the-eve"),
    ("en", '"Hold on to your tuque, the ice storm is coming," the Quebec premier said.', "tie-your-toque"),
    ("pt", "«Segurem bem o gorro, a tempestade vem aí», disse o presidente da câmara de Montreal.", "tie-your-toque"),
    ("en", "On Sunday it rained to drink standing all over Montreal.", "rain-to-drink-standing"),
    ("es", "El domingo llovió para beber de pie en todo Montreal.", "rain-to-drink-standing"),
    ("en", "If Brussels thinks we will sign, it is putting its finger in its eye.", "finger-in-the-eye"),
    ("it", "Se Bruxelles pensa che firmeremo, si mette il dito nell'occhio.", "finger-in-the-eye"),
]

FRENCH_PLAIN = [
    ("en", "The summit opens tomorrow; on the eve, ministers will not meet."),
    ("en", "A red tuque lay in the snow beside the car."),
    ("en", "Fans stood in the rain to drink a beer before kick-off."),
    ("pt", "O guarda-redes magoou o dedo e tem um hematoma junto ao olho."),
    ("es", "La operación de ojos le costó poco; la cabeza ya no le duele."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), FRENCH_IDIOMS, ids=[f"{c}-{i}" for c, _, i in FRENCH_IDIOMS])
def test_a_french_set_phrase_rendered_word_for_word_is_named(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("fr", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), FRENCH_PLAIN, ids=[f"{c}-{n}" for n, (c, _) in enumerate(FRENCH_PLAIN)])
def test_the_french_phrases_words_in_plain_prose_are_silent(code: str, paragraph: str) -> None:
    _, found = core_findings(paragraph, code)
    assert found == []
