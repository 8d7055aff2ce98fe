"""`--format jsonl`: one finding a line, the design §4 finding record with its `path` added.

Line-oriented so that large runs stream into `jq`, databases and data tools without loading a
document; file errors stay on stderr, where the CLI already reports them.
"""

from __future__ import annotations

import json

from audit.report.json import finding_record
from audit.report.model import Report


def render_jsonl(report: Report, color: bool = False) -> str:
    lines = [
        json.dumps({"path": file.path, **finding_record(located)}, ensure_ascii=False)
        for file in report.files
        for located in file.findings
    ]
    return "".join(line + "\n" for line in lines)
