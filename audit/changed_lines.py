"""Which lines of a file changed since a git revision: the pull-request view of `--diff-base REV`.

Reviewers judge a pull request by what it adds; findings on lines nobody touched are someone else's
debt. `git diff --unified=0 REV -- FILE` gives hunks without context, so each `+start,count` header
names exactly the new-file lines that were added or changed. A file git does not track yet is all
new: every line counts.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from audit.errors import InputError

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@", re.MULTILINE)


def changed_lines(path: Path, revision: str) -> frozenset[int] | None:
    """1-based line numbers of `path` added or changed since `revision`; None when all lines are new."""
    folder, name = path.absolute().parent, path.name
    diff = _git(folder, "diff", "--no-color", "--no-ext-diff", "--no-textconv", "--unified=0", revision, "--", name)
    if not diff and _git(folder, "ls-files", "--", name) == "":
        return None
    return lines_from_diff(diff)


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
        raise InputError(f"cannot run git for --diff-base: {error}") from None
    if completed.returncode != 0:
        cause = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"--diff-base: git {arguments[0]} failed: {cause[0] if cause else completed.returncode}")
    return completed.stdout.decode("utf-8", "replace")
