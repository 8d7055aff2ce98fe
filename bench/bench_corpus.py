"""Corpus mode at scale (issue 13): `mtaudit check --corpus` over ≥ 100,000 generated short documents.

The corpus is generated (no downloads) from the bench paragraphs (bench/corpus.py): one paragraph a
document, one document in ten with a planted doubled word or missing space, every fourth declaring
its language. It is written to a temp file line by line, never held whole. Each run is the real CLI;
the whole process tree's resident memory is sampled from /proc while it runs, so "flat" is visible:
the peak against the RSS after the first tenth of the documents. On a shared machine wall-clock MB/s
depends on the load, so the CPU seconds of the run (workers included) are reported beside it.

    .venv/bin/python bench/bench_corpus.py [--documents 100000] [--jobs 1,2] [--quick]

`--quick` (500 documents) runs in the test suite so the bench cannot rot. Report only: no targets
are asserted here but the output's record count.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import paragraphs

BIN = Path(sys.executable).parent
SAMPLE_SECONDS = 0.2


def documents(count: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """`count` short documents, deterministic for a seed, generated one at a time."""
    generator = random.Random(seed)
    pool = paragraphs()
    for number in range(count):
        language, text = generator.choice(pool)
        if number % 10 == 3:
            first, _, rest = text.partition(" ")
            text = f"{first} {first.lower()} {rest}"  # a doubled word
        elif number % 10 == 7:
            text = text.replace(". ", ".", 1)  # a missing space, where there is a second sentence
        record = {"id": f"doc-{number:07d}", "text": text}
        if number % 4 == 0:
            record["lang"] = language
        yield record


def write_corpus(path: Path, count: int) -> int:
    with path.open("w", encoding="utf-8") as stream:
        for record in documents(count):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        total += next((int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmRSS:")), 0)
        pending.extend(int(child) for child in children)
    return total


def run(corpus: Path, output: Path, jobs: int, count: int) -> dict[str, float]:
    command = [
        str(BIN / "mtaudit"),
        "check",
        "--quiet",
        "--jobs",
        str(jobs),
        "--corpus",
        str(corpus),
        "-o",
        str(output),
    ]
    output.unlink(missing_ok=True)  # the previous run's output would pass for this one's progress
    started, cpu_before = time.perf_counter(), _children_cpu()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = early = 0
    while process.poll() is None:
        rss = tree_rss(process.pid)
        peak = max(peak, rss)
        if not early and output.exists() and output.stat().st_size and _lines(output) >= count // 10:
            early = rss
        time.sleep(SAMPLE_SECONDS)
    elapsed, cpu = time.perf_counter() - started, _children_cpu() - cpu_before
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode not in (0, 1):
        raise SystemExit(f"mtaudit failed ({process.returncode}): {stderr[:300]}")
    written = _lines(output)
    if written != count:
        raise SystemExit(f"expected {count} records, got {written}")
    megabytes = corpus.stat().st_size / 1e6
    return {
        "jobs": jobs,
        "seconds": round(elapsed, 1),
        "mb_per_s": round(megabytes / elapsed, 3),
        "cpu_seconds": round(cpu, 1),
        "mb_per_cpu_s": round(megabytes / cpu, 3),
        "documents_per_s": round(count / elapsed),
        "rss_after_10_percent_mb": round(early / 1e6),
        "peak_rss_mb": round(peak / 1e6),
    }


def _children_cpu() -> float:
    """CPU seconds of the finished child processes and their own children (the --jobs workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(1 for _ in stream)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to measure")
    parser.add_argument("--quick", action="store_true", help="500 documents, for the test suite")
    options = parser.parse_args()
    count = 500 if options.quick else options.documents
    with tempfile.TemporaryDirectory() as folder:
        corpus, output = Path(folder) / "corpus.jsonl", Path(folder) / "out.jsonl"
        size = write_corpus(corpus, count)
        load = os.getloadavg()[0]
        print(f"corpus: {count} documents, {size / 1e6:.1f} MB; {os.cpu_count()} cores, load average {load:.1f}")
        print(
            f"{'jobs':>4}  {'seconds':>8}  {'MB/s':>6}  {'docs/s':>7}  {'CPU s':>6}  {'MB/CPU s':>8}  {'RSS at 10%':>10}  {'peak RSS':>8}"
        )
        for jobs in (int(value) for value in options.jobs.split(",")):
            result = run(corpus, output, jobs, count)
            print(
                f"{result['jobs']:>4}  {result['seconds']:>8}  {result['mb_per_s']:>6}  {result['documents_per_s']:>7}"
                f"  {result['cpu_seconds']:>6}  {result['mb_per_cpu_s']:>8}"
                f"  {result['rss_after_10_percent_mb']:>7} MB  {result['peak_rss_mb']:>5} MB"
            )


if __name__ == "__main__":
    main()
