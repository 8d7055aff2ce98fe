"""The README works as written: every command of its `console` blocks runs and prints what is pasted.

A reader runs `make run`, activates `.venv` and types the commands. The test does the same: each
block runs in bash, in a fresh folder holding a copy of `samples/` and `tests/clean/`, with the `mtaudit` entry point of
the environment running this suite first on `PATH` (what `. .venv/bin/activate` gives). That
environment is the one `make test` builds the README's way (`pip install -e '.[test]'` into `.venv`);
building a second venv per run would cost a pip install and test the same entry point of the same
tree, so the suite reuses it. Output is compared line for line, stdout and stderr merged in the order
a terminal shows them. A pasted output whose last line is `…` is cut: only the lines above it count.

Rule work changes findings on samples/, so the pasted outputs can be regenerated from real runs:

    MTAUDIT_UPDATE_README=1 .venv/bin/python -m pytest -p no:cacheprovider tests/test_readme.py

rewrites README.md in place (cut outputs keep their length); review the diff, then commit it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO

README = REPO / "README.md"
BLOCK = re.compile(r"^```console\n(.*?)^```$", re.MULTILINE | re.DOTALL)
CUT = "…"
MARKER = "\x1e--mtaudit-readme-command--"
UPDATE = bool(os.environ.get("MTAUDIT_UPDATE_README"))


@dataclass(frozen=True)
class Command:
    line: str
    expected: tuple[str, ...]

    @property
    def cut(self) -> bool:
        return bool(self.expected) and self.expected[-1].strip() == CUT

    def shown(self, actual: list[str]) -> list[str]:
        """The lines of `actual` the README shows: all of them, or as many as the cut output had."""
        if not self.cut:
            return actual
        return actual[: len(self.expected) - 1]


def parse(block: str) -> list[Command]:
    commands: list[Command] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            commands.append(Command(line[2:], ()))
        elif commands:
            commands[-1] = Command(commands[-1].line, (*commands[-1].expected, line))
        else:
            raise AssertionError(f"output before any command in a console block: {line!r}")
    return commands


def run_block(commands: list[Command], folder: Path) -> list[list[str]]:
    """Run the commands in one bash session (so `$?` and files carry over); return each one's lines."""
    shutil.copytree(REPO / "samples", folder / "samples")
    shutil.copytree(REPO / "tests" / "clean", folder / "tests" / "clean")
    script = ["exec 2>&1"]
    for command in commands:
        # Print a marker between commands without losing the previous command's exit status.
        script.append(f"__status=$?; printf '%s\\n' '{MARKER}'; (exit $__status); {command.line}")
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for variable in ("NO_COLOR", "PYTHONPATH", "MTAUDIT_UPDATE_README"):
        environment.pop(variable, None)
    completed = subprocess.run(
        ["bash", "-c", "\n".join(script)],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    pieces = completed.stdout.split(MARKER + "\n")
    assert len(pieces) == len(commands) + 1, completed.stdout
    return [piece.splitlines() for piece in pieces[1:]]


def blocks() -> list[re.Match[str]]:
    return list(BLOCK.finditer(README.read_text(encoding="utf-8")))


def test_the_readme_shows_console_blocks_and_an_installed_mtaudit() -> None:
    assert len(blocks()) >= 8
    assert (Path(sys.executable).parent / "mtaudit").exists(), "run the suite from the venv `make test` builds"


@pytest.mark.skipif(UPDATE, reason="rewriting the README (test_update_readme)")
@pytest.mark.parametrize("number", range(len(blocks())))
def test_console_block_prints_what_the_readme_shows(number: int, tmp_path: Path) -> None:
    commands = parse(blocks()[number].group(1))
    for command, actual in zip(commands, run_block(commands, tmp_path), strict=True):
        expected = list(command.expected[:-1] if command.cut else command.expected)
        assert command.shown(actual) == expected, f"$ {command.line}"


@pytest.mark.skipif(not UPDATE, reason="set MTAUDIT_UPDATE_README=1 to rewrite the README's outputs")
def test_update_readme(tmp_path: Path) -> None:
    text = README.read_text(encoding="utf-8")
    pieces: list[str] = []
    last = 0
    for number, match in enumerate(blocks()):
        commands = parse(match.group(1))
        lines: list[str] = []
        for command, actual in zip(commands, run_block(commands, tmp_path / str(number)), strict=True):
            lines.append(f"$ {command.line}")
            lines.extend(command.shown(actual))
            if command.cut:
                lines.append(command.expected[-1])
        pieces.append(text[last : match.start(1)] + "".join(line + "\n" for line in lines))
        last = match.end(1)
    pieces.append(text[last:])
    README.write_text("".join(pieces), encoding="utf-8")
