"""The second sweep of thinly covered sources (Haitian Creole, Wolof, Malagasy, Kinyarwanda, Bosnian): each
idiom rendered word for word in several article languages, in wordings other than the files' own
examples, and the same words used literally (a real nest, a real monkey, eggs at the market, a donkey
at grass). Run by tests/test_idioms_thin_sources.py."""

from __future__ import annotations

# (source language, article language, a paragraph with the idiom rendered word for word, the idiom's id)
SECOND_CALQUED = [
    (
        "ht",
        "de",
        "Stück für Stück baut der Vogel sein Nest, sagte der Bürgermeister von Jacmel.",
        "little-by-little-the-bird-builds-its-nest",
    ),
    (
        "ht",
        "it",
        "A poco a poco l'uccello fa il suo nido, ha detto il sindaco di Jacmel.",
        "little-by-little-the-bird-builds-its-nest",
    ),
    (
        "ht",
        "es",
        "Quien da el golpe olvida, quien lleva la cicatriz recuerda, dijo una superviviente.",
        "the-striker-forgets-the-scarred-remembers",
    ),
    (
        "ht",
        "pt",
        "Quem dá o golpe esquece, quem carrega a cicatriz lembra, disse uma sobrevivente.",
        "the-striker-forgets-the-scarred-remembers",
    ),
    (
        "wo",
        "de",
        "Langsam, langsam fängt man den Affen im Wald, sagte der Trainer nach dem Sieg.",
        "slowly-slowly-catches-the-monkey",
    ),
    (
        "wo",
        "pt",
        "Devagar, devagar se apanha o macaco na floresta, disse o treinador.",
        "slowly-slowly-catches-the-monkey",
    ),
    (
        "mg",
        "fr",
        "Les paroles sont comme des œufs : quand elles tombent, elles se cassent, a rappelé l'ancien.",
        "words-are-like-eggs",
    ),
    (
        "mg",
        "es",
        "Un solo dedo no puede atrapar un piojo, dijo el presidente a sus aliados.",
        "one-finger-cannot-catch-a-louse",
    ),
    (
        "rw",
        "es",
        "El bastón de la vejez se corta temprano, dijo la ministra sobre el fondo de pensiones.",
        "the-walking-stick-of-old-age-is-cut-early",
    ),
    (
        "rw",
        "de",
        "Der Stock für die alten Tage wird früh geschnitten, sagte die Ministerin.",
        "the-walking-stick-of-old-age-is-cut-early",
    ),
    (
        "bs",
        "it",
        "Non morire, asino, finché non arriva l'erba verde: è tutto ciò che offre la riforma.",
        "do-not-die-donkey-until-the-green-grass",
    ),
    (
        "bs",
        "fr",
        "L'accord laisse le loup rassasié et les chèvres au complet, a dit le médiateur à Sarajevo.",
        "the-wolf-fed-and-the-goats-all-there",
    ),
    (
        "bs",
        "pt",
        "O acordo deixa o lobo saciado e as cabras todas contadas, disse o mediador.",
        "the-wolf-fed-and-the-goats-all-there",
    ),
]

# The idioms' words used literally or apart, in several article languages: nothing to report.
SECOND_LITERAL = [
    ("de", "Ein Vogel hat sein Nest unter der Brücke gebaut."),
    ("it", "Un uccello ha fatto il nido sul campanile."),
    ("es", "La cicatriz del golpe no se ve en las fotos."),
    ("pt", "Os guardas apanharam o macaco que fugiu do zoológico."),
    ("fr", "Le prix des œufs a augmenté ; les producteurs cassent les prix."),
    ("es", "La escuela revisó a los niños por piojos; un dedo vendado no impidió la revisión."),
    ("de", "Der Hirte schnitt früh am Morgen einen neuen Stock."),
    ("it", "L'asino pascolava l'erba vicino alla strada."),
    ("fr", "Un loup a été aperçu près des chèvres sur la colline."),
    ("en", "The wolf was seen near the goats, and the farmer fed them early."),
    ("en", "A little bird built its nest in the chimney."),
    ("es", "Un pájaro poco común hizo su nido en la torre."),
]
