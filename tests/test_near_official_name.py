"""The gazetteer of `near-official-name` against itself: a listed name is never a near miss of another.

Why: the gazetteer grows one name at a time, and a new name can be one head word off a listed sibling
("European Council" beside "European Commission"); the rule promises to stay silent on every listed
name, so each one is audited in a sentence, in each case its language writes it.
"""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.languages import language, shipped_codes

LISTED = [(code, name) for code in shipped_codes() for name in language(code).phrases("official.names")]
RULE = frozenset({"near-official-name"})


@pytest.mark.parametrize(("code", "name"), LISTED, ids=[f"{code}:{name}" for code, name in LISTED])
def test_a_listed_name_is_never_reported(code: str, name: str) -> None:
    text = f"{name} — {name}.\n\nThe report of the {name} came out on Monday."
    result = audit_text(text, Config(lang=code, select=RULE))
    assert [text[finding.start : finding.end] for finding in result.findings] == []


def test_every_shipped_gazetteer_has_names_heads_and_common_words() -> None:
    with_names = [code for code in shipped_codes() if language(code).phrases("official.names")]
    assert {"en", "de", "fr", "es", "it", "pt"} <= set(with_names)
    for code in with_names:
        assert language(code).words("official.heads"), code
        assert language(code).words("official.common"), code


def test_the_suggestion_puts_back_the_official_word_in_the_writers_case() -> None:
    text = "Scientists of the Far Eastern department of the Russian Academy of Sciences agreed."
    result = audit_text(text, Config(lang="en", select=RULE, unsafe_fixes=True))
    found = [(text[finding.start : finding.end], finding.suggestions) for finding in result.findings]
    assert found == [("department", ("branch",))]
    assert result.fixed_text == text.replace("department", "branch")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Finance Ministry said on Tuesday that the levy would go.",
        "The Finance ministry says the changes will cost billions.",
        "A Health Department spokesman confirmed the figures.",
    ],
)
def test_a_body_written_as_an_english_compound_stays(sentence: str) -> None:
    # "Finance Ministry" is English's own order for the Ministry of Finance, not the source's.
    rules = frozenset({"near-official-name"})
    assert audit_text(sentence, Config(select=rules, lang="en")).findings == ()


def test_a_name_in_the_sources_order_with_a_changed_word_is_still_reported() -> None:
    findings = audit_text(
        "The Turkish Great National Assembly voted.", Config(select=frozenset({"near-official-name"}), lang="en")
    ).findings
    assert [finding.rule for finding in findings] == ["near-official-name"]
