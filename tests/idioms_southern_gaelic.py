"""The sweep of Afrikaans, Irish and Shona idioms: each rendered word for word in several article
languages, in wordings other than the files' own examples, and the same words used literally (a real
baboon on a hill, a real windmill in a storm, a broken nose in a fight, lice at school). Run by
tests/test_idioms_thin_sources.py."""

from __future__ import annotations

# (source language, article language, a paragraph with the idiom rendered word for word, the idiom's id)
SOUTHERN_GAELIC_CALQUED = [
    ("af", "en", "All jokes on a stick: the rand has lost a fifth of its value.", "all-jokes-on-a-stick"),
    ("af", "it", "Tutti gli scherzi su uno stecco, il rand ha perso un quinto del valore.", "all-jokes-on-a-stick"),
    ("af", "pt", "Todas as brincadeiras num pau, o rand perdeu um quinto do valor.", "all-jokes-on-a-stick"),
    (
        "af",
        "es",
        "No hay que ir a buscar al babuino detrás de la loma, pidió la ministra.",
        "dont-fetch-the-baboon-behind-the-hill",
    ),
    (
        "af",
        "fr",
        "Inutile d'aller chercher les babouins derrière la colline, a répondu le maire.",
        "dont-fetch-the-baboon-behind-the-hill",
    ),
    (
        "af",
        "de",
        "Der Kandidat hat wohl einen Klaps von der Windmühle, spotteten seine Gegner.",
        "a-slap-of-the-windmill",
    ),
    ("af", "it", "Secondo i rivali il candidato ha preso una sberla dal mulino.", "a-slap-of-the-windmill"),
    ("af", "es", "Los concejales pellizcaron al gato en la oscuridad con la venta.", "pinch-the-cat-in-the-dark"),
    ("af", "de", "Die Stadträte haben die Katze im Dunkeln gekniffen.", "pinch-the-cat-in-the-dark"),
    (
        "ga",
        "it",
        "Spesso la bocca del sindaco ha rotto il suo naso, ha scritto il giornale.",
        "a-mans-mouth-often-broke-his-nose",
    ),
    ("ga", "pt", "Muitas vezes a boca de um político quebrou o nariz dele.", "a-mans-mouth-often-broke-his-nose"),
    ("ga", "es", "Dos acortan la carretera, dijo la corredora de Cork.", "two-shorten-the-road"),
    ("ga", "it", "Due accorciano la strada, ha detto la ciclista di Cork.", "two-shorten-the-road"),
    (
        "sn",
        "fr",
        "Un pouce seul n'écrase pas un pou, a rappelé la ministre à Harare.",
        "one-thumb-cannot-crush-a-louse",
    ),
    ("sn", "es", "Un pulgar solo no mata un piojo, recordó la ministra en Harare.", "one-thumb-cannot-crush-a-louse"),
    (
        "sn",
        "de",
        "Ein Daumen allein tötet keine Laus, sagte die Ministerin in Harare.",
        "one-thumb-cannot-crush-a-louse",
    ),
]

# The idioms' words used literally or apart, in several article languages: nothing to report.
SOUTHERN_GAELIC_LITERAL = [
    ("en", "Baboons were seen on the hill above the town."),
    ("fr", "Les babouins ont quitté la colline avant l'aube."),
    ("es", "El viento derribó el molino; nadie recibió un golpe."),
    ("de", "Der Sturm hat die Flügel der Windmühle abgerissen."),
    ("pt", "O gato dormiu no escuro do celeiro."),
    ("it", "Il gatto si è nascosto al buio sotto il letto."),
    ("en", "The boxer broke his nose and cut his mouth in the second round."),
    ("fr", "Le boxeur a eu le nez cassé au deuxième round."),
    ("es", "El nuevo puente acorta el camino entre los dos pueblos."),
    ("de", "Die Schule hat bei zwei Kindern Läuse gefunden."),
    ("it", "Il comico ha raccontato battute per un'ora."),
    ("pt", "O pastor apoiava-se numa vara de madeira."),
]
