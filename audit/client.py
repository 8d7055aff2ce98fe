"""Hand a `check`, `diff` or `fix` to the resident server of this installation, when one is running.

A one-file check spends about two thirds of its time importing the rules and loading their data
(issue 9); `mtaudit server start` keeps a process that has done that once (audit/server.py). The
client passes the command line, the working folder, the environment, the umask and its own standard
streams (as file descriptors, over a Unix socket), so the command runs in a fork of the server
exactly as it would here: it reads and writes the same files and terminal, and its exit code becomes
this process's. When no server serves this installation, or it is out of date, the caller runs the
command itself; nothing but the time differs.

This module is imported by every `mtaudit` run before anything else, so it imports only what Python
has already loaded or builds in (no click, no json: the request is marshalled).
"""

from __future__ import annotations

import marshal
import os
import stat
import sys

TYPE_CHECKING = False  # not typing's: see audit/__init__.py
if TYPE_CHECKING:
    import socket

SERVED_COMMANDS = frozenset({"check", "diff", "fix"})
"""The commands a server runs: the ones an editor or a pre-commit hook repeats on a few files."""

# The conversation: the client sends a length-prefixed marshalled request with its three standard
# streams attached; the server answers with one-letter messages, each followed by a 4-byte integer.
RUN, STATUS, STOP = b"R", b"Q", b"S"
STARTED, EXITED, DECLINED = b"P", b"X", b"D"
_MESSAGE_BYTES = 5


def server_folder() -> str:
    """The private folder holding the servers' sockets: `MTAUDIT_SERVER_DIR`, else one per user under
    `XDG_RUNTIME_DIR` or the temporary folder."""
    configured = os.environ.get("MTAUDIT_SERVER_DIR")
    if configured:
        return configured
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        return os.path.join(runtime, "mtaudit")
    return os.path.join(os.environ.get("TMPDIR") or "/tmp", f"mtaudit-{os.getuid()}")


def socket_path() -> str:
    """The socket of the server for this installation: this interpreter and this copy of the package.

    A server runs the code it imported, so another installation (a pre-commit environment, another
    virtual environment, another checkout) has a server of its own.
    """
    import zlib  # built in, unlike hashlib, whose import initialises OpenSSL

    package = os.path.dirname(os.path.abspath(__file__))
    key = zlib.crc32(f"{sys.executable}\0{package}".encode("utf-8", "surrogateescape"))
    return os.path.join(server_folder(), f"{key:08x}.sock")


def private_folder(folder: str) -> bool:
    """Whether `folder` is a directory that only this user can enter: nobody else can have put a
    socket there (a shared temporary folder is open to every user)."""
    try:
        status = os.stat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(status.st_mode) and status.st_uid == os.getuid() and not status.st_mode & 0o077


def forward(arguments: list[str]) -> int | None:
    """Run the command line `arguments` in this installation's server and return its exit code; None
    when no server can run it (the caller runs it itself)."""
    if (
        not arguments
        or arguments[0] not in SERVED_COMMANDS
        or os.environ.get("MTAUDIT_NO_SERVER")
        or not hasattr(os, "fork")
    ):
        return None
    path = socket_path()
    if not private_folder(os.path.dirname(path)):
        return None
    import socket

    connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        connection.connect(path)
    except OSError:  # no server (a socket left by one that was killed), or one that stopped
        connection.close()
        return None
    with connection:
        return _converse(connection, arguments)


def _converse(connection: socket.socket, arguments: list[str]) -> int | None:
    import socket
    import struct

    standard = (sys.stdin, sys.stdout, sys.stderr)
    if None in standard:
        return None  # a closed standard stream (`>&-`): no descriptor to hand over
    try:
        folder = os.getcwd()
    except OSError:
        return None  # a working folder removed under the shell: the command says so itself
    umask = os.umask(0)
    os.umask(umask)
    streams = [(stream.encoding, stream.errors, stream.line_buffering) for stream in standard]
    request = marshal.dumps(
        {"argv": arguments, "cwd": folder, "env": dict(os.environ), "umask": umask, "streams": streams}
    )
    try:
        sys.stdout.flush()
        sys.stderr.flush()
        socket.send_fds(connection, [RUN + struct.pack("!I", len(request))], [0, 1, 2])
        connection.sendall(request)
        kind, pid = _message(connection)
    except (OSError, ValueError):
        return None
    if kind != STARTED:
        return None  # declined: the server is out of date (it stops) and nothing has run
    return _wait(connection, pid)


def _wait(connection: socket.socket, pid: int) -> int:
    """Wait for the command's exit code; Ctrl-C and termination go to the command, as they would
    reach it on a terminal."""
    import signal

    def pass_on(number: int, _frame: object) -> None:
        try:  # noqa: SIM105 - contextlib's import would cost every run 2 ms
            os.killpg(pid, number)
        except OSError:
            pass

    previous = {number: signal.signal(number, pass_on) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        kind, code = _message(connection)
    except OSError:
        kind, code = b"", 0
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if kind != EXITED:
        print(
            "mtaudit: the server's process for this command ended first (see 'mtaudit server status')", file=sys.stderr
        )
        return 2
    return code


def message(kind: bytes, value: int) -> bytes:
    """One message of the conversation: its kind, then a 4-byte integer."""
    import struct

    return kind + struct.pack("!i", value)


def _message(connection: socket.socket) -> tuple[bytes, int]:
    """One message: its kind and its integer; ConnectionError when the connection ends first."""
    import struct

    answer = received(connection, _MESSAGE_BYTES)
    return answer[:1], struct.unpack("!i", answer[1:])[0]


def received(connection: socket.socket, size: int) -> bytes:
    """Exactly `size` bytes from `connection`; ConnectionError when it ends first."""
    data = bytearray()
    while len(data) < size:
        more = connection.recv(min(1 << 16, size - len(data)))
        if not more:
            raise ConnectionError("the connection ended")
        data += more
    return bytes(data)
