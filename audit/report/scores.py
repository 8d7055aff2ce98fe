"""Renderers of `mtaudit score`: sacrebleu's own line per metric for people, JSON for scripts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from audit.score import MetricScore


def render_scores_text(scores: tuple[MetricScore, ...]) -> str:
    """One line per metric as sacrebleu prints it (name, signature, score, details), then segments."""
    lines = [score.line for score in scores]
    for score in scores:
        if score.sentences:
            lines.append(f"{score.name} per segment:")
            lines.extend(f"{index}\t{value:.2f}" for index, value in enumerate(score.sentences, start=1))
    return "".join(line + "\n" for line in lines)


def render_scores_json(scores: tuple[MetricScore, ...]) -> str:
    """`{"bleu": {"score": …, "signature": "nrefs:1|…"}, …}`, with "sentences" when asked (design §3)."""
    document: dict[str, Any] = {}
    for score in scores:
        record: dict[str, Any] = {"score": score.score, "signature": score.signature}
        if score.sentences:
            record["sentences"] = list(score.sentences)
        document[score.name] = record
    return json.dumps(document, indent=2) + "\n"


SCORE_RENDERERS: dict[str, Callable[[tuple[MetricScore, ...]], str]] = {
    "text": render_scores_text,
    "json": render_scores_json,
}
