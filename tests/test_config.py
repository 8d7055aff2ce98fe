"""Configuration: discovery walking up from each file, nearest wins, stops at the repository root."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from audit.config import Config, find_config_file, load_config
from audit.errors import ConfigError
from audit.findings import Severity
from tests.conftest import run_cli

DIRTY = "The caf\u00c3\u00a9 opened.\u200b\n"


def _tree(tmp_path: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    repo = tmp_path / "repo"
    (repo / "pyproject.toml").write_text('[tool.mtaudit]\nignore = ["invisible-char"]\n')
    (repo / "fr").mkdir()
    (repo / "fr" / ".mtaudit.toml").write_text('select = ["invisible-char"]\nlang = "fr"\n')
    (repo / "a.md").write_text(DIRTY)
    (repo / "fr" / "b.md").write_text(DIRTY)
    return repo


def test_nearest_config_wins_per_file(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    output = run_cli("check", "a.md", "fr/b.md", cwd=repo).stdout.decode()
    assert "a.md:1:5: warning mojibake" in output
    assert "a.md:1:18: warning invisible-char" not in output
    assert "fr/b.md:1:18: warning invisible-char" in output
    assert "fr/b.md:1:5: warning mojibake" not in output


def test_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".mtaudit.toml").write_text('ignore = ["mojibake"]\n')
    subprocess.run(["git", "init", "-q", str(tmp_path / "inner")], check=True)
    article = tmp_path / "inner" / "a.md"
    article.write_text(DIRTY)
    assert find_config_file(article) is None
    assert "mojibake" in run_cli("check", str(article)).stdout.decode()


def test_pyproject_without_a_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".mtaudit.toml").write_text('fail-level = "error"\n')
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config_file(sub / "a.md") == tmp_path / ".mtaudit.toml"


def test_config_and_no_config_options(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    other = tmp_path / "other.toml"
    other.write_text('select = ["mojibake"]\n')
    given = run_cli("check", "--config", str(other), "fr/b.md", cwd=repo).stdout.decode()
    assert "mojibake" in given and "invisible-char" not in given
    none = run_cli("check", "--no-config", "fr/b.md", cwd=repo).stdout.decode()
    assert "mojibake" in none and "invisible-char" in none


def test_cli_options_override_the_config(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    output = run_cli("check", "--ignore", "mojibake", "--select", "mojibake,invisible-char", "fr/b.md", cwd=repo)
    assert "mojibake" not in output.stdout.decode()
    assert "invisible-char" in output.stdout.decode()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("fail-level = 'fatal'\n", "option 'fail-level': expected one of info, warning, error, got 'fatal'"),
        ("colour = true\n", "unknown option 'colour'"),
        ("select = 3\n", "option 'select': expected a list of strings"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_config_is_one_line_naming_the_file(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / ".git").mkdir()
    config = tmp_path / ".mtaudit.toml"
    config.write_text(content)
    (tmp_path / "a.md").write_text(DIRTY)
    with pytest.raises(ConfigError, match=r"mtaudit\.toml"):
        load_config(config)
    result = run_cli("check", "a.md", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and str(config) in lines[0] and message in lines[0], lines


def test_load_config_values(tmp_path: Path) -> None:
    config_file = tmp_path / "pyproject.toml"
    config_file.write_text(
        '[tool.mtaudit]\nselect = "mojibake, glossary"\nfail_level = "warning"\nglossaries = ["g/house.toml"]\n'
        "unsafe-fixes = true\nexclude = ['drafts/**']\n"
    )
    config = load_config(config_file)
    assert config == Config(
        select=frozenset({"mojibake", "glossary"}),
        fail_level=Severity.WARNING,
        glossaries=((tmp_path / "g" / "house.toml").resolve(),),
        unsafe_fixes=True,
        exclude=("drafts/**",),
    )


def test_exclude_globs_are_relative_to_the_config_file_whatever_the_cwd(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    repo = tmp_path / "repo"
    (repo / ".mtaudit.toml").write_text('exclude = ["news/drafts/**", "*.tmp.md"]\n')
    for relative in ["news/a.md", "news/drafts/b.md", "news/c.tmp.md"]:
        (repo / relative).parent.mkdir(parents=True, exist_ok=True)
        (repo / relative).write_text(DIRTY)
    from_root = run_cli("check", "--quiet", ".", cwd=repo).stdout.decode()
    from_news = run_cli("check", "--quiet", ".", "drafts/b.md", cwd=repo / "news").stdout.decode()
    assert [line.split(":")[0] for line in from_root.splitlines()] == ["news/a.md", "news/a.md"]
    assert [line.split(":")[0] for line in from_news.splitlines()] == ["a.md", "a.md"]
    assert run_cli("check", "news/drafts/b.md", cwd=repo).returncode == 0, "a named file is excluded too"


def test_a_broken_config_is_reported_once_for_all_its_articles(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".mtaudit.toml").write_text("select = [\n")
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(DIRTY)
    result = run_cli("check", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.decode().splitlines()) == 1
