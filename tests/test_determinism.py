"""Determinism: the same input gives the same findings in two separate processes (langdetect seeded)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TEXT = (
    "The talks ended at the ministry.He said the the report was late , and Rahimi Rahimi agreed.\n\n"
    "Acesta este un paragraf în limba română, lăsat netradus în articol de sistemul de traducere.\n\n"
    "Le gouvernement a annoncé mardi que les négociations reprendraient la semaine prochaine.\n\n"
    "About 5,000 people came and 7.000 left; the minister said “no."
)
SCRIPT = (
    "import json, sys\n"
    "from audit.engine import audit_text\n"
    "result = audit_text(sys.stdin.read())\n"
    "print(json.dumps([result.language] + [[f.rule, f.start, f.end, f.message, list(f.suggestions)] for f in result.findings]))\n"
)


def _run() -> str:
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=TEXT,
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent.parent,
    )
    return completed.stdout


def test_two_processes_give_the_same_findings() -> None:
    first, second = _run(), _run()
    assert first == second
    assert '"untranslated"' in first and '"doubled-word"' in first
