"""What a language is, as data: `languages/<code>/*.toml`, one folder per language.

Why a folder of data files rather than Python lists: knowledge of a language (function words,
abbreviations, legitimate repeats, number words, quote conventions, the UI vocabulary of scraped pages)
used to be spread over several modules, and a word added for one rule silently changed another
rule's evidence. Here every list lives in one place per language, is loaded once per process and is
linted like the glossaries. Adding a language is one folder of data plus clean articles.

Each file holds top-level tables or keys; the files of one folder are merged, and a key defined in two
files of the same language is a problem (reported by `lint`, never silently overwritten). A list of
strings is read with `words` (casefolded set, for membership tests) or `phrases` (as written, in file
order).
"""

from __future__ import annotations

import functools
import marshal
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.cache import cached
from audit.errors import ConfigError
from audit.resources import shipped_languages_dir

IDIOMS = "idioms.toml"
"""A language's idioms: read by the literal-idiom rule alone (audit/idioms.py), one article language at
a time, so not merged into the data every run loads."""


@dataclass(frozen=True)
class Language:
    """The merged data of one language folder; `data` maps dotted keys ("ui.share") to values."""

    code: str
    data: Mapping[str, Any] = field(default_factory=dict)

    def value(self, key: str, default: Any = None) -> Any:
        """The value at a dotted key ("quotes.primary"), or `default` when the language has none."""
        return self.data.get(key, default)

    def phrases(self, key: str) -> tuple[str, ...]:
        """A list of strings as written, in file order (empty when the language has none)."""
        return tuple(self.data.get(key, ()))

    def words(self, key: str) -> frozenset[str]:
        """A list of strings, casefolded, for membership tests.

        >>> language("en").words("missing.key")
        frozenset()
        """
        return frozenset(item.casefold() for item in self.data.get(key, ()))


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{dotted}."))
        else:
            flat[dotted] = value
    return flat


def read_folder(folder: Path) -> tuple[Language, list[str]]:
    """Read and merge one language folder; return the language and the problems found (one line each)."""
    import tomllib  # only when the language cache is built, not on every run (issue 9)

    merged: dict[str, Any] = {}
    origin: dict[str, Path] = {}
    problems: list[str] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name == IDIOMS:
            continue
        try:
            table = tomllib.loads(path.read_bytes().decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
            problems.append(f"{path}: cannot read: {error}")
            continue
        for key, value in _flatten(table).items():
            if key in merged:
                problems.append(f"{path}: {key} is already defined in {origin[key].name}")
                continue
            merged[key], origin[key] = value, path
    return Language(folder.name, merged), problems


def language(code: str) -> Language:
    """The shipped data of one language (empty for a language without a folder).

    A shipped folder that does not load is a bug in the release, not user input: it raises.
    """
    return _shipped().get(code) or Language(code)


@functools.cache
def _shipped() -> dict[str, Language]:
    """Every shipped language folder, read once per process (and kept in the disk cache)."""
    root = shipped_languages_dir()

    def read_all() -> dict[str, dict[str, Any]]:
        loaded = {}
        for code in shipped_codes():
            folder, problems = read_folder(root / code)
            if problems:
                raise ConfigError(problems[0])
            loaded[code] = dict(folder.data)
        return loaded

    # The merged tables are plain lists and strings: marshal reads them four times faster than pickle
    # reads the same values as Language records (6 of a one-file check's ms, issue 9).
    tables = cached("languages", shipped_files(), read_all, serializer=marshal)
    return {code: Language(code, data) for code, data in tables.items()}


@functools.cache
def shipped_files() -> tuple[Path, ...]:
    """Every shipped language data file, sorted: what a value derived from language data depends on
    (listed once per process, like `shipped_codes`: several caches are keyed by them)."""
    root = shipped_languages_dir()
    # Listed by os.scandir, not Path.glob: pathlib's walk, and its comparisons while sorting, cost 40,000
    # instructions a file, and every run lists them (issue 9). (code, name) pairs sort as the Paths do.
    found = []
    with os.scandir(root) as folders:
        for folder in folders:
            if folder.is_dir():
                names = os.listdir(folder.path)
                found.extend((folder.name, name) for name in names if name.endswith(".toml") and name != IDIOMS)
    return tuple(root.joinpath(code, name) for code, name in sorted(found))


@functools.cache
def words(code: str, key: str) -> frozenset[str]:
    """`language(code).words(key)`, built once per process: rules ask for it once per paragraph."""
    return language(code).words(key)


@functools.cache
def words_of_every_language(key: str) -> frozenset[str]:
    """The union of one list over every shipped language (for checks that cannot know the language)."""
    return frozenset().union(*(words(code, key) for code in shipped_codes()))


@functools.cache
def shipped_codes() -> tuple[str, ...]:
    """The codes of every shipped language folder, sorted."""
    return tuple(sorted(path.name for path in shipped_languages_dir().iterdir() if path.is_dir()))
