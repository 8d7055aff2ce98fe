"""Where boilerplate stands: a whole line of page furniture is deleted, a phrase inside prose is not.

"Share this article" alone on a line is furniture left by a scraper: deleting the line (with its line
break, and the blank line after it when it stood alone as a paragraph) is safe. The same words inside
a sentence ("He asked readers to share this article") are prose: reported, never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.glossary.matcher import Match

# What may surround the phrase on a furniture line: bullets, quotes, arrows, closing marks, masked markup.
_DECORATION = frozenset(" \t\u00a0-–—*•·|>:!.…»«\"'“”‘’→›‹←[]()#_\ufffc")


@dataclass(frozen=True)
class Furniture:
    """A boilerplate match, and the span to delete when its line is nothing but furniture."""

    match: Match
    delete: tuple[int, int] | None  # None: the phrase is embedded in prose (report only)


def locate(text: str, matches: list[Match]) -> list[Furniture]:
    """Classify each match in `text` (offsets of the matches point into `text`)."""
    result = []
    for match in matches:
        line_start = text.rfind("\n", 0, match.start) + 1
        line_end = _line_end(text, match.end)
        # Two phrases on one line ("Share this article · Read more") leave only decoration around each.
        others = [other for other in matches if other is not match and line_start <= other.start < line_end]
        rest = _without(text, line_start, line_end, [match, *others])
        whole = set(rest) <= _DECORATION
        result.append(Furniture(match, _deletion(text, line_start, line_end) if whole else None))
    return result


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


def _deletion(text: str, line_start: int, line_end: int) -> tuple[int, int]:
    """The line with its break; when it stands alone between blank lines, one blank line with it.

    >>> text = "Para one.\\n\\nShare this article\\n\\nPara two.\\n"
    >>> start, end = _deletion(text, 11, 29)
    >>> text[:start] + text[end:]
    'Para one.\\n\\nPara two.\\n'
    """
    end = _next_line(text, line_end)
    previous_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    alone_above = line_start == 0 or _is_blank(text[previous_start:line_start])
    following_end = _line_end(text, end)
    if end < len(text) and alone_above and _is_blank(text[end:following_end]):
        return line_start, _next_line(text, following_end)
    if end >= len(text) and alone_above and line_start > 0:
        # The last line of the text: take the blank line above it, not the final break of the text.
        return previous_start, len(text)
    return line_start, end
