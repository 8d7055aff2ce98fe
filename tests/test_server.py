"""The resident server (audit/server.py, audit/client.py): a command it serves prints, writes and exits
exactly as one run here; without a server, or with one that must not be trusted, mtaudit runs the
command itself.

Every test runs the real command line in subprocesses against a real server in a folder of this
module's own (so that no other test is served), and asks the server how many commands it served, so
that a test cannot pass by running everything locally.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the server forks")

SAMPLES = sorted(path for path in (REPO / "samples").iterdir() if path.suffix in {".md", ".txt"})
LOCAL = {"MTAUDIT_NO_SERVER": "1"}


def _served(environment: dict[str, str] | None = None) -> int | None:
    """How many commands the running server has served; None when none is running."""
    status = run_cli("server", "status", env=environment)
    if status.returncode != 0:
        return None
    return int(status.stdout.decode().split(", ")[1].split()[0])


@pytest.fixture
def other_folder() -> Iterator[Path]:
    """A server folder of one test's own, with a path short enough for a socket (pytest's may not be)."""
    folder = Path(tempfile.mkdtemp(prefix="mts-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, str]]:
    """The environment of commands the module's server runs."""
    folder = tempfile.mkdtemp(prefix="mts-")
    environment = {"MTAUDIT_SERVER_DIR": folder}
    started = run_cli("server", "start", env=environment)
    assert started.returncode == 0, started.stderr.decode()
    assert started.stdout.decode() == "mtaudit server: started; check, diff and fix run in it until it stops\n"
    yield environment
    run_cli("server", "stop", env=environment)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.parametrize("arguments", [["check"], ["check", "--format", "json"], ["diff"], ["check", "--quiet"]])
def test_a_served_command_prints_and_exits_as_a_local_one(served: dict[str, str], arguments: list[str]) -> None:
    before = _served(served)
    for sample in SAMPLES:
        answer = run_cli(*arguments, str(sample), env=served)
        local = run_cli(*arguments, str(sample), env=LOCAL)
        assert (answer.returncode, answer.stdout, answer.stderr) == (local.returncode, local.stdout, local.stderr)
        assert local.returncode in (0, 1)
    assert _served(served) == before + len(SAMPLES)


def test_a_served_parallel_check_of_a_folder_prints_what_a_local_one_prints(served: dict[str, str]) -> None:
    before = _served(served)
    answer = run_cli("check", "--jobs", "2", str(REPO / "samples"), env=served)
    local = run_cli("check", "--jobs", "2", str(REPO / "samples"), env=LOCAL)
    assert _served(served) == before + 1
    assert (answer.returncode, answer.stdout, answer.stderr) == (local.returncode, local.stdout, local.stderr)
    assert answer.stdout.count(b"\n") > 10


@pytest.mark.parametrize(
    "shell",
    [
        "{python} -m audit check {article} 0<&-",  # no standard input to hand over
        "cd {gone} && rmdir {gone} && {python} -m audit check {article}",  # no working folder
    ],
    ids=["closed-stdin", "removed-folder"],
)
def test_a_command_the_server_cannot_take_runs_here(served: dict[str, str], tmp_path: Path, shell: str) -> None:
    gone, article = tmp_path / "gone", REPO / "samples" / "en-dirty-summit.md"
    gone.mkdir()
    before = _served(served)
    here = subprocess.run(
        shell.format(python=sys.executable, article=article, gone=gone),
        shell=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(REPO), **served},
        check=False,
    )
    assert _served(served) == before
    assert (here.returncode, here.stdout) == (1, run_cli("check", str(article), env=LOCAL).stdout)


def test_a_local_system_pre_commit_hook_is_served(served: dict[str, str], tmp_path: Path) -> None:
    """The hook docs/pre-commit.md shows for a server: `language: system` runs the `mtaudit` on PATH."""
    articles = tmp_path / "articles"
    articles.mkdir()
    hook = (
        "      - {id: mtaudit, name: mtaudit, entry: mtaudit check --quiet, language: system, types_or: [markdown]}\n"
    )
    (articles / ".pre-commit-config.yaml").write_text("repos:\n  - repo: local\n    hooks:\n" + hook, encoding="utf-8")
    (articles / "news.md").write_text("The minister visited the cafÃ© on Monday.\n", encoding="utf-8")
    git = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t"}
    environment = {**os.environ, **git, "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", **served}
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    environment["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    for command in (["git", "init", "-q", "."], ["git", "add", "-A"]):
        subprocess.run(command, cwd=articles, env=environment, check=True, capture_output=True)
    before = _served(served)
    hooked = subprocess.run(
        ["pre-commit", "run", "--all-files"], cwd=articles, env=environment, capture_output=True, text=True, check=False
    )
    assert hooked.returncode == 1, hooked.stdout + hooked.stderr
    assert "news.md:1:26: warning mojibake" in hooked.stdout
    assert _served(served) == before + 1


def test_a_served_fix_writes_what_a_local_fix_writes_in_the_clients_folder(
    served: dict[str, str], tmp_path: Path
) -> None:
    for name in ("served", "local"):
        shutil.copytree(REPO / "samples", tmp_path / name)
        (tmp_path / name / "de-dirty-stadtrat.md").chmod(0o640)
    before = _served(served)
    answer = run_cli("fix", ".", cwd=tmp_path / "served", env=served)
    local = run_cli("fix", ".", cwd=tmp_path / "local", env=LOCAL)
    assert _served(served) == before + 1
    assert (answer.returncode, answer.stdout, answer.stderr) == (local.returncode, local.stdout, local.stderr)
    assert answer.returncode == 1  # files changed
    for sample in SAMPLES:
        fixed, expected = tmp_path / "served" / sample.name, tmp_path / "local" / sample.name
        assert fixed.read_bytes() == expected.read_bytes()
        assert fixed.stat().st_mode == expected.stat().st_mode
    assert (tmp_path / "served" / "de-dirty-stadtrat.md").read_bytes() != (
        REPO / "samples" / "de-dirty-stadtrat.md"
    ).read_bytes()


def test_standard_input_and_errors_go_to_the_served_command(served: dict[str, str]) -> None:
    text = (REPO / "samples" / "en-dirty-ceasefire.txt").read_bytes()
    before = _served(served)
    answer = run_cli("check", "-", stdin=text, env=served)
    missing = run_cli("check", "no-such-article.md", env=served)
    assert _served(served) == before + 2
    assert (answer.returncode, answer.stdout) == (1, run_cli("check", "-", stdin=text, env=LOCAL).stdout)
    assert missing.returncode == 2
    assert missing.stderr == run_cli("check", "no-such-article.md", env=LOCAL).stderr
    assert b"no-such-article.md" in missing.stderr


def test_ctrl_c_reaches_the_served_command(served: dict[str, str]) -> None:
    before = _served(served)
    waiting = subprocess.Popen(
        [sys.executable, "-m", "audit", "check", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO), **served},
    )
    deadline = time.monotonic() + 60
    while _served(served) == before and time.monotonic() < deadline:  # the command is reading its stdin
        time.sleep(0.05)
    time.sleep(0.5)
    waiting.send_signal(signal.SIGINT)
    waiting.wait(timeout=60)  # stdin stays open: an end of input would end the command too
    _, error = waiting.communicate()
    assert (waiting.returncode, error) == (130, b"mtaudit: interrupted\n")


def test_a_server_folder_open_to_other_users_is_not_trusted(served: dict[str, str]) -> None:
    folder = Path(served["MTAUDIT_SERVER_DIR"])
    before = _served(served)
    folder.chmod(0o755)
    try:
        unserved = run_cli("check", str(SAMPLES[0]), env=served)
    finally:
        folder.chmod(0o700)
    assert _served(served) == before
    assert unserved.stdout == run_cli("check", str(SAMPLES[0]), env=LOCAL).stdout


def test_a_second_start_finds_the_running_server(served: dict[str, str]) -> None:
    again = run_cli("server", "start", env=served)
    assert again.returncode == 0
    assert again.stdout.decode().startswith("mtaudit server: already running (pid ")


def test_the_server_stops_serving_when_its_installation_changes(tmp_path: Path, other_folder: Path) -> None:
    """A library installed or upgraded on the server's import path: the next command runs locally."""
    library = tmp_path / "site"
    library.mkdir()
    environment = {"PYTHONPATH": f"{REPO}{os.pathsep}{library}", "MTAUDIT_SERVER_DIR": str(other_folder)}
    assert run_cli("server", "start", env=environment).returncode == 0
    try:
        first = run_cli("check", str(SAMPLES[0]), env=environment)
        assert _served(environment) == 1
        (library / "upgraded.py").write_text("")
        declined = run_cli("check", str(SAMPLES[0]), env=environment)
        assert (declined.returncode, declined.stdout, declined.stderr) == (first.returncode, first.stdout, first.stderr)
        deadline = time.monotonic() + 30
        while _served(environment) is not None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert run_cli("server", "status", env=environment).returncode == 1
    finally:
        run_cli("server", "stop", env=environment)


def test_without_a_server_commands_run_here_and_status_says_so(other_folder: Path) -> None:
    environment = {"MTAUDIT_SERVER_DIR": str(other_folder)}
    status = run_cli("server", "status", env=environment)
    assert status.returncode == 1
    assert status.stdout.decode().startswith("mtaudit server: not running (socket ")
    assert run_cli("server", "stop", env=environment).stdout == b"mtaudit server: not running\n"
    local = run_cli("check", str(SAMPLES[0]), env=environment)
    assert local.stdout == run_cli("check", str(SAMPLES[0]), env=LOCAL).stdout


def test_the_client_loads_neither_click_nor_the_core() -> None:
    """What every `mtaudit` run pays before it knows whether a server will run its command."""
    probe = "import sys, audit.client; print(sorted(n for n in ('click', 'audit.cli', 'audit.engine', 'json', 'typing') if n in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO)
    assert loaded.stdout == "[]\n"


def test_a_server_that_cannot_start_says_why_in_one_line() -> None:
    folder = Path(tempfile.gettempdir()) / ("x" * 110)
    try:
        refused = run_cli("server", "start", env={"MTAUDIT_SERVER_DIR": str(folder)})
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert refused.returncode == 2
    assert refused.stderr.decode().splitlines() == [
        f"mtaudit server: cannot start: {folder}/{_socket_name()}: AF_UNIX path too long"
    ]


def _socket_name() -> str:
    probe = "import os, audit.client; print(os.path.basename(audit.client.socket_path()))"
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=REPO
    ).stdout.strip()
