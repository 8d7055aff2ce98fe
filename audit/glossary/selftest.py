"""Run every entry's examples against the whole set in force (`mtaudit glossary test`).

For each `bad`: this entry flags it, applying the fixes gives exactly `fixed`, and `fixed` is silent.
For each `good`: no entry of the same language (or `any`) flags it. Running against the whole set,
not the entry alone, catches entries that fight each other. A failure says which entry, which example
and what was found instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from audit.errors import GlossaryError
from audit.findings import Edit
from audit.fixes import apply_edits
from audit.glossary.catalogue import GlossarySet
from audit.glossary.furniture import locate
from audit.glossary.matcher import Match
from audit.glossary.model import ANY, Entry, Kind


@dataclass(frozen=True)
class Failure:
    entry: Entry
    example: str
    problem: str

    def __str__(self) -> str:
        return f"{self.entry.full_id} ({self.entry.source}): example {self.example!r}: {self.problem}"


def run_self_test(glossary_set: GlossarySet, entries: Iterable[Entry] | None = None) -> list[Failure]:
    """Check the examples of `entries` (default: every entry of the set); return the failures."""
    failures: list[Failure] = []
    for entry in glossary_set.entries if entries is None else entries:
        try:
            failures.extend(_test_entry(glossary_set, entry))
        except GlossaryError as error:
            failures.append(Failure(entry, "", str(error)))
    return failures


def _test_entry(glossary_set: GlossarySet, entry: Entry) -> list[Failure]:
    if entry.kind is Kind.NAMES:
        return [
            Failure(entry, good, problem)
            for good in _goods(entry)
            if (problem := _names_problem(glossary_set, entry, good))
        ]
    failures = []
    for example in entry.examples:
        if example.good is not None:
            found = _edits(glossary_set, entry, example.good)[0]
            if found:
                failures.append(Failure(entry, example.good, f"good example flagged: {_describe(found)}"))
            continue
        assert example.bad is not None
        found, fixed = _edits(glossary_set, entry, example.bad)
        if not any(match.entry.full_id == entry.full_id for match in found):
            failures.append(Failure(entry, example.bad, f"not flagged by this entry; found {_describe(found)}"))
        elif example.fixed is not None and fixed != example.fixed:
            failures.append(Failure(entry, example.bad, f"fix gives {fixed!r}, expected {example.fixed!r}"))
        elif example.fixed is not None and (again := _edits(glossary_set, entry, example.fixed)[0]):
            failures.append(Failure(entry, example.fixed, f"fixed text flagged again: {_describe(again)}"))
    return failures


def _edits(glossary_set: GlossarySet, entry: Entry, text: str) -> tuple[list[Match], str]:
    """What the set finds in `text` read as the entry's language, and the text with the fixes applied
    (unsafe ones too: the example shows what the fix does)."""
    if entry.kind is Kind.EXISTENCE:
        furniture = locate(text, glossary_set.find_existence(text))
        edits = [Edit(*item.delete, "") for item in furniture if item.delete and item.match.entry.fix]
        return [item.match for item in furniture], _apply(text, edits)
    matches = glossary_set.find(text, entry.language)
    edits = [Edit(match.start, match.end, match.suggestion or "") for match in matches if match.entry.fix]
    return matches, _apply(text, edits)


def _apply(text: str, edits: list[Edit]) -> str:
    taken: list[Edit] = []
    for edit in sorted(set(edits)):
        if not taken or edit.start >= taken[-1].end:
            taken.append(edit)
    return apply_edits(text, taken)


def _describe(found: list[Match]) -> str:
    if not found:
        return "nothing"
    return ", ".join(f'"{match.text}" ({match.entry.full_id})' for match in found)


def _goods(entry: Entry) -> list[str]:
    return [example.good for example in entry.examples if example.good is not None]


def _names_problem(glossary_set: GlossarySet, entry: Entry, good: str) -> str | None:
    """A name that legitimately repeats must leave `duplicated-name` silent (when that rule exists)."""
    from audit.config import Config
    from audit.engine import audit_text
    from audit.rules import RULES_BY_ID

    if "duplicated-name" not in RULES_BY_ID:
        return None
    language = entry.language if entry.language != ANY else None
    config = Config(
        select=frozenset({"duplicated-name"}),
        lang=language,
        glossaries=glossary_set.paths,
        default_glossaries=glossary_set.default_glossaries,
    )
    result = audit_text(good, config)
    if result.findings:
        return f"duplicated-name flags {_quote(result.text, result.findings)} although the name is declared"
    return None


def _quote(text: str, findings: Iterable) -> str:  # type: ignore[type-arg]
    return ", ".join(f'"{text[finding.start : finding.end]}"' for finding in findings)
