"""The data of a glossary once loaded and validated: files, entries, examples. Immutable values."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from audit.findings import FixSafety

ANY = "any"


class Kind(StrEnum):
    SUBSTITUTION = "substitution"  # wrong variants -> preferred form
    EXISTENCE = "existence"  # phrases that must not be there at all (boilerplate)
    NAMES = "names"  # real names that legitimately repeat a word


class Article(StrEnum):
    KEEP = "keep"  # an article before the match stays outside the span
    DROP = "drop"  # the preferred form takes no article: a preceding article is removed with the match


class Example(NamedTuple):
    bad: str | None = None
    fixed: str | None = None
    good: str | None = None


class Entry(NamedTuple):
    """One glossary entry; `full_id` is `<language>/<topic>/<id>`."""

    id: str
    language: str
    topic: str
    kind: Kind
    source: Path
    preferred: str | None = None
    variants: tuple[str, ...] = ()
    pattern: str | None = None
    replace: str | None = None
    fix: FixSafety | None = FixSafety.SAFE
    note: str | None = None
    description: str | None = None
    case_sensitive: bool = False
    article: Article = Article.KEEP
    # Variants that are ordinary words elsewhere ("The World") match only in this kind of context
    # (`media`: a publication's title, see audit/glossary/media_context.py); `hints` are context words
    # that point to this entry (its country, city, kind of publication); with `hint_required` one of
    # them must be there (the variant is also a real title in this language: "The Mirror"); with
    # `article_hints` a hint anywhere in the article counts too (a dateline: "MOSCOU –").
    context: str | None = None
    hints: tuple[str, ...] = ()
    hint_required: bool = False
    article_hints: bool = False
    examples: tuple[Example, ...] = ()

    @property
    def full_id(self) -> str:
        return f"{self.language}/{self.topic}/{self.id}"

    @property
    def message(self) -> str:
        """A short finding message: the first sentence of the note, else the file description."""
        if self.note:
            first = self.note.strip().split(". ")[0].rstrip(".")
            return first
        if self.description:
            return self.description
        if self.kind is Kind.EXISTENCE:
            return "page furniture left in the article"
        return f"house form is “{self.preferred}”"


class Glossary(NamedTuple):
    """One glossary file as loaded (before user entries replace shipped ones)."""

    path: Path
    language: str
    topic: str
    kind: Kind
    description: str | None
    entries: tuple[Entry, ...]
