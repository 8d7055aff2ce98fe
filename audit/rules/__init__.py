"""The registry of rules: one tuple, ids on the rules, no import-time side effects elsewhere."""

from __future__ import annotations

from audit.rules.base import Context, Rule
from audit.rules.boilerplate import Boilerplate
from audit.rules.glossary import Glossary
from audit.rules.doubled_word import DoubledWord
from audit.rules.duplicated_name import DuplicatedName
from audit.rules.missing_space import MissingSpace
from audit.rules.number_style import NumberStyle
from audit.rules.repeated_sentence import RepeatedSentence
from audit.rules.space_before_punct import SpaceBeforePunct
from audit.rules.unbalanced_quote import UnbalancedQuote
from audit.rules.untranslated import Untranslated
from audit.rules.normalise import InvisibleChar, Mojibake

RULES: tuple[Rule, ...] = (
    Mojibake(),
    InvisibleChar(),
    Glossary(),
    Boilerplate(),
    DoubledWord(),
    DuplicatedName(),
    MissingSpace(),
    SpaceBeforePunct(),
    Untranslated(),
    NumberStyle(),
    UnbalancedQuote(),
    RepeatedSentence(),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
PRECEDENCE: dict[str, int] = {rule.id: rule.precedence for rule in RULES}

__all__ = ["PRECEDENCE", "RULES", "RULES_BY_ID", "Context", "Rule"]
