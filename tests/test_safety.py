"""Issue 10, item by item: each hostile input through the real CLI gives its exit code, exactly one
stderr line, untouched bytes and no leftover temporary file."""

from __future__ import annotations

import codecs
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

DIRTY = "The caf\u00c3\u00a9 opened.\u200b It was busy.\n"
CLEAN = "The café opened. It was busy.\n"


def leftovers(folder: Path) -> list[Path]:
    """Temporary files of ours anywhere under `folder`."""
    return sorted(folder.rglob("*.mtaudit"))


def error_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    return result.stderr.decode().splitlines()


# 1. Protected regions in CRLF / CR files and after a closing fence.
@pytest.mark.parametrize(
    ("name", "protected", "prose"),
    [
        ("crlf-reference.md", b'[1]: https://e.com/a "the the title"\r\n', b"\r\nThe the caf\xc3\x83\xc2\xa9.\r\n"),
        ("cr-front-matter.md", b"---\rtitle: the the caf\xc3\x83\xc2\xa9\r---\r", b"\rThe the caf\xc3\x83\xc2\xa9.\r"),
        (
            "code-after-fence.md",
            b"```\ncode\n```\n    the the caf\xc3\x83\xc2\xa9\n",
            b"\nThe the caf\xc3\x83\xc2\xa9.\n",
        ),
    ],
)
def test_protected_regions_are_kept_whatever_the_line_ends(
    tmp_path: Path, name: str, protected: bytes, prose: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(protected + prose)
    result = run_cli("fix", str(path))
    assert result.returncode == 1, result.stderr
    assert error_lines(result) == [f"fixed {path} (2 findings before fixing)"]
    written = path.read_bytes()
    assert written.startswith(protected), "the protected region is byte-identical"
    assert written[len(protected) :] == prose.replace(b"The the caf\xc3\x83\xc2\xa9", "The café".encode())
    assert leftovers(tmp_path) == []


# 2. Special files: FIFOs (named, walked, as --glossary), devices, and the size limit.
def test_fifo_named_on_the_command_line_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    result = run_cli("check", str(fifo))
    assert result.returncode == 2
    assert error_lines(result) == [f"mtaudit: {fifo}: a FIFO, not a regular file; skipped"]


def test_fifo_inside_a_walked_folder_is_refused_and_the_rest_is_fixed(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a-pipe.md")
    article = tmp_path / "b.md"
    article.write_text(DIRTY, encoding="utf-8")
    result = run_cli("fix", "--quiet", str(tmp_path))
    assert result.returncode == 2
    assert error_lines(result) == [f"mtaudit: {tmp_path / 'a-pipe.md'}: a FIFO, not a regular file; skipped"]
    assert article.read_text(encoding="utf-8") == CLEAN
    assert leftovers(tmp_path) == []


def test_fifo_as_glossary_is_one_error_line(tmp_path: Path) -> None:
    fifo = tmp_path / "house.toml"
    os.mkfifo(fifo)
    article = tmp_path / "a.md"
    article.write_text(DIRTY, encoding="utf-8")
    result = run_cli("fix", "--glossary", str(fifo), str(article))
    assert result.returncode == 2
    assert error_lines(result) == [f"mtaudit: {fifo}: a FIFO, not a regular file; skipped"]
    assert article.read_text(encoding="utf-8") == DIRTY


def test_dev_zero_is_refused_without_reading_it() -> None:
    result = run_cli("check", "/dev/zero")
    assert result.returncode == 2
    assert error_lines(result) == ["mtaudit: /dev/zero: a character device, not a regular file; skipped"]


def test_file_over_the_configured_size_limit_is_refused_untouched(tmp_path: Path) -> None:
    (tmp_path / ".mtaudit.toml").write_text("max-file-size = 20\n", encoding="utf-8")
    big = tmp_path / "big.md"
    big.write_text(DIRTY, encoding="utf-8")
    result = run_cli("fix", str(big), cwd=tmp_path)
    assert result.returncode == 2
    assert error_lines(result) == [f"mtaudit: {big}: larger than the 20 byte limit (max-file-size), skipped"]
    assert big.read_text(encoding="utf-8") == DIRTY


def test_standard_input_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    (tmp_path / ".mtaudit.toml").write_text("max-file-size = 20\n", encoding="utf-8")
    result = run_cli("check", "-", cwd=tmp_path, stdin=DIRTY.encode())
    assert result.returncode == 2
    assert error_lines(result) == ["mtaudit: <stdin>: larger than the 20 byte limit (max-file-size), skipped"]


# 3. A folder where the temporary file cannot be created.
def test_read_only_folder_under_fix_is_one_line_and_other_files_are_still_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from click.testing import CliRunner

    from audit.cli import main

    first, locked, last = (tmp_path / name for name in ("a", "b", "c"))
    for folder in (first, locked, last):
        folder.mkdir()
        (folder / "x.md").write_text(DIRTY, encoding="utf-8")
    locked.chmod(0o555)
    if os.getuid() == 0:  # root ignores folder permissions: make mkstemp meet them anyway
        real_mkstemp = tempfile.mkstemp

        def mkstemp(*args: object, dir: str, **options: object) -> tuple[int, str]:
            if Path(dir) == locked:
                raise PermissionError(13, "Permission denied")
            return real_mkstemp(*args, dir=dir, **options)

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)  # files.py imports it when it writes
    monkeypatch.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["fix", "a", "b", "c"])
    finally:
        locked.chmod(0o755)
    assert result.exit_code == 2, result.output
    lines = result.stderr.splitlines()
    assert lines == [
        "mtaudit: b/x.md: cannot write: Permission denied",
        "fixed a/x.md (2 findings before fixing)",
        "fixed c/x.md (2 findings before fixing)",
    ], "one error line; the file written before it is reported; the files after it are fixed"
    assert (locked / "x.md").read_text(encoding="utf-8") == DIRTY
    assert (first / "x.md").read_text(encoding="utf-8") == (last / "x.md").read_text(encoding="utf-8") == CLEAN
    assert leftovers(tmp_path) == []


def test_temporary_file_is_removed_when_the_write_is_interrupted(tmp_path: Path, monkeypatch) -> None:
    from audit import files

    path = tmp_path / "a.md"
    path.write_text(DIRTY, encoding="utf-8")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(files.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        files.write_atomic(path, (CLEAN.encode(),))
    assert path.read_text(encoding="utf-8") == DIRTY
    assert leftovers(tmp_path) == []


# 4. Ctrl-C: exit 130, no debris; a stale temporary file (SIGKILL) is swept by the next fix.
def _sigint_as_a_terminal_leaves_it() -> None:
    """In the child: Ctrl-C's default action. A shell that starts a job in the background (`make test &`)
    ignores SIGINT for it, and Python then installs no KeyboardInterrupt handler at all."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_until_reading_stdin(process: subprocess.Popen[bytes]) -> None:
    wchan = Path(f"/proc/{process.pid}/wchan")
    while process.poll() is None and "pipe" not in wchan.read_text():
        time.sleep(0.05)


@pytest.mark.skipif(not Path("/proc/self/wchan").exists(), reason="needs Linux /proc to see the process wait")
def test_ctrl_c_exits_130_with_one_line(tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "audit", "fix", "-"],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        preexec_fn=_sigint_as_a_terminal_leaves_it,
    )
    _wait_until_reading_stdin(process)
    process.send_signal(signal.SIGINT)
    process.wait(timeout=120)  # stdin stays open: only the signal can end the read
    stdout, stderr = process.communicate()
    assert process.returncode == 130
    assert stderr.decode().splitlines() == ["mtaudit: interrupted"]
    assert stdout == b""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_interrupted_fix_leaves_every_file_whole_and_no_temporary_file(tmp_path: Path, jobs: str) -> None:
    articles = []
    for index in range(40):
        path = tmp_path / f"a{index:02}.md"
        path.write_text(DIRTY * 200, encoding="utf-8")
        articles.append(path)
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        [sys.executable, "-m", "audit", "fix", "--jobs", jobs, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        preexec_fn=_sigint_as_a_terminal_leaves_it,
    )
    # Interrupt once the first file is written, wherever the run then is.
    while process.poll() is None and all(path.read_text(encoding="utf-8") == DIRTY * 200 for path in articles):
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=120)
    assert process.returncode in (1, 130), "130 when interrupted; 1 only if the run had already finished"
    for path in articles:
        assert path.read_text(encoding="utf-8") in (DIRTY * 200, CLEAN * 200), "whole, never half-written"
    assert leftovers(tmp_path) == []


def test_stale_temporary_file_of_ours_is_swept_by_the_next_fix(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(CLEAN, encoding="utf-8")
    stale = tmp_path / ".a.md.k3j_x9q2.mtaudit"  # what a SIGKILLed run leaves
    stale.write_text(CLEAN, encoding="utf-8")
    not_ours = tmp_path / ".notes.md.k3j_x9q2.mtaudit"  # no notes.md next to it: left alone
    not_ours.write_text("keep", encoding="utf-8")
    result = run_cli("fix", str(article))
    assert result.returncode == 0
    assert error_lines(result) == []
    assert not stale.exists()
    assert not_ours.exists()


# 5. Diffs that apply: UTF-16 refused, names with spaces for patch, TAB and newline quoted for git.
def test_diff_of_a_utf16_file_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "wide.md"
    data = codecs.BOM_UTF16_LE + DIRTY.encode("utf-16-le")
    path.write_bytes(data)
    result = run_cli("diff", str(path))
    assert result.returncode == 2
    assert error_lines(result) == [f"mtaudit: {path}: UTF-16-LE file: a diff would not apply; use `mtaudit fix`"]
    assert result.stdout == b""
    assert path.read_bytes() == data


@pytest.mark.parametrize(
    ("name", "applier"),
    [
        ("my article.md", ["patch", "-p1", "--quiet"]),
        ("my article.md", ["git", "apply", "-"]),
        ("tab\there.md", ["git", "apply", "-"]),
        ("new\nline.md", ["git", "apply", "-"]),
        ('say "hi".md', ["git", "apply", "-"]),
    ],
)
def test_diff_applies_for_awkward_names(tmp_path: Path, name: str, applier: list[str]) -> None:
    original = tmp_path / "original"
    fixed = tmp_path / "fixed"
    for folder in (original, fixed):
        folder.mkdir()
        (folder / name).write_text(DIRTY, encoding="utf-8")
    patch = run_cli("diff", name, cwd=original)
    assert patch.returncode == 1, patch.stderr
    assert run_cli("fix", name, cwd=fixed).returncode == 1
    applied = subprocess.run(applier, cwd=original, input=patch.stdout, capture_output=True, check=False)
    assert applied.returncode == 0, applied.stderr.decode() + applied.stdout.decode()
    assert (original / name).read_bytes() == (fixed / name).read_bytes() == CLEAN.encode()


# 6. Ownership and hard links.
@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="only root can give a file away")
def test_fix_as_root_keeps_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(DIRTY, encoding="utf-8")
    os.chown(path, 12345, 23456)
    result = run_cli("fix", str(path))
    assert result.returncode == 1
    status = path.stat()
    assert (status.st_uid, status.st_gid) == (12345, 23456)
    assert path.read_text(encoding="utf-8") == CLEAN
    assert leftovers(tmp_path) == []


def test_hard_linked_file_is_refused_and_both_names_keep_their_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(DIRTY, encoding="utf-8")
    other = tmp_path / "elsewhere.txt"
    os.link(path, other)
    result = run_cli("fix", str(path))
    assert result.returncode == 2
    assert error_lines(result) == [
        f"mtaudit: {path}: has 2 hard links; not written (replacing it would split the links)"
    ]
    assert path.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == DIRTY
    assert path.stat().st_ino == other.stat().st_ino
    assert leftovers(tmp_path) == []


# 8. `fix` without PATHS.
def test_fix_without_paths_is_a_usage_error_and_rewrites_nothing(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(DIRTY, encoding="utf-8")
    result = run_cli("fix", cwd=tmp_path)
    assert result.returncode == 2
    assert error_lines(result) == [
        "mtaudit fix: PATHS are required (files or folders; . for the current folder, - for stdin)"
        " (see 'mtaudit fix --help')"
    ]
    assert article.read_text(encoding="utf-8") == DIRTY
    assert run_cli("fix", ".", cwd=tmp_path).returncode == 1, "an explicit . still works"


# 7. Glossaries that crashed or stalled, and issue 11 item 2: lint rejects what loading rejects, one
# error line per run however many articles, and the user's glossary wins over a shipped one.
HEADER = '[glossary]\nlanguage = "en"\n'


def entry(entry_id: str, body: str, bad: str, fixed: str, good: str) -> str:
    return (
        f'[[entry]]\nid = "{entry_id}"\n{body}\n'
        f'[[entry.example]]\nbad = "{bad}"\nfixed = "{fixed}"\n[[entry.example]]\ngood = "{good}"\n'
    )


BROKEN_GLOSSARIES = {
    "fix-as-list": (
        HEADER + entry("e", 'preferred = "Good"\nvariants = ["Bad"]\nfix = ["safe"]', "Bad.", "Good.", "Good."),
        "entry 'e': fix must be safe, unsafe or none, got ['safe']",
    ),
    "latin-1": ((HEADER + "# caf\xe9\n").encode("latin-1"), "not valid UTF-8 at byte 32"),
    "nested": ("x = " + "[" * 5000 + "\n", "not valid TOML: arrays or tables nested too deeply"),
    "slow-pattern": (
        HEADER + entry("slow", "preferred = \"ç\"\npattern = '(é|é)+ç'", "x éç y", "x ç y", "nothing here"),
        "entry 'slow': pattern too slow",
    ),
    "rewrite-each-other": (
        HEADER
        + entry("one", "preferred = \"colour\"\npattern = '\\bcolor\\b'", "a color", "a colour", "a colour")
        + entry("two", "preferred = \"color\"\npattern = '\\bcolour\\b'", "a colour", "a color", "a color"),
        "the entries would rewrite each other",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN_GLOSSARIES))
def test_broken_glossary_is_one_line_per_run_and_lint_says_the_same(tmp_path: Path, case: str) -> None:
    content, problem = BROKEN_GLOSSARIES[case]
    glossary = tmp_path / "house.toml"
    glossary.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    articles = [tmp_path / f"{name}.md" for name in "abc"]
    for article in articles:
        article.write_text(DIRTY, encoding="utf-8")

    lint = run_cli("glossary", "lint", str(glossary))
    assert lint.returncode == 2
    lint_lines = error_lines(lint)
    assert lint_lines and all(line.startswith(f"mtaudit: {glossary}: ") for line in lint_lines)
    assert problem in lint_lines[0]
    assert "Traceback" not in lint.stderr.decode()

    fixed = run_cli("fix", "--glossary", str(glossary), *map(str, articles))
    assert fixed.returncode == 2
    [line] = error_lines(fixed)
    assert line.startswith(lint_lines[0]), "loading rejects exactly what lint reports"
    assert all(article.read_text(encoding="utf-8") == DIRTY for article in articles)
    assert leftovers(tmp_path) == []


def readme_house_glossary() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("```toml\n# house.toml") + len("```toml\n")
    return readme[start : readme.index("```", start)]


def test_readme_house_glossary_works_as_written(tmp_path: Path) -> None:
    glossary = tmp_path / "house.toml"
    glossary.write_text(readme_house_glossary(), encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("Zabiullah Mujahed told reporters on Monday.\n", encoding="utf-8")
    lint = run_cli("glossary", "lint", str(glossary))
    assert lint.returncode == 0, lint.stderr
    assert lint.stdout.decode() == "1 files, 1 entries: no problems\n"
    check = run_cli("check", "--glossary", str(glossary), str(article))
    assert check.returncode == 1, check.stderr
    assert "[en/house/mujahid] → Zabihullah Mujahid" in check.stdout.decode()
    assert run_cli("fix", "--glossary", str(glossary), str(article)).returncode == 1
    assert article.read_text(encoding="utf-8") == "Zabihullah Mujahid told reporters on Monday.\n"


def test_user_entry_that_calls_a_shipped_preferred_form_wrong_wins(tmp_path: Path) -> None:
    # The house spells the name the way the shipped list calls a variant: the user's glossary wins.
    glossary = tmp_path / "house.toml"
    glossary.write_text(
        HEADER
        + entry(
            "mujahed",
            'preferred = "Zabihullah Mujahed"\nvariants = ["Zabihullah Mujahid"]',
            "Zabihullah Mujahid said.",
            "Zabihullah Mujahed said.",
            "Zabihullah Mujahed said.",
        ),
        encoding="utf-8",
    )
    article = tmp_path / "a.md"
    article.write_text("Zabihullah Mujahid said so.\n", encoding="utf-8")
    assert run_cli("glossary", "lint", str(glossary)).returncode == 0
    result = run_cli("fix", "--glossary", str(glossary), str(article))
    assert result.returncode == 1, result.stderr
    assert article.read_text(encoding="utf-8") == "Zabihullah Mujahed said so.\n"


def test_pattern_time_is_one_budget_per_article_not_per_paragraph() -> None:
    from audit.errors import GlossaryError
    from audit.glossary import Entry, Kind
    from audit.glossary.matcher import Matcher, PatternBudget

    entry = Entry(
        id="quick",
        language="en",
        topic="t",
        kind=Kind.SUBSTITUTION,
        source=Path("t.toml"),
        preferred="b",
        pattern=r"\ba\b",
    )
    matcher = Matcher([entry])
    budget = PatternBudget(3600)
    assert [match.text for match in matcher.find("a cat", "en", budget=budget)] == ["a"]
    assert 0 < budget.spent < 1
    # Once the article's budget is spent, the next paragraph stops at once, however fast the pattern.
    spent = PatternBudget(1.0, spent=1.0)
    with pytest.raises(GlossaryError, match=r"t.toml: entry 'quick': pattern took longer than the 1 s that the"):
        matcher.find("a cat", "en", budget=spent)


def test_a_long_ordinary_article_is_not_stopped_by_the_pattern_budget(tmp_path: Path) -> None:
    """The budget counts time inside the pattern searches and grows with the article: 3 MB of clean
    articles used to fail with "pattern took longer than 1 s on one article" on wall time alone."""
    clean = sorted((Path(__file__).parent / "clean" / "en").glob("*.md"))
    text = "\n\n".join(path.read_text(encoding="utf-8") for path in clean)
    article = tmp_path / "long.md"
    article.write_text(text * (1_500_000 // len(text) + 1), encoding="utf-8")
    result = run_cli("check", "--quiet", "--select", "glossary", str(article))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
