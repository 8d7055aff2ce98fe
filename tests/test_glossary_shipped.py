"""The shipped glossaries load without a problem and every example of every entry passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.glossary import build
from audit.glossary.selftest import run_self_test

SHIPPED, PROBLEMS = build((), default_glossaries=True)
FIXTURES = sorted((Path(__file__).parent / "fixtures" / "glossary").glob("*.toml"))


def test_shipped_glossaries_have_no_problems() -> None:
    assert PROBLEMS == []


@pytest.mark.parametrize(
    "glossary", SHIPPED.glossaries, ids=[str(g.path.relative_to(g.path.parents[1])) for g in SHIPPED.glossaries]
)
def test_every_example_of_a_shipped_glossary_passes(glossary) -> None:  # type: ignore[no-untyped-def]
    in_force = {entry.full_id for entry in SHIPPED.entries}
    entries = [entry for entry in glossary.entries if entry.full_id in in_force]
    assert [str(failure) for failure in run_self_test(SHIPPED, entries)] == []


def test_every_example_of_the_test_fixtures_passes() -> None:
    fixtures, problems = build(FIXTURES, default_glossaries=False)
    assert problems == []
    assert run_self_test(fixtures) == []
