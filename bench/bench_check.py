"""Where `check` spends its time: seconds and findings per rule on the mixed corpus of bench/corpus.py.

    .venv/bin/python bench/bench_check.py [--size 1000000]

Language identification runs once per document and is shown as its own line. Report only.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles

from audit.config import Config
from audit.document import Document
from audit.glossary import load_glossaries
from audit.language import identify
from audit.markup import Markup
from audit.rules import RULES, Context


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="corpus size in bytes")
    options = parser.parse_args()
    corpus = articles(options.size)
    megabytes = sum(len(article.encode("utf-8")) for article in corpus) / 1e6
    config = Config()
    glossaries = load_glossaries(config)
    seconds: Counter[str] = Counter()
    findings: Counter[str] = Counter()
    for article in corpus:
        document = Document.parse(article, Markup.MARKDOWN)
        started = time.perf_counter()
        languages = identify(document)
        seconds["(language identification)"] += time.perf_counter() - started
        context = Context(document=document, languages=languages, glossaries=glossaries, config=config)
        for rule in RULES:
            started = time.perf_counter()
            findings[rule.id] += sum(1 for _ in rule.check(context))
            seconds[rule.id] += time.perf_counter() - started
    total = sum(seconds.values())
    print(
        f"{len(corpus)} articles, {megabytes:.2f} MB; rules and identification: {total:.2f} s ({megabytes / total:.2f} MB/s)\n"
    )
    print(f"{'rule':28} {'seconds':>8} {'MB/s':>8} {'findings':>9}")
    for name, spent in seconds.most_common():
        print(f"{name:28} {spent:8.2f} {megabytes / spent:8.1f} {findings.get(name, 0):9}")


if __name__ == "__main__":
    main()
