"""Unified diffs that `git apply` and `patch -p1` accept: difflib over original and fixed text.

Lines are split on LF only, so a CRLF line keeps its CR inside the diff line (git applies it back
exactly), and a last line without a newline gets git's `\\ No newline at end of file` marker.
File names are written as git writes them: C-quoted when they hold a quote, a backslash or a control
character (TAB, newline), and followed by a TAB when they hold a space, so `patch -p1` finds the end
of the name (issue 10, item 5).
"""

from __future__ import annotations

import difflib
import itertools
import re

from audit.errors import InputError
from audit.files import SourceText

_LINE = re.compile(r"[^\n]*\n|[^\n]+\Z")
NO_NEWLINE = "\\ No newline at end of file\n"


def split_lines(text: str) -> list[str]:
    """Split on LF only, keeping the line ends.

    >>> split_lines("a\\r\\nb\\nc")
    ['a\\r\\n', 'b\\n', 'c']
    """
    return _LINE.findall(text)


def file_diff(source: SourceText, fixed: str, path: str) -> str:
    """The diff of one file as `git apply` must read it; a UTF-16 file is refused (InputError).

    A unified diff is UTF-8 text: a UTF-16 file's hunks would never match its bytes, so rather than
    print a patch that cannot apply we name the file and point to `fix` (issue 10, item 5).
    """
    if source.encoding != "utf-8":
        raise InputError(f"{source.name}: {source.encoding.upper()} file: a diff would not apply; use `mtaudit fix`")
    bom = "\ufeff" if source.bom else ""
    return unified_diff(source.with_bom, bom + fixed, path)


def unified_diff(original: str, fixed: str, path: str, context: int = 3) -> str:
    """Return a git-style unified diff turning `original` into `fixed` for the file at `path`."""
    if original == fixed:
        return ""
    lines = difflib.unified_diff(split_lines(original), split_lines(fixed), n=context, lineterm="\n")
    tab = "\t" if " " in path else ""
    pieces: list[str] = [f"--- {quote('a/' + path)}{tab}\n", f"+++ {quote('b/' + path)}{tab}\n"]
    for line in itertools.islice(lines, 2, None):  # difflib's own ---/+++ lines, replaced above
        pieces.append(line)
        if not line.endswith("\n"):
            pieces.append("\n" + NO_NEWLINE)
    return "".join(pieces)


_ESCAPES = {
    "\a": "\\a",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\v": "\\v",
    "\f": "\\f",
    "\r": "\\r",
    '"': '\\"',
    "\\": "\\\\",
}
_NEEDS_QUOTES = re.compile(r'["\\\x00-\x1f\x7f]')


def quote(name: str) -> str:
    """Quote a file name the way git does when it holds a quote, a backslash or a control character.

    >>> quote("a/plain name.md"), quote("a/tab\\there.md"), quote('a/say "hi".md')
    ('a/plain name.md', '"a/tab\\\\there.md"', '"a/say \\\\"hi\\\\".md"')
    """
    if not _NEEDS_QUOTES.search(name):
        return name
    quoted = "".join(
        _ESCAPES.get(char, f"\\{ord(char):03o}" if ord(char) < 0x20 or ord(char) == 0x7F else char) for char in name
    )
    return f'"{quoted}"'


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
