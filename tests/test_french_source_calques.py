"""French-source calques: the bodies of French-speaking Belgium, Quebec, France and the Maghreb that MT
glosses word for word in English copy (glossary `institutions`, `official.glosses` and `official.names`
of languages/en), and French idioms of news quotes rendered word for word in several article
languages (languages/fr/idioms.toml). Each is found in wordings other than the data's own examples;
the right name, and the same words in ordinary prose, stay silent."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from tests.idiom_articles import assert_found_inside, core_findings

CALQUE_RULES = frozenset({"near-official-name", "calqued-institution"})


def findings(text: str) -> list[tuple[str, str]]:
    """(the text a finding covers, its suggestion) for the institution rules on an English paragraph."""
    found = audit_text(text, Config(lang="en")).findings
    return [
        (text[finding.start : finding.end], " ".join(finding.suggestions))
        for finding in found
        if finding.rule in CALQUE_RULES or finding.entry is not None
    ]


# (an English paragraph with a French-language body glossed word for word, the gloss, the name to use)
FOUND = [
    (
        "Funding from the Federation Wallonia-Brussels covers half the festival in Namur.",
        "Federation Wallonia-Brussels",
        "Wallonia-Brussels Federation",
    ),
    (
        "A grant of the Federation of Wallonia-Brussels paid for the tour.",
        "Federation of Wallonia-Brussels",
        "Wallonia-Brussels Federation",
    ),
    ("The Communal College of Schaerbeek refused the permit.", "Communal College", "municipal executive"),
    (
        "In Liège the Public Center for Social Action opened a night shelter.",
        "Public Center for Social Action",
        "Public Centre for Social Welfare",
    ),
    ("The trio picked up two Octaves of Music last June.", "Octaves of Music", "Octaves de la musique"),
    ("Officers of the Quebec Surety found the car near Trois-Rivières.", "Quebec Surety", "Sûreté du Québec"),
    (
        "Polls give the Coalition for the Future of Quebec a narrow lead.",
        "Coalition for the Future of Quebec",
        "Coalition Avenir Québec",
    ),
    ("Members of the Québécois Party marched in Montreal.", "Québécois Party", "Parti Québécois"),
    ("Strikes at the National Company of French Railways hit Lyon.", "National Company of French Railways", "SNCF"),
    (
        "The Autonomous Operator of Parisian Transports added night buses.",
        "Autonomous Operator of Parisian Transports",
        "RATP",
    ),
    (
        "Belgium's High Council of Health advised a booster for the over-65s.",
        "High Council of Health",
        "Superior Health Council",
    ),
    (
        "In Algiers the Popular National Assembly passed the finance bill.",
        "Popular National Assembly",
        "People's National Assembly",
    ),
    ("Morocco's House of Advisers approved the budget in Rabat.", "House of Advisers", "House of Councillors"),
]

# The right names, and the same words as ordinary prose or in a story from elsewhere.
SILENT = [
    "The Wallonia-Brussels Federation funds the festival in Namur.",
    "The College of Mayor and Aldermen of Schaerbeek refused the permit.",
    "The dormitory has a communal kitchen and the college pays for it.",
    "In Liège the Public Centre for Social Welfare opened a night shelter.",
    "The trio won an Octave de la musique award last June.",
    "An octave of music spans eight notes.",
    "Officers of the Sûreté du Québec found the car near Trois-Rivières.",
    "Polls give the Coalition Avenir Québec a narrow lead.",
    "The SNCF and the RATP added night trains and buses.",
    "Belgium's Superior Health Council advised a booster for the over-65s.",
    "In Qatar, the Supreme Council of Health issued new rules.",
    "In Algiers the People's National Assembly passed the finance bill.",
    "Tunisia's Chamber of Advisors met in Tunis.",
    "The firm hired a house of advisers to plan the merger.",
]


@pytest.mark.parametrize(("paragraph", "gloss", "official"), FOUND, ids=[g for _, g, _ in FOUND])
def test_a_french_language_body_glossed_word_for_word_is_found(paragraph: str, gloss: str, official: str) -> None:
    found = findings(paragraph)
    assert any(gloss in covered and official in suggestion for covered, suggestion in found), found


@pytest.mark.parametrize("paragraph", SILENT)
def test_the_right_name_and_plain_prose_are_silent(paragraph: str) -> None:
    assert findings(paragraph) == []


# (article language, a paragraph with a French idiom rendered word for word, the idiom's id)
IDIOMS = [
    (
        "en",
        "Her grandmother had put the little plates in the big ones for the wedding.",
        "small-dishes-in-the-big-ones",
    ),
    ("de", "Die Gastgeber hatten die kleinen Teller in die großen gestellt.", "small-dishes-in-the-big-ones"),
    ("es", "Los anfitriones pusieron los platos pequeños en los grandes.", "small-dishes-in-the-big-ones"),
    ("de", "Der Bürgermeister hat das Herz auf der Hand, sagen die Nachbarn.", "heart-on-the-hand"),
    ("en", "Both sides will need to add water to their wine before Friday.", "water-in-ones-wine"),
    ("it", "Il sindacato dovrà mettere acqua nel suo vino.", "water-in-ones-wine"),
    ("en", "Forty shops have put the key under the door since January.", "key-under-the-door"),
    ("it", "Molte botteghe hanno messo la chiave sotto la porta.", "key-under-the-door"),
    ("en", "The leak threw a paving stone into the pond of party politics.", "cobblestone-in-the-pond"),
    ("es", "La ministra lanzó un adoquín en la charca.", "cobblestone-in-the-pond"),
    ("de", "Die Firma sucht ein Schaf mit fünf Beinen.", "five-legged-sheep"),
    ("pt", "O clube procura uma ovelha de cinco patas para a defesa.", "five-legged-sheep"),
    ("pt", "A nova lei é um golpe de espada na água.", "sword-blow-in-the-water"),
    ("es", "La reforma fue un golpe de espada en el agua.", "sword-blow-in-the-water"),
    ("de", "Lasst euch keine Blasen für Laternen verkaufen.", "bladders-for-lanterns"),
    ("en", "Once is not custom: the champions lost at home.", "once-is-not-custom"),
    ("pt", "Uma vez não é costume: o Benfica perdeu em casa.", "once-is-not-custom"),
    ("es", "Tras la derrota, la afición tiene la moral en los calcetines.", "morale-in-the-socks"),
    ("it", "A quella domanda la senape gli è salita al naso.", "mustard-up-the-nose"),
    ("en", "After a bad winter the club is taking back hair of the beast.", "hair-of-the-beast"),
    ("es", "Tras el gol, la capitana lloró como una Magdalena.", "cry-like-a-madeleine"),
    ("en", "The ministry has made the deaf ear to the farmers for months.", "deaf-ear"),
    ("pt", "O ministério fez a orelha surda aos agricultores.", "deaf-ear"),
]

# The same common words in plain news prose.
LITERAL = [
    ("en", "The restaurant serves small plates, and the big ones come later."),
    ("en", "The farmer added water to the soil; the wine harvest starts soon."),
    ("en", "Police found the key under a flowerpot by the back door."),
    ("de", "Der Schlüssel lag unter der Matte vor dem Haus."),
    ("en", "Five sheep escaped; one had hurt its legs."),
    ("es", "La espada del museo se limpió con agua destilada."),
    ("en", "It is not the custom here to tip, and once a year the market closes."),
    ("it", "Il naso del bambino era sporco di senape."),
    ("en", "Madeleine cried like everyone else when the team won."),
    ("pt", "O agricultor é surdo de um ouvido."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), IDIOMS, ids=[f"{c}-{i}" for c, _, i in IDIOMS])
def test_a_french_idiom_rendered_word_for_word_is_found(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("fr", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_used_literally_are_silent(code: str, paragraph: str) -> None:
    _, found = core_findings(paragraph, code)
    assert found == []
