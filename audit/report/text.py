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


def summary_line(report: Report) -> str:
    """The run at a glance: findings and files, findings per 1,000 words by rule, mean post-edit rate.

    The post-edit rate is the mean over files of TER between each file and its fixed text (design §4).
    """
    stats = report.stats
    line = f"{stats.findings} finding{'s' * (stats.findings != 1)} in {stats.files} file{'s' * (stats.files != 1)}"
    if stats.words and stats.findings:
        total = round(stats.findings * 1000 / stats.words, 1)
        kinds = ", ".join(f"{rule} {value:g}" for rule, value in stats.per_thousand_words.items())
        line += f"; {total:g} per 1,000 words ({kinds})"
    if stats.mean_post_edit_rate is not None:
        line += f"; mean post-edit rate {stats.mean_post_edit_rate:.3f}"
    return line + "."


def _show(suggestion: str) -> str:
    """Make a suggestion visible on one line: deletions and line breaks are spelled out."""
    if suggestion == "":
        return "(delete)"
    return suggestion.replace("\r", "\\r").replace("\n", "\\n")
