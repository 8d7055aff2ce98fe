"""Idioms of a source language rendered word for word, found by their concept signature.

Why signatures rather than phrases: MT renders Japanese 猫の手も借りたい as "borrow even a cat's paws",
"we would borrow the paws of a cat" or "die Pfoten einer Katze ausleihen", and an article may come from
any of forty languages. A phrase list finds one wording in one target language; the image of an idiom
does not change with its wording. So each idiom of `languages/<source>/idioms.toml` gives, for each of
the six article languages, two to four groups of word forms (cat·paw·borrow) that must all occur in
one sentence, at most `GAP` words apart, in any order (or in the order written, with `ordered = true`:
"eaten bread" is the idiom, "the bread was eaten" is not).

The file of a language holds its idioms (`[[idiom]]`) and, for an article language, the phrases that
cite a saying as one ("as the proverb goes", "wie ein Sprichwort sagt"): a cited saying is the
writer's choice, not an artifact. A target language that says it the same way natively is listed in
`native` and has no signature ("Daumen drücken" is German; "press the thumbs" is a calque in English);
one where every rendering is also plain prose ("fell in the apples" beside "hail fell, the apples were
lost") is listed in `unsigned`, so each idiom says something of all six.

Group syntax: alternatives split by `|`; a parenthesised ending list adds forms to a stem:
`Pfote(n)` is Pfote and Pfoten, `borrow(s|ed|ing)` four forms. Forms are whole words, casefolded; a
word is letters only, so "cat's" holds "cat" and "l'oreille" holds "oreille".

The files are not merged into the language data every rule reads (`audit.languages.read_folder`
leaves them out): only this rule reads them, one article language at a time, from the disk cache.
"""

from __future__ import annotations

import functools
import marshal
from collections.abc import Iterator
from itertools import pairwise, product
from pathlib import Path
from typing import Any, NamedTuple

from audit.cache import cached
from audit.languages import IDIOMS
from audit.prose import LazyPattern, alternation, sentence_spans
from audit.resources import shipped_languages_dir

TARGETS = ("en", "fr", "de", "es", "it", "pt")
"""The article languages a signature is written for."""
GAP = 4
"""The most words between two signature words: an idiom is a phrase, not a sentence ("borrow even a
cat's paws", "pushing the reform with its belly")."""
LETTERS = LazyPattern(r"[\p{L}\p{M}]+")


class Idiom(NamedTuple):
    """One idiom as the message names it."""

    key: str  # <source>/<id>
    source: str  # the source language's name ("Japanese")
    written: str  # the idiom in its own language
    meaning: str


class Signature(NamedTuple):
    """What a literal rendering of one idiom holds in one article language."""

    idiom: int  # index into `Index.idioms`
    groups: tuple[frozenset[str], ...]
    says: str  # what the article's language says instead
    ordered: bool  # the groups occur in the order written


class Index(NamedTuple):
    """Everything the rule needs for one article language: the idioms and signatures as the disk cache
    keeps them, made records only for the few a paragraph's words call up (building all of them cost
    every one-file check ~2 ms, issue 9)."""

    idioms: list[list[str]]
    signatures: list[list[Any]]
    screen: dict[str, tuple[int, ...]]  # a form of a signature's most telling group → its signatures
    cited: LazyPattern  # a phrase that cites a saying as one

    def signature(self, number: int) -> Signature:
        idiom, groups, says, ordered = self.signatures[number]
        return Signature(idiom, tuple(frozenset(group) for group in groups), says, ordered)

    def idiom(self, number: int) -> Idiom:
        return Idiom(*self.idioms[number])


class Hit(NamedTuple):
    """A literal idiom in a text: `text[start:end]` runs from its first signature word to its last."""

    start: int
    end: int
    signature: Signature
    idiom: Idiom


def forms(group: str) -> tuple[str, ...]:
    """The casefolded word forms a signature group stands for.

    >>> forms("Pfote(n)|Pfötchen")
    ('pfote', 'pfoten', 'pfötchen')
    >>> forms("borrow(s|ed)")
    ('borrow', 'borrows', 'borrowed')
    """
    found: list[str] = []
    depth, part = 0, ""
    for character in group + "|":
        if character == "|" and depth == 0:
            stem, _, endings = part.partition("(")
            stem = stem.strip()
            if stem:
                found.append(stem)
                found += [stem + ending.strip() for ending in endings.rstrip(")").split("|") if ending.strip()]
            part = ""
            continue
        depth += {"(": 1, ")": -1}.get(character, 0)
        part += character
    return tuple(dict.fromkeys(form.casefold() for form in found))


def files(root: Path | None = None) -> tuple[Path, ...]:
    """Every idiom file under `root` (default: the shipped languages), sorted."""
    return tuple(sorted((root or shipped_languages_dir()).glob(f"*/{IDIOMS}")))


def read(path: Path) -> dict[str, Any]:
    """One idiom file's table (a bad file raises tomllib's error)."""
    import tomllib

    return tomllib.loads(path.read_text(encoding="utf-8"))


@functools.cache
def _shipped_files() -> tuple[Path, ...]:
    """`files()` of the shipped languages, listed once per process: an article in five languages
    globbed the sixty language folders five times (issue 9)."""
    return files()


@functools.cache
def index(code: str) -> Index:
    """The idioms whose literal rendering an article in `code` may hold (built once, kept on disk)."""
    paths = _shipped_files()
    table = cached(f"idioms-{code}", paths, functools.partial(build_table, paths, code), marshal)
    return from_table(table)


def from_table(table: dict[str, Any]) -> Index:
    """An `Index` from the plain table `_table` builds (the form the disk cache keeps)."""
    cited = LazyPattern(rf"(?i)(?<![\p{{L}}\p{{M}}])(?:{alternation(table['cited']) or '(?!)'})(?![\p{{L}}\p{{M}}])")
    return Index(table["idioms"], table["signatures"], table["screen"], cited)


def build_table(paths: tuple[Path, ...], code: str) -> dict[str, Any]:
    """The plain table of `index`: what the files under `paths` give an article in `code`."""
    idioms: list[tuple[str, str, str, str]] = []
    signatures: list[tuple[int, list[list[str]], str, bool]] = []
    screen: dict[str, list[int]] = {}
    cited: list[str] = []
    for path in paths:
        data = read(path)
        source = path.parent.name
        if source == code:
            cited += data.get("cited", [])
        for item in data.get("idiom", []):
            target = item.get(code)
            if target is None:
                continue
            groups = [list(forms(group)) for group in target["words"]]
            idioms.append((f"{source}/{item['id']}", data["language"], item["written"], item["meaning"]))
            signatures.append((len(idioms) - 1, groups, target["says"], target.get("ordered", False)))
            for form in telling_group(groups, code):
                screen.setdefault(form, []).append(len(signatures) - 1)
    return {
        "idioms": idioms,
        "signatures": signatures,
        "screen": {form: tuple(found) for form, found in screen.items()},
        "cited": cited,
    }


def telling_group(groups: list[list[str]], code: str) -> list[str]:
    """The group of a signature whose commonest form is rarest in the language: an article without any
    of its forms cannot hold the idiom, and few articles hold one (issue 9)."""
    from audit.word_frequency import zipf

    return min(groups, key=lambda group: max(zipf(form, code) for form in group))


def find(text: str, code: str, listed: Index | None = None) -> Iterator[Hit]:
    """The literal idioms of one paragraph of language `code` (by the shipped index, or `listed`); a
    sentence that cites a saying (or follows one that does) holds none."""
    listed = listed or index(code)
    # The screen: most paragraphs hold no word of a telling group, and finding that out costs one pass
    # of the pattern and a set lookup per word (issue 9); the words' places are read only after.
    screened = set(LETTERS.findall(text.casefold())).intersection(listed.screen)
    if not screened:
        return
    candidates = {number: listed.signature(number) for word in screened for number in listed.screen[word]}
    words = [(match.start(), match.end(), match.group().casefold()) for match in LETTERS.finditer(text)]
    previous = (0, 0)
    for start, end in sentence_spans(text, code):
        inside = [word for word in words if start <= word[0] < end]
        for number in sorted(candidates):
            signature = candidates[number]
            span = _span(inside, signature.groups, signature.ordered)
            if span is None or listed.cited.compiled.search(text, previous[0], end):
                continue
            yield Hit(span[0], span[1], signature, listed.idiom(signature.idiom))
        previous = (start, end)


def _span(
    words: list[tuple[int, int, str]], groups: tuple[frozenset[str], ...], ordered: bool
) -> tuple[int, int] | None:
    """The shortest stretch of `words` holding a form of every group, each a different word, with at
    most `GAP` words between two of them (in the groups' order when `ordered`); None when there is none."""
    places = [[index for index, word in enumerate(words) if word[2] in group] for group in groups]
    if not all(places):
        return None
    best: tuple[int, int] | None = None
    for chosen in product(*places):
        spread = sorted(chosen)
        if len(set(chosen)) < len(chosen) or (ordered and list(chosen) != spread):
            continue
        close = all(later - earlier <= GAP + 1 for earlier, later in pairwise(spread))
        if close and (best is None or spread[-1] - spread[0] < best[1] - best[0]):
            best = (spread[0], spread[-1])
    return None if best is None else (words[best[0]][0], words[best[1]][1])
