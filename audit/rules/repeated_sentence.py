"""`repeated-sentence`: the same sentence twice in one article.

MT systems re-emit a segment, scrapers pick the same block twice; either way the article says the same
thing twice. Sentences are compared case-insensitively with white space collapsed, and only from
`MIN_WORDS` words up: short formulas ("He declined to comment.") may repeat on purpose. Every copy
after the first is reported; the unsafe fix deletes it with the white space that separated it, so the
remaining text keeps its layout (a repeated whole paragraph goes with the blank line before it).
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.document import Document, Paragraph
from audit.findings import Finding, FixSafety
from audit.prose import WORD, sentence_spans
from audit.rules.base import Context, Rule

MIN_WORDS = 6


class RepeatedSentence(Rule):
    """A sentence that already appeared earlier in the article.

    Why: duplicated sentences are the most visible sign of a broken pipeline. Example: "Talks resume on
    Monday in Geneva, officials said. … Talks resume on Monday in Geneva, officials said." → the second
    copy is removed. Fix: unsafe (the reader checks that the copy adds nothing).
    """

    id = "repeated-sentence"
    summary = "the same sentence appears twice in the article"
    precedence = 15

    def check(self, context: Context) -> Iterator[Finding]:
        document = context.document
        seen: dict[str, int] = {}
        paragraphs = document.paragraphs
        for index, paragraph in enumerate(paragraphs):
            spans = sentence_spans(paragraph.text)
            for number, (start, end) in enumerate(spans):
                sentence = paragraph.text[start:end]
                if len(WORD.findall(sentence)) < MIN_WORDS:
                    continue
                key = " ".join(sentence.casefold().split())
                if key not in seen:
                    seen[key] = paragraph.start + start
                    continue
                removal = _removal(document, paragraphs, index, spans, number)
                line, _ = document.position(seen[key])
                yield self.finding(*removal, f"sentence already written on line {line}", "", FixSafety.UNSAFE)


def _removal(
    document: Document, paragraphs: tuple[Paragraph, ...], index: int, spans: list[tuple[int, int]], number: int
) -> tuple[int, int]:
    """The span to delete: the sentence and the white space that separated it from its neighbours."""
    paragraph = paragraphs[index]
    start, end = (paragraph.start + offset for offset in spans[number])
    if len(spans) == 1:
        # The whole paragraph: take the blank line(s) before it, or after it when it comes first.
        if index > 0 and not document.text[paragraphs[index - 1].end : paragraph.start].strip():
            return paragraphs[index - 1].end, paragraph.end
        if index + 1 < len(paragraphs) and not document.text[paragraph.end : paragraphs[index + 1].start].strip():
            return paragraph.start, paragraphs[index + 1].start
        return start, end
    if number + 1 < len(spans):
        return start, paragraph.start + spans[number + 1][0]
    return paragraph.start + spans[number - 1][1], end
