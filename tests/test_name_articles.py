"""Short articles naming one person two ways, and decoys naming two people alike (tests/fixtures/names/).

Each article is audited by the name rules alone; the spans they report must be exactly the marked ones,
so an article without marks (relatives, namesakes, a place named after a person) stays silent.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from audit.config import Config
from audit.engine import audit_text
from tests.casefile import parse_marked

_ARTICLES = tomllib.loads((Path(__file__).parent / "fixtures" / "names" / "articles.toml").read_text("utf-8"))[
    "article"
]
_NAME_RULES = frozenset({"name-variant", "name-misspelling", "name-order"})


def _param(article: dict) -> object:
    marks = () if "miss" not in article else (pytest.mark.xfail(strict=True, reason=article["miss"]),)
    return pytest.param(article, id=f"{article['lang']}-{article['about']}", marks=marks)


@pytest.mark.parametrize("article", [_param(article) for article in _ARTICLES])
def test_the_name_rules_report_exactly_the_marked_spellings(article: dict) -> None:
    text, spans = parse_marked(article["text"])
    result = audit_text(text, Config(select=_NAME_RULES, lang=article["lang"]))
    assert sorted({(finding.start, finding.end) for finding in result.findings}) == sorted(spans)


def test_the_articles_cover_every_language_and_both_outcomes() -> None:
    languages = {article["lang"] for article in _ARTICLES}
    assert languages == {"en", "fr", "de", "es", "it", "pt"}
    marked = [article for article in _ARTICLES if "⟦" in article["text"]]
    assert 10 <= len(marked) < len(_ARTICLES)
