"""Audit files: read, resolve configuration, run the core, write back. No click, no printing.

The CLI, the pre-commit hooks and `--jobs` workers all go through `audit_target`, which never raises
for bad input: it returns an `Outcome` carrying either a result or a one-line error.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from audit.config import Config, find_config_file, load_config
from audit.engine import Fixed, Result, audit_text, fix_text
from audit.errors import AuditError, FixSafetyError
from audit.files import SourceText, read_source, sweep_temporaries, write_atomic
from audit.glossary import load_glossaries
from audit.targets import Target, excluded


class Outcome(NamedTuple):
    """What happened to one target: its findings as read (`check`) or what `fix` makes of it (`diff`,
    `fix`, and `check` when it shows fixes), and whether it was written; or an error line."""

    target: Target
    source: SourceText | None = None
    result: Result | None = None
    fixed: Fixed | None = None
    config: Config | None = None
    error: str | None = None
    written: bool = False


@dataclass
class ConfigResolver:
    """Find the configuration of each file: discovered, given, or none; CLI options on top."""

    cli_options: dict[str, Any] = field(default_factory=dict)
    config_file: Path | None = None
    use_config: bool = True
    _cache: dict[Path | None, Config | AuditError] = field(default_factory=dict)
    _glossary_errors: dict[tuple[tuple[Path, ...], bool], AuditError | None] = field(default_factory=dict)

    def for_target(self, target: Target) -> Config:
        if not self.use_config:
            found = None
        elif self.config_file is not None:
            found = self.config_file
        else:
            found = find_config_file((Path.cwd() if target.is_stdin else target.path).absolute())
        if found not in self._cache:
            try:
                self._cache[found] = load_config(found) if found is not None else Config()
            except AuditError as error:
                self._cache[found] = error  # read a broken file once, not once per article
        base = self._cache[found]
        if isinstance(base, AuditError):
            raise base
        if base.overrides and not target.is_stdin:
            # The command line still wins over overrides.
            base = base.for_path(config_relative_path(target, base))
        config = self._with_cli_options(base)
        # Load the glossaries here, once per configuration, so a broken glossary is one error for the
        # whole run (the caller reports each distinct error once), not one per article (issue 11).
        glossary_key = (config.glossaries, config.default_glossaries)
        if glossary_key not in self._glossary_errors:
            try:
                load_glossaries(config)
                self._glossary_errors[glossary_key] = None
            except AuditError as error:
                self._glossary_errors[glossary_key] = error
        problem = self._glossary_errors[glossary_key]
        if problem is not None:
            raise problem
        return config

    def is_excluded(self, target: Target, config: Config) -> bool:
        """True when the file matches an `exclude` glob of its configuration."""
        return (
            bool(config.exclude)
            and not target.is_stdin
            and excluded(config_relative_path(target, config), config.exclude)
        )

    def _with_cli_options(self, base: Config) -> Config:
        options = dict(self.cli_options)
        extra = options.pop("glossaries", ())
        config = base.merged(**options)
        if extra:
            config = config.merged(glossaries=config.glossaries + tuple(extra))
        return config


def config_relative_path(target: Target, config: Config) -> str:
    """The file's path as its configuration names paths: relative to the config file's folder."""
    return target.display if config.source is None else target.relative_to(config.source.absolute().parent)


def source_path(target: Target, config: Config) -> Path | None:
    """The article `target` translates: `--source`, else the config's `source` prefix mapping, else None."""
    if config.source_file is not None:
        return config.source_file
    if not config.source_map or target.is_stdin or config.source is None:
        return None
    relative = config_relative_path(target, config)
    for prefix, replacement in config.source_map:
        if relative.startswith(prefix):
            return config.source.absolute().parent / (replacement + relative[len(prefix) :])
    return None


def audit_target(target: Target, config: Config, command: str = "check", fixes: bool = False) -> Outcome:
    """Audit one file for `command`: `check` finds (and with `fixes` fixes too, for the post-edit
    rate), `diff` fixes, `fix` fixes and writes the file back atomically when anything changed.

    Fixing happens here, so a `--jobs` worker does that work and a fix that fails is this file's error.
    `diff` and `fix` never keep the findings of the text as read (issue 10: a large file's memory).
    """
    try:
        source = read_source(target.path, target.display, config.max_file_size)
        original = source_path(target, config)
        original_text = (
            None
            if original is None
            else read_source(original, f"{target.display}: source {original}", config.max_file_size).text
        )
        result = fixed = None
        if command == "check":
            # Compact first: the rules' working copies of the text are gone before the fix passes
            # make their own (issue 10: a large file's peak memory).
            result = audit_text(source.text, config, target.markup, original_text).compact()
            fixed = Fixed.of(result) if fixes else None
        else:
            fixed = fix_text(source.text, config, target.markup, original_text)
    except FixSafetyError as error:
        # Black's habit: refuse to write, and keep what would have been written for a bug report.
        import tempfile  # this error path only: tempfile imports shutil, random and the compressors

        handle, diagnostic = tempfile.mkstemp(prefix="mtaudit-", suffix=".diff")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(error.diagnostic)
        return Outcome(
            target, config=config, error=f"{target.display}: {error}; not written (diagnostic diff: {diagnostic})"
        )
    except AuditError as error:
        message = str(error)
        if not message.startswith(target.display):
            message = f"{target.display}: {message}"
        return Outcome(target, config=config, error=message)
    outcome = Outcome(target, source=source, result=result, fixed=fixed, config=config)
    if command == "fix" and fixed is not None and fixed.changed and not target.is_stdin:
        try:
            write_atomic(target.path, source.encoded(part.text for part in fixed.parts), target.display)
        except AuditError as error:
            return outcome._replace(error=str(error))
        return outcome._replace(written=True)
    return outcome


def sweep(targets: Iterable[Target]) -> list[Path]:
    """Remove our stale temporary files from the folders of `targets`, each folder once (before `fix`)."""
    folders = sorted({target.path.absolute().parent for target in targets if not target.is_stdin})
    return [stale for folder in folders for stale in sweep_temporaries(folder)]
