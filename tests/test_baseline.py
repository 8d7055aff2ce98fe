"""Baselines: findings recorded by content stay hidden when lines move; fixed ones and new ones show."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from audit.baseline import Baseline, fingerprint, read_baseline
from audit.findings import Finding
from tests.conftest import run_cli

ARTICLE = "Intro line.\n\nThe cafÃ© reopened on Monday.\nA naÃ¯ve plan was announced.\n"


def _check(folder: Path, *args: str):
    return run_cli("check", "--select", "mojibake", "--format", "json", *args, "news", cwd=folder)


def _texts(result) -> list[str]:
    report = json.loads(result.stdout)
    return [finding["text"] for file in report["files"] for finding in file["findings"]]


def _setup(tmp_path: Path, text: str = ARTICLE) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(text, encoding="utf-8")
    written = _check(tmp_path, "--write-baseline", "baseline.json")
    assert written.returncode == 0, written.stderr
    assert _texts(written) == []
    return tmp_path / "baseline.json"


def test_baseline_survives_lines_inserted_above(tmp_path: Path) -> None:
    baseline = _setup(tmp_path)
    stored = json.loads(baseline.read_text(encoding="utf-8"))
    assert stored["version"] == 1 and len(stored["findings"]) == 2
    assert all("line" not in entry for entry in stored["findings"])
    article = tmp_path / "news" / "a.md"
    article.write_text("New first paragraph.\n\nAnother one.\n\n" + ARTICLE, encoding="utf-8")
    result = _check(tmp_path, "--baseline", "baseline.json")
    assert result.returncode == 0 and _texts(result) == []


def test_fixed_artifact_drops_out_and_new_one_is_reported(tmp_path: Path) -> None:
    _setup(tmp_path)
    article = tmp_path / "news" / "a.md"
    article.write_text(ARTICLE.replace("cafÃ©", "café") + "Ã‰lysÃ©e officials spoke.\n", encoding="utf-8")
    result = _check(tmp_path, "--baseline", "baseline.json", "--warn-unused-suppressions")
    assert result.returncode == 1
    assert _texts(result) == ["Ã‰lysÃ©e"]
    assert "unused entry news/a.md: mojibake 'cafÃ©'" in result.stderr.decode()


def test_same_text_in_a_new_sentence_is_new(tmp_path: Path) -> None:
    _setup(tmp_path)
    article = tmp_path / "news" / "a.md"
    article.write_text(ARTICLE + "Later the cafÃ© closed again.\n", encoding="utf-8")
    assert _texts(_check(tmp_path, "--baseline", "baseline.json")) == ["cafÃ©"]


def test_identical_findings_count(tmp_path: Path) -> None:
    line = "The cafÃ© reopened on Monday.\n"
    _setup(tmp_path, line + "\n" + line)
    (tmp_path / "news" / "a.md").write_text(line + "\n" + line + "\n" + line, encoding="utf-8")
    assert _texts(_check(tmp_path, "--baseline", "baseline.json")) == ["cafÃ©"]


def test_paths_are_relative_to_the_baseline_file(tmp_path: Path) -> None:
    _setup(tmp_path)
    result = run_cli("check", "--select", "mojibake", "--baseline", "../baseline.json", "a.md", cwd=tmp_path / "news")
    assert result.returncode == 0, result.stdout


def test_unused_entries_of_files_not_audited_are_not_reported(tmp_path: Path) -> None:
    _setup(tmp_path)
    (tmp_path / "news" / "b.md").write_text("Clean.\n", encoding="utf-8")
    result = run_cli("check", "--baseline", "baseline.json", "--warn-unused-suppressions", "news/b.md", cwd=tmp_path)
    assert result.returncode == 0 and "unused entry" not in result.stderr.decode()


@pytest.mark.parametrize(
    ("content", "cause"),
    [
        (None, "cannot read baseline: No such file or directory"),
        (b'{"version": 99}', "not a version 1 mtaudit baseline"),
        (b"[1, 2]", "not a version 1 mtaudit baseline"),
        (b"{", "not a baseline (invalid JSON"),
        (b"\xff\xfe{}", "not a baseline (not UTF-8 at byte 0)"),
        (b'{"version": 1, "findings": 5}', "'findings' is not a list"),
        (b'{"version": 1, "findings": [{"path": 1}]}', "finding #1 is not a baseline entry"),
        (
            b'{"version": 1, "findings": [{"path": "a", "rule": ["x"], "entry": null, "text": "", "before": "",'
            b' "after": ""}]}',
            "finding #1 is not a baseline entry",
        ),
    ],
)
def test_a_missing_or_broken_baseline_is_one_clear_line(tmp_path: Path, content: bytes | None, cause: str) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(ARTICLE, encoding="utf-8")
    if content is not None:
        (tmp_path / "baseline.json").write_bytes(content)
    result = _check(tmp_path, "--baseline", "baseline.json", "--warn-unused-suppressions")
    assert result.returncode == 2
    assert result.stdout == b""
    [line] = result.stderr.decode().splitlines()
    assert line.startswith("mtaudit: baseline.json: ") and cause in line


def test_baseline_written_in_one_folder_works_from_another(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "news").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "news" / "a.md").write_text(ARTICLE, encoding="utf-8")
    written = run_cli(
        "check", "--select", "mojibake", "--write-baseline", "../baseline.json", "../news", cwd=tmp_path / "elsewhere"
    )
    assert written.returncode == 0, written.stderr
    stored = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert {entry["path"] for entry in stored["findings"]} == {"news/a.md"}
    for folder, arguments in ((tmp_path, ("news",)), (tmp_path / "news", (str(tmp_path / "news" / "a.md"),))):
        baseline = os.path.relpath(tmp_path / "baseline.json", folder)
        result = run_cli("check", "--select", "mojibake", "--baseline", baseline, *arguments, cwd=folder)
        assert result.returncode == 0, (folder, result.stdout)


def test_a_moved_file_brings_its_findings_back_and_leaves_its_entries_unused(tmp_path: Path) -> None:
    # Entries name their file: after a move the baseline must be written again (docs/pre-commit.md).
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    _setup(tmp_path)
    (tmp_path / "archive").mkdir()
    (tmp_path / "news" / "a.md").rename(tmp_path / "archive" / "a.md")
    result = run_cli(
        "check", "--select", "mojibake", "--format", "jsonl", "--baseline", "baseline.json",
        "--warn-unused-suppressions", "archive", "news", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 1
    assert [json.loads(line)["path"] for line in result.stdout.splitlines()] == ["archive/a.md"] * 2
    assert "unused entry" not in result.stderr.decode()  # news/ holds no audited file any more


def test_fingerprint_uses_words_of_the_same_line_only() -> None:
    text = "first line words\nso the cafÃ© is open today and more\n"
    start = text.index("cafÃ©")
    entry = fingerprint("a.md", text, Finding("mojibake", start, start + 5, "m"))
    assert (entry.before, entry.text, entry.after) == ("so the", "cafÃ©", "is open today")


def test_baseline_is_a_multiset(tmp_path: Path) -> None:
    text = "x cafÃ© y\n"
    finding = Finding("mojibake", 2, 7, "m")
    baseline = Baseline(read_baseline(_write(tmp_path, [fingerprint("a.md", text, finding)] * 2)))
    assert baseline.hide("a.md", text, [finding, finding, finding]) == (finding,)
    assert baseline.unused(["a.md"]) == []


def _write(tmp_path: Path, entries) -> Path:
    from audit.baseline import write_baseline

    path = tmp_path / "b.json"
    write_baseline(path, entries)
    return path
