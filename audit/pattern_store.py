"""Compiled `regex` patterns kept in the disk cache, so a run does not parse the same sources again.

Why: `regex` parses a pattern in Python before its C engine takes over, ≈1 ms a pattern and ≈30 ms
of a one-article check for the rules' patterns (issue 9). A compiled `regex` pattern pickles as the
C engine's own code (the library registers `_regex.compile` with copyreg, which is how multiprocessing
ships patterns), so one read back is built without parsing and matches exactly as the one compiled.

The store is one cache entry (cache.py) per `regex` version, Python version and package code: the
patterns this code compiled, by source and flags (user glossaries' patterns too, up to
`MAX_PATTERNS`). A run reads it on first use; when it compiled new patterns, it writes the grown
store back at exit.
"""

from __future__ import annotations

import atexit
import sys
from typing import TYPE_CHECKING

from audit import cache

if TYPE_CHECKING:
    import regex

MAX_PATTERNS = 4096
"""Patterns kept at most: a user who keeps editing a glossary's patterns does not grow the store forever."""

_patterns: dict[tuple[str, int], regex.Pattern[str]] | None = None
_grown = False


def compiled(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, read from the store when an earlier run compiled it; an invalid
    pattern raises `regex.error` as `regex.compile` does."""
    global _grown
    patterns = _loaded()
    key = (source, int(flags))  # regex's flags are an enum: the key keeps the plain number
    pattern = patterns.get(key)
    if pattern is None:
        import regex

        pattern = regex.compile(source, flags)
        if len(patterns) < MAX_PATTERNS:
            patterns[key] = pattern
            if not _grown:
                _grown = True
                atexit.register(_write_back)
    return pattern


def _kind() -> str:
    import regex

    return f"regex-{regex.__version__}-py{sys.version_info.major}{sys.version_info.minor}"


def _loaded() -> dict[tuple[str, int], regex.Pattern[str]]:
    global _patterns
    if _patterns is None:
        _patterns = dict(cache.cached(_kind(), (), dict))
    return _patterns


def _write_back() -> None:
    if _patterns is not None:
        cache.replace(_kind(), (), _patterns)
