"""`mtaudit score HYP --ref REF [--ref REF2 …]`: BLEU, chrF and TER as sacrebleu computes them.

The files are aligned segment by segment (lines, or paragraphs with `--unit paragraph`); a reference
with another number of segments than the hypothesis is one error line naming both files, exit 2.
Every metric is printed with its sacrebleu signature, so a number can be reproduced and compared.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from audit.errors import AuditError

EXIT_ERROR = 2
METRIC_NAMES = ("bleu", "chrf", "ter")
# Kept here rather than imported from audit.score so `--help` never touches the metrics module's imports.
# sacrebleu's SentencePiece tokenisers are left out: they download a model on first use.
TOKENIZER_NAMES = ("13a", "intl", "none", "zh", "char", "ja-mecab", "ko-mecab")
_FILE = click.Path(path_type=Path, dir_okay=False, allow_dash=True)


def _metric_list(value: str) -> tuple[str, ...]:
    names = tuple(dict.fromkeys(item.strip().lower() for item in value.split(",") if item.strip()))
    unknown = [name for name in names if name not in METRIC_NAMES]
    if unknown or not names:
        raise click.BadParameter(f"expected some of {', '.join(METRIC_NAMES)}, got {value!r}")
    return names


@click.command()
@click.argument("hypothesis", type=_FILE)
@click.option("--ref", "references", multiple=True, required=True, type=_FILE, help="Reference file (repeatable).")
@click.option("--metrics", default="bleu,chrf,ter", show_default=True, help="Comma-separated metrics.")
@click.option("--format", "output_format", type=click.Choice(("text", "json")), default="text", show_default=True)
@click.option("--sentences", is_flag=True, help="Also score every segment on its own.")
@click.option(
    "--unit",
    type=click.Choice(("line", "paragraph")),
    default="line",
    show_default=True,
    help="What one segment is: a line, or a blank-line separated paragraph.",
)
@click.option("--lang", metavar="CODE", help="Target language: picks BLEU's tokeniser (zh, ja, ko) and TER's.")
@click.option("--tokenize", type=click.Choice(TOKENIZER_NAMES), help="BLEU tokeniser [default: 13a, or from --lang].")
@click.option("--lowercase", is_flag=True, help="Case-insensitive BLEU, chrF and TER.")
@click.option("--chrf-word-order", type=click.IntRange(0, 2), default=0, show_default=True, help="2 gives chrF++.")
@click.option("--ter-case-sensitive", is_flag=True, help="TER tells case apart (sacrebleu's ignores it).")
def score(
    hypothesis: Path,
    references: tuple[Path, ...],
    metrics: str,
    output_format: str,
    sentences: bool,
    unit: str,
    lang: str | None,
    tokenize: str | None,
    lowercase: bool,
    chrf_word_order: int,
    ter_case_sensitive: bool,
) -> None:
    """Score HYP against one or more references with sacrebleu (BLEU, chrF, TER)."""
    from audit.files import read_source
    from audit.report.scores import SCORE_RENDERERS
    from audit.score import ScoreOptions, corpus_scores, segments

    names = _metric_list(metrics)
    try:
        hypotheses = segments(read_source(hypothesis).text, unit)
        streams = [segments(read_source(path).text, unit) for path in references]
    except AuditError as error:
        _fail(str(error))
    if not hypotheses:
        _fail(f"{hypothesis}: no {unit}s to score")
    for path, stream in zip(references, streams, strict=True):
        if len(stream) != len(hypotheses):
            counts = f"{_count(len(stream), unit)}, but {hypothesis} has {len(hypotheses)}"
            _fail(f"{path}: {counts}; the files must be aligned")
    options = ScoreOptions(lang, tokenize, lowercase, chrf_word_order, ter_case_sensitive)
    try:
        scored = corpus_scores(hypotheses, streams, names, options, sentences)
    except (ImportError, RuntimeError) as error:
        # sacrebleu's Japanese and Korean tokenisers need extras; it says which in a paragraph.
        cause = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
        _fail(f"sacrebleu cannot score with these options: {cause} (pip install 'sacrebleu[ja]' or 'sacrebleu[ko]')")
    click.echo(SCORE_RENDERERS[output_format](scored), nl=False)


def _count(number: int, unit: str) -> str:
    return f"{number} {unit}{'s' * (number != 1)}"


def _fail(message: str) -> None:
    click.echo(f"mtaudit: {message}", err=True)
    sys.exit(EXIT_ERROR)
