"""Speed of `mtaudit check` against codespell, both run as the commands a user or hook runs (issue 9).

One run measures, side by side on the same generated corpus (bench/corpus.py: en, fr, de, es, it,
pt articles with artifacts planted at a known rate and stray paragraphs in a second language):
- the whole folder: wall time, MB/s and peak RSS of `mtaudit check` and of `codespell`; `mtaudit` runs
  first with an empty cache of the bench's own (cold: it builds its tables, audit/cache.py), then warm;
- one article, the pre-commit case: `mtaudit check one.md`, `codespell one.md`, `python -c pass`, on the
  corpus's first article and on the first with mojibake (whose repair imports ftfy); then the same
  `mtaudit check` with the resident server running (`mtaudit server start`, audit/server.py), whose
  output must be the same;
- `--jobs 1` against `--jobs 2`, whose outputs must be identical and in the same order;
- langdetect calls per MB, counted in-process over the same files (`--quick`: over one file in five).
It prints a table with the ratios and the targets of issue 9, and writes it as JSON. The targets are
reported, never asserted: `--quick` (1 MB) runs in the test suite only so that this script cannot rot;
it skips the cold run and uses the cache it is given.

    .venv/bin/python bench/bench_speed.py [--size 20000000] [--quick] [--json bench-speed.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import planted_articles

BIN = Path(sys.executable).parent
_MOJIBAKE = "Ã"  # what corpus.py's planted mojibake (UTF-8 read as Windows-1252) writes for an accented letter
TARGETS = {
    "check throughput vs codespell (≥ 1.0)": ("throughput_ratio", 1.0, ">="),
    "one article, the worse of the two, vs codespell (≤ 2.0)": ("one_article_ratio", 2.0, "<="),
    "the same with the resident server (≤ 2.0)": ("served_article_ratio", 2.0, "<="),
    "peak RSS of check, MiB, the worse of cold and warm (< 200)": ("worse_peak_rss_mb", 200, "<"),
    "--jobs 2 speed-up over --jobs 1 (≥ 1.7)": ("jobs_speedup", 1.7, ">="),
}


# Both tools run as installed ones do, from compiled bytecode: with PYTHONDONTWRITEBYTECODE set (as in
# some containers), a tool run from a source checkout would compile its modules on every run. A
# resident server the user started serves none of the runs but those meant to use one.
_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
_ENVIRONMENT["MTAUDIT_NO_SERVER"] = "1"


def _run(command: list[str], environment: dict[str, str] = _ENVIRONMENT) -> tuple[float, int, bytes]:
    """Wall seconds, peak RSS in KB of the process, and its stdout."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr, env=environment)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        output = stdout.read()
        if process.returncode not in (0, 1, 65):  # 65: codespell found misspellings
            stderr.seek(0)
            said = [line for line in stderr.read().decode("utf-8", "replace").splitlines() if line.strip()]
            raise SystemExit(f"{command[0]} failed with exit code {process.returncode}: {said[-1] if said else ''}")
    return elapsed, usage.ru_maxrss, output


def _medians(commands: list[list[str]], repeat: int, environment: dict[str, str] = _ENVIRONMENT) -> list[float]:
    """The median wall time of each command, run in turns: a change in the machine's load during the
    measurement weighs on every command alike, not on whichever ran then."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(repeat):
        for command, taken in zip(commands, times, strict=True):
            taken.append(_run(command, environment)[0])
    return [statistics.median(taken) for taken in times]


def _served(mtaudit: str, codespell: str, articles: list[Path], repeat: int) -> tuple[list[float], bool]:
    """The wall times of `mtaudit check --quiet` and of codespell on each article, in turns, with a
    resident server of the bench's own running; and whether the server printed what a run without it
    prints."""
    folder = tempfile.mkdtemp(prefix="mts-bench-")
    environment = {**_ENVIRONMENT, "MTAUDIT_SERVER_DIR": folder}
    del environment["MTAUDIT_NO_SERVER"]
    subprocess.run([mtaudit, "server", "start"], env=environment, check=True, capture_output=True)
    try:
        same = all(
            _run([mtaudit, "check", "--quiet", str(path)], environment)[2]
            == _run([mtaudit, "check", "--quiet", str(path)])[2]
            for path in articles
        )
        commands = [
            [program, *options, str(path)]
            for path in articles
            for program, *options in ((mtaudit, "check", "--quiet"), (codespell,))
        ]
        return _medians(commands, repeat, environment), same
    finally:
        subprocess.run([mtaudit, "server", "stop"], env=environment, check=False, capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _detector_calls_per_mb(files: list[Path]) -> float:
    from audit import Config, audit_text
    from audit.markup import Markup

    config = Config()
    calls = sum(
        audit_text(path.read_text(encoding="utf-8"), config, Markup.MARKDOWN).languages.identifier.detector_calls
        for path in files
    )
    return calls / (sum(path.stat().st_size for path in files) / 1e6)


def measure(
    root: Path, repeat: int, counted_every: int = 1, cache: Path | None = None
) -> dict[str, float | int | str | bool]:
    """The figures of the module docstring; langdetect's calls are counted on every `counted_every`th
    file. With `cache` (an empty folder) the first check runs cold, filling it, and the others warm."""
    mtaudit = str(BIN / "mtaudit")
    codespell = shutil.which("codespell", path=str(BIN)) or shutil.which("codespell")
    if codespell is None:
        raise SystemExit("codespell is not installed: pip install -e '.[bench]'")
    files = sorted(root.glob("*.md"))
    megabytes = sum(path.stat().st_size for path in files) / 1e6
    cold_figures: dict[str, float | bool] = {}
    if cache is not None:
        _ENVIRONMENT["MTAUDIT_CACHE_DIR"] = str(cache)
        seconds, rss, first = _run([mtaudit, "check", "--quiet", "--jobs", "1", str(root)])
        cold_figures = {"cold_check_seconds": round(seconds, 3), "cold_check_peak_rss_mb": round(rss / 1024, 1)}
    ours, ours_rss, serial = _run([mtaudit, "check", "--quiet", "--jobs", "1", str(root)])
    if cache is not None:
        cold_figures["cold_output_identical"] = first == serial
    parallel, _, concurrent = _run([mtaudit, "check", "--quiet", "--jobs", "2", str(root)])
    peer, peer_rss, _ = _run([codespell, str(root)])
    one = files[0]
    # An article with mojibake costs more (ftfy is imported to repair it): the target is for any
    # article, so the bench times the first one that has some too, and holds the worse to the target.
    garbled = next((path for path in files if _MOJIBAKE in path.read_text(encoding="utf-8")), one)
    # The pre-commit hook's command (findings only), and the same with the summary lines, whose
    # post-edit rate computes the fixes and loads sacrebleu.
    ours_one, summary_one, peer_one, python_one, ours_garbled, peer_garbled = _medians(
        [
            [mtaudit, "check", "--quiet", str(one)],
            [mtaudit, "check", str(one)],
            [codespell, str(one)],
            [sys.executable, "-c", "pass"],
            [mtaudit, "check", "--quiet", str(garbled)],
            [codespell, str(garbled)],
        ],
        repeat,
    )
    (served_one, peer_one_again, served_garbled, peer_garbled_again), served_same = _served(
        mtaudit, codespell, [one, garbled], repeat
    )
    return {
        **cold_figures,
        "files": len(files),
        "megabytes": round(megabytes, 3),
        "check_seconds": round(ours, 3),
        "check_mb_per_s": round(megabytes / ours, 3),
        "check_peak_rss_mb": round(ours_rss / 1024, 1),
        "worse_peak_rss_mb": round(max(ours_rss / 1024, float(cold_figures.get("cold_check_peak_rss_mb", 0))), 1),
        "codespell_seconds": round(peer, 3),
        "codespell_mb_per_s": round(megabytes / peer, 3),
        "codespell_peak_rss_mb": round(peer_rss / 1024, 1),
        "throughput_ratio": round(peer / ours, 4),
        "jobs2_seconds": round(parallel, 3),
        "jobs_speedup": round(ours / parallel, 3),
        "jobs_output_identical": serial == concurrent,
        "findings_sha256": hashlib.sha256(serial).hexdigest(),
        "findings": serial.count(b"\n"),
        "one_article_bytes": one.stat().st_size,
        "one_article_seconds": round(ours_one, 4),
        "one_article_summary_seconds": round(summary_one, 4),
        "one_article_codespell_seconds": round(peer_one, 4),
        "one_article_python_seconds": round(python_one, 4),
        "one_article_plain_ratio": round(ours_one / peer_one, 3),
        "mojibake_article_bytes": garbled.stat().st_size,
        "mojibake_article_seconds": round(ours_garbled, 4),
        "mojibake_article_codespell_seconds": round(peer_garbled, 4),
        "mojibake_article_ratio": round(ours_garbled / peer_garbled, 3),
        "one_article_ratio": round(max(ours_one / peer_one, ours_garbled / peer_garbled), 3),
        "served_article_seconds": round(served_one, 4),
        "served_mojibake_article_seconds": round(served_garbled, 4),
        "served_article_ratio": round(max(served_one / peer_one_again, served_garbled / peer_garbled_again), 3),
        "served_output_identical": served_same,
        "langdetect_calls_per_mb": round(_detector_calls_per_mb(files[::counted_every]), 1),
    }


def _verdict(value: float, bound: float, comparison: str) -> str:
    met = {">=": value >= bound, "<=": value <= bound, "<": value < bound}[comparison]
    return "met" if met else "NOT met"


def report(results: dict[str, float | int | str | bool], planted: int) -> str:
    r = results
    lines = [
        f"corpus: {r['files']} files, {r['megabytes']} MB, {planted} planted artifacts, {r['findings']} findings",
        f"{'':28}{'seconds':>9}{'MB/s':>8}{'peak RSS MiB':>13}",
        *(
            [f"{'mtaudit check, cold cache':28}{r['cold_check_seconds']:>9}{'':>8}{r['cold_check_peak_rss_mb']:>13}"]
            if "cold_check_seconds" in r
            else []
        ),
        f"{'mtaudit check --jobs 1':28}{r['check_seconds']:>9}{r['check_mb_per_s']:>8}{r['check_peak_rss_mb']:>13}",
        f"{'mtaudit check --jobs 2':28}{r['jobs2_seconds']:>9}",
        f"{'codespell':28}{r['codespell_seconds']:>9}{r['codespell_mb_per_s']:>8}{r['codespell_peak_rss_mb']:>13}",
        f"one article ({r['one_article_bytes']} bytes): mtaudit check --quiet {r['one_article_seconds']} s "
        f"(with the summary {r['one_article_summary_seconds']} s), codespell {r['one_article_codespell_seconds']} s, "
        f"python -c pass {r['one_article_python_seconds']} s (ratio {r['one_article_plain_ratio']})",
        f"one article with mojibake ({r['mojibake_article_bytes']} bytes): mtaudit check --quiet "
        f"{r['mojibake_article_seconds']} s, codespell {r['mojibake_article_codespell_seconds']} s "
        f"(ratio {r['mojibake_article_ratio']})",
        f"with the resident server: mtaudit check --quiet {r['served_article_seconds']} s, with mojibake "
        f"{r['served_mojibake_article_seconds']} s (ratio {r['served_article_ratio']}); "
        f"output identical: {r['served_output_identical']}",
        f"--jobs 2 output identical to --jobs 1: {r['jobs_output_identical']}"
        + (
            f"; cold run's output identical to the warm one's: {r['cold_output_identical']}"
            if "cold_output_identical" in r
            else ""
        ),
        f"langdetect calls per MB: {r['langdetect_calls_per_mb']}",
        "targets (issue 9):",
    ]
    for name, (key, bound, comparison) in TARGETS.items():
        value = float(r[key])  # type: ignore[arg-type]
        lines.append(f"  {name:45} {value:>8}  {_verdict(value, bound, comparison)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000_000, help="corpus size in bytes")
    parser.add_argument("--quick", action="store_true", help="1 MB, one run of each command: the suite's smoke run")
    parser.add_argument("--repeat", type=int, default=7, help="runs of the one-article case")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    size, repeat, counted_every = (1_000_000, 1, 5) if options.quick else (options.size, options.repeat, 1)
    with tempfile.TemporaryDirectory() as folder:
        root, cache = Path(folder, "corpus"), Path(folder, "cache")
        root.mkdir()
        planted = 0
        # Written one article at a time: the corpus is never held in memory whole.
        for number, (article, artifacts) in enumerate(planted_articles(size)):
            (root / f"article-{number:05d}.md").write_text(article, encoding="utf-8")
            planted += artifacts
        results = measure(root, repeat, counted_every, None if options.quick else cache)
    print(report(results, planted))
    if options.json:
        options.json.write_text(json.dumps({**results, "planted": planted}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
