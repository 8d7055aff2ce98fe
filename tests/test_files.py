"""The file layer through the real CLI: what is refused, what is kept byte for byte (design §7)."""

from __future__ import annotations

import codecs
import os
import stat
import subprocess
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.files import decode
from tests.conftest import run_cli, sha256

DIRTY = "The caf\u00c3\u00a9 opened.\u200b It was busy.\n"
CLEAN = "The café opened. It was busy.\n"


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_invalid_utf8_is_refused_with_offset_and_left_untouched(tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.md", b"Good start\n\xff\xfe broken caf\xc3\xa9")
    good = write(tmp_path / "good.md", DIRTY.encode())
    before = sha256(bad)
    result = run_cli("fix", str(bad), str(good))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines()[0] == f"mtaudit: {bad}: not valid UTF-8 at byte 11"
    assert sha256(bad) == before
    assert good.read_text(encoding="utf-8") == CLEAN, "the other files are still processed"


def test_nul_byte_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    binary = write(tmp_path / "image.txt", b"GIF89a\x00\x01caf\xc3\x83\xc2\xa9")
    before = sha256(binary)
    result = run_cli("fix", str(binary))
    assert result.returncode == 2
    assert f"{binary}: binary file (NUL byte at byte 6)" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert sha256(binary) == before


@pytest.mark.parametrize(
    ("name", "encoded", "expected"),
    [
        ("lf.txt", DIRTY.encode(), CLEAN.encode()),
        ("crlf.txt", DIRTY.replace("\n", "\r\n").encode(), CLEAN.replace("\n", "\r\n").encode()),
        ("no-final-newline.txt", DIRTY.rstrip("\n").encode(), CLEAN.rstrip("\n").encode()),
        ("bom.txt", codecs.BOM_UTF8 + DIRTY.encode(), codecs.BOM_UTF8 + CLEAN.encode()),
        (
            "utf16le.txt",
            codecs.BOM_UTF16_LE + DIRTY.encode("utf-16-le"),
            codecs.BOM_UTF16_LE + CLEAN.encode("utf-16-le"),
        ),
        (
            "utf16be.txt",
            codecs.BOM_UTF16_BE + DIRTY.encode("utf-16-be"),
            codecs.BOM_UTF16_BE + CLEAN.encode("utf-16-be"),
        ),
        ("mixed.txt", b"One caf\xc3\x83\xc2\xa9.\r\nTwo.\nThree.\r\n", "One café.\r\nTwo.\nThree.\r\n".encode()),
    ],
)
def test_fix_keeps_encoding_bom_and_line_endings(tmp_path: Path, name: str, encoded: bytes, expected: bytes) -> None:
    path = write(tmp_path / name, encoded)
    result = run_cli("fix", str(path))
    assert result.returncode == 1, result.stderr
    assert path.read_bytes() == expected
    assert run_cli("fix", str(path)).returncode == 0, "a second fix changes nothing"
    assert path.read_bytes() == expected


@given(st.text(), st.integers(0), st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]))
def test_a_text_written_in_parts_is_the_bytes_of_the_whole(text: str, cut: int, bom: bytes) -> None:
    # `fix` writes a long article part by part (issue 10): the bytes must be those of the joined text.
    codec = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}.get(bom, "utf-8")
    source = decode(bom + "x".encode(codec), "a.txt")
    cut %= len(text) + 1
    assert b"".join(source.encoded((text[:cut], text[cut:]))) == source.encode(text) == bom + text.encode(codec)


def test_utf32_is_refused_clearly(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.txt", codecs.BOM_UTF32_LE + "Hi".encode("utf-32-le"))
    before = sha256(path)
    result = run_cli("check", str(path))
    assert result.returncode == 2
    assert "UTF-32 text is not supported" in result.stderr.decode()
    assert sha256(path) == before


def test_fix_keeps_file_mode(tmp_path: Path) -> None:
    path = write(tmp_path / "mode.md", DIRTY.encode())
    path.chmod(0o640)
    assert run_cli("fix", str(path)).returncode == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text(encoding="utf-8") == CLEAN


def test_fix_writes_through_a_symlink_and_keeps_the_link(tmp_path: Path) -> None:
    target = write(tmp_path / "real.md", DIRTY.encode())
    link = tmp_path / "link.md"
    link.symlink_to(target.name)
    assert run_cli("fix", str(link)).returncode == 1
    assert link.is_symlink() and os.readlink(link) == "real.md"
    assert target.read_text(encoding="utf-8") == CLEAN


def test_read_only_file_is_reported_and_untouched(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.md", DIRTY.encode())
    path.chmod(0o444)
    before = sha256(path)
    result = run_cli("fix", str(path))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"mtaudit: {path}: file is read-only, not written"
    assert sha256(path) == before


def test_missing_path_is_an_error_but_other_files_are_checked(tmp_path: Path) -> None:
    good = write(tmp_path / "good.md", DIRTY.encode())
    result = run_cli("check", str(tmp_path / "absent.md"), str(good))
    assert result.returncode == 2
    assert f"{tmp_path / 'absent.md'}: no such file or folder" in result.stderr.decode()
    assert f"{good}:1:5: warning mojibake" in result.stdout.decode()


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    write(tmp_path / "a.md", DIRTY.encode())
    run_cli("fix", str(tmp_path))
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.md"]


def test_folders_recurse_skipping_hidden_and_git_ignored_files(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / ".gitignore").write_text("ignored/\nskip.md\n")
    for relative in [
        "a.md",
        "sub/b.txt",
        "sub/deeper/c.markdown",
        ".hidden/d.md",
        "ignored/e.md",
        "skip.md",
        ".f.md",
        "g.py",
    ]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(DIRTY)
    result = run_cli("check", "--format", "json", ".", cwd=tmp_path)
    import json

    paths = [file["path"] for file in json.loads(result.stdout)["files"]]
    assert paths == ["a.md", "sub/b.txt", "sub/deeper/c.markdown"]


def test_stdin_is_read_and_fix_dash_writes_to_stdout(tmp_path: Path) -> None:
    checked = run_cli("check", "-", stdin=DIRTY.encode())
    assert checked.returncode == 1
    assert checked.stdout.decode().startswith("<stdin>:1:5: warning mojibake")
    fixed = run_cli("fix", "-", stdin=DIRTY.encode())
    assert fixed.returncode == 1
    assert fixed.stdout == CLEAN.encode()
    clean = run_cli("fix", "-", stdin=CLEAN.encode())
    assert clean.returncode == 0 and clean.stdout == CLEAN.encode()


def test_invalid_utf8_on_stdin_is_refused(tmp_path: Path) -> None:
    result = run_cli("fix", "-", stdin=b"abc\xc3")
    assert result.returncode == 2
    assert result.stderr.decode().strip() == "mtaudit: <stdin>: not valid UTF-8 at byte 3"
    assert result.stdout == b""
