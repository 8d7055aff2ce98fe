"""Review formats: SARIF 2.1.0, GitHub workflow commands, reviewdog rdjson, jsonl, and the diff reviewdog reads."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import pytest

from audit.findings import Edit, Finding, Fix, FixSafety, Severity
from audit.report.github import render_github
from audit.report.model import FileReport, LocatedFinding, Report
from audit.rules import RULES
from tests.conftest import run_cli

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8")
)
# Mojibake after non-ASCII words on the same line: code points, UTF-16 units and UTF-8 bytes all differ.
ARTICLE = "Title line.\n\nÉté à Zürich 𝔸: the cafÃ© reopened.\nPlain line with naÃ¯ve text.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "été news.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _output(article: Path, output_format: str) -> str:
    result = run_cli("check", "--select", "mojibake", "--format", output_format, article.name, cwd=article.parent)
    assert result.returncode == 1, result.stderr
    return result.stdout.decode("utf-8")


def _offset(text: str, line: int, column: int) -> int:
    """Code-point offset of a 1-based line and code-point column."""
    return sum(len(item) for item in text.splitlines(keepends=True)[: line - 1]) + column - 1


def test_sarif_validates_and_carries_rules_positions_and_fixes(article: Path) -> None:
    log = json.loads(_output(article, "sarif"))
    jsonschema.validate(log, SARIF_SCHEMA)
    run = log["runs"][0]
    assert log["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules[: len(RULES)]] == [rule.id for rule in RULES]
    assert all(rule["shortDescription"]["text"] and rule["fullDescription"]["text"] for rule in rules)
    assert [result["message"]["text"] for result in run["results"]]
    fixed = ARTICLE
    edits = []
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"] == "mojibake"
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "%C3%A9t%C3%A9%20news.md"
        region = location["region"]
        start = _offset(ARTICLE, region["startLine"], region["startColumn"])
        end = _offset(ARTICLE, region["endLine"], region["endColumn"])
        assert ARTICLE[start:end] == region["snippet"]["text"]
        (fix,) = result["fixes"]
        for replacement in fix["artifactChanges"][0]["replacements"]:
            deleted = replacement["deletedRegion"]
            edits.append(
                (
                    _offset(ARTICLE, deleted["startLine"], deleted["startColumn"]),
                    _offset(ARTICLE, deleted["endLine"], deleted["endColumn"]),
                    replacement["insertedContent"]["text"],
                )
            )
    assert [ARTICLE[start:end] for start, end, _ in edits] == ["cafÃ©", "naÃ¯ve"]
    for start, end, text in sorted(edits, reverse=True):
        fixed = fixed[:start] + text + fixed[end:]
    assert fixed == ARTICLE.replace("cafÃ©", "café").replace("naÃ¯ve", "naïve")


def test_sarif_reports_unreadable_files_as_failed_execution(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    result = run_cli("check", "--format", "sarif", "bad.txt", cwd=tmp_path)
    log = json.loads(result.stdout)
    jsonschema.validate(log, SARIF_SCHEMA)
    invocation = log["runs"][0]["invocations"][0]
    assert result.returncode == 2 and invocation["executionSuccessful"] is False
    assert (
        invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        == "bad.txt"
    )


def test_rdjson_columns_are_utf8_bytes(article: Path) -> None:
    result = json.loads(_output(article, "rdjson"))
    assert result["source"]["name"] == "mtaudit"
    lines = ARTICLE.encode("utf-8").split(b"\n")
    first = result["diagnostics"][0]
    start, end = first["location"]["range"]["start"], first["location"]["range"]["end"]
    assert start["line"] == end["line"] == 3
    # "Été à Zürich 𝔸: the " is 20 code points but 27 bytes: the byte column is 28.
    assert start["column"] == len("Été à Zürich 𝔸: the ".encode()) + 1 == 28
    assert lines[2][start["column"] - 1 : end["column"] - 1].decode() == "cafÃ©"
    assert first["severity"] == "WARNING" and first["code"]["value"] == "mojibake"
    assert first["suggestions"] == [{"range": first["location"]["range"], "text": "café"}]


def test_rdjson_sends_a_multi_edit_fix_as_one_suggestion() -> None:
    from audit.document import Document
    from audit.report.rdjson import diagnostic

    text = 'Il a dit "oui" hier.'
    fix = Fix((Edit(9, 10, "« "), Edit(13, 14, " »")), FixSafety.SAFE)
    finding = Finding("unbalanced-quote", 9, 14, "straight quotes", Severity.INFO, ("« oui »",), fix)
    file = FileReport("a.txt", "fr", text, (LocatedFinding(finding, text[9:14], 1, 10, 1, 15),))
    record = diagnostic(file, Document(text), file.findings[0])
    assert record["severity"] == "INFO"
    assert record["suggestions"] == [
        {"range": {"start": {"line": 1, "column": 10}, "end": {"line": 1, "column": 15}}, "text": "« oui »"}
    ]


def test_github_annotation_escapes_article_text() -> None:
    text = "x"
    finding = Finding(
        "glossary", 0, 1, "50% of ::error::owned\r\nline, two", Severity.WARNING, ("a,b::c\n%",), entry="en/x/y"
    )
    file = FileReport("dir,a/b:c%.md", "en", text, (LocatedFinding(finding, "x", 3, 4, 3, 5),))
    output = render_github(Report((file,), ()), False)
    assert output == (
        "::warning file=dir%2Ca/b%3Ac%25.md,line=3,col=4,endLine=3,endColumn=5,title=mtaudit glossary"
        "::50%25 of ::error::owned%0D%0Aline, two [en/x/y] → a,b::c%0A%25\n"
    )
    # One command, on one line; the properties hold no separator that article text put there.
    assert output.count("\n") == 1
    properties = output[len("::warning ") : output.index("::", 2)]
    assert all(re.fullmatch(r"[A-Za-z]+=[^,:]*", item) for item in properties.split(","))


def test_github_multi_line_annotation_has_no_columns() -> None:
    finding = Finding("repeated-sentence", 0, 9, "repeated", Severity.INFO)
    file = FileReport("a.md", "en", "abcd\nefgh", (LocatedFinding(finding, "abcd\nefgh", 1, 1, 2, 5),))
    assert (
        render_github(Report((file,), ()), False)
        == "::notice file=a.md,line=1,endLine=2,title=mtaudit repeated-sentence::repeated\n"
    )


def test_github_format_from_the_cli(article: Path) -> None:
    lines = _output(article, "github").splitlines()
    assert lines[0].startswith(
        "::warning file=été news.md,line=3,col=21,endLine=3,endColumn=26,title=mtaudit mojibake::"
    )


def test_jsonl_is_the_json_finding_with_its_path(article: Path) -> None:
    records = [json.loads(line) for line in _output(article, "jsonl").splitlines()]
    report = json.loads(_output(article, "json"))
    assert records == [{"path": "été news.md", **finding} for finding in report["files"][0]["findings"]]


def _reviewdog_diff(patch: str, strip: int) -> list[tuple[str, int, list[str]]]:
    """Parse a unified diff the way reviewdog's diff parser does: path from `+++`, hunks by their counts.

    Returns (path, first old line of a change, new lines) for every run of changed lines.
    """
    lines = patch.split("\n")
    changes = []
    index = 0
    while index < len(lines):
        if not lines[index].startswith("--- "):
            assert lines[index] == "", f"unexpected line outside a file diff: {lines[index]!r}"
            index += 1
            continue
        assert lines[index + 1].startswith("+++ ")
        name = lines[index + 1][4:].rsplit("\t", 1)[0]
        path = "/".join(name.split("/")[strip:])
        index += 2
        while index < len(lines) and lines[index].startswith("@@ "):
            match = re.fullmatch(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@.*", lines[index])
            assert match, lines[index]
            old, old_count = int(match[1]), int(match[2] or 1)
            new_count = int(match[4] or 1)
            index += 1
            seen_old = seen_new = 0
            line_number, run_start, added = old - 1, None, []
            while (
                seen_old < old_count or seen_new < new_count or (index < len(lines) and lines[index].startswith("\\"))
            ):
                line = lines[index]
                index += 1
                if line.startswith("\\"):
                    continue
                kind, content = line[:1], line[1:]
                if kind == " ":
                    seen_old += 1
                    seen_new += 1
                    line_number += 1
                    if run_start is not None:
                        changes.append((path, run_start, added))
                        run_start, added = None, []
                elif kind == "-":
                    seen_old += 1
                    line_number += 1
                    run_start = line_number if run_start is None else run_start
                elif kind == "+":
                    seen_new += 1
                    added.append(content)
                    run_start = line_number + 1 if run_start is None else run_start
                else:
                    raise AssertionError(f"bad hunk line {line!r}")
            if run_start is not None:
                changes.append((path, run_start, added))
    return changes


def test_diff_is_read_by_reviewdog_with_one_component_stripped(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.md").write_text(
        "Fine line.\n" * 5 + "The cafÃ© reopened.\n" + "Fine line.\n" * 5 + "Last naÃ¯ve line", encoding="utf-8"
    )
    result = run_cli("diff", "--select", "mojibake", "articles", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    changes = _reviewdog_diff(result.stdout.decode(), strip=1)
    assert changes == [("articles/a.md", 6, ["The café reopened."]), ("articles/a.md", 12, ["Last naïve line"])]


def test_astral_characters_crlf_and_a_hostile_path_in_every_position_format(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    folder = tmp_path / "a,b:c%d"
    folder.mkdir()
    text = "Intro 😀.\r\n😀😀 x cafÃ© y\r\n"
    (folder / "n,1:%0A.md").write_bytes(text.encode("utf-8"))
    arguments = ("check", "--select", "mojibake", "a,b:c%d")

    def output(output_format: str) -> str:
        result = run_cli(*arguments, "--format", output_format, cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        return result.stdout.decode("utf-8")

    # Line 2 starts after the CRLF; "😀😀 x " is 5 code points (SARIF, github) but 11 UTF-8 bytes (rdjson).
    log = json.loads(output("sarif"))
    jsonschema.validate(log, SARIF_SCHEMA)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "a%2Cb%3Ac%25d/n%2C1%3A%250A.md"
    assert location["region"] | {"snippet": None} == {
        "startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 11, "snippet": None,
    }  # fmt: skip
    diagnostic = json.loads(output("rdjson"))["diagnostics"][0]
    assert diagnostic["location"]["path"] == "a,b:c%d/n,1:%0A.md"
    assert diagnostic["location"]["range"] == {"start": {"line": 2, "column": 12}, "end": {"line": 2, "column": 19}}
    assert output("github").startswith(
        "::warning file=a%2Cb%3Ac%25d/n%2C1%3A%250A.md,line=2,col=6,endLine=2,endColumn=11,title=mtaudit mojibake::"
    )


@pytest.mark.parametrize("output_format", ["text", "json", "jsonl", "sarif", "github", "rdjson"])
def test_standard_input_in_every_format(tmp_path: Path, output_format: str) -> None:
    result = run_cli(
        "check", "--select", "mojibake", "--format", output_format, "-",
        cwd=tmp_path, stdin="x 😀 cafÃ©\r\n".encode(),
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    output = result.stdout.decode("utf-8")
    if output_format in ("text", "github"):
        assert "<stdin>" in output and ("1:5:" in output or "line=1,col=5," in output)
        return
    if output_format == "jsonl":
        records = [json.loads(line) for line in output.splitlines()]
        assert [(record["path"], record["column"]) for record in records] == [("<stdin>", 5)]
        return
    document = json.loads(output)
    if output_format == "json":
        assert document["files"][0]["path"] == "<stdin>"
    elif output_format == "sarif":
        jsonschema.validate(document, SARIF_SCHEMA)
        assert document["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 5
    else:
        assert document["diagnostics"][0]["location"]["range"]["start"] == {"line": 1, "column": 8}
