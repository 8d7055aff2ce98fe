"""Is a glossary match a publication's title? The context test of entries with `context = "media"`.

Why: machine translation turns titles into ordinary words ("Le Monde" → "The World", "Der Spiegel"
→ "Le Miroir"), and those words are far too common to flag alone. A title is recognisable by what
stands around it, in every language alike: a word naming a publication right before it ("the
newspaper", "il quotidiano libanese", "der Zeitung") or right after it ("The World newspaper"), or a
citation frame ("told …", "according to …", "… reported", "… affirme"). Those words are language data
(`media.*` in languages/<code>/media.toml), so a title added to a glossary needs no pattern of its
own, and a new language needs one data file.

The entry's `hints` (its country, city, kind of publication) choose between papers that share a
literal title ("The World" is Le Monde after "French", El Mundo after "Spanish"): a nationality in
the context that is not one of the entry's hints rules the entry out ("the British tabloid The
Mirror" is not Der Spiegel), and `hint_required` entries fire only when a hint is there; with
`article_hints` the hint may stand anywhere in the article (a dateline: "MOSCOU – … Les Nouvelles").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from audit.glossary.model import Entry
from audit.glossary.tokens import APOSTROPHES, HYPHENS, Token, exact
from audit.languages import language as language_data
from audit.languages import words
from audit.prose import LazyPattern

# How far a nationality or hint may stand from the title: "the state-owned Egyptian daily The
# Pyramids" (four tokens before, within the noun phrase), "el diario El Mundo francés" (one after).
_HINT_WINDOW_BEFORE, _HINT_WINDOW_AFTER = 5, 2
# Lower-case words allowed between a descriptor and the title: "il quotidiano libanese …",
# "le quotidien économique …".
_ADJECTIVES_BETWEEN = 2
_APPOSITION_WORDS = 6  # a descriptor in apposition and the words that say where it is from
_PREPOSITION_LETTERS = 3  # "de", "of", "aus", "di": the short words a place follows in an apposition
_OPENING_MARKS = "“„«‘‚\"'‹*_"  # quotes and Markdown emphasis around a title: the newspaper *The World*

# Compiled from the pattern store, like every pattern of a check: compiling it here imported regex's
# parser, 10 ms of a one-article check (issue 9).
_WORDS = LazyPattern(r"[\p{L}\p{M}\p{N}]+")


class ArticleWords:
    """The case-folded words of the whole article, read once and only when a title's own context names
    no country: "Segundo o jornal O País" is El País in an article datelined MADRID, and the
    Mozambican O País in one about Maputo."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        self._paragraphs = paragraphs
        self._words: Counter[str] | None = None

    def meet(self, wanted: set[str]) -> bool:
        """True when one of the `wanted` words (case-folded, one word each) is in the article."""
        return not self._counted().keys().isdisjoint(wanted)

    def tally(self, wanted: set[str]) -> int:
        """How often the `wanted` words (case-folded, one word each) occur in the article: where a story
        is set is the country it names most, not every country it names once ("exports to Spain")."""
        counted = self._counted()
        return sum(counted[word] for word in wanted if word in counted)

    def _counted(self) -> Counter[str]:
        if self._words is None:
            # A C-level pass per paragraph (hints are single words, the linter checks it); not one over
            # the whole folded article, whose copy and word list cost 14 bytes a character (issue 10).
            self._words = Counter()
            for paragraph in self._paragraphs:
                self._words.update(_WORDS.findall(paragraph.casefold()))
        return self._words


_SENTENCE_ENDS = frozenset('.!?:;…»”"')
FULL_STOPS = frozenset(".!?…")  # tokens that end a sentence, whatever follows


def fit(
    entry: Entry,
    tokens: list[Token],
    keys: list[str],
    first: int,
    last: int,
    language: str,
    article: ArticleWords | None = None,
) -> int | None:
    """How well tokens `first`..`last` stand as `entry`'s title: None when they do not (no media
    context, or a context naming another country); 2 when a hint is in the title's own phrase, 1 when
    it is elsewhere in the article (entries with `article_hints`), 0 when nothing points anywhere
    (entries without `hint_required`)."""
    hints = {hint.casefold() for hint in entry.hints}
    if _continues(tokens, keys, last, language, hints) or _extends(tokens, keys, first, language, hints):
        return None
    if tokens[first].text.islower() and last + 1 < len(tokens) and tokens[last + 1].text in APOSTROPHES:
        return None  # "the Labourer's union": a possessive after a lower-case article is a phrase
    # An article in lower case ("the Union") opens as many phrases as titles: only a descriptor right
    # against the title (nationalities between) or a citation frame makes it one ("said the Union").
    close = tokens[first].text.islower()
    following = keys[last + 1] if last + 1 < len(keys) else ""
    if (
        close
        and following
        and tokens[last + 1].text.islower()
        and (following in hints or following in words(language, "media.nationalities"))
    ):
        return None  # "selon la République turque", "la Repubblica polacca": the state, its adjective after it
    apposition = _apposition(tokens, keys, last, language)
    described = apposition or _described(tokens, keys, first, last, language, close)
    if not (described or _cited(tokens, keys, first, last, language)):
        return None
    window = _phrase_before(tokens, keys, first, language) | set(keys[last + 1 : last + 1 + _HINT_WINDOW_AFTER])
    if (window & words(language, "media.nationalities")) - hints:
        return None
    if any(tokens[index].text[:1].isupper() and keys[index] not in hints for index in apposition):
        return None  # "Segundo o Povo, jornal de Fortaleza": the apposition places the paper elsewhere
    window.update(keys[index] for index in apposition)
    if window & hints:
        return 2
    if not _home_words(language).isdisjoint(set(_sentence(tokens, keys, first, last)) - hints):
        return None  # "À Dakar, le quotidien Le Quotidien": a paper of a place whose press writes the language
    if not entry.hint_required and not close:
        return 0
    # A lower-case title ("según la Península") needs its country named, here or in the article; an
    # entry whose country must stand in the title's phrase keeps that rule.
    if entry.hint_required and not entry.article_hints:
        return None
    return 1 if article is not None and article.meet(hints) else None


def _sentence(tokens: list[Token], keys: list[str], first: int, last: int) -> list[str]:
    """The keys of the sentence holding tokens `first`..`last`."""
    start, end = first, last + 1
    while start > 0 and tokens[start - 1].text not in FULL_STOPS:
        start -= 1
    while end < len(tokens) and tokens[end].text not in FULL_STOPS:
        end += 1
    return keys[start:end]


def written_as(written: tuple[str, ...], tokens: list[Token], language: str) -> bool:
    """True when `tokens` spell a title as the glossary writes it, its article in lower case allowed:
    inside a sentence MT writes "selon la Vérité", "según el Diario del Pueblo" (sets 83-88), and the
    context test, not the capital, says it is a title.

    >>> from audit.glossary.tokens import tokenize
    >>> title = ("La", "Vérité")
    >>> written_as(title, tokenize("la Vérité"), "fr"), written_as(title, tokenize("la vérité"), "fr")
    (True, False)
    """
    if len(written) != len(tokens):
        return False
    spelled = tuple(exact(token.text) for token in tokens)
    if spelled == written:
        return True
    return (
        len(written) > 1
        and spelled[1:] == written[1:]
        and spelled[0] == written[0].lower()
        and written[0].casefold() in words(language, "articles.definite")
    )


def _apposition(tokens: list[Token], keys: list[str], last: int, language: str) -> list[int]:
    """Where the words of a descriptor in apposition after the title are ("La République, le quotidien
    conservateur de Varsovie, rapportait"): it names the title a publication and may say where from.
    Empty when no descriptor follows the title's comma."""
    index = last + 2
    if index >= len(tokens) or tokens[last + 1].text != ",":
        return []
    if keys[index] in words(language, "articles.definite"):
        index += 1
    elif index + 1 < len(keys) and keys[index + 1] in APOSTROPHES and keys[index] in words(language, "articles.elided"):
        index += 2
    if (
        index >= len(keys)
        or keys[index] not in words(language, "media.descriptors")
        or not tokens[index].text.islower()
    ):
        return []  # "…, a Agência de Imprensa Francesa": another title, not an apposition
    phrase = [index]
    while len(phrase) < _APPOSITION_WORDS and index + 1 < len(tokens) and tokens[index + 1].text.isalpha():
        index += 1
        if tokens[index].text[:1].isupper() and len(keys[index - 1]) > _PREPOSITION_LETTERS:
            return []  # "…, el diario El Mundo": a list of titles; a place follows a preposition ("de Varsovie")
        phrase.append(index)
    return phrase


def _phrase_before(tokens: list[Token], keys: list[str], first: int, language: str) -> set[str]:
    """The words of the noun phrase before the title: back to its article or a punctuation mark.

    "… el diario francés y el semanario alemán El Espejo" gives {semanario, alemán}: the French
    paper of the list is another phrase's.
    """
    articles = words(language, "articles.definite")
    phrase: set[str] = set()
    if first > 0 and keys[first - 1] in articles and tokens[first - 1].text[:1].isupper():
        first -= 1  # the title's own article ("El diario colombiano El Espejo …" matched from "Espejo")
    for index in range(first - 1, max(-1, first - 1 - _HINT_WINDOW_BEFORE), -1):
        text = tokens[index].text
        if keys[index] in articles or not (text.isalnum() or text in HYPHENS or text in _OPENING_MARKS):
            break
        phrase.add(keys[index])
    return phrase


def _continues(tokens: list[Token], keys: list[str], last: int, language: str, hints: set[str]) -> bool:
    """A capitalised word right after the match makes it part of a longer name ("The World Bank"), and
    so does one after a possessive ("the People's Committee") or a connector, unless it names the
    entry's own place ("a Ilha da Madeira" is an island, "l'agenzia Studenti di Teheran" the agency)."""
    following = last + 1
    if following + 2 < len(tokens) and tokens[following].text in APOSTROPHES and tokens[following + 1].text == "s":
        following += 2
    elif following + 1 < len(tokens) and keys[following] in words(language, "media.connectors"):
        following += 1
        if keys[following] in hints:
            return False
    if following >= len(tokens):
        return False
    text = tokens[following].text
    return text[:1].isupper() and text.isalpha() and tokens[following].start - tokens[following - 1].end <= 1


def _extends(tokens: list[Token], keys: list[str], first: int, language: str, hints: set[str]) -> bool:
    """A capitalised word right before the match, inside a sentence, makes it the end of a longer name
    ("the National Trust said", "the South China Morning Post"), unless it is a nationality, a word for a
    publication (German capitalises "Zeitung") or names the entry's own place ("the Iranian Trust")."""
    before = first - 1
    if before < 1 or tokens[before - 1].text in _SENTENCE_ENDS:
        return False  # a capital opening a sentence says nothing
    text = tokens[before].text
    if not (text[:1].isupper() and text.isalpha()) or tokens[first].start - tokens[before].end > 1:
        return False
    kinds = words(language, "media.nationalities") | words(language, "media.descriptors")
    return keys[before] not in hints and keys[before] not in kinds  # "die Zeitung Freiheit", "a Agência Nova China"


def _described(tokens: list[Token], keys: list[str], first: int, last: int, language: str, close: bool) -> bool:
    descriptors = words(language, "media.descriptors")
    if last + 1 < len(keys) and keys[last + 1] in descriptors:
        return True
    between_words = words(language, "media.nationalities") if close else None
    index, between = first - 1, 0
    while index >= 0 and tokens[index].text in _OPENING_MARKS:
        index -= 1
    while index >= 0:
        if keys[index] in descriptors:
            return True
        text = tokens[index].text
        if between >= _ADJECTIVES_BETWEEN or not (text.isalpha() and text.islower()):
            return False
        if between_words is not None and keys[index] not in between_words:
            return False
        index, between = index - 1, between + 1
    return False


def _cited(tokens: list[Token], keys: list[str], first: int, last: int, language: str) -> bool:
    for phrase in _phrases(language, "media.cited_after"):  # "riporta", "ha raccontato"
        if tuple(keys[last + 1 : last + 1 + len(phrase)]) == phrase:
            return True
    while first > 0 and tokens[first - 1].text in _OPENING_MARKS:
        first -= 1
    if first > 1 and keys[first - 1] in APOSTROPHES and keys[first - 2] in words(language, "articles.elided"):
        first -= 2  # "selon l'Agence de presse commune": the frame stands before the elided article
    for phrase in _phrases(language, "media.cited_before"):
        if len(phrase) <= first and tuple(keys[first - len(phrase) : first]) == phrase:
            return True
    return False


@cache
def _home_words(language: str) -> frozenset[str]:
    """Places and nationalities whose press writes `language` (`media.home_places`, `home_nationalities`)."""
    return words(language, "media.home_places") | words(language, "media.home_nationalities")


@cache
def _phrases(language: str, key: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.casefold().split()) for phrase in language_data(language).phrases(key))
