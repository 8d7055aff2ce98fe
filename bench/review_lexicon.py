"""Words of a system dictionary that missing-space's fused-word check would split (false alarms to fix).

The fused-word check splits a glued token only where both halves are words of the language and the
whole is not (audit/lexicon.py). A real word that happens to be two listed words ("within", "parfois")
must be in languages/<code>/lexicon.toml itself. This script runs the check over every word of the
Debian word lists (apt-get install wamerican wfrench wspanish witalian wportuguese wngerman) and prints
the words it would split, per language; the lexicons shipped with this repository print none. Nothing
from the dictionaries is written anywhere.

    .venv/bin/python bench/review_lexicon.py [--dict /usr/share/dict]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from audit.lexicon import fused_split

WORD_LISTS = {
    "en": "american-english",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "de": "ngerman",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dict", type=Path, default=Path("/usr/share/dict"))
    options = parser.parse_args()
    for code, name in WORD_LISTS.items():
        path = options.dict / name
        if not path.is_file():
            print(f"{code}: no word list at {path}")
            continue
        words = {line.strip() for line in path.read_text(encoding="utf-8", errors="ignore").splitlines()}
        split = sorted(word for word in words if word.isalpha() and fused_split(word, code) is not None)
        print(f"{code}: {len(words)} words, {len(split)} would be split", *split[:50])


if __name__ == "__main__":
    main()
