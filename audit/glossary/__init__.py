"""Glossaries: curated lists of wrong forms and their preferred forms, of boilerplate phrases, and of
names that legitimately repeat a word (design §6; the keys the engine reads are in FORMAT.md).

One loader, one validator, one matcher and one self-test serve every kind. Rules call
`load_glossaries(config) -> GlossarySet`.
"""

from __future__ import annotations

from audit.glossary.catalogue import GlossarySet, build, load_glossaries
from audit.glossary.matcher import Match
from audit.glossary.model import ANY, Entry, Example, Glossary, Kind

__all__ = ["ANY", "Entry", "Example", "Glossary", "GlossarySet", "Kind", "Match", "build", "load_glossaries"]
