"""Shared helpers: run the real `mtaudit` command line in a subprocess."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run_cli(
    *args: str, cwd: Path | None = None, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m audit ARGS` the way a user runs `mtaudit`; returns bytes stdout/stderr."""
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    environment.pop("NO_COLOR", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "audit", *args],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )


@cache
def shipped_glossaries():  # type: ignore[no-untyped-def]
    """The shipped glossary set with its examples and the problems found, as `glossary test` reads it:
    built once per test process (seconds), then shared by every test that reads it unchanged."""
    from audit.glossary import build

    return build(())


def cache_without(folder: Path, kind: str) -> Path:
    """A new cache folder holding the suite's entries but those of `kind` (a prefix of their names): a
    run in it builds that kind of entry afresh, and nothing else the suite has already built (every
    table built cold costs a run 5 to 10 s)."""
    folder.mkdir()
    for entry in Path(os.environ["MTAUDIT_CACHE_DIR"]).iterdir():
        if not entry.name.startswith(kind):
            with contextlib.suppress(FileNotFoundError):  # another worker's run dropped an old entry
                shutil.copy2(entry, folder)
    return folder


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(autouse=True, scope="session")
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The suite's runs (and the CLI subprocesses they start) share one cache folder of their own,
    never the user's ~/.cache/mtaudit: one for all pytest-xdist workers (in the folder their temporary
    folders share), which then build each entry once, not once each. Entries are written atomically."""
    base = tmp_path_factory.getbasetemp()
    folder = (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "mtaudit-cache"
    folder.mkdir(exist_ok=True)
    os.environ["MTAUDIT_CACHE_DIR"] = str(folder)


@pytest.fixture(autouse=True, scope="session")
def _own_server_folder() -> Iterator[None]:
    """The suite's runs look for a resident server (audit/server.py) in a folder of their own: a
    server the developer started never answers them, and one a test starts is stopped at the end.
    A short path under /tmp: a socket's path holds at most 107 bytes."""
    folder = tempfile.mkdtemp(prefix="mtaudit-server-")
    os.environ["MTAUDIT_SERVER_DIR"] = folder
    yield
    run_cli("server", "stop")
    shutil.rmtree(folder, ignore_errors=True)
