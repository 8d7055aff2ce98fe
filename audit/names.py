"""Name mentions and their spelling clusters, within one article and across a corpus.

MT renders a transliterated name differently from one sentence or one article to the next
("Shehbaz Sharif" … "Shahbaz Shareef"). `mentions` finds the names of people in a paragraph;
`cluster` groups the spellings of one name, as audit/transliteration.py compares them. Clusters are
stars around their most frequent (or glossary) form, never chains, so A ~ B ~ C cannot pull A and C
together. Across a corpus each document gives a small summary (audit/name_mining.py); summaries merge
by addition, so the mining is a map over documents and a merge, like corpus mode.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from audit.languages import language as language_data
from audit.name_translation import syllabic_name
from audit.prose import LazyPattern
from audit.transliteration import (
    ARABIC_ARTICLE,
    LETTERS,
    fold,
    korean_family_key,
    marks_differ,
    name_words,
    romanised_key,
    same_name,
    skeletons,
    syllable_key,
)

# A capitalised word (with inner apostrophes or hyphens: O'Brien, Boutros-Ghali, al-Assad) or an initial.
_WORD = r"(?:\p{Lu}\.(?=[ \u00a0]\p{Lu})|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)"
_SPACE = r"[ \u00a0]"
# The letter Windows-1252 or Latin-1 reads from a UTF-8 lead byte, and what it reads from the bytes after
# it ("’" read as "â€™", "é" as "Ã©"): a letter glued to a name that is no letter of it.
_MISREAD_LEADS = frozenset("âÃÂ")
_MISREAD_TAIL = LazyPattern(
    "[€\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u2122]"
)
_SENTENCE_START = LazyPattern(r"(?:^|[.!?…:;]['\"”’»)]*\s+|[\"“«„‘(]\s*)$")


class Mention(NamedTuple):
    """A name as written in the text: `start`/`end` are offsets into the text given to `mentions`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class NameConventions:
    """What a language puts around and inside names: titles before them, particles within them."""

    titles: frozenset[str]
    particles: frozenset[str]
    openers: frozenset[str]
    place_words: frozenset[str]
    function_words: frozenset[str]
    accented_letters: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    # Occupations a name may come after ("Coach Tamás Szabó", "L'allenatore…": `names.roles`, and the
    # calqued ones of `honorifics.roles`, "Farmer Sutrisno"): not the first word of a name of two or more,
    # but many are surnames standing alone (Koch, Fischer, Bauer), so not `common_words`.
    roles: frozenset[str] = frozenset()

    @property
    def pattern(self) -> LazyPattern:
        return _mention_pattern(self.particles)


@functools.cache
def conventions(code: str) -> NameConventions:
    """The name conventions of a shipped language; for a language without them (Catalan, a paragraph
    misidentified), those of every shipped language together."""
    from audit.languages import shipped_codes

    own = language_data(code)
    if own.value("names.titles"):
        sources = [own]
    else:
        sources = [language_data(other) for other in shipped_codes() if language_data(other).value("names.titles")]

    def merged(key: str) -> frozenset[str]:
        return frozenset().union(*(source.words(key) for source in sources))

    titles, openers, places = merged("names.titles"), merged("names.openers"), merged("names.place_words")
    functional = own.words("function_words")
    # Words that are never a surname standing alone (see `lone_words`).
    common = titles | openers | places | functional | own.words("lexicon.words")
    roles = merged("honorifics.roles") | merged("names.roles")
    return NameConventions(titles, merged("names.particles"), openers, places, functional,
                           own.words("names.accented_letters"), common, roles)  # fmt: skip


@functools.cache
def _mention_pattern(particles: frozenset[str]) -> LazyPattern:
    # Longest first; ties in a fixed order, so the source is the same in every process and the pattern
    # store (pattern_store.py) finds it: a set's order changes with the hash seed.
    joined = "|".join(sorted(particles, key=lambda particle: (-len(particle), particle)))
    separator = (
        rf"(?:{_SPACE}(?:(?:{joined}){_SPACE}){{0,2}}|{_SPACE}(?:{joined}|{ARABIC_ARTICLE})-)" if joined else _SPACE
    )
    return LazyPattern(rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’-]){_WORD}(?:{separator}{_WORD})*(?![\p{{L}}\p{{M}}\p{{N}}])")


def mentions(text: str, code: str) -> Iterator[Mention]:
    """The names of people in `text` (a paragraph in language `code`): two words or more, titles left
    out, places and institutions ("Hunan Province", "Bank of England") skipped.

    A capitalised word that opens a sentence is left out when it is a title, a function word, a listed
    opener ("Later", "Meanwhile") or a word the text also writes in lower case.

    >>> [m.text for m in mentions("Yesterday President Shehbaz Sharif met Nawaz Sharif's aides; yesterday.", "en")]
    ['Shehbaz Sharif', 'Nawaz Sharif']
    """
    language = conventions(code)
    lowered: frozenset[str] | None = None
    for match in language.pattern.finditer(text):
        run, end = match.group(), match.end()
        if run[-1] in _MISREAD_LEADS and _MISREAD_TAIL.compiled.match(text, end):
            run, end = run[:-1], end - 1  # "Departmentâ€™s": the name ends before a mis-decoded apostrophe
        if run.isalpha():
            continue  # one word (most capitalised words): never a name of two words or more
        pieces = [(piece.start(), piece.end()) for piece in LETTERS.finditer(run)]
        words = [run[begin:end].casefold() for begin, end in pieces]
        opening: frozenset[str] = frozenset()
        if _opens_sentence(text, match.start()):
            lowered = lowered if lowered is not None else lower_case_words(text)
            opening = lowered | language.openers
        titled = _title_end(words, language, opening)
        lower = [run[begin].islower() for begin, _ in pieces]
        start = _preposition_end(words, titled, language, lower)
        # "sagte Museumsdirektor Karim Benali der Zeitung Die Provence": the name before the
        # preposition is a name too (de/71).
        spans = [(titled, start - 1), (start, len(pieces))] if start > titled else [(start, len(pieces))]
        for first, last in spans:
            # "presidente del Consiglio Giorgia Meloni": an institution that ends a title (it/34).
            if (
                first == 0
                and first < last
                and words[0] in language.place_words
                and _ends_title(text, match.start(), language)
            ):
                first += 1
            # "Hunan Province" and "Henan Province": places one vowel apart are different places.
            if (
                first < last
                and any(word in language.place_words for word in words[first:last])
                and not syllabic_name(words[first:last])
                and not _korean_person(run, pieces, first, last)
            ):
                last = _institution_start(words, first, last, language, lower)
            if first >= last:
                continue
            begin = match.start() + pieces[first][0]
            form = text[begin : match.start() + pieces[last - 1][1]] if last < len(pieces) else text[begin:end]
            form = (form[:-2] if form.endswith(("'s", "’s")) else form).rstrip(".")
            if len(name_words(form, language.particles)) >= 2 and not form.isupper():
                yield Mention(begin, begin + len(form), form)


def narrowed(found: Sequence[Mention]) -> list[Mention]:
    """The mentions of one article, each cut to where the person's name starts when a role noun the
    title list lacks runs into it ("Kuratorin Marta Rinaldi", "Vorstandschef Paul Marketti"): a
    leading word is dropped when the rest starts with the first word of another mention, or with a
    spelling of it ("Landwirt Gholamreza Karimi" … "Qolamreza Karimi"), and the dropped word starts
    none, so the counts that decide the majority spelling are per person and the variant is seen.

    >>> [m.text for m in narrowed([Mention(0, 19, "Kuratorin Marta Rinaldi"), Mention(30, 43, "Marta Rinaldi")])]
    ['Marta Rinaldi', 'Marta Rinaldi']
    >>> [m.text for m in narrowed([Mention(0, 24, "Khalid bin Saad al-Harbi"), Mention(30, 42, "Saudi Arabia")])]
    ['Khalid bin Saad al-Harbi', 'Saudi Arabia']
    """
    firsts = Counter(mention.text.split(maxsplit=1)[0] for mention in found)
    result = []
    for mention in found:
        words = mention.text.split(" ")
        cut = next(
            (
                index
                for index in range(1, len(words) - 1)
                if _starts_another(words[index], words[0], firsts)
                and not any(firsts[word] > (word == words[0]) for word in words[:index])
                # After "bin" the name goes on ("Khalid bin Saad" beside "Saudi Arabia").
                and words[index - 1] not in _KINSHIP
            ),
            0,
        )
        offset = len(" ".join(words[:cut])) + 1 if cut else 0
        result.append(Mention(mention.start + offset, mention.end, mention.text[offset:]) if cut else mention)
    return result


def _starts_another(word: str, own_first: str, firsts: Counter[str]) -> bool:
    """Whether `word` is the first word of another mention, as written or respelt (one skeleton)."""
    if firsts[word]:
        return True
    if len(word) < 3:
        return False  # a particle has no skeleton of its own ("El" is not "Alaoui", en/129)
    shapes = skeletons(word)
    return any(first != own_first and shapes & skeletons(first) for first in firsts)


def _korean_person(run: str, pieces: list[tuple[int, int]], first: int, last: int) -> bool:
    """True when the words `first` to `last` of a capitalised run are a Korean family name and a
    hyphenated given name ("said Park Jun-ho"): a person, though the family name is a place word."""
    if last - first < 3 or korean_family_key(run[pieces[first][0] : pieces[first][1]]) is None:
        return False
    given = run[pieces[first + 1][0] : pieces[last - 1][1]]
    return last - first == 3 and given.count("-") == 1 and " " not in given


def _title_end(words: list[str], language: NameConventions, opening: frozenset[str]) -> int:
    """Where the name starts in a capitalised run: after titles, function words and a sentence opener
    (`opening`: words that open this sentence without being a name)."""
    start = 0
    while start < len(words) and (
        words[start] in language.titles
        or (words[start] in language.roles and start < len(words) - 2)
        or words[start] in language.function_words
        or (start == 0 and words[0] in opening)
    ):
        start += 1
    # "Meanwhile German Chancellor Olaf Scholz": what precedes the last title is not the name.
    titled = [index for index in range(start, len(words) - 2) if words[index] in language.titles]
    return titled[-1] + 1 if titled else start


# Particles that say "son of" or "daughter of" inside an Arabic name: never a preposition before a whole
# name in the article languages ("Khalid bin Saad al-Harbi" is one name, "von Mohammed bin Salman" is not).
_KINSHIP = frozenset({"bin", "ibn", "bint"})


def _preposition_end(words: list[str], start: int, language: NameConventions, lower: list[bool]) -> int:
    """Where the name starts after a preposition before a whole name, or `start` when there is none;
    `lower` tells which words are written in lower case."""
    # "Der Besuch von Mohammed bin Salman": a particle followed by a whole name is a preposition;
    # one followed by a single word is part of the name (Ursula von der Leyen, Charles de Gaulle), and
    # so is a capitalised one ("Kareem Ben Ali der Zeitung", de/71).
    return next(
        (
            index + 1
            for index in range(start + 1, len(words))
            if words[index] in language.particles
            and words[index] not in _KINSHIP
            and lower[index]
            and sum(len(word) > 1 and word not in language.particles for word in words[index + 1 :]) >= 2
        ),
        start,
    )


def _institution_start(words: list[str], first: int, last: int, language: NameConventions, lower: list[bool]) -> int:
    """Where a person's name ends before the institution a particle ties to it ("Ryota Shimizu von der
    Gesellschaft", de/78), or `first` when the place word is in the name itself ("Hunan Province"):
    the name is two words or more before a lower-case particle, and holds no place word."""
    cut = next((index for index in range(first + 2, last) if words[index] in language.particles and lower[index]), last)
    if cut == last or any(word in language.place_words for word in words[first:cut]):
        return first
    return cut


def _ends_title(text: str, offset: int, language: NameConventions) -> bool:
    """True when the text before `offset` is a title and a linking word ("presidente del", "ministro
    degli"), so the capitalised institution at `offset` closes a title ("del Consiglio Giorgia Meloni")."""
    before = text[max(0, offset - 30) : offset].casefold().split()
    return (
        len(before) >= 2
        and before[-2] in language.titles
        and (before[-1] in language.function_words or before[-1] in language.particles)
    )


def _opens_sentence(text: str, offset: int) -> bool:
    """True when `offset` starts the text or follows a sentence end or an opening quote; only a short
    window before it is read, so a long paragraph is not scanned once per name."""
    return _SENTENCE_START.search(text[max(0, offset - 12) : offset]) is not None


@functools.lru_cache(maxsize=64)
def lower_case_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case: capitalised, they open a sentence, not a name. Cached:
    the name mentions and the lone surnames of one paragraph both ask."""
    return frozenset(word for word in LETTERS.findall(text) if word[:1].islower())


@dataclass
class Cluster:
    """Spellings of one name: each form with its count and the ids of documents holding it."""

    forms: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    preferred: str = ""
    language: str = ""

    @property
    def variants(self) -> list[str]:
        return [form for form, _ in self.forms.most_common() if form != self.preferred]


def cluster(
    forms: Mapping[str, int],
    known: Iterable[str] = (),
    particles: frozenset[str] = frozenset(),
    examples: Mapping[str, list[str]] | None = None,
    letters: frozenset[str] = frozenset(),
) -> list[Cluster]:
    """Group name forms into clusters of two spellings or more, each a star around its preferred form.

    The preferred form is a `known` (glossary) form when one is in the cluster, else the most
    frequent; ties go to the form with more accents (MT and keyboards drop marks far more often than
    they add them), then to a form that is not another plus a final letter (MT keeps a source ending:
    Jonas Brekken, Paolo Pirasi, it/10), then to the form seen first. Forms are compared only with heads that share the
    skeleton of their first or last word, so a corpus of many names is not compared pairwise.
    `letters` are the accented letters of the language (see `audit.transliteration.marks_differ`).
    """
    known_folded = {fold(name): name for name in known}
    order = {form: index for index, form in enumerate(forms)}
    folded_forms = {fold(form) for form in forms}
    ranked = sorted(
        forms,
        key=lambda form: (
            fold(form) not in known_folded,
            -forms[form],
            -_marks(form),
            _extends(form, folded_forms),
            order[form],
        ),
    )
    heads: list[Cluster] = []
    by_key: dict[str, list[int]] = {}
    for form in ranked:
        words = name_words(form, particles)
        # Skeletons through alternations too (Rachid / Rashid), and the Chinese surname's syllable key.
        keys = skeletons(words[0]) | skeletons(words[-1]) | {"zh:" + syllable_key(form)}
        # Romanisation systems that share no skeleton (Shunsuke Tsuchida / Syunsuke Tutida).
        keys |= {"rom:" + romanised_key(words[0]), "rom:" + romanised_key(words[-1])}
        if (family := korean_family_key(words[0])) is not None:
            keys |= {"ko:" + family}  # Choi / Chwe, Lee / Yi: no skeleton in common
        home = next(
            (
                index
                for index in sorted({index for key in keys for index in by_key.get(key, ())})
                if same_name(heads[index].preferred, form, particles, letters)
            ),
            None,
        )
        if home is None:
            home = len(heads)
            heads.append(Cluster(preferred=known_folded.get(fold(form), form)))
            for key in keys:
                by_key.setdefault(key, []).append(home)
        heads[home].forms[form] += forms[form]
        heads[home].examples.setdefault(form, list((examples or {}).get(form, ()))[:3])
    return [found for found in heads if len(found.forms) > 1 and _differs(found, letters)]


def _differs(found: Cluster, letters: frozenset[str]) -> bool:
    """A cluster whose forms are all one spelling once folded (Erdoğan / Erdogan) reports nothing,
    unless their accents differ as `spelt_apart` counts them (Ortíz / Ortiz in Spanish)."""
    return any(spelt_apart(form, found.preferred, letters) for form in found.forms)


def spelt_apart(first: str, second: str, letters: frozenset[str] = frozenset()) -> bool:
    """True when a reader sees two spellings: they differ once folded, or by accents that count.

    >>> spelt_apart("Erdoğan", "Erdogan", frozenset("éè")), spelt_apart("Lucía Ortíz", "Lucía Ortiz", frozenset("í"))
    (False, True)
    """
    return fold(first) != fold(second) or marks_differ(first, second, letters)


def kept_letters(text: str, forms: Iterable[str], own: frozenset[str]) -> frozenset[str]:
    """The marked letters outside `own` (the language's) that an article keeps in its proper names: each
    written in at least three capitalised words of `text` besides those of the `forms` that fold alike
    (Motława, Ołowianka, Bogusława in an English article). There a name written once
    with the letter and once without is inconsistent, as with the language's own letters (Kozłowski /
    Kozlowski); elsewhere a foreign mark dropped is the usual transliteration (Erdoğan / Erdogan). Only
    an article holding two forms that fold alike but differ is read.

    >>> text = "Gdańsk. Motława, Ołowianka and Bogusława. Kozłowski, Kozlowski; Erdoğan, Erdogan."
    >>> sorted(kept_letters(text, ["Jan Kozłowski", "Jan Kozlowski", "Recep Erdoğan", "Recep Erdogan"], frozenset()))
    ['ł']
    """
    folded = Counter(fold(form) for form in set(forms))
    compared = {word for form in set(forms) if folded[fold(form)] > 1 for word in LETTERS.findall(form)}
    if not compared:
        return frozenset()
    holders: dict[str, set[str]] = {}
    for word in set(_CAPITALISED.findall(text)) - compared:
        if word.isascii():
            continue
        for letter in word.casefold():
            if letter not in own and fold(letter) != letter:
                holders.setdefault(letter, set()).add(word)
    return frozenset(letter for letter, words in holders.items() if len(words) >= _KEPT)


# Distinct capitalised words that show an article keeps a foreign letter (en/83: three others with ł).
_KEPT = 3
# A capitalised word: `kept_letters` weighs those holding a letter outside ASCII.
_CAPITALISED = LazyPattern(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*")


def _extends(form: str, folded_forms: set[str]) -> bool:
    """True when an unmarked form is another of `folded_forms` with one more final letter, not a doubled
    one (Paolo Pirasi / Piras; Ramon Casadevall / Casadeval is a letter dropped, fr/39). Marked forms
    are ranked by their marks: a mis-decoded "BrandÃ" is no truer than Brandão (en/55).

    >>> _extends("Paolo Pirasi", {"paolo piras"}), _extends("Ramon Casadevall", {"ramon casadeval"})
    (True, False)
    """
    folded = fold(form)
    return form.isascii() and len(folded) > 2 and folded[-1] != folded[-2] and folded[:-1] in folded_forms


def _marks(form: str) -> int:
    """How many letters of a form carry a mark (none in an ASCII form, most forms: no letter is folded)."""
    return 0 if form.isascii() else sum(fold(character) != character.casefold() for character in form)
