"""Interface labels of another language left in an article: "Picha:" before a photo credit in English.

Why a module of its own: a page's label before a picture's credit or a text's source is one word, so
neither langdetect nor the short-segment path (audit/strangers.py) can judge it, yet MT and scrapers
keep it from the source page ("Ảnh: Le Thi Hoa harvests…", "Fot. Agnieszka Dudek — Un tramway…").
The labels are data (languages/<code>/labels.toml, `labels.photo` and `labels.source`). A label is
foreign only where the article language's lists lack it ("Foto:" is German, Spanish and Italian), and
only where it stands as a label: opening a line or a bracket, before a colon, or as an abbreviation
("Fot.") before a capital. The article language's first label of the same kind is the fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from audit.languages import language as language_data
from audit.languages import shipped_codes
from audit.prose import LazyPattern

KINDS = ("photo", "source")
"""The kinds of label, each a key `labels.<kind>` of the language data."""


class Label(NamedTuple):
    """A foreign label: its span (the colon included), its languages and the article language's word."""

    start: int
    end: int
    languages: tuple[str, ...]
    replacement: str | None


@cache
def _labels() -> dict[str, list[tuple[str, str]]]:
    """For each casefolded label, the (language, kind) pairs that write it."""
    owners: dict[str, list[tuple[str, str]]] = {}
    for code in shipped_codes():
        data = language_data(code)
        for kind in KINDS:
            for label in data.phrases(f"labels.{kind}"):
                owners.setdefault(label.casefold(), []).append((code, kind))
    return owners


# A label where a page sets one: a capitalised word or two opening a line or a bracket, then a colon and
# a credit (a capital, a digit, ©) or the end of the line, or a full stop (an abbreviation: "Fot.") and a
# credit. One short pattern, the labels looked up after: an alternation of them all cost a one-file
# check 3 ms to build from the pattern store.
_LABEL = LazyPattern(
    r"(?m)(?:^|(?<=[(\[|]))[ \t]*+(?P<label>\p{Lu}[\p{L}\p{M}'’]*(?: \p{L}[\p{L}\p{M}]*)?)"
    r"(?:(?P<colon>[ \t\u00a0\u202f]*:)(?=[ \t]*(?:$|[\p{Lu}\p{N}©(]))|(?P<period>\.)(?=[ \t]+[\p{Lu}\p{N}©]))"
    # Or a label after a paragraph's last sentence, before a short credit that ends the line ("… del 3,9%.
    # Fuente: INEGI."), where a caption or a chart's note puts it.
    r"|(?<=[.!?…][*_]?[ \t])(?P<tail>\p{Lu}[\p{L}\p{M}'’]*)"
    r"(?P<tail_colon>[ \t\u00a0\u202f]*:)(?=[ \t]*[\p{Lu}©][^\n.!?:;]{0,50}\.?[*_]*[ \t]*$)"
)


def foreign_labels(text: str, article: str) -> Iterator[Label]:
    """The labels of another language than `article` in `text`, where `article`'s own lists are known."""
    owners = _labels()
    if not owners:
        return
    own = {kind: language_data(article).phrases(f"labels.{kind}") for kind in KINDS}
    if not any(own.values()):
        return  # an article language without labels: nothing says which labels are its own
    spaced = ":" in language_data(article).words("punctuation.spaced_before")
    for match in _LABEL.finditer(text):
        tail = match.group("tail")
        label = tail if tail is not None else match.group("label") + (match.group("period") or "")
        claims = owners.get(label.casefold())
        if not claims or any(code == article for code, _ in claims):
            continue
        kinds = {kind for _, kind in claims}
        words = [own[kind][0] for kind in kinds if own[kind]]
        replacement = None
        if len(words) == 1:
            replacement = words[0] if words[0].endswith(".") else words[0] + (" :" if spaced else ":")
        languages = tuple(sorted({code for code, _ in claims}))
        yield Label(match.start("tail" if tail is not None else "label"), match.end(), languages, replacement)
