"""`name-order`: one person's name written family-name first in one place and given-name first in another.

Japanese, Korean, Chinese, Vietnamese and Hungarian write the family name first; MT keeps the source
order in one sentence and turns it in the next ("Keiko Matsumoto" … "Matsumoto Keiko"). The order is
known through a family name the language data lists (`names.family_names` of languages/ja, ko, zh, vi,
hu), or, where neither end is one, through a given name only one such language writes
(`names.given_names` of languages/hu: "Puskás Ferenc"): a mention is compared when exactly one of its
ends is such a name, so "Li Wei" and "Wei Li",
where both words are family names, may be two people and stay silent. A name of two words neither of
which is listed is compared when both read as romanised Japanese or Chinese ("Kenji Yamane" …
"Yamane Kenji"); on a tie it keeps the order the article introduced the person in. The spellings are
compared folded (Satō / Sato), the words must be the same ones, and the mention must not open or fill
a quotation (a title keeps the order it was published in).
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import NamedTuple

from audit.findings import Finding, FixSafety
from audit.languages import language, shipped_codes
from audit.prose import LazyPattern
from audit.punctuation import QUOTE_MARKS
from audit.rules.base import Context, Rule
from audit.transliteration import fold

# A word of romanised Japanese (Hepburn: Kenji, Yamane, Tsuchida) or of pinyin syllables (Zhang, Xiaoming).
_ROMANISED = LazyPattern(
    r"(?:(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|y|w)?[aiueo]n?)+"
    r"|(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|a|e|i|o|u))+)"
)


class _Written(NamedTuple):
    """A mention whose order is known: where it is, its family name and given names, and its order.
    (A NamedTuple: a frozen dataclass costs every check a compile at import.)"""

    start: int
    end: int
    text: str
    family: str
    given: tuple[str, ...]
    family_first: bool
    language: str

    def turned(self) -> str:
        """The same name in the other order."""
        return " ".join((*self.given, self.family) if self.family_first else (self.family, *self.given))


class NameOrder(Rule):
    """One name written in both orders in the article: family name first, and given name first.

    Why: Japanese, Korean, Chinese, Vietnamese and Hungarian put the family name first; MT keeps that
    order in one sentence and turns it in another, so the reader meets "Keiko Matsumoto" and then
    "Matsumoto Keiko" and may count two people. Example: an article writing "Keiko Matsumoto" twice
    and "Matsumoto Keiko" once is flagged at "Matsumoto Keiko" with "Keiko Matsumoto"; "Li Wei" beside
    "Wei Li" (both family names: two people may bear them), "Kim Jong-un" beside "Kim Yo-jong", and
    "Matsumoto, Keiko" in a reference list are not. Fix: unsafe, to the order the article uses more
    often; when both orders are written as often, to the order European-language news gives names of
    that origin (`names.order_abroad`: given name first for Japanese and Hungarian names, family name
    first for Korean, Chinese and Vietnamese ones).
    """

    id = "name-order"
    summary = "one name written in both orders in the article (Keiko Matsumoto / Matsumoto Keiko)"
    precedence = 36

    def check(self, context: Context) -> Iterator[Finding]:
        found = context.name_mentions
        if len(found) < 2:
            return
        # The family names are read only for an article that writes some words in two orders (few).
        orders: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for mention, _ in found:
            words = tuple(fold(word) for word in mention.text.split(" "))
            orders[tuple(sorted(words))].add(words)
        if all(len(written) < 2 for written in orders.values()):
            return
        text = context.document.text
        people: dict[tuple[str, tuple[str, ...]], list[_Written]] = defaultdict(list)
        # An unlisted name's family name: the last word of its first mention, read given name first.
        introduced: dict[tuple[str, ...], str] = {}
        for mention, code in found:
            written = _written(mention.start, mention.end, mention.text, code)
            if written is None and _syllabic_pair(mention.text) and not _quoted(text, mention.start, mention.end):
                words = [fold(word) for word in mention.text.split(" ")]
                family = introduced.setdefault(tuple(sorted(words)), words[-1])
                written = _read(mention.start, mention.end, mention.text, code, words[0] == family)
            if written is not None and not _quoted(text, written.start, written.end):
                people[fold(written.family), tuple(fold(word) for word in written.given)].append(written)
        for (family, _), mentions in people.items():
            orders = Counter(written.family_first for written in mentions)
            if len(orders) < 2:
                continue
            if orders[True] == orders[False]:
                # A family name the data does not list: the order the article introduces the person in.
                order = family_names().get(family) or given_names().get(fold(mentions[0].given[0]))
                kept = order == "family-first" if order is not None else mentions[0].family_first
            else:
                kept = orders[True] > orders[False]
            # The suggestion is spelt as the article spells the name in the kept order (Puskás, not Puskas).
            spelt = {fold(written.text): written.text for written in reversed(mentions) if written.family_first == kept}
            for written in mentions:
                if written.family_first != kept:
                    suggestion = spelt.get(fold(written.turned()), written.turned())
                    message = f"name written “{written.text}” here and “{suggestion}” elsewhere (two name orders)"
                    yield self.finding(written.start, written.end, message, suggestion, FixSafety.UNSAFE,
                                       language=written.language)  # fmt: skip


def _written(start: int, end: int, text: str, code: str) -> _Written | None:
    """The mention with its order, when exactly one of its ends is a listed family name; else None."""
    words = text.split(" ")
    if not 2 <= len(words) <= 3:
        return None
    listed = family_names()
    first, last = fold(words[0]) in listed, fold(words[-1]) in listed
    if first and last:
        return None  # both ends are family names: the order is not known
    if not first and not last:
        # Neither is listed: a given name only one language writes tells the order ("Puskás Ferenc").
        given = given_names()
        first, last = fold(words[-1]) in given, fold(words[0]) in given
        if first == last:
            return None
    return _read(start, end, text, code, first)


def _read(start: int, end: int, text: str, code: str, family_first: bool) -> _Written:
    """The mention read in the order given: its first word the family name, or its last."""
    words = text.split(" ")
    family, given = (words[0], tuple(words[1:])) if family_first else (words[-1], tuple(words[:-1]))
    return _Written(start, end, text, family, given, family_first, code)


def _syllabic_pair(text: str) -> bool:
    """True for a name of two words, neither a listed family name, that both read as romanised Japanese
    or Chinese syllables ("Kenji Yamane"): the order of such a name matters even when the data lists
    neither; "Paul Simon" beside "Simon Paul" may be two people, and so may "Li Wei" and "Wei Li"
    (both listed, see `_written`).

    >>> _syllabic_pair("Kenji Yamane"), _syllabic_pair("Yamane Kenji"), _syllabic_pair("Paul Simon")
    (True, True, False)
    """
    words = [fold(word) for word in text.split(" ")]
    listed = family_names()
    return len(words) == 2 and all(word not in listed and _ROMANISED.compiled.fullmatch(word) for word in words)


def _quoted(text: str, start: int, end: int) -> bool:
    """True when the mention opens or fills a quotation: a title ("«Matsumoto Keiko no nikki»") or a
    citation keeps the order it was published in."""
    # Marks touch the words they enclose, but guillemets, which French spaces; a quote mark before a
    # space ("”, Keiko Matsumoto said") closes another quotation.
    before, after = text[start - 1 : start], text[end : end + 1]
    spaced_before, spaced_after = text[:start].rstrip()[-1:], text[end:].lstrip()[:1]
    return before in QUOTE_MARKS or after in QUOTE_MARKS or spaced_before in ("«", "‹") or spaced_after in ("»", "›")


def given_names() -> dict[str, str]:
    """Every given name a family-first language lists as its own alone (`names.given_names`: Hungarian
    Ferenc, Zsuzsanna), folded, with the order European-language news gives its names in."""
    return _listed("names.given_names")


def family_names() -> dict[str, str]:
    """Every listed family name, folded, with the order European-language news gives its names in
    ("family-first" or "given-first", `names.order_abroad` of its language)."""
    return _listed("names.family_names")


@functools.cache
def _listed(key: str) -> dict[str, str]:
    """The names of list `key` of every shipped language, folded, with that language's `names.order_abroad`."""
    listed: dict[str, str] = {}
    for code in shipped_codes():
        data = language(code)
        order = data.value("names.order_abroad", "family-first")
        listed.update((fold(name), order) for name in data.phrases(key))
    return listed
