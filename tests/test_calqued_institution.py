"""Every gloss of `official.glosses` against the rule that reads it: each is reported in a story from its
country, with its official name as the suggestion, and the official name in the same story is silent.

Why: the glosses are data added many at a time (a sweep by country), and an entry can be dead on
arrival: a capital the pattern cannot match, an official name the gloss itself contains (which the
rule takes for the name the paragraph gives), or a gloss another entry's official name repeats.
"""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.languages import language, shipped_codes

PLACE = "Nara"
GLOSSES = [(code, *entry) for code in shipped_codes() for entry in language(code).value("official.glosses", ())]
IDS = [f"{code}:{gloss}:{hints.split()[0]}" for code, gloss, _, hints in GLOSSES]
RULES = frozenset({"calqued-institution", "glossary"})


def _story(code: str, hints: str, name: str) -> tuple[str, int, int]:
    """A sentence of a story from the gloss's country that names a body, and where the name stands."""
    country = hints.split()[0]
    lead = f"{country}: "
    written = name.replace("{place}", PLACE)
    return f"{lead}{written} (2024).", len(lead), len(lead) + len(written)


@pytest.mark.parametrize(("code", "gloss", "official", "hints"), GLOSSES, ids=IDS)
def test_every_gloss_is_reported_in_a_story_from_its_country(code: str, gloss: str, official: str, hints: str) -> None:
    text, start, end = _story(code, hints, gloss)
    findings = audit_text(text, Config(lang=code, select=RULES)).findings
    assert any(finding.start < end and start < finding.end for finding in findings), text
    ours = [finding for finding in findings if finding.rule == "calqued-institution"]
    expected = official.replace("{place}", PLACE)
    assert all(finding.suggestions[0].casefold() == expected.casefold().replace("’", "'") for finding in ours)


@pytest.mark.parametrize(("code", "gloss", "official", "hints"), GLOSSES, ids=IDS)
def test_the_official_name_is_silent(code: str, gloss: str, official: str, hints: str) -> None:
    text, _, _ = _story(code, hints, official)
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution"}))).findings
    assert [text[finding.start : finding.end] for finding in findings] == []
