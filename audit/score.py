"""Translation metrics from sacrebleu, imported lazily (it is slow to import)."""

from __future__ import annotations


def post_edit_rate(original: str, fixed: str) -> float:
    """TER between the original and the fixed text, as a fraction: how much the fixes edit.

    >>> post_edit_rate("the the cat", "the cat")
    0.3333
    """
    if original == fixed:
        return 0.0
    from sacrebleu.metrics import TER

    return round(TER().sentence_score(fixed, [original]).score / 100, 4)
