"""The pre-commit hooks, end to end: `pre-commit run` in a git repository of staged articles.

pre-commit installs the hook repository with pip into its own environment, as a user's machine would.
The hook repository must be a git repository with the hook files committed, so the working tree (not
HEAD: during development it holds uncommitted work) is copied into a temporary repository first.
Both hooks come from that one repository at one commit, and every test shares one PRE_COMMIT_HOME, so
pre-commit builds the hook environment once for the module (`try-repo` would build one per call, in a
store of its own). Slow (one pip install, ≈30 s with a warm pip cache): deselect with `-m "not slow"`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    "GIT_CONFIG_NOSYSTEM": "1",
}
_NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "*.egg-info", "__pycache__", ".pytest_cache", "build", "dist", ".mypy_cache", ".ruff_cache"
)
BAD = "The minister visited the cafÃ© on Monday.\n"
CLEAN = "The minister visited the café on Monday.\n"


def _git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "commit.gpgsign=false", *args],
        cwd=folder,
        check=True,
        capture_output=True,
        env={**os.environ, **GIT_ENV},
    )


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("pre-commit-home")
    variables = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home)}
    variables.pop("PYTHONPATH", None)  # the hook must run the installed package, not this checkout
    return variables


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("hook-repo") / "mt-audit"
    shutil.copytree(REPO, repo, ignore=_NOT_SOURCES, symlinks=True)
    _git(repo, "init", "-q", ".")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "snapshot of the working tree")
    return repo


def _articles(tmp_path: Path, text: str, hook_repo: Path) -> Path:
    """A repository of staged articles whose .pre-commit-config.yaml uses both hooks of `hook_repo`."""
    articles = tmp_path / "articles"
    articles.mkdir(parents=True)
    _git(articles, "init", "-q", ".")
    revision = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=hook_repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    (articles / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {revision}\n    hooks:\n      - id: mtaudit\n      - id: mtaudit-fix\n",
        encoding="utf-8",
    )
    (articles / "news.md").write_text(text, encoding="utf-8")
    (articles / "notes.txt").write_text(CLEAN, encoding="utf-8")
    (articles / ".mtaudit.toml").write_text('select = ["mojibake"]\n', encoding="utf-8")
    _git(articles, "add", "news.md", "notes.txt", ".mtaudit.toml", ".pre-commit-config.yaml")
    return articles


def _run_hook(hook: str, articles: Path, environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--color", "never"],
        cwd=articles,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_check_hook_fails_on_artifacts_and_passes_on_clean_articles(
    tmp_path: Path, hook_repo: Path, environment: dict[str, str]
) -> None:
    bad = _run_hook("mtaudit", _articles(tmp_path / "bad", BAD, hook_repo), environment)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "news.md:1:26: warning mojibake" in bad.stdout
    assert (tmp_path / "bad" / "articles" / "news.md").read_text(encoding="utf-8") == BAD  # never writes
    clean = _run_hook("mtaudit", _articles(tmp_path / "clean", CLEAN, hook_repo), environment)
    assert clean.returncode == 0, clean.stdout + clean.stderr


def test_fix_hook_rewrites_fails_once_then_passes(tmp_path: Path, hook_repo: Path, environment: dict[str, str]) -> None:
    articles = _articles(tmp_path, BAD, hook_repo)
    first = _run_hook("mtaudit-fix", articles, environment)
    assert first.returncode == 1, first.stdout + first.stderr
    assert (articles / "news.md").read_text(encoding="utf-8") == CLEAN
    _git(articles, "add", "news.md")
    second = _run_hook("mtaudit-fix", articles, environment)
    assert second.returncode == 0, second.stdout + second.stderr


def test_fix_hook_fails_on_findings_it_cannot_fix(tmp_path: Path, hook_repo: Path, environment: dict[str, str]) -> None:
    articles = _articles(tmp_path, CLEAN, hook_repo)
    (articles / ".mtaudit.toml").write_text('select = ["unbalanced-quote"]\n', encoding="utf-8")
    (articles / "news.md").write_text("The minister (who arrived late spoke.\n", encoding="utf-8")
    _git(articles, "add", "news.md", ".mtaudit.toml")
    result = _run_hook("mtaudit-fix", articles, environment)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "news.md:1:14: warning unbalanced-quote" in result.stdout


def test_hook_definitions_use_new_stage_names() -> None:
    import yaml  # a dependency of pre-commit

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["mtaudit", "mtaudit-fix"]
    for hook in hooks:
        assert hook["language"] == "python" and hook["types_or"] == ["markdown", "plain-text"]
        assert set(hook["stages"]) <= {"pre-commit", "pre-merge-commit", "pre-push", "manual"}
        assert tuple(int(part) for part in hook["minimum_pre_commit_version"].split(".")) >= (3, 2, 0)
