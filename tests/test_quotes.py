"""Quotation marks: one cause is one finding, whichever of malformed-quote and unbalanced-quote sees it."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text

QUOTE_RULES = frozenset({"malformed-quote", "unbalanced-quote"})


@pytest.mark.parametrize(
    ("text", "lang", "rule", "span"),
    [
        ("Officials called the” deal “was a mistake.", "en", "malformed-quote", "” deal “"),
        ("El ministro habló de una ““reforma justa” ante todos.", "es", "malformed-quote", "““"),
        ("Le ministre a parlé d’une ««réforme juste» hier.", "fr", "malformed-quote", "««"),
        ("La oposición calificó el» acuerdo «de error.", "es", "malformed-quote", "» acuerdo «"),
        ("The minister said “we will not resign, and left.", "en", "unbalanced-quote", "“"),
        ("The union called the offer “insulting ” and left.", "en", "malformed-quote", " ”"),
        ("“ We are ready to talk,” the spokesman said.", "en", "malformed-quote", "“ "),
        ("El sindicato calificó la oferta de « insultante» y se fue.", "es", "malformed-quote", "« "),
        ("Die Gewerkschaft nannte das Angebot „beleidigend “ und ging.", "de", "malformed-quote", " “"),
        ("El alcalde habló de un “día histórico“ tras la votación.", "es", "malformed-quote", "“"),
        ('"" Estamos dispuestos a dialogar", afirmó el portavoz.', "es", "malformed-quote", '""'),
    ],
)
def test_one_cause_is_one_finding(text: str, lang: str, rule: str, span: str) -> None:
    result = audit_text(text, Config(lang=lang, select=QUOTE_RULES))
    assert [(finding.rule, text[finding.start : finding.end]) for finding in result.findings] == [(rule, span)]


def test_fixing_a_reversed_pair_leaves_a_balanced_quotation() -> None:
    text = "Officials called the” deal “was a mistake."
    result = audit_text(text, Config(lang="en", select=QUOTE_RULES, unsafe_fixes=True))
    assert result.fixed_text == "Officials called the “deal” was a mistake."
    assert audit_text(result.fixed_text, Config(lang="en", select=QUOTE_RULES)).findings == ()
