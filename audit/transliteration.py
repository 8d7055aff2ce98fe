"""How two spellings of a name compare: folding, transliteration respellings, skeletons, distances.

Two spellings are taken for one name when, word by word, each pair is the same word or a variant of
it: the same transliteration skeleton (consonants after folding the usual respellings: dj/j, ou/u,
ee/i, q/k, w/v…) within a small edit distance, or a one-letter slip of a long word beside an identical
word. Whether two words are within a few edits is a yes-or-no question `audit.edit_distance` answers
without a library; the search for candidate names among many is rapidfuzz's (C++, well kept).

Decoys must not merge, so the test is strict where names are: a short word (Kim Jong-un / Jong-il)
must be equal; a changed final vowel is another person (Mario / Maria, Sediq / Sediqi); a grammatical
ending is the same word (Merkel / Merkels, Deutsche / Deutschen) and no variant; Hassan and Hussein
share a skeleton but are three edits apart. All functions are pure and memoised.
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections.abc import Callable, Iterator

from audit.edit_distance import may_reach_ratio, one_edit_apart, within_edits
from audit.prose import LazyPattern

LETTERS = LazyPattern(r"[\p{L}\p{M}]+")
"""A run of letters: the words of a name, hyphens and apostrophes left out."""
WORD_CACHE = 16384
"""Words each per-word function keeps its answer for. The 2 MB bench corpus asks `fold` about 27,000
distinct words, 96 % of its calls repeats; with 65,536 a word, the 20 MB bench's cold check peaked at
203.6 MiB, with 16,384 (and `word_languages.KEPT_SHARDS` 96) at 196.3 MiB, same findings (issue 9)."""

# Grammatical endings that make the same word, not a variant (Merkels, Deutschen, Europäischer).
_ENDINGS = frozenset({"s", "es", "e", "en", "n", "er", "em", "ns", "'s", "’s"})
_VOWELS = frozenset("aeiou")
_VOWELS_AND_Y = _VOWELS | {"y"}
# Final vowels that transliterations of one name swap: no language marks a gender with them.
_HEARD_ALIKE = ({"o", "u"}, {"e", "i"})
# Endings that make a woman's given name of a man's (Viktor / Viktoria, Stefan / Stefania, Jan /
# Janina, Josef / Josefine): two people, not a respelling.
_FEMININE = frozenset({"ia", "iya", "ija", "ina", "ine"})
# Respellings that transliteration varies freely; applied in order to a folded word. "ç" stands for
# the one sound German writes tsch, English tch and Polish cz (Gronitsch / Gronicz); Spanish writes
# j where English writes kh and German ch (Jalaf / Khalaf, Mijaíl / Mikhail / Michail, Scheich /
# Sheikh), so every other c is k first; Italian chi/che is ki/ke (Bianchi /
# Bianki); z and s swap between transliterations (Zelensky / Selenskyj, Luiz / Luís); x is ks
# (Alexander / Aleksandr, Maxim / Maksim); Basque tx is ch (Etxeberria / Echeberria); German writes
# dsch for the English j and the Russian dzh (Dschingis / Jingis, Kendschi / Kenji).
_RESPELLINGS = (
    ("dsch", "j"),
    ("tx", "ch"),
    ("dzh", "j"),
    ("dj", "j"),
    ("tsch", "ç"),
    ("tch", "ç"),
    ("cz", "ç"),
    ("sch", "sh"),
    ("chi", "ki"),
    ("che", "ke"),
    ("ck", "k"),
    ("tz", "z"),
    ("z", "s"),
    ("x", "ks"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    # German umlauts written out (Mueller / Müller / Muller, Goebel / Göbel, Jaeger / Jäger).
    ("ue", "u"),
    ("oe", "o"),
    ("ae", "a"),
    ("q", "k"),
    ("c", "k"),
    ("kh", "j"),
    ("w", "v"),
    ("y", "i"),
    ("ij", "i"),
)
# Greek Γι before a vowel is written Yi or Gi (Yiorgos / Giorgos, Yiannis / Giannis).
_INITIAL = LazyPattern(r"^yi(?=[aeiou])")
# German writes the Slavic й after a vowel as j, English as y or i (Andrej / Andrei, Nikolaj / Nikolai).
_GLIDE = LazyPattern(r"(?<=[aeiou])j(?![aeiou])")
# Romanisations of one Korean surname (Revised, McCune-Reischauer and the families' own): too short for
# the respellings, which leave words under four letters alone, so listed (Lee Seung-hun / Yi Seung-hun).
_KOREAN_SURNAMES = tuple(
    frozenset(group.split())
    for group in (
        "lee yi rhee ri rhie",
        "park pak bak",
        "choi choe chwe",
        "jung jeong chung cheong",
        "kang gang",
        "cho jo",
        "yoon yun",
        "lim im rim",
        "shin sin",
        "kwon gwon",
        "jang chang",
        "yoo yu ryu",
        "kim gim",
        "seo suh",
        "ahn an",
        "moon mun",
        "baek paek paik",
        "noh roh",
        "heo hur huh",
        "koo ku gu",
        "sung seong",
        "joo ju",
        "hwang whang",
        "kwak gwak",
        "jeon chun jun",
        "bae pae",
    )
)
# Romanisations of one Chinese surname: Hong Kong's Cantonese, Macau's, pinyin, Wade-Giles and Hokkien
# (Chan / Chen / Tan for 陳, Lau / Liu / Lao for 劉). A name whose hyphenated given name is written
# alike in both forms ("Chan Ka-wai" / "Chen Ka-wai") is one person whichever its surname's system; a
# surname may stand in two groups (Tan is 陳 in Hokkien and 譚 in pinyin).
_CHINESE_SURNAMES = tuple(
    frozenset(group.split())
    for group in (
        "chan chen tan chin",
        "lau liu lao",
        "wong huang vong",
        "wong wang",
        "cheung zhang chang cheong",
        "leung liang leong",
        "ho he",
        "lee li lei",
        "ng wu",
        "tsang zeng tseng",
        "yeung yang ieong",
        "cheng zheng cheang",
        "lam lin lim",
        "tang deng",
        "chow zhou chou chau",
        "kwok guo kuo",
        "lo luo law",
        "mak mai",
        "fung feng",
        "tse xie hsieh",
        "chu zhu",
        "hui xu hsu",
        "yip ye yeh",
        "siu xiao hsiao",
        "poon pan",
        "tam tan",
        "choi cai tsai",
        "kwan guan",
    )
)
# Each romanisation of a Korean family name, folded, with the key of its group (the group's first
# spelling in alphabetical order): one lookup tells two spellings of one family name.
_KOREAN_FAMILY = {name: min(group) for group in _KOREAN_SURNAMES for name in group}
# Respellings one system makes and another does not, so no single folding can hold them: Turkish and
# Persian write Arabic kh as h (Khalil / Halil, Mikhail / Mihail) where Spanish writes j (Jalil);
# French writes Arabic sh as ch (Rachid / Rashid, Hicham / Hisham), where ch is otherwise k or kh;
# Persian writes Arabic q as gh (Ghassem / Qassem); West African names write di before a vowel as dj
# (Diallo / Djaló), where dj is otherwise j (Djamel / Jamal). Each applies to one word when the other
# holds its replacement, so Diana never meets Jana. German, Dutch and the Slavic languages write the
# glide before a vowel j where English and French write y (Jelena / Yelena, Jael / Yael, Dajan /
# Dayan), and Greek Γι is Gi or Y (Giorgos / Yorgos); English and German keep the Greek th that
# the other languages write t (Thomas / Tomasz, Theodoros / Teodor).
# Each entry: letters the word must hold (a cheap test before the pattern), the pattern, its
# replacement, what the other word must hold, and the length of the longer word below which it does
# not apply (one respelt letter of a short word makes another name: Chen / Shen, Khan / Han).
# Pinyin and Korean romanisation write j and y for two sounds (Jing / Ying, Joon / Yoon): the glide
# entry leaves their words alone (`_east_asian`).
_ALTERNATIONS = (
    ("kh", LazyPattern("kh"), "h", "h", 5),
    ("ch", LazyPattern("ch"), "sh", "sh", 5),
    # English ch for the ч German writes tsch, French tch, Polish cz (Kovalchuk / Kowaltschuk); Greek χ
    # written ch or h (Vlachos / Vlahos).
    ("ch", LazyPattern("(?<!t)(?<!ts)ch"), "tsch", "tsch", 5),
    ("ch", LazyPattern("(?<!t)ch"), "tch", "tch", 5),
    ("ch", LazyPattern("ch"), "cz", "cz", 5),
    ("ch", LazyPattern("(?<![st])ch"), "h", "h", 5),
    ("gh", LazyPattern("gh"), "q", "q", 5),
    ("di", LazyPattern(r"^di(?=[aeiou])"), "dj", "dj", 5),
    # A glide is one letter in a four-letter name too (Jael / Yael, Juri / Yuri); Jan / Yan stay apart.
    ("j", LazyPattern(r"(?:^|(?<=[aeiou]))j(?=[aeiou])"), "y", "y", 4),  # not for `_east_asian` words
    ("gi", LazyPattern(r"^gi(?=[aeiou])"), "y", "y", 5),
    ("th", LazyPattern("th"), "t", "t", 5),
    # Arabic ذ written dh, d or z (Dhubhani / Dubhani, Dhahran / Zahran).
    ("dh", LazyPattern("dh"), "d", "d", 5),
    ("dh", LazyPattern("dh"), "z", "z", 5),
    # Arabic ة (ta marbuta) ending a name, written a, ah or eh (Salama / Salameh, Hamza / Hamzeh).
    ("h", LazyPattern(r"(?<=[^aeiou])[ae]h$"), "a", "a", 5),
)
# Alternations that count only when they make the two words one once respelt: each spans a
# romanisation system, not a free variation, so the vowels must agree too (Christian / Kristian,
# not Kristina). Greek and Hebrew χ written ch or k (Christos / Kristos, Jericho / Jeriko), from six
# letters; the Dutch-era Indonesian oe, now u (Soeharti / Suharti, Soekarno / Sukarno); the oe of the
# Thai royal system that popular spellings write er (Prasoet / Prasert); the initial i that Romanian
# and older French write for a j before a vowel (Iovanovitch / Jovanović, Iosif / Josif); the ei or ai of
# an Arabic diphthong.
_EXACT_ALTERNATIONS = (
    ("ch", LazyPattern("ch"), "k", "k", 6),
    ("oe", LazyPattern("oe"), "u", "u", 5),
    ("oe", LazyPattern("oe"), "er", "er", 5),
    ("i", LazyPattern(r"^i(?=[aeiou])"), "j", "j", 5),
    # The Arabic diphthong ay written ei or ai, in four-letter names too (Saif / Seif, Zaid / Zeid).
    ("ei", LazyPattern("ei"), "ai", "ai", 4),
)
# Alternations that romanised Chinese and Korean do not make: there the letters are two sounds (Chang
# and Kang are two families).
_NOT_EAST_ASIAN = frozenset({("j", "y"), ("ch", "k"), ("i", "j")})
# The shortest word an alternation applies to.
_SHORTEST_ALTERNATED = min(entry[-1] for entry in _ALTERNATIONS + _EXACT_ALTERNATIONS)
_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
# Letters that English and French transliteration write as two (Ševčenko / Shevchenko, Jovanović /
# Jovanovich, Şahin / Shahin, Țurcanu / Tsurcanu): `respelt` reads them so before folding drops the mark.
_DIGRAPHS = str.maketrans({"š": "sh", "ž": "zh", "č": "ch", "ć": "ch", "ş": "sh", "ș": "sh", "ţ": "ts", "ț": "ts"})
# The Slavic patronymic ending as each language writes it (Jovanović, Jovanovich, Iovanovitch,
# Jovanowicz, Jovanowitsch; Ukrainian Yanukovych, Janukowytsch), and the French and older English -off
# for -ov (Rachmaninoff).
_SLAVIC_ENDINGS = ((LazyPattern(r"[vw][iy](?:tsch|tch|ch|cz|c|tz)$"), "vich"), (LazyPattern(r"(?<=[oe])ff$"), "v"))


@functools.lru_cache(maxsize=WORD_CACHE)
def fold(word: str) -> str:
    """Casefold and drop accents: the spelling a reader does not count as different.

    >>> fold("Erdoğan"), fold("Straße")
    ('erdogan', 'strasse')
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_FOLD))
    return "".join(character for character in decomposed if not unicodedata.combining(character))


@functools.lru_cache(maxsize=WORD_CACHE)
def respelt(word: str) -> str:
    """A folded word with the freely varying transliterations made equal and doubled letters single.

    >>> respelt("Shareef"), respelt("Tebboune"), respelt("Abdelmadjid"), respelt("Mueller"), respelt("Fatimah")
    ('sharif', 'tebune', 'abdelmajid', 'muler', 'fatima')
    >>> respelt("Yiorgos"), respelt("Andrej"), respelt("Etxeberria")
    ('giorgos', 'andrei', 'ekeberia')
    """
    text = _INITIAL.sub("gi", fold(word.casefold().translate(_DIGRAPHS)))
    for pattern, ending in _SLAVIC_ENDINGS:
        text = pattern.sub(ending, text) if text.endswith(("c", "h", "z", "ff")) else text
    for old, new in _RESPELLINGS:
        text = text.replace(old, new)
    text = _GLIDE.sub("i", text) if "j" in text else text
    if len(text) > 3 and text[-1] == "h" and text[-2] in "aeiou":
        text = text[:-1]  # a final h after a vowel comes and goes (Fatimah / Fatima, Oduyah / Oduya)
    return "".join(character for index, character in enumerate(text) if index == 0 or character != text[index - 1])


@functools.lru_cache(maxsize=WORD_CACHE)
def skeleton(word: str) -> str:
    """The transliteration skeleton: the respelt word without its vowels after the first letter.

    >>> skeleton("Sediqqi"), skeleton("Siddiqui"), skeleton("Hussein"), skeleton("Ebrahim"), skeleton("Olga")
    ('sdk', 'sdk', 'hsn', 'abrhm', 'alh')
    """
    # Russian writes a foreign or Ukrainian h as g (Hennadiy / Gennadi, Olha / Olga, Sybiha / Sibiga),
    # so the skeleton does not tell them apart; the edit distance still does for longer changes.
    text = respelt(word).replace("g", "h")
    # An initial vowel varies as freely as the inner ones (Ebrahim / Ibrahim, Oussama / Usama).
    text = "a" + text[1:] if text[:1] in _VOWELS else text
    consonants = text[:1] + "".join(character for character in text[1:] if character not in _VOWELS)
    return "".join(
        character for index, character in enumerate(consonants) if index == 0 or character != consonants[index - 1]
    )


@functools.lru_cache(maxsize=WORD_CACHE)
def skeletons(word: str) -> frozenset[str]:
    """The skeletons a word may share with another spelling of it: its own, and those of the word
    respelt by each alternation that applies to it (Rachid: rkd and rshd, for Rashid). Not the
    renderings of every source language's respellings (Othman / Osman): as keys of every capitalised
    word they cost a 200-article corpus check 10 MB at its peak (issue 9).

    >>> sorted(skeletons("Khalil"))
    ['hl', 'jl']
    """
    folded = fold(word)
    found = {skeleton(word)}
    if len(folded) >= _SHORTEST_ALTERNATED:
        found.update(
            skeleton(pattern.sub(replacement, folded))
            for letters, pattern, replacement, _, shortest in _ALTERNATIONS + _EXACT_ALTERNATIONS
            if len(folded) >= shortest and letters in folded and pattern.search(folded)
        )
    return frozenset(found)


def _inflected(first: str, second: str) -> bool:
    """True when one folded word is the other plus a grammatical ending (merkel / merkels)."""
    short, long = sorted((first, second), key=len)
    return long.startswith(short) and long[len(short) :] in _ENDINGS


def _final_vowel_swap(first: str, second: str) -> bool:
    """True when the words differ only by a final vowel added or changed, or a feminine ending added:
    another person (Mario / Maria, Viktor / Viktoria). An o heard as u, or an e as i, is a
    transliteration, not a gender (Wanjiru / Wanjiro).

    >>> _final_vowel_swap("mario", "maria"), _final_vowel_swap("viktor", "viktoria")
    (True, True)
    >>> _final_vowel_swap("wanjiru", "wanjiro")
    False
    """
    short, long = sorted((first, second), key=len)
    if len(long) == len(short):
        if {short[-1], long[-1]} in _HEARD_ALIKE:
            return False
        return short[:-1] == long[:-1] and (short[-1] in _VOWELS or long[-1] in _VOWELS)
    if long.startswith(short) and long[len(short) :] in _FEMININE:
        return True
    return len(long) == len(short) + 1 and long.startswith(short) and long[-1] in _VOWELS_AND_Y


def marks_differ(first: str, second: str, letters: frozenset[str] = frozenset()) -> bool:
    """True when two words that fold alike differ by accents in a way a reader counts as a misspelling:
    a mark moved or added (Sanchéz / Sánchez), or a mark dropped from one of `letters`, the accented
    letters of the article's own language (Ortiz / Ortíz in Spanish). A foreign mark dropped is the usual
    transliteration (Erdogan / Erdoğan in French), and identical words do not differ.

    >>> marks_differ("Sanchéz", "Sánchez"), marks_differ("Ortiz", "Ortíz", frozenset("áéíóú"))
    (True, True)
    >>> marks_differ("Erdogan", "Erdoğan", frozenset("éèàç")), marks_differ("Ortiz", "Ortiz")
    (False, False)
    """
    first, second = unicodedata.normalize("NFC", first), unicodedata.normalize("NFC", second)
    if len(first) != len(second) or fold(first) != fold(second):
        return False
    marked_first = marked_second = False
    for one, other in zip(first, second, strict=True):
        if fold(one) == one.casefold() and fold(other) == other.casefold():
            continue  # neither letter carries a mark (a case change at most)
        if one.casefold() == other.casefold():
            continue
        one_marked, other_marked = fold(one) != one.casefold(), fold(other) != other.casefold()
        if one_marked and other_marked:
            return True  # two different marks on one letter (è / é)
        dropped = one if one_marked else other
        if dropped.casefold() in letters:
            return True
        marked_first, marked_second = marked_first or one_marked, marked_second or other_marked
    return marked_first and marked_second  # a mark here and another there: moved, not dropped


@functools.lru_cache(maxsize=16384)
def word_relation(
    first: str, second: str, letters: frozenset[str] = frozenset(), alternations: bool = True
) -> str | None:
    """How two words of a name relate: "same", "variant" (strong: one skeleton, or accents that
    `marks_differ`, or through one of the `_ALTERNATIONS` unless `alternations` is false), "slip"
    (one letter off or two swapped, weak) or None (different words).

    >>> word_relation("Sharif", "Shareef"), word_relation("Scholz", "Schulz"), word_relation("Hassan", "Hussein")
    ('variant', 'variant', None)
    >>> word_relation("Merkel", "Merkels"), word_relation("Mario", "Maria"), word_relation("un", "il")
    ('same', None, None)
    >>> word_relation("Zelenksi", "Zelenski"), word_relation("Sanchéz", "Sánchez"), word_relation("Bianchi", "Bianco")
    ('slip', 'variant', None)
    >>> word_relation("Khalil", "Halil"), word_relation("Diallo", "Djaló"), word_relation("Diana", "Jana")
    ('variant', 'variant', None)
    >>> word_relation("Grzegorz", "Gregor"), word_relation("Nikos", "Nikolaos")
    ('variant', 'variant')
    """
    relation = _relation(first, second, letters)
    if relation in ("same", "variant") or not alternations:
        return relation
    if _equivalent(fold(first), fold(second)):
        return "variant"  # one given name in two languages' forms (Grzegorz / Gregor, Nikolaos / Nikos)
    # Only a strong relation counts through an alternation: the respelling is already one change. A
    # slip may be a respelling seen whole (Papachristou / Papahristou: one letter, and Greek χ).
    strong = ("same", "variant")
    if any(_relation(one, other, letters) in strong for one, other in _alternated(first, second)):
        return "variant"
    if any(respelt(one) == respelt(other) for one, other in _alternated(first, second, _EXACT_ALTERNATIONS)):
        return "variant"
    return relation


# How `romanised_key` reduces a folded word, in order: the spellings each romanisation system or
# language gives one consonant made one class, c for the affricates and j (dzh, dj, zh, ch, tsch, cz,
# ts, Kunrei ti and tu, zi, Hungarian gy), s for the sibilants (sh, sy, sz, zs, z, x), f for ph and
# Kunrei hu, and the digraphs of one letter (kh, gh, ck, q, w) and Dutch-era oe for u.
_ROMANISED = (
    ("tsch", "c"), ("dsch", "c"), ("dzh", "c"), ("tch", "c"), ("sch", "s"), ("dj", "c"), ("dz", "c"),
    ("zh", "c"), ("cz", "c"), ("ch", "c"), ("ts", "c"), ("tz", "c"), ("gy", "c"), ("sh", "s"), ("sy", "s"),
    ("sz", "s"), ("zs", "s"), ("ti", "ci"), ("tu", "cu"), ("zi", "ci"), ("hu", "fu"), ("j", "c"), ("z", "s"),
    ("x", "s"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("ck", "k"), ("q", "k"), ("w", "v"), ("oe", "u"),
)  # fmt: skip
_GLIDE_START = LazyPattern(r"^[iy](?=[aeiou])")


@functools.lru_cache(maxsize=WORD_CACHE)
def romanised_key(word: str) -> str:
    """A coarse key under which the romanisations of one name meet, for finding candidates only:
    Hepburn and Kunrei (Shunsuke / Syunsuke, Tsuchida / Tutida), Russian and Kazakh styles
    (Dzhaksybekov / Zhaksybekov / Jaksybekov), French and Serbian (Iovanovitch / Jovanović). Words
    with one key are not one name for that: `same_name` and `word_relation` decide.

    >>> romanised_key("Tsuchida"), romanised_key("Tutida"), romanised_key("Dzhaksybekov"), romanised_key("Zhaksybekov")
    ('ccd', 'ccd', 'cksbkv', 'cksbkv')
    >>> romanised_key("Iovanovitch"), romanised_key("Jovanović"), romanised_key("Shunsuke"), romanised_key("Syunsuke")
    ('cvnvc', 'cvnvc', 'snsk', 'snsk')
    >>> romanised_key("Ciaikovskij"), romanised_key("Tchaikovsky")
    ('ckvsk', 'ckvsk')
    """
    text = _GLIDE_START.sub("j", fold(word.casefold().translate(_DIGRAPHS)))
    # A final glide written j (Italian and German -ij, -ej) is the English y or i: no consonant.
    text = text[:-1] if len(text) > 2 and text[-1] == "j" and text[-2] in _VOWELS_AND_Y else text
    for old, new in _ROMANISED:
        text = text.replace(old, new)
    text = "a" + text[1:] if text[:1] in _VOWELS_AND_Y else text
    # Doubled letters made single before the vowels go (Mahmood keeps both m, Piras its one s).
    single = "".join(letter for index, letter in enumerate(text) if index == 0 or letter != text[index - 1])
    return single[:1] + "".join(letter for letter in single[1:] if letter not in _VOWELS_AND_Y)


def _alternated(
    first: str, second: str, entries: tuple[tuple[str, LazyPattern, str, str, int], ...] = _ALTERNATIONS
) -> Iterator[tuple[str, str]]:
    """The two words folded, one of them respelt by an entry of `entries` the other calls for or, for
    `_ALTERNATIONS`, by a source language's respellings; none for short words, where one respelt letter
    makes another name (Chen / Shen, Khan / Han)."""
    folded_first, folded_second = fold(first), fold(second)
    longest = max(len(folded_first), len(folded_second))
    if longest < _SHORTEST_ALTERNATED:
        return
    for letters, pattern, replacement, needed, shortest in entries:
        if (letters, replacement) in _NOT_EAST_ASIAN and (_east_asian(folded_first) or _east_asian(folded_second)):
            continue
        for one, other in ((folded_first, folded_second), (folded_second, folded_first)):
            if longest >= shortest and letters in one and needed in other and pattern.search(one):
                yield pattern.sub(replacement, one), other
    if longest < 5 or entries is not _ALTERNATIONS:
        return
    for respellings in _source_respellings():
        for one, other in ((folded_first, folded_second), (folded_second, folded_first)):
            # Most pairs of words hold no letters a source renders: a few substring tests settle them.
            if any(written.lstrip("^") in one and rendering.lstrip("^") in other for written, rendering in respellings):
                rendered = _rendered(one, other, respellings)
                if rendered != one:
                    yield rendered, other


def _equivalent(first: str, second: str) -> bool:
    """True when two folded words are forms of one given name in a `names.given_equivalents` group.

    >>> _equivalent("grzegorz", "gregor"), _equivalent("gregor", "georg")
    (True, False)
    """
    groups = _given_groups()
    return not groups.get(first, frozenset()).isdisjoint(groups.get(second, frozenset()))


@functools.cache
def _given_groups() -> dict[str, frozenset[int]]:
    """Every folded given name of `names.given_equivalents` (languages/<code>), with its groups' numbers."""
    from audit.languages import language, shipped_codes

    found: dict[str, set[int]] = {}
    groups = (group for code in shipped_codes() for group in language(code).value("names.given_equivalents", ()))
    for number, group in enumerate(groups):
        for name in group:
            found.setdefault(name, set()).add(number)
    return {name: frozenset(numbers) for name, numbers in found.items()}


def _east_asian(folded: str) -> bool:
    """True when a folded word reads as romanised Chinese (one pinyin or Wade-Giles syllable) or Korean
    (a vowel written eo, eu or oo), where j and y are two sounds (Jing / Ying, Joon / Yoon).

    >>> _east_asian("jing"), _east_asian("joon"), _east_asian("jael")
    (True, True, False)
    """
    return _SYLLABLE.search(folded) is not None or any(pair in folded for pair in ("eo", "eu", "oo"))


@functools.cache
def _source_respellings() -> tuple[tuple[tuple[str, str], ...], ...]:
    """How MT renders names of each source language (`names.respellings` of languages/<code>): pairs of
    the letters a faithful spelling writes and what MT from that language writes for them."""
    from audit.languages import language, shipped_codes

    found = (language(code).value("names.respellings", ()) for code in shipped_codes())
    return tuple(tuple((written, rendered) for written, rendered in pairs) for pairs in found if pairs)


def _rendered(word: str, other: str, respellings: tuple[tuple[str, str], ...]) -> str:
    """A folded word rendered as MT from one source language renders it, wherever `other` writes the
    rendering (Karaca / Karadja, Tsuyoshi / Tuyosi, Çelik / Tchelik). The word is read once from left to
    right, so a rendering is never rendered again (tsch holds an s); the first pair whose rendering
    `other` holds decides for those letters throughout the word. A pair starting with ^ applies at the
    start of the words only (Eleni / Heleni).

    >>> _rendered("tsuyoshi", "tuyosi", (("tsu", "tu"), ("shi", "si"))), _rendered("celik", "tchelik", (("c", "ch"),))
    ('tuyosi', 'chelik')
    """
    chosen: dict[str, str] = {}
    rendered: list[str] = []
    index = 0
    while index < len(word):
        for written, rendering in respellings:
            if written.startswith("^"):
                if index or not (word.startswith(written[1:]) and other.startswith(rendering[1:])):
                    continue
                written, rendering = written[1:], rendering[1:]
            elif not word.startswith(written, index) or rendering not in other:
                continue
            if chosen.setdefault(written, rendering) == rendering:
                rendered.append(rendering)
                index += len(written)
                break
        else:
            rendered.append(word[index])
            index += 1
    return "".join(rendered)


def _relation(first: str, second: str, letters: frozenset[str]) -> str | None:
    """`word_relation` without the alternations."""
    folded_first, folded_second = fold(first), fold(second)
    if folded_first == folded_second:
        return "variant" if marks_differ(first, second, letters) else "same"
    if _inflected(folded_first, folded_second):
        return "same"
    first_respelt, second_respelt = respelt(first), respelt(second)
    # The same word once respelt, however short (Dar / Daar, Ali / Aly); Jong-un / Jong-il are not.
    if first_respelt == second_respelt:
        return "variant"
    if len(folded_first) <= 5 and _one_korean_family(folded_first, folded_second):
        return "variant"
    longest = max(len(first_respelt), len(second_respelt))
    initials = {first_respelt[:1].replace("g", "h"), second_respelt[:1].replace("g", "h")}
    if longest < 4 or (len(initials) > 1 and not initials <= _VOWELS):
        return None
    # A final vowel changed is checked on the respelt words too: Bianchi / Bianco once chi is ki.
    respelt_swap = len(first_respelt) == len(second_respelt) and _final_vowel_swap(first_respelt, second_respelt)
    if _final_vowel_swap(folded_first, folded_second) or respelt_swap:
        return None
    # Two consonants or fewer leave the vowels to tell names apart (Ion / Ioan / Ioana: three people).
    # Edit distances last, and only where they decide (issue 9: most pairs of words are settled before).
    same_skeleton = skeleton(first) == skeleton(second) and len(skeleton(first)) > 2
    if same_skeleton and within_edits(first_respelt, second_respelt, max(1, int(0.4 * longest))):
        return "variant"
    # One slip: a letter off, or two neighbouring letters swapped (Zelenksi / Zelenski).
    if longest >= 5 and one_edit_apart(folded_first, folded_second):
        return "slip"
    return None


ARABIC_ARTICLE = r"(?:a[dnrstz]|ash|ath|adh|e[dnrstz])"
"""The Arabic article al- as romanisation writes it before a sun letter (ad-Dubhani, ar-Rashid, ash-Shami)."""
_ASSIMILATED = LazyPattern(rf"(?<![\p{{L}}])({ARABIC_ARTICLE})-(?=\p{{L}})")


def _assimilated(form: str, particles: frozenset[str]) -> frozenset[str]:
    """The Arabic article assimilated to a sun letter in `form` ("Maryam ad-Dubhani", "Abd ar-Rahman"),
    a particle wherever the language lists "al": only hyphened, since "an" and "as" are words too."""
    if "al" not in particles or "-" not in form:
        return frozenset()
    return frozenset(match.group(1).casefold() for match in _ASSIMILATED.finditer(form))


@functools.lru_cache(maxsize=WORD_CACHE)
def name_words(form: str, particles: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of a name form that identify it: no particles, no initials, hyphens split.

    >>> name_words("Bashar al-Assad", frozenset({"al"}))
    ('Bashar', 'Assad')
    """
    particles = particles | _assimilated(form, particles)
    words = [word for word in LETTERS.findall(form) if word.casefold() not in particles]
    return tuple(word for word in words if len(word) > 1 or len(words) == 1)


def same_name(
    first: str, second: str, particles: frozenset[str] = frozenset(), letters: frozenset[str] = frozenset()
) -> bool:
    """True when two different spellings are one name (a variant in at least one word, no other change).
    `letters` are the accented letters of the article's language (see `marks_differ`).

    >>> same_name("Shehbaz Sharif", "Shahbaz Shareef"), same_name("Nawaz Sharif", "Shehbaz Sharif")
    (True, False)
    >>> same_name("Abdel Majid Taboun", "Abdelmadjid Tebboune"), same_name("Ahmad Shah Massoud", "Ahmad Massoud")
    (True, False)
    >>> same_name("Rocco Desantis", "Rocco De Santis")
    True
    >>> same_name("Ali el-Masri", "Ali al-Masri", frozenset({"al", "el"}))
    True
    >>> same_name("Anna Kowalski", "Anna Kowalska"), same_name("Jan Kowalski", "Anna Kowalska")
    (True, False)
    """
    words_first, words_second = name_words(first, particles), name_words(second, particles)
    if len(words_first) < 2 or len(words_second) < 2:
        return False
    # One name cut differently ("Rocco De Santis" / "Rocco Desantis", "Ben Ali" / "Benali").
    pieces_first, pieces_second = _pieces(first), _pieces(second)
    if "".join(pieces_first) == "".join(pieces_second) and pieces_first != pieces_second:
        return True
    # A Chinese given name in Wade-Giles syllables or pinyin ("Chen Chih-ming" / "Chen Zhiming"), or a
    # one-syllable word in each system ("Chang Wei" / "Zhang Wei").
    if _syllabic(first, second) or _korean(first, second) or _chinese(first, second):
        return True
    if len(words_first) == len(words_second):
        relations = [word_relation(a, b, letters) for a, b in zip(words_first, words_second, strict=True)]
        if None not in relations:
            if relations.count("same") == len(relations):
                return _particle_respelt(first, second, particles) or _letter_added(words_first, words_second)
            # A one-letter slip is weak evidence alone: another word of the name must be the same.
            return "slip" not in relations or "same" in relations
        # One given name with a surname's masculine and feminine forms: one woman (Anna Kowalska).
        if relations[:-1].count("same") == len(relations) - 1:
            from audit.gendered import gender_forms  # it reads `fold` from here

            if (
                gender_forms(words_first[-1], words_second[-1])
                or final_vowel(words_first[-1], words_second[-1])
                or _letter_added(words_first, words_second)
            ):
                return True
        # One name left in a source-language case ("Jana Kowalskiego" of Jan Kowalski, audit/name_cases.py).
        from audit.name_cases import declined  # it reads `fold` from here

        if declined(words_first, words_second):
            return True
        if len(pieces_first) == len(pieces_second):
            return False
    # Words run together or split ("Abdelmadjid" / "Abdel Majid", "Kareem Ben Ali" / "Karim Benali",
    # "Chen Chih-ming" / "Chen Zhiming"): compare the whole, one end anchored, with its particles
    # (a particle joined is no longer one) and without (a particle left out of a joined name).
    if all(word_relation(words_first[end], words_second[end], letters) is None for end in (0, -1)):
        return False
    return any(
        _joined_respelt("".join(one), "".join(other))
        for one, other in ((words_first, words_second), (pieces_first, pieces_second))
    )


def _letter_added(words_first: tuple[str, ...], words_second: tuple[str, ...]) -> bool:
    """True when two names are the same words but for one letter added to the end of a surname of five
    letters or more: beside the same given name that is one person misspelt (Jonas Brekke / Brekken,
    Paolo Piras / Pirasi: fr/99, it/10), though a word alone so changed is another word or person (a
    grammatical ending, Mario / Maria). An added s is a genitive (Angela Merkels), and a short surname
    one letter longer another name (Pham Thi Lan / Lanh).

    >>> _letter_added(("Jonas", "Brekke"), ("Jonas", "Brekken")), _letter_added(("Paolo", "Piras"), ("Paolo", "Pirasi"))
    (True, True)
    >>> _letter_added(("Angela", "Merkel"), ("Angela", "Merkels")), _letter_added(("Thi", "Lan"), ("Thi", "Lanh"))
    (False, False)
    """
    if len(words_first) != len(words_second) or words_first[:-1] != words_second[:-1]:
        return False
    short, long = sorted((fold(words_first[-1]), fold(words_second[-1])), key=len)
    return len(short) >= _ADDED_TO and len(long) == len(short) + 1 and long.startswith(short) and long[-1] != "s"


# The shortest surname `_letter_added` reads.
_ADDED_TO = 5


# The shortest surname whose final vowel may change in one person's name, and the vowels that may.
_SHORTEST_OPEN_FINAL = 7
_FINAL_VOWELS = frozenset("aeiou")


def open_final(first: str, second: str) -> bool:
    """True when two surnames of seven letters or more differ only by a final a written o: Javanese
    spells the one sound both ways (Santosa / Santoso, Sutrisna / Sutrisno). Only where the article
    frames one person, beside the same given name (`same_name`) or as a lone surname standing as a
    person does (audit/surnames.py): otherwise a changed final vowel is another person (Mario / Maria).

    >>> open_final("Santoso", "Santosa"), open_final("Marino", "Marina"), open_final("Santos", "Santo")
    (True, False, False)
    """
    return final_vowel(first, second) and {fold(first)[-1], fold(second)[-1]} == {"a", "o"}


def final_vowel(first: str, second: str) -> bool:
    """True when two surnames of seven letters or more differ only by their final vowel: beside the same
    given name (`same_name`), one person whose ending MT or a second hand changed (Femi Adeyemi / Femi
    Adeyemo, Santoso / Santosa). A lone surname needs more (`open_final`).

    >>> final_vowel("Adeyemi", "Adeyemo"), final_vowel("Santoso", "Santosa"), final_vowel("Adeyemi", "Adeyemis")
    (True, True, False)
    """
    one, other = fold(first), fold(second)
    return (
        len(one) == len(other) >= _SHORTEST_OPEN_FINAL
        and one[:-1] == other[:-1]
        and one[-1] != other[-1]
        and {one[-1], other[-1]} <= _FINAL_VOWELS
    )


def _joined_respelt(first: str, second: str) -> bool:
    """True when two names written as one string are one skeleton a few respellings apart, directly
    or through an alternation (Rachid Bensalah / Rashid Ben Salah)."""
    if fold(first) == fold(second):
        return False
    longest = max(len(first), len(second))
    return any(
        skeleton(one) == skeleton(other) and within_edits(respelt(one), respelt(other), max(1, longest // 5))
        for one, other in ((first, second), *_alternated(first, second))
    )


# A Chinese or Korean given name in Wade-Giles or McCune-Reischauer: syllables joined by hyphens.
# One romanised Chinese syllable, pinyin or Wade-Giles (apostrophes folded away): the only words compared
# so coarsely without a hyphen, so that "Ana Paz" and "Ana Baz" stay apart.
_SYLLABLE = LazyPattern(
    r"^(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcswy])?"
    r"(?:iang|iong|iung|uang|ieh|ueh|ien|iao|ian|uai|uei|ang|eng|ing|ong|ung|erh|ai|ei|ao|ou|an|en|in|un|ia|ie"
    r"|iu|ua|uo|ui|ue|ih|eh|er|a|e|i|o|u)$"
)
_HYPHENATED = LazyPattern(r"^\p{Lu}\p{Ll}{0,5}(?:-\p{Ll}{1,6})+$")
# Wade-Giles syllable endings and their pinyin (Chih / Zhi, Hsieh / Xie, Lien / Lian, Hung / Hong).
_FINALS = LazyPattern(r"(?:ieh|ueh|eh|ih|ien|ung|erh)$")
_PINYIN_FINALS = {"ieh": "ie", "ueh": "ue", "eh": "e", "ih": "i", "ien": "ian", "ung": "ong", "erh": "er"}
# Initials the two systems write apart, made one class: ch, ts, tz, zh, j, q, z, c (Chih / Zhi,
# Tsai / Cai), with r, which Wade-Giles writes j (Jung / Rong); hs, x, sh, s (Hsu / Xu); and the
# aspiration pairs k / g, t / d, p / b (Kuo / Guo).
_PINYIN_INITIALS = (("hs", "s"), ("tz", "c"), ("ts", "c"), ("zh", "c"), ("ch", "c"), ("sh", "s"), ("x", "s"),
                    ("j", "c"), ("q", "c"), ("z", "c"), ("r", "c"), ("k", "g"), ("t", "d"), ("p", "b"))  # fmt: skip


def _syllabic(first: str, second: str) -> bool:
    """True when two forms are one Chinese name in Wade-Giles and in pinyin ("Chen Chih-ming" /
    "Chen Zhiming"): one form writes a given name in hyphenated syllables, and word by word the two are
    alike once both systems' spellings are reduced to shared classes. Only such forms are compared so
    coarsely; Kim Jong-un and Kim Jong-il stay apart.

    >>> _syllabic("Chen Chih-ming", "Chen Zhiming"), _syllabic("Hsu Chih-hung", "Xu Zhihong")
    (True, True)
    >>> _syllabic("Kim Jong-un", "Kim Jong-il"), _syllabic("Chen Chih-ming", "Chen Zhiping")
    (False, False)
    """
    tokens_first, tokens_second = first.split(), second.split()
    if len(tokens_first) != len(tokens_second) or len(tokens_first) < 2:
        return False
    pairs = list(zip(tokens_first, tokens_second, strict=True))
    if not any(_HYPHENATED.search(token) for token in tokens_first + tokens_second) and not all(
        _SYLLABLE.search(fold(one)) and _SYLLABLE.search(fold(other)) for one, other in pairs if one != other
    ):
        return False
    return all(_pinyin_key(one) == _pinyin_key(other) for one, other in pairs)


# Korean vowels and initials the Revised Romanisation writes one way and McCune-Reischauer or the
# families' own spellings another (Hyeon / Hyun, Woo / U, Geun / Keun, Jun / Chun), made one.
_HANGUL_VOWELS = (("eo", "u"), ("eu", "u"), ("oo", "u"), ("wu", "u"), ("ae", "e"))
_HANGUL_INITIALS = (("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("r", "l"), ("sh", "s"))


def _korean(first: str, second: str) -> bool:
    """True when two forms are one Korean name in two romanisations: a family name of one group of
    `_KOREAN_SURNAMES` (or the same) and a hyphenated given name alike once both systems' vowels and
    initials are made one ("Cho Hyun-woo" / "Jo Hyeon-u"). Hyun-woo and Hyun-wook stay apart.

    >>> _korean("Cho Hyun-woo", "Jo Hyeon-u"), _korean("Kim Hyun-woo", "Kim Hyun-wook")
    (True, False)
    >>> _korean("Kim Jong-un", "Kim Jong-il")
    False
    """
    return _family_and_given(
        first, second, lambda one, other: one == other or _one_korean_family(one, other), _hangul_key
    )


def _chinese(first: str, second: str) -> bool:
    """True when two forms are one Chinese name with its surname in two systems (`_CHINESE_SURNAMES`) and
    its hyphenated given name written alike ("Chan Ka-wai" / "Chen Ka-wai", "Lau Ka-fai" / "Lao Ka-fai").

    >>> _chinese("Chan Ka-wai", "Chen Ka-wai"), _chinese("Lau Ka-fai", "Lao Ka-fai")
    (True, True)
    >>> _chinese("Chan Ka-wai", "Chan Ka-fai"), _chinese("Chan Ka-wai", "Lau Ka-wai")
    (False, False)
    """
    return _family_and_given(
        first, second, lambda one, other: any(one in group and other in group for group in _CHINESE_SURNAMES), fold
    )


def _family_and_given(
    first: str, second: str, one_family: Callable[[str, str], bool], given_key: Callable[[str], str]
) -> bool:
    """True when two forms are each a family name and a hyphenated given name, the family names one by
    `one_family` (on folded words) and the given names alike by `given_key`: the East Asian names whose
    romanisations `_korean` and `_chinese` tell apart."""
    tokens_first, tokens_second = first.split(), second.split()
    if len(tokens_first) != 2 or len(tokens_second) != 2 or "-" not in tokens_first[1] + tokens_second[1]:
        return False
    if not one_family(fold(tokens_first[0]), fold(tokens_second[0])):
        return False
    return given_key(tokens_first[1]) == given_key(tokens_second[1])


def korean_family_key(word: str) -> str | None:
    """A key shared by the romanisations of one Korean family name (`_KOREAN_SURNAMES`), else None:
    "Choi Mi-kyung" and "Chwe Mi-gyeong" share no skeleton, so the clustering of names meets them here.

    >>> korean_family_key("Choi") == korean_family_key("Chwe"), korean_family_key("Smith")
    (True, None)
    """
    return _KOREAN_FAMILY.get(fold(word))


def _one_korean_family(first: str, second: str) -> bool:
    """True when two folded words spell one Korean family name (Lee / Yi / Rhee)."""
    key = _KOREAN_FAMILY.get(first)
    return key is not None and key == _KOREAN_FAMILY.get(second)


def _hangul_key(given: str) -> str:
    """A romanised Korean given name with its syllables' spellings made one (see `_korean`)."""
    key = ""
    for syllable in fold(given).split("-"):
        for old, new in _HANGUL_INITIALS:
            syllable = new + syllable[len(old) :] if syllable.startswith(old) else syllable
        for old, new in _HANGUL_VOWELS:
            syllable = syllable.replace(old, new)
        key += syllable
    return key


def syllable_key(form: str) -> str:
    """The first word of a name as `_syllabic` compares it: a key under which a Chinese name in
    Wade-Giles meets its pinyin spelling (Hsu Chih-hung / Xu Zhihong).

    >>> syllable_key("Hsu Chih-hung") == syllable_key("Xu Zhihong")
    True
    """
    return _pinyin_key(form.split(maxsplit=1)[0])


@functools.lru_cache(maxsize=4096)
def _pinyin_key(token: str) -> str:
    """A romanised Chinese word with Wade-Giles endings made pinyin and the initials in shared classes."""
    pieces = fold(token).replace("'", "").replace("’", "").split("-")
    text = "".join(_FINALS.sub(lambda found: _PINYIN_FINALS[found.group()], piece) for piece in pieces)
    for old, new in _PINYIN_INITIALS:
        text = text.replace(old, new)
    return text


def _pieces(form: str) -> tuple[str, ...]:
    """Every word of a name form, particles included, folded."""
    return tuple(fold(word) for word in LETTERS.findall(form))


def _particle_respelt(first: str, second: str, particles: frozenset[str]) -> bool:
    """True when two forms with the same words write a particle two ways in the same place (al / el,
    bin / ben, van den / van der, de / du): one name, written inconsistently. A particle left out
    (Bashar Assad) is a style, not this.

    >>> _particle_respelt("Marijke van den Berg", "Marijke van der Berg", frozenset({"van", "den", "der"}))
    True
    """
    of_first, of_second = particles | _assimilated(first, particles), particles | _assimilated(second, particles)
    found_first = [piece for piece in _pieces(first) if piece in of_first]
    found_second = [piece for piece in _pieces(second) if piece in of_second]
    if len(found_first) != len(found_second) or found_first == found_second:
        return False
    # Particles of one family share their first letter (al / el are one skeleton); ben / van do not.
    return all(
        skeleton(one) == skeleton(other) or one[0] == other[0]
        for one, other in zip(found_first, found_second, strict=True)
    )


def respelling_only(
    first: str, second: str, particles: frozenset[str] = frozenset(), letters: frozenset[str] = frozenset()
) -> bool:
    """True when two spellings differ only by freely varying transliterations (Sergei / Sergey,
    Mahmoud / Mahmud): accepted alternatives, not slips. Accents that `marks_differ` are slips.

    >>> respelling_only("Sergei Lavrov", "Sergey Lavrov"), respelling_only("Olaf Scholz", "Olaf Schulz")
    (True, False)
    >>> respelling_only("Pedro Sanchéz", "Pedro Sánchez")
    False
    """
    joined_first = "".join(name_words(first, particles))
    joined_second = "".join(name_words(second, particles))
    return respelt(joined_first) == respelt(joined_second) and not marks_differ(joined_first, joined_second, letters)


def closest_name(
    form: str, names: tuple[str, ...], particles: frozenset[str] = frozenset(), letters: frozenset[str] = frozenset()
) -> str | None:
    """The one name of `names` that `form` is another spelling of, or None (none, or more than one).

    rapidfuzz picks a few candidates by similarity; `same_name` decides. Names whose letters alone rule
    out the similarity are left out first, so an article naming no one close to `names` (most) never
    loads rapidfuzz (issue 9).

    >>> closest_name("Olaf Schulz", ("Olaf Scholz", "Joe Biden"))
    'Olaf Scholz'
    """
    folded, cutoff = fold(form), 75
    if "rapidfuzz" in sys.modules:
        reachable = list(range(len(names)))  # loaded already (a corpus): its C search beats the filter
    else:
        reachable = [index for index, name in enumerate(_folded(names)) if may_reach_ratio(folded, name, cutoff)]
    if not reachable:
        return None
    from rapidfuzz import fuzz, process

    choices = [_folded(names)[index] for index in reachable]
    candidates = process.extract(folded, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3)
    found = {names[reachable[index]] for _, _, index in candidates}
    found = {name for name in found if same_name(name, form, particles, letters)}
    return next(iter(found)) if len(found) == 1 else None


@functools.lru_cache(maxsize=64)
def _folded(names: tuple[str, ...]) -> list[str]:
    return [fold(name) for name in names]
