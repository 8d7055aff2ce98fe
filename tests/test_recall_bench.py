"""bench/recall.py and the annotated dirty corpus it measures (tests/dirty/): neither may rot.

The numbers themselves are a measurement, not a pass mark; these tests assert that every annotation
still points at its text, that the script runs the real core on a couple of articles and writes the
report's structure, and that a broken sidecar is one line and exit 2.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SCRIPT = REPO / "bench" / "recall.py"
DIRTY = REPO / "tests" / "dirty"
LANGUAGES = {"en", "fr", "de", "es", "it", "pt"}


def _recall_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("recall", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["recall"] = module  # dataclasses resolve their module by name
    spec.loader.exec_module(module)
    return module


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={"PYTHONPATH": str(REPO)},
        timeout=120,
        check=False,
    )


def test_every_annotation_points_at_its_text() -> None:
    recall = _recall_module()
    articles = recall.articles_in([DIRTY])
    assert len(articles) >= 60
    assert {article.language for article in articles} >= LANGUAGES
    kinds = {artifact.kind for article in articles for artifact in article.artifacts}
    assert kinds == set(recall.KINDS)
    for article in articles:
        assert article.artifacts, article.path
        for artifact in article.artifacts:
            assert article.text[artifact.start : artifact.end] == artifact.text


def test_the_script_reports_recall_and_precision_per_kind_and_language(tmp_path: Path) -> None:
    output = tmp_path / "recall.json"
    articles = [DIRTY / "en" / "01-water-summit.md", DIRTY / "fr" / "04-grève-port.md"]
    result = _run(*articles, "--json", output)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 articles, ")
    report = json.loads(output.read_text(encoding="utf-8"))
    assert set(report) == {"overall", "by_kind", "by_language", "misses", "false_alarms", "unmapped"}
    assert set(report["by_language"]) == {"en", "fr"}
    assert {"furniture", "calques", "media"} <= set(report["by_kind"])
    for row in [report["overall"], *report["by_kind"].values(), *report["by_language"].values()]:
        assert set(row) == {"artifacts", "found", "recall", "findings", "true", "precision", "with_suggestion", "fixed"}
        assert row["found"] <= row["artifacts"] and row["true"] <= row["findings"]
    annotated = sum(row["artifacts"] for row in report["by_language"].values())
    assert annotated == report["overall"]["artifacts"] == report["overall"]["found"] + len(report["misses"])


def test_a_broken_sidecar_is_one_line_and_exit_2(tmp_path: Path) -> None:
    folder = tmp_path / "en"
    folder.mkdir()
    (folder / "a.md").write_text("The minister spoke to France Press.\n", encoding="utf-8")
    (folder / "a.toml").write_text('[[artifact]]\nkind = "media"\ntext = "French Press"\n', encoding="utf-8")
    result = _run(tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "a.toml" in result.stderr and "French Press" in result.stderr
