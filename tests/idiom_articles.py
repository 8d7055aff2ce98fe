"""What the idiom sweeps' tests share: a short article around a paragraph, the literal-idiom findings
of one through the core or through the command line, and the source wording a finding must name."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from audit.cli import main
from audit.config import Config
from audit.engine import audit_text
from audit.findings import Finding
from audit.idioms import files, read

ONLY_IDIOMS = frozenset({"literal-idiom"})


def written(source: str, idiom: str) -> str:
    """The idiom's wording in its source language (the finding's message names it)."""
    [path] = [path for path in files() if path.parent.name == source]
    return next(item["written"] for item in read(path)["idiom"] if item["id"] == idiom)


def article(paragraph: str) -> str:
    """A short article holding `paragraph` between two plain ones."""
    return f"Regional news\n\nThe council met on Monday.\n\n{paragraph}\n\nThe next meeting is in May.\n"


def core_findings(paragraph: str, code: str) -> tuple[str, list[Finding]]:
    """The article around `paragraph` and its literal-idiom findings, by the core."""
    text = article(paragraph)
    return text, list(audit_text(text, Config(lang=code, select=ONLY_IDIOMS)).findings)


def cli_findings(tmp_path: Path, code: str, paragraph: str) -> list[dict[str, object]]:
    """The literal-idiom findings of a short article in language `code`, read from a real file."""
    path = tmp_path / f"{code}.md"
    path.write_text(f"# News\n\n{paragraph}\n\nThe report was published on Monday.\n", encoding="utf-8")
    args = ["check", "--format", "jsonl", "--select", "literal-idiom", "--lang", code, "--no-config", str(path)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    return [json.loads(line) for line in result.output.splitlines() if line.strip()]


def assert_found_once_in_each(tmp_path: Path, wording: str, bad: dict[str, str]) -> None:
    """Each article language's paragraph gives one finding, naming `wording`."""
    assert len(bad) >= 2
    for code, paragraph in bad.items():
        findings = cli_findings(tmp_path, code, paragraph)
        assert [wording in str(finding["message"]) for finding in findings] == [True], (code, findings)


def assert_silent(tmp_path: Path, good: dict[str, str]) -> None:
    for code, paragraph in good.items():
        assert cli_findings(tmp_path, code, paragraph) == [], code


def assert_found_inside(source: str, code: str, paragraph: str, idiom: str, *, once: bool) -> None:
    """The idiom is named by a finding (the only one, when `once`) lying inside its paragraph."""
    text, findings = core_findings(paragraph, code)
    messages = [finding.message for finding in findings if finding.rule == "literal-idiom"]
    if once:
        assert len(messages) == 1, messages
    assert any(written(source, idiom) in message for message in messages), messages
    start = text.index(paragraph)
    assert all(start <= finding.start < finding.end <= start + len(paragraph) for finding in findings)
