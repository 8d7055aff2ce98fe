"""Patterns read back from the store (audit/pattern_store.py) match exactly as freshly compiled ones."""

from __future__ import annotations

import gc
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from audit import pattern_store
from audit.prose import LazyPattern

# Prose in several scripts, with the marks, quotes, numbers and spacing the rules' patterns look at.
TEXTS = [
    "Dr. Li arrived at 10.30 a.m. on Monday.She left. “Why?” he asked , and the the talks ended.",
    "Le ministre l’a dit : « Oui ! » Les 12 300 euros ont été versés.Ensuite, M. Dupont est parti.",
    "Die Bundesregierung (BMF) teilte mit,dass 2,5 Mrd. Euro fehlen; z.B. in Köln .",
    "Министр прибыл в понедельник, 3 марта. 東京で会議が開かれた。 وصل الوزير يوم الاثنين",
    "Nawaz Sharif and Maryam Nawaz toured twenty-three districts—“painful but manageable,”",
]


def _every_lazy_pattern() -> list[LazyPattern]:
    import audit.rules  # noqa: F401 - the rules' modules create most patterns at import

    return [item for item in gc.get_objects() if isinstance(item, LazyPattern)]


def _matches(pattern: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text)]


def test_a_pickled_pattern_matches_as_the_compiled_one() -> None:
    patterns = _every_lazy_pattern()
    assert len(patterns) > 20
    for lazy in patterns:
        fresh = regex.compile(lazy.source)
        stored = pickle.loads(pickle.dumps(fresh))
        assert (stored.pattern, stored.flags, stored.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        for text in TEXTS:
            assert _matches(stored, text) == _matches(fresh, text), lazy.source


@pytest.fixture
def empty_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pattern_store, "_patterns", None)
    monkeypatch.setattr(pattern_store, "_grown", False)
    monkeypatch.setattr(pattern_store.atexit, "register", lambda function: None)


@pytest.mark.usefixtures("empty_store")
def test_a_later_run_reads_the_patterns_an_earlier_one_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    first = pattern_store.compiled(r"(?<!\p{L})\p{Lu}\p{Ll}+", regex.IGNORECASE)
    pattern_store._write_back()
    monkeypatch.setattr(pattern_store, "_patterns", None)  # a new process

    def refuse(*arguments: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(regex, "compile", refuse)
    again = pattern_store.compiled(r"(?<!\p{L})\p{Lu}\p{Ll}+", regex.IGNORECASE)
    assert again is not first and _matches(again, TEXTS[1]) == _matches(first, TEXTS[1])


@pytest.mark.usefixtures("empty_store")
def test_an_invalid_pattern_raises_and_is_not_stored() -> None:
    with pytest.raises(regex.error):
        pattern_store.compiled(r"(unclosed")
    assert pattern_store._patterns == {}


@pytest.mark.usefixtures("empty_store")
def test_the_store_stops_growing_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_store, "MAX_PATTERNS", 2)
    for word in ("one", "two", "three"):
        assert pattern_store.compiled(word).search(f"a {word}")
    assert len(pattern_store._patterns or {}) == 2


def test_pattern_sources_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # A source built from a set in its iteration order would be a new store entry in every process:
    # compiled again by every run (12 ms for two patterns), and the store grown by every run.
    cited = "The daily newspaper Morning Star reported it, the agency said."
    script = (
        "import gc\n"
        "from audit import pattern_store\n"
        "from audit.engine import audit_text\n"
        "from audit.markup import Markup\n"
        "from audit.prose import LazyPattern\n"
        f"audit_text({TEXTS!r}[0] + '\\n\\n' + {TEXTS!r}[1] + '\\n\\n' + {TEXTS!r}[2] + '\\n\\n' + {cited!r},"
        " markup=Markup.MARKDOWN)\n"
        "print(sorted(item.source for item in gc.get_objects() if isinstance(item, LazyPattern)))\n"
        "print(sorted(pattern_store._loaded()))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "MTAUDIT_CACHE_DIR": str(tmp_path / seed)},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
