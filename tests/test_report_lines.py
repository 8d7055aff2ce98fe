"""Text and GitHub lines stay one line per finding and cover exactly the finding's lines (issue 11)."""

from __future__ import annotations

from audit.document import Document
from audit.findings import Edit, Finding, Fix, FixSafety, Severity
from audit.report import FileReport, LocatedFinding, Report
from audit.report.github import render_github
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
