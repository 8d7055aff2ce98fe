"""Output formats: plain records in, text out. Renderers never print and never decide exit codes.

`renderer(name)` gives the function `render(report: Report, color: bool) -> str` of a `--format` name.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from audit.report.model import FileError, FileReport, LocatedFinding, Report, ToolInfo

Renderer = Callable[[Report, bool], str]

# Each format's module is imported only when that format is asked for: a one-file `check` renders text
# and need not load SARIF's or rdjson's code (issue 9).
_RENDERER_MODULES: dict[str, tuple[str, str]] = {
    "text": ("audit.report.text", "render_text"),
    "json": ("audit.report.json", "render_json"),
    "jsonl": ("audit.report.jsonl", "render_jsonl"),
    "sarif": ("audit.report.sarif", "render_sarif"),
    "github": ("audit.report.github", "render_github"),
    "rdjson": ("audit.report.rdjson", "render_rdjson"),
}


def renderer(name: str) -> Renderer:
    """The render function of the `--format` called `name`."""
    module, function = _RENDERER_MODULES[name]
    rendered: Renderer = getattr(importlib.import_module(module), function)
    return rendered


__all__ = ["FileError", "FileReport", "LocatedFinding", "Renderer", "Report", "ToolInfo", "renderer"]
