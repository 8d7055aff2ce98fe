"""`--format rdjson`: reviewdog's Diagnostic Result JSON, with suggestions reviewers can commit.

reviewdog counts columns in UTF-8 bytes (1-based, end exclusive), not in code points: "é" before a
finding moves it one column further than in our other formats. Every position is therefore
recomputed from the text itself. A fix made of several edits is sent as one suggestion over the span
they cover, since reviewdog would offer separate suggestions as separate choices.
"""

from __future__ import annotations

import json
from typing import Any

from audit.document import Document
from audit.findings import Severity
from audit.report.model import FileReport, LocatedFinding, Report
from audit.report.proposals import joined, proposals

_SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def byte_position(document: Document, offset: int) -> dict[str, int]:
    """reviewdog's position of a code-point offset: 1-based line, 1-based UTF-8 byte column.

    >>> byte_position(Document("ab\\nçé x"), 6)
    {'line': 2, 'column': 6}
    """
    line, column = document.position(offset)
    line_start = offset - (column - 1)
    return {"line": line, "column": len(document.text[line_start:offset].encode("utf-8")) + 1}


def _range(document: Document, start: int, end: int) -> dict[str, Any]:
    return {"start": byte_position(document, start), "end": byte_position(document, end)}


def diagnostic(file: FileReport, document: Document, located: LocatedFinding) -> dict[str, Any]:
    finding = located.finding
    message = located.message
    suggestions = []
    for proposal in proposals(finding):
        edit = joined(proposal.edits, document.text)
        suggestions.append({"range": _range(document, edit.start, edit.end), "text": edit.replacement})
    return {
        "message": message,
        "location": {"path": file.path, "range": _range(document, finding.start, finding.end)},
        "severity": _SEVERITIES[finding.severity],
        "code": {"value": finding.rule},
        "suggestions": suggestions,
    }


def render_rdjson(report: Report, color: bool = False) -> str:
    diagnostics = []
    for file in report.files:
        diagnostics.extend(diagnostic(file, file.positions, located) for located in file.findings)
    result = {"source": {"name": "mtaudit"}, "diagnostics": diagnostics}
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
