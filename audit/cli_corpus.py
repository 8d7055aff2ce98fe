"""`check --corpus` and `fix --corpus`: JSONL records in, JSONL records out in input order.

The work is audit/corpus.py's; this module only reads the options, writes each output line whole
(so an interrupted run leaves a valid JSONL prefix that `--resume` continues), reports bad records
as one line each, shows a progress bar on a terminal and sets the exit code.
"""

from __future__ import annotations

import os
import signal
import sys
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from audit.errors import AuditError, OutputError

if TYPE_CHECKING:
    from audit.config import Config
    from audit.corpus import Audited, Source
    from audit.findings import Severity
    from audit.runner import ConfigResolver

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130


def run_corpus(command: str, options: dict[str, Any], resolver: ConfigResolver) -> int:
    """Audit (or fix) every record of the corpus; return the exit code."""
    from audit.corpus import completed_ids, open_corpus
    from audit.glossary import load_glossaries
    from audit.targets import Target

    corpus: str = options["corpus"]
    output: Path | None = options["output"]
    if options["paths"]:
        raise click.UsageError("--corpus reads its documents from the corpus: give no PATHS")
    if options.get("source"):
        raise click.UsageError("--source pairs with one article, not with --corpus")
    if options.get("output_format", "text") not in ("text", "jsonl"):
        raise click.UsageError("--corpus writes JSONL records: --format does not apply")
    if options["resume"] and output is None:
        raise click.UsageError("--resume needs --output FILE, the output of the run it continues")
    if output is not None and corpus != "-" and output.resolve() == Path(corpus).resolve():
        raise click.UsageError("--output must not be the corpus it reads")
    display = "<stdin>" if corpus == "-" else corpus
    with ExitStack() as resources:
        try:
            config = resolver.for_target(Target(Path(corpus), display))
            load_glossaries(config)  # a broken glossary is one error before the first record, not one per record
            done = completed_ids(output) if options["resume"] and output is not None else set()
            source = resources.enter_context(open_corpus(corpus))
            sink = resources.enter_context(_opened_output(output, append=options["resume"]))
        except AuditError as error:
            click.echo(f"mtaudit: {error}", err=True)
            return EXIT_ERROR
        return _stream(command, options, config, _Corpus(display, source, done), sink)


@dataclass(frozen=True)
class _Corpus:
    """The corpus being read: its name in messages, its source, and the ids an earlier run did."""

    display: str
    source: Source
    done: set[str | int]


@dataclass
class _Tally:
    """What the run did, for the closing line and the exit code."""

    documents: int = 0
    findings: int = 0
    failing: int = 0
    changed: int = 0
    errors: int = 0

    def add(self, audited: Audited, fail_level: Severity) -> None:
        self.documents += 1
        self.findings += audited.findings
        self.failing += audited.worst is not None and audited.worst.rank >= fail_level.rank
        self.changed += audited.changed


def _stream(command: str, options: dict[str, Any], config: Config, corpus: _Corpus, sink: IO[bytes]) -> int:
    from audit.corpus import audit_line, ordered_map, read_lines

    lines = read_lines(corpus.source.stream, corpus.source.position)
    if corpus.done:
        lines = (line for line in lines if _record_id(line.data) not in corpus.done)
    output_display = str(options["output"]) if options["output"] else "<stdout>"
    tally = _Tally()
    on_terminal = sink.isatty()
    progress = _Progress(corpus.source.size, enabled=_show_progress(options["quiet"]))
    with progress, _interruptible() as interrupted:
        try:
            audit = partial(audit_line, config=config, fix=command == "fix")
            for audited in ordered_map(audit, lines, options["jobs"]):
                if audited.error is not None:
                    tally.errors += 1
                    progress.note(f"mtaudit: {corpus.display}:{audited.number}: {audited.error}")
                else:
                    with _output_errors(output_display):
                        sink.write(audited.output + b"\n")
                        if on_terminal:  # a reader at a terminal sees each record as it comes
                            sink.flush()
                    tally.add(audited, config.fail_level)
                progress.advance(audited.position, tally.documents)
                if interrupted():
                    break
            with _output_errors(output_display):
                sink.flush()
        except OutputError as error:
            progress.note(f"mtaudit: {error}")
            return EXIT_ERROR
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as Unix tools do.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_ERROR
        except (OSError, EOFError, zlib.error) as error:  # unreadable or truncated corpus (a cut .gz)
            progress.note(f"mtaudit: {corpus.display}: {getattr(error, 'strerror', None) or error}")
            return EXIT_ERROR
    if interrupted():
        click.echo(
            f"mtaudit: interrupted after {tally.documents} documents; the output ends on a whole record"
            + (" (rerun with --resume to continue)" if options["output"] else ""),
            err=True,
        )
        return EXIT_INTERRUPTED
    if not options["quiet"]:
        click.echo(_closing_line(command, tally, len(corpus.done)), err=True)
    if tally.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if tally.failing or tally.changed else EXIT_CLEAN


def _closing_line(command: str, tally: _Tally, already_done: int) -> str:
    """
    >>> _closing_line("check", _Tally(documents=1, findings=2), 3)
    '2 findings in 1 document, 3 already done.'
    """
    documents = f"{tally.documents} document{'s' * (tally.documents != 1)}"
    findings = f"{tally.findings} finding{'s' * (tally.findings != 1)}"
    skipped = f", {already_done} already done" if already_done else ""
    if command == "fix":
        return f"fixed {tally.changed} of {documents}{skipped}; {findings} left."
    return f"{findings} in {documents}{skipped}."


@contextmanager
def _output_errors(output_display: str) -> Iterator[None]:
    """Turn a failed write into an OutputError naming the output; a closed pipe stays a BrokenPipeError."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        raise OutputError(f"{output_display}: {error.strerror or error}") from None


def _record_id(data: bytes) -> object:
    import json

    try:
        record = json.loads(data)
    except ValueError:
        return None
    return record.get("id") if isinstance(record, dict) else None


@contextmanager
def _opened_output(output: Path | None, append: bool) -> Iterator[IO[bytes]]:
    """Standard output, or the output file; closing it again after a failed flush is not a second error."""
    if output is None:
        yield sys.stdout.buffer
        return
    try:
        sink = output.open("ab" if append else "wb")
    except OSError as error:
        raise OutputError(f"{output}: {error.strerror or error}") from None
    try:
        yield sink
    finally:
        with suppress(OSError):
            sink.close()


@contextmanager
def _interruptible() -> Iterator[Callable[[], bool]]:
    """Turn the first Ctrl-C into a request to stop after the record being written; a second one kills."""
    requested = False

    def request(signum: int, frame: Any) -> None:
        nonlocal requested
        requested = True
        signal.signal(signal.SIGINT, signal.default_int_handler)

    previous = signal.signal(signal.SIGINT, request)
    try:
        yield lambda: requested
    finally:
        signal.signal(signal.SIGINT, previous)


def _show_progress(quiet: bool) -> bool:
    return not quiet and not os.environ.get("CI") and sys.stderr.isatty()


class _Progress:
    """A tqdm bar over the corpus bytes (MB/s and ETA) with the documents written, or nothing."""

    def __init__(self, size: int | None, enabled: bool) -> None:
        self._bar = None
        self._done = 0
        if enabled:
            from tqdm import tqdm  # lazily: only a terminal run shows a bar

            self._bar = tqdm(total=size, unit="B", unit_scale=True, dynamic_ncols=True, file=sys.stderr, leave=False)

    def advance(self, position: int, documents: int) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(f"{documents} documents", refresh=False)
            self._bar.update(position - self._done)
            self._done = position

    def note(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    def __enter__(self) -> _Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.close()
