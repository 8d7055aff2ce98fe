"""Unified diffs that `git apply` and `patch -p1` accept: difflib over original and fixed text.

Lines are split on LF only, so a CRLF line keeps its CR inside the diff line (git applies it back
exactly), and a last line without a newline gets git's `\\ No newline at end of file` marker.
"""

from __future__ import annotations

import difflib
import re

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
NO_NEWLINE = "\\ No newline at end of file\n"


def split_lines(text: str) -> list[str]:
    """Split on LF only, keeping the line ends.

    >>> split_lines("a\\r\\nb\\nc")
    ['a\\r\\n', 'b\\n', 'c']
    """
    return _LINE.findall(text)


def unified_diff(original: str, fixed: str, path: str, context: int = 3) -> str:
    """Return a git-style unified diff turning `original` into `fixed` for the file at `path`."""
    if original == fixed:
        return ""
    lines = difflib.unified_diff(
        split_lines(original), split_lines(fixed), f"a/{path}", f"b/{path}", n=context, lineterm="\n"
    )
    pieces: list[str] = []
    for line in lines:
        pieces.append(line)
        if not line.endswith("\n"):
            pieces.append("\n" + NO_NEWLINE)
    return "".join(pieces)


_DIFF_COLORS = (("+++ ", "\x1b[1m"), ("--- ", "\x1b[1m"), ("@@", "\x1b[36m"), ("+", "\x1b[32m"), ("-", "\x1b[31m"))


def colored(patch: str) -> str:
    """Colour a unified diff for a terminal as git does (headers bold, hunks cyan, - red, + green).

    >>> colored("@@ -1 +1 @@\\n-a\\n x\\n").split("\\n")
    ['\\x1b[36m@@ -1 +1 @@\\x1b[0m', '\\x1b[31m-a\\x1b[0m', ' x', '']
    """
    pieces = []
    for line in split_lines(patch):
        body = line.rstrip("\n")
        color = next((code for prefix, code in _DIFF_COLORS if body.startswith(prefix)), None)
        pieces.append(f"{color}{body}\x1b[0m{line[len(body) :]}" if color else line)
    return "".join(pieces)
