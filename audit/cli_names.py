"""`mtaudit names [PATHS] [--corpus F.jsonl] [--write-glossary OUT.toml]`: one name, several spellings.

Reads articles (files, folders, `-`) and/or a JSONL corpus, clusters the spellings of each name across
all of them and prints each cluster with its counts and example ids (paths or record ids). Exit codes:
0 done (clusters are a report, not a failure), 2 an input error (one line each; the rest is still read).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

EXIT_ERROR = 2


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--corpus", type=click.Path(path_type=Path), help="JSONL records {id, text, lang} (.gz or - too).")
@click.option(
    "--write-glossary",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the clusters as a glossary (preferred = glossary or majority form, fix unsafe).",
)
@click.option("--lang", metavar="CODE", help="Force the language of every document (ISO 639-1).")
@click.option(
    "--glossary",
    "glossaries",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Extra glossary whose people names are preferred forms (repeatable).",
)
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text", show_default=True)
def names(
    paths: tuple[str, ...],
    corpus: Path | None,
    write_glossary: Path | None,
    lang: str | None,
    glossaries: tuple[Path, ...],
    output_format: str,
) -> None:
    """Find names spelled several ways across articles or a JSONL corpus."""
    from audit.config import Config
    from audit.errors import AuditError
    from audit.glossary import load_glossaries
    from audit.glossary.model import Kind
    from audit.name_mining import NameSummary, known_names, name_clusters, names_glossary

    if not paths and corpus is None:
        raise click.UsageError("give PATHS or --corpus")
    errors: list[str] = []
    total = NameSummary()
    for _, summary in _summaries(paths, corpus, lang, errors):
        total.add(summary)
    try:
        glossary_set = load_glossaries(Config(glossaries=tuple(glossaries)))
    except AuditError as error:
        click.echo(f"mtaudit: {error}", err=True)
        sys.exit(EXIT_ERROR)
    clusters = name_clusters(total, known_names(glossary_set, total.forms))
    _print(clusters, output_format)
    if write_glossary is not None:
        try:
            listed = [variant for entry in glossary_set.of_kind(Kind.SUBSTITUTION) for variant in entry.variants]
            write_glossary.write_text(names_glossary(clusters, listed), encoding="utf-8")
        except OSError as error:
            errors.append(f"{write_glossary}: cannot write: {error.strerror}")
    for error in errors:
        click.echo(f"mtaudit: {error}", err=True)
    sys.exit(EXIT_ERROR if errors else 0)


def _summaries(paths: tuple[str, ...], corpus: Path | None, lang: str | None, errors: list[str]) -> Any:
    """(id, summary) of every readable document; each unreadable one adds one error line."""
    from audit.document import Document
    from audit.errors import InputError
    from audit.files import read_source
    from audit.name_mining import summarise
    from audit.targets import expand

    for target in expand(paths):
        try:
            source = read_source(target.path, target.display)
        except InputError as error:
            errors.append(str(error))
            continue
        yield target.display, summarise(target.display, Document.parse(source.text, target.markup), lang)
    if corpus is None:
        return
    from audit.corpus import RecordError, open_corpus, read_lines
    from audit.name_mining import summarise_record

    try:
        with open_corpus(str(corpus)) as source:
            for line in read_lines(source.stream):
                try:
                    yield str(line.number), summarise_record(line.data, lang)
                except RecordError as error:
                    errors.append(f"{corpus}:{line.number}: {error}")
    except InputError as error:
        errors.append(str(error))
    except (OSError, EOFError) as error:
        errors.append(f"{corpus}: cannot read: {getattr(error, 'strerror', None) or error}")


def _print(clusters: list[Any], output_format: str) -> None:
    if output_format == "json":
        from audit.name_mining import clusters_json

        click.echo(json.dumps(clusters_json(clusters), ensure_ascii=False, indent=2))
        return
    for found in clusters:
        forms = "; ".join(
            f"{form} ×{count} ({', '.join(found.examples.get(form, []))})" for form, count in found.forms.most_common()
        )
        click.echo(f"{found.language}: {found.preferred}: {forms}")
    click.echo(f"{len(clusters)} names spelled several ways.", err=True)
