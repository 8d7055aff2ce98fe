"""Read and write article files without ever losing data.

Reading decodes strict UTF-8 (a BOM remembered) or UTF-16 with a BOM; anything else is refused with
one line naming the file and the cause. Line endings are never translated: the decoded text keeps
CRLF, LF and a missing final newline exactly, so writing it back gives the same bytes. Writing goes
to a temporary file in the target's folder and is moved over the target with `os.replace`, through
symlinks to the real file, keeping its mode, owner and group.

Hostile inputs (issue 10): only regular files are read (a FIFO would block forever, /dev/zero never
ends), and never more than a stated size; a file with several hard links is not replaced; the
temporary file goes on every exit path, and ones a killed run left are swept by the next `fix`.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, NamedTuple

from audit.errors import InputError, OutputError

_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}
_BOM_OF = {encoding: bom for bom, encoding in _UTF16_BOMS.items()}


class SourceText(NamedTuple):
    """Decoded article text and what is needed to write it back byte-compatibly."""

    name: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False

    def encode(self, text: str) -> bytes:
        """Encode `text` the way this file was encoded (same codec, BOM kept)."""
        return b"".join(self.encoded((text,)))

    def encoded(self, texts: Iterable[str]) -> Iterator[bytes]:
        """Encode `texts`, one after another, as the parts of one file encoded the way this one was."""
        if self.bom:
            yield codecs.BOM_UTF8 if self.encoding == "utf-8" else _BOM_OF[self.encoding]
        for text in texts:
            yield text.encode(self.encoding)

    @property
    def with_bom(self) -> str:
        """The text as it stands in the file, BOM included (what a diff must show)."""
        return ("\ufeff" + self.text) if self.bom else self.text


def decode(data: bytes, name: str) -> SourceText:
    """Decode file contents, or raise InputError naming the file and the cause."""
    if data.startswith(_UTF32_BOMS):
        raise InputError(f"{name}: UTF-32 text is not supported; convert it to UTF-8")
    for bom, encoding in _UTF16_BOMS.items():
        if data.startswith(bom):
            try:
                return SourceText(name, data[len(bom) :].decode(encoding), encoding, bom=True)
            except UnicodeDecodeError as error:
                raise InputError(f"{name}: not valid UTF-16 at byte {error.start + len(bom)}") from None
    nul = data.find(b"\x00")
    if nul != -1:
        raise InputError(f"{name}: binary file (NUL byte at byte {nul}), skipped")
    bom = data.startswith(codecs.BOM_UTF8)
    body = data[len(codecs.BOM_UTF8) :] if bom else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + (len(codecs.BOM_UTF8) if bom else 0)
        raise InputError(f"{name}: not valid UTF-8 at byte {offset}") from None
    return SourceText(name, text, "utf-8", bom)


DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024
"""Bytes; larger files are refused (config key `max-file-size`), so a stray dump or /dev/zero cannot
exhaust memory: auditing costs a bounded multiple of the file size (bench/bench_large.py)."""

TEMPORARY_SUFFIX = ".mtaudit"
# mkstemp's random part: eight characters of [a-z0-9_]; a stale file must match exactly to be swept.
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}" + re.escape(TEMPORARY_SUFFIX))
_FILE_KINDS = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def read_source(path: Path, name: str | None = None, max_size: int = DEFAULT_MAX_FILE_SIZE) -> SourceText:
    """Read and decode one regular file of at most `max_size` bytes; `-` reads standard input."""
    label = name or str(path)
    if str(path) == "-":
        label = "<stdin>" if name is None else name
        return decode(_read_limited(sys.stdin.buffer, label, max_size), label)
    try:
        # O_NONBLOCK: opening a FIFO for reading must not wait for a writer (issue 10, item 2).
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a folder") from None
    except PermissionError:
        raise InputError(f"{label}: permission denied") from None
    except OSError as error:
        raise InputError(f"{label}: cannot read: {error.strerror}") from None
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            kind = _FILE_KINDS.get(stat.S_IFMT(status.st_mode), "not a regular file")
            raise InputError(f"{label}: {kind}, not a regular file; skipped")
        if status.st_size > max_size:
            raise InputError(_too_large(label, max_size))
        os.set_blocking(descriptor, True)
        try:
            data = _read_limited(handle, label, max_size)
        except OSError as error:
            raise InputError(f"{label}: cannot read: {error.strerror}") from None
    return decode(data, label)


def _read_limited(stream: BinaryIO, label: str, max_size: int) -> bytes:
    """Read at most `max_size` bytes; a stream that holds more (a growing file, a pipe) is refused."""
    data = stream.read(max_size + 1)
    if len(data) > max_size:
        raise InputError(_too_large(label, max_size))
    return data


def _too_large(label: str, max_size: int) -> str:
    return f"{label}: larger than the {max_size:,} byte limit (max-file-size), skipped"


def write_atomic(path: Path, chunks: Iterable[bytes], name: str | None = None) -> None:
    """Replace the file's contents with `chunks`, one after another, atomically, keeping mode, owner
    and group; follow symlinks.

    A file with several hard links is refused: replacing it would leave the other names on the old
    text (issue 10, item 6). The temporary file is removed on every exit path, Ctrl-C included.
    """
    label = name or str(path)
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
    except OSError as error:
        raise OutputError(f"{label}: cannot write: {error.strerror}") from None
    mode = stat.S_IMODE(status.st_mode)
    # root may write anything; a file without any write bit is one the editor locked on purpose.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise OutputError(f"{label}: file is read-only, not written")
    if status.st_nlink > 1:
        raise OutputError(
            f"{label}: has {status.st_nlink} hard links; not written (replacing it would split the links)"
        )
    import tempfile  # only `fix` writes: `check` does not pay its import

    temporary: str | None = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX, dir=target.parent)
        with os.fdopen(descriptor, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        _keep_owner(temporary, status)
        os.replace(temporary, target)
        temporary = None
    except OSError as error:
        raise OutputError(f"{label}: cannot write: {error.strerror}") from None
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _keep_owner(temporary: str, status: os.stat_result) -> None:
    """Give the new file the old owner and group where permitted (root may; others only their groups)."""
    if not hasattr(os, "chown"):
        return
    try:
        os.chown(temporary, status.st_uid, status.st_gid)
    except PermissionError:
        with contextlib.suppress(PermissionError):
            os.chown(temporary, -1, status.st_gid)


def sweep_temporaries(folder: Path) -> list[Path]:
    """Remove stale temporary files this tool left in `folder` (a run killed with SIGKILL).

    Only names of our exact shape (`.NAME.XXXXXXXX.mtaudit`) next to an existing NAME are removed.
    """
    removed: list[Path] = []
    try:
        names = set(os.listdir(folder))
    except OSError:
        return removed
    for candidate in sorted(names):
        found = _TEMPORARY.fullmatch(candidate)
        if found and found["name"] in names:
            stale = folder / candidate
            with contextlib.suppress(OSError):
                if stale.is_file() and not stale.is_symlink():
                    stale.unlink()
                    removed.append(stale)
    return removed
