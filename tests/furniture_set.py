"""Recall and precision of the `boilerplate` rule on the annotated pages of tests/furniture/.

Each page marks its furniture `⟦kind|text⟧`. An annotation is *found* when a boilerplate finding
overlaps it; a finding is *right* when it overlaps an annotation. Findings count whatever their fix
(safe, unsafe or report only): the rule is judged on what it reports.

    .venv/bin/python -m tests.furniture_set      # prints the table per language and per kind
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from audit.config import Config
from audit.engine import audit_text
from audit.markup import Markup

PAGES = Path(__file__).parent / "furniture"
_MARK = re.compile(r"⟦(\w+)\|(.*?)⟧")


@dataclass(frozen=True)
class Annotation:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Page:
    language: str
    name: str
    text: str
    annotations: tuple[Annotation, ...]


def load_pages() -> list[Page]:
    pages = []
    for path in sorted(PAGES.glob("*.md")):
        if path.name == "README.md":
            continue
        marked = path.read_text(encoding="utf-8")
        plain, annotations, cursor = [], [], 0
        for match in _MARK.finditer(marked):
            plain.append(marked[cursor : match.start()])
            start = sum(len(piece) for piece in plain)
            plain.append(match.group(2))
            annotations.append(Annotation(match.group(1), start, start + len(match.group(2))))
            cursor = match.end()
        plain.append(marked[cursor:])
        pages.append(Page(path.stem.split("-")[0], path.name, "".join(plain), tuple(annotations)))
    return pages


@dataclass
class Score:
    annotated: Counter[str]
    found: Counter[str]
    findings: Counter[str]
    right: Counter[str]
    misses: list[str]
    false_alarms: list[str]

    @staticmethod
    def ratio(part: int, whole: int) -> float:
        return part / whole if whole else 1.0


def score(pages: list[Page]) -> Score:
    """Tally annotations and findings by "language" and "kind:<kind>" (and "all")."""
    result = Score(Counter(), Counter(), Counter(), Counter(), [], [])
    for page in pages:
        config = Config(select=frozenset({"boilerplate"}), lang=page.language)
        findings = audit_text(page.text, config, Markup.MARKDOWN).findings
        for note in page.annotations:
            hit = any(f.start < note.end and note.start < f.end for f in findings)
            for label in ("all", page.language, f"kind:{note.kind}"):
                result.annotated[label] += 1
                result.found[label] += hit
            if not hit:
                result.misses.append(f"{page.name}: {note.kind} {page.text[note.start : note.end]!r}")
        for finding in findings:
            right = any(finding.start < note.end and note.start < finding.end for note in page.annotations)
            for label in ("all", page.language):
                result.findings[label] += 1
                result.right[label] += right
            if not right:
                result.false_alarms.append(f"{page.name}: {page.text[finding.start : finding.end]!r}")
    return result


def main() -> None:
    tally = score(load_pages())
    print(f"{'':14} {'annotated':>9} {'found':>6} {'recall':>7} {'findings':>9} {'precision':>9}")
    for label in sorted(tally.annotated, key=lambda item: (item.startswith("kind:"), item != "all", item)):
        recall = Score.ratio(tally.found[label], tally.annotated[label])
        line = f"{label:14} {tally.annotated[label]:9} {tally.found[label]:6} {recall:7.2f}"
        if not label.startswith("kind:"):
            precision = Score.ratio(tally.right[label], tally.findings[label])
            line += f" {tally.findings[label]:9} {precision:9.2f}"
        print(line)
    for miss in tally.misses:
        print("missed:", miss)
    for alarm in tally.false_alarms:
        print("false alarm:", alarm)


if __name__ == "__main__":
    main()
