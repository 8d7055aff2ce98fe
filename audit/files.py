"""Read and write article files without ever losing data.

Reading decodes strict UTF-8 (a BOM remembered) or UTF-16 with a BOM; anything else is refused with
one line naming the file and the cause. Line endings are never translated: the decoded text keeps
CRLF, LF and a missing final newline exactly, so writing it back gives the same bytes. Writing goes
to a temporary file in the target's folder and is moved over the target with `os.replace`, through
symlinks to the real file, keeping its mode.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from audit.errors import InputError, OutputError

_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
_UTF16_BOMS = {codecs.BOM_UTF16_LE: "utf-16-le", codecs.BOM_UTF16_BE: "utf-16-be"}


@dataclass(frozen=True)
class SourceText:
    """Decoded article text and what is needed to write it back byte-compatibly."""

    name: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False

    def encode(self, text: str) -> bytes:
        """Encode `text` the way this file was encoded (same codec, BOM kept)."""
        if self.encoding == "utf-8":
            return (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8")
        bom = next(mark for mark, name in _UTF16_BOMS.items() if name == self.encoding)
        return bom + text.encode(self.encoding)

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


def read_source(path: Path, name: str | None = None) -> SourceText:
    """Read and decode one file; `-` reads standard input."""
    label = name or str(path)
    if str(path) == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>" if name is None else name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{label}: is a folder") from None
    except PermissionError:
        raise InputError(f"{label}: permission denied") from None
    except OSError as error:
        raise InputError(f"{label}: cannot read: {error.strerror}") from None
    return decode(data, label)


def write_atomic(path: Path, data: bytes, name: str | None = None) -> None:
    """Replace the file's contents atomically, keeping its mode; follow symlinks, keep the link."""
    label = name or str(path)
    target = Path(os.path.realpath(path))
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError as error:
        raise OutputError(f"{label}: cannot write: {error.strerror}") from None
    # root may write anything; a file without any write bit is one the editor locked on purpose.
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise OutputError(f"{label}: file is read-only, not written")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".mtaudit", dir=target.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise OutputError(f"{label}: cannot write: {error.strerror}") from None
