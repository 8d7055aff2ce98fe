"""The registry of rules: one tuple, ids on the rules, no import-time side effects elsewhere."""

from __future__ import annotations

from audit.rules.base import Context, Rule
from audit.rules.boilerplate import Boilerplate
from audit.rules.glossary import Glossary
from audit.rules.normalise import InvisibleChar, Mojibake

RULES: tuple[Rule, ...] = (
    Mojibake(),
    InvisibleChar(),
    Glossary(),
    Boilerplate(),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
PRECEDENCE: dict[str, int] = {rule.id: rule.precedence for rule in RULES}

__all__ = ["PRECEDENCE", "RULES", "RULES_BY_ID", "Context", "Rule"]
