"""`paragraph-count`: the translation has more or fewer paragraphs than its source.

A dropped paragraph is the largest omission MT pipelines make (a timeout, a length limit, a paragraph
read as page furniture); an extra one is often a hallucination or a duplicate. The alignment
(audit/bilingual.py) pairs the rest by length and shared numbers and names, so the finding points to
where the gap is and the other bilingual checks still compare the right paragraphs. Report-only.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding
from audit.rules.base import Context, Rule

_EXCERPT = 40


class ParagraphCount(Rule):
    """A source paragraph with no translation, or a target paragraph with no source (needs --source).

    Why: a paragraph lost in translation is content the reader never sees, and nothing in the target
    alone shows it. Example: a five-paragraph source whose third paragraph is missing from the
    four-paragraph translation: flagged at the translation's third paragraph. Fix: none (report-only).
    """

    id = "paragraph-count"
    summary = "the translation has more or fewer paragraphs than its source; the gap is located (--source)"
    precedence = 0

    def check(self, context: Context) -> Iterator[Finding]:
        alignment = context.alignment
        if alignment is None or not context.document.paragraphs:
            return
        targets, sources = context.document.paragraphs, alignment.source.paragraphs
        counts = f"the source has {len(sources)} paragraphs, the translation {len(targets)}"
        next_target = 0
        for bead in alignment.beads:
            if bead.target:
                if not bead.source:
                    paragraph = targets[bead.target[0]]
                    yield self.finding(paragraph.start, paragraph.end, f"paragraph with no source paragraph ({counts})")
                next_target = bead.target[-1] + 1
                continue
            # A source paragraph nobody translated: point where it should have been (the start of the next
            # paragraph, or the end of the article).
            where = targets[next_target].start if next_target < len(targets) else targets[-1].end
            for index in bead.source:
                excerpt = sources[index].text[:_EXCERPT] + ("…" if len(sources[index].text) > _EXCERPT else "")
                message = f"source paragraph {index + 1} (“{excerpt}”) is not translated ({counts})"
                yield self.finding(where, where, message)
