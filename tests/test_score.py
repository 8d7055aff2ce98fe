"""`mtaudit score`: the numbers and signatures of sacrebleu's own command line, on the same files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

HYPOTHESIS = [
    "The council approved the budget on Tuesday evening.",
    "Heavy rain closed three roads near the harbour.",
    "The museum will reopen its doors in spring.",
    "Officials said the talks were difficult but useful.",
]
FIRST_REFERENCE = [
    "The council passed the budget on Tuesday evening.",
    "Heavy rain closed three roads close to the harbour.",
    "The museum is to reopen in the spring.",
    "Officials described the talks as difficult but useful.",
]
SECOND_REFERENCE = [
    "On Tuesday evening the council approved the budget.",
    "Three roads near the port were closed by heavy rain.",
    "The museum will open again in spring.",
    "The talks were hard but useful, officials said.",
]
SACREBLEU = Path(sys.executable).with_name("sacrebleu")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {}
    for name, lines in (("hyp", HYPOTHESIS), ("ref1", FIRST_REFERENCE), ("ref2", SECOND_REFERENCE)):
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    return paths


def _sacrebleu(*args: str | Path) -> dict[str, dict[str, str]]:
    """sacrebleu's CLI in a subprocess, JSON output with six decimals: {metric name: record}."""
    output = subprocess.run(
        [str(SACREBLEU), *map(str, args), "--format", "json", "--width", "6"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    records = json.loads(output)
    return {record["name"].split("2")[0].lower(): record for record in records}


def _ours(*args: str | Path) -> dict:
    result = run_cli("score", *map(str, args), "--format", "json", cwd=REPO)
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


@pytest.mark.parametrize("references", [("ref1",), ("ref1", "ref2")], ids=["one-ref", "two-refs"])
def test_scores_and_signatures_equal_sacrebleus_command_line(
    files: dict[str, Path], references: tuple[str, ...]
) -> None:
    refs = [files[name] for name in references]
    expected = _sacrebleu(*refs, "-i", files["hyp"], "-m", "bleu", "chrf", "ter")
    ours = _ours(files["hyp"], *(item for ref in refs for item in ("--ref", ref)))
    assert set(ours) == {"bleu", "chrf", "ter"}
    for metric in ("bleu", "chrf", "ter"):
        assert ours[metric]["score"] == pytest.approx(float(expected[metric]["score"]), abs=1e-6), metric
        assert ours[metric]["signature"] == expected[metric]["signature"], metric
    assert f"nrefs:{len(refs)}" in ours["bleu"]["signature"]


def test_tokeniser_lowercase_and_chrf_plus_plus_pass_through(files: dict[str, Path]) -> None:
    expected = _sacrebleu(
        files["ref1"],
        "-i",
        files["hyp"],
        "-m",
        "bleu",
        "chrf",
        "-tok",
        "intl",
        "-lc",
        "--chrf-lowercase",
        "--chrf-word-order",
        "2",
    )
    ours = _ours(
        files["hyp"],
        "--ref",
        files["ref1"],
        "--metrics",
        "bleu,chrf",
        "--tokenize",
        "intl",
        "--lowercase",
        "--chrf-word-order",
        "2",
    )
    assert "tok:intl" in ours["bleu"]["signature"] and "case:lc" in ours["bleu"]["signature"]
    assert "nw:2" in ours["chrf"]["signature"]
    for metric in ("bleu", "chrf"):
        assert ours[metric]["score"] == pytest.approx(float(expected[metric]["score"]), abs=1e-6)
        assert ours[metric]["signature"] == expected[metric]["signature"]


def test_language_without_spaces_picks_sacrebleus_tokeniser(tmp_path: Path) -> None:
    hypothesis, reference = tmp_path / "hyp.zh", tmp_path / "ref.zh"
    hypothesis.write_text("委员会星期二批准了预算。\n港口附近有三条路被关闭。\n", encoding="utf-8")
    reference.write_text("委员会在星期二通过了预算。\n港口附近三条道路关闭。\n", encoding="utf-8")
    expected = _sacrebleu(reference, "-i", hypothesis, "-m", "bleu", "chrf", "-l", "en-zh")
    ours = _ours(hypothesis, "--ref", reference, "--metrics", "bleu,chrf", "--lang", "zh")
    assert "tok:zh" in ours["bleu"]["signature"]
    for metric in ("bleu", "chrf"):
        assert ours[metric]["score"] == pytest.approx(float(expected[metric]["score"]), abs=1e-6)


def test_sentence_scores_equal_sacrebleus_sentence_level(files: dict[str, Path]) -> None:
    ours = _ours(files["hyp"], "--ref", files["ref1"], "--metrics", "bleu", "--sentences")
    output = subprocess.run(
        [str(SACREBLEU), str(files["ref1"]), "-i", str(files["hyp"]), "-m", "bleu", "-sl", "--width", "6"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    expected = [float(line.split(" = ")[1].split()[0]) for line in output.splitlines() if line.startswith("BLEU|")]
    assert ours["bleu"]["sentences"] == pytest.approx(expected, abs=1e-6)
    assert len(ours["bleu"]["sentences"]) == len(HYPOTHESIS)


def test_text_output_prints_each_metric_with_its_signature(files: dict[str, Path]) -> None:
    result = run_cli("score", str(files["hyp"]), "--ref", str(files["ref1"]), cwd=REPO)
    lines = result.stdout.decode().splitlines()
    assert [line.split("|")[0] for line in lines] == ["BLEU", "chrF2", "TER"]
    assert all("nrefs:1" in line and "version:" in line for line in lines)


def test_paragraph_unit_aligns_blank_line_separated_blocks(tmp_path: Path) -> None:
    hypothesis, reference = tmp_path / "hyp.md", tmp_path / "ref.md"
    hypothesis.write_text("The council met.\nIt approved the budget.\n\nRain closed roads.\n", encoding="utf-8")
    reference.write_text("The council met and approved the budget.\n\nRain closed the roads.\n", encoding="utf-8")
    assert run_cli("score", str(hypothesis), "--ref", str(reference), cwd=REPO).returncode == 2
    ours = _ours(hypothesis, "--ref", reference, "--unit", "paragraph", "--metrics", "ter", "--sentences")
    assert len(ours["ter"]["sentences"]) == 2


def test_unequal_line_counts_are_one_clear_error(files: dict[str, Path]) -> None:
    files["ref2"].write_text("\n".join(SECOND_REFERENCE[:3]) + "\n", encoding="utf-8")
    result = run_cli("score", str(files["hyp"]), "--ref", str(files["ref1"]), "--ref", str(files["ref2"]), cwd=REPO)
    assert result.returncode == 2
    error = result.stderr.decode()
    assert error.count("\n") == 1 and "Traceback" not in error
    assert str(files["ref2"]) in error and "3 lines" in error and "4" in error


def test_unknown_metric_and_missing_file_are_usage_errors(files: dict[str, Path], tmp_path: Path) -> None:
    assert (
        run_cli("score", str(files["hyp"]), "--ref", str(files["ref1"]), "--metrics", "meteor", cwd=REPO).returncode
        == 2
    )
    missing = run_cli("score", str(files["hyp"]), "--ref", str(tmp_path / "nope.txt"), cwd=REPO)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr.decode()


def _stats(tmp_path: Path, text: str) -> dict:
    article = tmp_path / "article.md"
    article.write_text(text, encoding="utf-8")
    result = run_cli("check", "--format", "json", "--lang", "en", "--select", "doubled-word", str(article), cwd=REPO)
    return json.loads(result.stdout)["files"][0]["stats"]


def test_post_edit_rate_is_zero_on_a_clean_file_and_grows_with_the_fixes(tmp_path: Path) -> None:
    sentences = [
        "The council approved the budget on Tuesday.",
        "Heavy rain closed three roads near the harbour.",
        "The museum will reopen in the spring.",
    ]
    doubled = [
        "The council approved the the budget on Tuesday.",
        "Heavy rain closed three roads near the the harbour.",
        "The museum will reopen in the the spring.",
    ]
    rates = []
    for fixes in range(4):
        stats = _stats(tmp_path, " ".join(doubled[:fixes] + sentences[fixes:]) + "\n")
        assert stats["findings"] == fixes  # each one fixed: the fixed text is the clean one
        rates.append(stats["post_edit_rate"])
    assert rates[0] == 0
    assert rates == sorted(rates) and len(set(rates)) == 4


def test_findings_per_thousand_words_by_rule_in_json_and_the_text_summary(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    words = " ".join(
        f"On day {day} the council met and the the mayor spoke to France Press about it." for day in range(4)
    )
    article.write_text(words + "\n", encoding="utf-8")
    report = json.loads(run_cli("check", "--format", "json", "--lang", "en", str(article), cwd=REPO).stdout)
    file_stats, run_stats = report["files"][0]["stats"], report["stats"]
    assert file_stats["words"] == 64
    assert file_stats["findings_per_1000_words"] == {"doubled-word": 62.5, "glossary": 62.5}
    assert run_stats["files"] == 1 and run_stats["findings"] == 8 and run_stats["words"] == 64
    assert run_stats["findings_per_1000_words"] == file_stats["findings_per_1000_words"]
    assert run_stats["post_edit_rate"] == file_stats["post_edit_rate"] > 0
    summary = run_cli("check", "--lang", "en", str(article), cwd=REPO).stderr.decode()
    quality = summary.splitlines()[1]
    assert quality.startswith("64 words in 1 file: 125 findings per 1,000 words (doubled-word 62.5, glossary 62.5)")
    assert quality.endswith(f"; mean post-edit rate {file_stats['post_edit_rate']:.3f}.")


_LOADED = (
    "import sys\nfrom audit.cli import main\ntry:\n    main({args})\nexcept SystemExit:\n    pass\n"
    "print('sacrebleu' in sys.modules, file=sys.stderr)"
)


def _loads_sacrebleu(*args: str, cwd: Path) -> bool:
    probe = _LOADED.format(args=list(args))
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=cwd, env={"PYTHONPATH": str(REPO)}
    )
    return result.stderr.strip().splitlines()[-1] == "True"


def test_check_imports_sacrebleu_only_when_a_score_is_needed(tmp_path: Path, files: dict[str, Path]) -> None:
    (tmp_path / "clean.md").write_text("The council approved the budget on Tuesday.\n", encoding="utf-8")
    (tmp_path / "dirty.md").write_text("The the council approved the budget on Tuesday.\n", encoding="utf-8")
    # A clean article has nothing to fix, so its post-edit rate is 0 without TER: no sacrebleu, in any format.
    assert not _loads_sacrebleu("check", "clean.md", cwd=tmp_path)
    assert not _loads_sacrebleu("check", "--format", "json", "clean.md", cwd=tmp_path)
    # Findings alone (the pre-commit hook with --quiet, sarif for review tools) never ask for a score.
    assert not _loads_sacrebleu("check", "--quiet", "dirty.md", cwd=tmp_path)
    assert not _loads_sacrebleu("check", "--format", "sarif", "dirty.md", cwd=tmp_path)
    # The post-edit rate of a file fixes change is a score: the json stats and the text summary carry it.
    assert _loads_sacrebleu("check", "--format", "json", "dirty.md", cwd=tmp_path)
    assert _loads_sacrebleu("score", str(files["hyp"]), "--ref", str(files["ref1"]), cwd=tmp_path)


def test_empty_hypothesis_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = run_cli("score", "empty.txt", "--ref", "empty.txt", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == "mtaudit: empty.txt: no lines to score\n"


def test_the_post_edit_rate_of_a_long_article_counts_each_deleted_word_once() -> None:
    # TER over a whole article aligns within a beam: with page furniture deleted near the top it lost
    # the diagonal and counted 0.19 here where a tenth of the words go. Line by line, the edits of a
    # deleted line and of a word fixed are counted exactly (no word moves between lines).
    from rapidfuzz.distance import Levenshtein

    from audit.score import post_edit_rate

    story = [f"Paragraph {index} tells the story of the harbour and its workers in plain words." for index in range(40)]
    furniture = [f"Related: story number {index} about the port, read it now" for index in range(6)]
    doubled = [*story[:20], story[20].replace("the story", "the the story"), *story[21:]]
    original, fixed = "\n\n".join([*furniture, *doubled]), "\n\n".join(story)
    words = original.lower().split()
    exact = Levenshtein.distance(words, fixed.lower().split()) / len(words)
    assert post_edit_rate(original, fixed) == round(exact, 4) < 0.1
