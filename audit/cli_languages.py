"""`mtaudit languages lint [--root DIR] [--clean DIR]`: validate the language data (languages/<code>/*.toml).

Exit codes: 0 no problem, 2 problems (one line each, naming the file or folder and what is wrong).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_ERROR = 2


@click.group()
def languages() -> None:
    """Validate the language data: function words, abbreviations, quotes, number words, lexicons."""


@languages.command()
@click.option(
    "--root",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Folder of language folders to lint (default: the shipped ones).",
)
@click.option(
    "--clean",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help="Clean corpus (one folder per language code) the lists must agree with.",
)
def lint(root: Path | None, clean: Path | None) -> None:
    """Report keys of the wrong shape, words two languages claim as evidence, and lists clean prose contradicts."""
    from audit.languages_lint import lint as lint_languages

    problems = lint_languages(root, clean)
    for problem in problems:
        click.echo(f"mtaudit: {problem}", err=True)
    if problems:
        sys.exit(EXIT_ERROR)
    click.echo("language data: no problems")
