"""The command line (design §3, issue 11).

A few real subprocesses check the contract users and hooks rely on (exit codes, stdout/stderr lines,
`--help` staying light); option plumbing runs in-process through click's `CliRunner`, which is faster
and reaches the same code.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import audit
import audit.engine
from audit.cli import main
from audit.report import FileReport, Report
from audit.report.text import render_text
from audit.rules import RULES
from tests.conftest import run_cli

DIRTY = "The caf\u00c3\u00a9 opened.\u200b\n"
CLEAN = "The café opened.\n"
# One safe fix (France Press), one unsafe (5.000 against 5,000), one report-only finding (the bracket).
MIXED = "The minister told France Press the fund holds 5.000 dollars, not 5,000 dollars (as planned.\n"
TEXT_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<severity>info|warning|error) (?P<rule>[a-z-]+) .+$"
)


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "dirty.md").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "clean.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "mixed.md").write_text(MIXED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return tmp_path


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


# Real subprocesses: the contract as a shell, a hook or CI sees it.


def test_check_exit_codes(articles: Path) -> None:
    assert run_cli("check", "clean.md", cwd=articles).returncode == 0
    assert run_cli("check", "dirty.md", cwd=articles).returncode == 1
    assert run_cli("check", "--fail-level", "error", "dirty.md", cwd=articles).returncode == 0
    assert run_cli("check", "--bogus", "dirty.md", cwd=articles).returncode == 2


def test_text_output_lines_follow_the_contract(articles: Path) -> None:
    result = run_cli("check", "dirty.md", cwd=articles)
    lines = result.stdout.decode().splitlines()
    assert lines == [
        "dirty.md:1:5: warning mojibake UTF-8 text read as Windows-1252 → café (safe fix)",
        "dirty.md:1:18: warning invisible-char invisible character: zero-width space (U+200B) → (delete) (safe fix)",
    ]
    assert all(TEXT_LINE.match(line) for line in lines)
    summary, quality = result.stderr.decode().splitlines()
    assert summary == "2 findings in 1 file: 2 fixable with `mtaudit fix`."
    assert quality.startswith("3 words in 1 file: ")


def test_fix_exit_codes_and_message(articles: Path) -> None:
    first = run_cli("fix", "dirty.md", "clean.md", cwd=articles)
    assert first.returncode == 1
    assert first.stderr.decode() == "fixed dirty.md (2 findings before fixing)\n"
    assert (articles / "dirty.md").read_text(encoding="utf-8") == "The café opened.\n"
    assert run_cli("fix", "dirty.md", "clean.md", cwd=articles).returncode == 0


def test_fix_reports_what_remains_and_fails_until_nothing_does(articles: Path) -> None:
    first = run_cli("fix", "mixed.md", cwd=articles)
    assert first.returncode == 1
    lines = first.stderr.decode().splitlines()
    assert lines[0] == "fixed mixed.md (3 findings before fixing)"
    # Positions are those of the fixed text, which is what the file now holds.
    assert [TEXT_LINE.match(line)["rule"] for line in lines[1:3]] == ["number-style", "unbalanced-quote"]
    assert lines[1].startswith("mixed.md:1:55: ") and lines[1].endswith("→ 5,000 (unsafe fix)")
    assert lines[3] == "2 findings left in 1 file: 1 with `mtaudit fix --unsafe-fixes`."
    # Nothing changes the second time, but a finding is left: still exit 1 (the fix hook must not pass).
    second = run_cli("fix", "mixed.md", cwd=articles)
    assert second.returncode == 1 and "fixed" not in second.stderr.decode()
    assert run_cli("fix", "--fail-level", "error", "mixed.md", cwd=articles).returncode == 0


@pytest.mark.parametrize("separator", ["\n\n", " ", "\r\n\r\n"])
def test_fix_of_a_long_text_reports_what_is_left_where_the_whole_fixed_text_has_it(
    articles: Path, monkeypatch: pytest.MonkeyPatch, separator: str
) -> None:
    # Issue 10: a long text is fixed, written and reported section by section (paragraphs, or
    # sentences of one long line); the lines and columns are those of the whole fixed text.
    monkeypatch.setattr(audit.engine, "LONG_TEXT_CHARS", 150)
    text = separator.join([MIXED.strip()] * 8) + "\n"
    (articles / "long.md").write_bytes(text.encode())
    audited = audit.audit_text(text, audit.Config(), audit.Markup.MARKDOWN)
    expected = audited.fixed
    assert len(expected.sections) > 3
    result = invoke("fix", "--no-color", "long.md")
    assert result.exit_code == 1
    assert (articles / "long.md").read_bytes() == expected.text.encode()
    lines = result.stderr.splitlines(keepends=True)
    assert lines[0] == f"fixed long.md ({len(audited.findings)} findings before fixing)\n"
    assert "".join(lines[1:-1]) == render_text(Report((FileReport.from_result("long.md", expected),), ()))
    assert len(lines) == 2 + len(expected.findings) > 10


def test_fix_stdin_writes_only_the_text_to_stdout_and_what_remains_to_stderr() -> None:
    result = run_cli("fix", "-", stdin=MIXED.encode())
    assert result.returncode == 1
    assert result.stdout.decode() == MIXED.replace("France Press", "Agence France-Presse")
    lines = result.stderr.decode().splitlines()
    assert [TEXT_LINE.match(line)["rule"] for line in lines[:2]] == ["number-style", "unbalanced-quote"]
    assert lines[0].startswith("<stdin>:1:")


def test_help_does_not_import_heavy_libraries() -> None:
    import subprocess
    import sys

    from tests.conftest import REPO

    probe = "import sys; from audit.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\nprint(sorted(m for m in ('langdetect', 'sacrebleu', 'ftfy', 'regex') if m in sys.modules))"
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert output.strip().endswith("[]")


def test_a_one_file_check_loads_only_what_it_uses(tmp_path: Path) -> None:
    # The pre-commit case (issue 9): other commands, other formats, the source aligner, difflib and the
    # Markdown block parser are not needed for an article with no source, no code and no fix to show.
    import subprocess
    import sys

    from tests.conftest import REPO

    article = tmp_path / "article.md"
    article.write_text(
        "# Talks\n\nThe minister said the talks would resume on Monday.[^1]\n\n[^1]: The date is not fixed yet.\n",
        encoding="utf-8",
    )
    unused = ("audit.cli_names", "audit.cli_corpus", "audit.cli_glossary", "audit.cli_score", "audit.cli_languages", "audit.bilingual",
              "audit.report.sarif", "audit.report.rdjson", "difflib", "markdown_it", "tomllib")  # fmt: skip
    probe = (
        f"import sys\nfrom audit.cli import main\ntry:\n    main(['check', {str(article)!r}])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {unused!r} if m in sys.modules))"
    )
    _warm_caches(article)
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert output.strip().endswith("[]"), output


def test_the_executable_runs_a_one_file_check_without_a_collection(tmp_path: Path) -> None:
    # Nearly everything a one-file check creates lives until exit: the executable raises the collector's
    # threshold so that the pre-commit case does not scan it again and again (issue 9).
    import subprocess
    import sys

    from tests.conftest import REPO

    article = tmp_path / "article.md"
    article.write_text("# Talks\n\nThe minister said the talks would resume on Monday.\n", encoding="utf-8")
    probe = (
        "import atexit, gc, sys\nfrom audit.entry import main\nruns = []\ngc.callbacks.append(lambda phase, info: runs.append(phase))\n"
        "atexit.register(lambda: print(len(runs), gc.get_threshold()[0] > 700))\n"
        f"sys.argv = ['mtaudit', 'check', {str(article)!r}]\nmain()\n"
    )
    _warm_caches(article)
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert output.splitlines()[-1] == "0 True", output


def test_the_executable_leaves_at_once_with_all_its_output_its_code_and_its_exit_handlers(tmp_path: Path) -> None:
    # The executable ends without the interpreter's teardown (audit/entry.py): what it wrote through a
    # pipe, its exit code and the pattern store written back at exit must be those of a normal exit.
    from tests.conftest import run_cli

    article = tmp_path / "article.md"
    article.write_text("".join(f"The the ministry.He added point {n}.\n\n" for n in range(400)), encoding="utf-8")
    cache = tmp_path / "cache"
    leaving = run_cli("check", "--format", "jsonl", str(article), env={"MTAUDIT_CACHE_DIR": str(cache)})
    staying = invoke("check", "--format", "jsonl", str(article))
    assert leaving.returncode == staying.exit_code == 1
    assert leaving.stdout.decode("utf-8") == staying.stdout and len(staying.stdout.splitlines()) == 800
    assert list(cache.glob("regex-*")), "the pattern store's exit handler ran"


def _warm_caches(article: Path) -> None:
    """Check the article once, so that a probe sees the everyday run, with the caches built."""
    import subprocess
    import sys

    from tests.conftest import REPO

    subprocess.run([sys.executable, "-m", "audit", "check", str(article)], capture_output=True, cwd=REPO, check=False)


# In-process (CliRunner): options and their plumbing.


def test_quiet_prints_only_findings(articles: Path) -> None:
    result = invoke("check", "--quiet", "dirty.md")
    assert result.stderr == "" and len(result.stdout.splitlines()) == 2


def test_select_and_ignore(articles: Path) -> None:
    selected = invoke("check", "--select", "invisible-char", "dirty.md").stdout
    assert "invisible-char" in selected and "mojibake" not in selected
    ignored = invoke("check", "--ignore", "invisible-char,mojibake", "dirty.md")
    assert ignored.exit_code == 0 and ignored.stdout == ""


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_ids_are_usage_errors_with_a_guess(articles: Path, option: str) -> None:
    result = invoke("check", option, "mojibake,doubled-words", "dirty.md")
    assert result.exit_code == 2
    assert "unknown rule 'doubled-words' (did you mean 'doubled-word'?)" in result.stderr


@pytest.mark.parametrize(
    ("config", "key"),
    [
        ('select = ["mojibak"]\n', "select"),
        ('ignore = ["bogus"]\n', "ignore"),
        ('[[overrides]]\npaths = ["*.md"]\nselect = ["bogus"]\n', "select"),
        ('lang = "xx"\n', "lang"),
    ],
)
def test_unknown_rule_ids_and_languages_in_config_are_one_error_line(articles: Path, config: str, key: str) -> None:
    (articles / ".mtaudit.toml").write_text(config, encoding="utf-8")
    result = invoke("check", "dirty.md", "clean.md")
    assert result.exit_code == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and ".mtaudit.toml" in errors[0] and f"option '{key}'" in errors[0], errors


def test_lang_forces_the_document_language_and_must_be_a_language_code(articles: Path) -> None:
    report = json.loads(invoke("check", "--format", "json", "--lang", "de", "dirty.md").stdout)
    assert report["files"][0]["language"] == "de"
    assert {finding["language"] for finding in report["files"][0]["findings"]} == {"de"}
    refused = invoke("check", "--lang", "xx", "dirty.md")
    assert refused.exit_code == 2 and "unknown language code 'xx'" in refused.stderr


@pytest.mark.parametrize(
    ("command", "option"),
    [
        ("check", "--unsafe-fixes"),
        ("diff", "--format"),
        ("diff", "--fail-level"),
        ("diff", "--quiet"),
        ("fix", "--format"),
        ("fix", "--diff-base"),
        ("diff", "--baseline"),
    ],
)
def test_options_are_offered_only_where_they_act(articles: Path, command: str, option: str) -> None:
    assert option not in invoke(command, "--help").stdout
    refused = invoke(command, option, "x", "dirty.md")
    assert refused.exit_code == 2 and f"No such option '{option}'" in refused.stderr


def test_text_output_says_which_suggestions_fix_applies(articles: Path) -> None:
    result = invoke("check", "mixed.md")
    endings = [line.rsplit(" → ", 1)[-1] for line in result.stdout.splitlines()]
    assert endings[0] == "Agence France-Presse (safe fix)"
    assert endings[1] == "5,000 (unsafe fix)"
    assert "→" not in result.stdout.splitlines()[2]  # the bracket: report only
    assert (
        result.stderr.splitlines()[0]
        == "3 findings in 1 file: 1 fixable with `mtaudit fix`, 1 more with `mtaudit fix --unsafe-fixes`."
    )


def test_color_flags_and_no_color(articles: Path) -> None:
    assert "\x1b[" in invoke("check", "--color", "dirty.md").stdout
    assert "\x1b[" not in invoke("check", "--no-color", "dirty.md").stdout
    assert "\x1b[" in invoke("check", "--color", "dirty.md", env={"NO_COLOR": "1"}).stdout, "the flag wins"


def test_no_color_counts_only_when_not_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    from audit.cli import _use_color

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("NO_COLOR", "")
    assert _use_color(None, Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color(None, Terminal()) is False
    assert _use_color(True, Terminal()) is True


def test_diff_is_coloured_when_asked_and_plain_otherwise(articles: Path) -> None:
    plain = invoke("diff", "dirty.md")
    colored = invoke("diff", "--color", "dirty.md")
    assert plain.exit_code == colored.exit_code == 1
    assert "\x1b[" not in plain.stdout and "\x1b[31m-The caf" in colored.stdout
    assert re.sub(r"\x1b\[[0-9;]*m", "", colored.stdout) == plain.stdout


def test_jobs_give_the_same_output_as_one_process(articles: Path) -> None:
    for number in range(6):
        (articles / f"a{number}.md").write_text(DIRTY * (number + 1), encoding="utf-8")
    single = invoke("check", ".")
    parallel = invoke("check", "--jobs", "3", ".")
    assert single.exit_code == parallel.exit_code == 1
    assert single.stdout == parallel.stdout


def test_rules_lists_every_rule_id() -> None:
    listed = [line.split()[0] for line in invoke("rules").stdout.splitlines()]
    assert listed == [rule.id for rule in RULES] + ["unused-suppression"]


@pytest.mark.parametrize("rule", [*RULES], ids=[rule.id for rule in RULES])
def test_rule_explains_why_example_and_fix_safety(rule) -> None:
    output = invoke("rule", rule.id).stdout
    assert output.startswith(f"{rule.id}: {rule.summary}\n")
    assert "Why" in output and "Example" in output and "Fix" in output


def test_rule_refuses_an_unknown_id_with_a_guess() -> None:
    result = invoke("rule", "missing-spaces")
    assert result.exit_code == 2 and "did you mean 'missing-space'?" in result.stderr


def test_version_help_and_exit_codes() -> None:
    assert invoke("--version").stdout == invoke("-V").stdout == f"mtaudit {audit.__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+.*|0\+unknown", audit.__version__)
    for command in ("check", "diff", "fix"):
        help_text = invoke(command, "--help").stdout
        assert "Exit codes:" in help_text and "  2  usage, configuration or input errors" in help_text
    help_text = invoke("check", "--help").stdout
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
