"""The disk cache of built data (audit/cache.py): it saves time and never changes a result."""

from __future__ import annotations

import marshal
import os
import pickle
from pathlib import Path

import pytest

from audit.cache import KEPT_PER_KIND, cached
from tests.conftest import run_cli


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(cache))
    return cache


class Builder:
    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_a_second_run_reads_what_the_first_built(folder: Path, tmp_path: Path) -> None:
    data = tmp_path / "data.toml"
    data.write_text("a = 1\n", encoding="utf-8")
    build = Builder({"a": [1.0, 0.0]})
    assert cached("kind", [data], build) == {"a": [1.0, 0.0]}
    assert cached("kind", [data], build) == {"a": [1.0, 0.0]}
    assert build.calls == 1
    assert [path.suffix for path in folder.iterdir()] == [".pickle"]


def test_changed_input_bytes_build_again(folder: Path, tmp_path: Path) -> None:
    data = tmp_path / "data.toml"
    data.write_text("a = 1\n", encoding="utf-8")
    assert cached("kind", [data], Builder("one")) == "one"
    data.write_text("a = 2\n", encoding="utf-8")
    assert cached("kind", [data], Builder("two")) == "two"


@pytest.mark.parametrize("serializer", [pickle, marshal])
def test_a_damaged_entry_is_built_again(folder: Path, tmp_path: Path, serializer: object) -> None:
    data = tmp_path / "data.toml"
    data.write_text("a = 1\n", encoding="utf-8")
    cached("kind", [data], Builder([1, 2, 3]), serializer)  # type: ignore[arg-type]
    [entry] = folder.iterdir()
    entry.write_bytes(entry.read_bytes()[:5])
    build = Builder([1, 2, 3])
    assert cached("kind", [data], build, serializer) == [1, 2, 3]  # type: ignore[arg-type]
    assert build.calls == 1


def test_errors_are_raised_and_never_stored(folder: Path, tmp_path: Path) -> None:
    def broken() -> object:
        raise ValueError("bad data")

    with pytest.raises(ValueError, match="bad data"):
        cached("kind", [], broken)
    assert not folder.exists() or not list(folder.iterdir())


def test_a_folder_that_cannot_be_written_costs_nothing_but_time(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", str(blocker / "cache"))
    assert cached("kind", [], Builder(7)) == 7


def test_an_empty_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MTAUDIT_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build = Builder(1)
    cached("kind", [], build)
    cached("kind", [], build)
    assert build.calls == 2
    assert not list(tmp_path.iterdir())


def test_only_the_newest_entries_of_a_kind_are_kept(folder: Path, tmp_path: Path) -> None:
    for number in range(KEPT_PER_KIND + 3):
        data = tmp_path / f"data-{number}.toml"
        data.write_text(str(number), encoding="utf-8")
        cached("kind", [data], Builder(number))
    cached("other", [], Builder("x"))
    names = [path.name for path in folder.iterdir()]
    assert sum(name.startswith("kind-") for name in names) == KEPT_PER_KIND
    assert sum(name.startswith("other-") for name in names) == 1


def test_the_cli_reports_the_same_cold_warm_and_without_cache(tmp_path: Path) -> None:
    """A house glossary edited between two runs takes effect at once: its bytes are in the key."""
    article = tmp_path / "a.md"
    article.write_text("The minister met Mr Smithe in Paris. The the talks were long.\n", encoding="utf-8")
    glossary = tmp_path / "house.toml"
    glossary.write_text(
        '[glossary]\nlanguage = "en"\ndescription = "House"\n\n[[entry]]\nid = "smith"\npreferred = "Smith"\n'
        'variants = ["Smithe"]\nfix = "safe"\n\n[[entry.example]]\nbad = "Mr Smithe said."\nfixed = "Mr Smith said."\n\n[[entry.example]]\ngood = "Mr Smith said."\n',
        encoding="utf-8",
    )
    env = {"MTAUDIT_CACHE_DIR": str(tmp_path / "cache")}
    runs = [run_cli("check", "--glossary", str(glossary), str(article), env=env) for _ in range(2)]
    runs.append(run_cli("check", "--glossary", str(glossary), str(article), env={"MTAUDIT_CACHE_DIR": ""}))
    assert len({(run.returncode, run.stdout) for run in runs}) == 1, [run.stdout for run in runs]
    assert b"Smith" in runs[0].stdout
    assert {path.name.split("-")[0] for path in (tmp_path / "cache").iterdir()} >= {"glossaries", "languages"}
    glossary.write_text(glossary.read_text(encoding="utf-8").replace("Smithe", "Smyth"), encoding="utf-8")
    edited = run_cli("check", "--glossary", str(glossary), str(article), env=env)
    assert b"Smith" not in edited.stdout.replace(b"Smithe", b"")


def test_an_edited_module_of_the_package_makes_other_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The code's signature reads sizes and modification times, as Python's bytecode cache does: an edit
    # that keeps the size still moves the time, and either makes the entries of the old code unread.
    import os

    import audit.cache

    module = tmp_path / "rules" / "rule.py"
    module.parent.mkdir()
    module.write_text("LIMIT = 1\n", encoding="utf-8")
    monkeypatch.setattr(audit.cache, "_PACKAGE", tmp_path)
    signature = audit.cache._code_digest.__wrapped__
    before = signature()
    assert signature() == before
    os.utime(module, ns=(module.stat().st_atime_ns, module.stat().st_mtime_ns + 1_000_000))
    touched = signature()
    module.write_text("LIMIT = 22\n", encoding="utf-8")
    assert len({before, touched, signature()}) == 3


@pytest.fixture
def shipped_and_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A file in a shipped data folder and a user's file, with the same bytes; no signature kept."""
    import audit.cache

    shipped, user = tmp_path / "languages" / "en" / "ui.toml", tmp_path / "mine" / "ui.toml"
    for path in (shipped, user):
        path.parent.mkdir(parents=True)
        path.write_text('share = ["Share"]\n', encoding="utf-8")
    monkeypatch.setattr(audit.cache, "_shipped_folders", lambda: frozenset({tmp_path / "languages"}))
    monkeypatch.setattr(audit.cache, "_released_digests", {})
    return shipped, user


def test_shipped_data_is_signed_by_size_and_time_and_a_users_file_by_its_bytes(
    shipped_and_user: tuple[Path, Path],
) -> None:
    import os

    import audit.cache

    shipped, user = shipped_and_user
    before = {path: audit.cache._digest([path]) for path in (shipped, user)}
    for path in (shipped, user):
        times = (path.stat().st_atime_ns, path.stat().st_mtime_ns)
        path.write_text('share = ["Parta"]\n', encoding="utf-8")
        os.utime(path, ns=times)  # same size, same time: only the bytes differ
    assert audit.cache._digest([shipped]) == before[shipped]
    assert audit.cache._digest([user]) != before[user]


def test_released_files_are_signed_once_per_process_and_a_users_file_every_time(
    shipped_and_user: tuple[Path, Path],
) -> None:
    import audit.cache

    shipped, user = shipped_and_user
    first = audit.cache._digest([shipped])
    shipped.write_text('share = ["Share", "Teilen"]\n', encoding="utf-8")  # a release does not change in a run
    assert audit.cache._digest([shipped]) == first
    mixed = audit.cache._digest([shipped, user])
    user.write_text('share = ["Parta"]\n', encoding="utf-8")
    assert audit.cache._digest([shipped, user]) != mixed


_BUILDER_MODULE = """
import os
import sys
from pathlib import Path

from audit.cache import cached

if __name__ == "__main__":
    cached("probe", [Path(sys.argv[0]).with_name("probe_input.txt")], lambda: {"built by": os.getpid()})
"""


@pytest.fixture
def builder_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A module whose `python -m` run stores the "probe" entry, importable by a child interpreter."""
    (tmp_path / "probe_builder.py").write_text(_BUILDER_MODULE, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")])))
    data = tmp_path / "probe_input.txt"
    data.write_text("probe\n", encoding="utf-8")
    return data


def test_a_missing_entry_with_a_builder_is_built_in_a_fresh_interpreter(folder: Path, builder_module: Path) -> None:
    build = Builder({"built by": os.getpid()})
    value = cached("probe", [builder_module], build, builder="probe_builder")
    assert value["built by"] != os.getpid()  # type: ignore[index]
    assert build.calls == 0
    assert cached("probe", [builder_module], build, builder="probe_builder") == value


def test_a_builder_that_fails_leaves_the_build_to_this_process(folder: Path, builder_module: Path) -> None:
    build = Builder({"built by": os.getpid()})
    assert cached("probe", [builder_module], build, builder="no_such_module_here") == {"built by": os.getpid()}
    assert build.calls == 1
