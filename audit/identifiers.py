"""Check the rule ids and language codes a user types, ruff-style: unknown is an error, with a guess.

Issue 11: `--select bogus` used to give 0 findings and exit 0, and a typo in `select` in a config file
silently turned the tool off. Every place a rule id or a language code enters (`--select`, `--ignore`,
`--lang`, config keys, per-path overrides) goes through these functions, which raise `ValueError`
with a message the caller prefixes with the option or file.
"""

from __future__ import annotations

from collections.abc import Iterable


def known_rule_ids() -> tuple[str, ...]:
    """Every id a finding may carry: the registry's rules and the engine's own checks."""
    from audit.rules import rule_descriptions

    return tuple(rule.id for rule in rule_descriptions())


def checked_rule_ids(ids: Iterable[str]) -> frozenset[str]:
    """Return the ids as a set; raise ValueError naming the first unknown one and the nearest known.

    >>> sorted(checked_rule_ids(["mojibake", "doubled-word"]))
    ['doubled-word', 'mojibake']
    >>> checked_rule_ids(["doubled-words"])
    Traceback (most recent call last):
    ValueError: unknown rule 'doubled-words' (did you mean 'doubled-word'?); `mtaudit rules` lists them
    """
    ids = frozenset(ids)
    known = known_rule_ids()
    for rule_id in sorted(ids - set(known)):
        raise ValueError(f"unknown rule {rule_id!r}{_guess(rule_id, known)}; `mtaudit rules` lists them")
    return ids


def checked_language(code: str) -> str:
    """Return the code when mt-audit knows the language; raise ValueError otherwise.

    >>> checked_language("fr")
    'fr'
    >>> checked_language("xx")
    Traceback (most recent call last):
    ValueError: unknown language code 'xx'; expected an ISO 639-1 code such as en, fr, de
    """
    from audit.language import KNOWN_LANGUAGES

    if code in KNOWN_LANGUAGES:
        return code
    raise ValueError(
        f"unknown language code {code!r}{_guess(code, sorted(KNOWN_LANGUAGES), cutoff=0.8)}; "
        "expected an ISO 639-1 code such as en, fr, de"
    )


def _guess(word: str, known: Iterable[str], cutoff: float = 0.6) -> str:
    import difflib  # a misspelt name only

    close = difflib.get_close_matches(word, list(known), n=1, cutoff=cutoff)
    return f" (did you mean {close[0]!r}?)" if close else ""
