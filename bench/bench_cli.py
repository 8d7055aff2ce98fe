"""`mtaudit check` against codespell on the same files, both as the commands a user or hook runs.

Two measurements, each printed with its ratio to codespell measured in the same script:
- a folder of the mixed corpus (bench/corpus.py) written to a temp folder, whole-run wall time;
- one small article, the pre-commit case, where start-up dominates (median of several runs).

codespell is a bench-only peer (`pip install -e '.[bench]'`, done by `make bench`). Report only.

    .venv/bin/python bench/bench_cli.py [--size 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles

BIN = Path(sys.executable).parent


def _wall(command: list[str]) -> float:
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if completed.returncode not in (0, 1, 65):  # 65: codespell found misspellings
        raise SystemExit(f"{command[0]} failed: {completed.stderr.decode()[:300]}")
    return elapsed


def _median(command: list[str], repeat: int) -> float:
    return statistics.median(_wall(command) for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="corpus size in bytes")
    parser.add_argument("--repeat", type=int, default=5, help="runs of the one-file case")
    options = parser.parse_args()
    mtaudit, codespell = str(BIN / "mtaudit"), shutil.which("codespell", path=str(BIN)) or shutil.which("codespell")
    if codespell is None:
        raise SystemExit("codespell is not installed: pip install -e '.[bench]'")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        corpus = articles(options.size)
        for number, article in enumerate(corpus):
            (root / f"article-{number:04d}.md").write_text(article, encoding="utf-8")
        megabytes = sum(path.stat().st_size for path in root.iterdir()) / 1e6
        ours = _wall([mtaudit, "check", "--quiet", str(root)])
        parallel = _wall([mtaudit, "check", "--quiet", "--jobs", "2", str(root)])
        peer = _wall([codespell, str(root)])
        print(f"folder: {len(corpus)} articles, {megabytes:.2f} MB")
        print(f"  mtaudit check           {ours:7.2f} s  {megabytes / ours:6.2f} MB/s  {ours / peer:6.1f}x codespell")
        print(
            f"  mtaudit check --jobs 2  {parallel:7.2f} s  {megabytes / parallel:6.2f} MB/s  {parallel / peer:6.1f}x codespell"
        )
        print(f"  codespell               {peer:7.2f} s  {megabytes / peer:6.2f} MB/s")
        one = root / "article-0000.md"
        ours_one = _median([mtaudit, "check", "--quiet", str(one)], options.repeat)
        peer_one = _median([codespell, str(one)], options.repeat)
        help_one = _median([mtaudit, "--help"], options.repeat)
        print(f"one article ({one.stat().st_size} bytes), median of {options.repeat}:")
        print(f"  mtaudit check   {ours_one:6.3f} s  {ours_one / peer_one:5.1f}x codespell")
        print(f"  mtaudit --help  {help_one:6.3f} s  {help_one / peer_one:5.1f}x codespell")
        print(f"  codespell       {peer_one:6.3f} s")


if __name__ == "__main__":
    main()
