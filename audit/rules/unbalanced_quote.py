"""`unbalanced-quote`: a quotation mark or bracket with no partner in its paragraph.

MT drops or duplicates closing quotes, and scrapers cut quotations in half. Pairs: ( ) [ ] “ ” « »
‘ ’ and German „ “. Which mark opens depends on the text: „ makes “ a closing mark (German), and
« » pair in whichever direction the paragraph uses first (French «…», German »…«). A right single
quote is also the apostrophe, so only an opening ‘ left without any later ’ counts. Page conventions
that look unbalanced stay silent: a quotation that continues into the next paragraph (which opens
with the same mark), list labels "a)" "2)", and emoticons ":)". Marks that `malformed-quote` reports
(a doubled copy, a reversed pair, a spaced mark) are its finding, never a second one here. Report-only:
only the writer knows where the quotation ends.

With the source article (`--source`), a mark is not reported when the source paragraph leaves a mark
of the same kind (a quote, a round or a square bracket) unbalanced too: the translation kept the
source's imbalance (a quotation cut by the source's sentence splitting), it did not make one. On real
MT output with post-edits, most unbalanced quotes come from the source this way (issue 12).
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.document import Paragraph
from audit.findings import Finding
from audit.prose import LazyPattern
from audit.punctuation import marks_of, quote_pairs
from audit.rules.base import Context, Rule
from audit.rules.malformed_quote import QuoteProblem, malformed_quotes

_LABEL = LazyPattern(r"(?:^|\s)(?:\p{N}{1,2}|\p{L}|[ivx]{2,4})$")


class UnbalancedQuote(Rule):
    """A quotation mark or bracket opened and never closed in its paragraph, or closed and never opened.

    Why: the reader cannot tell where a quotation ends, which changes who said what. Example: "The
    minister said “we will not resign." is flagged at “. Fix: none (report-only).
    """

    id = "unbalanced-quote"
    summary = "a quotation mark or bracket without its partner in the paragraph"
    precedence = 5

    def check(self, context: Context) -> Iterator[Finding]:
        paragraphs = context.document.paragraphs
        for index, paragraph in enumerate(paragraphs):
            following = paragraphs[index + 1].text[:1] if index + 1 < len(paragraphs) else ""
            # Marks malformed-quote accounts for are its finding, not ours: a doubled copy or a reversed
            # pair is left out of the pairing; a mark spaced inside or turned still pairs, as the mark it
            # should be (“insulting ” closes its “), and is never reported here.
            text, claimed, silent = _as_meant(
                paragraph.text, malformed_quotes(paragraph.text, context.language_of(paragraph))
            )
            source = context.source_text(paragraph)
            inherited = unbalanced_kinds(source) if source is not None else frozenset()
            for position, mark, opened in _unpaired(text, following, claimed | _misdecoded(context, paragraph)):
                if _kind(mark) not in inherited and position not in silent:
                    yield self._finding(paragraph, position, mark, opened)

    def _finding(self, paragraph: Paragraph, position: int, mark: str, opened: bool) -> Finding:
        start = paragraph.start + position
        problem = "is never closed" if opened else "closes nothing"
        return self.finding(start, start + 1, f"'{mark}' {problem} in this paragraph")


def _misdecoded(context: Context, paragraph: Paragraph) -> set[int]:
    """The paragraph's positions of marks that are bytes read as quotation marks (`„` in "GdaĹ„ska",
    `”` in "â€”"), the mojibake rule's finding: they pair with nothing. A mark the repair keeps
    ("aÃ±os»" → "años»") is the writer's and pairs as usual."""
    end = paragraph.start + len(paragraph.text)
    text = context.document.text
    found = set()
    for repair in context.mojibake:
        if repair.start >= end or repair.end <= paragraph.start:
            continue
        written = text[repair.start : repair.end]
        for offset in range(max(repair.start, paragraph.start), min(repair.end, end)):
            mark = text[offset]
            if not mark.isalnum() and written.count(mark) > repair.replacement.count(mark):
                found.add(offset - paragraph.start)
    return found


def _as_meant(text: str, problems: list[QuoteProblem]) -> tuple[str, set[int], set[int]]:
    """The paragraph with each mark malformed-quote claims written as it pairs (the first of a
    problem's marks, where it still pairs), the positions left out of the pairing, and those that pair
    but are never reported."""
    characters = list(text)
    claimed: set[int] = set()
    silent: set[int] = set()
    for problem in problems:
        for index, position in enumerate(sorted(problem.claimed)):
            if problem.pairs_as is None or index:
                claimed.add(position)
            else:
                characters[position] = problem.pairs_as
                silent.add(position)
    return "".join(characters), claimed, silent


def unbalanced_kinds(text: str) -> frozenset[str]:
    """The kinds of mark ("quote", "(", "[") left unbalanced in a text, straight double quotes included.

    >>> sorted(unbalanced_kinds('He said "we will (not) go.')), sorted(unbalanced_kinds("(a) [b"))
    (['quote'], ['['])
    """
    kinds = {_kind(mark) for _, mark, _ in _unpaired(text, "", set())}
    if text.count('"') % 2:
        kinds.add("quote")
    return frozenset(kinds)


def _kind(mark: str) -> str:
    return {"(": "(", ")": "(", "[": "[", "]": "["}.get(mark, "quote")


def _unpaired(text: str, following: str, claimed: set[int]) -> Iterator[tuple[int, str, bool]]:
    """Yield (offset, mark, opened) for every mark of the paragraph that has no partner."""
    marks = [(position, character) for position, character in marks_of(text) if position not in claimed]
    # Which way guillemets pair is read from the marks left: a German »…« malformed-quote reports in a
    # French paragraph does not turn its « … » round.
    unclaimed = (
        "".join(" " if index in claimed else character for index, character in enumerate(text)) if claimed else text
    )
    for openers, closers in [("(", ")"), ("[", "]"), *quote_pairs(unclaimed)]:
        stack: list[int] = []
        for position, character in marks:
            if character in openers:
                if not _sad_emoticon(text, position):
                    stack.append(position)
            elif character in closers:
                if stack:
                    stack.pop()
                elif not _label_or_emoticon(text, position):
                    yield position, character, False
        # A quotation running on into the next paragraph is left open by convention.
        if stack and following and following in openers + closers and following not in "([":
            stack = stack[:-1]
        yield from ((position, text[position], True) for position in stack)
    yield from _single_quotes(text)


def _single_quotes(text: str) -> Iterator[tuple[int, str, bool]]:
    if "‚" in text:
        return  # German ‚…‘, paired in `_pairs`
    position = text.find("‘", text.rfind("’") + 1)
    while position >= 0:
        yield position, "‘", True
        position = text.find("‘", position + 1)


def _label_or_emoticon(text: str, position: int) -> bool:
    """True for ")" after a list label ("a)", "2)", "iv)") or in an emoticon (":)", ";)")."""
    before = text[:position]
    return text[position] == ")" and (before.endswith((":", ";", ":-")) or _LABEL.search(before) is not None)


def _sad_emoticon(text: str, position: int) -> bool:
    """True for "(" in ":(" or ":-(" standing alone ("Ratings :-) and :( appear.")."""
    return (
        text[position] == "("
        and text[:position].endswith((":", ";", ":-"))
        and (text[position + 1 : position + 2] in ("", " ", "\n"))
    )
