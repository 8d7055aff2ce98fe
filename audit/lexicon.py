"""Fused words: where a glued token splits into two words of its language ("governmentsaid", "pourla").

Why a split needs both halves to be known words of the paragraph's language: camel-case brands
(iPhone, eBay, McDonald, PlayStation) and ordinary long words ("island" = "is" + "land") also contain
two shorter strings. So a token is split only where both halves are listed words of the language
(languages/<code>/lexicon.toml, function words and grammar lists), the whole is not one, and at least
one half is a function word or a contraction ("delagua") when the token is all lower case. Two content
words glued together are split only in languages whose data says they write such compounds apart
(`lexicon.split_content_words`: French, Spanish, Italian, Portuguese), with halves of five letters or
more and never after a word that also leads compounds (`lexicon.prefixes`: "contra", "radio"); in
English they are too often a real compound ("firefighter"). Languages that write compounds as one word
(German) get the camel-case check only.

A token that no word list of its language writes — neither the data nor either of wordfreq's lists — is
held to a looser test (`_unlisted_pair`): an article or contraction then any word of wordfreq's short
list ("lasociété", "lataxe" when the word is common), in Italian a word closed by its accent then another
("piùgrandi"), and two such words of five letters or more: in English ("inspectorsfound"), since its real
compounds are on the large list, and where content words are written apart when both are common, agree
in number and neither is a prefix or an ending that real words are made with ("bancocentral", but
"presidencialmente", "torrefatores"). In German, a contraction before a capitalised word lost its space
whatever the word ("imAltstadtviertel"): compounds leave most nouns unlisted.
"""

from __future__ import annotations

import functools
import marshal
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from audit.cache import cached
from audit.languages import language, shipped_codes, shipped_files, words
from audit.word_frequency import common_words, large_list_where, large_list_words, zipf_table

_FUNCTION_LISTS = ("function_words", "lexicon.grammatical", "repeats.droppable", "articles.definite")
_LISTS = ("lexicon.words", "lexicon.contractions", "repeats.grammatical", *_FUNCTION_LISTS)
MIN_FUSED_LETTERS = 5
"""An all-lower-case token shorter than this is never split ("into", "onto" are words)."""
COMMON_ZIPF = 4.0
"""A word after an article that the data does not list is split off only when the language writes it
this often (wordfreq's Zipf scale: ten times per million words): rarer ones are too often the end of a
longer word that is no typo ("theming")."""
PAIR_WORD_ZIPF = 1.0
"""A word of two content halves this frequent in wordfreq's large list is one word (`_listed_pairs`)."""
MIN_LEADING_FUNCTION_LETTERS = 4
"""A function word this long, in lower case, glued to a capitalised word, lost the space before it
whatever the capitalised word is ("dellaTessaglia"); shorter ones lead names and brands ("deGrasse",
"eBay", "LaGuardia" aside, which starts with a capital)."""
MIN_LINKED_LETTERS = 4
"""A common word this long, then a short preposition or conjunction (`lexicon.fused_links`), lost the space
between them when no list of the language writes the whole ("ministeriode"); shorter heads and their
endings make real words ("metade", "semana")."""
MIN_CONTENT_LETTERS = 5
"""Each half of two glued content words has at least this many letters ("incendio" + "bomberos")."""
MIN_UNLISTED_LETTERS = 7
"""A token no word list of the language writes is split into two words of wordfreq's short list only from
this length: shorter ones are names, slang and abbreviations as often as two words."""
SHORT_LEAD_ZIPF = 3.5
"""After an article of two letters ("la", "as"), the word must be this common: the rare forms of verbs that
begin like an article ("assines") are missing from wordfreq's lists too."""
AFFIX_WORDS = 3
"""A half that this many real words split into is a prefix or an ending of the language ("mente", "inter"):
fewer are chance ("banqueroute" does not make "banque" a prefix)."""
CONTENT_PAIR_ZIPF = 3.5
"""Both halves of two content words glued into a token no list writes, in a language that writes them
apart, are at least this common ("inflationannuelle", "vinhogeorgiano")."""


@functools.cache
def vocabulary(code: str) -> frozenset[str]:
    """Every word the language data lists for `code`, casefolded."""
    return frozenset().union(*(words(code, key) for key in _LISTS))


@functools.cache
def spoken_languages() -> tuple[str, ...]:
    """The shipped languages whose data lists words: those `vocabulary` can speak for."""
    return tuple(code for code in shipped_codes() if vocabulary(code))


@functools.cache
def one_letter_words(code: str) -> frozenset[str]:
    """The words of one letter ("a", "I", "à", "y"), casefolded: capitalised after a full stop they
    start a sentence ("sorpresa.I nuovi"), where another capital letter is an initial or a label.

    >>> sorted(one_letter_words("it"))
    ['a', 'e', 'i', 'o', 'è']
    """
    return frozenset(word for word in vocabulary(code) if len(word) == 1)


@functools.cache
def function_words(code: str) -> frozenset[str]:
    """The language's short grammatical words, in full (not reduced to the ones only it writes)."""
    return frozenset().union(*(words(code, key) for key in _FUNCTION_LISTS))


def fused_split(token: str, code: str) -> int | None:
    """The offset in `token` where a missing space belongs, or None when it is not two fused words.

    >>> fused_split("rallySupporters", "en"), fused_split("governmentsaid", "en"), fused_split("pourla", "fr")
    (5, 10, 4)
    >>> fused_split("PlayStation", "en"), fused_split("iPhone", "en"), fused_split("within", "en")
    (None, None, None)
    """
    return fused_splits((token,), code).get(token)


def fused_splits(tokens: Iterable[str], code: str, unlisted: bool = True) -> dict[str, int]:
    """`fused_split` of many tokens at once, for the tokens that split: the language's lists are looked
    up once, not once per word of a paragraph (issue 9). `unlisted=False` leaves out the tokens no word
    list writes (`_unlisted_pair`), whose check reads wordfreq's short list."""
    if not words(code, "lexicon.words"):
        return {}  # a language without a lexicon (Dutch, Romanian) is never split: too few words known
    known, grammatical = vocabulary(code), function_words(code)
    compounds = language(code).value("lexicon.compounds", False)
    articles = tuple(words(code, "lexicon.fused_articles"))
    links = tuple(sorted(words(code, "lexicon.fused_links"), key=len, reverse=True))
    splits = {}
    for token in tokens:
        if token.casefold() in known:
            continue
        # Most tokens have no capital after the first letter, which `islower` settles without a loop.
        inner = [] if token[1:].islower() else [index for index in range(1, len(token)) if token[index].isupper()]
        if inner:
            # Where nouns are capitalised and compounds written as one word, the capitalised half is any
            # word of the frequency list ("imHafen"); elsewhere it may be a name ("deGrasse").
            # There a contraction is never part of a name either ("imAltstadtviertel", "zumBeispiel").
            leads = words(code, "lexicon.contractions") if compounds else frozenset()
            frequent = _frequent(code, token) if compounds else {}
            split = _camel_split(token, inner, known, grammatical, frequent, leads)
        elif not token.islower() or len(token) < MIN_FUSED_LETTERS or compounds:
            continue
        else:
            frequent = _frequent(code, token) if token.startswith(articles) else {}
            # A split needs a listed first half: asking that here spares a call for each letter of
            # each unlisted word of a paragraph (issue 9).
            found = [
                index
                for index in range(2, len(token) - 1)
                if token[:index] in known and _two_words(token[:index], token[index:], code, frequent)
            ]
            split = found[0] if len(found) == 1 else None
            if split is None and links:
                split = _trailing_link(token, code, links)
            if split is None and unlisted:
                split = _unlisted_pair(token, code)
        if split is not None:
            splits[token] = split
    return splits


def _camel_split(
    token: str,
    inner: list[int],
    known: frozenset[str],
    grammatical: frozenset[str],
    frequent: Mapping[str, float],
    leads: frozenset[str],
) -> int | None:
    """ "rallySupporters", "laderaEl", "imHafen": a lower-case word, then one capitalised word; the first
    listed, the second listed or in `frequent`, or any word of four letters or more after one of `leads`.
    A capitalised half of two letters must be a function word (a sentence start lost its full stop)."""
    if len(inner) != 1 or not token[0].islower():
        return None
    index = inner[0]
    left, right = token[:index].casefold(), token[index:].casefold()
    short = len(right) == 2 and right in grammatical
    if len(left) < 2 or (len(right) < 3 and not short) or not token[index + 1 :].islower():
        return None
    if len(left) >= MIN_LEADING_FUNCTION_LETTERS and left in grammatical:
        return index  # "dellaTessaglia", "withPresident": a name after a long function word lost its space
    if left in leads and len(right) >= 4:
        return index
    return index if left in known and (right in known or right in frequent) else None


def common(code: str) -> frozenset[str]:
    """The words of four letters or more the language writes at least `COMMON_ZIPF` often: what a
    glued word may be split into ("ministeriode", "12provinces"), a few thousand, loaded apart from the
    whole frequency table."""
    return common_words(code, COMMON_ZIPF, 4)


def _trailing_link(token: str, code: str, links: tuple[str, ...]) -> int | None:
    """Where a short preposition or conjunction (`links`, longest first) glued to a common word of the
    frequency list starts ("ministeriode", "dettoche"), or None: the whole must be on neither of
    wordfreq's lists as a real word, since inflections end the same way ("barrado", "statiche")."""
    link = next((link for link in links if token.endswith(link)), None)
    if link is None:
        return None
    left = token[: -len(link)]
    if len(left) < MIN_LINKED_LETTERS or left not in common(code) or _frequency_listed(token, code):
        return None
    return None if token in large_list_words(code, links) else len(left)


def _unlisted_pair(token: str, code: str) -> int | None:
    """Where a token that neither of wordfreq's lists writes splits into an article or contraction and a
    word of the short list ("lasociété", "delrelitto"), or, where the language says so
    (`lexicon.unlisted_pairs`: English), into two words of the short list of five letters or more
    ("inspectorsfound", "apartmentblock"), the first no prefix and the second no compound's end
    (`lexicon.prefixes`, `lexicon.compound_ends`: "microbuses", "craftswomen"): the one such split, or
    None.

    Why wordfreq and not the data's words: the halves of a lost space are any words of the language, and
    the data lists a few hundred. What keeps real words whole is the large list: a word written there
    however rarely ("crossable", "microbuses" are caught by the prefix and length rules first) is one word."""
    if len(token) < MIN_UNLISTED_LETTERS - 1:
        return None
    found = _pair_splits(token, code)
    if len(found) != 1 or token in _listed_pairs(code):
        return None
    return found[0]


def _pair_splits(token: str, code: str) -> list[int]:
    table = zipf_table(code) or {}
    if token in table:
        return []
    leads = _leads(code)
    data = language(code)
    content = bool(data.value("lexicon.unlisted_pairs", False))
    # Where the language writes two content words apart (French, Spanish, Italian, Portuguese), two common
    # ones glued are a lost space too ("bancocentral"); rarer halves make its real derivations.
    apart = bool(data.value("lexicon.split_content_words", False))
    prefixes, ends = words(code, "lexicon.prefixes"), words(code, "lexicon.compound_ends")
    found = []
    for index in range(2, len(token) - 3):
        left, right = token[:index], token[index:]
        zipf = table.get(right)
        if zipf is None:
            continue
        if left in leads:
            if len(left) > 2 or zipf >= _short_lead_zipf(right):
                found.append(index)
        elif _accent_ends(left, code) and left in table and zipf >= SHORT_LEAD_ZIPF:
            found.append(index)  # "piùgrandi": the accent closes the first word
        elif (
            (content or (apart and min(zipf, table.get(left, 0.0)) >= CONTENT_PAIR_ZIPF))
            and min(len(left), len(right)) >= MIN_CONTENT_LETTERS
            and left in table
            and left not in prefixes
            and right not in ends
            and (content or not (_affix(left, right, code) or _disagree(left, right, code)))
        ):
            found.append(index)
    if len(token) < MIN_UNLISTED_LETTERS:
        # Six letters: only an article of two and a word of four ("lataxe", "dogelo"), the word common.
        return [index for index in found if index == 2 and table[token[2:]] >= COMMON_ZIPF]
    return found


def _affix(left: str, right: str, code: str) -> bool:
    """True when `left` starts, or `right` ends, real words of the language as a prefix or an ending:
    "agitadamente" and "confieraient" are no lost spaces, though "mente" and "aient" are words."""
    starts, ends = _content_affixes(code)
    return left in starts or right in ends


def _disagree(left: str, right: str, code: str) -> bool:
    """True when one half ends like a plural and the other like a singular (`lexicon.plural_endings`,
    `lexicon.singular_endings`: any other ending where none are listed): a noun and its adjective agree
    ("bancocentral", "partidosamañados"), where "torrefatores" is one word of two that do not."""
    plural = tuple(words(code, "lexicon.plural_endings"))
    if not plural:
        return False
    singular = tuple(words(code, "lexicon.singular_endings"))

    def number(word: str) -> str | None:
        if word.endswith(plural):
            return "plural"
        return "singular" if not singular or word.endswith(singular) else None

    numbers = {number(left), number(right)}
    return numbers == {"plural", "singular"}


@functools.cache
def _content_affixes(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first and second halves that `AFFIX_WORDS` real words of wordfreq's lists split into, as two
    content words of `MIN_CONTENT_LETTERS` or more ("inter", "trans"; "mente", "aient", "ville"): halves
    that make words, learnt from the lists rather than listed, so that unseen derivations stay whole."""
    table = zipf_table(code) or {}
    inputs = _data_files(code)

    def halves(word: str) -> list[tuple[str, str]]:
        return [
            (word[:index], word[index:])
            for index in range(MIN_CONTENT_LETTERS, len(word) - MIN_CONTENT_LETTERS + 1)
            if word[:index] in table and word[index:] in table
        ]

    def build() -> tuple[list[str], list[str]]:
        large = large_list_where(code, "content-halves", inputs, lambda word: bool(halves(word)))
        starts, ends = Counter[str](), Counter[str]()
        for word in (*table, *large):
            if word.isalpha() and word.islower():
                for left, right in halves(word):
                    starts[left] += 1
                    ends[right] += 1
        return sorted(word for word, count in starts.items() if count >= AFFIX_WORDS), sorted(
            word for word, count in ends.items() if count >= AFFIX_WORDS
        )

    starts, ends = cached(f"content-affixes-{code}", inputs, build, marshal)
    return frozenset(starts), frozenset(ends)


def _data_files(code: str) -> list[Path]:
    """The shipped data files of language `code`: what a table learnt from its lists depends on."""
    return [path for path in shipped_files() if path.parent.name == code]


def _short_lead_zipf(word: str) -> float:
    """How common a word must be to follow a glued article of two letters: a word of four letters
    more ("lataxe"), since short rare words are the ends of real longer ones ("la" + "mina")."""
    return COMMON_ZIPF if len(word) <= 4 else SHORT_LEAD_ZIPF


@functools.cache
def _leads(code: str) -> frozenset[str]:
    """The articles and contractions a lost space may follow ("la", "del", "aux", "the")."""
    lists = ("articles.definite", "lexicon.contractions", "lexicon.fused_articles")
    return frozenset(word for key in lists for word in words(code, key) if len(word) >= 2)


@functools.cache
def _listed_pairs(code: str) -> frozenset[str]:
    """The real words of the large list that `_pair_splits` would split: kept whole. Rarer ones too than
    elsewhere (`PAIR_WORD_ZIPF`): the web's slips in that list fuse a function word ("ofthe", "despuésde"),
    never two content words of five letters, so a rare word of two such halves is a word ("trolleybuses")."""
    inputs = _data_files(code)
    return large_list_where(
        code,
        "pairs",
        inputs,
        lambda word: len(word) >= MIN_UNLISTED_LETTERS - 1 and bool(_pair_splits(word, code)),
        PAIR_WORD_ZIPF,
    )


def _two_words(left: str, right: str, code: str, frequent: Mapping[str, float]) -> bool:
    known, grammatical = vocabulary(code), function_words(code)
    if left not in known:
        return False
    if right not in known:
        # After an article that starts no other word (`lexicon.fused_articles`: English "the"), a common
        # word of `frequent`: the data lists a few hundred words, the frequency list tens of thousands
        # ("thebell"). French "les", Spanish "las", Italian "gli" start real words ("lesdits", "lastime").
        return (
            left in words(code, "lexicon.fused_articles")
            and len(right) >= 4
            and frequent.get(right, 0.0) >= COMMON_ZIPF
        )
    if _accent_ends(left, code):
        return True  # "piùperché", "cittàmetropolitana": the accent closes the first word
    if left in grammatical and right in grammatical:
        # "pourla", "withthe"; shorter heads make real words ("parla", "dalla", "comum"), except before an
        # article of three letters or more after a word that is none ("ofthe", "conlos", "deuna";
        # "parles" and "digli" are listed words, and so is "launa").
        articles = words(code, "articles.definite") | words(code, "articles.indefinite")
        return len(left) >= 4 or (len(right) >= 3 and right in articles and left not in articles)
    # Short function words are also prefixes and endings ("contratado" = con + tratado, "ligados" =
    # liga + dos): a function word leads only when it is an article ("thegovernment"), and trails
    # only when it is four letters or more ("governmentsaid").
    if left in words(code, "articles.definite") or left in words(code, "lexicon.contractions"):
        # "thegovernment", "delagua"; after an article of two letters only when the language's frequency
        # list does not write the whole ("dufleuve", but "durable", "lacune" are words).
        if len(right) < 4:
            return False
        return len(left) >= 3 or (len(left) == 2 and not _frequency_listed(left + right, code))
    if left not in grammatical and right not in grammatical:
        return _content_words(left, right, code)
    # A leading function word of four letters or more before a word of four or more ("dansplusieurs",
    # "withhundreds"), where the frequency list does not write the whole: "pourcentage", "paramilitar"
    # and "sobremesa" are words.
    if right not in grammatical:
        return len(left) >= 4 and len(right) >= 4 and not _frequency_listed(left + right, code)
    # A trailing function word of four letters ("governmentsaid"), or an article of three ("untilthe";
    # an indefinite or contracted one where the frequency list does not write the whole: "depuisdes",
    # but "fortune", "vendes").
    if len(left) < 4:
        return False
    if len(right) >= 4 or (len(right) == 3 and right in words(code, "articles.definite")):
        return True
    others = words(code, "articles.indefinite") | words(code, "lexicon.contractions")
    return len(right) == 3 and right in others and not _frequency_listed(left + right, code)


def _frequent(code: str, token: str) -> Mapping[str, float]:
    """The words of the language's frequency list (audit/word_frequency.py) that may be half of `token`;
    empty when it has none, or when `token` is on it: the list also holds real words a lead and a word
    make ("therein") and common slips ("ofthe"), which only the listed words split."""
    return {} if _frequency_listed(token, code) else zipf_table(code) or {}


def _frequency_listed(token: str, code: str) -> bool:
    """True when the language's frequency list writes `token` (a real word, however it splits)."""
    return token.casefold() in (zipf_table(code) or {})


def _accent_ends(word: str, code: str) -> bool:
    """True when `word` ends on an accented vowel in a language that writes those only at a word's end."""
    return word[-1] in "àèéìíòóù" and bool(language(code).value("lexicon.final_accents", False))


def _content_words(left: str, right: str, code: str) -> bool:
    """Two content words glued ("incendiobomberos"): only in a language that writes such compounds apart
    or hyphenated (lexicon.split_content_words), never after a word that also leads compounds
    ("contra", "entre": lexicon.prefixes). English and German join content words into real ones."""
    data = language(code)
    if not data.value("lexicon.split_content_words", False) or left in words(code, "lexicon.prefixes"):
        return False
    # Four-letter halves are too often pieces of one word ("annotasse" = anno + tasse), and a doubled
    # half is a reduplication ("traintrain") or doubled-word's business.
    return len(left) >= MIN_CONTENT_LETTERS and len(right) >= MIN_CONTENT_LETTERS and left != right
