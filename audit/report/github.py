"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`. Article text reaches both
the message and, through the path, the properties; GitHub parses `::` commands from every line of a
step's output, so everything is escaped by its rules (`%`, CR and LF everywhere; `:` and `,` too in
property values): a sentence can never end an annotation early or start a command of its own.
Columns are code points; GitHub only honours columns on a one-line annotation, so multi-line ones
give lines alone. A span that ends with a line break (a deleted line) ends on that line, not at
column 1 of the next one, which GitHub would count as covering the next paragraph (issue 11).
"""

from __future__ import annotations

from audit.findings import Severity
from audit.report.model import FileReport, LocatedFinding, Report

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    """Escape the message part of a workflow command.

    >>> escape_data("50% off\\n::stop-commands::x")
    '50%25 off%0A::stop-commands::x'
    """
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value (file, title): data escaping plus `:` and `,`.

    >>> escape_property("a,b::c")
    'a%2Cb%3A%3Ac'
    """
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(file: FileReport, located: LocatedFinding) -> str:
    finding = located.finding
    whole_lines = located.end_column == 1 and located.end_line > located.line
    end_line = located.end_line - 1 if whole_lines else located.end_line
    one_line = located.line == located.end_line
    properties = [("file", file.path), ("line", str(located.line))]
    if one_line:
        properties.append(("col", str(located.column)))
    properties.append(("endLine", str(end_line)))
    if one_line:
        properties.append(("endColumn", str(located.end_column)))
    properties.append(("title", f"mtaudit {finding.rule}"))
    message = located.message
    if finding.suggestions:
        message += f" → {finding.suggestions[0] or '(delete)'}"
    fields = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{_LEVELS[finding.severity]} {fields}::{escape_data(message)}"


def render_github(report: Report, color: bool = False) -> str:
    lines = [annotation(file, located) for file in report.files for located in file.findings]
    lines.extend(
        f"::error file={escape_property(error.path)},title=mtaudit::{escape_data(error.error)}"
        for error in report.errors
    )
    return "".join(line + "\n" for line in lines)
