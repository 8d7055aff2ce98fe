"""`calqued-complement`: a verb of saying, praising, warning or stressing given the source verb's complement.

The verbs and their complements are data (`valency.*` in languages/<code>/grammar.toml, read by
audit/valency.py): "pointed that", "the ministry reminded that", "a pointé que", "Sie wies darauf,
dass", "afirmou sobre a importância".
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding
from audit.rules.base import Context, Rule
from audit.valency import find


class CalquedComplement(Rule):
    """A verb of saying, praising, warning, stressing or reminding with a complement it does not take.

    Why: MT keeps the construction of the source verb (Arabic أشار إلى أن, ذكّر بأن, أكد على; English
    "pointed out that") where the article's verb takes another: "pointed that", "the ministry reminded
    that" (remind needs an object), "a pointé que", "Sie wies darauf, dass", "afirmou sobre a
    importância". Readers see a broken sentence; a spell checker sees nothing. Legitimate neighbours
    stay silent: an object or another word before the complement ("reminded reporters that",
    "pointed to the fact that"), a passive ("was reminded that"), a complement that is grammar after
    all ("pointed that out"). Example: "The minister pointed that fees would rise" → "pointed out that".
    Fix: none (report only): the right construction may move words ("wies darauf hin, dass", "reminded
    parents that"); the finding says what the press writes.
    """

    id = "calqued-complement"
    summary = "a verb given a complement it does not take (pointed that, reminded that, a pointé que)"
    precedence = 49

    def check(self, context: Context) -> Iterator[Finding]:
        for paragraph in context.document.paragraphs:
            code = context.language_of(paragraph)
            text = paragraph.text
            for hit in find(text, code):
                message = f"'{text[hit.start : hit.end]}' takes a complement the verb does not take; write: {hit.says}"
                yield self.finding(paragraph.start + hit.start, paragraph.start + hit.end, message, language=code)
