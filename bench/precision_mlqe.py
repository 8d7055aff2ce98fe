"""Precision of every rule on real MT output, measured against human post-edits (MLQE-PE).

Each line of test.mt is a paragraph; lines are grouped into pseudo-articles of `--chunk` lines so the
article-level rules (number-style, repeated-sentence) have something to compare. A finding whose
tokens (the span, widened by one character) the post-editor left untouched is a *probable false
alarm*; one whose tokens were edited is *confirmed*. For fixes, sacrebleu TER against the post-edit
is computed on the lines a rule fixed, before and after its fix alone: a good fix lowers TER.

    .venv/bin/python bench/precision_mlqe.py [--data ../shared/data/mlqe-pe] [--chunk 20] [--auto] [--source]

With `--source`, test.src (chunked the same way) is given as the source article, and each rule's
confirmed share is printed without and with it: the bilingual rules run, and rules that consult the
source (unbalanced-quote) should lose their unconfirmed findings first.

Nothing from the data set is written anywhere; only counts are printed.
"""

from __future__ import annotations

import argparse
import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from audit.config import Config
from audit.engine import audit_text
from audit.findings import Edit, Finding
from audit.fixes import apply_edits
from audit.rules import RULES

# ../shared/data beside the checkout, as laid out for developers and CI.
DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "mlqe-pe"
ALL_RULES = frozenset(rule.id for rule in RULES)
_TOKEN = re.compile(r"\S+")


@dataclass
class Tally:
    findings: int = 0
    confirmed: int = 0
    examples: list[str] = field(default_factory=list)
    fixed_lines: list[tuple[str, str, str]] = field(default_factory=list)  # (mt, fixed, pe)


def changed_tokens(mt: str, pe: str) -> list[tuple[int, int]]:
    """Character spans of the MT tokens the post-editor replaced or deleted (or inserted next to)."""
    mt_tokens = [(match.start(), match.end(), match.group()) for match in _TOKEN.finditer(mt)]
    pe_tokens = [match.group() for match in _TOKEN.finditer(pe)]
    matcher = difflib.SequenceMatcher(None, [token for *_, token in mt_tokens], pe_tokens, autojunk=False)
    spans: list[tuple[int, int]] = []
    for tag, i1, i2, _, _ in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i1 == i2:  # insertion: mark the boundary between neighbours
            left = mt_tokens[i1 - 1][1] if i1 > 0 else 0
            spans.append((left, left + 1))
        else:
            spans.append((mt_tokens[i1][0], mt_tokens[i2 - 1][1]))
    return spans


def run_pair(
    folder: Path, chunk: int, auto: bool, tallies: dict[str, Tally], side: str = "mt", with_source: bool = False
) -> int:
    language = folder.name.split("-")[1]
    mt_lines = (folder / f"test.{side}").read_text(encoding="utf-8").rstrip("\n").split("\n")
    pe_lines = (folder / "test.pe").read_text(encoding="utf-8").rstrip("\n").split("\n")
    src_lines = (folder / "test.src").read_text(encoding="utf-8").rstrip("\n").split("\n")
    config = Config(select=ALL_RULES, lang=None if auto else language, unsafe_fixes=True)
    for first in range(0, len(mt_lines), chunk):
        lines = mt_lines[first : first + chunk]
        text = "\n\n".join(lines)
        starts = [sum(len(line) + 2 for line in lines[:index]) for index in range(len(lines))]
        source = "\n\n".join(src_lines[first : first + chunk]) if with_source else None
        result = audit_text(text, config, source=source)
        per_line: dict[tuple[str, int], list[Finding]] = defaultdict(list)
        for finding in result.findings:
            index = max(i for i, start in enumerate(starts) if start <= finding.start)
            per_line[(finding.rule, index)].append(finding)
        for (rule, index), findings in per_line.items():
            mt, pe, offset = lines[index], pe_lines[first + index], starts[index]
            edited = changed_tokens(mt, pe)
            tally = tallies[rule]
            for finding in findings:
                start, end = finding.start - offset - 1, max(finding.end - offset + 1, finding.start - offset)
                hit = any(a < end and start < b for a, b in edited)
                tally.findings += 1
                tally.confirmed += hit
                if not hit and len(tally.examples) < 3:
                    tally.examples.append(f"{folder.name}:{first + index + 1}")
            edits = _own_edits(findings, offset, len(mt))
            if edits:
                tally.fixed_lines.append((mt, apply_edits(mt, edits), pe))
    return len(mt_lines)


def _own_edits(findings: list[Finding], offset: int, length: int) -> list[Edit]:
    """The rule's edits on one line, shifted to line coordinates, overlaps and cross-line edits dropped."""
    edits: list[Edit] = []
    for finding in sorted(findings, key=lambda finding: finding.start):
        for edit in finding.fix.edits if finding.fix else ():
            start, end = edit.start - offset, edit.end - offset
            if 0 <= start <= end <= length and (not edits or start >= edits[-1].end):
                edits.append(Edit(start, end, edit.replacement))
    return edits


def ter(hypotheses: list[str], references: list[str]) -> float:
    from sacrebleu.metrics import TER

    return TER().corpus_score(hypotheses, [references]).score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--chunk", type=int, default=20)
    parser.add_argument("--auto", action="store_true", help="detect the language instead of forcing it")
    parser.add_argument(
        "--post-edits", action="store_true", help="run on the human post-edits: every finding is suspect"
    )
    parser.add_argument("--examples", action="store_true", help="print where probable false alarms are")
    parser.add_argument("--source", action="store_true", help="also run with test.src as the source; compare")
    options = parser.parse_args()
    side = "pe" if options.post_edits else "mt"
    tallies: dict[str, Tally] = defaultdict(Tally)
    lines = sum(
        run_pair(folder, options.chunk, options.auto, tallies, side) for folder in sorted(options.data.glob("*-*"))
    )
    if options.source:
        bilingual: dict[str, Tally] = defaultdict(Tally)
        for folder in sorted(options.data.glob("*-*")):
            run_pair(folder, options.chunk, options.auto, bilingual, side, with_source=True)
        print(f"{lines} {side} lines, confirmed share without and with test.src as the source\n")
        print(f"{'rule':20} {'without':>16} {'with source':>16}")
        for rule in sorted(ALL_RULES):
            print(f"{rule:20} {_share(tallies.get(rule, Tally())):>16} {_share(bilingual.get(rule, Tally())):>16}")
            if options.examples and bilingual.get(rule, Tally()).examples:
                print(f"{'':20} unedited e.g. at {', '.join(bilingual[rule].examples)}")
        return
    print(
        f"{lines} {'post-edited' if options.post_edits else 'MT'} lines, {'detected' if options.auto else 'forced'} language, articles of {options.chunk} lines\n"
    )
    print(
        f"{'rule':20} {'findings':>8} {'edited':>7} {'unedited':>8} {'precision':>9} {'fixed':>6} {'TER mt':>7} {'TER fix':>7}"
    )
    for rule in sorted(ALL_RULES):
        tally = tallies.get(rule, Tally())
        precision = f"{tally.confirmed / tally.findings:.0%}" if tally.findings else "-"
        before = after = "-"
        if tally.fixed_lines:
            mts, fixed, pes = zip(*tally.fixed_lines, strict=True)
            before, after = f"{ter(list(mts), list(pes)):.2f}", f"{ter(list(fixed), list(pes)):.2f}"
        print(
            f"{rule:20} {tally.findings:8} {tally.confirmed:7} {tally.findings - tally.confirmed:8} {precision:>9} "
            f"{len(tally.fixed_lines):6} {before:>7} {after:>7}"
        )
        if options.examples and tally.examples:
            print(f"{'':20} unedited e.g. at {', '.join(tally.examples)}")


def _share(tally: Tally) -> str:
    """ "confirmed/findings (share)", or "-" for a rule that found nothing."""
    if not tally.findings:
        return "-"
    return f"{tally.confirmed}/{tally.findings} ({tally.confirmed / tally.findings:.0%})"


if __name__ == "__main__":
    main()
