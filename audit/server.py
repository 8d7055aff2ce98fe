"""The resident server: import the rules and load their data once, then run each command in a fork.

A one-file `mtaudit check` spends about two thirds of its time importing modules, reading the disk
cache and compiling patterns, and a third auditing the article (issue 9). The server pays the first
part once: it imports the command line, audits a warm-up article in each article language (so the
per-language tables and patterns are in memory), and waits on a Unix socket. For each command a client
hands it (audit/client.py), it forks: the child takes the client's standard streams, working folder,
environment and umask, runs the command line as `mtaudit` would, and sends back the exit code. A fork
starts from the warmed state and ends with the command, so no command sees what another one did.

The socket lives in a folder only its user can enter; the server also checks its peer's user id. It
serves the installation that started it: when one of that installation's files changes (the package,
the shipped data, the installed libraries), it declines the next command (the client runs it itself)
and stops. It stops too after `idle_minutes` without a command, and on `mtaudit server stop`.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import os
import signal
import socket
import struct
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from audit import pattern_store
from audit.client import DECLINED, EXITED, RUN, STARTED, STATUS, STOP, message, private_folder, received
from audit.entry import YOUNG_THRESHOLD
from audit.errors import AuditError

DEFAULT_IDLE_MINUTES = 60
_LARGEST_REQUEST = 1 << 24  # an environment of some kilobytes; anything near this is not a client
# Glossary examples per language in the warm-up article. Thirty load each language's tables and patterns
# as well as two hundred did (served one-article times the same), and start the server in 5 s, not 22 s
# to 51 s: an article of two hundred names makes the name clustering's pairwise work the whole start.
_WARM_EXAMPLES = 30


class ServerError(AuditError):
    """The server cannot start: its folder is not private, or another server holds its socket."""


def serve(path: str, idle_minutes: float = DEFAULT_IDLE_MINUTES, on_ready: Callable[[], None] | None = None) -> None:
    """Warm up, listen on the socket `path` and serve until stopped, idle or out of date; call
    `on_ready` once clients can connect."""
    folder = os.path.dirname(path)
    os.makedirs(folder, mode=0o700, exist_ok=True)
    if not private_folder(folder):
        raise ServerError(f"{folder}: the server's folder must belong to this user and be closed to others (chmod 700)")
    lock = _locked(path + ".lock")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
            if os.path.lexists(path):
                os.unlink(path)  # left by a server that was killed: the lock shows none is running
            # Bound before the warm-up, so a path the system refuses fails at once; a client that
            # connects before `listen` is refused and runs its command itself.
            listener.bind(path)
            try:
                installed = fingerprint()
                _warm_up()
                pattern_store.write_back()
                gc.freeze()  # the warmed objects stay out of every collection, here and in the children
                listener.listen(64)
                listener.settimeout(idle_minutes * 60)
                signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
                signal.signal(signal.SIGTERM, _stop)
                if on_ready is not None:
                    on_ready()
                _Loop(listener, lock, installed).run()
            finally:
                os.unlink(path)
    finally:
        os.close(lock)


def fingerprint() -> tuple[tuple[str, int, int], ...]:
    """The size and modification time of every file the served installation runs or reads: the
    package, the shipped data, and the folders of installed libraries (an install or upgrade
    changes them)."""
    from audit.resources import shipped_glossaries_dir, shipped_languages_dir

    package = Path(__file__).resolve().parent
    entries: list[tuple[str, int, int]] = []
    for root in (package, shipped_glossaries_dir(), shipped_languages_dir()):
        entries.extend(_files(root))
    # Not the folder holding the package (a checkout's, whose other files change all day: it is
    # watched above) nor the one the server was started in (`-m` puts it first).
    for folder in sys.path[1:]:
        try:
            if Path(folder).resolve() == package.parent:
                continue
            status = os.stat(folder)
        except OSError:
            continue
        entries.append((folder, status.st_size, status.st_mtime_ns))
    return tuple(entries)


def _files(root: Path) -> Iterator[tuple[str, int, int]]:
    try:
        scanned = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in scanned:
        if entry.is_dir(follow_symlinks=False):
            if entry.name != "__pycache__":
                yield from _files(Path(entry.path))
        elif entry.name.endswith((".py", ".toml")):
            status = entry.stat()
            yield entry.path, status.st_size, status.st_mtime_ns


def _locked(path: str) -> int:
    import fcntl

    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise ServerError(f"{path.removesuffix('.lock')}: a server is already running for this installation") from None
    return descriptor


def _warm_up() -> None:
    """Audit and fix a warm-up article in each language the shipped glossaries cover, through the
    command line, so that children start with the modules imported and the tables loaded."""
    from audit.cli import main
    from audit.glossary import build

    # The examples' texts only: read from the checked tables the disk cache holds, not checked again.
    glossary_set, _ = build((), default_glossaries=True, shipped_examples=False)
    examples: dict[str, list[str]] = {}
    for entry in glossary_set.entries:
        for example in entry.examples:
            if example.bad and entry.language != "any":
                examples.setdefault(entry.language, []).append(example.bad)
    with tempfile.TemporaryDirectory(prefix="mtaudit-warm-") as folder:
        for language, bad in sorted(examples.items()):
            # A fenced block too: the block parser is imported and set up only for a text holding one.
            article = "\n\n".join([*bad[:_WARM_EXAMPLES], "```\ncode\n```"]) + "\n"
            Path(folder, f"{language}.md").write_text(article, encoding="utf-8")
        with open(os.devnull, "w", encoding="utf-8") as nowhere:
            saved = sys.stdout, sys.stderr
            sys.stdout = sys.stderr = nowhere
            try:
                for command in ("check", "diff"):
                    with contextlib.suppress(SystemExit):
                        main(args=[command, "--no-config", folder], prog_name="mtaudit")
            finally:
                sys.stdout, sys.stderr = saved


def _stop(_number: int, _frame: object) -> None:
    raise SystemExit(0)


class _Loop:
    """Accept connections: answer status and stop requests, fork a child for each command."""

    def __init__(self, listener: socket.socket, lock: int, installed: tuple[tuple[str, int, int], ...]) -> None:
        self.listener, self.lock, self.installed = listener, lock, installed
        self.served = 0

    def run(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except TimeoutError:
                return
            with connection:
                if _same_user(connection) and not self._answer(connection):
                    return

    def _answer(self, connection: socket.socket) -> bool:
        """Answer one connection; False when the server is to stop."""
        connection.settimeout(10)
        try:
            # A command's standard streams come attached to its first byte.
            kind, streams, _flags, _address = socket.recv_fds(connection, 1, 3)
            if kind in (STOP, STATUS):
                connection.sendall(kind + struct.pack("!iI", os.getpid(), self.served))
                if kind == STOP:
                    return False
        except OSError:
            return True
        if kind == RUN and len(streams) == 3:
            self.served += 1
            if os.fork() == 0:
                # The child keeps neither the socket nor the lock: a new server may start while it runs.
                self.listener.close()
                os.close(self.lock)
                _child(connection, streams, self.installed)
        for stream in streams:
            os.close(stream)
        return True


def _same_user(connection: socket.socket) -> bool:
    if not hasattr(socket, "SO_PEERCRED"):
        return True  # macOS and the BSDs: the private folder alone keeps other users out
    credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return uid == os.getuid()


def _child(connection: socket.socket, streams: list[int], installed: tuple[tuple[str, int, int], ...]) -> None:
    """Run one command in this fork and leave; never return to the server's loop."""
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # a worker pool waits for its workers
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
        request = _request(connection)
        if fingerprint() != installed:
            connection.sendall(message(DECLINED, 0))
            os.kill(os.getppid(), signal.SIGTERM)  # out of date: the next command finds no server
            os._exit(0)
        os.setpgid(0, 0)  # the client passes Ctrl-C to this group: this process and its workers
        connection.sendall(message(STARTED, os.getpid()))
        code = _run(request, streams)
        connection.sendall(message(EXITED, code))
        pattern_store.write_back()  # what the command compiled, for the next process (not a fork)
    except BaseException:  # the client is gone, or a bug: its stderr (or nowhere) says which
        traceback.print_exc()
    os._exit(0)


def _request(connection: socket.socket) -> dict[str, Any]:
    (size,) = struct.unpack("!I", received(connection, 4))
    if size > _LARGEST_REQUEST:
        raise ConnectionError("not a request")
    request: dict[str, Any] = marshal.loads(received(connection, size))
    return request


def _run(request: dict[str, Any], streams: list[int]) -> int:
    """Become the client's process (streams, folder, environment, umask) and run its command line."""
    for target, descriptor in enumerate(streams):
        os.dup2(descriptor, target)
        os.close(descriptor)
    sys.stdin, sys.stdout, sys.stderr = (
        open(  # noqa: SIM115 - the process's standard streams, closed when it ends
            descriptor,
            mode,
            encoding=encoding,
            errors=errors,
            newline="\n",
            buffering=1 if line_buffering else -1,
            closefd=False,
        )
        for descriptor, mode, (encoding, errors, line_buffering) in zip(
            (0, 1, 2), ("r", "w", "w"), request["streams"], strict=True
        )
    )
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.environ.clear()
    os.environ.update(request["env"])
    os.umask(request["umask"])
    os.chdir(request["cwd"])
    from audit.cli import main

    try:
        main(args=request["argv"], prog_name="mtaudit")
        code: object = 0
    except SystemExit as leaving:
        code = leaving.code
    except KeyboardInterrupt:
        code = 130
    except BaseException:
        traceback.print_exc()
        code = 1
    if code is not None and not isinstance(code, int):
        print(code, file=sys.stderr)  # what Python does with sys.exit("message")
        code = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    return code or 0


def _detach() -> None:
    """Tell `mtaudit server start` the server is ready, then let go of its pipes."""
    print("ready", flush=True)
    nowhere = os.open(os.devnull, os.O_RDWR)
    for descriptor in (0, 1, 2):
        os.dup2(nowhere, descriptor)
    os.close(nowhere)


if __name__ == "__main__":
    # `mtaudit server start` runs `python -m audit.server SOCKET IDLE_MINUTES` in a session of its own.
    try:
        serve(sys.argv[1], float(sys.argv[2]), on_ready=_detach)
    except AuditError as error:
        print(error, file=sys.stderr)
        sys.exit(2)
    except OSError as error:  # a folder it cannot create, a socket path too long for the system
        print(f"{sys.argv[1]}: {error.strerror or error}", file=sys.stderr)
        sys.exit(2)
