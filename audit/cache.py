"""A disk cache, keyed by content, for the data every run builds before it reads an article.

A one-file run (the pre-commit case) spent about 0.45 of its 0.78 s parsing and checking the same
glossary and language TOML files, and langdetect's profiles, as the run before it (issue 9). Like
Python's `__pycache__`, the cache never changes a result: the key hashes the package's own code and
every input file, an entry that is missing or unreadable is built again, and a folder that cannot be
written is ignored.

The folder is `$MTAUDIT_CACHE_DIR`, else `$XDG_CACHE_HOME/mtaudit`, else `~/.cache/mtaudit`; an empty
`MTAUDIT_CACHE_DIR` turns the cache off. Only the newest entries of each kind are kept.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import glob
import hashlib
import os
import pickle
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

KEPT_PER_KIND = 8


class Serializer(Protocol):
    """What writes and reads an entry: the `pickle` or `marshal` module, or an object like them; its
    `__name__` is the entry's file suffix."""

    __name__: str

    def dumps(self, value: Any, /) -> bytes: ...

    def loads(self, data: bytes, /) -> Any: ...


_PACKAGE = Path(__file__).resolve().parent


def cached(
    kind: str,
    inputs: Iterable[Path],
    build: Callable[[], T],
    serializer: Serializer = pickle,
    builder: str | None = None,
) -> T:
    """`build()`, or the value it returned last time for the same code and the same `inputs` bytes.

    Whatever `build` raises is raised (and nothing is stored), so errors are reported as without cache.
    `serializer` is `pickle`, or `marshal` for plain tables of numbers: it keeps shared objects shared
    (langdetect's table holds one 0.0 in most of its 750,000 cells) and loads twice as fast.

    `builder` names a module whose `python -m` run stores the entry: a missing entry is first built
    there, in a fresh interpreter, and read back. Why: CPython keeps the memory a build used for its
    transient objects, so a build of 60 MB of garbage (audit/word_languages.py) stays in the peak of a
    whole corpus run; a separate process returns it. When that process fails, `build()` runs here.
    """
    folder = cache_folder()
    if folder is None:
        return build()
    try:
        entry = folder / f"{kind}-{_digest(inputs)}.{serializer.__name__}"
    except OSError:
        return build()  # an input that cannot be read: build() reports it as it would without cache
    found = _read(entry, serializer)
    if found is _MISSING and builder is not None:
        _build_elsewhere(builder)
        found = _read(entry, serializer)
    if found is not _MISSING:
        return found  # type: ignore[no-any-return]
    value = build()
    _store(entry, value, serializer)
    _return_memory()
    return value


_MISSING = object()


def _read(entry: Path, serializer: Serializer) -> Any:
    """The value stored in `entry`, or `_MISSING` when it is missing, truncated or from other code."""
    try:
        # Whole bytes, then `loads`: marshal reading from a file object is ten times slower.
        return serializer.loads(entry.read_bytes())
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return _MISSING


def _return_memory() -> None:
    """Give back to the system the memory a build freed: collect its cycles, then have the C library
    return its free heap pages. Why: a cold corpus run builds forty entries, and the holes their
    transient objects leave are reused but never returned, which put the 20 MB bench's cold peak
    10 MB above a warm run's (issue 9). Where the C library has no `malloc_trim` (not glibc), only the
    collection runs."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes  # only on a cold cache

    try:
        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None


def _build_elsewhere(module: str) -> None:
    """Run `python -m module` with this process's interpreter and environment; its failure is ignored
    (the caller builds in-process), so a missing interpreter or a killed child costs memory, never a run."""
    import subprocess  # only on a cold cache

    with contextlib.suppress(OSError):
        subprocess.run(
            [sys.executable, "-m", module],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )


def replace(kind: str, inputs: Iterable[Path], value: object, serializer: Serializer = pickle) -> None:
    """Store `value` as the entry `cached` reads for the same kind, code and inputs: for a value that
    grows during a run (pattern_store.py)."""
    folder = cache_folder()
    if folder is None:
        return
    try:
        entry = folder / f"{kind}-{_digest(inputs)}.{serializer.__name__}"
    except OSError:
        return
    _store(entry, value, serializer)


def cache_folder() -> Path | None:
    """Where entries live, or None when `MTAUDIT_CACHE_DIR` is set empty."""
    configured = os.environ.get("MTAUDIT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mtaudit"


@functools.cache
def _code_digest() -> bytes:
    """The signature of this package's Python files, so that an entry built by other code is never read.

    Like Python's own bytecode cache, it reads each file's size and modification time, not its bytes:
    hashing 2 MB of source cost every run 7 ms of a 0.3 s one-file check (issue 9). The shipped
    glossaries and language data, and files installed in the Python environment, are signed the same
    way (`_digest`); a user's files are hashed by content, as a tool or a test may rewrite them within
    one tick of the file system's clock.
    """
    digest = hashlib.sha256()
    # glob, not Path.rglob: a fifth of the time, paid by every run (issue 9).
    for relative in sorted(glob.glob("**/*.py", root_dir=_PACKAGE, recursive=True, include_hidden=True)):
        status = os.stat(_PACKAGE / relative)
        digest.update(f"{Path(relative).as_posix()}\0{status.st_size}\0{status.st_mtime_ns}\0".encode())
    return digest.digest()


def _digest(inputs: Iterable[Path]) -> str:
    inputs = tuple(inputs)
    known = _released_digests.get(inputs)
    if known is not None:
        return known
    digest = hashlib.sha256(_code_digest())
    released = True
    shipped = {str(folder) for folder in _shipped_folders()}
    for path in inputs:
        # On the path's text, not through pathlib: a Path's stat, parents and comparisons cost 60,000
        # instructions a file, and a one-file check signs every shipped language file (issue 9).
        text = str(path)
        status = os.stat(text)
        if not stat.S_ISREG(status.st_mode):
            raise OSError(f"{path}: not a regular file")  # a FIFO would block: build() refuses it clearly
        digest.update(text.encode("utf-8", "surrogateescape") + b"\0")
        if _released(text, shipped):
            # Released files, our shipped data or an installed library's (langdetect's profiles), are
            # signed like the code: a run read and hashed ≈130 of them, 2.5 MB (issue 9).
            digest.update(f"{status.st_size}\0{status.st_mtime_ns}\0".encode())
        else:
            released = False
            digest.update(path.read_bytes())
    signature = digest.hexdigest()[:32]
    if released:
        # Signed once per process, like the code: the shipped language files sign a dozen entries of a
        # one-file check, and stating them for each cost 1.5 ms (issue 9). A user's files are read again.
        _released_digests[inputs] = signature
    return signature


_released_digests: dict[tuple[Path, ...], str] = {}


def _released(text: str, shipped: set[str]) -> bool:
    """True for a file of the shipped data (`<folder>/<lang>/<name>.toml`, `shipped` the folders) or of
    the Python environment; `text` is a normalised path, as `str(Path)` writes it.

    >>> _released(os.path.join("/data", "en", "ui.toml"), {"/data"}), _released("data/en/ui.toml", {"/data"})
    (True, False)
    """
    return text.rsplit(os.sep, 2)[0] in shipped or text.startswith(_environment())


@functools.cache
def _shipped_folders() -> frozenset[Path]:
    """The folders of shipped glossaries and language data, whose files are `<folder>/<lang>/<name>.toml`."""
    from audit.resources import shipped_glossaries_dir, shipped_languages_dir

    return frozenset({shipped_glossaries_dir(), shipped_languages_dir()})


@functools.cache
def _environment() -> str:
    """The Python environment's folder with a separator after it: what its files' paths start with."""
    return os.path.join(str(Path(sys.prefix)), "")


def _store(entry: Path, value: object, serializer: Serializer) -> None:
    """Write atomically (a reader never sees half an entry), then drop the oldest entries of its kind."""
    import tempfile  # only when an entry is written, not on the reads of every run

    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(serializer.dumps(value))
            os.replace(temporary, entry)
        except BaseException:
            os.unlink(temporary)
            raise
        kind = entry.name.rsplit("-", 1)[0]
        siblings = sorted(entry.parent.glob(f"{kind}-*{entry.suffix}"), key=_age)
        for old in siblings[KEPT_PER_KIND:]:
            old.unlink(missing_ok=True)
    except (OSError, ValueError, pickle.PicklingError):
        pass  # a read-only home or a full disk costs speed, never a run


def _age(path: Path) -> float:
    return -path.stat().st_mtime
