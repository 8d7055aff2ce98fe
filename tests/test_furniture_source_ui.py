"""Furniture of source languages mt-audit does not check (Latvian, Lithuanian, Danish, Uzbek and 47 more)
left in English, French, German, Spanish, Italian and Portuguese translations: each language's
interface words (languages/<code>/ui.toml) find a line of its page furniture between the paragraphs of
an article in any of the six, and leave that language's prose (a quotation, a title) alone."""

from __future__ import annotations

import pytest

from audit.languages import language
from tests.test_furniture_rows import _reported

# The languages whose furniture came in one batch, with no ui.words: source languages only.
SOURCES = [
    "af",
    "am",
    "az",
    "be",
    "bg",
    "bs",
    "cy",
    "da",
    "et",
    "eu",
    "fi",
    "ga",
    "gl",
    "gu",
    "ha",
    "hr",
    "hy",
    "ig",
    "is",
    "ka",
    "kk",
    "km",
    "ku",
    "ky",
    "lo",
    "lt",
    "lv",
    "mk",
    "ml",
    "mn",
    "mr",
    "mt",
    "my",
    "ne",
    "no",
    "pa",
    "ps",
    "rw",
    "si",
    "sk",
    "sl",
    "so",
    "sq",
    "sr",
    "sv",
    "ta",
    "te",
    "tg",
    "ti",
    "uz",
    "zu",
]
ARTICLE_LANGUAGES = ("de", "fr", "es", "it", "pt", "en")


def _rotated(field: str) -> list[tuple[str, str, str]]:
    """Every `field` line of every group of each source language, each in another article language."""
    lines = [
        (code, line)
        for code in SOURCES
        for dotted in sorted(language(code).data)
        if dotted.startswith("ui.") and dotted.endswith(f".{field}")
        for line in language(code).phrases(dotted)
    ]
    return [(ARTICLE_LANGUAGES[place % len(ARTICLE_LANGUAGES)], code, line) for place, (code, line) in enumerate(lines)]


def test_every_source_language_ships_furniture_with_examples_and_silent_prose() -> None:
    for code in SOURCES:
        data = language(code).data
        assert not data.get("ui.words"), f"{code}: a source language has no ui.words"
        assert any(dotted.endswith(".examples") for dotted in data if dotted.startswith("ui.")), code
        assert any(dotted.endswith(".silent") for dotted in data if dotted.startswith("ui.")), code


@pytest.mark.parametrize(("article", "code", "line"), _rotated("examples"), ids=lambda value: value)
def test_a_line_of_source_furniture_between_paragraphs_is_found(article: str, code: str, line: str) -> None:
    assert _reported(article, line, "middle") == [line]


@pytest.mark.parametrize(("article", "code", "line"), _rotated("silent"), ids=lambda value: value)
def test_prose_of_the_source_language_between_paragraphs_stays(article: str, code: str, line: str) -> None:
    assert _reported(article, line, "middle") == []


@pytest.mark.parametrize(
    ("article", "line"),
    [
        # The shapes the development corpus missed, each in another article language than it was found in.
        ("fr", "Atnaujinta 16:40"),
        ("it", "Lasiet arī: La Lettonia abbassa l'IVA su frutta e verdura"),
        ("de", "Del artiklen"),
        ("pt", "Batafsil o'qing"),
        ("es", "Publicado 14.09.2025 kl. 17:42"),
        ("en", "Päivitetty 3.5.2026 klo 9.12"),
        ("de", "Прочетете още: Нов мост беше открит във Варна"),
        ("en", "Pročitajte još: Novi trajekt za Hvar"),
        ("it", "Läs också: Färjan till Gotland ställs in"),
        ("fr", "Komentarai (12)"),
    ],
)
def test_the_missed_shapes_are_found_in_other_article_languages(article: str, line: str) -> None:
    assert _reported(article, line, "middle") == [line]


@pytest.mark.parametrize(
    ("article", "line"),
    [
        # A quotation or a title in the source language that holds its interface words is prose.
        ("en", 'The poster outside the library, headed "Lasiet arī šo grāmatu", urged pupils to read more.'),
        ("de", "Der Roman „Læs også mig“ erschien 1998 in Kopenhagen und wurde nie übersetzt."),
        ("fr", "La chanson « Dela med dig » a été reprise par toute la salle, raconte l'organisatrice."),
        ("es", "El lema de la campaña, «Taip pat skaitykite knygas», se veía en todas las escuelas."),
        ("it", "Il festival si chiama «Batafsil o'qing» e quest'anno ha ospitato venti scrittori."),
        ("pt", "O livro «Pročitajte i ovo» foi lançado em Zagreb e esgotou numa semana."),
    ],
)
def test_a_quotation_or_title_in_the_source_language_stays(article: str, line: str) -> None:
    assert _reported(article, line, "middle") == []
