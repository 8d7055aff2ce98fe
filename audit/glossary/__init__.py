"""Glossaries: curated lists of wrong forms and their preferred forms (placeholder).

The glossary issue builds the loader, validator, matcher and self-test here; the interface the rules
use is `load_glossaries(config) -> GlossarySet`.
"""

from __future__ import annotations

from dataclasses import dataclass

from audit.config import Config


@dataclass(frozen=True)
class GlossarySet:
    """All glossary entries in force for one configuration."""


def load_glossaries(config: Config) -> GlossarySet:
    return GlossarySet()
