"""`--format json` validates against the schema kept in the repo, and its offsets index the text."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import jsonschema

from tests.conftest import run_cli

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "findings-v1.schema.json").read_text(encoding="utf-8"))
SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _report(*args: str, cwd: Path | None = None) -> dict:
    result = run_cli("check", "--format", "json", *args, cwd=cwd)
    assert result.returncode in (0, 1, 2), result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, SCHEMA)
    return report


def _decoded(path: Path) -> str:
    data = path.read_bytes()
    return data.removeprefix(codecs.BOM_UTF8).decode("utf-8")


def test_text_equals_decoded_slice_and_positions_agree(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_bytes(
        codecs.BOM_UTF8 + "Line one.\r\nÜber caf\u00c3\u00a9\u200b and 東京 caf\u00c3\u00a9.\r\n".encode()
    )
    report = _report("--select", "mojibake,invisible-char", str(article))
    text = _decoded(article)
    findings = report["files"][0]["findings"]
    assert len(findings) == 3
    lines = text.split("\n")
    for finding in findings:
        assert finding["text"] == text[finding["start"] : finding["end"]]
        line = lines[finding["line"] - 1]
        assert line[finding["column"] - 1 : finding["end_column"] - 1] == finding["text"]
    assert report["files"][0]["stats"]["post_edit_rate"] > 0
    assert report["tool"]["name"] == "mt-audit"


def test_errors_are_listed_with_their_cause(tmp_path: Path) -> None:
    bad = tmp_path / "b.md"
    bad.write_bytes(b"ok\n\xc3(")
    report = _report(str(bad))
    assert report["errors"] == [{"path": str(bad), "error": "not valid UTF-8 at byte 3"}]
    assert report["files"] == []


def test_every_sample_validates_and_slices_exactly() -> None:
    report = _report(str(SAMPLES))
    assert report["files"], "samples/ has articles"
    for file in report["files"]:
        text = _decoded(Path(file["path"]))
        for finding in file["findings"]:
            assert finding["text"] == text[finding["start"] : finding["end"]]
