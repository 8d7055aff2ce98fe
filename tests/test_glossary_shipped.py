"""The shipped glossaries load without a problem and every example of every entry passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.glossary import build
from audit.glossary.loader import glossary_files
from audit.glossary.selftest import run_self_test
from audit.resources import shipped_glossaries_dir
from tests.conftest import shipped_glossaries

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "glossary").glob("*.toml"))
# Collected by name only: the shipped set is built (seconds) when a test first reads it, not at import
# by every pytest-xdist worker.
SHIPPED_FILES = [path for path, _ in glossary_files(shipped_glossaries_dir())]


def test_shipped_glossaries_have_no_problems() -> None:
    shipped, problems = shipped_glossaries()
    assert problems == []
    assert [glossary.path for glossary in shipped.glossaries] == SHIPPED_FILES


@pytest.mark.parametrize("path", SHIPPED_FILES, ids=[str(path.relative_to(path.parents[1])) for path in SHIPPED_FILES])
def test_every_example_of_a_shipped_glossary_passes(path: Path) -> None:
    shipped, _ = shipped_glossaries()
    (glossary,) = [glossary for glossary in shipped.glossaries if glossary.path == path]
    in_force = {entry.full_id for entry in shipped.entries}
    entries = [entry for entry in glossary.entries if entry.full_id in in_force]
    assert [str(failure) for failure in run_self_test(shipped, entries)] == []


def test_every_example_of_the_test_fixtures_passes() -> None:
    fixtures, problems = build(FIXTURES, default_glossaries=False)
    assert problems == []
    assert run_self_test(fixtures) == []
