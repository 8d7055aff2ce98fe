"""`mtaudit glossary list|test|lint [FILES]`: inspect, self-test and validate glossaries.

Without FILES the shipped glossaries are used; with FILES `list` and `test` use only those files,
while `lint` loads them over the shipped ones as a run does, so it rejects exactly what a run rejects.
Exit codes: 0 fine, 1 a failing example (`test`), 2 a file that does not load
(one line per problem naming file, entry and what is wrong; never a traceback).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from audit.glossary import Entry, GlossarySet

EXIT_FAILED, EXIT_ERROR = 1, 2
_FILES = click.argument("files", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))


@click.group()
def glossary() -> None:
    """Inspect, self-test and validate glossaries (default: the shipped ones)."""


def _load(files: tuple[Path, ...], with_shipped: bool = False, shipped_examples: bool = True) -> GlossarySet:
    """The set, or exit 2 with its problems; `shipped_examples=False` trusts the shipped files' examples
    as a run does (`test` and `lint` replay them), files given are checked whole either way."""
    # Imported here so `mtaudit --help` does not compile the matcher's dependencies.
    from audit.glossary import build

    glossary_set, problems = build(
        tuple(path.resolve() for path in files),
        default_glossaries=with_shipped or not files,
        shipped_examples=shipped_examples,
    )
    if problems:
        for problem in problems:
            click.echo(f"mtaudit: {problem}", err=True)
        sys.exit(EXIT_ERROR)
    return glossary_set


@glossary.command("list")
@_FILES
def list_entries(files: tuple[Path, ...]) -> None:
    """List every entry: id, language, preferred form, number of variants."""
    # Listing replays no example (6 s for the shipped files): their checked entries are cached.
    glossary_set = _load(files, shipped_examples=False)
    rows = [
        (entry.full_id, entry.language, entry.preferred or "(delete)", _variants(entry))
        for entry in glossary_set.entries
    ]
    header = ("id", "language", "preferred", "variants")
    widths = [max(len(row[column]) for row in [header, *rows]) for column in range(3)]
    for row in [header, *rows]:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])


def _variants(entry: Entry) -> str:
    return "pattern" if entry.pattern is not None else str(len(entry.variants))


@glossary.command()
@_FILES
def test(files: tuple[Path, ...]) -> None:
    """Run every entry's examples; print each failing example and exit 1."""
    from audit.glossary.selftest import run_self_test

    glossary_set = _load(files)
    failures = run_self_test(glossary_set)
    for failure in failures:
        click.echo(f"FAIL {failure}")
    examples = sum(len(entry.examples) for entry in glossary_set.entries)
    click.echo(f"{len(glossary_set.entries)} entries, {examples} examples: {len(failures)} failed")
    sys.exit(EXIT_FAILED if failures else 0)


@glossary.command()
@_FILES
def lint(files: tuple[Path, ...]) -> None:
    """Validate glossary files (keys, ids, variants, regexes, examples) as a run loads them: over the shipped ones."""
    # Loaded exactly as `check --glossary FILES` loads them, so lint rejects what a run rejects (issue 11):
    # the shipped files' examples trusted, as a run trusts them (replaying them took 6 s of each lint of
    # a house glossary); without FILES the shipped files are what is linted, examples and all.
    glossary_set = _load(files, with_shipped=True, shipped_examples=not files)
    glossaries = [item for item in glossary_set.glossaries if not files or item.path in glossary_set.paths]
    entries = sum(len(item.entries) for item in glossaries)
    click.echo(f"{len(glossaries)} files, {entries} entries: no problems")
