"""Inline suppression in Markdown: HTML comments that hide findings where an editor decided so.

    <!-- mtaudit: disable doubled-word,glossary -->   … until `enable` (or the end of the file)
    <!-- mtaudit: enable -->                           ends every open `disable`; `enable RULE` ends one
    <!-- mtaudit: disable-next-line glossary -->       only the line right after the comment

No rule id means every rule; `enable RULE` does not end a bare `disable` (that needs a bare `enable`).
Spacing, letter case and commas between ids are free (`<!--MTAUDIT: Disable Doubled-Word-->`), since
a directive that silently does nothing would leave the editor believing it works. The comments sit in
protected regions, so they are read from `document.text`; a comment shown inside code (a fenced
block, an inline code span) is an example, not a directive, and is ignored.

Suppression runs inside the engine before fixing, so a suppressed finding is neither reported nor
fixed. With `warn_unused_suppressions`, every `mtaudit:` comment that hides nothing becomes an
`unused-suppression` finding at the comment, like ruff's unused-noqa: a directive (or a rule it
names) that matched no finding, a rule id that does not exist (a typo hides nothing, ever), and a
comment whose verb is not one of the three. Stale suppressions would otherwise hide the next real
artifact on that line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from audit.config import Config
from audit.document import Document
from audit.findings import Finding, Severity
from audit.markup import LINE_BREAK, Markup, protected_spans

UNUSED_SUPPRESSION = "unused-suppression"
UNUSED_SUPPRESSION_SUMMARY = "an inline suppression comment that hides no finding"
UNUSED_SUPPRESSION_DOC = (
    "An `<!-- mtaudit: disable … -->` comment that no longer hides any finding.\n\n"
    "Why: once the artifact it was written for is gone, a stale suppression silently hides the next\n"
    "real one. Reported only with --warn-unused-suppressions. Example: `<!-- mtaudit:\n"
    "disable-next-line doubled-word -->` above a line without a doubled word. Fix: none (delete the\n"
    "comment by hand)."
)

# Any one-line `mtaudit:` comment; its verb and rule ids are read by `_directive`, so that a
# misspelt one can be reported instead of silently doing nothing.
_COMMENT = re.compile(r"<!--[ \t]*mtaudit[ \t]*:(?P<body>[^\n]*?)-->", re.IGNORECASE)
_KINDS = ("disable", "disable-next-line", "enable")
_ALL = "*"


class Directive(NamedTuple):
    """One suppression comment: its span in the text, its kind and the rules it names (empty: all).

    `kind` is one of `_KINDS`, or the verb as written when it is none of them (the comment does nothing).
    """

    start: int
    end: int
    kind: str
    rules: tuple[str, ...]

    @property
    def valid(self) -> bool:
        return self.kind in _KINDS


def _directive(match: re.Match[str]) -> Directive:
    """Read a comment body: the verb, then rule ids separated by commas or spaces, any letter case.

    >>> _directive(_COMMENT.search("<!--MTAUDIT: Disable-Next-Line Doubled-Word,glossary-->"))
    Directive(start=0, end=55, kind='disable-next-line', rules=('doubled-word', 'glossary'))
    """
    words = re.findall(r"[^\s,]+", match.group("body").lower())
    kind = words[0] if words else ""
    return Directive(match.start(), match.end(), kind, tuple(words[1:]))


class Block(NamedTuple):
    """A stretch of text [start, end) where `rule` (or every rule, `*`) is suppressed by `directive`."""

    directive: Directive
    rule: str
    start: int
    end: int


def directives(document: Document) -> tuple[Directive, ...]:
    """The suppression comments of a Markdown document that are real comments, not code examples."""
    if document.markup is not Markup.MARKDOWN:
        return ()
    found = [_directive(match) for match in _COMMENT.finditer(document.text)]
    if not found:
        return ()
    # Put plain letters where the comments were: whatever protects the letters (a code fence, an
    # inline code span) surrounds the comment too, so the comment is shown, not meant.
    # Pieces, not a list of characters: that cost 8 bytes a character of a long article (issue 10).
    pieces: list[str] = []
    cursor = 0
    for directive in found:
        pieces += [document.text[cursor : directive.start], "x" * (directive.end - directive.start)]
        cursor = directive.end
    probe = "".join([*pieces, document.text[cursor:]])
    shown = Document(probe, document.markup, protected_spans(probe, document.markup))
    return tuple(directive for directive in found if not shown.is_protected(directive.start, directive.end))


def blocks(document: Document, found: Iterable[Directive]) -> list[Block]:
    """Turn directives into the stretches of text they cover."""
    result: list[Block] = []
    open_blocks: dict[str, tuple[Directive, int]] = {}
    for directive in found:
        rules = directive.rules or (_ALL,)
        if directive.kind == "disable-next-line":
            # Lines end as `Document.position` counts them (CRLF, LF or a lone CR), so the line
            # hidden is the line a report shows after the comment's.
            line_break = LINE_BREAK.search(document.text, directive.end)
            if line_break is not None:
                next_break = LINE_BREAK.search(document.text, line_break.end())
                next_end = len(document.text) if next_break is None else next_break.start()
                result.extend(Block(directive, rule, line_break.end(), next_end) for rule in rules)
        elif directive.kind == "disable":
            for rule in rules:
                open_blocks.setdefault(rule, (directive, directive.end))
        elif directive.kind == "enable":
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
    # The option is the request: `select` need not name the rule too, `ignore` still silences it.
    if config.warn_unused_suppressions and UNUSED_SUPPRESSION not in config.ignore:
        visible.extend(_unused(found, used, config))
    return visible


def _unused(found: Iterable[Directive], used: set[tuple[Directive, str]], config: Config) -> Iterable[Finding]:
    # Imported here: the registry imports this module for the description of `unused-suppression`.
    from audit.rules import RULES_BY_ID

    for directive in found:
        if not directive.valid:
            problems = [f"'{directive.kind}' is not a suppression directive (use {', '.join(_KINDS)})"]
        else:
            unknown = [rule for rule in directive.rules if rule not in RULES_BY_ID and rule != UNUSED_SUPPRESSION]
            problems = [f"unknown rule id '{rule}'" for rule in unknown]
            # A rule that did not run this time cannot be judged: its suppression may still be needed.
            idle = [
                rule
                for rule in directive.rules or (_ALL,)
                if rule not in unknown and (directive, rule) not in used and (rule == _ALL or config.rule_enabled(rule))
            ]
            if idle and directive.kind != "enable":
                named = "every rule" if idle == [_ALL] else ", ".join(idle)
                problems.append(f"suppression of {named} hides no finding")
        if problems:
            yield Finding(
                rule=UNUSED_SUPPRESSION,
                start=directive.start,
                end=directive.end,
                message="; ".join(problems),
                severity=Severity.WARNING,
            )
