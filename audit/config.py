"""Config: every option of a run, as one immutable value; discovery of config files.

Keys mirror the CLI options. Configuration lives in `[tool.mtaudit]` of `pyproject.toml` or at the
top level of `.mtaudit.toml`, found by walking up from each checked file (nearest wins, stopping at
the repository root).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, NamedTuple

from audit.errors import ConfigError
from audit.files import DEFAULT_MAX_FILE_SIZE
from audit.findings import Severity
from audit.globs import path_matches
from audit.identifiers import checked_language, checked_rule_ids


class Override(NamedTuple):
    """Options for the files whose path, relative to the config file's folder, matches a glob.

    The globs mean what `exclude` globs mean (audit/globs.py): `**` crosses folders, `*` and `?` do
    not; a glob without `/` matches the file name at any depth.
    """

    paths: tuple[str, ...]
    options: tuple[tuple[str, Any], ...]

    def matches(self, relative_path: str) -> bool:
        """
        >>> Override(("fr/**", "*.fr.md"), ()).matches("fr/2024/a.md"), Override(("fr/*.md",), ()).matches("fr/x/a.md")
        (True, False)
        """
        return path_matches(relative_path, self.paths)


@dataclass(frozen=True)
class Config:
    """Options of one run. Hashable, so compiled glossaries can be cached per configuration."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    fail_level: Severity = Severity.INFO
    lang: str | None = None
    glossaries: tuple[Path, ...] = ()
    default_glossaries: bool = True
    unsafe_fixes: bool = False
    exclude: tuple[str, ...] = ()
    warn_unused_suppressions: bool = False
    overrides: tuple[Override, ...] = ()
    # Bytes; larger files are refused unread (audit/files.py states why and the default).
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # The `source` key: (target path prefix, source path prefix) pairs, relative to the config's folder.
    source_map: tuple[tuple[str, str], ...] = ()
    # `--source FILE`: the article the checked file translates (command line only).
    source_file: Path | None = None
    source: Path | None = field(default=None, compare=False)

    def rule_enabled(self, rule_id: str) -> bool:
        if rule_id in self.ignore:
            return False
        return self.select is None or rule_id in self.select

    def merged(self, **options: Any) -> Config:
        """Return a copy with the given options set (None values are left as they were)."""
        return replace(self, **{key: value for key, value in options.items() if value is not None})

    def for_path(self, relative_path: str) -> Config:
        """The configuration of one file: every matching override applied in order (later wins)."""
        if not self.overrides:
            return self
        options: dict[str, Any] = {}
        for override in self.overrides:
            if override.matches(relative_path):
                options.update(override.options)
        return replace(self, overrides=(), **options)


CONFIG_FILES = (".mtaudit.toml", "pyproject.toml")
# `source` in a file is the source mapping (Config.source_map); Config.source is the file itself.
_FIELD_OF_KEY = {"source": "source_map"}
_KNOWN_KEYS = {item.name.replace("_", "-") for item in fields(Config)} - {"source", "source-map", "source-file"} | {
    "source"
}


def find_config_file(start: Path) -> Path | None:
    """Walk up from `start` (a file or folder) to the repository root for the nearest config file."""
    folder = start if start.is_dir() else start.parent
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = candidate_folder / name
            if candidate.is_file() and _table(candidate) is not None:
                return candidate
        if (candidate_folder / ".git").exists():
            return None
    return None


def load_config(path: Path, base: Config | None = None) -> Config:
    """Read a config file into a Config layered over `base`; raise ConfigError naming the file."""
    table = _table(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.mtaudit] table")
    return config_from_table(table, path, base or Config())


def config_from_table(table: dict[str, Any], path: Path, base: Config) -> Config:
    options: dict[str, Any] = {}
    for key, value in table.items():
        normalised = key.replace("_", "-")
        if normalised not in _KNOWN_KEYS:
            raise ConfigError(f"{path}: unknown option '{key}'")
        options[_field(normalised)] = _convert(path, normalised, value)
    return replace(base, source=path, **options)


def _field(key: str) -> str:
    return _FIELD_OF_KEY.get(key, key).replace("-", "_")


def _convert(path: Path, key: str, value: Any) -> Any:
    try:
        match key:
            case "select":
                return None if value is None else checked_rule_ids(_strings(value))
            case "ignore":
                return checked_rule_ids(_strings(value))
            case "fail-level":
                if value not in {level.value for level in Severity}:
                    raise ValueError(f"expected one of info, warning, error, got {value!r}")
                return Severity(value)
            case "lang":
                return checked_language(str(value))
            case "glossaries":
                return tuple((path.parent / item).resolve() for item in _strings(value))
            case "exclude":
                return tuple(_strings(value))
            case "source":
                return _source_map(value)
            case "overrides":
                return tuple(_override(path, index, item) for index, item in enumerate(_tables(value)))
            case "max-file-size":
                if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                    raise ValueError("expected a positive number of bytes")
                return value
            case "default-glossaries" | "unsafe-fixes" | "warn-unused-suppressions":
                if not isinstance(value, bool):
                    raise ValueError("expected true or false")
                return value
    except ValueError as error:
        raise ConfigError(f"{path}: option '{key}': {error}") from None
    raise ConfigError(f"{path}: unknown option '{key}'")


def _override(path: Path, index: int, table: dict[str, Any]) -> Override:
    where = f"{path}: overrides[{index}]"
    patterns = table.get("paths")
    try:
        paths = tuple(_strings(patterns)) if patterns is not None else ()
    except ValueError:
        paths = ()
    if not paths:
        raise ConfigError(f"{where}: 'paths' must list the globs it applies to, e.g. paths = [\"fr/**\"]")
    options = []
    for key, value in table.items():
        normalised = key.replace("_", "-")
        if key == "paths":
            continue
        if normalised not in _KNOWN_KEYS or normalised == "overrides":
            raise ConfigError(f"{where}: unknown option '{key}'")
        options.append((_field(normalised), _convert(path, normalised, value)))
    return Override(paths, tuple(options))


def _source_map(value: Any) -> tuple[tuple[str, str], ...]:
    """`source = { "articles/ar/" = "articles/en/" }`: where the source of each translated file is."""
    if not isinstance(value, dict) or not value or not all(isinstance(item, str) for item in value.values()):
        raise ValueError('expected a table of path prefixes, e.g. source = { "articles/ar/" = "articles/en/" }')
    # Longest prefix first: the most specific mapping wins.
    return tuple(sorted(value.items(), key=lambda item: -len(item[0])))


def _tables(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return value
    raise ValueError("expected [[tool.mtaudit.overrides]] tables")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return list(value)
    raise ValueError("expected a list of strings")


def _table(path: Path) -> dict[str, Any] | None:
    import tomllib  # only where a configuration file exists: most runs have none (issue 9)

    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read: {error.strerror}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("mtaudit") if isinstance(tool, dict) else None
    return data
