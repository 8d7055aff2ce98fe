"""The core: `audit_text(text, config) -> Result`, a pure function of text and configuration.

No I/O beyond the glossary files it compiles once per process, no click, no global mutable state.
Fixing runs in passes: the non-overlapping fixes of one pass are applied, the result is checked again,
until nothing changes; protected regions must come out byte-identical.

Fixing costs a full re-check per pass, and `check` never shows it (issue 9: 13 rule passes for 10
files), so `Result.fixed` is computed on first use: a caller that only reads findings pays for the
rules once. The last pass's check is what `fix` reports as left, so the fixed text is never audited
again. `fix_text` is that fixing for `fix` and `diff`, which need no findings of the text as read.
A text over `LONG_TEXT_CHARS` is audited and fixed in sections (issue 10: memory).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from audit.config import Config
from audit.document import Document
from audit.errors import FixSafetyError
from audit.findings import Finding, Fix
from audit.fixes import apply_edits, resolve
from audit.glossary import load_glossaries
from audit.language import LanguageMap, identify
from audit.markup import LINE_BREAK, Markup, Span, merge
from audit.rules import PRECEDENCE, RULES, Context
from audit.suppression import blocks, directives, suppress

MAX_FIX_PASSES = 10
LONG_TEXT_CHARS = 1 << 20
"""A text longer than this (a million characters, some fifty times a long article) is audited in
sections of about this size (see `_audit_sections`)."""
_BLANK_LINE = re.compile(r"(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)")


@dataclass(frozen=True)
class Result:
    """What auditing one text gives: its findings (on the original text) and the fixed text.

    `fixed_text` is computed when first read (it may raise FixSafetyError then), once.
    """

    document: Document
    languages: LanguageMap
    findings: tuple[Finding, ...]
    config: Config = field(default_factory=Config, repr=False, compare=False)
    # The article this one translates (`--source`): re-checks between fix passes compare with it too.
    source: Document | None = field(default=None, repr=False, compare=False)
    # A long text is audited and fixed in these sections (see `audit_text`); empty: as a whole.
    sections: tuple[Span, ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def fixed(self) -> Result:
        """The fixed text with what `fix` leaves in it: the findings of the last fix pass, which has
        just checked that text, so nobody audits it a second time (this result when nothing changes)."""
        if not self.sections:
            document, languages, findings = _fix(self.document, self.findings, self.config, self.source, self.languages)
            if document is self.document:
                return self
            return Result(document, languages, findings, self.config, self.source)
        fixed = _fix_sections(self.document, self.sections, self.config, self.findings, self.languages.document)
        if not fixed.changed:
            return self
        document = Document.parse(fixed.text, self.document.markup)
        left: list[Finding] = []
        offset = 0
        for part in fixed.parts:
            left.extend(finding.shifted(offset) for finding in part.findings)
            offset += len(part.text)
        languages = LanguageMap(fixed.language, {}, forced=self.languages.forced)
        return Result(document, languages, tuple(left), self.config, sections=_cuts(document, LONG_TEXT_CHARS))

    @property
    def fixed_text(self) -> str:
        """What `fix` writes: the text with the fixes applied (computed when first read; it may raise
        FixSafetyError then)."""
        return self.fixed.document.text

    def compact(self) -> Result:
        """The same result without what only the rules needed (the masked prose and the paragraphs,
        recomputed if asked again): what a run keeps per file until it reports (issue 9: a run over
        20 MB held every article's working copies, 239 MB of RSS)."""
        source = None if self.source is None else self.source.compact()
        compact = Result(self.document.compact(), self.languages, self.findings, self.config, source, self.sections)
        if "fixed" in self.__dict__:
            compact.__dict__["fixed"] = compact if self.fixed is self else self.fixed.compact()
        return compact

    @property
    def language(self) -> str:
        return self.languages.document

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def changed(self) -> bool:
        return self.fixed_text != self.document.text


class FixedPart(NamedTuple):
    """A stretch of a fixed text and the findings `fix` left in it (offsets into `text`)."""

    text: str
    findings: tuple[Finding, ...]


class Fixed(NamedTuple):
    """What `fix` makes of a text: the fixed text in parts, the findings left in each part, and how many
    findings the text had as read.

    A long text is fixed section by section and stays in its sections' parts (issue 10): its findings
    as read are counted, not kept, and the parts are written one by one, so the fixed text is never
    held whole beside them. No CRLF is split between two parts.
    """

    parts: tuple[FixedPart, ...]
    findings_before: int
    changed: bool
    language: str

    @property
    def text(self) -> str:
        return "".join(part.text for part in self.parts)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every finding left, part after part (offsets into their own part)."""
        return tuple(finding for part in self.parts for finding in part.findings)

    @classmethod
    def of(cls, result: Result) -> Fixed:
        """What `fix` makes of an audited text, in one part."""
        fixed = result.fixed
        part = FixedPart(fixed.text, fixed.findings)
        return cls((part,), len(result.findings), result.changed, fixed.language)


def _check(
    document: Document, config: Config, source: Document | None = None
) -> tuple[LanguageMap, tuple[Finding, ...]]:
    """Run every enabled rule over the document: its languages, and the findings sorted by position then rule."""
    languages = identify(document, config.lang)
    context = Context(
        document=document, languages=languages, glossaries=load_glossaries(config), config=config, source=source
    )
    findings = [
        finding if finding.language else finding._replace(language=languages.at(document, finding.start))
        for rule in RULES
        if config.rule_enabled(rule.id)
        for finding in rule.check(context)
        if not document.is_protected(finding.start, finding.end)
    ]
    # Inline `<!-- mtaudit: disable … -->` comments: a suppressed finding is not fixed either.
    findings = suppress(document, findings, config)
    findings.sort(key=lambda finding: (finding.start, finding.end, finding.rule, finding.entry or ""))
    languages.identifier.forget()  # its answers (paragraph texts) served this check only
    return languages, tuple(findings)


def audit_text(
    text: str, config: Config | None = None, markup: Markup = Markup.TEXT, source: str | None = None
) -> Result:
    """Check `text`; the result's `fixed_text` is what `fix` would write (safe fixes, or all with
    unsafe_fixes), computed when first read.

    `source` is the text of the article `text` translates: the bilingual rules compare with it, and
    rules that judge balance or presence consult it (design §3, `--source`).
    """
    config = config or Config()
    document = Document.parse(text, markup)
    if source is None and len(text) > LONG_TEXT_CHARS:
        return _audit_sections(document, config)
    return _audit_whole(document, config, None if source is None else Document.parse(source, markup))


def fix_text(text: str, config: Config | None = None, markup: Markup = Markup.TEXT, source: str | None = None) -> Fixed:
    """What `fix` writes for `text` and what it leaves: `audit_text(...).fixed`, without the findings
    of the text as read (their number only) and, for a long text, in parts (see `Fixed`).

    It may raise FixSafetyError.
    """
    config = config or Config()
    document = Document.parse(text, markup)
    if source is None and len(text) > LONG_TEXT_CHARS:
        return _fix_sections(document, _cuts(document, LONG_TEXT_CHARS), config)
    return Fixed.of(
        _audit_whole(document, config, None if source is None else Document.parse(source, markup)).compact()
    )


def _audit_whole(document: Document, config: Config, source: Document | None) -> Result:
    languages, findings = _check(document, config, source)
    return Result(document=document, languages=languages, findings=findings, config=config, source=source)


def _audit_sections(document: Document, config: Config) -> Result:
    """Audit a long text section by section, each as an article of its own (issue 10: the rules'
    working copies of a 50 MB text cost 25 bytes a character; a section's cost does not grow with it).

    Sections are cut after blank lines, never inside a protected region or a suppression's reach, so
    each section keeps the protection and the suppressions of the whole; rules that compare across an
    article (names, repeated sentences, number style, the article's language) compare within a section.
    """
    findings: list[Finding] = []
    votes: Counter[str] = Counter()
    sections = _cuts(document, LONG_TEXT_CHARS)
    for start, end in sections:
        languages, found = _check(_section(document, start, end), config)
        votes[languages.document] += end - start
        findings.extend(finding.shifted(start) for finding in found)
    languages = LanguageMap(votes.most_common(1)[0][0], {}, forced=config.lang is not None)
    return Result(document, languages, tuple(findings), config, sections=sections)


def _fix_sections(
    document: Document,
    sections: Sequence[Span],
    config: Config,
    findings: Sequence[Finding] | None = None,
    language: str = "",
) -> Fixed:
    """Fix a long text section by section, each as an article of its own (see `_audit_sections`).

    `findings` are the text's findings as read, if known (`language` its language); without them each
    section is checked first, and only the number of its findings is kept.
    """
    parts: list[FixedPart] = []
    votes: Counter[str] = Counter()
    before = 0
    changed = False
    given = iter(findings or ())
    pending = next(given, None)
    for start, end in sections:
        section = _section(document, start, end)
        if findings is None:
            languages, own = _check(section, config)
        else:
            languages, taken = LanguageMap(language, {}), []
            while pending is not None and pending.start < end:
                taken.append(pending.shifted(-start))
                pending = next(given, None)
            own = tuple(taken)
        before += len(own)
        fixed, languages, left = _fix(section, own, config, None, languages)
        changed = changed or fixed is not section
        votes[languages.document or language] += len(fixed.text)
        parts.append(FixedPart(fixed.text, left))
    return Fixed(_whole_line_breaks(parts), before, changed, votes.most_common(1)[0][0])


def _whole_line_breaks(parts: list[FixedPart]) -> tuple[FixedPart, ...]:
    """The parts, each joined with the next where a fix left a CRLF split between them (sections are
    cut after whole line breaks), so that lines count part by part."""
    joined: list[FixedPart] = []
    for part in parts:
        joined.append(part)
        while len(joined) > 1 and _splits_a_crlf(joined[-2].text, joined[-1].text):
            last, previous = joined.pop(), joined.pop()
            shifted = (finding.shifted(len(previous.text)) for finding in last.findings)
            joined.append(FixedPart(previous.text + last.text, (*previous.findings, *shifted)))
    return tuple(joined)


def _splits_a_crlf(first: str, second: str) -> bool:
    # An empty part between them splits it too: it joins the next part, then that one the first.
    return (first.endswith("\r") or not first) and second.startswith("\n")


def _cuts(document: Document, size: int) -> tuple[Span, ...]:
    """Sections of about `size` characters, each ending after a blank line outside the regions that
    must stay whole: protected ones, and the stretches a suppression comment covers.

    A paragraph longer than a section is cut after a line break, and a line longer than one after a
    sentence's end (issue 10: a 1 MB line dense with artifacts held the rules' working copies of all
    of it); failing those within `size` characters, after the next blank line, however far.
    """
    suppressed = merge((block.start, block.end) for block in blocks(document, directives(document)))
    text = document.text
    sections: list[Span] = []
    first = 0
    while len(text) - first > size:
        cut = _cut_near(document, suppressed, first + size, size)
        if cut is None or cut >= len(text):
            break
        sections.append((first, cut))
        first = cut
    sections.append((first, len(text)))
    return tuple(sections)


_BOUNDARIES = (
    _BLANK_LINE,
    LINE_BREAK,
    re.compile(r"[.!?…][\"'’”»)\]]*[ \t]+"),
)


def _cut_near(document: Document, suppressed: Sequence[Span], position: int, reach: int) -> int | None:
    """Where a section reaching `position` ends (see `_cuts`): the first boundary, in `_BOUNDARIES`'
    order, within `reach` characters and outside the regions that must stay whole."""
    text = document.text
    for boundary in _BOUNDARIES:
        for found in boundary.finditer(text, position, position + reach):
            if not _kept_whole_around(document, suppressed, found.end()):
                return found.end()
    cut = _after_blank_line(text, position)
    while cut is not None and (around := _kept_whole_around(document, suppressed, cut)) is not None:
        cut = _after_blank_line(text, around[1])
    return cut


def _kept_whole_around(document: Document, suppressed: Sequence[Span], offset: int) -> Span | None:
    """The protected or suppressed region that `offset` falls strictly inside, if any."""
    return _region_around(document.protected, offset) or _region_around(suppressed, offset)


def _region_around(regions: Sequence[Span], offset: int) -> Span | None:
    """The region of the sorted `regions` that `offset` falls strictly inside, if any."""
    index = bisect_left(regions, (offset,)) - 1
    if index >= 0 and regions[index][1] > offset:
        return regions[index]
    return None


def _after_blank_line(text: str, position: int) -> int | None:
    found = _BLANK_LINE.search(text, position)
    return None if found is None else found.end()


def _section(document: Document, start: int, end: int) -> Document:
    """The part [start, end) of `document` as a document of its own, with the protection of the whole."""
    spans = document.protected
    first, last = bisect_left(spans, (start,)), bisect_left(spans, (end,))
    own = tuple((region_start - start, region_end - start) for region_start, region_end in spans[first:last])
    return Document(document.text[start:end], document.markup, own)


def _fix(
    document: Document,
    findings: tuple[Finding, ...],
    config: Config,
    source: Document | None = None,
    languages: LanguageMap | None = None,
) -> tuple[Document, LanguageMap, tuple[Finding, ...]]:
    """Fix in passes until nothing changes: the fixed document (`document` itself when nothing did),
    with the languages and findings of its last check (`languages` and `findings` then)."""
    previous, current, current_findings = document, document, findings
    current_languages = languages or LanguageMap("", {})
    for _ in range(MAX_FIX_PASSES):
        fixed = _fix_pass(document, current, current_findings, config)
        if fixed is None:
            return current, current_languages, current_findings
        current_languages, current_findings = _check(fixed, config, source)
        # Only the texts are kept from pass to pass, not the rules' working copies (issue 10).
        previous, current, fixed = current, fixed.compact(), None
    # The last pass, not the whole run: fixes that rewrite each other come back to the original text,
    # and a diff from it would be empty (issue 10, item 7).
    from audit.diff import unified_diff  # this error only: difflib is not loaded to check a file

    raise FixSafetyError(
        f"fixes did not converge after {MAX_FIX_PASSES} passes", unified_diff(previous.text, current.text, "article")
    )


def _fix_pass(original: Document, current: Document, findings: tuple[Finding, ...], config: Config) -> Document | None:
    """Apply one pass of fixes; None when nothing changes.

    A prose edit can change what is protected: deleting a control character after a URL extends
    the URL, deleting one before a tab starts an indented code block (both found by the property
    test). Then the fixes are taken one by one, in resolve order, keeping only those that leave
    every protected region as it was; the findings of the others stay reported.
    """
    fixes = resolve(findings, current, PRECEDENCE, config.unsafe_fixes)
    fixed = _applied(current, fixes)
    if fixed is None or _same_protected(fixed, original):
        return fixed
    kept: list[Fix] = []
    for fix in fixes:
        candidate = _applied(current, (*kept, fix))
        if candidate is not None and _same_protected(candidate, original):
            kept.append(fix)
    return _applied(current, kept)


def _applied(document: Document, fixes: Iterable[Fix]) -> Document | None:
    text = apply_edits(document.text, (edit for fix in fixes for edit in fix.edits))
    return None if text == document.text else Document.parse(text, document.markup)


def _same_protected(document: Document, original: Document) -> bool:
    """True when every protected region of `original` is in `document`, byte for byte and in order
    (compared region by region: a list of their texts doubled a large file's peak memory)."""
    return len(document.protected) == len(original.protected) and all(
        document.text[start:end] == original.text[first:last]
        for (start, end), (first, last) in zip(document.protected, original.protected, strict=True)
    )
