"""The plain records every renderer reads: files with located findings, and per-file errors."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from audit.document import Document
from audit.engine import Result
from audit.findings import Finding


@dataclass(frozen=True)
class LocatedFinding:
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

    @cached_property
    def positions(self) -> Document:
        """The text as a bare Document, for renderers that convert more offsets (fix edits, bytes)."""
        return Document(self.text)

    @classmethod
    def from_result(cls, path: str, result: Result, post_edit_rate: float | None = None) -> FileReport:
        document = result.document
        located = []
        for finding in result.findings:
            line, column = document.position(finding.start)
            end_line, end_column = document.position(finding.end)
            located.append(
                LocatedFinding(finding, document.text[finding.start : finding.end], line, column, end_line, end_column)
            )
        return cls(path, result.language, document.text, tuple(located), post_edit_rate)


@dataclass(frozen=True)
class FileError:
    path: str
    error: str


@dataclass(frozen=True)
class ToolInfo:
    name: str
    version: str
    glossaries: str


@dataclass(frozen=True)
class Report:
    files: tuple[FileReport, ...]
    errors: tuple[FileError, ...]
    tool: ToolInfo | None = None
