"""Which lines of a file changed since a git revision: the pull-request view of `--diff-base REV`.

Reviewers judge a pull request by what it adds; findings on lines nobody touched are someone else's
debt. `git diff --unified=0 REV -- FILE` gives hunks without context, so each `+start,count` header
names exactly the new-file lines that were added or changed. A file git does not track yet is all
new: every line counts.

A file renamed or moved since REV is compared with its old path (git's rename detection over the
whole repository, asked once), or every old line of a moved article would count as new. The
revision is resolved once per repository; an unknown one is a usage error for the whole run, while
a file outside any repository is an error of that file alone. Paths go to git as literal pathspecs,
so `[`, `*` and `?` in article names are not globs.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from audit.errors import ConfigError, InputError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)
_DIFF = ("--no-pager", "--literal-pathspecs", "diff", "--no-color", "--no-ext-diff", "--no-textconv", "-M")


@dataclass(frozen=True)
class _Repository:
    root: Path
    commit: str
    renamed_from: dict[str, str]


class ChangedLines:
    """The changed lines of files since one revision, asking git once per repository for what is shared."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        self._roots: dict[Path, Path] = {}
        self._repositories: dict[Path, _Repository] = {}

    def of(self, path: Path) -> frozenset[int] | None:
        """1-based line numbers of `path` added or changed since the revision; None when all lines are new.

        InputError when the file is not in a git repository; ConfigError when the revision is unknown.
        """
        folder = Path(os.path.realpath(path.absolute().parent))
        repository = self._repository(folder)
        new = Path(os.path.relpath(folder / path.name, repository.root)).as_posix()
        old = repository.renamed_from.get(new, new)
        paths = (old, new) if old != new else (new,)
        diff = _git(repository.root, *_DIFF, "--unified=0", repository.commit, "--", *paths)
        if not diff and not _git(repository.root, "--literal-pathspecs", "ls-files", "--", new):
            return None
        return lines_from_diff(diff)

    def _repository(self, folder: Path) -> _Repository:
        if folder not in self._roots:
            try:
                self._roots[folder] = Path(_git(folder, "rev-parse", "--show-toplevel").strip())
            except InputError:
                raise InputError("--diff-base: not in a git repository") from None
        root = self._roots[folder]
        if root not in self._repositories:
            self._repositories[root] = self._read(root)
        return self._repositories[root]

    def _read(self, root: Path) -> _Repository:
        unknown = f"--diff-base {self.revision}: not a commit of the git repository {root}"
        if self.revision.startswith("-"):
            raise ConfigError(unknown)
        try:
            commit = _git(root, "rev-parse", "--verify", "--quiet", f"{self.revision}^{{commit}}").strip()
        except InputError:
            raise ConfigError(unknown) from None
        listing = _git(root, *_DIFF, "--name-status", "-z", commit).split("\0")
        renamed_from: dict[str, str] = {}
        index = 0
        while index < len(listing) - 1:
            status = listing[index]
            if status[:1] in ("R", "C"):
                renamed_from[listing[index + 2]] = listing[index + 1]
                index += 3
            else:
                index += 2
        return _Repository(root, commit, renamed_from)


def lines_from_diff(diff: str) -> frozenset[int]:
    """The new-file lines named by the hunk headers of a `--unified=0` diff.

    >>> sorted(lines_from_diff("@@ -3,0 +4,2 @@\\n+a\\n+b\\n@@ -9 +11 @@\\n-x\\n+y\\n@@ -20,2 +21,0 @@\\n"))
    [4, 5, 11]
    """
    lines: set[int] = set()
    for match in _HUNK.finditer(diff):
        start = int(match.group(1))
        count = 1 if match.group(2) is None else int(match.group(2))
        lines.update(range(start, start + count))
    return frozenset(lines)


def _git(folder: Path, *arguments: str) -> str:
    try:
        completed = subprocess.run(["git", "-C", str(folder), *arguments], capture_output=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise InputError(f"--diff-base: cannot run git: {error}") from None
    if completed.returncode != 0:
        cause = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"--diff-base: git failed: {cause[0] if cause else f'exit status {completed.returncode}'}")
    return completed.stdout.decode("utf-8", "replace")
