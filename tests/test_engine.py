"""The core as a library: pure, deterministic, and refusing unsafe fixes loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

import audit
from audit.config import Config
from audit.document import Document
from audit.engine import _verify_protected, audit_text
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


def test_protected_text_change_is_refused_with_a_diagnostic_diff() -> None:
    original = Document.parse("Prose `code` end.\n", Markup.MARKDOWN)
    tampered = Document.parse("Prose `c0de` end.\n", Markup.MARKDOWN)
    with pytest.raises(FixSafetyError) as caught:
        _verify_protected(original, tampered)
    assert "-Prose `code` end." in caught.value.diagnostic
    assert "+Prose `c0de` end." in caught.value.diagnostic


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
    assert [fix.edits[0].replacement for fix in resolve([unsafe, inside_url], document, {}, unsafe_fixes=True)] == ["look"]


def test_insertions_at_the_same_point_conflict() -> None:
    document = Document.parse("ab", Markup.TEXT)
    chosen = resolve([_finding("a", 1, 1, " "), _finding("b", 1, 1, "-")], document, {})
    assert len(chosen) == 1


def test_apply_edits_refuses_overlaps() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, ""), Edit(2, 4, "")])
