"""Baselines: accept today's findings of any file, and report only new ones from now on.

A baseline entry identifies a finding by content, never by line number — its path, rule, glossary
entry, matched text and up to three words either side on its own line — so inserting paragraphs above
it does not bring it back, while fixing it makes the entry unused and a new artifact is still
reported. Entries form a multiset: two identical findings in the baseline hide two, a third shows.
Paths are stored relative to the baseline file, so the file works from any working directory.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from audit.errors import ConfigError
from audit.findings import Finding

BASELINE_VERSION = 1
CONTEXT_WORDS = 3


@dataclass(frozen=True, order=True)
class Fingerprint:
    """What identifies a finding across edits of the file around it."""

    path: str
    rule: str
    entry: str | None
    text: str
    before: str
    after: str


def fingerprint(path: str, text: str, finding: Finding) -> Fingerprint:
    """Fingerprint a finding of `text` (the decoded file at `path`).

    >>> fingerprint("a.md", "x\\nso the the cat sat on it\\n", Finding("doubled-word", 5, 12, "m")).before
    'so'
    """
    line_start = max(text.rfind("\n", 0, finding.start), text.rfind("\r", 0, finding.start)) + 1
    line_end = min(
        (index for index in (text.find("\n", finding.end), text.find("\r", finding.end)) if index != -1),
        default=len(text),
    )
    before = text[line_start : finding.start].split()[-CONTEXT_WORDS:]
    after = text[finding.end : line_end].split()[:CONTEXT_WORDS]
    return Fingerprint(
        path, finding.rule, finding.entry, text[finding.start : finding.end], " ".join(before), " ".join(after)
    )


def write_baseline(baseline_file: Path, entries: Iterable[Fingerprint]) -> int:
    """Write the entries (sorted, so the file diffs well in review); return how many were written."""
    records = [asdict(entry) for entry in sorted(entries, key=_sort_key)]
    document = {"version": BASELINE_VERSION, "tool": "mtaudit", "findings": records}
    try:
        baseline_file.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{baseline_file}: cannot write baseline: {error.strerror}") from None
    return len(records)


def read_baseline(baseline_file: Path) -> Counter[Fingerprint]:
    """Read a baseline written by `write_baseline`; ConfigError names the file and the problem."""
    try:
        document = json.loads(baseline_file.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{baseline_file}: cannot read baseline: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{baseline_file}: not a baseline (not UTF-8 at byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise ConfigError(f"{baseline_file}: not a baseline (invalid JSON: {error})") from None
    if not isinstance(document, dict) or document.get("version") != BASELINE_VERSION:
        raise ConfigError(
            f"{baseline_file}: not a version {BASELINE_VERSION} mtaudit baseline; write it again with --write-baseline"
        )
    records = document.get("findings")
    if not isinstance(records, list):
        raise ConfigError(f"{baseline_file}: 'findings' is not a list of baseline entries")
    counts: Counter[Fingerprint] = Counter()
    for index, record in enumerate(records):
        entry = _entry(record)
        if entry is None:
            raise ConfigError(f"{baseline_file}: finding #{index + 1} is not a baseline entry")
        counts[entry] += 1
    return counts


def _entry(record: object) -> Fingerprint | None:
    """A baseline record as a Fingerprint, or None unless it has exactly the fields, as strings."""
    names = [item.name for item in fields(Fingerprint)]
    if not isinstance(record, dict) or sorted(record) != sorted(names):
        return None
    if not all(isinstance(record[name], str) or (name == "entry" and record[name] is None) for name in names):
        return None
    return Fingerprint(**record)


class Baseline:
    """The remaining entries of a baseline while findings are matched against it."""

    def __init__(self, entries: Counter[Fingerprint]) -> None:
        self._remaining = Counter(entries)

    def hide(self, path: str, text: str, findings: Iterable[Finding]) -> tuple[Finding, ...]:
        """Return the findings not in the baseline; each entry hides at most one finding."""
        shown: list[Finding] = []
        for finding in findings:
            key = fingerprint(path, text, finding)
            if self._remaining[key] > 0:
                self._remaining[key] -= 1
            else:
                shown.append(finding)
        return tuple(shown)

    def unused(self, paths: Iterable[str]) -> list[Fingerprint]:
        """Entries for the given (audited) paths that hid nothing: their findings are gone."""
        audited = set(paths)
        return sorted(
            (entry for entry, count in self._remaining.items() if entry.path in audited for _ in range(count)),
            key=_sort_key,
        )


def _sort_key(entry: Fingerprint) -> tuple[str, str, str, str, str, str]:
    return (entry.path, entry.rule, entry.entry or "", entry.text, entry.before, entry.after)
