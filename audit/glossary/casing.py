"""Adapt the case of a suggestion to where the match stands: sentence start or ALL CAPS headline.

The preferred form is written as it should appear mid-sentence; only two positions change it. We never
lower-case data and guess the case back: the suggestion is the entry's own spelling unless one of
these two rules applies.
"""

from __future__ import annotations


def is_all_caps(text: str) -> bool:
    """True when `text` has at least two letters with case and none of them is lower-case."""
    cased = [character for character in text if character.isupper() or character.islower()]
    return len(cased) >= 2 and not any(character.islower() for character in cased)


def adapt(suggestion: str, matched: str, written: str, sentence_start: bool) -> str:
    """Return `suggestion` upper-cased for an ALL CAPS match, capitalised at a sentence start.

    `written` is the variant as the glossary writes it: an acronym variant ("IRNA") matching in
    capitals says nothing about a headline.

    >>> adapt("told", "Announced to", "announced to", True)
    'Told'
    >>> adapt("Agence France-Presse", "FRENCH PRESS AGENCY", "French Press Agency", False)
    'AGENCE FRANCE-PRESSE'
    """
    if is_all_caps(matched) and not is_all_caps(written):
        return suggestion.upper()
    if sentence_start and suggestion[:1].islower():
        return suggestion[0].upper() + suggestion[1:]
    return suggestion
