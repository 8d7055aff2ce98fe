"""Document: the decoded text, what of it is prose, and offset <-> line/column conversion.

Rules read `Document.prose`: the text with every protected character replaced by MASK, so offsets
into `prose` are offsets into `text` (same length, no shifting) while code, URLs and front matter
can never match a rule. Line breaks are kept inside masked regions so line-based rules still see lines.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from audit.markup import Markup, Span, protected_spans

MASK = "\ufffc"
"""Stands in for a protected character in `Document.prose` (OBJECT REPLACEMENT CHARACTER)."""

_BLANKS = " \t\r\n" + MASK
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")


# The line breaks of str.splitlines, whose list of lines would copy the whole article at once.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` with their breaks, as `text.splitlines(keepends=True)` gives them, one at a time."""
    start = 0
    for match in _LINE_BREAK.finditer(text):
        yield text[start : match.end()]
        start = match.end()
    if start < len(text):
        yield text[start:]


class Paragraph(NamedTuple):
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """Decoded text of one article; `markup` decides what is protected."""

    text: str
    markup: Markup = Markup.TEXT
    protected: tuple[Span, ...] = field(default=())

    @classmethod
    def parse(cls, text: str, markup: Markup = Markup.TEXT) -> Document:
        return cls(text=text, markup=markup, protected=protected_spans(text, markup))

    def compact(self) -> Document:
        """The same document without the rules' working copies (masked prose, paragraphs), which
        are recomputed if asked again: what is kept between fix passes and until a run reports."""
        return Document(self.text, self.markup, self.protected)

    @cached_property
    def prose(self) -> str:
        """The text with protected characters masked; same length as `text`."""
        pieces: list[str] = []
        cursor = 0
        for start, end in self.protected:
            pieces.append(self.text[cursor:start])
            pieces.append(re.sub(r"[^\r\n]", MASK, self.text[start:end]))
            cursor = end
        pieces.append(self.text[cursor:])
        return "".join(pieces)

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Blocks of prose separated by blank (or fully protected) lines; a heading is a block of its own."""
        result: list[Paragraph] = []
        block_start: int | None = None
        block_end = 0
        offset = 0
        for line in _lines(self.prose):
            content = line.rstrip("\r\n")
            blank = not content.strip(_BLANKS)
            heading = self.markup is Markup.MARKDOWN and _HEADING.match(content) is not None
            if (blank or heading) and block_start is not None:
                self._add_paragraph(result, block_start, block_end)
                block_start = None
            if heading:
                self._add_paragraph(result, offset, offset + len(content))
            elif not blank:
                block_start = offset if block_start is None else block_start
                block_end = offset + len(content)
            offset += len(line)
        if block_start is not None:
            self._add_paragraph(result, block_start, block_end)
        return tuple(result)

    def _add_paragraph(self, result: list[Paragraph], start: int, end: int) -> None:
        block = self.prose[start:end]
        stripped = block.strip(_BLANKS)
        if stripped:
            begin = start + len(block) - len(block.lstrip(_BLANKS))
            result.append(Paragraph(begin, begin + len(stripped), stripped))

    @cached_property
    def _paragraph_starts(self) -> tuple[int, ...]:
        return tuple(paragraph.start for paragraph in self.paragraphs)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The paragraph holding `offset` (its end included), or None between paragraphs."""
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset <= self.paragraphs[index].end:
            return self.paragraphs[index]
        return None

    def is_protected(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a protected region (an empty span: lies strictly inside one)."""
        index = bisect.bisect_right(self.protected, (start, float("inf"))) - 1
        for span_start, span_end in self.protected[max(index, 0) : index + 2]:
            if start == end:
                if span_start < start < span_end:
                    return True
            elif start < span_end and span_start < end:
                return True
        return False

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        starts = [0]
        starts.extend(match.end() for match in re.finditer(r"\r\n|\n|\r", self.text))
        return tuple(starts)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the 1-based (line, column) of a code-point offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1
