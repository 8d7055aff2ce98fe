"""Human output, one finding a line: `path:line:col: severity rule-id message [→ suggestion]`."""

from __future__ import annotations

from audit.findings import Severity
from audit.report.model import Report

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def render_text(report: Report, color: bool = False) -> str:
    lines = []
    for file in report.files:
        for located in file.findings:
            finding = located.finding
            severity = str(finding.severity)
            rule = finding.rule
            if color:
                severity = f"{_COLORS[finding.severity]}{severity}{_RESET}"
                rule = f"{_BOLD}{rule}{_RESET}"
            line = f"{file.path}:{located.line}:{located.column}: {severity} {rule} {located.message}"
            if finding.suggestions:
                line += f" → {_show(finding.suggestions[0])}"
            lines.append(line)
    return "".join(line + "\n" for line in lines)


def _show(suggestion: str) -> str:
    """Make a suggestion visible on one line: deletions and line breaks are spelled out."""
    if suggestion == "":
        return "(delete)"
    return suggestion.replace("\r", "\\r").replace("\n", "\\n")
