"""The shipped glossaries are found by a non-editable install and inside a built wheel."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def _copy_tree(destination: Path) -> Path:
    """Copy the working tree (not .venv or build output) so the build sees what the tests see."""
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"
    )
    return Path(shutil.copytree(REPO, destination / "src", ignore=ignore))


def _shipped(repo: Path) -> set[str]:
    return {path.relative_to(repo / "glossaries").as_posix() for path in (repo / "glossaries").glob("*/*.toml")}


def test_non_editable_install_finds_the_shipped_glossaries(tmp_path: Path) -> None:
    source = _copy_tree(tmp_path)
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    probe = "from audit.resources import shipped_glossaries_dir as d; print(d()); print(*sorted(p.relative_to(d()).as_posix() for p in d().glob('*/*.toml')))"
    output = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert Path(output[0]).is_relative_to(target)
    assert set(output[1].split()) == _shipped(source)
    assert _shipped(source), "the repository ships glossaries"


def test_wheel_contains_the_shipped_glossaries(tmp_path: Path) -> None:
    source = _copy_tree(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path / "dist"), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("mt_audit-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"audit/shipped/{name}" for name in _shipped(source)} <= names
    assert "audit/cli.py" in names
