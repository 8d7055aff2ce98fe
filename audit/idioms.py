"""Idioms of a source language rendered word for word, found by their concept signature.

Why signatures rather than phrases: MT renders Japanese 猫の手も借りたい as "borrow even a cat's paws",
"we would borrow the paws of a cat" or "die Pfoten einer Katze ausleihen", and an article may come from
any of forty languages. A phrase list finds one wording in one target language; the image of an idiom
does not change with its wording. So each idiom of `languages/<source>/idioms.toml` gives, for each of
the six article languages, two to four groups of word forms (cat·paw·borrow) that must all occur in
one sentence, at most `GAP` words apart (or `gap`, fewer, for a phrase whose words are common: "raised
the head of Libya" against "raised concerns about the head of the agency"), in any order (or in the
order written, with `ordered = true`: "eaten bread" is the idiom, "the bread was eaten" is not).

The file of a language holds its idioms (`[[idiom]]`) and, for an article language, the phrases that
cite a saying as one ("as the proverb goes", "wie ein Sprichwort sagt"): a cited saying is the
writer's choice, not an artifact. A target language that says it the same way natively is listed in
`native` and has no signature ("Daumen drücken" is German; "press the thumbs" is a calque in English);
one where every rendering is also plain prose ("fell in the apples" beside "hail fell, the apples were
lost") is listed in `unsigned`, so each idiom says something of all six.

Group syntax: alternatives split by `|`; a parenthesised ending list adds forms to a stem:
`Pfote(n)` is Pfote and Pfoten, `borrow(s|ed|ing)` four forms. An ending `~name` stands for the
inflection class `name` of the article language's file (`[inflection]` in languages/en/idioms.toml:
`return(~verb)` is return, returns, returned, returning; `retourn(~er)` every form of a French -er
verb), so an image is written once and MT's tense, person and number all follow; a class lists the
empty ending when the bare stem is a word (return, not retourn, and never "vers" of vers(~er)). Forms are whole
words, casefolded; a word is letters only, so "cat's" holds "cat" and "l'oreille" holds "oreille".

A target language may give a list of signatures instead of one: the wordings MT picks for one image
that share no word ("the valleys ran", "water flowed in the valleys" for سالت الأودية); any one of them
is the idiom.

The files are not merged into the language data every rule reads (`audit.languages.read_folder`
leaves them out): only this rule reads them, one article language at a time, from the disk cache.
"""

from __future__ import annotations

import functools
import marshal
from collections.abc import Iterator, Mapping, Sequence
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
    gap: int  # the most words between two of its words


class Index(NamedTuple):
    """Everything the rule needs for one article language: the idioms and signatures as the disk cache
    keeps them, made records only for the few a paragraph's words call up (building all of them cost
    every one-file check ~2 ms, issue 9)."""

    idioms: list[list[str]]
    signatures: list[list[Any]]
    screen: dict[str, tuple[int, ...]]  # a form of a signature's most telling group → its signatures
    cited: LazyPattern  # a phrase that cites a saying as one
    inflection: dict[str, list[str]]  # the language's inflection classes, for audit/valency.py too

    def signature(self, number: int) -> Signature:
        idiom, groups, says, ordered, gap = self.signatures[number]
        return Signature(idiom, tuple(frozenset(group) for group in groups), says, ordered, gap)

    def idiom(self, number: int) -> Idiom:
        return Idiom(*self.idioms[number])


class Hit(NamedTuple):
    """A literal idiom in a text: `text[start:end]` runs from its first signature word to its last."""

    start: int
    end: int
    signature: Signature
    idiom: Idiom


def forms(group: str, classes: Mapping[str, Sequence[str]] | None = None) -> tuple[str, ...]:
    """The casefolded word forms a signature group stands for; `~name` endings come from `classes` (an
    unknown class adds nothing: the lint reports it).

    >>> forms("Pfote(n)|Pfötchen")
    ('pfote', 'pfoten', 'pfötchen')
    >>> forms("borrow(s|ed)")
    ('borrow', 'borrows', 'borrowed')
    >>> forms("return(~verb)|stream", {"verb": ["", "s", "ed", "ing"]})
    ('return', 'returns', 'returned', 'returning', 'stream')
    >>> forms("retourn(~er)", {"er": ["e", "é"]})
    ('retourne', 'retourné')
    """
    found: list[str] = []
    depth, part = 0, ""
    for character in group + "|":
        if character == "|" and depth == 0:
            stem, _, endings = part.partition("(")
            stem = stem.strip()
            listed = [ending.strip() for ending in endings.rstrip(")").split("|") if ending.strip()]
            if stem and not any(ending.startswith("~") for ending in listed):
                found += [stem, *(stem + ending for ending in listed)]
            elif stem:  # a class says itself whether the bare stem is a form: "" (return) or not (retourn)
                found += [stem + each for ending in listed for each in (classes or {}).get(ending[1:], ())]
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
    return Index(table["idioms"], table["signatures"], table["screen"], cited, table["inflection"])


def build_table(paths: tuple[Path, ...], code: str) -> dict[str, Any]:
    """The plain table of `index`: what the files under `paths` give an article in `code`."""
    idioms: list[tuple[str, str, str, str]] = []
    signatures: list[tuple[int, list[list[str]], str, bool, int]] = []
    screen: dict[str, list[int]] = {}
    own = [read(path) for path in paths if path.parent.name == code]
    cited: list[str] = [phrase for data in own for phrase in data.get("cited", [])]
    classes = inflection_classes(code, paths)
    for path in paths:
        data = read(path)
        source = path.parent.name
        for item in data.get("idiom", []):
            if code not in item:
                continue
            idioms.append((f"{source}/{item['id']}", data["language"], item["written"], item["meaning"]))
            for target in wordings(item[code]):
                groups = [list(forms(group, classes)) for group in target["words"]]
                signature = (target["says"], target.get("ordered", False), target.get("gap", GAP))
                signatures.append((len(idioms) - 1, groups, *signature))
                for form in telling_group(groups, code):
                    screen.setdefault(form, []).append(len(signatures) - 1)
    return {
        "idioms": idioms,
        "signatures": signatures,
        "screen": {form: tuple(found) for form, found in screen.items()},
        "cited": cited,
        "inflection": classes,
    }


def wordings(target: dict[str, Any] | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The signatures one idiom gives one article language: a table, or a list of them."""
    return target if isinstance(target, list) else [target]


def inflection_classes(code: str, paths: tuple[Path, ...] | None = None) -> dict[str, list[str]]:
    """The inflection classes (`[inflection]`: name → endings) of article language `code`'s idiom file."""
    return {
        name: endings
        for path in (paths if paths is not None else files())
        if path.parent.name == code
        for name, endings in read(path).get("inflection", {}).items()
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
        found: set[int] = set()  # an idiom's second wording in the same sentence is the same idiom
        for number in sorted(candidates):
            signature = candidates[number]
            if signature.idiom in found:
                continue
            span = _span(inside, signature.groups, signature.ordered, signature.gap)
            if span is None or listed.cited.compiled.search(text, previous[0], end):
                continue
            found.add(signature.idiom)
            yield Hit(span[0], span[1], signature, listed.idiom(signature.idiom))
        previous = (start, end)


def _span(
    words: list[tuple[int, int, str]], groups: tuple[frozenset[str], ...], ordered: bool, gap: int
) -> tuple[int, int] | None:
    """The shortest stretch of `words` holding a form of every group, each a different word, with at
    most `gap` words between two of them (in the groups' order when `ordered`); None when there is none."""
    places = [[index for index, word in enumerate(words) if word[2] in group] for group in groups]
    if not all(places):
        return None
    best: tuple[int, int] | None = None
    for chosen in product(*places):
        spread = sorted(chosen)
        if len(set(chosen)) < len(chosen) or (ordered and list(chosen) != spread):
            continue
        close = all(later - earlier <= gap + 1 for earlier, later in pairwise(spread))
        if close and (best is None or spread[-1] - spread[0] < best[1] - best[0]):
            best = (spread[0], spread[-1])
    return None if best is None else (words[best[0]][0], words[best[1]][1])
