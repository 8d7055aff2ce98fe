"""The plain records every renderer reads: files with located findings, and per-file errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from audit.document import Document
from audit.engine import Fixed, Result
from audit.findings import Finding
from audit.prose import WORD


class LocatedFinding(NamedTuple):
    """A finding with its 1-based line/column span (columns in code points, end exclusive)."""

    finding: Finding
    text: str
    line: int
    column: int
    end_line: int
    end_column: int

    @property
    def message(self) -> str:
        """The finding's message, naming its glossary entry when it has one."""
        entry = self.finding.entry
        return self.finding.message + (f" [{entry}]" if entry else "")


@dataclass(frozen=True)
class FileReport:
    path: str
    language: str
    text: str
    findings: tuple[LocatedFinding, ...]
    post_edit_rate: float | None = None
    words: int = 0

    @property
    def per_thousand_words(self) -> dict[str, float]:
        """Findings per 1,000 words of prose, by rule id."""
        return per_thousand_words(Counter(located.finding.rule for located in self.findings), self.words)

    @cached_property
    def positions(self) -> Document:
        """The text as a bare Document, for renderers that convert more offsets (fix edits, bytes)."""
        return Document(self.text)

    @classmethod
    def from_result(cls, path: str, result: Result, post_edit_rate: float | None = None) -> FileReport:
        document = result.document
        located = tuple(locate(document, result.findings))
        return cls(path, result.language, document.text, located, post_edit_rate, prose_words(document))


def locate(
    document: Document, findings: Iterable[Finding], before: tuple[int, int] = (0, 0)
) -> Iterator[LocatedFinding]:
    """Each finding with its line/column span in `document`, one at a time (a report that streams
    keeps none of them: issue 10). `before` is what precedes the document, when it is a part of a
    text: the lines that end before it, and the characters its first line starts with."""
    lines, columns = before

    def position(offset: int) -> tuple[int, int]:
        line, column = document.position(offset)
        return line + lines, column + (columns if line == 1 else 0)

    for finding in findings:
        text = document.text[finding.start : finding.end]
        yield LocatedFinding(finding, text, *position(finding.start), *position(finding.end))


def locate_fixed(fixed: Fixed) -> Iterator[LocatedFinding]:
    """The findings `fix` left, located in the fixed text, part by part."""
    lines = columns = 0
    for part in fixed.parts:
        yield from locate(Document(part.text), part.findings, (lines, columns))
        text = part.text
        lines += text.count("\n") + text.count("\r") - text.count("\r\n")
        last_break = max(text.rfind("\n"), text.rfind("\r"))
        columns = columns + len(text) if last_break == -1 else len(text) - last_break - 1


def prose_words(document: Document) -> int:
    """The words of the prose: code, URLs and front matter are not read. Counted between the protected
    regions, without the masked copy or a list of every word (both grew with a long article: issue 10).
    """
    count, cursor = 0, 0
    for start, end in (*document.protected, (len(document.text), len(document.text))):
        count += sum(1 for _ in WORD.compiled.finditer(document.text, cursor, start))
        cursor = end
    return count


class FileError(NamedTuple):
    path: str
    error: str


class ToolInfo(NamedTuple):
    name: str
    version: str
    glossaries: str


class Report(NamedTuple):
    files: tuple[FileReport, ...]
    errors: tuple[FileError, ...]
    tool: ToolInfo | None = None

    @property
    def stats(self) -> RunStats:
        return RunStats.of(self.files)


class RunStats(NamedTuple):
    """Quality at a glance over every file of a run: sizes, findings per 1,000 words by rule, post-edit rate."""

    files: int
    words: int
    findings: int
    per_thousand_words: dict[str, float]
    mean_post_edit_rate: float | None

    @classmethod
    def of(cls, files: tuple[FileReport, ...]) -> RunStats:
        words = sum(file.words for file in files)
        counts = Counter(located.finding.rule for file in files for located in file.findings)
        rates = [file.post_edit_rate for file in files if file.post_edit_rate is not None]
        return cls.counted(len(files), words, counts, rates)

    @classmethod
    def counted(cls, files: int, words: int, counts: Counter[str], rates: list[float]) -> RunStats:
        """The statistics of `files` files of `words` words with `counts` findings by rule and the
        post-edit `rates` of the files that have one."""
        mean = round(sum(rates) / len(rates), 4) if rates else None
        return cls(files, words, sum(counts.values()), per_thousand_words(counts, words), mean)


def per_thousand_words(counts: Counter[str], words: int) -> dict[str, float]:
    """Counts by rule scaled to 1,000 words (rounded to 0.01), most frequent first; empty without words.

    >>> per_thousand_words(Counter({"doubled-word": 1, "glossary": 3}), 400)
    {'glossary': 7.5, 'doubled-word': 2.5}
    """
    if not words:
        return {}
    return {rule: round(count * 1000 / words, 2) for rule, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))}
