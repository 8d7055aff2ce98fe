"""The `boilerplate` rule: page furniture (comment forms, share buttons, "Read more") left in an article.

The phrases are the `existence` glossaries of every language: furniture is not prose, so a French
comment prompt scraped into an English article is found too.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding
from audit.glossary.furniture import locate
from audit.rules.base import Context, Rule


class Boilerplate(Rule):
    """Scraper leftovers: lines of page furniture that are not part of the article.

    Why: "Please enter your comment!" or "Share this article" survive copy-paste from a CMS and are
    then translated with the article. Example: a line "Read more" between two paragraphs is deleted.
    Fix: safe when the whole line is furniture (the line and its line break go); report only when the
    phrase stands inside a sentence.
    """

    id = "boilerplate"
    summary = "page furniture left in the text (comment forms, share buttons, newsletter prompts)"
    # Deleting the whole line settles any smaller fix inside it.
    precedence = 60

    def check(self, context: Context) -> Iterator[Finding]:
        prose = context.document.prose
        # Paragraph by paragraph: the matcher's tokens of the whole text cost ~185 bytes per input byte
        # (issue 10, item 9); furniture is a whole line, and a line lies inside one paragraph.
        matches = [
            match
            for paragraph in context.document.paragraphs
            for match in context.glossaries.find_existence(paragraph.text, paragraph.start)
        ]
        for item in locate(prose, matches):
            entry = item.match.entry
            if item.delete is None:
                yield self.finding(
                    item.match.start,
                    item.match.end,
                    entry.message + " (inside a sentence: not removed)",
                    entry=entry.full_id,
                )
                continue
            start, end = item.delete
            yield self.finding(start, end, entry.message, "", entry.fix, entry=entry.full_id)
