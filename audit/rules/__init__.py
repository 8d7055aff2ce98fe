"""The registry of rules: one tuple, ids on the rules, no import-time side effects elsewhere."""

from __future__ import annotations

import inspect
from typing import NamedTuple

from audit.findings import Severity
from audit.rules.base import Context, Rule
from audit.rules.boilerplate import Boilerplate
from audit.rules.calqued_complement import CalquedComplement
from audit.rules.calqued_institution import CalquedInstitution
from audit.rules.calqued_title import CalquedTitle
from audit.rules.doubled_word import DoubledWord
from audit.rules.duplicated_name import DuplicatedName
from audit.rules.era_year import EraYear
from audit.rules.glossary import Glossary
from audit.rules.length_ratio import LengthRatio
from audit.rules.literal_idiom import LiteralIdiom
from audit.rules.literal_media import LiteralMediaTitle
from audit.rules.malformed_quote import MalformedQuote
from audit.rules.missing_space import MissingSpace
from audit.rules.name_order import NameOrder
from audit.rules.name_spelling import NameMisspelling, NameVariant
from audit.rules.near_official_name import NearOfficialName
from audit.rules.normalise import InvisibleChar, Mojibake
from audit.rules.number_style import NumberStyle
from audit.rules.paragraph_count import ParagraphCount
from audit.rules.repeated_sentence import RepeatedSentence
from audit.rules.source_copy import SourceCopy
from audit.rules.source_number import SourceNumber
from audit.rules.space_before_punct import SpaceBeforePunct
from audit.rules.unbalanced_quote import UnbalancedQuote
from audit.rules.untranslated import Untranslated
from audit.suppression import UNUSED_SUPPRESSION, UNUSED_SUPPRESSION_DOC, UNUSED_SUPPRESSION_SUMMARY

RULES: tuple[Rule, ...] = (
    Mojibake(),
    InvisibleChar(),
    Glossary(),
    LiteralMediaTitle(),
    Boilerplate(),
    CalquedTitle(),
    NearOfficialName(),
    CalquedInstitution(),
    LiteralIdiom(),
    CalquedComplement(),
    EraYear(),
    DoubledWord(),
    DuplicatedName(),
    NameVariant(),
    NameMisspelling(),
    NameOrder(),
    MissingSpace(),
    SpaceBeforePunct(),
    Untranslated(),
    NumberStyle(),
    UnbalancedQuote(),
    MalformedQuote(),
    RepeatedSentence(),
    # Bilingual rules: silent unless the source article is given (--source, or `source` in config).
    SourceNumber(),
    SourceCopy(),
    ParagraphCount(),
    LengthRatio(),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
PRECEDENCE: dict[str, int] = {rule.id: rule.precedence for rule in RULES}


class RuleDescription(NamedTuple):
    """What `mtaudit rules` and SARIF say of a rule id."""

    id: str
    summary: str
    documentation: str
    severity: Severity


def rule_descriptions() -> tuple[RuleDescription, ...]:
    """Every rule id a finding may carry: the registry, then the engine's suppression check."""
    described = [
        RuleDescription(rule.id, rule.summary, inspect.getdoc(rule) or rule.summary, rule.severity) for rule in RULES
    ]
    described.append(
        RuleDescription(UNUSED_SUPPRESSION, UNUSED_SUPPRESSION_SUMMARY, UNUSED_SUPPRESSION_DOC, Severity.WARNING)
    )
    return tuple(described)


__all__ = ["PRECEDENCE", "RULES", "RULES_BY_ID", "Context", "Rule", "RuleDescription", "rule_descriptions"]
