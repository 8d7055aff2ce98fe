"""Find the protected regions of an article: everything that is not prose an editor wrote.

Front matter, code (fenced, indented, inline), HTML tags and comments, URLs, e-mail addresses and
link destinations are protected: no rule reports inside them and no fix may touch them. We protect
generously: a region wrongly protected only costs a missed finding, a region wrongly treated as prose
can corrupt code or a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

Span = tuple[int, int]


class Markup(StrEnum):
    MARKDOWN = "markdown"
    TEXT = "text"


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})

_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?(?:(---)[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)"
    r"|(\+\+\+)[ \t]*\r?\n.*?^\+\+\+[ \t]*(?:\r?\n|\Z))",
    re.DOTALL | re.MULTILINE,
)
_FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[^\n]*$")
_INDENTED = re.compile(r"^(?: {4}|\t)")
_BLANK = re.compile(r"^[ \t]*\r?$")
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_HTML_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s<>\"'=/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>"
)
_RAW_HTML_BLOCK = re.compile(r"<(script|style|pre|textarea)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.DOTALL | re.IGNORECASE)
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_LINK_DESTINATION = re.compile(
    r"\]\((?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
)
_REFERENCE_DEFINITION = re.compile(
    r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$", re.MULTILINE
)
_URL = re.compile(r"(?:\b[A-Za-z][A-Za-z0-9+.-]{1,31}://|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}»”’]")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")


def protected_spans(text: str, markup: Markup) -> tuple[Span, ...]:
    """Return the sorted, merged spans of `text` that rules must not see or touch."""
    spans: list[Span] = []
    if markup is Markup.MARKDOWN:
        spans.extend(_markdown_block_spans(text))
        spans.extend(_matches(_HTML_COMMENT, text))
        spans.extend(_matches(_RAW_HTML_BLOCK, text))
        spans.extend(_matches(_INLINE_CODE, text))
        spans.extend(_matches(_AUTOLINK, text))
        spans.extend(_matches(_HTML_TAG, text))
        spans.extend(_link_destination_spans(text))
        spans.extend(_matches(_REFERENCE_DEFINITION, text))
    spans.extend(_matches(_URL, text))
    spans.extend(_matches(_EMAIL, text))
    return merge(spans)


def merge(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sort spans and merge the ones that overlap or touch.

    >>> merge([(5, 8), (0, 2), (1, 3), (8, 9)])
    ((0, 3), (5, 9))
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def _matches(pattern: re.Pattern[str], text: str) -> Iterable[Span]:
    return (match.span() for match in pattern.finditer(text))


def _link_destination_spans(text: str) -> Iterable[Span]:
    # Keep the `]` as prose (it pairs with the link text's `[`), protect "(destination "title")".
    return ((match.start() + 1, match.end()) for match in _LINK_DESTINATION.finditer(text))


def _markdown_block_spans(text: str) -> list[Span]:
    """Front matter, fenced code blocks and indented code blocks, by walking the lines once."""
    spans: list[Span] = []
    position = 0
    front_matter = _FRONT_MATTER.match(text)
    if front_matter:
        spans.append(front_matter.span())
        position = front_matter.end()
    lines = text[position:].splitlines(keepends=True)
    offset = position
    fence: str | None = None
    fence_start = 0
    previous_blank = True
    in_indented_code = False
    for line in lines:
        content = line.rstrip("\r\n")
        if fence is not None:
            stripped = content.strip()
            indent = len(content) - len(content.lstrip(" "))
            if indent <= 3 and stripped.startswith(fence) and set(stripped) == {fence[0]}:
                spans.append((fence_start, offset + len(line)))
                fence = None
        else:
            opening = _FENCE_OPEN.match(content)
            if opening and not (opening.group(1)[0] == "`" and "`" in content.strip()[len(opening.group(1)) :]):
                fence = opening.group(1)
                fence_start = offset
                in_indented_code = False
            elif _INDENTED.match(content) and not _BLANK.match(content) and (previous_blank or in_indented_code):
                spans.append((offset, offset + len(content)))
                in_indented_code = True
            elif not _BLANK.match(content):
                in_indented_code = False
        previous_blank = bool(_BLANK.match(content)) if fence is None else False
        offset += len(line)
    if fence is not None:
        spans.append((fence_start, len(text)))
    return spans
