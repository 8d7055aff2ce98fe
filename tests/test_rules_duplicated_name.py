"""duplicated-name reads the glossaries: declared names stay silent, house spellings become unsafe fixes."""

from __future__ import annotations

from pathlib import Path

from audit.config import Config
from audit.engine import audit_text

NAMES = """
[glossary]
language = "en"
kind = "names"
description = "Test names"

[[entry]]
id = "karim-karim"
preferred = "Karim Karim"
note = "A made-up person whose name repeats."

[[entry.example]]
good = "Karim Karim opened the session."
"""
PEOPLE = """
[glossary]
language = "en"
kind = "substitution"
description = "Test house spellings"

[[entry]]
id = "leyla-nazari"
preferred = "Leyla Nazari"
variants = ["Leila Nazari"]
fix = "unsafe"
note = "House spelling of a made-up spokeswoman."

[[entry.example]]
bad = "Leila Nazari spoke."
fixed = "Leyla Nazari spoke."

[[entry.example]]
good = "Leyla Nazari spoke."
"""


def _findings(text: str, *paths: Path):  # type: ignore[no-untyped-def]
    config = Config(select=frozenset({"duplicated-name"}), lang="en", glossaries=paths, unsafe_fixes=True)
    return audit_text(text, config)


def test_a_user_names_glossary_silences_a_declared_repeat(tmp_path: Path) -> None:
    text = "Karim Karim opened the session."
    assert [finding.rule for finding in _findings(text).findings] == ["duplicated-name"]
    names = tmp_path / "names.toml"
    names.write_text(NAMES, encoding="utf-8")
    assert _findings(text, names).findings == ()


def test_a_house_spelling_from_a_people_glossary_is_an_unsafe_fix(tmp_path: Path) -> None:
    people = tmp_path / "people.toml"
    people.write_text(PEOPLE, encoding="utf-8")
    result = _findings("Spokeswoman Nazari Nazari spoke.", people)
    (finding,) = result.findings
    assert finding.suggestions == ("Leyla Nazari",) and finding.fix is not None and finding.fix.safety == "unsafe"
    assert result.fixed_text == "Spokeswoman Leyla Nazari spoke."


def test_shipped_names_stay_silent() -> None:
    assert _findings("Abdullah Abdullah met Boutros Boutros-Ghali in 1995.").findings == ()
