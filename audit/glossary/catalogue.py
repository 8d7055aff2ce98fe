"""The glossaries in force for one configuration: shipped ones, then user files layered over them.

A user entry with the same full id (`<lang>/<topic>/<id>`) replaces the shipped one, and a user entry
that claims a shipped variant (or calls a shipped preferred form wrong) takes it from the shipped entry:
the user's glossary wins, as typos' and Vale's configurations do. Compiled sets
are cached per process by the configuration fields that decide them (glossary paths and whether the
shipped ones are on), so a run over many files compiles once.

A check run does not replay the examples of the shipped glossaries: they are fixed per release and
`glossary lint`/`glossary test` (run by the test suite) replay them, while replaying them on every
run cost about 40 % of the load that a one-file pre-commit run pays. User files keep every check: a
user glossary whose examples contradict its entries still stops the run (exit 2).
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import NamedTuple

from audit.cache import cached
from audit.config import Config
from audit.errors import GlossaryError
from audit.glossary.loader import glossary_files, read_glossary
from audit.glossary.matcher import Match, Matcher, PatternBudget
from audit.glossary.media_context import ArticleWords
from audit.glossary.model import ANY, Entry, Glossary, Kind
from audit.glossary.tokens import key
from audit.glossary.validation import check_entry, check_rewrites, check_together
from audit.resources import shipped_glossaries_dir


@dataclass(frozen=True)
class GlossarySet:
    """All glossary entries in force for one configuration, with their compiled matchers."""

    glossaries: tuple[Glossary, ...] = ()
    entries: tuple[Entry, ...] = ()
    digest: str = ""
    # Where the set came from, so the self-test can run the engine with the same glossaries.
    paths: tuple[Path, ...] = ()
    default_glossaries: bool = True
    # The files of a set that `load_glossaries` keeps in the disk cache: its tables are kept there too,
    # one entry per language, so that a check reads those of its article's languages only (issue 9).
    # Empty: tables are built in memory.
    cache_inputs: tuple[Path, ...] = field(default=(), compare=False, repr=False)
    _tables: dict[str, _LanguageTables] = field(default_factory=dict, compare=False, repr=False)

    def of_kind(self, kind: Kind) -> Iterator[Entry]:
        return (entry for entry in self.entries if entry.kind is kind)

    def find(
        self,
        text: str,
        language: str,
        offset: int = 0,
        budget: PatternBudget | None = None,
        article: ArticleWords | None = None,
    ) -> list[Match]:
        """Substitution matches in `text` for a paragraph in `language` (its entries and `any`);
        `article` holds the words of the whole article (titles read their country there)."""
        return self._tables_of(language).matcher.find(text, language, offset, budget, article)

    def find_existence(self, text: str, offset: int = 0) -> list[Match]:
        """Existence (boilerplate) matches of every language: page furniture is not prose, so a French
        comment prompt left in an English article is still furniture."""
        return self._tables_of(Kind.EXISTENCE).matcher.find(text, "", offset)

    def _tables_of(self, language: str) -> _LanguageTables:
        tables = self._tables.get(language)
        if tables is None:
            build = partial(self._built_tables, language)
            if self.cache_inputs:
                tables = cached(f"glossary-{language}", self.cache_inputs, build, _SharedEntries(self.entries))
            else:
                tables = build()
            self._tables[language] = tables
        return tables

    def _built_tables(self, language: str) -> _LanguageTables:
        if language == Kind.EXISTENCE:
            existence = Matcher(self.of_kind(Kind.EXISTENCE), protect_preferred=False)
            return _LanguageTables(existence, frozenset(), (), frozenset(), {})
        scope = {language, ANY}
        substitutions = [entry for entry in self.of_kind(Kind.SUBSTITUTION) if entry.language in scope]
        people = [entry for entry in substitutions if entry.topic == "people" and entry.preferred]
        names = [entry.preferred or "" for entry in people]
        people_words: dict[str, set[str]] = {}
        for name in names:
            for word in key(name):
                people_words.setdefault(word, set()).add(name)
        return _LanguageTables(
            matcher=Matcher(substitutions),
            repeats=frozenset(
                (entry.preferred or "").casefold() for entry in self.of_kind(Kind.NAMES) if entry.language in scope
            ),
            people=tuple(names),
            people_keys=frozenset(
                key(spelling) for entry in people for spelling in (entry.preferred or "", *entry.variants)
            ),
            people_words=people_words,
        )

    def without_examples(self) -> GlossarySet:
        """This set with its entries' examples dropped: a check never reads them (`glossary test` and
        `glossary lint` read the files through `build`), and they were a third of what every run
        loads from the disk cache."""
        bare = {id(entry): entry._replace(examples=()) for entry in self.entries}
        for glossary in self.glossaries:
            for entry in glossary.entries:
                bare.setdefault(id(entry), entry._replace(examples=()))
        glossaries = tuple(
            glossary._replace(entries=tuple(bare[id(entry)] for entry in glossary.entries))
            for glossary in self.glossaries
        )
        return replace(self, glossaries=glossaries, entries=tuple(bare[id(entry)] for entry in self.entries))

    def legitimate_repeats(self, language: str) -> frozenset[str]:
        """Case-folded names that legitimately repeat a word ("abdullah abdullah", "boutros boutros-ghali"),
        from the `names` glossaries of `language` and `any`: `duplicated-name` must leave them alone."""
        return self._tables_of(language).repeats

    def house_spelling(self, token: str, language: str) -> str | None:
        """The preferred form of the one substitution entry of a `people` topic (in `language` or `any`)
        whose preferred name contains `token` as a whole word, e.g. "Mujahid" → "Zabihullah Mujahid";
        None when no entry or more than one does."""
        wanted = key(token)
        if len(wanted) != 1:
            return None
        found = self._tables_of(language).people_words.get(wanted[0], set())
        return next(iter(found)) if len(found) == 1 else None

    def people_spellings(self, language: str) -> tuple[tuple[str, ...], frozenset[tuple[str, ...]]]:
        """The preferred names of the `people` entries in `language` or `any`, and the matcher key of
        every spelling they list (preferred and variants)."""
        tables = self._tables_of(language)
        return tables.people, tables.people_keys


class _LanguageTables(NamedTuple):
    """What the rules ask of the entries of one language and `any`, built and cached together: the
    substitution matcher (for Kind.EXISTENCE, the existence matcher and nothing else), the names that
    legitimately repeat a word (`duplicated-name`), and the `people` entries' preferred names, the
    matcher keys of all their spellings and each word of a preferred name → the names holding it
    (`name-variant`, `name-misspelling`)."""

    matcher: Matcher
    repeats: frozenset[str]
    people: tuple[str, ...]
    people_keys: frozenset[tuple[str, ...]]
    people_words: dict[str, set[str]]


class _SharedEntries:
    """pickle for a set's matcher that writes each of the set's entries as its place in `entries` and
    reads it back as the set's own object: the matchers of seven languages would otherwise each carry a
    copy of their entries, and the set's entry (all matchers in one) cost a one-article check 15 ms."""

    __name__ = "pickle"

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self._entries = entries

    def dumps(self, value: object) -> bytes:
        places = {id(entry): place for place, entry in enumerate(self._entries)}
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
        pickler.persistent_id = lambda item: places.get(id(item)) if isinstance(item, Entry) else None  # type: ignore[method-assign]
        pickler.dump(value)
        return buffer.getvalue()

    def loads(self, data: bytes) -> object:
        unpickler = pickle.Unpickler(io.BytesIO(data))
        unpickler.persistent_load = self._entry  # type: ignore[method-assign]
        return unpickler.load()

    def _entry(self, place: int) -> Entry:
        if not 0 <= place < len(self._entries):
            raise pickle.UnpicklingError(f"no entry {place}")  # another set's matcher: built again
        return self._entries[place]


def load_glossaries(config: Config) -> GlossarySet:
    """The glossaries a configuration puts in force; raise GlossaryError on the first problem."""
    paths = tuple(Path(path).resolve() for path in config.glossaries)
    return _load(paths, config.default_glossaries)


@lru_cache(maxsize=16)
def _load(paths: tuple[Path, ...], default_glossaries: bool) -> GlossarySet:
    def checked() -> GlossarySet:
        glossary_set, problems = build(paths, default_glossaries, shipped_examples=False)
        if problems:
            more = f" (and {len(problems) - 1} more: run `mtaudit glossary lint`)" if len(problems) > 1 else ""
            raise GlossaryError(problems[0] + more)
        return replace(glossary_set.without_examples(), cache_inputs=inputs)

    shipped = [path for path, _ in glossary_files(shipped_glossaries_dir())] if default_glossaries else []
    inputs = (*shipped, *paths)
    return cached("glossaries", inputs, checked)


def build(
    paths: Iterable[Path], default_glossaries: bool = True, shipped_examples: bool = True
) -> tuple[GlossarySet, list[str]]:
    """Read shipped (when on) then user glossaries; return the set and every problem found.

    `shipped_examples=False` trusts the examples of the shipped files (see the module docstring)."""
    paths = tuple(paths)
    read: list[_Read] = []
    if default_glossaries:
        shipped = glossary_files(shipped_glossaries_dir())
        read += _read_shipped(tuple(shipped)) if not shipped_examples else _read_checked(shipped, examples=True)
    read += _read_checked([(path, None) for path in paths], examples=True)
    problems: list[str] = []
    glossaries: list[Glossary] = []
    in_force: dict[str, Entry] = {}
    digest = hashlib.sha256()
    for path, glossary, file_problems, checked in read:
        problems.extend(file_problems)
        if glossary is None:
            continue
        digest.update(path.read_bytes())
        glossaries.append(glossary)
        for entry, entry_problems in checked:
            problems.extend(entry_problems)
            if not entry_problems:
                # A later file's entry with the same full id replaces the earlier one (user over shipped).
                in_force.pop(entry.full_id, None)
                in_force[entry.full_id] = entry
    shipped_entries = [entry for entry in in_force.values() if entry.source not in paths]
    users = [entry for entry in in_force.values() if entry.source in paths]
    entries = (*_yield_to(shipped_entries, users), *users)
    problems.extend(check_together(entries))
    problems.extend(check_rewrites(entries, entries if shipped_examples else users))
    return GlossarySet(tuple(glossaries), entries, digest.hexdigest()[:16], paths, default_glossaries), problems


class _Read(NamedTuple):
    """One glossary file as read: the glossary (None when unreadable), the file's problems, and each
    entry with the problems its own checks found."""

    path: Path
    glossary: Glossary | None
    problems: list[str]
    checked: list[tuple[Entry, list[str]]]


def _read_checked(sources: Iterable[tuple[Path, str | None]], examples: bool) -> list[_Read]:
    read = []
    for path, folder_language in sources:
        glossary, problems = read_glossary(path, folder_language)
        entries = glossary.entries if glossary is not None else ()
        checked = [(entry, check_entry(entry, examples=examples)) for entry in entries]
        read.append(_Read(path, glossary, problems, checked))
    return read


def _read_shipped(sources: tuple[tuple[Path, str], ...]) -> list[_Read]:
    """The shipped files read and checked without their examples, from the disk cache: a run with a
    user glossary that was just edited then checks only that file, not the thousand shipped patterns
    again (compiling them took five seconds of every such run)."""
    return cached("shipped-glossaries", [path for path, _ in sources], partial(_read_checked, sources, False))


def _yield_to(shipped: Iterable[Entry], users: Iterable[Entry]) -> Iterator[Entry]:
    """The shipped entries with what the user's entries claim taken out: the user's glossary wins.

    A shipped variant the user lists as a variant or as a preferred form is dropped from the shipped
    entry; a shipped entry whose preferred form the user calls wrong is dropped whole (issue 11, item 2:
    the README's house glossary respells a name the shipped people list already knows).
    """
    claimed: dict[str, set[tuple[str, ...]]] = {}
    rejected: dict[str, set[tuple[str, ...]]] = {}
    for entry in users:
        if entry.kind is Kind.NAMES:
            continue
        claimed.setdefault(entry.language, set()).update(key(variant) for variant in entry.variants)
        rejected.setdefault(entry.language, set()).update(key(variant) for variant in entry.variants)
        if entry.preferred:
            claimed[entry.language].add(key(entry.preferred))
    for entry in shipped:
        scopes = set(claimed) if entry.language == ANY else {entry.language, ANY}
        taken = set().union(*(claimed.get(scope, set()) for scope in scopes))
        wrong = set().union(*(rejected.get(scope, set()) for scope in scopes))
        if entry.kind is Kind.NAMES or not taken:
            yield entry
        elif entry.kind is Kind.SUBSTITUTION and entry.preferred and key(entry.preferred) in wrong:
            continue
        else:
            variants = tuple(variant for variant in entry.variants if key(variant) not in taken)
            if variants or entry.pattern is not None:
                yield entry if variants == entry.variants else entry._replace(variants=variants)
