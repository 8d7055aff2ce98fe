"""Translation metrics, computed by sacrebleu and nothing else, so a score here is a score anywhere.

sacrebleu pulls in numpy and lxml, so it is imported in one place (`_metrics`), on the first call that
needs a number: `mtaudit score`, and the `post_edit_rate` of a checked file whose fixes change it.
`mtaudit check` on a clean file, `--help` and the pre-commit hook on clean articles never pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

METRICS = ("bleu", "chrf", "ter")


def _metrics() -> ModuleType:
    """sacrebleu.metrics, imported on first use (the one import of sacrebleu in the package)."""
    import sacrebleu.metrics

    return sacrebleu.metrics


@dataclass(frozen=True)
class ScoreOptions:
    """How the metrics are configured; None leaves sacrebleu's own default (and its signature) alone.

    `lang` is the target language: sacrebleu picks BLEU's tokeniser from it (zh, ja-mecab, ko-mecab)
    and TER's Asian support; chrF works on characters, so it needs no tokeniser in any language.
    """

    lang: str | None = None
    tokenize: str | None = None
    lowercase: bool = False
    chrf_word_order: int = 0
    ter_case_sensitive: bool = False


@dataclass(frozen=True)
class MetricScore:
    """One metric over the corpus: the score, sacrebleu's signature and text, and per-segment scores."""

    name: str
    score: float
    signature: str
    line: str
    sentences: tuple[float, ...] = field(default=())


_ASIAN = frozenset({"zh", "ja", "ko"})


def _metric(name: str, options: ScoreOptions, sentence: bool = False) -> Any:
    """The metric as sacrebleu's command line builds it: TER ignores case there unless told otherwise,
    and BLEU on one sentence uses effective order (as `sacrebleu --sentence-level` does)."""
    metrics = _metrics()
    if name == "bleu":
        return metrics.BLEU(
            lowercase=options.lowercase,
            tokenize=options.tokenize,
            trg_lang=options.lang or "",
            effective_order=sentence,
        )
    if name == "chrf":
        return metrics.CHRF(word_order=options.chrf_word_order, lowercase=options.lowercase)
    return metrics.TER(case_sensitive=options.ter_case_sensitive, asian_support=options.lang in _ASIAN)


def corpus_scores(
    hypotheses: Sequence[str],
    references: Sequence[Sequence[str]],
    metrics: Sequence[str] = METRICS,
    options: ScoreOptions | None = None,
    sentences: bool = False,
) -> tuple[MetricScore, ...]:
    """Score aligned segments against one or more reference streams, as sacrebleu's CLI does.

    Every reference stream must have as many segments as the hypotheses (the caller checks, to name
    the file). With `sentences`, each metric also scores every segment on its own.
    """
    options = options or ScoreOptions()
    streams = [list(stream) for stream in references]
    scored = []
    for name in metrics:
        metric = _metric(name, options)
        result = metric.corpus_score(list(hypotheses), streams)
        signature = str(metric.get_signature())
        per_segment: tuple[float, ...] = ()
        if sentences:
            single = _metric(name, options, sentence=True)
            per_segment = tuple(
                single.sentence_score(hypothesis, [stream[index] for stream in streams]).score
                for index, hypothesis in enumerate(hypotheses)
            )
        scored.append(MetricScore(name, result.score, signature, result.format(signature=signature), per_segment))
    return tuple(scored)


def post_edit_rate(original: str, fixed: str) -> float:
    """TER between the original and the fixed text, as a fraction: how much the fixes edit.

    The texts are aligned line by line first and TER counts the edits of the lines that differ only:
    a fix never moves words from one line to another, and TER's shift search over a whole article
    took a second for 12 KB of text with a few fixes (issue 9), five times the rest of the check.

    >>> post_edit_rate("the the cat", "the cat"), post_edit_rate("same", "same")
    (0.3333, 0.0)
    """
    if original == fixed:
        return 0.0
    import difflib

    # Blank lines hold no words, and as equal lines they would pair a deleted line with the next one.
    old_lines = [line for line in original.splitlines() if line.strip()]
    new_lines = [line for line in fixed.splitlines() if line.strip()]
    length = len(original.split())
    if not length:
        return round(_metrics().TER().sentence_score(fixed, [original]).score / 100, 4)
    ter = _metrics().TER()
    edits = 0.0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        before, after = " ".join(old_lines[i1:i2]), " ".join(new_lines[j1:j2])
        words = len(before.split())
        edits += ter.sentence_score(after, [before]).score * words / 100 if words else len(after.split())
    return round(edits / length, 4)


def segments(text: str, unit: str = "line") -> list[str]:
    """Split a file's text into the segments that are scored: lines, or blank-line separated paragraphs.

    Lines lose trailing whitespace, as sacrebleu's command line reads them; a paragraph's lines are
    joined with one space.

    >>> segments("a b \\nc\\n"), segments("a\\nb\\n\\n\\nc\\n", "paragraph")
    (['a b', 'c'], ['a b', 'c'])
    """
    lines = [line.rstrip() for line in text.splitlines()]
    if unit == "line":
        return lines
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [" ".join(paragraph) for paragraph in paragraphs if paragraph]
