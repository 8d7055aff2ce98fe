"""Patterns read back from the store (audit/pattern_store.py) match exactly as freshly compiled ones."""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from audit import pattern_store
from audit.prose import FleetingPattern, LazyPattern
from tests.conftest import cache_without

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


@pytest.fixture
def empty_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(pattern_store, "_stored", None)
    monkeypatch.setattr(pattern_store, "_built", {})
    monkeypatch.setattr(pattern_store, "_grown", False)
    monkeypatch.setattr(pattern_store, "_registered", False)
    monkeypatch.setattr(pattern_store.atexit, "register", lambda function: None)


def _as_a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern_store.write_back()
    monkeypatch.setattr(pattern_store, "_stored", None)
    monkeypatch.setattr(pattern_store, "_built", {})


def _refuse_to_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*arguments: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(regex, "compile", refuse)


@pytest.mark.usefixtures("empty_store")
def test_a_stored_pattern_matches_as_the_compiled_one(monkeypatch: pytest.MonkeyPatch) -> None:
    sources = sorted({lazy.source for lazy in _every_lazy_pattern()})
    assert len(sources) > 20
    fresh = {source: regex.compile(source) for source in sources}
    for source in sources:
        pattern_store.compiled(source)
    _as_a_new_process(monkeypatch)
    _refuse_to_parse(monkeypatch)
    for source in sources:
        stored = pattern_store.compiled(source)
        assert (stored.pattern, stored.flags, stored.groupindex) == (
            source,
            fresh[source].flags,
            fresh[source].groupindex,
        )
        for text in TEXTS:
            assert _matches(stored, text) == _matches(fresh[source], text), source


def test_the_flags_named_without_the_library_are_its_flags() -> None:
    assert (pattern_store.IGNORECASE, pattern_store.VERSION1) == (regex.IGNORECASE, regex.VERSION1)


@pytest.mark.usefixtures("empty_store")
def test_a_later_run_reads_the_patterns_an_earlier_one_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    first = pattern_store.compiled(r"(?<!\p{L})\p{Lu}\p{Ll}+", regex.IGNORECASE)
    _as_a_new_process(monkeypatch)
    _refuse_to_parse(monkeypatch)
    again = pattern_store.compiled(r"(?<!\p{L})\p{Lu}\p{Ll}+", regex.IGNORECASE)
    assert again is not first and _matches(again, TEXTS[1]) == _matches(first, TEXTS[1])


@pytest.mark.usefixtures("empty_store")
def test_an_invalid_pattern_raises_and_is_not_stored() -> None:
    with pytest.raises(regex.error):
        pattern_store.compiled(r"(unclosed")
    assert pattern_store._stored == {}


@pytest.mark.usefixtures("empty_store")
def test_the_store_stops_growing_at_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_store, "MAX_PATTERNS", 2)
    for word in ("one", "two", "three"):
        assert pattern_store.compiled(word).search(f"a {word}")
    assert len(pattern_store._stored or {}) == 2


@pytest.mark.usefixtures("empty_store")
def test_a_pattern_compiled_for_the_store_is_not_also_held_by_the_library() -> None:
    # regex keeps its last 500 compiled patterns alive: a cold corpus run held 500 glossary patterns
    # that `recent` had dropped (3 MB of the 200-article bench's cold peak, issue 9).
    regex.purge()
    words = [f"held{number}" for number in range(5)]
    sources = [rf"(?<!\p{{L}}){word}\b" for word in words]
    for word, source in zip(words, sources, strict=True):
        assert pattern_store.recent(source).search(f"a {word} b")
    pattern_store.recent.cache_clear()
    held = sys.modules[regex.compile.__module__]._cache
    assert not [key for key in held if key[0] in sources]


@pytest.mark.usefixtures("empty_store")
def test_only_the_recent_patterns_are_kept_and_a_dropped_one_is_built_from_the_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pattern_store.recent.cache_clear()
    sources = [rf"(?<!\p{{L}})word{number}\b" for number in range(pattern_store.RECENT_PATTERNS + 1)]
    first = FleetingPattern(sources[0])
    kept = first.compiled
    assert first.compiled is kept and first.search("a word0 b")
    for source in sources[1:]:
        FleetingPattern(source).search("word")
    assert pattern_store.recent.cache_info().currsize == pattern_store.RECENT_PATTERNS
    _refuse_to_parse(monkeypatch)
    again = first.compiled  # the oldest was dropped: built again, from the store
    assert again is not kept and _matches(again, "a word0 b word01") == _matches(kept, "a word0 b word01")
    pattern_store.recent.cache_clear()


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
    # One snapshot of the suite's cache for the three runs: copied once per run, other workers' writes
    # between the copies gave the runs different tables, and so different patterns to compile.
    snapshot = cache_without(tmp_path / "snapshot", pattern_store._KIND)
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={
                **os.environ,
                "PYTHONHASHSEED": seed,
                "MTAUDIT_CACHE_DIR": str(shutil.copytree(snapshot, tmp_path / seed)),
            },
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def _python(script: str, cache: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "MTAUDIT_CACHE_DIR": str(cache)},
    )


def test_a_run_whose_patterns_are_stored_loads_regex_engine_alone(tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text("\n\n".join(TEXTS) + "\n", encoding="utf-8")
    script = (
        "import sys\n"
        "from audit.cli import main\n"
        "try:\n"
        "    main(['check', sys.argv[1]])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(name for name in sys.modules if name.startswith('regex')), file=sys.stderr)\n"
    )
    cache = cache_without(tmp_path / "cache", pattern_store._KIND)
    first = _python(script, cache, str(article))
    second = _python(script, cache, str(article))
    assert "missing-space" in first.stdout and second.stdout == first.stdout
    assert "'regex._regex_core'" in first.stderr
    assert second.stderr.splitlines()[-1] == "['regex._regex']"


def test_a_pattern_built_by_the_engine_alone_serves_every_use(tmp_path: Path) -> None:
    # Replacement templates are compiled by the package's Python code, which the engine imports on
    # demand; a later `import regex` reuses the engine already loaded.
    script = (
        "import sys\n"
        "from audit import pattern_store\n"
        "swap = pattern_store.compiled(r'(\\w+)-(\\w+)')\n"
        "loaded = 'regex._regex_core' in sys.modules\n"
        "swapped = swap.sub(r'\\2-\\1', 'ab-cd')\n"
        "import regex\n"
        "print(loaded, swapped, sys.modules['regex._main']._regex is sys.modules['regex._regex'],"
        " type(regex.compile('x')) is type(swap))\n"
    )
    _python(script, tmp_path / "cache")
    assert _python(script, tmp_path / "cache").stdout.split() == ["False", "cd-ab", "True", "True"]
