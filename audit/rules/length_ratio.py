"""`length-ratio`: a paragraph much shorter or much longer than its source, for this article.

Truncated translations (MT stopping halfway) and hallucinated ones (a sentence looping or invented)
show as a length ratio far from the article's usual one. The usual ratio is measured on the article
itself — the median over its paired paragraphs — so it fits the language pair without a table
(German runs longer than English, Chinese much shorter). It needs three pairs to be a median, and a
source paragraph long enough for its length to mean something. Report-only.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding
from audit.rules.base import Context, Rule

MIN_PAIRS = 3
MIN_SOURCE_CHARACTERS = 60
SHORTER, LONGER = 0.5, 2.0


class LengthRatio(Rule):
    """A paragraph whose length against its source is an outlier in the article (needs --source).

    Why: a translation half as long as the article's other paragraphs would make it was cut or
    summarised; twice as long, something was added. Example: a 300-character source paragraph
    translated as "The minister said." in an article whose other paragraphs keep their length.
    Fix: none (report-only).
    """

    id = "length-ratio"
    summary = "a paragraph much shorter or longer than its source, for this article (--source)"
    precedence = 0

    def check(self, context: Context) -> Iterator[Finding]:
        if context.alignment is None:
            return
        from statistics import median  # only with --source: statistics imports fractions and decimal

        pairs = list(context.alignment.pairs())
        if len(pairs) < MIN_PAIRS:
            return
        usual = median(len(target.text) / max(len(source.text), 1) for target, source in pairs)
        for target, source in pairs:
            if len(source.text) < MIN_SOURCE_CHARACTERS or usual == 0:
                continue
            relative = len(target.text) / len(source.text) / usual
            if relative < SHORTER or relative > LONGER:
                kind = "shorter" if relative < 1 else "longer"
                message = (
                    f"paragraph {relative:.1f}× as long as its source compared with the article's other "
                    f"paragraphs: {kind} than a translation should be"
                )
                yield self.finding(target.start, target.end, message)
