"""The command line contract (design §3): exit codes, options, output lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from audit.rules import RULES
from tests.conftest import run_cli

DIRTY = "The caf\u00c3\u00a9 opened.\u200b\n"
CLEAN = "The café opened.\n"
TEXT_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>info|warning|error) (?P<rule>[a-z-]+) .+$"
)


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "dirty.md").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_check_exit_codes(articles: Path) -> None:
    assert run_cli("check", "clean.md", cwd=articles).returncode == 0
    assert run_cli("check", "dirty.md", cwd=articles).returncode == 1
    assert run_cli("check", "--fail-level", "error", "dirty.md", cwd=articles).returncode == 0
    assert run_cli("check", "--bogus", "dirty.md", cwd=articles).returncode == 2


def test_text_output_lines_follow_the_contract(articles: Path) -> None:
    result = run_cli("check", "dirty.md", cwd=articles)
    lines = result.stdout.decode().splitlines()
    assert lines == [
        "dirty.md:1:5: warning mojibake UTF-8 text read as Windows-1252 → café",
        "dirty.md:1:18: warning invisible-char invisible character: zero-width space (U+200B) → (delete)",
    ]
    assert all(TEXT_LINE.match(line) for line in lines)
    assert result.stderr.decode().startswith("2 findings in 1 file; ")


def test_quiet_prints_only_findings(articles: Path) -> None:
    result = run_cli("check", "--quiet", "dirty.md", cwd=articles)
    assert result.stderr == b"" and len(result.stdout.splitlines()) == 2


def test_select_and_ignore(articles: Path) -> None:
    selected = run_cli("check", "--select", "invisible-char", "dirty.md", cwd=articles).stdout.decode()
    assert "invisible-char" in selected and "mojibake" not in selected
    ignored = run_cli("check", "--ignore", "invisible-char,mojibake", "dirty.md", cwd=articles)
    assert ignored.returncode == 0 and ignored.stdout == b""


def test_color_flags_and_no_color(articles: Path) -> None:
    colored = run_cli("check", "--color", "dirty.md", cwd=articles).stdout
    assert b"\x1b[" in colored
    assert b"\x1b[" not in run_cli("check", "--no-color", "dirty.md", cwd=articles).stdout
    assert b"\x1b[" not in run_cli("check", "dirty.md", cwd=articles, env={"NO_COLOR": "1"}).stdout


def test_lang_forces_the_document_language(articles: Path) -> None:
    import json

    report = json.loads(run_cli("check", "--format", "json", "--lang", "de", "dirty.md", cwd=articles).stdout)
    assert report["files"][0]["language"] == "de"
    assert {finding["language"] for finding in report["files"][0]["findings"]} == {"de"}


def test_fix_exit_codes_and_message(articles: Path) -> None:
    first = run_cli("fix", "dirty.md", "clean.md", cwd=articles)
    assert first.returncode == 1
    assert first.stderr.decode() == "fixed dirty.md (2 findings before fixing)\n"
    assert (articles / "dirty.md").read_text(encoding="utf-8") == "The café opened.\n"
    assert run_cli("fix", "dirty.md", "clean.md", cwd=articles).returncode == 0


def test_jobs_give_the_same_output_as_one_process(tmp_path: Path) -> None:
    for number in range(6):
        (tmp_path / f"a{number}.md").write_text(DIRTY * (number + 1), encoding="utf-8")
    single = run_cli("check", ".", cwd=tmp_path)
    parallel = run_cli("check", "--jobs", "3", ".", cwd=tmp_path)
    assert single.returncode == parallel.returncode == 1
    assert single.stdout == parallel.stdout


def test_rules_lists_every_rule_id() -> None:
    output = run_cli("rules").stdout.decode()
    listed = [line.split()[0] for line in output.splitlines()]
    assert listed == [rule.id for rule in RULES] + ["unused-suppression"]


def test_version_and_help() -> None:
    assert re.fullmatch(rb"mtaudit \S+\n", run_cli("--version").stdout)
    help_text = run_cli("check", "--help").stdout.decode()
    for option in [
        "--format",
        "--lang",
        "--glossary",
        "--select",
        "--ignore",
        "--fail-level",
        "--config",
        "--no-config",
        "--jobs",
        "--quiet",
        "--color",
    ]:
        assert option in help_text


def test_help_does_not_import_heavy_libraries() -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    probe = "import sys; from audit.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\nprint(sorted(m for m in ('langdetect', 'sacrebleu', 'ftfy', 'regex') if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert output.strip().endswith("[]")
