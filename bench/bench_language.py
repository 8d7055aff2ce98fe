"""What language identification costs, and why the cheap pre-checks and the length threshold exist.

    .venv/bin/python bench/bench_language.py [--size 1000000]

1. langdetect accuracy by segment length (sentences of the clean corpus cut to N letters): the
   threshold below which audit/language.py never asks langdetect (MIN_DETECT_LETTERS).
2. langdetect calls and time to identify a 1 MB mixed corpus with the pre-checks (script, function
   words) on and off, and the ratio.
3. Throughput of `check` with every rule on (MB/s), and how many langdetect calls the whole check made.
Report only: nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import CLEAN, articles

from audit.config import Config
from audit.document import Document
from audit.engine import audit_text
from audit.language import MIN_DETECT_LETTERS, Identifier, identify
from audit.markup import Markup
from audit.prose import sentence_spans


def accuracy_by_length(lengths: tuple[int, ...] = (10, 20, 30, 40, 60, 80, 120)) -> None:
    samples: list[tuple[str, str]] = []
    for path in sorted(CLEAN.glob("*/*.md")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            if block.strip() and not block.startswith(("---", "#")):
                samples.extend((path.parent.name, block[start:end]) for start, end in sentence_spans(block))
    identifier = Identifier()
    print("1. langdetect (Latin profiles, seeded) accuracy on clean sentences cut to N letters")
    print(f"   {'letters':>7} {'segments':>8} {'correct':>8}")
    for length in lengths:
        cut = [(language, _first_letters(text, length)) for language, text in samples]
        cut = [(language, text) for language, text in cut if sum(c.isalpha() for c in text) >= length]
        correct = 0
        for language, text in cut:
            guess = identifier.detect(text)
            correct += guess is not None and guess.code == language
        marker = "  ← MIN_DETECT_LETTERS" if length == MIN_DETECT_LETTERS else ""
        print(f"   {length:7} {len(cut):8} {correct / max(len(cut), 1):8.1%}{marker}")


def _first_letters(text: str, letters: int) -> str:
    count = 0
    for index, character in enumerate(text):
        count += character.isalpha()
        if count == letters:
            return text[: index + 1]
    return text


def identification_cost(corpus: list[str]) -> None:
    documents = [Document.parse(article, Markup.MARKDOWN) for article in corpus]
    megabytes = sum(len(article.encode("utf-8")) for article in corpus) / 1e6
    print(
        f"\n2. identifying {len(corpus)} articles ({megabytes:.2f} MB, {sum(len(d.paragraphs) for d in documents)} paragraphs)"
    )
    results = {}
    for prechecks in (True, False):
        identifier = Identifier(prechecks=prechecks)
        started = time.perf_counter()
        for document in documents:
            identify(document, identifier=identifier)
        results[prechecks] = (identifier.detector_calls, time.perf_counter() - started)
        label = "on " if prechecks else "off"
        print(f"   pre-checks {label}: {identifier.detector_calls:6} langdetect calls, {results[prechecks][1]:6.2f} s")
    (calls_on, time_on), (calls_off, time_off) = results[True], results[False]
    print(f"   ratio off/on: {calls_off / max(calls_on, 1):.1f}x calls, {time_off / time_on:.1f}x time")


def check_throughput(corpus: list[str]) -> None:
    megabytes = sum(len(article.encode("utf-8")) for article in corpus) / 1e6
    calls = 0
    detect = Identifier.detect

    def counting(self: Identifier, text: str, script: str = "Latin"):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return detect(self, text, script)

    Identifier.detect = counting  # type: ignore[method-assign]
    try:
        audit_text(corpus[0], Config(), Markup.MARKDOWN)  # load glossaries and profiles once
        calls = 0
        started = time.perf_counter()
        findings = sum(len(audit_text(article, Config(), Markup.MARKDOWN).findings) for article in corpus)
        elapsed = time.perf_counter() - started
    finally:
        Identifier.detect = detect  # type: ignore[method-assign]
    print(
        f"\n3. check, all rules, fixes computed: {megabytes / elapsed:.2f} MB/s ({elapsed:.2f} s for {megabytes:.2f} MB)"
    )
    print(f"   {findings} findings; {calls} langdetect calls in all ({calls / megabytes:.0f} per MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="corpus size in bytes")
    options = parser.parse_args()
    corpus = articles(options.size)
    accuracy_by_length()
    identification_cost(corpus)
    check_throughput(corpus)


if __name__ == "__main__":
    main()
