"""What every rule is: a small class with a stable id, a summary, a precedence and a `check` method.

A rule reads a `Context` (the document, its languages, the glossaries, the configuration) and yields
`Finding`s whose offsets point into `context.document.text`. Rules never print and never write.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from audit.document import Document, Paragraph
from audit.findings import Edit, Finding, Fix, FixSafety, Severity

if TYPE_CHECKING:
    from audit.bilingual import Alignment
    from audit.config import Config
    from audit.furniture import FurnitureLine
    from audit.glossary import GlossarySet
    from audit.language import LanguageMap
    from audit.names import Mention
    from audit.rules.normalise import Repair


@dataclass(frozen=True)
class Context:
    """Everything a rule may look at for one document; `source` is the article it translates, if given."""

    document: Document
    languages: LanguageMap
    glossaries: GlossarySet
    config: Config
    source: Document | None = None

    @cached_property
    def alignment(self) -> Alignment | None:
        """The source paragraphs beside the target's (computed once, shared by the bilingual rules)."""
        if self.source is None:
            return None
        from audit.bilingual import Alignment

        return Alignment(self.source, self.document)

    @cached_property
    def furniture(self) -> tuple[FurnitureLine, ...]:
        """The page furniture of the article's prose (`audit.furniture.detect`), found once: the
        `boilerplate` rule reports it, and `number-style` does not count the figures of a view counter
        or a market ticker as the article's own."""
        from audit.furniture import detect

        return detect(self.document.prose)

    @cached_property
    def mojibake(self) -> tuple[Repair, ...]:
        """The mis-decoded words of the article's prose (`audit.rules.normalise.mojibake_repairs`),
        found once: the `mojibake` rule reports them, and `unbalanced-quote` does not pair the quotation
        marks a mis-decoding made ("GdaĹ„ska", Arabic read as Windows-1252)."""
        from audit.rules.normalise import mojibake_repairs

        return tuple(mojibake_repairs(self.document.prose))

    @cached_property
    def name_mentions(self) -> tuple[tuple[Mention, str], ...]:
        """Every name mention of the article in document offsets, with its paragraph's language
        (computed once, shared by the name rules)."""
        from audit.names import Mention, mentions, narrowed

        found = [
            (Mention(paragraph.start + mention.start, paragraph.start + mention.end, mention.text), code)
            for paragraph in self.document.paragraphs
            for code in (self.language_of(paragraph),)
            for mention in mentions(paragraph.text, code)
        ]
        return tuple(zip(narrowed([mention for mention, _ in found]), (code for _, code in found), strict=True))

    @cached_property
    def lone_words(self) -> tuple[tuple[Mention, str], ...]:
        """Capitalised words outside the name mentions that may be a surname standing alone
        (`audit.names.lone_words`), in document offsets, with their paragraph's language."""
        from audit.names import Mention
        from audit.surnames import lone_words

        found = [mention for mention, _ in self.name_mentions]
        lone = []
        following = iter(found)  # mentions come paragraph by paragraph, in order
        pending = next(following, None)
        for paragraph in self.document.paragraphs:
            inside = []
            while pending is not None and pending.start < paragraph.end:
                if pending.start >= paragraph.start:
                    inside.append(Mention(pending.start - paragraph.start, pending.end - paragraph.start, pending.text))
                pending = next(following, None)
            code = self.language_of(paragraph)
            lone += [
                (Mention(paragraph.start + word.start, paragraph.start + word.end, word.text), code)
                for word in lone_words(paragraph.text, code, inside)
            ]
        return tuple(lone)

    @cached_property
    def surname_slips(self) -> tuple[tuple[Mention, str], ...]:
        """Lone surnames respelt from the article's fuller mentions (`audit.surnames.surname_slips`),
        each with that surname: `name-variant` reports them and `name-misspelling` leaves them to it,
        so both read the same answer."""
        from audit.names import conventions
        from audit.surnames import framed_as_person, surname_slips

        found = [mention for mention, _ in self.name_mentions]
        lone = [word for word, _ in self.lone_words]
        prose = self.document.prose
        framed = frozenset(word.start for word, code in self.lone_words if framed_as_person(prose, word, code))
        letters = conventions(self.language).accented_letters
        return tuple(surname_slips(found, lone, letters, framed, prose, self.language))

    def source_text(self, paragraph: Paragraph) -> str | None:
        """The source text a target paragraph translates; None without a source or a partner."""
        return None if self.alignment is None else self.alignment.source_text(paragraph)

    @property
    def language(self) -> str:
        """The document language (forced by --lang, else detected)."""
        return self.languages.document

    def language_of(self, paragraph: Paragraph) -> str:
        """The language of one paragraph, falling back to the document's when unsure."""
        return self.languages.of(paragraph)


class Rule:
    """Base class of every rule. Subclasses set the class variables and implement `check`.

    The class docstring of each rule says why the artifact matters, gives an example and the fix
    safety; `mtaudit rules` prints `summary`.
    """

    id: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    # Higher precedence wins when two fixes overlap: the more specific rule.
    precedence: ClassVar[int] = 0

    def check(self, context: Context) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        replacement: str | None = None,
        safety: FixSafety | None = None,
        *,
        entry: str | None = None,
        language: str | None = None,
    ) -> Finding:
        """A finding of this rule; with `replacement` it is suggested, with `safety` too it is the fix."""
        fix = Fix((Edit(start, end, replacement),), safety) if replacement is not None and safety else None
        return Finding(
            rule=self.id,
            start=start,
            end=end,
            message=message,
            severity=self.severity,
            suggestions=() if replacement is None else (replacement,),
            fix=fix,
            entry=entry,
            language=language,
        )
