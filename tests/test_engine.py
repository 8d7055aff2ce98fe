"""The core as a library: pure, deterministic, and refusing unsafe fixes loudly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import audit
from audit.config import Config
from audit.document import Document
from audit.engine import audit_text, fix_text
from audit.errors import FixSafetyError, InputError
from audit.findings import Edit, Finding, Fix, FixSafety
from audit.fixes import apply_edits, resolve
from audit.markup import Markup

DIRTY = "The caf\u00c3\u00a9 opened.\u200b\n"


def test_audit_text_is_a_pure_function() -> None:
    first = audit_text(DIRTY, Config())
    second = audit_text(DIRTY, Config())
    assert first.findings == second.findings
    assert first.fixed_text == second.fixed_text == "The café opened.\n"
    assert first.text == DIRTY


def test_audit_file_reads_through_the_file_layer(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf" + DIRTY.encode())
    result = audit.audit_file(path)
    assert [finding.rule for finding in result.findings] == ["mojibake", "invisible-char"]
    path.write_bytes(b"\xff")
    with pytest.raises(InputError, match="not valid UTF-8 at byte 0"):
        audit.audit_file(path)


def test_edit_that_would_extend_a_url_is_dropped_not_applied() -> None:
    # Deleting the form feed would glue "0" onto the URL: the pass is redone without that edit.
    text = "See https://example.org/a?c=d\x0c0 and caf\u00c3\u00a9.\n"
    result = audit_text(text, Config(), Markup.MARKDOWN)
    assert "invisible-char" in {finding.rule for finding in result.findings}
    assert result.fixed_text == "See https://example.org/a?c=d\x0c0 and café.\n"


def test_edit_that_would_start_a_code_block_is_dropped() -> None:
    text = "Intro.\n\n\x08\tcaf\u00c3\u00a9 here\n"
    result = audit_text(text, Config(), Markup.MARKDOWN)
    assert result.fixed_text == "Intro.\n\n\x08\tcafé here\n"


def test_non_converging_fixes_are_refused_with_a_diagnostic_diff(monkeypatch: pytest.MonkeyPatch) -> None:
    import audit.engine as engine

    # A rule whose fix re-creates its own finding would loop forever: the pass limit stops it.
    growing = lambda document, config, source=None: (None, (_finding("r", 0, 0, "x"),))  # noqa: E731
    monkeypatch.setattr(engine, "_check", growing)
    with pytest.raises(FixSafetyError, match="did not converge") as caught:
        engine._fix(Document.parse("text", Markup.TEXT), growing(None, None)[1], Config())
    assert "+xxxxxxxxxxtext" in caught.value.diagnostic


def _finding(rule: str, start: int, end: int, replacement: str, safety: FixSafety = FixSafety.SAFE) -> Finding:
    return Finding(rule, start, end, "m", fix=Fix((Edit(start, end, replacement),), safety), suggestions=(replacement,))


def test_resolve_prefers_precedence_then_position_and_drops_overlaps() -> None:
    document = Document.parse("abcdefghij", Markup.TEXT)
    findings = [_finding("low", 0, 5, "X"), _finding("high", 3, 6, "Y"), _finding("low", 6, 8, "Z")]
    chosen = resolve(findings, document, {"high": 10, "low": 1})
    assert [fix.edits[0].replacement for fix in chosen] == ["Y", "Z"]
    assert resolve(list(reversed(findings)), document, {"high": 10, "low": 1}) == chosen


def test_resolve_skips_unsafe_unless_asked_and_protected_edits() -> None:
    document = Document.parse("see https://example.org now", Markup.TEXT)
    unsafe = _finding("r", 0, 3, "look", FixSafety.UNSAFE)
    inside_url = _finding("r", 8, 12, "")
    assert resolve([unsafe, inside_url], document, {}) == ()
    assert [fix.edits[0].replacement for fix in resolve([unsafe, inside_url], document, {}, unsafe_fixes=True)] == [
        "look"
    ]


def test_insertions_at_the_same_point_conflict() -> None:
    document = Document.parse("ab", Markup.TEXT)
    chosen = resolve([_finding("a", 1, 1, " "), _finding("b", 1, 1, "-")], document, {})
    assert len(chosen) == 1


def test_apply_edits_refuses_overlaps() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"))))
def test_paragraph_lines_break_where_splitlines_does(text: str) -> None:
    from audit.document import _lines

    assert list(_lines(text)) == text.splitlines(keepends=True)


# Issue 10: a long text is audited in sections. These tests shrink the section size so that a short
# article is long, and compare with the same article audited whole.
_PARAGRAPH_LOCAL = {"doubled-word", "missing-space", "mojibake", "invisible-char", "space-before-punct", "glossary"}
_WORDS = [
    "alpha",
    "bravo",
    "delta",
    "echo",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "oscar",
    "papa",
    "romeo",
    "sierra",
    "tango",
]


def _long_article() -> str:
    paragraphs = []
    for index, word in enumerate(_WORDS):
        other = _WORDS[(index * 7 + 3) % len(_WORDS)]
        paragraphs.append(
            f"The {word} committee met the the {other} delegation on the river.It agreed , "
            f"said the caf\u00c3\u00a9 owner who spoke to France Press about {word} and {other} plans."
        )
        if index % 5 == 2:
            paragraphs.append(f"```\nthe the {word}\n\nthe the {other}\n```")
    return "\n\n".join(paragraphs) + "\n"


def _local(result: audit.engine.Result) -> list[tuple[str, int, int, str]]:
    return [
        (finding.rule, finding.start, finding.end, finding.message)
        for finding in result.findings
        if finding.rule in _PARAGRAPH_LOCAL
    ]


@pytest.mark.parametrize("size", [120, 400, 2000])
def test_a_long_text_audited_in_sections_finds_and_fixes_what_the_whole_does(
    monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    text = _long_article()
    whole = audit_text(text, Config(), Markup.MARKDOWN)
    monkeypatch.setattr(audit.engine, "LONG_TEXT_CHARS", size)
    sectioned = audit_text(text, Config(), Markup.MARKDOWN)
    assert len(sectioned.sections) > 1
    assert _local(sectioned) == _local(whole) != []
    assert sectioned.fixed_text == whole.fixed_text != text
    assert sectioned.compact().fixed_text == whole.fixed_text


@pytest.mark.parametrize("size", [None, 120, 2000])
def test_fix_text_fixes_as_the_audit_does_and_keeps_only_the_number_of_findings_read(
    monkeypatch: pytest.MonkeyPatch, size: int | None
) -> None:
    # `fix` leaves the repeated sentence (its removal is an unsafe fix), at both ends of the text.
    repeated = "The mayor spoke to the council on Monday. The mayor spoke to the council on Monday.\n\n"
    text = repeated + _long_article() + "\n" + repeated
    if size is not None:
        monkeypatch.setattr(audit.engine, "LONG_TEXT_CHARS", size)
    audited = audit_text(text, Config(), Markup.MARKDOWN)
    fixed = fix_text(text, Config(), Markup.MARKDOWN)
    assert (len(fixed.parts) > 1) == (size is not None)
    assert fixed.text == audited.fixed_text != text
    assert fixed.changed
    assert fixed.findings_before == len(audited.findings)
    assert fixed.language == audited.fixed.language == "en"
    offset, left = 0, []
    for part in fixed.parts:
        left.extend(finding.shifted(offset) for finding in part.findings)
        offset += len(part.text)
    assert left == list(audited.fixed.findings) != []


def test_fix_text_of_a_clean_text_changes_nothing() -> None:
    fixed = fix_text("The café opened on Monday.\n", Config())
    assert (fixed.text, fixed.changed, fixed.findings_before, fixed.findings) == (
        "The café opened on Monday.\n",
        False,
        0,
        (),
    )


def test_a_line_longer_than_a_section_is_cut_after_sentence_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 10: a 1 MB line dense with artifacts was one section, and its rules' working copies grew
    # with it. A line has no blank line to cut after: it is cut after a sentence's end and its space.
    sentences = [f"The caf\u00c3\u00a9 in {word} opened.\u200b It was busy , said the the owner." for word in _WORDS]
    text = "# Cafés\n\n" + " ".join(sentences) + "\n"
    whole = audit_text(text, Config(), Markup.MARKDOWN)
    monkeypatch.setattr(audit.engine, "LONG_TEXT_CHARS", 150)
    sectioned = audit_text(text, Config(), Markup.MARKDOWN)
    assert len(sectioned.sections) > 3
    assert all(text[cut - 2 : cut] == ". " for _, cut in sectioned.sections[:-1])
    assert _local(sectioned) == _local(whole) != []
    assert sectioned.fixed_text == whole.fixed_text != text
    fixed = fix_text(text, Config(), Markup.MARKDOWN)
    assert len(fixed.parts) > 3 and fixed.text == whole.fixed_text


def test_sections_are_never_cut_inside_code_or_a_suppression(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_article()
    middle = text.index("The india")
    disabled = text[:middle] + "<!-- mtaudit: disable doubled-word -->\n\n" + text[middle:]
    disabled = disabled.replace("The romeo", "<!-- mtaudit: enable -->\n\nThe romeo")
    monkeypatch.setattr(audit.engine, "LONG_TEXT_CHARS", 100)
    result = audit_text(disabled, Config(), Markup.MARKDOWN)
    for cut in (start for start, _ in result.sections[1:]):
        assert not result.document.is_protected(cut - 1, cut + 1) or result.document.text[cut - 1] == "\n"
        assert not disabled.index("<!-- mtaudit: disable") < cut < disabled.index("<!-- mtaudit: enable")
    silenced = range(disabled.index("The india"), disabled.index("<!-- mtaudit: enable"))
    assert not [finding for finding in result.findings if finding.rule == "doubled-word" and finding.start in silenced]
    assert [finding for finding in result.findings if finding.rule == "doubled-word" and finding.start not in silenced]
    fixed = result.fixed_text
    fences = re.findall(r"```\n.*?\n```", disabled, re.DOTALL)
    assert len(fences) == 3 and all(fence in fixed for fence in fences)
    for start, end in result.document.protected:
        assert disabled[start:end] in fixed
