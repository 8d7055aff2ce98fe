"""The `boilerplate` rule: page furniture (comment widgets, share bars, menus, players) left in an article.

Two sources, one finding per line: the `existence` glossaries of every language (exact interface
strings, which are also reported when glued inside a sentence) and the furniture detector
(audit/furniture.py), which judges each line by its words, shape and neighbours. A line both find is
reported once, by the glossary entry, which names it more precisely.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding, FixSafety
from audit.glossary.furniture import deletion, locate
from audit.rules.base import Context, Rule

# What a report-only item is, by its kind (any other is a template placeholder inside prose).
_EMBEDDED = {"spam": "spam link", "contact": "reporter's contact line", "placeholder": "template placeholder"}
# What a piece of a line is, by its kind (any other is a time stamp after a byline).
_PIECES = {"clock": "live-blog clock left before a paragraph", "role": "author's job title left in a byline"}


class Boilerplate(Rule):
    """Scraper leftovers: lines of page furniture that are not part of the article.

    Why: "Please enter your comment!", "0 comments", "00:00 / 02:13" or "Home > World > Europe" survive
    copy-paste from a CMS and are then translated with the article. Example: a line "Read more"
    between two paragraphs is deleted. Fix: safe when the line is surely furniture (an interface
    phrase or shape, or a likely one beside other furniture or outside the article's prose); unsafe
    for a likely line alone (a lone "Print" between paragraphs) and for a live-blog clock glued to a
    paragraph ("12:45 The minister said…", only the clock is deleted) or a time stamp after a byline
    ("By Jane Smith | 09:12 | 3 min read", only the stamp is deleted); report only for a phrase, a
    template placeholder or a spam link standing inside a sentence.
    """

    id = "boilerplate"
    summary = "page furniture left in the text (comment widgets, share bars, menus, players, paywalls)"
    # Deleting the whole line settles any smaller fix inside it.
    precedence = 60

    def check(self, context: Context) -> Iterator[Finding]:
        prose = context.document.prose
        detected = context.furniture
        lines = frozenset(item.start for item in detected if not (item.embedded or item.piece))
        covered: set[int] = set()
        # Paragraph by paragraph: the matcher's tokens of the whole text cost ~185 bytes per input byte
        # (issue 10, item 9); furniture is a whole line, and a line lies inside one paragraph.
        matches = [
            match
            for paragraph in context.document.paragraphs
            for match in context.glossaries.find_existence(paragraph.text, paragraph.start)
        ]
        for item in locate(prose, matches, lines):
            entry = item.match.entry
            line_start = prose.rfind("\n", 0, item.match.start) + 1
            if item.delete is None and line_start in lines:
                continue  # the detector deletes the whole line ("Subscribe to our weekly newsletter")
            if item.delete is None:
                yield self.finding(
                    item.match.start,
                    item.match.end,
                    entry.message + " (inside a sentence: not removed)",
                    entry=entry.full_id,
                )
                continue
            covered.add(line_start)
            start, end = item.delete
            yield self.finding(start, end, entry.message, "", entry.fix, entry=entry.full_id)
        for line in detected:
            if line.embedded:
                # Any other kind is a line of furniture that holds a link (its target may not be touched).
                what = _EMBEDDED.get(line.kind, f"page furniture ({line.kind}) with a link")
                yield self.finding(line.start, line.end, f"{what} left in the text (not removed)")
            elif line.start in covered:
                continue
            elif line.piece:
                message = _PIECES.get(line.kind, "time stamp left in a byline")
                yield self.finding(line.start, line.end, message, "", FixSafety.UNSAFE)
            else:
                start, end = deletion(prose, line.start, line.end, lines)
                safety = FixSafety.SAFE if line.sure else FixSafety.UNSAFE
                yield self.finding(start, end, f"page furniture ({line.kind}) left by the scraper", "", safety)
