"""`mtaudit diff` applied with `git apply` (and `patch -p1`) gives exactly what `mtaudit fix` writes."""

from __future__ import annotations

import codecs
import shutil
import subprocess
from pathlib import Path

import pytest

from audit.diff import NO_NEWLINE, unified_diff
from tests.conftest import run_cli

DIRTY = "Title line\n\nThe caf\u00c3\u00a9 opened.\u200b\nIt was busy.\nA fourth line.\nFifth.\nSixth.\nSeventh.\nLast caf\u00c3\u00a9"
VARIANTS = {
    "lf.md": DIRTY.encode() + b"\n",
    "crlf.md": DIRTY.replace("\n", "\r\n").encode() + b"\r\n",
    "bom.md": codecs.BOM_UTF8 + DIRTY.encode() + b"\n",
    "no-final-newline.md": DIRTY.encode(),
    "non-ascii.txt": "Ünïcödé — “quotes” « guillemets » 東京 \u0645\u0631\u062d\u0628\u0627\n".encode()
    + DIRTY.encode()
    + b"\n",
}


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_git_apply_of_diff_equals_fix(tmp_path: Path, name: str) -> None:
    applied, fixed = tmp_path / "applied", tmp_path / "fixed"
    for folder in (applied, fixed):
        folder.mkdir()
        (folder / name).write_bytes(VARIANTS[name])
    patch = run_cli("diff", name, cwd=applied)
    assert patch.returncode == 1, patch.stderr
    assert patch.stdout.startswith(f"--- a/{name}\n+++ b/{name}\n".encode())
    check = _git("apply", "--check", "-", cwd=applied)
    applying = subprocess.run(["git", "apply", "-"], cwd=applied, input=patch.stdout, capture_output=True, check=False)
    assert applying.returncode == 0, (check.stderr, applying.stderr)
    assert run_cli("fix", name, cwd=fixed).returncode == 1
    assert (applied / name).read_bytes() == (fixed / name).read_bytes()
    again = run_cli("fix", name, cwd=fixed)  # exit 1 still when report-only findings are left (issue 11)
    assert b"fixed " not in again.stderr and (applied / name).read_bytes() == (fixed / name).read_bytes(), "idempotent"
    assert run_cli("diff", name, cwd=fixed).stdout == b""


@pytest.mark.skipif(shutil.which("patch") is None, reason="patch(1) is not installed")
def test_patch_p1_accepts_the_diff(tmp_path: Path) -> None:
    name = "crlf.md"
    (tmp_path / name).write_bytes(VARIANTS[name])
    patch = run_cli("diff", name, cwd=tmp_path).stdout
    expected = tmp_path / "expected.md"
    expected.write_bytes(VARIANTS[name])
    run_cli("fix", str(expected))
    applied = subprocess.run(
        ["patch", "-p1", "--binary", "-s"], cwd=tmp_path, input=patch, capture_output=True, check=False
    )
    assert applied.returncode == 0, applied.stderr
    assert (tmp_path / name).read_bytes() == expected.read_bytes()


def test_diff_of_identical_text_is_empty_and_exit_zero(tmp_path: Path) -> None:
    (tmp_path / "clean.md").write_text("Nothing to see here.\n", encoding="utf-8")
    result = run_cli("diff", "clean.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, b"")


def test_no_newline_marker_on_both_sides() -> None:
    patch = unified_diff("a\nb", "a\nc", "x.md")
    assert patch == f"--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,2 @@\n a\n-b\n{NO_NEWLINE}+c\n{NO_NEWLINE}"


def test_diff_keeps_three_lines_of_context() -> None:
    original = "".join(f"line {number}\n" for number in range(1, 11))
    patch = unified_diff(original, original.replace("line 5\n", "line five\n"), "x.md")
    assert "@@ -2,7 +2,7 @@" in patch
