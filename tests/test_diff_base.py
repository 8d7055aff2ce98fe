"""`--diff-base REV`: only findings on lines added or changed since the revision."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
}


def _git(folder: Path, *args: str) -> None:
    import os

    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env={**os.environ, **GIT_ENV})


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    _git(tmp_path, "init", "-q", ".")
    (tmp_path / "a.md").write_text("Intro.\n\nThe cafÃ© is old news.\n\nEnd.\n", encoding="utf-8")
    _git(tmp_path, "add", "a.md")
    _git(tmp_path, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "article")
    return tmp_path


def _lines(result) -> list[int]:
    report = json.loads(result.stdout)
    return [finding["line"] for file in report["files"] for finding in file["findings"]]


def test_old_artifact_is_silent_and_new_one_reported(repo: Path) -> None:
    (repo / "a.md").write_text(
        "New naÃ¯ve intro.\nIntro.\n\nThe cafÃ© is old news.\n\nEnd, with Ã‰lysÃ©e.\n", encoding="utf-8"
    )
    everything = run_cli("check", "--select", "mojibake", "--format", "json", "a.md", cwd=repo)
    assert _lines(everything) == [1, 4, 6]
    result = run_cli("check", "--select", "mojibake", "--format", "json", "--diff-base", "HEAD", "a.md", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert _lines(result) == [1, 6]


def test_unchanged_file_reports_nothing(repo: Path) -> None:
    result = run_cli("check", "--select", "mojibake", "--diff-base", "HEAD", "a.md", cwd=repo)
    assert result.returncode == 0, result.stdout


def test_untracked_file_is_all_new(repo: Path) -> None:
    (repo / "b.md").write_text("The cafÃ© again.\n", encoding="utf-8")
    result = run_cli("check", "--select", "mojibake", "--format", "json", "--diff-base", "HEAD", "b.md", cwd=repo)
    assert _lines(result) == [1]


def test_unknown_revision_is_an_error_naming_the_file(repo: Path) -> None:
    result = run_cli("check", "--diff-base", "no-such-rev", "a.md", cwd=repo)
    assert result.returncode == 2
    assert result.stderr.decode().startswith("mtaudit: a.md: --diff-base: git diff failed")
