"""Recall and precision of the real core on the annotated dirty corpus (tests/dirty/), per kind and language.

Each article `tests/dirty/<lang>/<name>.md` has a sidecar `<name>.toml` listing its artifacts (format in
tests/dirty/README.md). Every article is audited with `audit_text`, its folder's language forced as a
configured site would run it (`--detect-language` leaves identification to mt-audit). An artifact is
*found* when a finding overlaps it; a finding is *true* when it overlaps any annotated artifact. Recall
is counted per artifact kind, precision per the kind a finding's rule (or glossary topic) stands for, in
the one table KIND_OF_RULE / KIND_OF_TOPIC below. `fixed` counts the artifacts with an expected
suggestion that one overlapping finding's own fix produces exactly (compared with white space
collapsed, so deleting a line counts as deleting its text).

    .venv/bin/python bench/recall.py [PATHS...] [--json OUT.json] [--misses] [--detect-language]

PATHS are article files or folders (default: tests/dirty). Exit 2 with one line if a sidecar is
broken (unknown kind, an annotated text that is not in the article).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from audit.config import Config
from audit.engine import audit_text
from audit.findings import Finding
from audit.fixes import apply_edits
from audit.markup import Markup

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "dirty"

# The kinds of issue 8's table, in its order.
KINDS = (
    "furniture",
    "missing-space",
    "names",
    "calques",
    "quotes",
    "media",
    "mojibake",
    "untranslated",
    "number-style",
)

# Which kind a rule's finding claims to be; "other" for rules no kind of the table stands for. A rule
# (or glossary topic) missing here is reported after the table, so a new rule is mapped, not lost.
KIND_OF_RULE = {
    "boilerplate": "furniture",
    "missing-space": "missing-space",
    "duplicated-name": "names",
    "unbalanced-quote": "quotes",
    "mojibake": "mojibake",
    "untranslated": "untranslated",
    "number-style": "number-style",
    # Rules of parallel branches (issue 8 names work, langdata's quotes), mapped ahead of the merge.
    "name-variant": "names",
    "name-misspelling": "names",
    "name-order": "names",
    "malformed-quote": "quotes",
    "literal-media-title": "media",
    "doubled-word": "other",
    "repeated-sentence": "other",
    "invisible-char": "other",
    "space-before-punct": "other",
    "unused-suppression": "other",
    "source-number": "other",
    "source-copy": "other",
    "paragraph-count": "other",
    "length-ratio": "other",
    "calqued-title": "calques",
    "near-official-name": "calques",
    "calqued-institution": "calques",
    "literal-idiom": "calques",
    "era-year": "calques",
    "calqued-complement": "calques",
}
# Glossary findings are told apart by their topic (the file stem: en/<topic>/<id>).
KIND_OF_TOPIC = {
    "boilerplate": "furniture",
    "agencies": "media",
    "media": "media",
    "people": "names",
    "names": "names",
    "calques": "calques",
    "institutions": "calques",
    "calendar": "calques",
    "clubs": "calques",
}


class CorpusError(Exception):
    """A sidecar that cannot be read or does not match its article."""


@dataclass(frozen=True)
class Artifact:
    kind: str
    text: str
    start: int
    end: int
    suggestion: str | None


@dataclass(frozen=True)
class Article:
    path: Path
    language: str
    text: str
    artifacts: tuple[Artifact, ...]


@dataclass
class Tally:
    artifacts: int = 0
    found: int = 0
    with_suggestion: int = 0
    fixed: int = 0
    findings: int = 0
    true: int = 0

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "artifacts": self.artifacts,
            "found": self.found,
            "recall": _ratio(self.found, self.artifacts),
            "findings": self.findings,
            "true": self.true,
            "precision": _ratio(self.true, self.findings),
            "with_suggestion": self.with_suggestion,
            "fixed": self.fixed,
        }


@dataclass
class Report:
    by_kind: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_language: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    overall: Tally = field(default_factory=Tally)
    misses: list[dict[str, str]] = field(default_factory=list)
    false_alarms: list[dict[str, str]] = field(default_factory=list)
    unmapped: set[str] = field(default_factory=set)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def kind_of(finding: Finding) -> str | None:
    """The artifact kind a finding stands for (glossary findings by their topic); None if unmapped."""
    if finding.rule == "glossary" and finding.entry:
        return KIND_OF_TOPIC.get(finding.entry.split("/")[1])
    return KIND_OF_RULE.get(finding.rule)


def load_article(path: Path) -> Article:
    """Read an article and its sidecar; locate every annotated text (its `occurrence`, 1-based)."""
    sidecar = path.with_suffix(".toml")
    try:
        data = tomllib.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CorpusError(f"{sidecar}: {error}") from None
    text = path.read_text(encoding="utf-8")
    language = data.get("article", {}).get("language", path.parent.name)
    artifacts = []
    for number, item in enumerate(data.get("artifact", []), 1):
        if item.get("kind") not in KINDS:
            raise CorpusError(f"{sidecar}: artifact {number}: unknown kind {item.get('kind')!r}")
        start = _locate(text, item["text"], item.get("occurrence", 1))
        if start < 0:
            raise CorpusError(f"{sidecar}: artifact {number}: {item['text']!r} not in the article")
        end = start + len(item["text"])
        artifacts.append(Artifact(item["kind"], item["text"], start, end, item.get("suggestion")))
    return Article(path, language, text, tuple(artifacts))


def _locate(text: str, needle: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def _overlaps(finding: Finding, artifact: Artifact) -> bool:
    # A zero-width finding (an insertion point) overlaps when it falls inside the artifact.
    return finding.start < artifact.end and artifact.start < max(finding.end, finding.start + 1)


def _fixes_as_annotated(article: Article, finding: Finding, artifact: Artifact) -> bool:
    if finding.fix is None or artifact.suggestion is None:
        return False
    expected = article.text[: artifact.start] + artifact.suggestion + article.text[artifact.end :]
    return apply_edits(article.text, finding.fix.edits).split() == expected.split()


def evaluate(articles: list[Article], detect_language: bool = False, rules: frozenset[str] | None = None) -> Report:
    """Audit every article (its language forced, or detected; only `rules` when given) and tally recall
    per artifact kind and precision per finding kind (tests/furniture_set.py scores its pages here too)."""
    report = Report()
    for article in articles:
        config = Config(lang=None if detect_language else article.language, select=rules)
        findings = audit_text(article.text, config, Markup.MARKDOWN).findings
        tallies = (report.overall, report.by_language[article.language])
        for artifact in article.artifacts:
            overlapping = [finding for finding in findings if _overlaps(finding, artifact)]
            fixed = any(_fixes_as_annotated(article, finding, artifact) for finding in overlapping)
            for tally in (*tallies, report.by_kind[artifact.kind]):
                tally.artifacts += 1
                tally.found += bool(overlapping)
                tally.with_suggestion += artifact.suggestion is not None
                tally.fixed += fixed
            if not overlapping:
                report.misses.append({"path": str(article.path), "kind": artifact.kind, "text": artifact.text})
        for finding in findings:
            true = any(_overlaps(finding, artifact) for artifact in article.artifacts)
            kind = kind_of(finding)
            if kind is None:
                report.unmapped.add(finding.entry.rsplit("/", 1)[0] if finding.entry else finding.rule)
            for tally in (*tallies, report.by_kind[kind or "other"]):
                tally.findings += 1
                tally.true += true
            if not true:
                report.false_alarms.append(
                    {
                        "path": str(article.path),
                        "rule": finding.entry or finding.rule,
                        "text": article.text[finding.start : finding.end],
                    }
                )
    return report


def articles_in(paths: list[Path]) -> list[Article]:
    files = sorted(
        file for path in paths for file in ([path] if path.is_file() else path.glob("*/*.md")) if file.suffix == ".md"
    )
    return [load_article(file) for file in files]


def as_json(report: Report) -> dict[str, object]:
    return {
        "overall": report.overall.as_dict(),
        "by_kind": {kind: report.by_kind[kind].as_dict() for kind in sorted(report.by_kind, key=_kind_order)},
        "by_language": {language: tally.as_dict() for language, tally in sorted(report.by_language.items())},
        "misses": report.misses,
        "false_alarms": report.false_alarms,
        "unmapped": sorted(report.unmapped),
    }


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _format(value: float | int | None) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def table(title: str, tallies: dict[str, Tally]) -> str:
    """One row per kind or language: counts, recall, precision, and fixes as annotated."""
    columns = ("artifacts", "found", "recall", "findings", "true", "precision", "fixed")
    lines = [f"{title:<14}" + "".join(f"{column:>10}" for column in columns)]
    for name, tally in tallies.items():
        row = tally.as_dict()
        lines.append(f"{name:<14}" + "".join(f"{_format(row[column]):>10}" for column in columns))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[CORPUS])
    parser.add_argument("--json", type=Path, help="also write the numbers, misses and false alarms as JSON")
    parser.add_argument("--misses", action="store_true", help="list missed artifacts and false alarms")
    parser.add_argument(
        "--detect-language",
        action="store_true",
        help="let mt-audit identify each article's language instead of forcing it",
    )
    options = parser.parse_args(argv)
    try:
        articles = articles_in(options.paths)
    except CorpusError as error:
        print(f"recall.py: {error}", file=sys.stderr)
        return 2
    report = evaluate(articles, options.detect_language)
    print(f"{len(articles)} articles, {report.overall.artifacts} artifacts")
    print(table("kind", {kind: report.by_kind[kind] for kind in sorted(report.by_kind, key=_kind_order)}))
    print()
    print(table("language", {**dict(sorted(report.by_language.items())), "all": report.overall}))
    if report.unmapped:
        print(
            f"\nnot mapped to a kind (counted as other; add them to KIND_OF_RULE or KIND_OF_TOPIC): "
            f"{', '.join(sorted(report.unmapped))}"
        )
    if options.misses:
        for miss in report.misses:
            print(f"missed {miss['kind']:<14} {miss['path']}: {miss['text']!r}")
        for alarm in report.false_alarms:
            print(f"false  {alarm['rule']:<14} {alarm['path']}: {alarm['text']!r}")
    if options.json:
        options.json.write_text(json.dumps(as_json(report), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
