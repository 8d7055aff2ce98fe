"""Bilingual reading: which source paragraphs each target paragraph translates, and the numbers in both.

Alignment: articles with the same number of paragraphs are paired one to one (translators keep the
paragraphing far more often than not). Otherwise the pairing is a Gale–Church style dynamic programme
over paragraph lengths — one to one, two to one, one to two, or a paragraph with no partner — whose
cost is how far a pair's length ratio strays from the article's, lowered when the target keeps the
source paragraph's anchors (numbers, and capitalised words of four letters or more: names mostly). The
missing paragraphs it finds are what `paragraph-count` reports; the other checks run on the pairs.

Numbers are read as values, not as strings: Arabic-Indic and Persian digits, thousands separators of
either convention ("5,000", "5.000", "5 000", Arabic "٥٬٠٠٠") and the spelled-out numbers of the
target language (`languages/<code>/numbers.toml`) all become the same value, so "٣" in the source
and "three" in the target agree. A written number whose separator is ambiguous ("1,500" is 1500 in
English and 1.5 in German) has both readings; two numbers agree when any readings agree.
"""

from __future__ import annotations

import contextlib
import functools
import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cached_property

from audit.document import Document, Paragraph
from audit.languages import language
from audit.prose import WORD, LazyPattern

# Digits of any script, grouped by , . ' space, U+066C (Arabic thousands) or U+066B (Arabic decimal).
_NUMBER = LazyPattern(
    r"(?<![\p{Nd}\p{L}])\p{Nd}+(?:(?:[,.'\u066b\u066c]|[ \u00a0\u202f](?=\p{Nd}{3}(?!\p{Nd})))\p{Nd}+)*"
)
_SEPARATORS = ",.'\u066b\u066c \u00a0\u202f"
# A paragraph without partner costs less than merging two: MT pipelines drop paragraphs (the case
# `paragraph-count` exists for) more often than translators merge them; a clear length match still merges.
_SKIP_COST = 2.0
_MERGE_COST = 2.5


@dataclass(frozen=True)
class Number:
    """A number written in a text: its span and every value it may stand for."""

    start: int
    end: int
    values: frozenset[Decimal]

    def agrees(self, other: Number) -> bool:
        return not self.values.isdisjoint(other.values)


def readings(written: str) -> frozenset[Decimal]:
    """Every value a written number may have: both readings of an ambiguous separator.

    >>> sorted(map(str, readings("1,500"))), sorted(map(str, readings("٥٬٠٠٠"))), sorted(map(str, readings("3.14")))
    (['1.500', '1500'], ['5000'], ['3.14'])
    """
    digits = "".join(str(unicodedata.digit(character)) if character.isdigit() else character for character in written)
    groups = _split(digits)
    separators = [character for character in digits if character in _SEPARATORS]
    if not separators:
        return frozenset({Decimal(digits)})
    values: set[Decimal] = set()
    plain = "".join(groups)
    if all(len(group) == 3 for group in groups[1:]) and "\u066b" not in separators:
        values.add(Decimal(plain))  # grouped thousands
    last = separators[-1]
    if last not in " \u00a0\u202f'\u066c" and (len(separators) == 1 or separators.count(last) == 1):
        # The last separator as a decimal mark ("3.14", "1.234,5", "٣٫٥").
        whole, fraction = "".join(groups[:-1]), groups[-1]
        with contextlib.suppress(InvalidOperation):  # a group without digits, e.g. "5.'"
            values.add(Decimal(f"{whole}.{fraction}"))
    return frozenset(values) or frozenset({Decimal(plain)})


def _split(digits: str) -> list[str]:
    groups, current = [], ""
    for character in digits:
        if character in _SEPARATORS:
            groups.append(current)
            current = ""
        else:
            current += character
    return [*groups, current]


def numbers(text: str, code: str | None = None) -> list[Number]:
    """The numbers of a text: written in digits of any script, and spelled out in language `code`.

    A multiplier word after a number scales it ("2.5 million", "drei Millionen"); both values count.
    """
    words = _number_words(code) if code else {}
    found: list[Number] = []
    scales: set[int] = set()  # where a scale word after digits starts: "million" of "2.5 million"
    for match in _NUMBER.finditer(text):
        values = readings(match.group())
        scale, where = _scale_after(text, match.end(), words)
        if scale:
            values = values | {value * scale for value in values}
            scales.add(where)
        found.append(Number(match.start(), match.end(), values))
    if words:
        found.extend(number for number in _spelled(text, words) if number.start not in scales)
    found.sort(key=lambda number: number.start)
    return found


@functools.cache
def _number_words(code: str) -> dict[str, tuple[int, bool]]:
    """Spelled-out numbers of a language: word → (value, is a multiplier), from its numbers.toml."""
    data = language(code)
    table: dict[str, tuple[int, bool]] = {}
    for value, word in enumerate(data.phrases("numbers.units"), start=1):
        table[word.casefold()] = (value, False)
    for value, word in zip(range(20, 100, 10), data.phrases("numbers.tens"), strict=False):
        table[word.casefold()] = (value, False)
    for word, value in zip(data.phrases("numbers.scale_words"), data.value("numbers.scale_values", ()), strict=False):
        table[word.casefold()] = (int(value), True)
    return table


def _scale_after(text: str, end: int, words: dict[str, tuple[int, bool]]) -> tuple[int, int]:
    """The multiplier written right after a number ("2.5 million") and where it starts; (0, -1) if none."""
    match = WORD.search(text[end : end + 16])
    if match is None or text[end : end + match.start()].strip(" \u00a0."):
        return 0, -1
    value, multiplier = words.get(match.group().casefold(), (0, False))
    return (value, end + match.start()) if multiplier else (0, -1)


def _spelled(text: str, words: dict[str, tuple[int, bool]]) -> Iterator[Number]:
    """Runs of number words ("twenty-five", "three hundred"), each with the value it adds up to."""
    run: list[tuple[int, int, int, bool]] = []
    for match in WORD.finditer(text):
        parts = match.group().casefold().split("-")
        if not all(part in words for part in parts):
            if run:
                yield _spelled_number(run)
                run = []
            continue
        for part in parts:
            value, multiplier = words[part]
            run.append((match.start(), match.end(), value, multiplier))
    if run:
        yield _spelled_number(run)


def _spelled_number(run: list[tuple[int, int, int, bool]]) -> Number:
    total = current = 0
    for _, _, value, multiplier in run:
        if multiplier:
            current = (current or 1) * value
            if value >= 1000:
                total, current = total + current, 0
        else:
            current += value
    return Number(run[0][0], run[-1][1], frozenset({Decimal(total + current)}))


@dataclass(frozen=True)
class Bead:
    """Paragraph indices paired by the alignment; one side empty when a paragraph has no partner."""

    source: tuple[int, ...]
    target: tuple[int, ...]


@dataclass(frozen=True)
class Alignment:
    """The source article beside the target article, paragraph by paragraph."""

    source: Document
    target: Document

    @cached_property
    def beads(self) -> tuple[Bead, ...]:
        return align([p.text for p in self.source.paragraphs], [p.text for p in self.target.paragraphs])

    @cached_property
    def _bead_of_target(self) -> dict[int, Bead]:
        """Target paragraph start → its bead (paragraphs are told apart by where they start)."""
        starts = [paragraph.start for paragraph in self.target.paragraphs]
        return {starts[index]: bead for bead in self.beads for index in bead.target}

    def source_text(self, paragraph: Paragraph) -> str | None:
        """The source paragraph(s) the target paragraph translates; None when it has no partner."""
        bead = self._bead_of_target.get(paragraph.start)
        if bead is None or not bead.source:
            return None
        return "\n\n".join(self.source.paragraphs[index].text for index in bead.source)

    def pairs(self) -> Iterator[tuple[Paragraph, Paragraph]]:
        """The one-to-one pairs (target, source): those whose lengths and text can be compared."""
        for bead in self.beads:
            if len(bead.source) == len(bead.target) == 1:
                yield self.target.paragraphs[bead.target[0]], self.source.paragraphs[bead.source[0]]


def align(source: Sequence[str], target: Sequence[str]) -> tuple[Bead, ...]:
    """Pair paragraphs of two articles; one to one when the counts agree, else by length and anchors.

    >>> source = ["Rain fell in 1990.", "Roads in the north of the country were closed for a week.", "Schools shut."]
    >>> [(bead.source, bead.target) for bead in align(source, ["Il a plu en 1990.", "Écoles fermées."])]
    [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    """
    if len(source) == len(target):
        return tuple(Bead((index,), (index,)) for index in range(len(source)))
    anchors = ([_anchors(text) for text in source], [_anchors(text) for text in target])
    # The article's length ratio is unknown while the gap is: try a few plausible ones, keep the cheapest.
    best = min(
        (_align_with_ratio(source, target, anchors, ratio) for ratio in _candidate_ratios(source, target)),
        key=lambda aligned: aligned[0],
    )
    return best[1]


def _align_with_ratio(
    source: Sequence[str], target: Sequence[str], anchors: tuple[list[set[str]], list[set[str]]], ratio: float
) -> tuple[float, tuple[Bead, ...]]:
    """The cheapest alignment when target paragraphs run `ratio` times as long as their source."""
    source_anchors, target_anchors = anchors

    def pair_cost(sources: range, targets: range) -> float:
        source_length = sum(len(source[index]) for index in sources) + 1
        target_length = sum(len(target[index]) for index in targets) + 1
        shared = set().union(*(source_anchors[index] for index in sources))
        other = set().union(*(target_anchors[index] for index in targets))
        # Share of the source's anchors found in the target: a translation keeps the source's numbers and
        # names, while the target's own capitalised words need not be in the source (Arabic has no case).
        overlap = len(shared & other) / len(shared) if shared else 0.5
        return abs(math.log(target_length / source_length / ratio)) + (1 - overlap)

    rows, columns = len(source), len(target)
    cost = [[math.inf] * (columns + 1) for _ in range(rows + 1)]
    step: list[list[tuple[int, int]]] = [[(0, 0)] * (columns + 1) for _ in range(rows + 1)]
    cost[0][0] = 0.0
    moves = ((1, 1, 0.0), (1, 0, _SKIP_COST), (0, 1, _SKIP_COST), (2, 1, _MERGE_COST), (1, 2, _MERGE_COST))
    for i in range(rows + 1):
        for j in range(columns + 1):
            for di, dj, penalty in moves:
                if i < di or j < dj or cost[i - di][j - dj] == math.inf:
                    continue
                extra = penalty if not (di and dj) else penalty + pair_cost(range(i - di, i), range(j - dj, j))
                if cost[i - di][j - dj] + extra < cost[i][j]:
                    cost[i][j], step[i][j] = cost[i - di][j - dj] + extra, (di, dj)
    beads: list[Bead] = []
    i, j = rows, columns
    while i or j:
        di, dj = step[i][j]
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    return cost[rows][columns], tuple(reversed(beads))


def _candidate_ratios(source: Sequence[str], target: Sequence[str]) -> list[float]:
    """Plausible target/source length ratios: 1, and the quartiles of paragraphs paired from either end.

    One of the two pairings holds on each side of a gap, so the article's true ratio is among the
    paired ratios; the ratio of the totals is not, since a dropped paragraph drags it down.
    """
    shared = min(len(source), len(target))
    ratios = sorted(
        (len(target[index]) + 1) / (len(source[index]) + 1) for index in [*range(shared), *range(-shared, 0)]
    )
    quartiles = {ratios[len(ratios) * quarter // 4] for quarter in (1, 2, 3)} if ratios else set()
    return sorted({1.0, *quartiles})


def _anchors(text: str) -> set[str]:
    """Tokens a translation usually keeps as they are: numbers (as values) and long words (names)."""
    anchors = {str(value.normalize()) for number in numbers(text) for value in number.values}
    anchors.update(word for word in WORD.findall(text) if len(word) >= 4 and word[0].isupper())
    return anchors
