"""The literal pieces a glossary pattern cannot match without, so a paragraph lacking them skips it.

Why: each `pattern` entry costs a compile (≈0.5 ms in `regex`'s pure-Python parser, a tenth of a
one-file run for the shipped set) and a search per paragraph, while almost every paragraph holds none
of the words the pattern is about ("Islamic Consultative Assembly"). Reading the pattern's required
literals once lets the matcher compile and run only the patterns whose words the text contains: the
idea behind ripgrep's and RE2's literal prefilters. The reading is conservative: when a construct is
not understood (inline flags, conditionals, fuzzy matching) the answer is None and the pattern always
runs, so skipping never changes a result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

# A required piece shorter than this ("ago", "Ab", " ") is in most text: a screen that looks for it in
# front of many patterns at once would let nearly every line through, so its pattern is left out.
MIN_SCREEN_PIECE = 4
# Requirements an alternation's branches combine into at most (`required_clauses`); past it, one union.
MAX_CLAUSES = 64
# `regex` with IGNORECASE matches İ with i and ı with I, which casefold() keeps apart.
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})
_ZERO_WIDTH_ESCAPES = frozenset("bBAZzGmM")
_CLASS_ESCAPES = frozenset("dDwWsShHvVXRtnrfae")
_HEX_DIGITS = {"x": 2, "u": 4, "U": 8}


def fold(text: str) -> str:
    """Text folded so that every pair of characters `regex` matches case-insensitively is equal.

    >>> fold("İSTANBUL Straße") == fold("istanbul STRASSE")
    True
    """
    if "\u0130" in text or "\u0131" in text:  # a translate through a dict is slow: only when needed
        text = text.translate(_DOTTED_I)
    return text.casefold()


class _Unreadable(Exception):
    """A construct this reader does not model; the pattern then always runs."""


class _Item(NamedTuple):
    kind: str  # "char", "group", "zero" (zero-width) or "other" (consumes text we cannot name)
    least: int = 1  # fewest repetitions the quantifier allows
    repeats: bool = False  # whether the quantifier allows more than one
    char: str = ""
    branches: tuple[tuple[_Item, ...], ...] = ()


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings of which every match of `pattern` contains at least one, or None when unknown.

    >>> sorted(required_literals(r"\\bHaus(es)? der Repräsentanten\\b"))
    [' der Repräsentanten']
    >>> sorted(required_literals(r"\\bfoo\\b|(?<=x)bar+"))
    ['bar', 'foo']
    >>> required_literals(r"(?i)anything") is None
    True
    """
    branches = _branches(pattern)
    return None if branches is None else _union(branches, _of_sequence)


def required_clauses(pattern: str) -> tuple[frozenset[str], ...] | None:
    """Every requirement of `pattern`'s sequence, each a set of strings one of which every match holds:
    a text must meet them all. One requirement screens a pattern out of most text ("aplicar para" needs
    " para "), all of them out of nearly all ("aplic" too), so the search runs far less. For an
    alternation, its one union (`required_literals`); None when unknown.

    An alternation requires, for each way of taking one requirement from every branch, one of those:
    "Haus der Lords|Kammer der Lords" needs "Lords" either way. The most selective come first
    (longest shortest member), so a text is ruled out soonest.

    >>> [sorted(clause) for clause in required_clauses(r"\\baplic(?:ar|ó) para (?=un)")]
    [[' para '], ['aplic'], ['ar', 'ó']]
    >>> [sorted(clause) for clause in required_clauses(r"Haus der Lords|Kammer der Lords")]
    [['Haus der Lords', 'Kammer der Lords']]
    """
    branches = _branches(pattern)
    if branches is None:
        return None
    each = [_requirements(branch) for branch in branches]
    if not all(each):
        return None
    clauses: set[frozenset[str]] = {frozenset()}
    for requirements in each:
        if len(clauses) * len(requirements) > MAX_CLAUSES:
            union = _union(branches, _of_sequence)
            return None if union is None else (union,)
        clauses = {clause | requirement for clause in clauses for requirement in requirements}
    # A requirement that holds one of a smaller one's strings says nothing more.
    kept = [clause for clause in clauses if not any(other < clause for other in clauses)]
    return tuple(sorted(kept, key=lambda clause: (-min(map(len, clause)), sorted(clause))))


def required_prefixes(pattern: str) -> frozenset[str] | None:
    """Strings one of which starts every match of `pattern`, or None when unknown: a test as cheap as
    `str.startswith` for a pattern matched against a whole line.

    >>> sorted(required_prefixes(r"^(?:more|all stories) by\\b"))
    ['all stories', 'more']
    >>> sorted(required_prefixes(r"^the post .{3,120} appeared"))
    ['the post ']
    >>> required_prefixes(r"^(?:updated )?\\d+ hours ago$") is None
    True
    """
    branches = _branches(pattern)
    return None if branches is None else _union(branches, _prefixes_of_sequence)


def _branches(pattern: str) -> tuple[tuple[_Item, ...], ...] | None:
    """The top-level alternatives of `pattern`, read item by item, or None when it cannot be read."""
    reader = _Reader(pattern)
    try:
        branches = reader.alternation()
    except (_Unreadable, IndexError):
        return None
    return branches if reader.index == len(pattern) else None


def _prefixes_of_sequence(items: tuple[_Item, ...]) -> frozenset[str] | None:
    """The literal run a sequence starts with (zero-width items consume nothing), or the prefixes of
    the group it cannot skip that opens it."""
    run = ""
    for item in items:
        if item.kind == "zero":
            continue
        if item.kind == "char" and item.least >= 1:
            run += item.char * item.least
            if item.repeats:
                break  # more of that character may follow
            continue
        if item.kind == "group" and item.least >= 1 and not run:
            return _union(item.branches, _prefixes_of_sequence)
        break
    return frozenset({run}) if run else None


def _union(
    branches: Iterable[tuple[_Item, ...]], of_sequence: Callable[[tuple[_Item, ...]], frozenset[str] | None]
) -> frozenset[str] | None:
    """What `of_sequence` finds in every branch of an alternation, together; None when a branch has nothing."""
    found: set[str] = set()
    for branch in branches:
        strings = of_sequence(branch)
        if strings is None:
            return None
        found |= strings
    return frozenset(found)


def _of_sequence(items: tuple[_Item, ...]) -> frozenset[str] | None:
    """The most selective requirement of a sequence: its longest run of literal characters, or the
    requirement of a group it cannot skip, whichever has the longest shortest member."""
    candidates = _requirements(items)
    if not candidates:
        return None
    return max(candidates, key=lambda candidate: min(len(piece) for piece in candidate))


def _requirements(items: tuple[_Item, ...]) -> list[frozenset[str]]:
    """Every requirement of a sequence, in order: its runs of literal characters and the requirements
    of the groups it cannot skip."""
    candidates: list[frozenset[str]] = []
    run = ""
    for item in items:
        if item.kind == "char" and item.least >= 1:
            run += item.char * item.least
            if not item.repeats:
                continue
            # After a repeated character the text holds the run, then more of that character.
            candidates.append(frozenset({run}))
            run = item.char
            continue
        if run:
            candidates.append(frozenset({run}))
        run = ""
        if item.kind == "group" and item.least >= 1:
            inner = _union(item.branches, _of_sequence)
            if inner:
                candidates.append(inner)
    if run:
        candidates.append(frozenset({run}))
    return [candidate for candidate in candidates if all(candidate)]


class _Reader:
    """A recursive-descent reading of the subset of `regex` syntax that glossaries use."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.index = 0

    def peek(self, ahead: int = 0) -> str:
        position = self.index + ahead
        return self.pattern[position] if position < len(self.pattern) else ""

    def take(self, count: int = 1) -> str:
        taken = self.pattern[self.index : self.index + count]
        if len(taken) < count:
            raise _Unreadable
        self.index += count
        return taken

    def alternation(self) -> tuple[tuple[_Item, ...], ...]:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.take()
            branches.append(self.sequence())
        return tuple(branches)

    def sequence(self) -> tuple[_Item, ...]:
        items: list[_Item] = []
        while self.peek() not in ("", "|", ")"):
            item = self.atom()
            if item is not None:
                items.append(self.quantified(item))
        return tuple(items)

    def quantified(self, item: _Item) -> _Item:
        character = self.peek()
        if character in ("?", "*"):
            self.take()
            least, repeats = 0, True
        elif character == "+":
            self.take()
            least, repeats = 1, True
        elif character == "{":
            least, repeats = self.braces()
        else:
            return item
        if self.peek() in ("?", "+"):  # lazy or possessive: the same text is required
            self.take()
        return _Item(item.kind, least, repeats, item.char, item.branches)

    def braces(self) -> tuple[int, bool]:
        end = self.pattern.find("}", self.index)
        if end < 0:
            raise _Unreadable
        body = self.pattern[self.index + 1 : end]
        low, comma, high = body.partition(",")
        if not (low.isdigit() or (comma and not low)) or (high and not high.isdigit()):
            raise _Unreadable  # a literal brace, or fuzzy matching ({e<=1})
        self.index = end + 1
        least = int(low or 0)
        return least, bool(comma) or least > 1

    def atom(self) -> _Item | None:
        character = self.take()
        if character == "\\":
            return self.escape()
        if character == "[":
            self.character_class()
            return _Item("other")
        if character == "(":
            return self.group()
        if character == ".":
            return _Item("other")
        if character in "^$":
            return _Item("zero")
        if character in "*+?{":
            raise _Unreadable
        return _Item("char", char=character)

    def escape(self) -> _Item:
        character = self.take()
        if character in _ZERO_WIDTH_ESCAPES:
            return _Item("zero")
        if character in _CLASS_ESCAPES:
            return _Item("other")
        if character in "pPN":
            if self.peek() == "{":
                self.skip_past("}")
            else:
                self.take()
            return _Item("other")
        if character in _HEX_DIGITS:
            if self.peek() == "{":
                self.skip_past("}")
            else:
                self.take(_HEX_DIGITS[character])
            return _Item("other")
        if character == "g":
            self.skip_past(">")
            return _Item("other")
        if character.isdigit():
            while self.peek().isdigit():
                self.take()
            return _Item("other")
        if character.isalnum():
            raise _Unreadable
        return _Item("char", char=character)

    def skip_past(self, closing: str) -> None:
        end = self.pattern.find(closing, self.index)
        if end < 0:
            raise _Unreadable
        self.index = end + 1

    def character_class(self) -> None:
        if self.peek() == "^":
            self.take()
        if self.peek() == "]":
            self.take()
        while True:
            character = self.take()
            if character == "]":
                return
            if character == "\\":
                self.take()
            elif character == "[":
                if self.peek() != ":":
                    raise _Unreadable  # a nested set (VERSION1)
                self.skip_past(":]")

    def group(self) -> _Item:
        kind = "group"
        if self.peek() == "?":
            self.take()
            opener = self.peek()
            if opener == ":" or opener == ">" or opener == "|":
                self.take()
            elif opener in "=!":
                self.take()
                kind = "zero"
            elif opener == "<" and self.peek(1) in "=!":
                self.take(2)
                kind = "zero"
            elif opener == "<" or (opener == "P" and self.peek(1) == "<"):
                self.skip_past(">")
            elif opener == "P" and self.peek(1) == "=":
                self.skip_past(")")
                return _Item("other")
            elif opener == "#":
                self.skip_past(")")
                return _Item("zero")
            else:
                kind = self.scoped_flags()
        branches = self.alternation()
        if self.take() != ")":
            raise _Unreadable
        return _Item(kind, branches=branches)

    def scoped_flags(self) -> str:
        """Read `(?s:` or `(?-i:`; the group keeps its requirement only when its flags leave letters as
        they are (dot-all, multi-line). Global flags, verbose mode and conditionals are not read."""
        end = self.pattern.find(":", self.index)
        flags = self.pattern[self.index : end] if end >= 0 else ""
        if not flags or not all(flag in "smiaLu-" for flag in flags):
            raise _Unreadable
        self.index = end + 1
        return "group" if set(flags) <= set("sm") else "other"
