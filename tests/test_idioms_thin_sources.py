"""literal-idiom on idioms of source languages the data held thinly (Zulu and Xhosa, Somali,
Slovenian, Danish, Icelandic, Telugu): each rendered word for word in several article languages, in
wordings other than the files' own examples, is found; the same words used literally (a real goat, a
real bull among calves, milk and a peace deal) are not."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings
from tests.idioms_southern_gaelic import SOUTHERN_GAELIC_CALQUED, SOUTHERN_GAELIC_LITERAL
from tests.idioms_thin_sources_second import SECOND_CALQUED, SECOND_LITERAL

# (source language, article language, a paragraph with the idiom rendered word for word, the idiom's id)
CALQUED = [
    (
        "zu",
        "en",
        "As the veteran put it, the bull is among the calves: the academy's juniors will lead.",
        "the-bull-is-among-the-calves",
    ),
    (
        "zu",
        "de",
        "Der Stier ist unter den Kälbern, sagte der Trainer über seine junge Mannschaft.",
        "the-bull-is-among-the-calves",
    ),
    (
        "zu",
        "pt",
        "O touro está entre os bezerros, disse o treinador sobre o elenco jovem.",
        "the-bull-is-among-the-calves",
    ),
    (
        "zu",
        "fr",
        "Seul un sorcier refuse la croissance, a lancé le maire aux commerçants.",
        "only-a-witch-refuses-growth",
    ),
    (
        "zu",
        "it",
        "Solo uno stregone rifiuta la crescita, ha detto il sindaco ai commercianti.",
        "only-a-witch-refuses-growth",
    ),
    ("so", "fr", "Les anciens ont souhaité paix et lait au nouveau gouvernement de Mogadiscio.", "peace-and-milk"),
    ("so", "es", "Los ancianos desearon paz y leche al nuevo gobierno.", "peace-and-milk"),
    ("so", "de", "Die Ältesten wünschten der Regierung Frieden und Milch.", "peace-and-milk"),
    (
        "sl",
        "fr",
        "Deux ans de travail sont partis siffler aux écrevisses après la coupe des crédits.",
        "gone-whistling-to-the-crayfish",
    ),
    (
        "sl",
        "it",
        "Due anni di lavoro sono andati a fischiare ai gamberi dopo il taglio dei fondi.",
        "gone-whistling-to-the-crayfish",
    ),
    ("sl", "es", "Dos años de trabajo se fueron a silbar a los cangrejos.", "gone-whistling-to-the-crayfish"),
    ("da", "de", "Mit der letzten Unterschrift ist diese Ziege rasiert, sagte die Ministerin.", "that-goat-is-shaved"),
    ("da", "fr", "Avec la dernière signature, cette chèvre est rasée, a dit la ministre.", "that-goat-is-shaved"),
    ("da", "it", "Con l'ultima firma, quella capra è rasata, ha detto la ministra.", "that-goat-is-shaved"),
    ("is", "fr", "Le nouveau ministre avait l'air d'un elfe sorti d'une colline.", "like-an-elf-out-of-a-hill"),
    ("is", "pt", "O novo ministro parecia um elfo saído de uma colina.", "like-an-elf-out-of-a-hill"),
    ("is", "de", "Der neue Minister stand da wie ein Elf aus dem Hügel.", "like-an-elf-out-of-a-hill"),
    (
        "te",
        "fr",
        "Chez lui le bourdonnement des mouches, dehors le palanquin, raillent ses rivaux.",
        "flies-at-home-a-palanquin-outside",
    ),
    (
        "te",
        "es",
        "En casa zumban las moscas y fuera desfila el palanquín, dicen sus rivales.",
        "flies-at-home-a-palanquin-outside",
    ),
    (
        "te",
        "de",
        "Zu Hause summen die Fliegen, draußen die Sänfte, spotten seine Gegner.",
        "flies-at-home-a-palanquin-outside",
    ),
]

# The idioms' words used literally or apart, in several article languages: nothing to report.
LITERAL = [
    ("en", "The bull was led out before the calves were weighed at the show."),
    ("de", "Die Kälber standen neben dem Stier auf der Weide."),
    ("fr", "Le taureau a été vendu ; les veaux restent à la ferme."),
    ("en", "Milk prices rose after the peace deal was signed."),
    ("fr", "Le prix du lait a baissé malgré l'accord de paix."),
    ("es", "La leche subió de precio tras el acuerdo de paz."),
    ("it", "I pescatori hanno venduto i gamberi prima del fischio finale."),
    ("en", "The crabs were landed before the harbour whistle sounded."),
    ("de", "Die Ziege wurde vor der Schau gewaschen und gekämmt."),
    ("pt", "A cabra fugiu do curral antes da tosquia."),
    ("en", "They shaved the wool off the goat before the fair."),
    ("es", "La colina estaba cerrada y nadie vio un elfo."),
    ("fr", "Les mouches envahissent les étals du marché en été."),
    ("it", "La strega della recita ha rifiutato di inchinarsi."),
]

# The later sweeps' cases (tests/idioms_thin_sources_second.py, tests/idioms_southern_gaelic.py) run
# through the same tests.
CALQUED += SECOND_CALQUED + SOUTHERN_GAELIC_CALQUED
LITERAL += SECOND_LITERAL + SOUTHERN_GAELIC_LITERAL


@pytest.mark.parametrize(
    ("source", "code", "paragraph", "idiom"), CALQUED, ids=[f"{s}-{c}-{i}" for s, c, _, i in CALQUED]
)
def test_a_calque_of_a_thinly_covered_source_is_found(source: str, code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside(source, code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_used_literally_are_silent(code: str, paragraph: str) -> None:
    _, findings = core_findings(paragraph, code)
    assert findings == []
