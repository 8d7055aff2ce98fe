"""Precision on clean prose: every rule, all on, must stay silent on the clean articles of tests/clean/.

The articles are written for this purpose (news style, with names, numbers, quotes, abbreviations,
URLs and grammatical repeats); a finding on them is a false alarm, hence a bug. Each file is checked
with its language forced (--lang = folder name) and with the language detected, which must then be
the folder's language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.markup import Markup

CLEAN = Path(__file__).parent / "clean"
FILES = sorted(CLEAN.glob("*/*.md"))


def _describe(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        f"{finding.rule} {result.text[finding.start : finding.end]!r}: {finding.message}" for finding in result.findings
    ]


def test_the_clean_corpus_covers_six_languages() -> None:
    assert {path.parent.name for path in FILES} >= {"en", "fr", "es", "de", "it", "pt"}


@pytest.mark.parametrize("path", FILES, ids=[f"{path.parent.name}/{path.name}" for path in FILES])
@pytest.mark.parametrize("forced", [True, False], ids=["lang-forced", "lang-detected"])
def test_no_rule_fires_on_clean_text(path: Path, forced: bool) -> None:
    language = path.parent.name
    result = audit_text(path.read_text(encoding="utf-8"), Config(lang=language if forced else None), Markup.MARKDOWN)
    assert result.language == language
    assert _describe(result) == []
