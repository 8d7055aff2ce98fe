"""Name mentions and their spelling clusters, within one article and across a corpus.

MT renders a transliterated name differently from one sentence or one article to the next
("Shehbaz Sharif" … "Shahbaz Shareef"). Two spellings are taken for one name when, word by word,
each pair is the same word or a variant of it: the same transliteration skeleton (consonants after
folding the usual respellings: dj/j, ou/u, ee/i, q/k, w/v…) within a small edit distance, or a
one-letter slip of a long word. Edit distances come from rapidfuzz (C++, well kept), not from
hand-written loops.

Decoys must not merge, so the test is strict where names are: a short word (Kim Jong-un / Jong-il)
must be equal; a changed final vowel is another person (Mario / Maria, Sediq / Sediqi); a grammatical
ending is the same word (Merkel / Merkels, Deutsche / Deutschen) and no variant; Hassan and Hussein
share a skeleton but are three edits apart. Clusters are stars around their most frequent (or
glossary) form, never chains, so A ~ B ~ C cannot pull A and C together.

Across a corpus each document gives a small summary (its name forms and counts); summaries merge by
addition, so the mining is a map over documents and a merge, like corpus mode.
"""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from audit.languages import language as language_data
from audit.prose import LazyPattern

# A capitalised word (with inner apostrophes or hyphens: O'Brien, Boutros-Ghali, al-Assad) or an initial.
_WORD = r"(?:\p{Lu}\.(?=[ \u00a0]\p{Lu})|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)"
_SPACE = r"[ \u00a0]"
_LETTERS = LazyPattern(r"[\p{L}\p{M}]+")
_SENTENCE_START = LazyPattern(r"(?:^|[.!?…:;]['\"”’»)]*\s+|[\"“«„‘(]\s*)$")

# Grammatical endings that make the same word, not a variant (Merkels, Deutschen, Europäischer).
_ENDINGS = frozenset({"s", "es", "e", "en", "n", "er", "em", "ns", "'s", "’s"})
_VOWELS = frozenset("aeiou")
_VOWELS_AND_Y = _VOWELS | {"y"}
# Respellings that transliteration varies freely; applied in order to a folded word.
_RESPELLINGS = (
    ("dzh", "j"),
    ("dj", "j"),
    ("sch", "sh"),
    ("ck", "k"),
    ("tz", "z"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("q", "k"),
    ("c", "k"),
    ("w", "v"),
    ("y", "i"),
    ("ij", "i"),
)
_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


@dataclass(frozen=True)
class Mention:
    """A name as written in the text: `start`/`end` are offsets into the text given to `mentions`."""

    start: int
    end: int
    text: str


@functools.lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Casefold and drop accents: the spelling a reader does not count as different.

    >>> fold("Erdoğan"), fold("Straße")
    ('erdogan', 'strasse')
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_FOLD))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


@functools.lru_cache(maxsize=65536)
def respelt(word: str) -> str:
    """A folded word with the freely varying transliterations made equal and doubled letters single.

    >>> respelt("Shareef"), respelt("Tebboune"), respelt("Abdelmadjid")
    ('sharif', 'tebune', 'abdelmajid')
    """
    text = fold(word)
    for old, new in _RESPELLINGS:
        text = text.replace(old, new)
    return "".join(character for index, character in enumerate(text) if index == 0 or character != text[index - 1])


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The transliteration skeleton: the respelt word without its vowels after the first letter.

    >>> skeleton("Sediqqi"), skeleton("Siddiqui"), skeleton("Hussein"), skeleton("Ebrahim")
    ('sdk', 'sdk', 'hsn', 'abrhm')
    """
    text = respelt(word)
    # An initial vowel varies as freely as the inner ones (Ebrahim / Ibrahim, Oussama / Usama).
    text = "a" + text[1:] if text[:1] in _VOWELS else text
    consonants = text[:1] + "".join(character for character in text[1:] if character not in _VOWELS)
    return "".join(
        character for index, character in enumerate(consonants) if index == 0 or character != consonants[index - 1]
    )


def _distance(first: str, second: str) -> int:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(first, second)


def _inflected(first: str, second: str) -> bool:
    """True when one folded word is the other plus a grammatical ending (merkel / merkels)."""
    short, long = sorted((first, second), key=len)
    return long.startswith(short) and long[len(short) :] in _ENDINGS


def _final_vowel_swap(first: str, second: str) -> bool:
    """True when the words differ only by a final vowel added or changed: another person (Mario / Maria)."""
    short, long = sorted((first, second), key=len)
    if len(long) == len(short):
        return short[:-1] == long[:-1] and (short[-1] in _VOWELS or long[-1] in _VOWELS)
    return len(long) == len(short) + 1 and long.startswith(short) and long[-1] in _VOWELS_AND_Y


def word_relation(first: str, second: str) -> str | None:
    """How two words of a name relate: "same", "variant" (strong: one skeleton), "slip" (one letter off,
    weak) or None (different words).

    >>> word_relation("Sharif", "Shareef"), word_relation("Scholz", "Schulz"), word_relation("Hassan", "Hussein")
    ('variant', 'variant', None)
    >>> word_relation("Merkel", "Merkels"), word_relation("Mario", "Maria"), word_relation("un", "il")
    ('same', None, None)
    """
    folded_first, folded_second = fold(first), fold(second)
    if folded_first == folded_second or _inflected(folded_first, folded_second):
        return "same"
    first_respelt, second_respelt = respelt(first), respelt(second)
    longest = max(len(first_respelt), len(second_respelt))
    initials = {first_respelt[:1], second_respelt[:1]}
    if longest < 4 or (len(initials) > 1 and not initials <= _VOWELS):
        return None
    if first_respelt == second_respelt:
        return "variant"
    if _final_vowel_swap(folded_first, folded_second):
        return None
    distance = _distance(first_respelt, second_respelt)
    if skeleton(first) == skeleton(second) and distance <= max(1, int(0.4 * longest)):
        return "variant"
    if longest >= 5 and _distance(folded_first, folded_second) == 1:
        return "slip"
    return None


@functools.lru_cache(maxsize=65536)
def name_words(form: str, particles: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of a name form that identify it: no particles, no initials, hyphens split.

    >>> name_words("Bashar al-Assad", frozenset({"al"}))
    ('Bashar', 'Assad')
    """
    words = [word for word in _LETTERS.findall(form) if word.casefold() not in particles]
    return tuple(word for word in words if len(word) > 1 or len(words) == 1)


def same_name(first: str, second: str, particles: frozenset[str] = frozenset()) -> bool:
    """True when two different spellings are one name (a variant in at least one word, no other change).

    >>> same_name("Shehbaz Sharif", "Shahbaz Shareef"), same_name("Nawaz Sharif", "Shehbaz Sharif")
    (True, False)
    >>> same_name("Abdel Majid Taboun", "Abdelmadjid Tebboune"), same_name("Ahmad Shah Massoud", "Ahmad Massoud")
    (True, False)
    """
    words_first, words_second = name_words(first, particles), name_words(second, particles)
    if len(words_first) < 2 or len(words_second) < 2:
        return False
    if len(words_first) == len(words_second):
        relations = [word_relation(a, b) for a, b in zip(words_first, words_second, strict=True)]
        if None in relations or relations.count("same") == len(relations):
            return False
        # A one-letter slip is weak evidence alone: another word of the name must be the same.
        return "slip" not in relations or "same" in relations
    # Words run together or split ("Abdelmadjid" / "Abdel Majid"): compare the whole, ends anchored.
    if word_relation(words_first[-1], words_second[-1]) is None:
        return False
    joined_first, joined_second = "".join(words_first), "".join(words_second)
    if skeleton(joined_first) != skeleton(joined_second) or fold(joined_first) == fold(joined_second):
        return False
    longest = max(len(joined_first), len(joined_second))
    return _distance(respelt(joined_first), respelt(joined_second)) <= max(1, longest // 5)


def respelling_only(first: str, second: str, particles: frozenset[str] = frozenset()) -> bool:
    """True when two spellings differ only by freely varying transliterations (Sergei / Sergey,
    Mahmoud / Mahmud): accepted alternatives, not slips.

    >>> respelling_only("Sergei Lavrov", "Sergey Lavrov"), respelling_only("Olaf Scholz", "Olaf Schulz")
    (True, False)
    """
    words_first, words_second = name_words(first, particles), name_words(second, particles)
    return respelt("".join(words_first)) == respelt("".join(words_second))


@dataclass(frozen=True)
class NameConventions:
    """What a language puts around and inside names: titles before them, particles within them."""

    titles: frozenset[str]
    particles: frozenset[str]
    openers: frozenset[str]
    place_words: frozenset[str]
    function_words: frozenset[str]

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

    return NameConventions(merged("names.titles"), merged("names.particles"), merged("names.openers"),
                           merged("names.place_words"), own.words("function_words"))  # fmt: skip


@functools.cache
def _mention_pattern(particles: frozenset[str]) -> LazyPattern:
    joined = "|".join(sorted(particles, key=len, reverse=True))
    separator = rf"(?:{_SPACE}(?:(?:{joined}){_SPACE}){{0,2}}|{_SPACE}(?:{joined})-)" if joined else _SPACE
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
        run = match.group()
        pieces = [(piece.start(), piece.end()) for piece in _LETTERS.finditer(run)]
        words = [run[begin:end].casefold() for begin, end in pieces]
        opening: frozenset[str] = frozenset()
        if _opens_sentence(text, match.start()):
            lowered = lowered if lowered is not None else _lower_case_words(text)
            opening = lowered | language.openers
        start = _name_start(words, language, opening)
        # "Hunan Province" and "Henan Province": places one vowel apart are different places.
        if start >= len(pieces) or any(word in language.place_words for word in words[start:]):
            continue
        begin = match.start() + pieces[start][0]
        form = text[begin : match.end()]
        form = (form[:-2] if form.endswith(("'s", "’s")) else form).rstrip(".")
        if len(name_words(form, language.particles)) >= 2 and not form.isupper():
            yield Mention(begin, begin + len(form), form)


def _name_start(words: list[str], language: NameConventions, opening: frozenset[str]) -> int:
    """Where the name starts in a capitalised run: after titles, function words, a sentence opener
    (`opening`: words that open this sentence without being a name), and a preposition before a name."""
    start = 0
    while start < len(words) and (
        words[start] in language.titles
        or words[start] in language.function_words
        or (start == 0 and words[0] in opening)
    ):
        start += 1
    # "Meanwhile German Chancellor Olaf Scholz": what precedes the last title is not the name.
    titled = [index for index in range(start, len(words) - 2) if words[index] in language.titles]
    start = titled[-1] + 1 if titled else start
    # "Der Besuch von Mohammed bin Salman": a particle followed by a whole name is a preposition;
    # one followed by a single word is part of the name (Ursula von der Leyen, Charles de Gaulle).
    return next(
        (
            index + 1
            for index in range(start + 1, len(words))
            if words[index] in language.particles
            and sum(len(word) > 1 and word not in language.particles for word in words[index + 1 :]) >= 2
        ),
        start,
    )


def _opens_sentence(text: str, offset: int) -> bool:
    """True when `offset` starts the text or follows a sentence end or an opening quote; only a short
    window before it is read, so a long paragraph is not scanned once per name."""
    return _SENTENCE_START.search(text[max(0, offset - 12) : offset]) is not None


def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(word for word in _LETTERS.findall(text) if word[:1].islower())


def closest_name(form: str, names: tuple[str, ...], particles: frozenset[str] = frozenset()) -> str | None:
    """The one name of `names` that `form` is another spelling of, or None (none, or more than one).

    rapidfuzz picks a few candidates by similarity; `same_name` decides.

    >>> closest_name("Olaf Schulz", ("Olaf Scholz", "Joe Biden"))
    'Olaf Scholz'
    """
    from rapidfuzz import fuzz, process

    candidates = process.extract(fold(form), _folded(names), scorer=fuzz.ratio, score_cutoff=75, limit=3)
    found = {names[index] for _, _, index in candidates if same_name(names[index], form, particles)}
    return next(iter(found)) if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _folded(names: tuple[str, ...]) -> list[str]:
    return [fold(name) for name in names]


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
) -> list[Cluster]:
    """Group name forms into clusters of two spellings or more, each a star around its preferred form.

    The preferred form is a `known` (glossary) form when one is in the cluster, else the most
    frequent, ties to the form seen first. Forms are compared only with heads that share the
    skeleton of their first or last word, so a corpus of many names is not compared pairwise.
    """
    known_folded = {fold(name): name for name in known}
    order = {form: index for index, form in enumerate(forms)}
    ranked = sorted(forms, key=lambda form: (fold(form) not in known_folded, -forms[form], order[form]))
    heads: list[Cluster] = []
    by_key: dict[str, list[int]] = {}
    for form in ranked:
        words = name_words(form, particles)
        keys = {skeleton(words[0]), skeleton(words[-1])}
        home = next(
            (
                index
                for index in sorted({index for key in keys for index in by_key.get(key, ())})
                if same_name(heads[index].preferred, form, particles)
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
    return [found for found in heads if len(found.forms) > 1 and _differs(found)]


def _differs(found: Cluster) -> bool:
    """A cluster whose forms are all one spelling once folded (Erdoğan / Erdogan) reports nothing."""
    return len({fold(form) for form in found.forms}) > 1
