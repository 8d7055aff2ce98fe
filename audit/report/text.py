"""Human output, one finding a line: `path:line:col: severity rule-id message [→ suggestion (safety)]`.

The suggestion says what `fix` will do with it (issue 11, after ruff's fixable marks): `(safe fix)` is
applied by `mtaudit fix`, `(unsafe fix)` only with `--unsafe-fixes`, `(suggestion)` never (report only).
Messages come from rules and user glossaries (a glossary `note` may hold a line break), so line breaks
are spelled out: one finding stays one line.
"""

from __future__ import annotations

from audit.findings import FixSafety, Severity
from audit.report.model import LocatedFinding, Report, RunStats

_COLORS = {Severity.ERROR: "\x1b[31m", Severity.WARNING: "\x1b[33m", Severity.INFO: "\x1b[36m"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"
_SAFETY = {FixSafety.SAFE: "safe fix", FixSafety.UNSAFE: "unsafe fix", None: "suggestion"}


def render_text(report: Report, color: bool = False) -> str:
    return "".join(text_line(file.path, located, color) for file in report.files for located in file.findings)


def text_line(path: str, located: LocatedFinding, color: bool = False) -> str:
    """One finding's line, line break included."""
    finding = located.finding
    severity = str(finding.severity)
    rule = finding.rule
    if color:
        severity = f"{_COLORS[finding.severity]}{severity}{_RESET}"
        rule = f"{_BOLD}{rule}{_RESET}"
    line = f"{path}:{located.line}:{located.column}: {severity} {rule} {_one_line(located.message)}"
    if finding.suggestions:
        line += f" → {_show(finding.suggestions[0])} ({_SAFETY[finding.fix_safety]})"
    return line + "\n"


def quality_line(stats: RunStats) -> str:
    """The run at a glance, under the findings summary: words and files, findings per 1,000 words by
    rule, and the mean post-edit rate (TER between each file and its fixed text, design §4)."""
    line = f"{stats.words:,} words in {stats.files} file{'s' * (stats.files != 1)}: "
    if stats.words and stats.findings:
        total = round(stats.findings * 1000 / stats.words, 1)
        kinds = ", ".join(f"{rule} {value:g}" for rule, value in stats.per_thousand_words.items())
        line += f"{total:g} findings per 1,000 words ({kinds})"
    else:
        line += "no findings"
    if stats.mean_post_edit_rate is not None:
        line += f"; mean post-edit rate {stats.mean_post_edit_rate:.3f}"
    return line + "."


def _show(suggestion: str) -> str:
    """Make a suggestion visible on one line: deletions and line breaks are spelled out.

    >>> _show(""), _show("a\\nb")
    ('(delete)', 'a\\\\nb')
    """
    if suggestion == "":
        return "(delete)"
    return _one_line(suggestion)


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")
