"""One glob meaning for `exclude` and `overrides` (issue 11: the two used to disagree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.config import load_config
from tests.conftest import run_cli

GLOBS = ["drafts/*.md", "drafts/**", "*.tmp.md", "drafts/", "news/**/brief-?.md"]
PATHS = ["drafts/a.md", "drafts/2024/a.md", "news/drafts/a.md", "a.tmp.md", "x/y/a.tmp.md", "news/2024/brief-1.md"]


@pytest.mark.parametrize("glob", GLOBS)
def test_exclude_and_overrides_agree_on_every_path(tmp_path: Path, glob: str) -> None:
    (tmp_path / ".mtaudit.toml").write_text(
        f'exclude = ["{glob}"]\n[[overrides]]\npaths = ["{glob}"]\nlang = "fr"\n', encoding="utf-8"
    )
    config = load_config(tmp_path / ".mtaudit.toml")
    from audit.targets import excluded

    for path in PATHS:
        assert excluded(path, config.exclude) == (config.for_path(path).lang == "fr"), (glob, path)


def test_star_stays_within_one_folder_for_exclude_as_for_overrides(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".mtaudit.toml").write_text('exclude = ["drafts/*.md"]\n', encoding="utf-8")
    (tmp_path / "drafts" / "2024").mkdir(parents=True)
    (tmp_path / "drafts" / "a.md").write_text("The the end.\n", encoding="utf-8")
    (tmp_path / "drafts" / "2024" / "b.md").write_text("The the end.\n", encoding="utf-8")
    output = run_cli("check", "--quiet", ".", cwd=tmp_path).stdout.decode()
    assert "drafts/2024/b.md" in output and "drafts/a.md" not in output
