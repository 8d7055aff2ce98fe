"""`mtaudit server start|stop|status`: the resident process that makes a check of a few files start at
once (audit/server.py; audit/client.py hands it the commands).

Exit codes: 0 done (`status`: a server is running), 1 `status` found none, 2 the server could not start.
"""

from __future__ import annotations

import os
import socket
import struct
import subprocess
import sys
import time

import click

from audit.client import STATUS, STOP, private_folder, received, socket_path
from audit.server import DEFAULT_IDLE_MINUTES

EXIT_ERROR = 2
_ANSWER_BYTES = 9  # kind, pid, commands served
_STOP_WAIT_SECONDS = 10


@click.group()
def server() -> None:
    """Keep a process with the rules loaded, so that `check`, `diff` and `fix` start at once.

    While it runs, `mtaudit check|diff|fix` hand their command to it (same output, files and exit
    code); other installations of mt-audit have servers of their own. It stops after --idle-minutes
    without a command, when a file of this installation changes, or on `mtaudit server stop`.
    """


@server.command()
@click.option(
    "--idle-minutes",
    type=click.FloatRange(min=1),
    default=DEFAULT_IDLE_MINUTES,
    show_default=True,
    help="Stop after this long without a command.",
)
def start(idle_minutes: float) -> None:
    """Start this installation's server (it warms up for a few seconds first)."""
    path = socket_path()
    running = _ask(path, STATUS)
    if running is not None:
        click.echo(f"mtaudit server: already running (pid {running[0]})")
        return
    process = subprocess.Popen(
        [sys.executable, "-m", "audit.server", path, str(idle_minutes)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd="/",  # a server must not keep the folder it was started in busy
        start_new_session=True,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    if process.stdout.readline().strip() != "ready":
        lines = process.stderr.read().strip().splitlines()
        process.wait()
        cause = lines[-1] if lines else f"it exited with code {process.returncode}"
        click.echo(f"mtaudit server: cannot start: {cause}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo("mtaudit server: started; check, diff and fix run in it until it stops")


@server.command()
def stop() -> None:
    """Stop this installation's server."""
    answer = _ask(socket_path(), STOP)
    if answer is None:
        click.echo("mtaudit server: not running")
        return
    pid = answer[0]
    deadline = time.monotonic() + _STOP_WAIT_SECONDS
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.02)
    click.echo(f"mtaudit server: stopped after {_commands(answer[1])}")


@server.command()
def status() -> None:
    """Say whether this installation's server is running; exit code 1 when it is not."""
    path = socket_path()
    answer = _ask(path, STATUS)
    if answer is None:
        click.echo(f"mtaudit server: not running (socket {path})")
        sys.exit(1)
    click.echo(f"mtaudit server: running (pid {answer[0]}, {_commands(answer[1])} served, socket {path})")


def _ask(path: str, kind: bytes) -> tuple[int, int] | None:
    """The server's pid and count of commands served, after sending it `kind`; None when none answers."""
    if not private_folder(os.path.dirname(path)):
        return None
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(10)
            connection.connect(path)
            connection.sendall(kind)
            answer = received(connection, _ANSWER_BYTES)
    except OSError:  # no server, or one that closed the connection first
        return None
    pid, served = struct.unpack("!iI", answer[1:])
    return pid, served


def _commands(count: int) -> str:
    return f"{count} command" if count == 1 else f"{count} commands"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
