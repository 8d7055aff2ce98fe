"""Run every rule's case file: exact spans, suggestions, fixed text, fix safety, silence where unmarked."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text
from audit.markup import Markup
from audit.rules import RULES
from tests.casefile import Case, load_cases

CASES = load_cases()


def _audit(case: Case, text: str, unsafe_fixes: bool = True):
    config = Config(select=frozenset({case.rule}), lang=case.lang, unsafe_fixes=unsafe_fixes)
    return audit_text(text, config, Markup(case.markup), case.source)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(case: Case) -> None:
    result = _audit(case, case.text)
    assert tuple((finding.start, finding.end) for finding in result.findings) == case.spans
    if case.suggestions is not None:
        assert tuple(finding.suggestions[0] for finding in result.findings) == case.suggestions
    if case.fixed is not None:
        assert result.fixed_text == case.fixed
        assert _audit(case, case.fixed).findings == ()
    elif case.spans:
        assert result.fixed_text == case.text, "a case without `fixed` expects no fix"
    if case.spans:
        safeties = {str(finding.fix_safety or "none") for finding in result.findings}
        assert safeties == {case.fix}, f"fix safety {safeties} where the case file says {case.fix!r}"
    if case.fix == "unsafe":
        assert _audit(case, case.text, unsafe_fixes=False).fixed_text == case.text, "unsafe fixes wait for the flag"


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_every_rule_has_cases_that_fire_and_stay_silent_in_two_languages(rule) -> None:
    own = [case for case in CASES if case.rule == rule.id]
    firing = {case.lang for case in own if case.spans}
    silent = {case.lang for case in own if not case.spans}
    assert len(firing) >= 2, f"{rule.id}: flagged cases in fewer than two languages"
    assert len(silent) >= 2, f"{rule.id}: silent cases in fewer than two languages"
