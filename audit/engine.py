"""The core: `audit_text(text, config) -> Result`, a pure function of text and configuration.

No I/O beyond the glossary files it compiles once per process, no click, no global mutable state.
Fixing runs in passes: the non-overlapping fixes of one pass are applied, the result is checked again,
until nothing changes; protected regions must come out byte-identical.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from audit.config import Config
from audit.diff import unified_diff
from audit.document import Document
from audit.errors import FixSafetyError
from audit.findings import Finding
from audit.fixes import apply_edits, resolve
from audit.glossary import load_glossaries
from audit.language import LanguageMap, identify
from audit.markup import Markup
from audit.rules import PRECEDENCE, RULES, Context
from audit.suppression import suppress

MAX_FIX_PASSES = 10


@dataclass(frozen=True)
class Result:
    """What auditing one text gives: its findings (on the original text) and the fixed text."""

    document: Document
    languages: LanguageMap
    findings: tuple[Finding, ...]
    fixed_text: str

    @property
    def language(self) -> str:
        return self.languages.document

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def changed(self) -> bool:
        return self.fixed_text != self.document.text


def check(document: Document, config: Config) -> tuple[Finding, ...]:
    """Run every enabled rule over the document; findings sorted by position then rule."""
    return _check(document, config)[1]


def _check(document: Document, config: Config) -> tuple[LanguageMap, tuple[Finding, ...]]:
    languages = identify(document, config.lang)
    context = Context(document=document, languages=languages, glossaries=load_glossaries(config), config=config)
    findings = [
        finding if finding.language else replace(finding, language=languages.at(document, finding.start))
        for rule in RULES
        if config.rule_enabled(rule.id)
        for finding in rule.check(context)
        if not document.is_protected(finding.start, finding.end)
    ]
    # Inline `<!-- mtaudit: disable … -->` comments: a suppressed finding is not fixed either.
    findings = suppress(document, findings, config)
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.rule, finding.entry or ""))
    return languages, tuple(findings)


def audit_text(text: str, config: Config | None = None, markup: Markup = Markup.TEXT) -> Result:
    """Check `text` and compute the text `fix` would write (safe fixes, or all with unsafe_fixes)."""
    config = config or Config()
    document = Document.parse(text, markup)
    languages, findings = _check(document, config)
    fixed = _fix(document, findings, config)
    return Result(document=document, languages=languages, findings=findings, fixed_text=fixed)


def _fix(document: Document, findings: tuple[Finding, ...], config: Config) -> str:
    current, current_findings = document, findings
    for _ in range(MAX_FIX_PASSES):
        fixes = resolve(current_findings, current, PRECEDENCE, config.unsafe_fixes)
        if not fixes:
            _verify_protected(document, current)
            return current.text
        text = apply_edits(current.text, (edit for fix in fixes for edit in fix.edits))
        if text == current.text:
            _verify_protected(document, current)
            return text
        current = Document.parse(text, document.markup)
        current_findings = check(current, config)
    raise FixSafetyError(
        f"fixes did not converge after {MAX_FIX_PASSES} passes", unified_diff(document.text, current.text, "article")
    )


def _verify_protected(original: Document, fixed: Document) -> None:
    before = [original.text[start:end] for start, end in original.protected]
    after = [fixed.text[start:end] for start, end in fixed.protected]
    if before != after:
        raise FixSafetyError(
            "fixing would change protected text (front matter, code, URLs or HTML)",
            unified_diff(original.text, fixed.text, "article"),
        )
