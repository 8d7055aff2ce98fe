"""literal-idiom on short news articles: the idioms a quoted official, farmer, coach or judge would say,
added to twenty European source languages (pl, cs, ro, hu, el, nl, sv, fi, sr, ru, uk, de, fr, es, it, pt,
sq, mk, be, is). Each is rendered word for word in two article languages, in wordings other than the
file's own examples (found), and a plain article sharing its words stays silent."""

from __future__ import annotations

import json

import pytest

from audit.idioms import files, read
from tests.conftest import run_cli
from tests.idiom_articles import article, assert_found_inside, core_findings, written

# source language → (article language, a paragraph with the idiom, the idiom's id)
CALQUED = {
    "pl": [
        ("en", "The farmers' union says the ministry led them into the raspberries.", "led-into-the-raspberries"),
        ("it", "Il sindacato dice che il ministero li ha portati nei lamponi.", "led-into-the-raspberries"),
    ],
    "cs": [
        ("de", "Seine Schuld sei klarer als die Sonne, meinte die Richterin.", "clearer-than-the-sun"),
        ("en", "Exporting wine to France is like taking owls to Athens.", "carry-owls-to-athens"),
    ],
    "ro": [
        ("en", "Advising bakers on bread is like selling cucumbers to a gardener.", "sell-cucumbers-to-the-gardener"),
        (
            "fr",
            "Conseiller les boulangers, c'est vendre des concombres au jardinier.",
            "sell-cucumbers-to-the-gardener",
        ),
    ],
    "hu": [
        (
            "en",
            "The mayor says the owl is calling the sparrow big-headed.",
            "the-owl-tells-the-sparrow-its-head-is-big",
        ),
        (
            "es",
            "El alcalde dice que es el búho llamando cabezón al gorrión.",
            "the-owl-tells-the-sparrow-its-head-is-big",
        ),
    ],
    "el": [
        ("en", "Two officials were caught in the leeks, prosecutors say.", "caught-in-the-leeks"),
        ("de", "Zwei Beamte wurden im Lauch erwischt.", "caught-in-the-leeks"),
    ],
    "nl": [
        ("en", "The coach admits he has eaten no cheese of tactics.", "eaten-no-cheese-of-it"),
        ("fr", "Ce fonds est une pomme pour la soif, explique la trésorière.", "an-apple-for-the-thirst"),
    ],
    "sv": [
        ("en", "Voters fear the party has jumped into a wrong barrel.", "jump-into-the-wrong-barrel"),
        ("it", "Gli elettori temono che il partito sia saltato nella botte sbagliata.", "jump-into-the-wrong-barrel"),
    ],
    "fi": [
        ("en", "The twins' campaigns look like two berries.", "like-two-berries"),
        ("es", "Las dos campañas son como dos bayas, dijo el analista.", "like-two-berries"),
    ],
    "sr": [
        ("en", "Good morning, Columbus, the spokesman said when asked about the deficit.", "good-morning-columbus"),
        (
            "fr",
            "Le pain que tu manges décide de la chanson, a lancé le syndicaliste.",
            "whose-bread-you-eat-his-song-you-sing",
        ),
    ],
    "ru": [
        ("en", "The director says the business is already in the hat.", "the-deal-is-in-the-hat"),
        ("pt", "O diretor diz que o negócio já está no chapéu.", "the-deal-is-in-the-hat"),
    ],
    "uk": [
        ("en", "Never spit in a well you may one day drink from, the envoy said.", "do-not-spit-in-the-well"),
        ("it", "Non sputare nel pozzo da cui dovrai bere, ha detto l'inviato.", "do-not-spit-in-the-well"),
    ],
    "de": [
        ("en", "For the chancellor the reform remains far from the yellow of the egg.", "not-the-yellow-of-the-egg"),
        ("it", "Per il cancelliere questa riforma resta lontana dal giallo dell'uovo.", "not-the-yellow-of-the-egg"),
    ],
    "fr": [
        ("en", "The president has other cats to whip than this quarrel.", "other-cats-to-whip"),
        ("de", "Der Präsident hat andere Katzen zu peitschen als diesen Streit.", "other-cats-to-whip"),
    ],
    "es": [
        ("en", "We lost the derby, but more was lost in Cuba, the captain said.", "more-was-lost-in-cuba"),
        ("it", "Abbiamo perso il derby, ma di più si è perso a Cuba, ha detto il capitano.", "more-was-lost-in-cuba"),
    ],
    "it": [
        ("en", "The governor had a devil in every hair after the vote.", "a-devil-for-each-hair"),
        ("de", "Der Gouverneur hatte nach der Abstimmung einen Teufel pro Haar.", "a-devil-for-each-hair"),
    ],
    "pt": [
        ("en", "With that speech the mayor really put his foot in the jackfruit.", "foot-in-the-jackfruit"),
        ("de", "Mit dieser Rede hat der Bürgermeister den Fuß in die Jackfrucht gesteckt.", "foot-in-the-jackfruit"),
    ],
    "sq": [
        (
            "en",
            "A wolf changes its coat but never its habits, the judge said.",
            "the-wolf-changes-its-fur-not-its-habit",
        ),
        (
            "es",
            "El lobo cambia el pelo pero no las costumbres, dijo el juez.",
            "the-wolf-changes-its-fur-not-its-habit",
        ),
    ],
    "mk": [
        ("en", "The shepherds are left with neither sheep nor money.", "neither-sheep-nor-money"),
        ("it", "I pastori sono rimasti né con le pecore né con i soldi.", "neither-sheep-nor-money"),
    ],
    "be": [
        ("en", "Hurry, and people will laugh at you, the coach told the rookie.", "hurry-and-make-people-laugh"),
        ("fr", "La hâte fait rire les gens, a dit l'entraîneur à la recrue.", "hurry-and-make-people-laugh"),
    ],
    "is": [
        ("en", "The bank sits between a rock and a sledgehammer, the analyst said.", "between-stone-and-sledgehammer"),
        ("de", "Die Bank steckt zwischen Stein und Vorschlaghammer.", "between-stone-and-sledgehammer"),
    ],
}

# source language → (article language, plain news prose sharing the idioms' words): nothing to report.
PLAIN = {
    "pl": ("en", "Raspberry growers lead the region's exports. The minister's nose was broken in a fall."),
    "cs": ("es", "El vuelo a Atenas salió a las nueve. Las lechuzas anidan en la torre."),
    "ro": ("en", "Cucumbers are sold at the gardeners' market. The calendar shows a cat."),
    "hu": ("de", "Eine Eule und ein Spatz wurden im Park beringt. Der Pfeffer ist teurer geworden."),
    "el": ("en", "Leeks were caught by frost. Forty boats sailed out. The straw was wet."),
    "nl": ("it", "La porta della casa è nuova. Il formaggio stagionato è richiesto. Le mele soffrono la sete."),
    "sv": ("en", "Oil rose to eighty dollars a barrel. Smaland butter sold out; dairies lost nothing."),
    "fi": ("en", "Spruce forests cover the north. Two kinds of berries ripen early. The first tree fell."),
    "sr": ("en", "Columbus reached the islands in October. Bakers sell fresh bread every morning."),
    "ru": ("en", "Chickens were moved to a new barn this autumn. Fish died in the pond. The hat was red."),
    "uk": ("en", "The village well was cleaned. The dog ate its food. My uncle lives in Kyiv."),
    "de": ("en", "Eggs were painted yellow for Easter. A brown bear was seen near the village."),
    "fr": ("en", "Climbers checked their ropes. Oxen pull the plough. Three ducks crossed the road."),
    "es": ("en", "Cuba lost tourists this year. The dog found a bone. Green sleeves are in fashion."),
    "it": ("en", "The doughnut shop opened. The sea was calm. Hair salons reopened."),
    "pt": ("en", "Diners paid for the duck. A ripe jackfruit fell on a vendor's foot. Peel the pineapple first."),
    "sq": ("en", "Rangers tracked a wolf by its grey fur. Rain fell on the pottery market."),
    "mk": ("en", "Put the lid on the pot. The farmers sold their sheep. The bakery's pie won a prize."),
    "be": ("en", "Neighbours helped after the misfortune. People laughed at the comedy."),
    "is": ("en", "The soup kitchen served two hundred meals. Workers broke stone with a sledgehammer."),
}


@pytest.mark.parametrize(
    ("source", "code", "paragraph", "idiom"),
    [(source, *case) for source, cases in CALQUED.items() for case in cases],
)
def test_a_new_calqued_idiom_in_an_article_is_found_once(source: str, code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside(source, code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("source", "code", "paragraph"), [(source, *case) for source, case in PLAIN.items()])
def test_plain_prose_sharing_the_new_idioms_words_stays_silent(source: str, code: str, paragraph: str) -> None:
    assert core_findings(paragraph, code)[1] == []


def test_each_source_is_found_in_two_article_languages_and_holds_more_idioms() -> None:
    for source, cases in CALQUED.items():
        assert len({code for code, *_ in cases}) >= 2, source
    sizes = {path.parent.name: len(read(path)["idiom"]) for path in files() if path.parent.name in CALQUED}
    assert set(sizes) == set(CALQUED)
    assert all(size >= 4 for size in sizes.values()), sizes


def test_the_command_line_reports_new_calques_and_passes_plain_prose(tmp_path) -> None:
    calqued = tmp_path / "calqued.md"
    calqued.write_text(
        article("Once again the minister put his foot in the jackfruit. He had flies in his nose all week."),
        encoding="utf-8",
    )
    found = run_cli("check", "--lang", "en", "--select", "literal-idiom", "--format", "jsonl", str(calqued))
    assert found.returncode == 1
    messages = [json.loads(line)["message"] for line in found.stdout.decode().splitlines() if line.strip()]
    for source, idiom in [("pt", "foot-in-the-jackfruit"), ("pl", "flies-in-the-nose")]:
        assert any(written(source, idiom) in message for message in messages), messages
    plain = tmp_path / "plain.md"
    plain.write_text(article(PLAIN["pt"][1]), encoding="utf-8")
    silent = run_cli("check", "--lang", "en", "--select", "literal-idiom", str(plain))
    assert silent.returncode == 0, silent.stdout
