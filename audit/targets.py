"""Turn command-line PATHS into the article files to audit.

Folders are walked recursively in sorted order; hidden files and folders, files git ignores and
files that are not articles (by suffix) are skipped. A file named explicitly is audited whatever its
suffix. `exclude` globs belong to each file's configuration, so the runner applies them (`excluded`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from audit.globs import path_matches
from audit.markup import MARKDOWN_SUFFIXES, Markup

ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | {".txt", ".text"}
STDIN = "-"


class Target(NamedTuple):
    """One file to audit; `path` is `-` for standard input."""

    path: Path
    display: str

    @property
    def is_stdin(self) -> bool:
        return str(self.path) == STDIN

    def relative_to(self, folder: Path) -> str:
        """The path as a file kept in `folder` names it (POSIX, `..` where needed); stdin stays `<stdin>`."""
        if self.is_stdin:
            return self.display
        return Path(os.path.relpath(self.path.absolute(), folder.absolute())).as_posix()

    @property
    def markup(self) -> Markup:
        # Standard input may be anything: Markdown protects more, which is the safe side.
        if self.is_stdin or self.path.suffix.lower() in MARKDOWN_SUFFIXES:
            return Markup.MARKDOWN
        return Markup.TEXT


def expand(paths: Iterable[str]) -> list[Target]:
    """Expand files and folders into targets, in a deterministic order, without duplicates."""
    targets: list[Target] = []
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            found = [Target(Path(STDIN), "<stdin>")]
        elif Path(raw).is_dir():
            found = _walk(Path(raw))
        else:
            found = [Target(Path(raw), raw)]
        for target in found:
            if target.display not in seen:
                seen.add(target.display)
                targets.append(target)
    return targets


def excluded(path: str, patterns: tuple[str, ...]) -> bool:
    """True when the path (relative to the config file's folder) matches an `exclude` glob."""
    return path_matches(path.replace(os.sep, "/"), patterns)


def _walk(folder: Path) -> list[Target]:
    files: list[Path] = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(names):
            path = Path(root) / name
            if not name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES:
                files.append(path)
    ignored = _git_ignored(folder, files)
    return [Target(path, str(path)) for path in files if path not in ignored]


def _git_ignored(folder: Path, files: list[Path]) -> set[Path]:
    """Ask git which of `files` it ignores; outside a repository (or without git) none are."""
    if not files:
        return set()
    import subprocess  # only for folders: a one-file check does not pay its import

    try:
        completed = subprocess.run(
            ["git", "-C", str(folder), "check-ignore", "--stdin", "-z"],
            input=b"\0".join(str(path.resolve()).encode() for path in files),
            capture_output=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return set()
    if completed.returncode not in (0, 1):
        return set()
    ignored = {Path(item.decode()) for item in completed.stdout.split(b"\0") if item}
    return {path for path in files if path.resolve() in ignored}
