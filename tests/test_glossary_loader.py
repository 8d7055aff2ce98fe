"""Every validation problem on a deliberately broken glossary: one line naming file, entry and cause."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import time
from pathlib import Path

import pytest

from audit.config import Config
from audit.errors import GlossaryError
from audit.glossary import build, load_glossaries
from audit.glossary.catalogue import _SharedEntries
from audit.glossary.validation import check_entry

HEADER = '[glossary]\nlanguage = "en"\n\n'
GOOD_EXAMPLES = """
[[entry.example]]
bad = "He spoke to France Press today."
fixed = "He spoke to Agence France-Presse today."

[[entry.example]]
good = "He spoke to Agence France-Presse today."
"""


def _entry(body: str, examples: str = GOOD_EXAMPLES) -> str:
    return f"[[entry]]\n{body}\n{examples}\n"


AFP = _entry('id = "afp"\npreferred = "Agence France-Presse"\nvariants = ["France Press"]')


def _problems(tmp_path: Path, text: str, name: str = "agencies.toml") -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [problem.replace(str(path), "FILE") for problem in build((path,), default_glossaries=False)[1]]


def test_a_valid_file_has_no_problems(tmp_path: Path) -> None:
    assert _problems(tmp_path, HEADER + AFP) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEADER + AFP.replace("variants", "varaints"),
            "FILE: entry 'afp': unknown key 'varaints' for a substitution glossary",
        ),
        (HEADER + _entry('id = "afp"\nvariants = ["France Press"]'), "FILE: entry 'afp': missing 'preferred'"),
        (HEADER + AFP + AFP, "FILE: entry 'afp': duplicate id"),
        (
            HEADER + AFP.replace('["France Press"]', '["France Press", "agence france-presse"]'),
            "FILE: entry 'afp': variant \"agence france-presse\" equals the preferred form",
        ),
        (
            HEADER + AFP.replace('["France Press"]', '["France Press", "FRANCE PRESS"]'),
            "FILE: entry 'afp': variant \"FRANCE PRESS\" is listed twice "
            "(variants match case-insensitively unless case_sensitive = true)",
        ),
        (
            HEADER + AFP + AFP.replace('"afp"', '"afp2"'),
            "FILE: entry 'afp2': variant \"France Press\" is also a variant of en/agencies/afp (FILE)",
        ),
        (
            HEADER + _entry('id = "x"\npreferred = "y"\npattern = "(unclosed"'),
            "FILE: entry 'x': invalid pattern: missing ) at position 9",
        ),
        (
            HEADER
            + _entry('id = "afp"\npreferred = "Agence France-Presse"\nvariants = ["France Press"]\nfix = "maybe"'),
            "FILE: entry 'afp': fix must be safe, unsafe or none, got 'maybe'",
        ),
        (
            HEADER + _entry('id = "afp"\npreferred = "Agence France-Presse"\nvariants = ["France Press"]', ""),
            "FILE: entry 'afp': needs at least one bad example",
        ),
        (
            HEADER + AFP.replace("He spoke to France Press today.", "He spoke to AFP today."),
            "FILE: entry 'afp': bad example 'He spoke to AFP today.' does not contain any variant",
        ),
        (
            HEADER + AFP.replace('fixed = "He spoke to Agence France-Presse today."', ""),
            "FILE: entry 'afp': bad example 'He spoke to France Press today.' needs 'fixed' (the entry fixes)",
        ),
        (
            HEADER
            + AFP.replace('good = "He spoke to Agence France-Presse today."', 'good = "The France Press office."'),
            "FILE: entry 'afp': good example 'The France Press office.' contains the variant \"France Press\"",
        ),
        (
            HEADER + AFP.replace('Agence France-Presse today."\n\n', 'France Press today."\n\n', 1),
            "FILE: entry 'afp': fixed example 'He spoke to France Press today.' still contains a variant",
        ),
        (
            '[glossary]\nlanguage = "english"\n',
            "FILE: [glossary]: language must be an ISO 639-1 code or \"any\", got 'english'",
        ),
        ("[glossary\n", "FILE: not valid TOML: Expected ']' at the end of a table declaration (at line 1, column 10)"),
    ],
    ids=[
        "unknown-key",
        "missing-preferred",
        "duplicate-id",
        "variant-is-preferred",
        "variant-twice",
        "variant-in-two-entries",
        "invalid-regex",
        "bad-fix",
        "missing-examples",
        "bad-not-flagged",
        "missing-fixed",
        "good-flagged",
        "fixed-flagged",
        "bad-language",
        "bad-toml",
    ],
)
def test_each_problem_is_one_line_naming_file_and_entry(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _problems(tmp_path, text)


def test_a_variant_that_is_another_entrys_preferred_form_is_refused(tmp_path: Path) -> None:
    other = _entry(
        'id = "france"\npreferred = "France Press"\nvariants = ["Frankreich Press"]',
        '[[entry.example]]\nbad = "Frankreich Press."\nfixed = "France Press."\n[[entry.example]]\ngood = "Paris."\n',
    )
    assert "FILE: entry 'afp': variant \"France Press\" is the preferred form of en/agencies/france" in _problems(
        tmp_path, HEADER + AFP + other
    )


def test_a_catastrophic_regex_is_stopped_by_the_time_limit(tmp_path: Path) -> None:
    slow = _entry(
        'id = "slow"\npreferred = "a"\npattern = "(a|aa)+$"',
        '[[entry.example]]\nbad = "aaa"\nfixed = "a"\n[[entry.example]]\ngood = "b"\n',
    )
    started = time.monotonic()
    problems = _problems(tmp_path, HEADER + slow)
    assert time.monotonic() - started < 5
    assert problems == [
        "FILE: entry 'slow': pattern too slow (over 0.25 s on a 61-character probe 'aaaaaaaaaaaaaaaaaaaa'…); "
        "avoid nested repetition such as (a|aa)+"
    ]


def test_the_engine_raises_the_first_problem_as_one_glossary_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(HEADER + _entry('id = "afp"\nvariants = ["France Press"]'), encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"broken.toml: entry 'afp': missing 'preferred'"):
        load_glossaries(Config(glossaries=(path,), default_glossaries=False))


def test_a_shipped_file_must_declare_its_folder_language(tmp_path: Path) -> None:
    from audit.glossary.loader import read_glossary

    path = tmp_path / "fr" / "agencies.toml"
    path.parent.mkdir()
    path.write_text(HEADER + AFP, encoding="utf-8")
    assert read_glossary(path, "fr")[1] == [f'{path}: [glossary]: language "en" but the file is in fr/']


def test_a_user_glossary_whose_example_contradicts_its_entry_stops_the_run(tmp_path: Path) -> None:
    # The run trusts the examples of the shipped files (lint and the suite replay them), never a user's.
    path = tmp_path / "mine.toml"
    path.write_text(HEADER + AFP.replace("He spoke to France Press today.", "He spoke to AFP today."), encoding="utf-8")
    with pytest.raises(GlossaryError, match=r"mine.toml: entry 'afp': bad example 'He spoke to AFP today.'"):
        load_glossaries(Config(glossaries=(path,)))


def test_the_run_trusts_shipped_examples_that_lint_replays(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from audit.glossary import catalogue

    shipped = tmp_path / "shipped" / "en" / "agencies.toml"
    shipped.parent.mkdir(parents=True)
    shipped.write_text(HEADER + AFP.replace("He spoke to France Press today.", "He spoke to AFP today."), "utf-8")
    monkeypatch.setattr(catalogue, "shipped_glossaries_dir", lambda: tmp_path / "shipped")
    assert build((), shipped_examples=False)[1] == []
    assert [problem.split(": ", 1)[1] for problem in build(())[1]] == [
        "entry 'afp': bad example 'He spoke to AFP today.' does not contain any variant"
    ]


TITLE = _entry(
    'id = "le-monde"\npreferred = "Le Monde"\nvariants = ["The World"]\ncase_sensitive = true\n'
    'context = "media"\nhints = ["French"]',
    '\n[[entry.example]]\nbad = "The French daily The World said so."\nfixed = "The French daily Le Monde said so."\n'
    '\n[[entry.example]]\ngood = "The World Bank said so."\n',
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEADER + TITLE.replace('"media"', '"weather"'),
            "FILE: entry 'le-monde': context must be one of media, got 'weather'",
        ),
        (
            HEADER + TITLE.replace('context = "media"\n', ""),
            "FILE: entry 'le-monde': 'hints' and 'hint_required' need a 'context'",
        ),
        (
            HEADER + TITLE.replace('hints = ["French"]', "hint_required = true"),
            "FILE: entry 'le-monde': 'hint_required' needs 'hints'",
        ),
        (
            HEADER + TITLE.replace('variants = ["The World"]', "pattern = 'The World'"),
            "FILE: entry 'le-monde': 'context' applies to 'variants' (a pattern states its own context)",
        ),
        (
            HEADER + TITLE.replace('hints = ["French"]', 'hints = ["French"]\narticle_hints = true'),
            "FILE: entry 'le-monde': 'article_hints' needs 'hint_required' (other entries fire without a hint)",
        ),
        (
            HEADER + TITLE.replace('hints = ["French"]', 'hints = ["Le Monde"]'),
            "FILE: entry 'le-monde': hint \"Le Monde\" must be one word",
        ),
    ],
    ids=[
        "unknown-context",
        "hints-without-context",
        "required-without-hints",
        "context-with-pattern",
        "article-hints-without-required",
        "hint-of-two-words",
    ],
)
def test_a_context_entry_states_its_context_whole(tmp_path: Path, text: str, expected: str) -> None:
    assert expected in _problems(tmp_path, text, "media.toml")


def test_a_context_entry_loads(tmp_path: Path) -> None:
    assert _problems(tmp_path, HEADER + TITLE, "media.toml") == []


def test_a_check_reads_the_glossary_tables_of_its_languages_only(tmp_path: Path) -> None:
    # Issue 9: each language's matcher and name tables are a disk-cache entry of their own, whose
    # entries are the set's own objects (written as their place in the set), not copies.
    script = (
        "from audit import Config\n"
        "from audit.glossary import load_glossaries\n"
        "glossaries = load_glossaries(Config())\n"
        "matches = glossaries.find('Officials told France Press on Monday.', 'en')\n"
        "assert matches and all(any(m.entry is e for e in glossaries.entries) for m in matches), matches\n"
        "print(sorted(glossaries._tables))\n"
    )
    env = {**os.environ, "MTAUDIT_CACHE_DIR": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env) for _ in range(2)]
    assert [(run.returncode, run.stdout) for run in runs] == [(0, "['en']\n")] * 2, [run.stderr for run in runs]
    assert {path.name.rsplit("-", 1)[0] for path in tmp_path.glob("glossary-*")} == {"glossary-en"}


def test_glossary_tables_written_for_another_set_are_built_again() -> None:
    entries = load_glossaries(Config()).entries
    written = _SharedEntries(entries).dumps([entries[-1]])
    assert _SharedEntries(entries).loads(written)[0] is entries[-1]
    with pytest.raises(pickle.UnpicklingError):  # `cached` reads that as a miss
        _SharedEntries(entries[:1]).loads(written)


def test_an_edited_user_glossary_is_checked_alone_against_the_cached_shipped_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from audit.glossary import catalogue

    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    house = tmp_path / "house.toml"
    house.write_text(HEADER + AFP, encoding="utf-8")
    first, problems = build((house,), shipped_examples=False)
    assert problems == []
    checked: list[str] = []

    def counting(entry, examples: bool):  # type: ignore[no-untyped-def]
        checked.append(entry.full_id)
        return check_entry(entry, examples=examples)

    monkeypatch.setattr(catalogue, "check_entry", counting)
    house.write_text(HEADER + AFP.replace("France Press", "France Presse"), encoding="utf-8")
    edited, problems = build((house,), shipped_examples=False)
    # The shipped entries come from the cache: only the user's one entry was checked again …
    assert problems == [] and checked == ["en/house/afp"]
    assert [entry.full_id for entry in edited.entries] == [entry.full_id for entry in first.entries]
    assert edited.digest != first.digest
    # … and a broken user entry still stops the set as it did without the cache.
    house.write_text(
        HEADER + _entry('id = "afp"\npreferred = "Agence France-Presse"\nvariants = ["("]\npattern = "("'), "utf-8"
    )
    assert any("entry 'afp'" in problem for problem in build((house,), shipped_examples=False)[1])
