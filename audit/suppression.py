"""Inline suppression in Markdown: HTML comments that hide findings where an editor decided so.

    <!-- mtaudit: disable doubled-word,glossary -->   … until `enable` (or the end of the file)
    <!-- mtaudit: enable -->                           ends every open `disable`; `enable RULE` ends one
    <!-- mtaudit: disable-next-line glossary -->       only the line right after the comment

No rule id means every rule; `enable RULE` does not end a bare `disable` (that needs a bare `enable`).
The comments sit in protected regions, so they are read from `document.text`; a comment shown inside
code (a fenced block, an inline code span) is an example, not a directive, and is ignored.

Suppression runs inside the engine before fixing, so a suppressed finding is neither reported nor
fixed. With `warn_unused_suppressions`, a directive (or a rule it names) that hides nothing becomes
an `unused-suppression` finding at the comment, like ruff's unused-noqa: stale suppressions would
otherwise hide the next real artifact on that line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from audit.config import Config
from audit.document import Document
from audit.findings import Finding, Severity
from audit.markup import Markup, protected_spans

UNUSED_SUPPRESSION = "unused-suppression"
UNUSED_SUPPRESSION_SUMMARY = "an inline suppression comment that hides no finding"
UNUSED_SUPPRESSION_DOC = (
    "An `<!-- mtaudit: disable … -->` comment that no longer hides any finding.\n\n"
    "Why: once the artifact it was written for is gone, a stale suppression silently hides the next\n"
    "real one. Reported only with --warn-unused-suppressions. Example: `<!-- mtaudit:\n"
    "disable-next-line doubled-word -->` above a line without a doubled word. Fix: none (delete the\n"
    "comment by hand)."
)

_DIRECTIVE = re.compile(r"<!--[ \t]*mtaudit:[ \t]*(disable-next-line|disable|enable)(?!\w|-(?!->))([^>\n]*?)[ \t]*-->")
_ALL = "*"


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its span in the text, its kind and the rules it names (empty: all)."""

    start: int
    end: int
    kind: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class Block:
    """A stretch of text [start, end) where `rule` (or every rule, `*`) is suppressed by `directive`."""

    directive: Directive
    rule: str
    start: int
    end: int


def directives(document: Document) -> tuple[Directive, ...]:
    """The suppression comments of a Markdown document that are real comments, not code examples."""
    if document.markup is not Markup.MARKDOWN or "mtaudit:" not in document.text:
        return ()
    found = [
        Directive(match.start(), match.end(), match.group(1), tuple(re.findall(r"[\w-]+", match.group(2))))
        for match in _DIRECTIVE.finditer(document.text)
    ]
    if not found:
        return ()
    # Put plain letters where the comments were: whatever protects the letters (a code fence, an
    # inline code span) surrounds the comment too, so the comment is shown, not meant.
    probe = list(document.text)
    for directive in found:
        probe[directive.start : directive.end] = "x" * (directive.end - directive.start)
    shown = Document("".join(probe), document.markup, protected_spans("".join(probe), document.markup))
    return tuple(directive for directive in found if not shown.is_protected(directive.start, directive.end))


def blocks(document: Document, found: Iterable[Directive]) -> list[Block]:
    """Turn directives into the stretches of text they cover."""
    result: list[Block] = []
    open_blocks: dict[str, tuple[Directive, int]] = {}
    for directive in found:
        rules = directive.rules or (_ALL,)
        if directive.kind == "disable-next-line":
            line_end = document.text.find("\n", directive.end)
            if line_end != -1:
                next_end = document.text.find("\n", line_end + 1)
                next_end = len(document.text) if next_end == -1 else next_end
                result.extend(Block(directive, rule, line_end + 1, next_end) for rule in rules)
        elif directive.kind == "disable":
            for rule in rules:
                open_blocks.setdefault(rule, (directive, directive.end))
        else:
            for rule in list(open_blocks) if not directive.rules else directive.rules:
                if rule in open_blocks:
                    opened, start = open_blocks.pop(rule)
                    result.append(Block(opened, rule, start, directive.start))
    result.extend(Block(opened, rule, start, len(document.text)) for rule, (opened, start) in open_blocks.items())
    return result


def suppress(document: Document, findings: Iterable[Finding], config: Config) -> list[Finding]:
    """Drop the findings an inline directive covers; add `unused-suppression` findings when asked."""
    kept = list(findings)
    found = directives(document)
    if not found:
        return kept
    covering = blocks(document, found)
    used: set[tuple[Directive, str]] = set()
    visible: list[Finding] = []
    for finding in kept:
        hiding = [
            block
            for block in covering
            if block.rule in (_ALL, finding.rule) and block.start <= finding.start < block.end
        ]
        used.update((block.directive, block.rule) for block in hiding)
        if not hiding:
            visible.append(finding)
    if config.warn_unused_suppressions and config.rule_enabled(UNUSED_SUPPRESSION):
        visible.extend(_unused(found, used, config))
    return visible


def _unused(found: Iterable[Directive], used: set[tuple[Directive, str]], config: Config) -> Iterable[Finding]:
    for directive in found:
        if directive.kind == "enable":
            continue
        # A rule that did not run this time cannot be judged: its suppression may still be needed.
        idle = [
            rule
            for rule in directive.rules or (_ALL,)
            if (directive, rule) not in used and (rule == _ALL or config.rule_enabled(rule))
        ]
        if idle:
            named = "every rule" if idle == [_ALL] else ", ".join(idle)
            yield Finding(
                rule=UNUSED_SUPPRESSION,
                start=directive.start,
                end=directive.end,
                message=f"suppression of {named} hides no finding",
                severity=Severity.WARNING,
            )
