"""Compiled `regex` patterns kept in the disk cache, so a run does not parse the same sources again.

Why: `regex` parses a pattern in Python before its C engine takes over, ≈1 ms a pattern and ≈30 ms
of a one-article check for the rules' patterns (issue 9). The store keeps what the parser hands the
engine (`Pattern._pickled_data`: the library pickles a pattern as that data and `_regex.compile`,
which is how multiprocessing ships patterns), so a pattern built from it matches exactly as the one
compiled.

A run pays only for the patterns it uses, which is what a one-file check needs (issue 9):
- each pattern's data stays bytes until a run asks for that pattern: a corpus run grows the store to
  hundreds of glossary patterns, and unpacking them all cost every later one-file check 9 ms;
- a run that finds every pattern it needs stored loads regex's C engine alone, not the package, whose
  pure-Python parser module costs ≈10 ms to import (`import regex` reuses the engine loaded here).

The store is one cache entry (cache.py) per Python version, regex engine file and package code: the
patterns this code compiled, by source and flags (user glossaries' patterns too, up to
`MAX_PATTERNS`). A run reads it on first use; when it compiled new patterns, it writes the grown
store back at exit (`write_back`).
"""

from __future__ import annotations

import atexit
import functools
import importlib.machinery
import importlib.util
import marshal
import pickle
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from audit import cache

if TYPE_CHECKING:
    import regex

MAX_PATTERNS = 4096
"""Patterns kept at most: a user who keeps editing a glossary's patterns does not grow the store forever."""

RECENT_PATTERNS = 128
"""Patterns `recent` keeps: more than one article's candidates need."""

IGNORECASE = 0x2
VERSION1 = 0x100
"""regex's flag values (a test compares them with the library's), so that naming a flag does not
import the library's parser."""

_ENGINE = "regex._regex"

_built: dict[tuple[str, int], regex.Pattern[str]] = {}
_stored: dict[tuple[str, int], bytes] | None = None
_grown = False
_registered = False


def compiled(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, built from the store when an earlier run compiled it; an invalid
    pattern raises `regex.error` as `regex.compile` does."""
    key = (source, int(flags))  # regex's flags are an enum: the key keeps the plain number
    pattern = _built.get(key)
    if pattern is None:
        pattern = _built[key] = _compiled(*key)
    return pattern


@functools.lru_cache(maxsize=RECENT_PATTERNS)
def recent(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`compiled(source, flags)`, for one of the thousands of patterns a corpus run may use a few times
    each (a gloss's, an official name's): only the `RECENT_PATTERNS` last used are kept. Kept all, a
    20 MB corpus's check held 1,000 of them, 17 MB (issue 9); one built again from the store costs
    a tenth of a millisecond."""
    return _compiled(source, int(flags))


def _compiled(source: str, flags: int) -> regex.Pattern[str]:
    global _grown, _registered
    stored = _loaded()
    key = (source, flags)
    data = stored.get(key)
    if data is not None:
        pattern = _engine().compile(*pickle.loads(data))
    else:
        import regex

        # Not in regex's own cache of 500: it kept alive the patterns `recent` drops (a cold run's peak).
        pattern = regex.compile(source, flags, cache_pattern=False)
        if len(stored) < MAX_PATTERNS:
            stored[key] = pickle.dumps(pattern._pickled_data)  # type: ignore[attr-defined]
            _grown = True
            if not _registered:
                _registered = True
                atexit.register(write_back)
    return pattern


def pattern_error() -> type[Exception]:
    """`regex.error`, for an `except` clause: Python evaluates the clause only when an exception is
    raised, so the library's parser is imported only then."""
    import regex

    return regex.error  # type: ignore[no-any-return]


@functools.cache
def _engine_spec() -> importlib.machinery.ModuleSpec:
    package = importlib.util.find_spec("regex")
    spec = importlib.machinery.PathFinder.find_spec(_ENGINE, package.submodule_search_locations if package else None)
    if spec is None or spec.origin is None:
        raise ImportError("regex's C engine is not installed")
    return spec


def _engine() -> ModuleType:
    engine = sys.modules.get(_ENGINE)
    if engine is None:
        spec = _engine_spec()
        engine = importlib.util.module_from_spec(spec)
        if spec.loader is not None:
            spec.loader.exec_module(engine)  # a no-op for a single-phase extension, needed for a multi-phase one
        sys.modules[_ENGINE] = engine
    return engine


_KIND = f"regex-py{sys.version_info.major}{sys.version_info.minor}"


def _inputs() -> tuple[Path]:
    # The engine's file signs the entry: another regex release reads none of this one's patterns.
    return (Path(_engine_spec().origin or ""),)


def _loaded() -> dict[tuple[str, int], bytes]:
    global _stored
    if _stored is None:
        _stored = dict(cache.cached(_KIND, _inputs(), dict, marshal))
    return _stored


def write_back() -> None:
    """Write the store back if this process compiled patterns it did not hold: at exit, and after each
    command in a fork of the resident server, which leaves without exit handlers (audit/server.py)."""
    global _grown
    if _stored is not None and _grown:
        cache.replace(_KIND, _inputs(), _stored, marshal)
        _grown = False
