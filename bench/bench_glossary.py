"""Benchmark the glossary engine: load+validate+compile 20,000 entries, scan a 10 MB text.

Synthetic entries and text are generated into a temporary folder (nothing is kept). The same work is
timed for two naive peers on a slice of the text, scaled to 10 MB: one big `re` alternation of every
variant, and one regex per entry. Report only: numbers are printed, nothing is asserted.

Run: .venv/bin/python bench/bench_glossary.py [--entries 20000] [--megabytes 10]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from audit.glossary import build
from audit.glossary.matcher import Matcher

SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "na", "vo", "pe", "di", "ba", "gu", "ze", "fi", "ho", "ny"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def generate_entries(count: int, rng: random.Random) -> list[tuple[str, list[str]]]:
    """`count` (preferred, variants) pairs with phrases unique across the whole set."""
    seen: set[str] = set()
    entries = []
    while len(entries) < count:
        phrases = [" ".join(_word(rng).capitalize() for _ in range(rng.randint(2, 3))) for _ in range(3)]
        keys = {phrase.casefold() for phrase in phrases}
        if len(keys) < 3 or keys & seen:
            continue
        seen |= keys
        entries.append((phrases[0], phrases[1:]))
    return entries


def write_glossaries(folder: Path, entries: list[tuple[str, list[str]]], per_file: int = 1000) -> list[Path]:
    paths = []
    for number in range(0, len(entries), per_file):
        lines = ['[glossary]\nlanguage = "en"\n']
        for index, (preferred, variants) in enumerate(entries[number : number + per_file], start=number):
            quoted = ", ".join(f'"{variant}"' for variant in variants)
            lines.append(
                f'[[entry]]\nid = "e{index}"\npreferred = "{preferred}"\nvariants = [{quoted}]\n'
                f'[[entry.example]]\nbad = "He met {variants[0]} today."\nfixed = "He met {preferred} today."\n'
                f'[[entry.example]]\ngood = "He met {preferred} today."\n'
            )
        path = folder / f"synthetic{number // per_file:02d}.toml"
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths


def generate_text(megabytes: float, entries: list[tuple[str, list[str]]], rng: random.Random) -> str:
    """Paragraphs of filler words with a variant every ~200 words."""
    target = int(megabytes * 1_000_000)
    # Filler words end in "r", which no variant word does, so every match is an inserted variant.
    vocabulary = [_word(rng) + "r" for _ in range(5000)] + [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "with",
        "was",
    ] * 50
    paragraphs, size = [], 0
    while size < target:
        words = [rng.choice(vocabulary) for _ in range(120)]
        for _ in range(rng.randint(0, 1)):
            words.insert(rng.randrange(len(words)), rng.choice(entries)[1][0])
        paragraph = " ".join(words) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def timed(function, *args):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--megabytes", type=float, default=10)
    arguments = parser.parse_args()
    rng = random.Random(42)
    entries = generate_entries(arguments.entries, rng)
    text = generate_text(arguments.megabytes, entries, rng)
    paragraphs = text.split("\n\n")
    with tempfile.TemporaryDirectory() as folder:
        paths = write_glossaries(Path(folder), entries)
        (glossary_set, problems), load_seconds = timed(build, paths, False)
    assert not problems, problems[:3]
    variants = [variant for _, entry_variants in entries for variant in entry_variants]
    substitution = [entry for entry in glossary_set.entries]
    matcher, compile_seconds = timed(Matcher, substitution)

    def scan() -> int:
        return sum(len(matcher.find(paragraph, "en")) for paragraph in paragraphs)

    found, scan_seconds = timed(scan)
    megabytes = len(text) / 1_000_000
    print(
        f"glossary bench: {len(substitution)} entries, {len(variants)} variants, text {megabytes:.1f} MB "
        f"({len(paragraphs)} paragraphs)"
    )
    print(f"  load + validate (examples checked) : {load_seconds:7.2f} s")
    print(f"  compile token trie                 : {compile_seconds:7.2f} s")
    print(
        f"  scan, token trie                   : {scan_seconds:7.2f} s  ({megabytes / scan_seconds:.2f} MB/s, {found} matches)"
    )

    # Peer 1: one alternation of every variant (what a quick script would do), on a slice, scaled.
    alternation_slice = "\n\n".join(paragraphs[: max(1, len(paragraphs) // 100)])
    pattern, peer_compile = timed(
        re.compile, r"\b(?:" + "|".join(map(re.escape, sorted(variants, key=len, reverse=True))) + r")\b", re.IGNORECASE
    )
    peer_found, peer_scan = timed(lambda: len(pattern.findall(alternation_slice)))
    peer_scaled = peer_scan * len(text) / len(alternation_slice)
    print(
        f"  peer: one re alternation           : compile {peer_compile:5.2f} s, scan {peer_scaled:7.2f} s "
        f"(measured {peer_scan:.2f} s on {len(alternation_slice) / 1e6:.1f} MB, scaled); "
        f"trie is {peer_scaled / scan_seconds:.1f}x faster at scanning"
    )

    # Peer 2: one regex per entry, on a small slice, scaled.
    loop_slice = "\n\n".join(paragraphs[: max(1, len(paragraphs) // 1000)])
    per_entry = [
        re.compile(r"\b(?:" + "|".join(map(re.escape, entry.variants)) + r")\b", re.IGNORECASE)
        for entry in substitution
    ]
    _, loop_scan = timed(lambda: sum(len(compiled.findall(loop_slice)) for compiled in per_entry))
    loop_scaled = loop_scan * len(text) / len(loop_slice)
    print(
        f"  peer: one regex per entry          : scan {loop_scaled:7.1f} s (measured {loop_scan:.2f} s on "
        f"{len(loop_slice) / 1e3:.0f} kB, scaled); trie is {loop_scaled / scan_seconds:.0f}x faster"
    )
    del peer_found


if __name__ == "__main__":
    main()
