"""Output formats: plain records in, text out. Renderers never print and never decide exit codes.

`RENDERERS` maps a `--format` name to a function `render(report: Report, color: bool) -> str`.
"""

from __future__ import annotations

from collections.abc import Callable

from audit.report.github import render_github
from audit.report.json import render_json
from audit.report.jsonl import render_jsonl
from audit.report.model import FileError, FileReport, LocatedFinding, Report, ToolInfo
from audit.report.rdjson import render_rdjson
from audit.report.sarif import render_sarif
from audit.report.text import render_text

Renderer = Callable[[Report, bool], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "sarif": render_sarif,
    "github": render_github,
    "rdjson": render_rdjson,
}

__all__ = ["RENDERERS", "FileError", "FileReport", "LocatedFinding", "Renderer", "Report", "ToolInfo"]
