"""Per-rule case files (tests/cases/<rule-id>.toml): the text marks each expected span with ⟦ ⟧.

```toml
fix = "safe"                      # required, before the cases: safe | unsafe | none, the fix safety
                                  # every flagged finding of a case has, unless the case says otherwise

[[case]]
fix = "unsafe"                    # optional: this case's findings differ from the file's default
lang = "en"                       # optional: forces the document language
markup = "markdown"               # optional: default plain text
text = "He said ⟦the the⟧ report was late."
suggestions = ["the"]             # optional: suggestions[0] of each flagged span, in order
fixed = "He said the report was late."   # optional: the text after fixing (unsafe fixes on)
source = "Il a dit que le rapport était en retard."   # optional: the source article (--source)
```
A case with no ⟦ ⟧ must stay silent. `fixed` absent on a flagged case means: no fix expected, so its
fix safety is "none" unless it says otherwise (a fix that exists but is dropped must be declared).
Fix safety is asserted (issue 11): a rule whose unsafe fixes were made safe fails its cases.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

OPEN, CLOSE = "⟦", "⟧"
CASES = Path(__file__).parent / "cases"
SAFETIES = ("safe", "unsafe", "none")


@dataclass(frozen=True)
class Case:
    rule: str
    number: int
    text: str
    spans: tuple[tuple[int, int], ...]
    lang: str | None
    markup: str
    suggestions: tuple[str, ...] | None
    fixed: str | None
    fix: str  # safe | unsafe | none: the fix safety of every flagged finding
    source: str | None = None

    @property
    def id(self) -> str:
        return f"{self.rule}#{self.number}-{self.lang or 'auto'}"


def parse_marked(marked: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Strip ⟦ ⟧ markers; return the plain text and the marked spans in its coordinates."""
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    start = None
    length = 0
    for character in marked:
        if character == OPEN:
            start = length
        elif character == CLOSE:
            assert start is not None, f"unmatched {CLOSE} in {marked!r}"
            spans.append((start, length))
            start = None
        else:
            plain.append(character)
            length += 1
    assert start is None, f"unmatched {OPEN} in {marked!r}"
    return "".join(plain), tuple(spans)


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(CASES.glob("*.toml")):
        with path.open("rb") as handle:
            data = tomllib.load(handle)
        default = data.get("fix")
        assert default in SAFETIES, f"{path.name}: needs a top-level fix = one of {SAFETIES}, got {default!r}"
        for number, raw in enumerate(data.get("case", []), start=1):
            text, spans = parse_marked(raw["text"])
            suggestions = raw.get("suggestions")
            fix = raw.get("fix", default if "fixed" in raw else "none")
            assert fix in SAFETIES, f"{path.name} case {number}: fix = {fix!r} is not one of {SAFETIES}"
            cases.append(
                Case(
                    rule=path.stem,
                    number=number,
                    text=text,
                    spans=spans,
                    lang=raw.get("lang"),
                    markup=raw.get("markup", "text"),
                    suggestions=tuple(suggestions) if suggestions is not None else None,
                    fixed=raw.get("fixed"),
                    fix=fix,
                    source=raw.get("source"),
                )
            )
    return cases
