"""`--format json`: the findings contract of design §4, version 1."""

from __future__ import annotations

import json
from typing import Any

from audit.report.model import FileReport, LocatedFinding, Report


def finding_record(located: LocatedFinding) -> dict[str, Any]:
    """The JSON object of one finding (shared with the jsonl format)."""
    finding = located.finding
    return {
        "rule": finding.rule,
        "entry": finding.entry,
        "severity": str(finding.severity),
        "message": finding.message,
        "text": located.text,
        "start": finding.start,
        "end": finding.end,
        "line": located.line,
        "column": located.column,
        "end_line": located.end_line,
        "end_column": located.end_column,
        "suggestions": list(finding.suggestions),
        "fix": str(finding.fix.safety) if finding.fix else None,
        "language": finding.language,
    }


def file_record(file: FileReport) -> dict[str, Any]:
    return {
        "path": file.path,
        "language": file.language,
        "findings": [finding_record(located) for located in file.findings],
        "stats": {
            "characters": len(file.text),
            "findings": len(file.findings),
            "post_edit_rate": file.post_edit_rate,
            "words": file.words,
            "findings_per_1000_words": file.per_thousand_words,
        },
    }


def render_json(report: Report, color: bool = False) -> str:
    document: dict[str, Any] = {"version": 1}
    if report.tool is not None:
        document["tool"] = {
            "name": report.tool.name,
            "version": report.tool.version,
            "glossaries": report.tool.glossaries,
        }
    document["files"] = [file_record(file) for file in report.files]
    document["errors"] = [{"path": error.path, "error": error.error} for error in report.errors]
    stats = report.stats
    document["stats"] = {
        "files": stats.files,
        "words": stats.words,
        "findings": stats.findings,
        "findings_per_1000_words": stats.per_thousand_words,
        "post_edit_rate": stats.mean_post_edit_rate,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
