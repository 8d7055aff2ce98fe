"""The `mtaudit` executable: tune the process, run the command line, and leave without a teardown.

A one-file check (the pre-commit case) creates ≈60,000 container objects while importing modules and
loading data, and nearly all of them live until exit; with the collector's default first-generation
threshold (700) it ran 80-170 collections that freed ≈300 objects in all, 15-20 ms of a 0.3 s run
(issue 9). The threshold counts objects created minus objects freed, so a larger one only delays the
collection of reference cycles (a bounded heap cost) while a one-file check never collects.

At exit the interpreter then frees those objects one by one (langdetect's tables, the glossaries, the
compiled patterns): 60 ms of a 0.45 s one-file check. The process has nothing left to do by then, so,
as compilers and version-control tools do, it flushes its output, runs its exit handlers (the pattern
store's write-back) and ends at once. The core does not touch the collector or the exit: a library
caller, a Dask worker or a test keeps its own settings.
"""

from __future__ import annotations

import atexit
import gc
import os
import sys

# Above what a one-file check keeps alive; the older generations keep their default ratios.
YOUNG_THRESHOLD = 100_000


def main() -> None:
    """Run `mtaudit` with the collector tuned for a short-lived command: in this installation's
    resident server when one is running (audit/client.py), else here."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
    from audit.client import forward

    served = forward(sys.argv[1:])
    if served is not None:
        sys.exit(served)
    from audit.cli import main as command_line

    try:
        command_line(prog_name="mtaudit")
    except SystemExit as leaving:
        _leave_now(leaving.code)
        raise


def _leave_now(code: object) -> None:
    """End the process with `code` without the interpreter's teardown; return instead (and let Python
    exit as usual) for anything unusual: a message as the code, another thread alive, or output that
    cannot be flushed (a closed pipe, reported as Python reports it)."""
    threading = sys.modules.get("threading")
    if not (code is None or isinstance(code, int)) or (threading is not None and threading.active_count() > 1):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return
    atexit._run_exitfuncs()  # what the interpreter's own exit runs first (CPython's atexit module)
    os._exit(code or 0)
