"""`--format sarif`: a SARIF 2.1.0 log for code-scanning tools (GitHub code scanning, IDE viewers).

One run; the driver lists every rule with its summary and docstring, so a viewer can explain a
finding without our documentation. `columnKind` is `unicodeCodePoints`: our columns count code
points, and saying so keeps an "é" from shifting every later column by one in a UTF-16 viewer. Fixes
travel as `fixes` with one replacement per edit; suggestions `fix` does not apply are fixes too, with
a description saying so and `properties.applied = false`.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from audit.document import Document
from audit.findings import Severity
from audit.report.model import FileReport, LocatedFinding, Report
from audit.report.proposals import proposals

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_descriptors() -> list[dict[str, Any]]:
    """Every rule a result may name: the registry, then the suppression checker's own id."""
    from audit.rules import rule_descriptions

    return [
        {
            "id": rule.id,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.documentation},
            "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        }
        for rule in rule_descriptions()
    ]


def artifact_uri(path: str) -> str:
    """A URI reference for a report path: relative paths stay relative, percent-encoded.

    >>> artifact_uri("./news/été 2024.md")
    'news/%C3%A9t%C3%A9%202024.md'
    """
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return posix.as_uri()
    return quote(posix.as_posix())


def _region(document: Document, start: int, end: int) -> dict[str, int]:
    line, column = document.position(start)
    end_line, end_column = document.position(end)
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _result(
    file: FileReport, document: Document, located: LocatedFinding, rule_index: dict[str, int]
) -> dict[str, Any]:
    finding = located.finding
    uri = artifact_uri(file.path)
    region = _region(document, finding.start, finding.end) | {"snippet": {"text": located.text}}
    message = located.message
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": _LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
    }
    if finding.rule in rule_index:
        result["ruleIndex"] = rule_index[finding.rule]
    fixes = [
        {
            "description": {"text": proposal.description},
            "artifactChanges": [
                {
                    "artifactLocation": {"uri": uri},
                    "replacements": [
                        {
                            "deletedRegion": _region(document, edit.start, edit.end),
                            "insertedContent": {"text": edit.replacement},
                        }
                        for edit in sorted(proposal.edits)
                    ],
                }
            ],
            "properties": {"applied": proposal.applied},
        }
        for proposal in proposals(finding)
    ]
    if fixes:
        result["fixes"] = fixes
    result["properties"] = {"entry": finding.entry, "language": finding.language, "fix": finding.fix_safety}
    return result


def render_sarif(report: Report, color: bool = False) -> str:
    rules = rule_descriptors()
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    driver: dict[str, Any] = {"name": "mtaudit", "rules": rules}
    if report.tool is not None:
        driver["version"] = report.tool.version
        driver["properties"] = {"glossaries": report.tool.glossaries}
    results = []
    for file in report.files:
        results.extend(_result(file, file.positions, located, rule_index) for located in file.findings)
    invocation = {
        "executionSuccessful": not report.errors,
        "toolExecutionNotifications": [
            {
                "level": "error",
                "message": {"text": error.error},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(error.path)}}}],
            }
            for error in report.errors
        ],
    }
    log = {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "invocations": [invocation],
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
