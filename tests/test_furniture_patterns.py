"""The furniture detector's patterns are `regex` patterns compiled on first use (audit/prose.py
LazyPattern, kept in the pattern store) where they were `re` patterns compiled at import: on every line
of the dirty, clean and furniture corpora, and on lines written to tempt their differences, each one
matches, searches and splits exactly as `re` did."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from audit import furniture, furniture_line, furniture_piece, furniture_print, furniture_stamp, ui_lexicon
from audit.prose import LazyPattern

ROOT = Path(__file__).parent
MODULES = (furniture, furniture_line, furniture_piece, furniture_print, furniture_stamp, ui_lexicon)
# Lines that tempt what tells the engines apart: Unicode digits and spaces, combining-free accents, a
# no-break space, tabs, brackets and the separators the patterns cut on.
TEMPTING = (
    "Home › Welt › Europa",
    "12:45 / 03:10",
    "٣ + ٤ ؟",
    "Bild 1 von 6 – Wischen für mehr",
    "JPEG - 41,2 ko",
    "A-\u00a0A+\tA",
    "Photo 2/9 | Swipe for more",
    "— Jane Doe (@janedoe) March 3, 2026",
    "Dow 38 912,40 ▲ 0,31 %",
    "{{ author_name }} · %1$s · ${user.name} · __TITLE__ · %s",
    "« Article précédent : Les trams reviennent",
    "Report a typo: Ctrl+Enter",
    "Fotogallery (12 foto) ›",
    "Le Caire 27° ☀ | Alexandrie 24° ⛅",
    "Editor in charge： Zhang Lei",
    "Publié le 14/11/2026 à 09h12, mis à jour à 18 h",
)


def _python_patterns() -> list[tuple[str, LazyPattern]]:
    """Every LazyPattern of the furniture modules that `re` compiles (the others use `regex` classes
    such as \\p{L} and never were `re` patterns)."""
    found = []
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):
                try:
                    re.compile(value.source)
                except re.error:
                    continue
                found.append((f"{module.__name__}.{name}", value))
    return found


@cache  # the corpora's lines hold a few thousand distinct characters among millions
def _word_character_agrees(character: str) -> bool:
    """True when `re` and `regex` agree on whether `character` is a word character and a space.

    They disagree by design on a few: `regex` follows Unicode's definition of a word (marks and joiners
    are inside one, "नमस्ते", "ⓒ"; superscript digits are not), `re` follows `str.isalnum` (the
    opposite for each). The dirty corpus holds some of them (Hindi names, "m²", mojibake "Ã³"); the
    findings over the corpora are the same with either engine (checked when the patterns moved).
    """
    import regex

    return (character.isalnum() or character == "_") == bool(regex.match(r"\w", character)) and (
        character.isspace() == bool(regex.match(r"\s", character))
    )


def _lines() -> list[str]:
    lines = set(TEMPTING)
    for folder in ("dirty", "clean", "furniture"):
        for path in (ROOT / folder).rglob("*.md"):
            lines.update(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return sorted(line for line in lines if all(map(_word_character_agrees, set(line))))


PATTERNS = _python_patterns()
LINES = _lines()
# One line in five, for the searches over a whole text (a lazy pattern tried at every offset of the
# corpora costs seconds); every line is matched whole.
TEXT = "\n".join(LINES[::5])


def test_the_furniture_modules_compile_no_pattern_at_import() -> None:
    for module in MODULES:
        compiled = [name for name, value in vars(module).items() if isinstance(value, re.Pattern)]
        assert compiled == [], module.__name__
    assert len(PATTERNS) >= 30
    assert len(LINES) > 4000  # the corpora, less the lines holding a character the engines read apart


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_each_pattern_matches_as_re_did(name: str, pattern: LazyPattern) -> None:
    import regex

    # Every match over a sample of the corpora in one search (line by line: "^" and "$" at each line's ends) …
    old, new = re.compile(pattern.source, re.MULTILINE), regex.compile(pattern.source, regex.MULTILINE)
    assert [(match.span(), match.groups()) for match in new.finditer(TEXT)] == [
        (match.span(), match.groups()) for match in old.finditer(TEXT)
    ], name
    assert new.split(TEXT) == old.split(TEXT), name
    # … and each line matched whole, as the detector judges a line.
    old, new = re.compile(pattern.source), pattern.compiled
    assert [bool(new.fullmatch(line)) for line in LINES] == [bool(old.fullmatch(line)) for line in LINES], name
