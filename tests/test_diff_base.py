"""`--diff-base REV`: only findings on lines added or changed since the revision."""

from __future__ import annotations

import json
import os
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


def test_unknown_revision_is_one_error_for_the_run(repo: Path) -> None:
    (repo / "b.md").write_text("The cafÃ© again.\n", encoding="utf-8")
    for revision in ("no-such-rev", "--output=x"):
        result = run_cli("check", f"--diff-base={revision}", "a.md", "b.md", cwd=repo)
        assert result.returncode == 2 and result.stdout == b""
        [line] = result.stderr.decode().splitlines()
        assert line.startswith(f"mtaudit: --diff-base {revision}: not a commit of the git repository")
    assert not (repo / "x").exists()


def test_renamed_and_moved_files_keep_their_old_lines_old(repo: Path) -> None:
    (repo / "news").mkdir()
    _git(repo, "mv", "a.md", "news/moved article.md")
    moved = repo / "news" / "moved article.md"
    moved.write_text(moved.read_text(encoding="utf-8") + "A new naÃ¯ve line.\n", encoding="utf-8")
    result = run_cli("check", "--select", "mojibake", "--format", "json", "--diff-base", "HEAD", "news", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert _lines(result) == [6]


def test_crlf_file_lines_match_git_lines(repo: Path) -> None:
    (repo / "c.md").write_bytes(b"Intro.\r\n\r\nThe caf\xc3\x83\xc2\xa9 is old.\r\n")
    _git(repo, "add", "c.md")
    _git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "crlf")
    (repo / "c.md").write_bytes(b"Intro.\r\nNew na\xc3\x83\xc2\xafve line.\r\n\r\nThe caf\xc3\x83\xc2\xa9 is old.\r\n")
    result = run_cli("check", "--select", "mojibake", "--format", "json", "--diff-base", "HEAD", "c.md", cwd=repo)
    assert _lines(result) == [2]


def test_file_names_are_not_globs_for_git(repo: Path) -> None:
    (repo / "a[1].md").write_text("The cafÃ© is old.\n", encoding="utf-8")
    (repo / "a1.md").write_text("Clean.\n", encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "two")
    (repo / "a1.md").write_text("Changed.\n", encoding="utf-8")
    result = run_cli("check", "--select", "mojibake", "--diff-base", "HEAD", "a[1].md", cwd=repo)
    assert result.returncode == 0, result.stdout


def test_outside_a_repository_each_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("The cafÃ© is old.\n", encoding="utf-8")
    result = run_cli(
        "check", "--diff-base", "HEAD", "a.md", "-", cwd=tmp_path, stdin=b"The caf\xc3\x83\xc2\xa9 again.\n"
    )
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == "mtaudit: a.md: --diff-base: not in a git repository"
    assert result.stdout.decode().startswith("<stdin>:1:5: warning mojibake")  # stdin has no history: all of it
