"""Corpus mode (issue 13): JSONL records through the real CLI, in order, resumable, interruptible."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from audit.config import Config
from audit.corpus import Line, Record, audit_partition, read_lines, summarise_corpus
from tests.conftest import REPO, run_cli

# Our own sentences: some carry an artifact (doubled word, missing space, literal agency name), some are clean.
SENTENCES = {
    "en": [
        "The council approved the new budget on Tuesday.",
        "The the mayor said the plan would start in spring.",
        "Officials told France Press that talks would resume.",
        "Rain closed two roads near the river.It cleared by noon.",
    ],
    "fr": [
        "Le conseil a adopté le nouveau budget mardi soir.",
        "Le le maire a dit que le projet commencera au printemps.",
        "La pluie a fermé deux routes près du fleuve.Elle a cessé à midi.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen.",
        "Der Bürgermeister sagte, dass der Plan im Frühjahr beginnt.",
    ],
}


def records(count: int) -> list[dict[str, object]]:
    """`count` short documents cycling through three languages; every fifth declares its language."""
    languages = sorted(SENTENCES)
    result: list[dict[str, object]] = []
    for number in range(count):
        language = languages[number % len(languages)]
        sentences = SENTENCES[language]
        text = " ".join(sentences[(number // len(languages) + shift) % len(sentences)] for shift in range(2)) + "\n"
        record: dict[str, object] = {"id": f"doc-{number}", "text": text}
        if number % 5 == 0:
            record["lang"] = language
        record["feed"] = f"feed-{number % 3}"  # a key of the user's, kept by `fix --corpus`
        result.append(record)
    return result


def write_corpus(path: Path, items: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items), encoding="utf-8")
    return path


def output_lines(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus.jsonl", records(12))


def test_check_writes_one_record_per_document_in_input_order(corpus: Path) -> None:
    result = run_cli("check", "--corpus", str(corpus))
    assert result.returncode == 1
    written = output_lines(result)
    assert [record["id"] for record in written] == [f"doc-{number}" for number in range(12)]
    assert all(set(record) == {"id", "language", "findings", "stats"} for record in written)
    by_id = {record["id"]: record for record in written}
    assert [finding["rule"] for finding in by_id["doc-0"]["findings"]] == []  # de, clean
    assert by_id["doc-1"]["language"] == "en"
    assert [finding["rule"] for finding in by_id["doc-1"]["findings"]] == ["doubled-word"]
    assert [finding["rule"] for finding in by_id["doc-4"]["findings"]] == ["doubled-word", "glossary"]
    assert by_id["doc-5"]["language"] == "fr"
    assert [finding["rule"] for finding in by_id["doc-5"]["findings"]] == ["doubled-word", "missing-space"]
    french = by_id["doc-5"]["findings"][0]
    text = corpus.read_text(encoding="utf-8").splitlines()[5]
    assert json.loads(text)["text"][french["start"] : french["end"]] == french["text"] == "Le le"
    stats = by_id["doc-5"]["stats"]
    assert (stats["characters"], stats["findings"], stats["post_edit_rate"]) == (len(json.loads(text)["text"]), 2, None)
    assert result.stderr.decode().endswith("in 12 documents.\n")


def test_a_clean_corpus_exits_0_and_quiet_prints_nothing_on_stderr(tmp_path: Path) -> None:
    clean = write_corpus(tmp_path / "clean.jsonl", [{"id": 1, "text": "Der Stadtrat hat getagt."}])
    result = run_cli("check", "--quiet", "--corpus", str(clean))
    assert (result.returncode, result.stderr) == (0, b"")
    assert output_lines(result)[0]["findings"] == []


def test_options_apply_to_every_record_and_a_record_lang_wins(corpus: Path) -> None:
    assert run_cli("check", "--fail-level", "error", "--corpus", str(corpus)).returncode == 0
    selected = output_lines(run_cli("check", "--select", "missing-space", "--corpus", str(corpus)))
    assert {finding["rule"] for record in selected for finding in record["findings"]} == {"missing-space"}
    forced = output_lines(run_cli("check", "--lang", "es", "--corpus", str(corpus)))
    declared = [json.loads(line).get("lang") for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert [record["language"] for record in forced] == [lang or "es" for lang in declared]


def test_fix_writes_the_fixed_records_keeping_every_other_key(corpus: Path) -> None:
    result = run_cli("fix", "--corpus", str(corpus))
    assert result.returncode == 1
    fixed = output_lines(result)
    original = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert [record["id"] for record in fixed] == [record["id"] for record in original]
    for before, after in zip(original, fixed, strict=True):
        assert {**before, "text": after["text"]} == after  # lang, source and key order kept
    assert ". The mayor said" in fixed[1]["text"]
    assert "fleuve. Elle" in fixed[5]["text"] and "Le maire" in fixed[5]["text"]
    assert fixed[0]["text"] == original[0]["text"]
    assert result.stderr.decode() == "fixed 8 of 12 documents; 0 findings left.\n"
    again = run_cli("fix", "--corpus", "-", stdin=result.stdout)
    assert again.returncode == 0 and output_lines(again) == fixed  # idempotent


def test_fix_exits_1_on_findings_it_leaves(tmp_path: Path) -> None:
    # An unbalanced quote is report-only: nothing changes, the finding is left, as `fix FILE` does.
    corpus = write_corpus(tmp_path / "quote.jsonl", [{"id": 1, "text": "He said “no and left.\n"}])
    result = run_cli("fix", "--corpus", str(corpus))
    assert result.returncode == 1
    assert output_lines(result) == [{"id": 1, "text": "He said “no and left.\n"}]
    assert result.stderr.decode() == "fixed 0 of 1 document; 1 finding left.\n"
    assert run_cli("fix", "--fail-level", "error", "--corpus", str(corpus)).returncode == 0


def test_gzip_stdin_and_jobs_give_the_same_output(tmp_path: Path) -> None:
    # 300 documents: several chunks per worker, so --jobs 2 really interleaves and must reorder.
    corpus = write_corpus(tmp_path / "corpus.jsonl", records(300))
    compressed = tmp_path / "corpus.jsonl.gz"
    compressed.write_bytes(gzip.compress(corpus.read_bytes()))
    plain = run_cli("check", "--corpus", str(corpus))
    assert len(plain.stdout.splitlines()) == 300
    assert run_cli("check", "--corpus", str(compressed)).stdout == plain.stdout
    assert run_cli("check", "--corpus", "-", stdin=corpus.read_bytes()).stdout == plain.stdout
    parallel = run_cli("check", "--jobs", "2", "--corpus", str(compressed))
    assert (parallel.returncode, parallel.stdout) == (plain.returncode, plain.stdout)


def test_bad_records_are_one_line_each_and_the_run_goes_on(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "The council met."}',
        "not json at all",
        '{"id": "b"}',
        '{"id": "c", "text": 42}',
        '["id", "text"]',
        "",
        '{"id": null, "text": "x"}',
        '{"id": "d", "text": "Le conseil a adopté le budget.", "lang": 3}',
        '{"id": "e", "text": "The mayor spoke."}',
    ]
    corpus = tmp_path / "mixed.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for jobs in ("1", "2"):
        result = run_cli("check", "--quiet", "--jobs", jobs, "--corpus", str(corpus))
        assert result.returncode == 2
        assert [record["id"] for record in output_lines(result)] == ["a", "e"]
        errors = result.stderr.decode().splitlines()
        assert [error.split(": ")[1] for error in errors] == [
            f"{corpus}:{number}" for number in (2, 3, 4, 5, 7, 8)
        ]  # blank line 6 is skipped, not an error
        assert all(error.startswith("mtaudit: ") and "Traceback" not in error for error in errors)
        assert "not valid JSON" in errors[0] and 'missing "text"' in errors[1]
        assert '"text" must be a string, not a number' in errors[2] and "not an array" in errors[3]


def test_invalid_utf8_record_and_missing_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "bytes.jsonl"
    corpus.write_bytes(b'{"id": 1, "text": "caf\xe9"}\n{"id": 2, "text": "The council met."}\n')
    result = run_cli("check", "-q", "--corpus", str(corpus))
    assert result.returncode == 2 and [record["id"] for record in output_lines(result)] == [2]
    assert result.stderr.decode() == f"mtaudit: {corpus}:1: not valid UTF-8 at byte 22 of the line\n"
    missing = run_cli("check", "--corpus", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2
    assert missing.stderr.decode() == f"mtaudit: {tmp_path / 'nope.jsonl'}: No such file or directory\n"


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--corpus", "c.jsonl", "article.md"),
        ("check", "--corpus", "c.jsonl", "--format", "sarif"),
        ("check", "--corpus", "c.jsonl", "--resume"),
        ("check", "--output", "out.jsonl", "article.md"),
        ("fix", "--corpus", "c.jsonl", "--output", "c.jsonl"),
        ("check", "--corpus", "c.jsonl", "--source", "c.jsonl"),
    ],
)
def test_options_that_do_not_go_together_are_usage_errors(tmp_path: Path, args: tuple[str, ...]) -> None:
    write_corpus(tmp_path / "c.jsonl", records(1))
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == 2 and b"Traceback" not in result.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_resume_skips_done_ids_and_cuts_a_torn_last_line(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", records(40))
    full = tmp_path / "full.jsonl"
    assert run_cli("check", "--corpus", str(corpus), "--output", str(full)).returncode == 1
    complete = full.read_bytes().splitlines(keepends=True)
    assert len(complete) == 40
    partial = tmp_path / "partial.jsonl"
    partial.write_bytes(b"".join(complete[:15]) + complete[15][:30])  # a run killed mid-line
    resumed = run_cli("check", "--corpus", str(corpus), "--output", str(partial), "--resume")
    assert resumed.returncode == 1
    assert partial.read_bytes() == full.read_bytes()
    assert resumed.stderr.decode().endswith(" in 25 documents, 15 already done.\n")
    # Nothing left to do: nothing appended.
    again = run_cli("check", "--corpus", str(corpus), "--output", str(partial), "--resume", "--quiet")
    assert again.returncode == 0 and partial.read_bytes() == full.read_bytes()


def test_resume_refuses_an_output_that_is_not_an_earlier_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", records(3))
    other = tmp_path / "notes.jsonl"
    other.write_text("shopping list\n" + json.dumps({"id": "doc-0"}) + "\n", encoding="utf-8")
    result = run_cli("check", "--corpus", str(corpus), "--output", str(other), "--resume")
    assert result.returncode == 2
    assert result.stderr.decode() == f"mtaudit: {other}:1: not a record of an earlier run; cannot resume\n"
    assert other.read_text(encoding="utf-8").startswith("shopping list\n")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_a_valid_jsonl_prefix_that_resume_completes(tmp_path: Path, jobs: str) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", records(600))
    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "audit", "check", "--jobs", jobs, "--corpus", str(corpus), "--output", str(output)]
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment
    )
    while process.poll() is None and (not output.exists() or output.stat().st_size == 0):
        time.sleep(0.01)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert b"Traceback" not in stderr and b"interrupted after" in stderr
    written = output.read_bytes()
    assert written.endswith(b"\n")
    ids = [json.loads(line)["id"] for line in written.splitlines()]
    assert 0 < len(ids) < 600
    assert ids == [f"doc-{number}" for number in range(len(ids))]
    resumed = run_cli("check", "--corpus", str(corpus), "--output", str(output), "--resume", "--quiet")
    assert resumed.returncode == 1
    assert [json.loads(line)["id"] for line in output.read_bytes().splitlines()] == [
        f"doc-{number}" for number in range(600)
    ]


def _stderr_on_a_terminal(tmp_path: Path, *args: str, env: dict[str, str] | None = None) -> bytes:
    """Run the CLI with stderr on a pseudo-terminal; return what the terminal showed."""
    import pty
    import termios

    leader, follower = pty.openpty()
    termios.tcsetwinsize(follower, (24, 100))  # a new pseudo-terminal is 0 columns wide: tqdm would draw nothing
    environment = {key: value for key, value in os.environ.items() if key != "CI"}
    environment.update({"PYTHONPATH": str(REPO), **(env or {})})
    process = subprocess.Popen(
        [sys.executable, "-m", "audit", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=follower,
        env=environment,
        cwd=tmp_path,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the process ends
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=60)
    os.close(leader)
    return shown


def test_progress_bar_on_a_terminal_only(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus.jsonl", records(50))
    shown = _stderr_on_a_terminal(tmp_path, "check", "--corpus", "corpus.jsonl", "-o", "out.jsonl")
    assert b"50 documents" in shown and b"B/s" in shown  # documents, throughput (and ETA, from the size)
    assert _stderr_on_a_terminal(tmp_path, "check", "-q", "--corpus", "corpus.jsonl", "-o", "out.jsonl") == b""
    in_ci = _stderr_on_a_terminal(tmp_path, "check", "--corpus", "corpus.jsonl", "-o", "out.jsonl", env={"CI": "true"})
    assert b"B/s" not in in_ci and b"finding" in in_ci
    piped = run_cli("check", "--corpus", str(tmp_path / "corpus.jsonl"), "-o", str(tmp_path / "out.jsonl"))
    assert b"B/s" not in piped.stderr and b"\r" not in piped.stderr


def test_summaries_plug_into_the_same_map_and_merge(tmp_path: Path) -> None:
    """The shape another corpus consumer (names) uses: a per-document summary and an associative merge."""
    corpus = write_corpus(tmp_path / "corpus.jsonl", records(150))
    with corpus.open("ab") as stream:
        stream.write(b"{broken\n")
    problems: list[tuple[int, str]] = []
    tallies = []
    for jobs in (1, 2):
        with corpus.open("rb") as stream:
            tallies.append(
                summarise_corpus(
                    read_lines(stream), _declared_language, _add, Counter(), jobs, lambda *p: problems.append(p)
                )
            )
    assert tallies[0] == tallies[1] == Counter({"undeclared": 120, "de": 10, "en": 10, "fr": 10})
    assert [number for number, _ in problems] == [151, 151]


def _declared_language(record: Record) -> Counter[str]:
    return Counter([record.lang or "undeclared"])


def _add(left: Counter[str], right: Counter[str]) -> Counter[str]:
    return left + right


def test_audit_partition_gives_the_cli_lines(corpus: Path) -> None:
    cli = run_cli("check", "--corpus", str(corpus)).stdout.decode().splitlines()
    lines = corpus.read_text(encoding="utf-8").splitlines()
    assert list(audit_partition(lines, Config())) == cli
    assert list(audit_partition(["", "[]"])) == ['{"error": "a record must be a JSON object, not an array"}']
    assert list(read_lines(iter([b"{}\n", b"\n", b"{}"]))) == [Line(1, b"{}\n", 3), Line(3, b"{}", 6)]


def test_the_corpus_bench_runs_in_quick_mode() -> None:
    """bench/bench_corpus.py measures; here it only has to run, so that it cannot rot."""
    result = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench_corpus.py"), "--quick", "--jobs", "2"],
        capture_output=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert "corpus: 500 documents" in result.stdout.decode()


def test_a_record_source_is_the_article_it_translates(tmp_path: Path) -> None:
    corpus = write_corpus(
        tmp_path / "pairs.jsonl",
        [
            {
                "id": "changed",
                "text": "The council approved 45 new buses.\n",
                "source": "Le conseil a approuvé 54 nouveaux bus.\n",
            },
            {
                "id": "faithful",
                "text": "The council approved 45 new buses.\n",
                "source": "Le conseil a approuvé 45 nouveaux bus.\n",
            },
        ],
    )
    output = run_cli("check", "--quiet", "--select", "source-number", "--corpus", str(corpus)).stdout
    rules = {
        record["id"]: [finding["rule"] for finding in record["findings"]]
        for record in map(json.loads, output.splitlines())
    }
    assert rules == {"changed": ["source-number"], "faithful": []}
