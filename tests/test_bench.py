"""The speed bench (bench/bench_speed.py) runs in the suite in its --quick mode, and the large-file
bench (bench/bench_large.py) at a tiny size, so neither can rot.

Its timing targets are reported by the bench, never asserted here; what is asserted is what the bench
promises whatever the machine: every figure present, `--jobs 2` output identical to `--jobs 1`, and
the resident server's output identical to a run without it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).parent.parent / "bench" / "bench_speed.py"


def test_quick_bench_reports_every_figure_and_identical_parallel_output(tmp_path: Path) -> None:
    figures = tmp_path / "speed.json"
    completed = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--json", str(figures)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stderr
    results = json.loads(figures.read_text(encoding="utf-8"))
    assert results["megabytes"] >= 1.0
    assert results["planted"] > 0 and results["findings"] >= results["planted"] // 2
    assert results["jobs_output_identical"] is True
    assert results["served_output_identical"] is True
    for key in ("throughput_ratio", "one_article_ratio", "served_article_ratio", "check_peak_rss_mb", "jobs_speedup"):
        assert results[key] > 0
    assert "targets (issue 9)" in completed.stdout


def test_large_file_bench_runs_fix_on_each_case_in_its_own_process() -> None:
    # Sizes far below the bench's defaults: this keeps the script from rotting, it measures nothing.
    bench = BENCH.with_name("bench_large.py")
    completed = subprocess.run(
        [sys.executable, str(bench), "--article-mb", "0.05", "--line-mb", "0.02"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    rows = completed.stdout.splitlines()
    assert [row.split()[0] for row in rows] == ["line-0.25", "line-0.5", "line-1", "article-0.1", "article-1"]
    # `fix` changed every file (exit 1) and each row has its time, CPU time and peak RSS.
    assert all(row.endswith("exit 1") and " CPU " in row and "peak RSS" in row for row in rows)
