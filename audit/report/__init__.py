"""Output formats: plain records in, text out. Renderers never print and never decide exit codes.

`RENDERERS` maps a `--format` name to a function `render(report: Report, color: bool) -> str`.
"""

from __future__ import annotations

from collections.abc import Callable

from audit.report.json import render_json
from audit.report.model import FileError, FileReport, LocatedFinding, Report, ToolInfo
from audit.report.text import render_text

Renderer = Callable[[Report, bool], str]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
}

__all__ = ["RENDERERS", "FileError", "FileReport", "LocatedFinding", "Renderer", "Report", "ToolInfo"]
