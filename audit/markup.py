"""Find the protected regions of an article: everything that is not prose an editor wrote.

Front matter, code (fenced, indented, inline), HTML tags and comments, URLs, e-mail addresses and
link destinations are protected: no rule reports inside them and no fix may touch them. We protect
generously: a region wrongly protected only costs a missed finding, a region wrongly treated as prose
can corrupt code or a link.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from typing import Any

Span = tuple[int, int]


class Markup(StrEnum):
    MARKDOWN = "markdown"
    TEXT = "text"


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})

# CommonMark's line ends: LF, CRLF and a lone CR (never Python's splitlines, which also splits on
# \v, \f, \x1c-\x1e, \x85, U+2028 and U+2029).
LINE_BREAK = re.compile(r"\r\n|\r|\n")
_AT_LINE_START = r"(?:(?<=[\r\n]))"
_FRONT_MATTER_OPEN = re.compile(r"\ufeff?(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_YAML_CLOSE = re.compile(_AT_LINE_START + r"(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|\Z)")
_TOML_CLOSE = re.compile(_AT_LINE_START + r"\+\+\+[ \t]*(?:\r\n|\r|\n|\Z)")
# Blocks whose lines are content; the ones whose content is code are protected.
_CONTENT_BLOCKS = frozenset({"paragraph_open", "heading_open", "fence", "code_block", "html_block", "hr"})
_CODE_BLOCKS = frozenset({"fence", "code_block"})
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
# Not inside doubled angle brackets: `<<Antes venían … Dubái>>` is a quotation in ASCII guillemets
# (malformed-quote's), whose words would otherwise read as a tag's attributes.
_HTML_TAG = re.compile(
    r"(?<!<)</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^\s<>\"'=/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`]+))?)*\s*/?>(?!>)"
)
_RAW_HTML_BLOCK = re.compile(r"<(script|style|pre|textarea)\b[^>]*>.*?(?:</\1\s*>|\Z)", re.DOTALL | re.IGNORECASE)
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>")
_LINK_DESTINATION = re.compile(
    r"\]\((?:<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
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
        if "`" in text:
            spans.extend(_matches(_INLINE_CODE, text))
        spans.extend(_matches(_AUTOLINK, text))
        spans.extend(_matches(_HTML_TAG, text))
        spans.extend(_link_destination_spans(text))
    # Each pattern runs only where the text holds what every match must (issue 9: the patterns tried
    # every word of an article that has no link or address at all).
    if "://" in text or "www." in text:
        spans.extend(_matches(_URL, text))
    if "@" in text:
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


SECTION_CHARS = 1 << 16
"""The block parser reads a long text in sections of about this many characters, cut after a blank
line: its tokens cost ≈15 bytes a character, so a 50 MB article parsed whole peaked at 750 MB (issue 10)."""
_OPEN_ENDED = frozenset({"fence", "code_block", "html_block"})
# What can make the block parse protect a line: a fence, indented code (four spaces or a tab, at a line's
# start or after a container's marker), a link reference definition, or a line of container markers
# alone. A text with none of them needs no parse (issue 9: markdown-it's import and set-up cost a
# one-article check ≈35 ms); a property test holds this to the parser's own answer.
_BLOCK_SYNTAX = ("```", "~~~", "\t", "    ")
# A definition's `]:` is followed by its destination: on the next line, in <brackets>, or a run without
# spaces that ends its line or is followed by a title in quotes or parentheses. Anything else after
# the destination makes the line prose, as in a footnote written `[^1]: The estimate assumes…`.
_DEFINITION = re.compile(r"""\]:[ \t]*(?:[\r\n<]|$|[^ \t\r\n]+[ \t]*(?:[\r\n]|$)|[^ \t\r\n]+[ \t]+["'(])""")
_CONTAINER_MARKERS = r" *(?:(?:[>*+-]|\d{1,9}[.)]) *)+"
_MARKERS_LINE = re.compile(rf"(?<![^\r\n]){_CONTAINER_MARKERS}(?![^\r\n])")
# The same for a text without a CR, where `^` and `$` find its lines five times faster than lookarounds.
_MARKERS_LF_LINE = re.compile(rf"^{_CONTAINER_MARKERS}$", re.MULTILINE)


def _may_hold_blocks(text: str, start: int) -> bool:
    """Whether the text after `start` holds anything the block parse could protect."""
    if any(text.find(syntax, start) >= 0 for syntax in _BLOCK_SYNTAX) or _DEFINITION.search(text, start):
        return True
    return (_MARKERS_LINE if "\r" in text else _MARKERS_LF_LINE).search(text, start) is not None


def _markdown_block_spans(text: str) -> list[Span]:
    """Front matter, then the code blocks and link reference definitions a CommonMark parser finds.

    markdown-it-py gives every block its line range. Lines that no block holds as content are link
    reference definitions (or bare container markers such as a lone `>`), protected whole. The parser
    reads CR, LF and CRLF as line ends, as `LINE_BREAK` does, so its line numbers map onto offsets of
    the original text whatever the line-ending style (issue 10, item 1: hand-written block regexes
    edited reference definitions and front matter in CRLF and CR files, and indented code after a fence).

    A text longer than `SECTION_CHARS` is parsed in sections cut after blank lines. A section whose
    last block is a fence, an HTML block or indented code that may go on past the cut is read again
    with the next one (doubling, so a huge code block costs linear time): a block is never split. What
    may differ from a parse of the whole is only towards more protection (a list item's paragraph
    indented by four spaces starts a section as indented code).
    """
    spans: list[Span] = []
    body_start = _front_matter_end(text)
    if body_start:
        spans.append((0, body_start))
    if _may_hold_blocks(text, body_start):
        spans.extend(_parsed_block_spans(text, body_start))
    return spans


def _parsed_block_spans(text: str, body_start: int) -> list[Span]:
    """The block spans of the text after `body_start`, as the parser finds them."""
    spans: list[Span] = []
    lines = _Lines(text, body_start)
    first = 0
    while first < lines.count:
        end = lines.cut_after(first, SECTION_CHARS)
        tokens = _block_parser().parse(text[lines.start(first) : lines.start(end)])
        while end < lines.count and _open_at_end(tokens, lines, first, end):
            end = lines.cut_after(first, 2 * (lines.start(end) - lines.start(first)))
            tokens = _block_parser().parse(text[lines.start(first) : lines.start(end)])
        covered = first
        for token in tokens:
            if token.map is None or token.type not in _CONTENT_BLOCKS:
                continue
            start_line, end_line = first + token.map[0], first + token.map[1]
            spans.extend(lines.unblank(covered, start_line))
            if token.type in _CODE_BLOCKS:
                spans.append((lines.start(start_line), lines.end(end_line - 1)))
            covered = max(covered, end_line)
        spans.extend(lines.unblank(covered, end))
        first = end
    return spans


def _open_at_end(tokens: list[Any], lines: _Lines, first: int, end: int) -> bool:
    """Whether the section's last block may continue after the cut: a fence without its closing line,
    or a code or HTML block that reaches the section's last line holding text."""
    last_text = end - 1
    while last_text > first and not lines.holds_text(last_text):
        last_text -= 1
    for token in reversed(tokens):
        if token.map is None or token.type not in _CONTENT_BLOCKS:
            continue
        if token.type not in _OPEN_ENDED or first + token.map[1] <= last_text:
            return False
        if token.type == "fence" and token.map[1] - token.map[0] >= 2:
            closing = lines.text[lines.start(first + token.map[1] - 1) : lines.end(first + token.map[1] - 1)]
            marker = closing.strip().lstrip(">").strip()
            return not (marker.startswith(token.markup) and not marker.strip(token.markup[0]))
        return True
    return False


class _Lines:
    """Offsets of the lines of `text` from `base` on; line ends exclude the line break."""

    def __init__(self, text: str, base: int) -> None:
        self.text = text
        # An array, not a list of ints: 8 bytes a line keeps a 50 MB article's line table small.
        self._starts = array("q", [base])
        self._starts.extend(match.end() for match in LINE_BREAK.finditer(text, base))
        if self._starts[-1] == len(text) and len(self._starts) > 1:
            self._starts.pop()  # text ending with a line break has no empty last line
        self.count = len(self._starts)

    def start(self, line: int) -> int:
        return self._starts[line] if line < self.count else len(self.text)

    def end(self, line: int) -> int:
        end = self.start(line + 1)
        if end > self.start(line) and self.text[end - 1] == "\n":
            end -= 1
        if end > self.start(line) and self.text[end - 1] == "\r":  # content never holds a CR: it is the break
            end -= 1
        return end

    def holds_text(self, line: int) -> bool:
        return bool(self.text[self.start(line) : self.end(line)].strip(" \t"))

    def unblank(self, first: int, end: int) -> list[Span]:
        """The lines in [first, end) that hold more than white space."""
        lines = range(first, min(end, self.count))
        return [(self.start(line), self.end(line)) for line in lines if self.holds_text(line)]

    def cut_after(self, first: int, size: int) -> int:
        """The line after the first blank line at least `size` characters past line `first` (a section
        end), or the line count."""
        line = bisect_left(self._starts, self.start(first) + size, lo=first)
        while line < self.count and self.holds_text(line):
            line += 1
        return min(line + 1, self.count)


def _front_matter_end(text: str) -> int:
    """Where YAML (`---`) or TOML (`+++`) front matter ends, line break included; 0 when there is none."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if not opening:
        return 0
    closing = (_YAML_CLOSE if opening.group(1) == "---" else _TOML_CLOSE).search(text, opening.end())
    return closing.end() if closing else 0


@cache
def _block_parser() -> Any:
    # Imported on first use: `mtaudit --help` must not pay for the parser. Inline parsing is off:
    # only block line ranges are read here (inline code, links and HTML are found by the patterns above).
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").disable("inline")
