"""One pass over a text for all variants of many entries: a trie over word tokens.

Why a token trie: tens of thousands of variants compile in well under a second into nested dicts
keyed by case-folded tokens, and a scan costs one dict lookup per token whatever the number of
entries, where one regex per entry costs a pass per entry. Matching is leftmost-longest. The
preferred forms are in the trie too, as silent targets: a variant that is part of a longer correct
name ("France Presse" inside "Agence France Presse") is swallowed by the correct name and never fires.
Regex entries (`pattern`) are few; they run one by one with a time limit, and only on paragraphs that
hold one of the literal pieces the pattern cannot match without (audit/glossary/literals.py), so most
of them are never compiled in a run.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress
from typing import Any, NamedTuple

from audit.errors import GlossaryError
from audit.glossary import media_context
from audit.glossary.casing import adapt
from audit.glossary.literals import MIN_SCREEN_PIECE, fold, required_clauses, required_literals
from audit.glossary.model import Article, Entry
from audit.glossary.tokens import APOSTROPHES, HYPHENS, Token, exact, folded_all, key, texts, tokenize
from audit.languages import words, words_of_every_language
from audit.punctuation import starts_sentence

# Articles consumed before a match whose preferred form takes none (article = "drop"), and elided
# ones glued to the next word (l'Agence): languages/<code>/grammar.toml. After an elision word
# (French/Italian "l", "qu", "dell") an apostrophe ends a word, so a match may start right after it;
# after any other word ("O'Brien") the apostrophe is inside a name.
_ARTICLES, _ELIDED_ARTICLES, _ELISIONS = "articles.definite", "articles.elided", "articles.elisions"
PATTERN_TIME_LIMIT = 1.0  # seconds for one pattern over one paragraph
PATTERN_CHARS_PER_SECOND = 250_000
"""The article budget of the patterns grows by a second per this many characters: all the shipped
patterns together take ≈0.6 s per MB, so a slow pattern is stopped while a long article is not."""

_VARIANT, _PROTECTED = "\x00v", "\x00p"  # trie keys no token can equal


@dataclass
class PatternBudget:
    """The seconds the glossary patterns may spend on one article, counted inside the searches only.

    A pattern slow on every paragraph cost 4-6 s per file at one second per paragraph (issue 10), so
    the patterns share one budget per article; it grows with the article's size, and the rest of the
    rule's work never spends it (a 3 MB article of ordinary news used to fail on wall time alone).

    >>> PatternBudget.for_text(1_000).seconds, PatternBudget.for_text(1_000_000).seconds
    (1.0, 4.0)
    """

    seconds: float
    spent: float = 0.0

    @classmethod
    def for_text(cls, length: int) -> PatternBudget:
        return cls(PATTERN_TIME_LIMIT * max(1.0, length / PATTERN_CHARS_PER_SECOND))

    @property
    def remaining(self) -> float:
        return self.seconds - self.spent


class Match(NamedTuple):
    """A span of the scanned text that an entry flags; `suggestion` is None for existence entries."""

    entry: Entry
    start: int
    end: int
    text: str
    suggestion: str | None


class _Pattern:
    """A regex entry, compiled when a paragraph first holds one of its required pieces."""

    def __init__(self, entry: Entry) -> None:
        self.entry = entry
        pieces = required_literals(entry.pattern or "")
        self.folded = not entry.case_sensitive
        self.pieces = None if pieces is None else self._cased(pieces)
        self.screened = self.pieces is not None and min(map(len, self.pieces)) >= MIN_SCREEN_PIECE
        # Every requirement, not only the one the screen indexes: " para " lets most Spanish paragraphs
        # through to "aplicar para", "aplic" nearly none (issue 9: a tenth of the glossary rule's time).
        clauses = required_clauses(entry.pattern or "")
        self.clauses = () if clauses is None else tuple(self._cased(clause) for clause in clauses)
        self._compiled: Any = None

    def _cased(self, pieces: frozenset[str]) -> frozenset[str]:
        return frozenset(fold(piece) if self.folded else piece for piece in pieces)

    def may_match(self, text: str, folded_text: str) -> bool:
        haystack = folded_text if self.folded else text
        return all(any(map(haystack.__contains__, clause)) for clause in self.clauses)

    @property
    def compiled(self) -> Any:
        if self._compiled is None:
            self._compiled = compile_pattern(self.entry)
        return self._compiled


class _Target(NamedTuple):
    entry: Entry
    written: str  # the variant as the glossary writes it
    exact: tuple[str, ...] | None  # for case-sensitive entries: the tokens that must match exactly


class Matcher:
    """All variants of the given entries, compiled once; `find` scans a text in one pass."""

    def __init__(self, entries: Iterable[Entry], protect_preferred: bool = True) -> None:
        self._root: dict[str, Any] = {}
        self._patterns: list[_Pattern] = []
        for entry in entries:
            if entry.pattern is not None:
                self._patterns.append(_Pattern(entry))
            for variant in entry.variants:
                target = _Target(entry, variant, key(variant, case_sensitive=True) if entry.case_sensitive else None)
                self._insert(key(variant), _VARIANT, target)
            if protect_preferred and entry.preferred:
                for form in {entry.preferred, _hyphens_as_spaces(entry.preferred)}:
                    self._insert(key(form), _PROTECTED, entry)
        # The patterns holding each rare piece (by place in the list), folded and exact apart: the pieces
        # a paragraph holds, looked for all at once in C, name the patterns offered to it; a pattern
        # with a short piece ("Ab") or none is offered to every paragraph.
        self._unscreened = frozenset(index for index, pattern in enumerate(self._patterns) if not pattern.screened)
        self._holding: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        for index, pattern in enumerate(self._patterns):
            for piece in sorted(pattern.pieces or ()) if pattern.screened else ():
                self._holding[pattern.folded].setdefault(piece, []).append(index)

    def _insert(self, tokens: tuple[str, ...], slot: str, target: Any) -> None:
        if not tokens:
            return
        node = self._root
        for token in tokens:
            node = node.setdefault(token, {})
        node.setdefault(slot, []).append(target)

    def find(
        self,
        text: str,
        language: str,
        offset: int = 0,
        budget: PatternBudget | None = None,
        article: media_context.ArticleWords | None = None,
    ) -> list[Match]:
        """Return the matches in `text` (offsets shifted by `offset`), in text order.

        `budget` is the article's pattern budget, shared by its paragraphs (None: one paragraph alone).
        `article`, the words of the whole article, lets a title's country be read beyond its paragraph.
        """
        matches = list(self._find_variants(text, language, offset, article))
        folded_text = fold(text) if self._patterns else ""
        for pattern in self._offered(text, folded_text):
            if pattern.may_match(text, folded_text):
                matches.extend(_find_pattern(pattern.entry, pattern.compiled, text, offset, budget))
        matches.sort(key=lambda match: (match.start, match.end, match.entry.full_id))
        return matches

    def _find_variants(
        self, text: str, language: str, offset: int, article: media_context.ArticleWords | None
    ) -> Iterable[Match]:
        keys = folded_all(texts(text))
        root = self._root
        count = len(keys)
        # Offsets are read (a Token per token) only once a walk reaches a listed form: most paragraphs
        # hold only words that start none, or start one that the next word leaves ("the" + "minister").
        tokens: list[Token] | None = None
        resume = 0  # a match swallows the tokens it covers: no walk starts inside it
        for index in compress(range(count), map(root.__contains__, keys)):
            if index < resume:
                continue
            node = root[keys[index]]
            free: bool | None = None  # whether a match may start here, asked at the first listed form
            best: tuple[int, _Target | None] | None = None
            last = index
            while True:
                if _VARIANT in node or _PROTECTED in node:
                    if tokens is None:
                        tokens = tokenize(text)
                    if free is None:
                        free = _free_before(text, tokens, keys, index)
                    if not free:
                        break
                    if _free_after(text, tokens[last].end):
                        target = _pick(node.get(_VARIANT, ()), tokens, keys, index, last, language, article)
                        if target is not None or _PROTECTED in node:
                            best = (last, target)
                last += 1
                if last >= count:
                    break
                node = node.get(keys[last])
                if node is None:
                    break
            if best is None:
                continue
            assert tokens is not None  # read at the listed form that set `best`
            last, target = best
            if target is not None:
                yield _variant_match(text, tokens, keys, index, last, target, language, offset)
            resume = last + 1

    def _offered(self, text: str, folded_text: str) -> list[_Pattern]:
        """The patterns that may match `text`, in list order."""
        offered = set(self._unscreened)
        for folded, haystack in ((False, text), (True, folded_text)):
            holding = self._holding[folded]
            for piece in filter(haystack.__contains__, holding):
                offered.update(holding[piece])
        return [self._patterns[index] for index in sorted(offered)]

    @property
    def empty(self) -> bool:
        return not self._root and not self._patterns


def _pick(
    targets: Iterable[_Target],
    tokens: list[Token],
    keys: list[str],
    first: int,
    last: int,
    language: str,
    article: media_context.ArticleWords | None,
) -> _Target | None:
    """The first target (in glossary order) whose case fits the tokens `first`..`last`; among titles
    (entries with a context) the one whose context fits best ("The World" after "Spanish" is El Mundo,
    though Le Monde is listed first)."""
    best: tuple[int, _Target] | None = None
    spelled = tokens[first : last + 1]
    for target in targets:
        if target.entry.context is None:
            if target.exact is not None and target.exact != tuple(exact(token.text) for token in spelled):
                continue
            return target
        if target.exact is not None and not media_context.written_as(target.exact, spelled, language):
            continue
        score = media_context.fit(target.entry, tokens, keys, first, last, language, article)
        if score is not None and (best is None or score > best[0]):
            best = (score, target)
    return best[1] if best else None


def _variant_match(
    text: str, tokens: list[Token], keys: list[str], first: int, last: int, target: _Target, language: str, offset: int
) -> Match:
    entry = target.entry
    start, end = tokens[first].start, tokens[last].end
    article_start = _article_start(tokens, keys, first, language) if _takes_article_away(entry, language) else None
    if article_start is not None:
        start = article_start
    elif entry.context is not None and tokens[first].text.islower() and first < last:
        # A title MT opened with a lower-case article keeps it ("selon la Vérité" → "selon la Pravda",
        # "the People newspaper" → "the Nhân Dân newspaper"): the sentence was built around it.
        start = tokens[first + 1].start
    matched = text[start:end]
    suggestion = adapt(entry.preferred or "", matched, target.written, starts_sentence(text, start, language))
    return Match(entry, offset + start, offset + end, matched, suggestion if entry.preferred else None)


def _takes_article_away(entry: Entry, language: str) -> bool:
    if entry.preferred is None:
        return False
    if entry.article is Article.DROP:
        return True
    # A preferred form that brings its own article replaces the one in the text ("the The …").
    first_word = key(entry.preferred)[:1]
    return bool(first_word) and first_word[0] in words(language, _ARTICLES)


def _article_start(tokens: list[Token], keys: list[str], first: int, language: str) -> int | None:
    """Start of an article standing right before token `first`, or None."""
    if first >= 1 and keys[first - 1] in words(language, _ARTICLES) and tokens[first - 1].end < tokens[first].start:
        return tokens[first - 1].start
    if (
        first >= 2
        and keys[first - 1] == "'"
        and keys[first - 2] in words(language, _ELIDED_ARTICLES)
        and tokens[first - 2].end == tokens[first - 1].start
        and tokens[first - 1].end == tokens[first].start
    ):
        return tokens[first - 2].start
    return None


def _free_before(text: str, tokens: list[Token], keys: list[str], index: int) -> bool:
    """False when token `index` continues a hyphenated compound or a name with an apostrophe."""
    start = tokens[index].start
    if start < 2 or not text[start - 2].isalnum():
        return True
    previous = text[start - 1]
    if previous in HYPHENS:
        return False
    if previous in APOSTROPHES:
        elided = index >= 2 and keys[index - 2] in words_of_every_language(_ELISIONS)
        return elided and tokens[index - 2].end == start - 1
    return True


def _free_after(text: str, end: int) -> bool:
    """False when the match would end inside a hyphenated compound or before a glued apostrophe."""
    if end + 1 >= len(text) or not text[end + 1].isalnum():
        return True
    following = text[end]
    if following in HYPHENS:
        return False
    if following in APOSTROPHES:
        # A possessive 's is fine ("France Press's reporter"); "Press'o" is another word.
        return text[end + 1] in "sS" and (end + 2 >= len(text) or not text[end + 2].isalnum())
    return True


def _hyphens_as_spaces(phrase: str) -> str:
    return "".join(" " if character in HYPHENS else character for character in phrase)


def compile_pattern(entry: Entry, keep: bool = True) -> Any:
    """Compile a regex entry; raise GlossaryError naming the entry when it is not a valid regex.

    `keep=False` leaves the pattern out of the disk store (audit/pattern_store.py): validation compiles
    every pattern of every glossary once, and the store then held them all, a third of a megabyte that
    every later run read back (issue 9); a matcher compiles and keeps only those an article reaches."""
    from audit.pattern_store import IGNORECASE, compiled, pattern_error

    flags = 0 if entry.case_sensitive else IGNORECASE
    try:
        if keep:
            return compiled(entry.pattern or "", flags)
        import regex

        return regex.compile(entry.pattern or "", flags)
    except (pattern_error(), TypeError) as error:
        raise GlossaryError(f"{entry.source}: entry '{entry.id}': invalid pattern: {error}") from None


def _find_pattern(
    entry: Entry, compiled: Any, text: str, offset: int, budget: PatternBudget | None = None
) -> list[Match]:
    from audit.pattern_store import pattern_error

    budget = budget or PatternBudget(PATTERN_TIME_LIMIT)
    limit = min(PATTERN_TIME_LIMIT, budget.remaining)
    template = entry.replace if entry.replace is not None else (entry.preferred or "").replace("\\", "\\\\")
    matches = []
    started = time.monotonic()
    try:
        if limit <= 0:
            raise TimeoutError
        for found in compiled.finditer(text, timeout=limit):
            if found.end() == found.start():
                continue
            suggestion = found.expand(template)
            if not entry.case_sensitive:
                suggestion = adapt(suggestion, found.group(), entry.pattern or "", starts_sentence(text, found.start()))
            matches.append(Match(entry, offset + found.start(), offset + found.end(), found.group(), suggestion))
    except TimeoutError:
        where = (
            f"the {budget.seconds:g} s that the patterns may take on one article"
            if limit < PATTERN_TIME_LIMIT
            else f"{PATTERN_TIME_LIMIT:g} s on one paragraph of {len(text)} characters"
        )
        raise GlossaryError(
            f"{entry.source}: entry '{entry.id}': pattern took longer than {where}; "
            "simplify it (nested repetition such as (a|aa)+)"
        ) from None
    except (pattern_error(), IndexError) as error:
        raise GlossaryError(f"{entry.source}: entry '{entry.id}': bad replace template: {error}") from None
    finally:
        budget.spent += time.monotonic() - started
    return matches
