"""The rule registry (design §5): stable, unique, problem-named, documented ids with test cases."""

from __future__ import annotations

import inspect
import re

from audit.findings import Severity
from audit.rules import PRECEDENCE, RULES, rule_descriptions
from tests.casefile import load_cases

DESIGN_IDS = {
    "mojibake",
    "invisible-char",
    "glossary",
    "doubled-word",
    "duplicated-name",
    "missing-space",
    "space-before-punct",
    "boilerplate",
    "untranslated",
    "number-style",
    "unbalanced-quote",
    "repeated-sentence",
    "name-variant",
    "name-misspelling",
    # One name in both orders (family name first and last), to be added to design §5.
    "name-order",
    "malformed-quote",
    # Bilingual rules (issue 12), to be added to design §5.
    "source-number",
    "source-copy",
    "paragraph-count",
    "length-ratio",
    # Calques of forms of address (the project's calque mission), to be added to design §5.
    "calqued-title",
    "near-official-name",
    "calqued-institution",
    # Media titles translated word for word (the project's mission), to be added to design §5.
    "literal-media-title",
    # Source-language idioms rendered word for word (the calque mission), to be added to design §5.
    "literal-idiom",
    # Verbs given the source verb's complement (the calque mission), to be added to design §5.
    "calqued-complement",
    # A Japanese era's year left as the source dated it (the calque mission), to be added to design §5.
    "era-year",
}
FIX_VERBS = ("remove", "fix", "add", "delete", "replace", "insert", "use", "avoid", "no-")


def test_ids_are_unique_and_cover_the_design() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert set(ids) == DESIGN_IDS
    described = [rule.id for rule in rule_descriptions()]
    assert len(described) == len(set(described))


def test_ids_are_slugs_named_after_the_problem() -> None:
    for rule in rule_descriptions():
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.id), rule.id
        assert not rule.id.startswith(FIX_VERBS), f"{rule.id} names the fix, not the problem"


def test_every_rule_is_documented() -> None:
    for rule in RULES:
        doc = inspect.getdoc(rule) or ""
        assert rule.summary and "\n" not in rule.summary, rule.id
        assert "Why" in doc and "Example" in doc and "Fix" in doc, f"{rule.id}: docstring needs why / example / fix"
        assert isinstance(rule.severity, Severity)


def test_precedence_is_one_value_per_rule() -> None:
    assert set(PRECEDENCE) == {rule.id for rule in RULES}
    assert all(isinstance(value, int) for value in PRECEDENCE.values())


def test_every_rule_has_cases() -> None:
    covered = {case.rule for case in load_cases()}
    assert {rule.id for rule in RULES} <= covered
