"""Recall and precision of the `boilerplate` rule on the annotated pages of tests/furniture/.

Each page marks its furniture `⟦kind|text⟧`. The pages are scored by bench/recall.py's own evaluation
(one overlap rule for both sets): an annotation is *found* when a boilerplate finding overlaps it, a
finding is *true* when it overlaps an annotation, whatever its fix (safe, unsafe or report only).
Recall is tallied per annotated kind (comments, share, …), precision per language.

    .venv/bin/python -m tests.furniture_set      # prints the table per language and per kind
"""

from __future__ import annotations

import re
from pathlib import Path

from bench.recall import Article, Artifact, Report, evaluate, table

PAGES = Path(__file__).parent / "furniture"
_MARK = re.compile(r"⟦(\w+)\|(.*?)⟧", re.DOTALL)


def load_pages() -> list[Article]:
    """Every page without its marks, each mark an artifact to delete (language from the file name)."""
    pages = []
    for path in sorted(PAGES.glob("*.md")):
        if path.name == "README.md":
            continue
        marked = path.read_text(encoding="utf-8")
        plain, artifacts, length, cursor = [], [], 0, 0
        for match in _MARK.finditer(marked):
            plain.append(marked[cursor : match.start()])
            length += match.start() - cursor
            artifacts.append(Artifact(match.group(1), match.group(2), length, length + len(match.group(2)), ""))
            plain.append(match.group(2))
            length += len(match.group(2))
            cursor = match.end()
        plain.append(marked[cursor:])
        pages.append(Article(path, path.stem.split("-")[0], "".join(plain), tuple(artifacts)))
    return pages


def score(pages: list[Article]) -> Report:
    return evaluate(pages, rules=frozenset({"boilerplate"}))


def main() -> None:
    report = score(load_pages())
    print(table("language", {**dict(sorted(report.by_language.items())), "all": report.overall}))
    print()
    print(table("kind", {kind: tally for kind, tally in sorted(report.by_kind.items()) if tally.artifacts}))
    for miss in report.misses:
        print(f"missed {miss['kind']:<12} {Path(miss['path']).name}: {miss['text']!r}")
    for alarm in report.false_alarms:
        print(f"false  {Path(alarm['path']).name}: {alarm['text']!r}")


if __name__ == "__main__":
    main()
