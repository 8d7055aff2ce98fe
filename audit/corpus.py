"""Corpus mode: stream JSONL records through the pure core, one small summary per document.

A corpus is JSONL, one record a line: `{"id", "text", optional "lang", optional "source"}`. Every
consumer has the same shape — a pure function over one record that returns a small summary, and a
merge of summaries — so the same code runs here (`ordered_map` over `--jobs` processes, output in
input order, memory flat however long the corpus), inside a Dask bag or a Spark `mapPartitions`.
The audit's summary is the document's output record (`audit_line`); a corpus-wide tally plugs in the
same way (`summarise_corpus`, e.g. the names that an archive spells several ways).

Nothing here prints or writes, but for `--resume` cutting a torn last line off the earlier output;
the CLI (audit/cli_corpus.py) writes.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial, reduce
from pathlib import Path
from typing import IO, Any, TypeVar

from audit.config import Config
from audit.engine import Result, audit_text
from audit.errors import AuditError, InputError
from audit.findings import Severity
from audit.markup import Markup
from audit.report.json import file_record
from audit.report.model import FileReport

T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")

# Records carry plain text or Markdown; like standard input, they are read as Markdown, which
# protects more (code, URLs, HTML) and so is the safe side for a fix.
RECORD_MARKUP = Markup.MARKDOWN
# Lines a worker process audits per task: large enough to amortise pickling, small enough that the
# window of tasks in flight (`ordered_map`) keeps memory flat.
CHUNK_LINES = 64


class RecordError(InputError):
    """A corpus line that is not a record: invalid JSON, not an object, missing or mistyped keys."""


@dataclass(frozen=True)
class Line:
    """One raw line of the corpus: its 1-based number and the bytes read in the file up to its end."""

    number: int
    data: bytes
    position: int


@dataclass(frozen=True)
class Record:
    """One document of the corpus. `fields` is the whole JSON object, kept for `fix` output."""

    id: str | int
    text: str
    lang: str | None
    fields: dict[str, Any]


@dataclass(frozen=True)
class Audited:
    """The audit's summary of one line: its output record (a JSON line), or why it was refused.

    `findings` and `worst` count what `check` found, or what `fix` left unfixed.
    """

    number: int
    position: int
    output: bytes | None = None
    error: str | None = None
    findings: int = 0
    worst: Severity | None = None
    changed: bool = False


def parse_record(data: str | bytes) -> Record:
    """Read one JSONL line into a Record; raise RecordError naming the cause.

    >>> parse_record('{"id": 7, "text": "Bonjour.", "lang": "fr"}').lang
    'fr'
    >>> parse_record('{"id": "a"}')
    Traceback (most recent call last):
    audit.corpus.RecordError: missing "text"
    """
    try:
        fields = json.loads(data)
    except UnicodeDecodeError as error:
        raise RecordError(f"not valid UTF-8 at byte {error.start} of the line") from None
    except json.JSONDecodeError as error:
        raise RecordError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(fields, dict):
        raise RecordError(f"a record must be a JSON object, not {_json_type(fields)}")
    for key, types, name in (("id", (str, int), "a string or an integer"), ("text", (str,), "a string")):
        if key not in fields:
            raise RecordError(f'missing "{key}"')
        if not isinstance(fields[key], types) or isinstance(fields[key], bool):
            raise RecordError(f'"{key}" must be {name}, not {_json_type(fields[key])}')
    for key in ("lang", "source"):
        if fields.get(key) is not None and not isinstance(fields[key], str):
            raise RecordError(f'"{key}" must be a string, not {_json_type(fields[key])}')
    return Record(fields["id"], fields["text"], fields.get("lang") or None, fields)


def audit_record(record: Record, config: Config, fix: bool = False) -> tuple[dict[str, Any], Result]:
    """Audit one document: its output object, and the core's result.

    `check` gives `{"id", "language", "findings", "stats"}` (the findings are design §4's records);
    `fix` gives the input record with its text fixed, every other key kept as it was.
    """
    if record.lang:
        config = config.merged(lang=record.lang)
    result = audit_text(record.text, config, RECORD_MARKUP, source=record.fields.get("source"))
    if fix:
        return {**record.fields, "text": result.fixed_text}, result
    report = file_record(FileReport.from_result(str(record.id), result))
    del report["path"]
    return {"id": record.id, **report}, result


def audit_line(line: Line, config: Config, fix: bool = False) -> Audited:
    """Parse and audit one corpus line; a bad record or input gives an Audited carrying the error."""
    try:
        record = parse_record(line.data)
        output, result = audit_record(record, config, fix)
        changed = fix and result.changed  # `check` never computes the fixes (issue 9)
        # What `fix` reports and exits on is what it left, as for files (ruff's `--fix`).
        findings = result.fixed.findings if changed else result.findings
    except AuditError as error:
        return Audited(line.number, line.position, error=str(error))
    worst = max((finding.severity for finding in findings), key=lambda severity: severity.rank, default=None)
    try:
        encoded = json.dumps(output, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        # A lone surrogate ("\ud800" in the input) has no UTF-8 form: keep it escaped.
        encoded = json.dumps(output).encode()
    return Audited(line.number, line.position, encoded, None, len(findings), worst, changed)


def audit_partition(lines: Iterable[str | bytes], config: Config | None = None, fix: bool = False) -> Iterator[str]:
    """The per-partition function for Dask bags and Spark `mapPartitions`: JSONL lines in, JSONL out.

    Each input line gives one output line, in order: the document's record as `mtaudit check
    --corpus` (or `fix --corpus`) writes it, or `{"error": cause}` for a line that is not a record.
    Blank lines are skipped, as the CLI skips them.
    """
    config = config or Config()
    for number, data in enumerate(lines, start=1):
        if not data.strip():
            continue
        audited = audit_line(Line(number, data if isinstance(data, bytes) else data.encode(), 0), config, fix)
        if audited.output is not None:
            yield audited.output.decode()
        else:
            yield json.dumps({"error": audited.error}, ensure_ascii=False)


def read_lines(stream: IO[bytes], position: Callable[[], int] | None = None) -> Iterator[Line]:
    """Number the non-blank lines of a binary stream; `position` tells how far the file is read."""
    consumed = 0
    for number, data in enumerate(stream, start=1):
        consumed += len(data)
        if data.strip():
            yield Line(number, data, position() if position else consumed)


@dataclass(frozen=True)
class Source:
    """An open corpus: its decompressed stream, and its size and read position on disk for a progress bar.

    Size and position count the bytes of the file on disk (compressed for `.gz`); standard input has
    no size, and a plain file's position is counted by `read_lines`.
    """

    stream: IO[bytes]
    size: int | None = None
    position: Callable[[], int] | None = None


@contextmanager
def open_corpus(path: str) -> Iterator[Source]:
    """Open a corpus: `-` for standard input, `.gz` decompressed; raise InputError naming the file."""
    if path == "-":
        yield Source(sys.stdin.buffer)
        return
    try:
        raw = Path(path).open("rb")  # noqa: SIM115 - closed by the `with` below
    except OSError as error:
        raise InputError(f"{path}: {error.strerror or error}") from None
    with raw:
        size = os.fstat(raw.fileno()).st_size
        if not path.endswith(".gz"):
            yield Source(raw, size)
            return
        with gzip.GzipFile(fileobj=raw, mode="rb") as decompressed:
            yield Source(decompressed, size, raw.tell)


def completed_ids(output: Path) -> set[str | int]:
    """The ids an earlier run already wrote to `output`, for `--resume`; cut a torn last line off.

    A run stopped by Ctrl-C ends on a whole record, but a killed one may leave half a line: that
    last line is removed, so the file stays valid JSONL and its document is audited again. Any other
    line that is not a record means `output` is not an earlier run's output: refuse to append to it.
    """
    done: set[str | int] = set()
    try:
        with output.open("r+b") as stream:
            kept, torn = 0, None
            for number, data in enumerate(stream, start=1):
                if torn is not None:
                    raise InputError(f"{output}:{torn}: not a record of an earlier run; cannot resume")
                try:
                    record = json.loads(data) if data.endswith(b"\n") else None
                except ValueError:
                    record = None
                if isinstance(record, dict) and "id" in record:
                    done.add(record["id"])
                    kept += len(data)
                else:
                    torn = number
            stream.truncate(kept)
    except FileNotFoundError:
        return done
    except OSError as error:
        raise InputError(f"{output}: {error.strerror or error}") from None
    return done


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int = 1) -> Iterator[R]:
    """Apply `function` to every item in `jobs` processes, yielding results in input order.

    Items are sent in chunks and at most `2 × jobs` chunks are in flight, so a corpus of any length
    runs in flat memory (a `Pool.imap` would read the whole input ahead). `function` must pickle:
    a module-level function or a `functools.partial` of one. Workers ignore Ctrl-C: the caller
    decides when to stop, between results, so its output always ends on a whole record.
    """
    if jobs <= 1:
        yield from map(function, items)
        return
    chunks = _chunked(items, CHUNK_LINES)
    pending: deque[Future[list[R]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(_map_chunk, function, chunk))
                if len(pending) >= 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def summarise_corpus(
    lines: Iterable[Line],
    summarise: Callable[[Record], S],
    merge: Callable[[S, S], S],
    initial: S,
    jobs: int = 1,
    on_error: Callable[[int, str], None] | None = None,
) -> S:
    """Fold a per-document summary over a corpus: the map-and-merge shape Dask and Spark run too.

    `summarise` must be pure and pickle (module level); `merge` must be associative, so that an engine
    may merge partitions in any grouping. Bad records are reported to `on_error(line_number, cause)`.
    """

    def summaries() -> Iterator[S]:
        for number, summary, error in ordered_map(partial(_summarise_line, summarise), lines, jobs):
            if error is not None:
                if on_error is not None:
                    on_error(number, error)
            else:
                yield summary

    return reduce(merge, summaries(), initial)


def _summarise_line(summarise: Callable[[Record], S], line: Line) -> tuple[int, Any, str | None]:
    try:
        return line.number, summarise(parse_record(line.data)), None
    except AuditError as error:
        return line.number, None, str(error)


def _map_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _json_type(value: Any) -> str:
    """
    >>> _json_type(None), _json_type([1]), _json_type(True), _json_type(2.5)
    ('null', 'an array', 'a boolean', 'a number')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"
