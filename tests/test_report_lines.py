"""Text and GitHub lines stay one line per finding and cover exactly the finding's lines (issue 11)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from audit.document import Document
from audit.engine import Fixed, FixedPart, _whole_line_breaks
from audit.findings import Edit, Finding, Fix, FixSafety, Severity
from audit.report import FileReport, LocatedFinding, Report
from audit.report.github import render_github
from audit.report.model import locate, locate_fixed
from audit.report.text import render_text

TEXT = "Intro line.\nRead more\n\nNext paragraph.\n"


def _report(finding: Finding) -> Report:
    document = Document(TEXT)
    line, column = document.position(finding.start)
    end_line, end_column = document.position(finding.end)
    located = LocatedFinding(finding, TEXT[finding.start : finding.end], line, column, end_line, end_column)
    return Report((FileReport("a.md", "en", TEXT, (located,)),), ())


def test_github_deleted_line_ends_on_that_line() -> None:
    start = TEXT.index("Read more")
    end = TEXT.index("Next")  # the deletion takes the line and the blank line after it
    finding = Finding(
        "boilerplate", start, end, "furniture", Severity.WARNING, ("",), Fix((Edit(start, end, ""),), FixSafety.SAFE)
    )
    assert render_github(_report(finding), False).startswith("::warning file=a.md,line=2,endLine=3,title=")
    one = TEXT.index("\n", start) + 1  # just "Read more\n"
    finding = Finding("boilerplate", start, one, "furniture", Severity.WARNING)
    assert render_github(_report(finding), False).startswith("::warning file=a.md,line=2,endLine=2,title=")


def test_a_message_with_a_line_break_stays_on_one_text_line() -> None:
    finding = Finding("glossary", 0, 5, "house spelling.\nSee the style guide.", Severity.WARNING, ("Outro",))
    assert render_text(_report(finding), False) == (
        "a.md:1:1: warning glossary house spelling.\\nSee the style guide. → Outro (suggestion)\n"
    )


def _part(text: str, data: st.DataObject) -> FixedPart:
    spans = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=3))
    findings = tuple(Finding("doubled-word", min(span), max(span), "m") for span in sorted(spans))
    return FixedPart(text, findings)


@given(st.lists(st.text("ab \r\n", max_size=12), min_size=1, max_size=5), st.data())
def test_findings_left_in_parts_are_located_as_in_the_whole_fixed_text(texts: list[str], data: st.DataObject) -> None:
    # A long line is fixed in parts that end mid-line, and a fix may split a CRLF between two parts
    # (the parts are joined there): lines and columns count across parts as in the joined text.
    parts = _whole_line_breaks([_part(text, data) for text in texts])
    assert not any(first.text.endswith("\r") and second.text.startswith("\n") for first, second in pairwise(parts))
    whole, offset = [], 0
    for part in parts:
        whole.extend(finding.shifted(offset) for finding in part.findings)
        offset += len(part.text)
    fixed = Fixed(parts, 0, False, "en")
    assert fixed.text == "".join(texts)
    expected = [
        (located.line, located.column, located.end_line, located.end_column, located.text)
        for located in locate(Document(fixed.text), whole)
    ]
    found = [
        (located.line, located.column, located.end_line, located.end_column, located.text)
        for located in locate_fixed(fixed)
    ]
    assert found == expected
