"""Where boilerplate stands: a whole line of page furniture is deleted, a phrase inside prose is not.

"Share this article" alone on a line is furniture left by a scraper: deleting the line (with its line
break, and the blank line after it when it stood alone as a paragraph) is safe. The same words inside
a sentence are prose: a long phrase glued into a sentence ("… the vote. Your email address will not be
published.") is reported, never deleted; a short one ("He asked readers to share this article", "Read
more books") is ordinary prose and stays silent, and so is one the article quotes (the form promised:
“Your email address will not be published.”).
"""

from __future__ import annotations

from typing import NamedTuple

from audit.glossary.matcher import Match
from audit.glossary.tokens import tokenize

# Shorter phrases inside a sentence are ordinary words ("read more", "share this article").
MIN_EMBEDDED_WORDS = 4
# What may surround the phrase on a furniture line: bullets, quotes, arrows, closing marks, masked markup.
_DECORATION = frozenset(" \t\u00a0-–—*•·|>:!.…»«\"'“”‘’→›‹←[]()#_\ufffc")
# Quotation marks around a phrase inside a sentence: the article quotes the words, it is not furniture.
_OPENING_QUOTES = frozenset("\"'“‘«„‚‹»")
_CLOSING_QUOTES = frozenset("\"'”’»“‘›«")
_INSIDE_QUOTES = frozenset(" \u00a0\u202f.,;:!?…")


class Furniture(NamedTuple):
    """A boilerplate match, and the span to delete when its line is nothing but furniture."""

    match: Match
    delete: tuple[int, int] | None  # None: the phrase is embedded in prose (report only)


def locate(text: str, matches: list[Match], detected: frozenset[int] = frozenset()) -> list[Furniture]:
    """Classify each match in `text` (offsets of the matches point into `text`).

    `detected` holds the starts of the lines audit/furniture.py found, so that a block of furniture
    lines, found either way, is deleted as one block.
    """
    lines = []
    for match in matches:
        line_start = text.rfind("\n", 0, match.start) + 1
        line_end = _line_end(text, match.end)
        # Two phrases on one line ("Share this article · Read more") leave only decoration around each.
        on_line = [other for other in matches if line_start <= other.start < line_end]
        lines.append((match, line_start, line_end, set(_without(text, line_start, line_end, on_line)) <= _DECORATION))
    furniture_lines = detected | frozenset(line_start for _, line_start, _, whole in lines if whole)
    return [
        Furniture(match, deletion(text, line_start, line_end, furniture_lines) if whole else None)
        for match, line_start, line_end, whole in lines
        if whole or (_words(match.text) >= MIN_EMBEDDED_WORDS and not _quoted(text, match))
    ]


def _words(phrase: str) -> int:
    return sum(token.text[:1].isalnum() for token in tokenize(phrase))


def _quoted(text: str, match: Match) -> bool:
    """True when quotation marks enclose the match (spaces and sentence marks may stand inside them).

    >>> text = "The form promised: « Votre adresse e-mail ne sera pas publiée. »"
    >>> _quoted(text, Match(None, 21, 63, text[21:63], None))  # type: ignore[arg-type]
    True
    """
    before, after = match.start, match.end
    while before > 0 and text[before - 1] in _INSIDE_QUOTES:
        before -= 1
    while after < len(text) and text[after] in _INSIDE_QUOTES:
        after += 1
    return before > 0 and text[before - 1] in _OPENING_QUOTES and after < len(text) and text[after] in _CLOSING_QUOTES


def _without(text: str, start: int, end: int, matches: list[Match]) -> str:
    pieces, cursor = [], start
    for match in sorted(matches, key=lambda item: item.start):
        pieces.append(text[cursor : max(cursor, match.start)])
        cursor = max(cursor, match.end)
    pieces.append(text[cursor:end])
    return "".join(pieces)


def _line_end(text: str, position: int) -> int:
    """End of the line holding `position`, before its line break."""
    newline = text.find("\n", position)
    end = len(text) if newline == -1 else newline
    return end - 1 if end > 0 and text[end - 1] == "\r" and end - 1 >= position else end


def _next_line(text: str, line_end: int) -> int:
    if text.startswith("\r\n", line_end):
        return line_end + 2
    if text.startswith(("\n", "\r"), line_end):
        return line_end + 1
    return line_end


def _is_blank(line: str) -> bool:
    return not line.strip()


def _line_before(text: str, line_start: int) -> int:
    """Start of the line that ends right before `line_start` (which must be > 0)."""
    return text.rfind("\n", 0, line_start - 1) + 1


def deletion(text: str, line_start: int, line_end: int, furniture_lines: frozenset[int]) -> tuple[int, int]:
    r"""The line with its break. A block of furniture lines standing alone between blank lines also
    takes one blank line with it (its last line takes the one below; at the end of the text its first
    line takes the one above), so no double blank line is left behind.

    >>> text = "Para one.\n\nShare this article\n\nPara two.\n"
    >>> start, end = deletion(text, 11, 29, frozenset({11}))
    >>> text[:start] + text[end:]
    'Para one.\n\nPara two.\n'
    """
    end = _next_line(text, line_end)
    top = line_start
    while top > 0 and _line_before(text, top) in furniture_lines:
        top = _line_before(text, top)
    above = _line_before(text, top) if top > 0 else None
    if above is not None and not _is_blank(text[above:top]):
        return line_start, end
    bottom = end
    while bottom < len(text) and bottom in furniture_lines:
        bottom = _next_line(text, _line_end(text, bottom))
    if bottom < len(text):
        following_end = _line_end(text, end)
        if bottom == end and _is_blank(text[end:following_end]):
            return line_start, _next_line(text, following_end)
        return line_start, end
    if line_start == top and above is not None:
        return above, end
    return line_start, end
