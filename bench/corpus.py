"""A deterministic mixed corpus for the benches: the clean articles of tests/clean plus paragraphs in
other languages and scripts, shuffled (seeded) into articles until the corpus reaches the size asked."""

from __future__ import annotations

import random
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
