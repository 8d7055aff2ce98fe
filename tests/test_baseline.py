"""Baselines: findings recorded by content stay hidden when lines move; fixed ones and new ones show."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_a_broken_baseline_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "baseline.json").write_text('{"version": 99}', encoding="utf-8")
    result = _check(tmp_path, "--baseline", "baseline.json")
    assert result.returncode == 2
    assert "baseline.json: not a version 1 mtaudit baseline" in result.stderr.decode()


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
