"""A deterministic mixed corpus for the benches: the clean articles of tests/clean plus paragraphs in
other languages and scripts, shuffled (seeded) into articles until the corpus reaches the size asked."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

CLEAN = Path(__file__).parent.parent / "tests" / "clean"

# Our own paragraphs in languages the clean corpus does not have, so identification meets them too.
OTHER = {
    "it": "Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico, che entrerà in vigore a marzo.",
    "pt": "O governo anunciou na segunda-feira que as obras da nova linha de metrô vão começar no próximo ano.",
    "nl": "De gemeenteraad heeft gisteren het nieuwe verkeersplan goedgekeurd, dat in maart van kracht wordt.",
    "ro": "Consiliul local a aprobat aseară noul plan de trafic, care va intra în vigoare în luna martie.",
    "ru": "Городской совет вчера вечером утвердил новый план движения, который вступит в силу в марте.",
    "ar": "وافق المجلس البلدي مساء أمس على خطة المرور الجديدة التي ستدخل حيز التنفيذ في مارس.",
    "en-short": "Read more",
    "fr-short": "Laisser un commentaire",
}


def paragraphs() -> list[tuple[str, str]]:
    """(language, paragraph) pairs: every paragraph of the clean articles plus `OTHER`."""
    pairs: list[tuple[str, str]] = []
    for path in sorted(CLEAN.glob("*/*.md")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            if block.strip() and not block.startswith(("---", "#")):
                pairs.append((path.parent.name, block.strip()))
    pairs.extend((language.split("-")[0], text) for language, text in OTHER.items())
    return pairs


def articles(size: int = 1_000_000, per_article: int = 12, seed: int = 0) -> list[str]:
    """Articles of `per_article` paragraphs, mostly one language with a stray foreign paragraph."""
    generator = random.Random(seed)
    pool = paragraphs()
    by_language: dict[str, list[str]] = {}
    for language, text in pool:
        by_language.setdefault(language, []).append(text)
    main_languages = [language for language in ("en", "fr", "es", "de") if language in by_language]
    result: list[str] = []
    total = 0
    while total < size:
        language = main_languages[len(result) % len(main_languages)]
        chosen = [generator.choice(by_language[language]) for _ in range(per_article - 1)]
        chosen.insert(generator.randrange(per_article), generator.choice(pool)[1])
        article = "\n\n".join(chosen) + "\n"
        result.append(article)
        total += len(article.encode("utf-8"))
    return result


# Furniture lines of our own, per language, planted as paragraphs of their own.
_FURNITURE = {
    "en": "Share this article",
    "fr": "Laisser un commentaire",
    "es": "Deja tu comentario",
    "de": "Artikel teilen",
    "it": "Lascia un commento",
    "pt": "Deixe seu comentário",
}
_SENTENCE_GAP = re.compile(r"(?<=[a-zà-ÿ])\. (?=[A-ZÀ-Þ])")
_WORD_OF_THREE = re.compile(r"\b([a-zà-ÿ]{3,})\b")
_ACCENTED_WORD = re.compile(r"\b\w*[à-ÿ]\w*\b")


def _plant(paragraph: str, kind: int) -> tuple[str, int]:
    """Plant one artifact of kind `kind % 3` in a paragraph; return it and 1, or 0 when it has no room."""
    kind %= 3
    match = (_WORD_OF_THREE, _SENTENCE_GAP, _ACCENTED_WORD)[kind].search(paragraph)
    if match is None:
        return paragraph, 0
    start, end = match.span()
    replacement = {
        0: f"{match.group()} {match.group()}",  # doubled word
        1: ".",  # glued sentences
        2: match.group().encode("utf-8").decode("cp1252", errors="replace"),  # mojibake
    }[kind]
    return paragraph[:start] + replacement + paragraph[end:], 1


def planted_articles(size: int = 20_000_000, article_size: int = 12_000, seed: int = 0) -> Iterator[tuple[str, int]]:
    """Yield (article, planted artifacts) until `size` bytes: en, fr, de, es, it, pt articles of about
    `article_size` bytes, one paragraph in four carrying an artifact, one in twelve in a second
    language, one furniture line per article. Deterministic for a seed; generated lazily."""
    generator = random.Random(seed)
    pool = paragraphs()
    by_language: dict[str, list[str]] = {}
    for language, text in pool:
        by_language.setdefault(language, []).append(text)
    languages = [language for language in ("en", "fr", "de", "es", "it", "pt") if language in by_language]
    total = number = 0
    while total < size:
        language = languages[number % len(languages)]
        chosen: list[str] = []
        planted = 0
        length = 0
        # Drawn without replacement: a paragraph written twice is an artifact of its own (repeated-sentence).
        own = generator.sample(by_language[language], len(by_language[language]))
        while length < article_size and own:
            index = len(chosen)
            paragraph = generator.choice(pool)[1] if index % 12 == 11 else own.pop()
            if index % 4 == 1:
                paragraph, count = _plant(paragraph, index // 4 + number)
                planted += count
            chosen.append(paragraph)
            length += len(paragraph) + 2
        chosen.insert(len(chosen) // 2, _FURNITURE[language])
        article = "\n\n".join(chosen) + "\n"
        total += len(article.encode("utf-8"))
        number += 1
        yield article, planted + 1
