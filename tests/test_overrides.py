"""Per-path configuration: `[[tool.mtaudit.overrides]]` matched relative to the config file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from audit.config import Config, load_config
from audit.errors import ConfigError
from tests.conftest import run_cli


def _config(tmp_path: Path, body: str) -> Config:
    path = tmp_path / ".mtaudit.toml"
    path.write_text(body, encoding="utf-8")
    return load_config(path)


def test_matching_overrides_apply_in_order(tmp_path: Path) -> None:
    config = _config(
        tmp_path,
        'ignore = ["glossary"]\n'
        '[[overrides]]\npaths = ["fr/**"]\nlang = "fr"\nignore = ["mojibake"]\n'
        '[[overrides]]\npaths = ["fr/brief/*.md"]\nlang = "de"\n',
    )
    assert config.for_path("fr/2024/a.md").lang == "fr"
    assert config.for_path("fr/2024/a.md").ignore == frozenset({"mojibake"})
    assert config.for_path("fr/brief/a.md").lang == "de"
    assert config.for_path("en/a.md") == Config(ignore=frozenset({"glossary"}))
    assert config.for_path("xfr/a.md").lang is None


def test_glob_without_slash_matches_names_anywhere(tmp_path: Path) -> None:
    config = _config(tmp_path, '[[overrides]]\npaths = ["*.fr.md"]\nlang = "fr"\n')
    assert config.for_path("news/2024/a.fr.md").lang == "fr"
    assert config.for_path("news/a.md").lang is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('[[overrides]]\nlang = "fr"\n', "overrides[0]: 'paths' must list the globs"),
        ("[[overrides]]\npaths = []\n", "overrides[0]: 'paths' must list the globs"),
        ('[[overrides]]\npaths = ["a/**"]\nlangue = "fr"\n', "overrides[0]: unknown option 'langue'"),
        (
            '[[overrides]]\npaths = ["a/**"]\n[[overrides.overrides]]\npaths = ["b"]\n',
            "overrides[0]: unknown option 'overrides'",
        ),
        ('[[overrides]]\npaths = ["a/**"]\nfail-level = "loud"\n', "option 'fail-level'"),
        ('overrides = "fr"\n', "option 'overrides': expected [[tool.mtaudit.overrides]] tables"),
    ],
)
def test_bad_overrides_are_clear_errors(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        _config(tmp_path, body)


def test_cli_applies_overrides_relative_to_the_config_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.mtaudit]\nselect = ["mojibake"]\n[[tool.mtaudit.overrides]]\npaths = ["fr/**"]\nlang = "fr"\n'
        '[[tool.mtaudit.overrides]]\npaths = ["old/**"]\nignore = ["mojibake"]\n',
        encoding="utf-8",
    )
    for folder in ("fr", "old", "en"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text("The cafÃ© reopened on Monday morning.\n", encoding="utf-8")
    # Run from a subfolder: the globs still count from the config file's folder.
    result = run_cli("check", "--format", "json", "..", cwd=tmp_path / "en")
    files = {Path(file["path"]).parent.name: file for file in json.loads(result.stdout)["files"]}
    assert files["fr"]["language"] == "fr" and len(files["fr"]["findings"]) == 1
    assert files["old"]["findings"] == []
    assert len(files["en"]["findings"]) == 1
    forced = run_cli("check", "--format", "json", "--lang", "de", "fr/a.md", cwd=tmp_path)
    assert json.loads(forced.stdout)["files"][0]["language"] == "de"


def test_cli_overrides_on_deep_paths_with_spaces_and_accents(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".mtaudit.toml").write_text(
        'select = ["mojibake"]\n[[overrides]]\npaths = ["fr/**/été *.md"]\nignore = ["mojibake"]\n', encoding="utf-8"
    )
    for relative in ("fr/été 2024/deep/été a.md", "fr/été b.md", "fr/autre.md", "en/été c.md"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("The cafÃ© reopened on Monday morning.\n", encoding="utf-8")
    result = run_cli("check", "--format", "jsonl", "..", cwd=tmp_path / "fr")
    assert result.returncode == 1, result.stderr
    paths = [json.loads(line)["path"] for line in result.stdout.decode().splitlines()]
    assert paths == ["../en/été c.md", "../fr/autre.md"]


def test_cli_reports_an_invalid_override_key_and_exits_2(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".mtaudit.toml").write_text('[[overrides]]\npaths = ["**"]\nlangauge = "fr"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Clean text.\n", encoding="utf-8")
    result = run_cli("check", "a.md", cwd=tmp_path)
    assert result.returncode == 2
    assert "overrides[0]: unknown option 'langauge'" in result.stderr.decode()
    assert b"Traceback" not in result.stderr
