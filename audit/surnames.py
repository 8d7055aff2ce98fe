"""Surnames standing alone: after a first mention, news names a person by surname only.

`lone_words` finds the capitalised words of a paragraph that may be such a surname (outside the name
mentions of audit/names.py, or after a common noun: "die Familie Rinaldy"); `surname_slips` finds those
spelt unlike the same surname written more often in the article (`name-variant`), `surname_misspelt`
those one slip off a listed public figure's surname (`name-misspelling`). A lone capitalised word is
weak evidence, so the relations are the strictest ones of audit/transliteration.py.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Sequence

from audit.gazetteer import listed_places
from audit.gendered import gender_forms, gender_stem
from audit.languages import words
from audit.names import Mention, NameConventions, conventions, lower_case_words
from audit.prose import LazyPattern
from audit.transliteration import (
    LETTERS,
    fold,
    marks_differ,
    open_final,
    respelt,
    romanised_key,
    skeleton,
    skeletons,
    word_relation,
)

# A capitalised word of four letters or more, or one after a short word and a hyphen: `lone_words` keeps
# that only when it is a particle (Ben-Ami, Al-Sisi, al-Assad), not a compound (Jean-Luc).
# An English possessive ends the word ("Mahmood's lawyer", en/54); another apostrophe does not (O'Brien).
_LONE_WORD = LazyPattern(
    r"(?<![\p{L}\p{M}\p{N}'’-])(?:(?P<particle>\p{L}\p{Ll}{1,3})-\p{Lu}\p{Ll}[\p{Ll}\p{M}]+|\p{Lu}\p{Ll}[\p{Ll}\p{M}]{2,})"
    r"(?![\p{L}\p{M}\p{N}-])(?!['’](?!s(?![\p{L}\p{M}\p{N}])))"
)


# Inflections a word's stem takes (Bertsolari-s, Merkel-s): what `_derived` strips before comparing.
_INFLECTIONS = ("s", "es", "e", "en", "n", "er")
# Letters from which a lone word is long enough to be read loosely without a frame (`surname_slips`).
_LONG = 7
# Letters from which a lone word standing as a person does, one slip off a name written more often, is
# that name misspelt ("Tsogbaatar told reporters" beside "Tsogtbaatar Ganzorig" and "for Tsogtbaatar").
_LONG_SLIP = 8
# Letters of the shortest surname a long lone word is read loosely beside (Jurić of Juritsch, de/59).
_SHORTEST_SURNAME = 5
# Letters a case form shares with its surname's start, the key under which they meet (Zieliński /
# Zielińskiego).
_STEM = 5


def lone_words(text: str, code: str, inside: Sequence[Mention]) -> Iterator[Mention]:
    """Capitalised words of a paragraph that may be a surname standing alone ("selon Lemaitre"):
    outside the `inside` name mentions, or the last word of one whose other words are titles or common
    words ("die Familie Rinaldy"); never a title, function word, opener, place word, common word of the
    language's lexicon, or a word the paragraph also writes in lower case.

    >>> text = "Die Familie Rinaldy sammelt, sagte Marta Rinaldi."
    >>> [m.text for m in lone_words(text, "de", [Mention(4, 19, "Familie Rinaldy"), Mention(35, 48, "Marta Rinaldi")])]
    ['Rinaldy']
    """
    # Two lookups, not one in their union: the union copied the language's whole lexicon per paragraph.
    names = conventions(code)
    common, lowered = names.common_words, lower_case_words(text)
    # Mentions are few in a paragraph; the spans of the names proper, in order.
    covered = [
        (mention.start, mention.end)
        for mention in inside
        if not all(word.casefold() in common or word.casefold() in lowered for word in mention.text.split(" ")[:-1])
    ]
    for match in _LONE_WORD.finditer(text):
        word = match.group()
        folded = word.casefold()
        particle = match.group("particle")
        if (
            (particle is None or particle.casefold() in names.particles)
            and folded not in common
            and folded not in lowered
            and not any(start <= match.start() < end for start, end in covered)
            and not _names_place(text, match.start(), match.end(), names)
        ):
            yield Mention(match.start(), match.end(), word)


# The words around a lone word, as far as a place name's titles and particles reach ("avenida Rei
# Fahd", "rue du Roi Fahd", "King Fahd Road").
_WORDS_BEFORE = LazyPattern(r"([\p{L}\p{M}'’-]+)[ \t\u00a0]+$")
_WORD_AFTER = LazyPattern(r"[ \t\u00a0]+([\p{L}\p{M}'’-]+)")
# Titles and particles a place name may hold between its place word and the person it is named after.
_PLACE_REACH = 3


def _names_place(text: str, start: int, end: int, names: NameConventions) -> bool:
    """True when the word at [start, end) is the person a street, a square or a building is named after:
    a place word (`names.place_words`) before it, across titles and particles ("avenida Rei Fahd",
    "rue du Roi Fahd"), or right after it ("King Fahd Road"). A street named after a king is no mention
    of a student who shares his name (pt/203).

    >>> names = conventions("pt")
    >>> _names_place("na avenida Rei Fahd.", 15, 19, names), _names_place("o estudante Fahad gritava", 12, 17, names)
    (True, False)
    """
    after = _WORD_AFTER.compiled.match(text, end)
    if after is not None and after.group(1).casefold() in names.place_words:
        return True
    position = start
    for _ in range(_PLACE_REACH):
        before = _WORDS_BEFORE.compiled.search(text, 0, position)
        if before is None:
            return False
        folded = before.group(1).casefold()
        if folded in names.place_words:
            return True
        if folded not in names.titles and folded not in names.particles:
            return False
        position = before.start()
    return False


def surname_slips(
    found: Sequence[Mention],
    lone: Sequence[Mention],
    letters: frozenset[str] = frozenset(),
    framed: frozenset[int] = frozenset(),
    prose: str = "",
    code: str = "",
) -> Iterator[tuple[Mention, str]]:
    """Lone words (see `lone_words`) that respell the surname of fuller mentions written more often
    ("die Familie Rinaldy" beside "Marta Rinaldi" twice), or as often but first, where the person is
    introduced, when the lone word stands as a person does (`framed`, the starts of lone words after a
    title or before a reporting verb: "Sameh Shoukry … Shoukri said"), each with that surname. Only the strictest
    relation counts (the same word once respelt, accents that count, or the other gender's form of the
    surname: "Sokolov said" of Yulia Sokolova, audit/gendered.py): a capitalised word a few
    letters from a surname is too often another word ("Roman" beside "Romanian", "Rinaldo" beside
    "Rinaldi"), and a word some full name of the article holds is that person's (João Gomes beside
    Inés Gómez). A lone word framed so, or of seven letters or more beside a surname written in full
    (`_Tally`), is read more loosely: one skeleton, a source language's respelling, a source case
    ending (`prose`, the article's text, and `code`, its language, tell a German noun from a surname).
    Framed and of eight letters or more, one slip counts too ("Tsogbaatar said"), against a surname or
    against a long given name that names the person alone (`_given_slips`); a country's adjective
    never does ("said Jordanian consumers").

    >>> found = [Mention(0, 13, "Marta Rinaldi"), Mention(20, 33, "Marta Rinaldi"), Mention(40, 55, "Familie Rinaldy")]
    >>> [(m.text, s) for m, s in surname_slips(found, [Mention(48, 55, "Rinaldy"), Mention(60, 67, "Rinaldo")])]
    [('Rinaldy', 'Rinaldi')]
    """
    # The names proper: "Familie Rinaldy" holds a lone word after a common noun, not a name.
    alone = sorted(word.start for word in lone)
    proper = [mention for mention in found if not _holds(alone, mention)]
    counts = Counter(mention.text.rsplit(" ", 1)[-1] for mention in proper if " " in mention.text)
    # Where each surname is first written in full: news introduces a person so, and a later lone
    # surname respelt from it (Sameh Shoukry … Shoukri) is the slip even when each is written once.
    introduced: dict[str, int] = {}
    # And where each given name is first written in full, and how often in full or alone (`_given_slips`).
    given_first: dict[str, int] = {}
    given: Counter[str] = Counter()
    for mention in proper:
        if " " in mention.text:
            introduced.setdefault(mention.text.rsplit(" ", 1)[-1], mention.start)
            given_first.setdefault(mention.text.split(" ", 1)[0], mention.start)
            given[mention.text.split(" ", 1)[0]] += 1
    lone_counts = Counter(word.text for word in lone)
    compounds = _compound_surnames(proper)
    given.update({name: lone_counts[name] for name in given})
    # A person named by one word throughout (Suharti, an Indonesian mononym) is introduced where that
    # word is first written; not for the other gender's form ("Ivanova … Ivanov said": a couple).
    alone_first: dict[str, int] = {}
    for word in lone:
        alone_first.setdefault(word.text, word.start)
    counts.update(word.text for word in lone)
    written = {word.casefold() for mention in proper for word in LETTERS.findall(mention.text)}
    # Surnames by the keys a slip can share with them, so each lone word looks at a handful.
    by_key: dict[str, set[str]] = {}
    for surname in counts:
        by_key.setdefault(respelt(surname), set()).add(surname)
        by_key.setdefault(fold(surname), set()).add(surname)
        # Only a surname with a gendered ending has a gender key: the others would all share the empty
        # one, and every lone word would be compared with each of them.
        if stem := gender_stem(surname):
            by_key.setdefault("gender:" + stem, set()).add(surname)
        # Every skeleton the surname may take through a source language's respelling, so that a lone
        # word written in another system meets it (Shamoun of Rania Chamoun: French ch for Arabic sh).
        for shape in skeletons(surname):
            by_key.setdefault("skeleton:" + shape, set()).add(surname)
        by_key.setdefault("romanised:" + romanised_key(surname), set()).add(surname)
        by_key.setdefault("stem:" + fold(surname)[:_STEM], set()).add(surname)
        by_key.setdefault("ends:" + _ends(surname), set()).add(surname)
    tally = _Tally(counts, introduced, alone_first, letters, prose, code)
    places = listed_places()
    for word in lone:
        # A word of a full name is that person's; a listed city is a place ("Karachi" beside Qureshi).
        if word.text.casefold() in written or word.text.casefold() in places:
            continue
        framed_here = word.start in framed
        candidates = (
            by_key.get(respelt(word.text), set())
            | by_key.get(fold(word.text), set())
            | by_key.get("gender:" + gender_stem(word.text), set())
        )
        if framed_here or len(fold(word.text)) >= _LONG:
            candidates = (
                candidates
                | {
                    surname
                    for shape in skeletons(word.text)
                    for surname in by_key.get("skeleton:" + shape, ())
                    if _respelling_length(word.text, surname)
                }
                | by_key.get("romanised:" + romanised_key(word.text), set())
                | by_key.get("stem:" + fold(word.text)[:_STEM], set())
                | by_key.get("ends:" + _ends(word.text), set())
            )
        matches = {surname for surname in candidates if tally.respells(word, surname, framed_here)}
        if not matches and framed_here:
            matches = _given_slips(word, given, given_first, lone_counts[word.text], letters)
        if len(matches) == 1:
            yield word, matches.pop()
        elif matches and len({surname.casefold() for surname in matches}) == 1:
            # One surname whose particle is capitalised at a sentence start only ("Samer al-Hassan" …
            # "Al-Hassan precisó" … "Al-Hasan añadió", es/126): the form cased as the lone word is.
            yield word, max(matches, key=lambda surname: (surname[:1].isupper() == word.text[:1].isupper(), surname))
        elif not matches and (joined := compounds.get(respelt(word.text))) and counts[word.text] <= joined[1]:
            yield word, joined[0]
        elif not matches and (spaced := _particle_apart(prose, word, code)):
            # A surname joined to its particle, written apart here ("Mourad Benaïssa" … "Mr Ben Aïssa").
            joined_here = by_key.get(respelt(spaced.text.replace(" ", "")), set())
            earlier = {surname for surname in joined_here if tally.introduced.get(surname, word.start) < word.start}
            if len(earlier) == 1 and " " not in (surname := earlier.pop()):
                yield spaced, surname
    yield from _split_surnames(proper, introduced, counts)


def _split_surnames(
    proper: Sequence[Mention], introduced: dict[str, int], counts: Counter[str]
) -> Iterator[tuple[Mention, str]]:
    """Two-word mentions that are a one-word surname of the article cut in two ("Mohamed Ahmed
    Abdelrahim" … "M. Abdel Rahim a assuré", "Khaled Abdelmoneim" … "Mr Abdel Moneim"): the surname
    introduced earlier in a full name, and written joined as often as cut at least. The mirror of a
    lone word written joined where the article cuts it (`_compound_surnames`)."""
    joined = {respelt(surname): surname for surname in introduced if " " not in surname}
    cut = Counter(mention.text for mention in proper if mention.text.count(" ") == 1)
    for mention in proper:
        parts = mention.text.split(" ")
        if len(parts) != 2 or not all(part.isalpha() for part in parts):
            continue
        surname = joined.get(respelt("".join(parts)))
        if surname is not None and introduced[surname] < mention.start and counts[surname] >= cut[mention.text]:
            yield mention, surname


# A short capitalised word and one space: a particle written apart from the lone word after it.
_PARTICLE_APART = LazyPattern(r"(?<![\p{L}\p{M}\p{N}'’-])(\p{Lu}\p{Ll}{1,3}) $")


def _particle_apart(prose: str, word: Mention, code: str) -> Mention | None:
    """The lone `word` with the capitalised particle written apart before it in `prose` ("Ben Aïssa",
    "El Mesmari"), or None: the particle alone is no lone word, so the pair is read here.

    >>> _particle_apart("said Mr Ben Aïssa.", Mention(12, 17, "Aïssa"), "en")
    Mention(start=8, end=17, text='Ben Aïssa')
    """
    if not code or not prose:
        return None
    # Four letters, a space and the letter before them: enough to see where the particle starts.
    offset = max(0, word.start - 7)
    found = _PARTICLE_APART.search(prose[offset : word.start])
    if found is None or found.group(1).casefold() not in conventions(code).particles:
        return None
    return Mention(offset + found.start(), word.end, prose[offset + found.start() : word.end])


class _Tally:
    """What `surname_slips` knows of an article's surnames: how often each is written, where it is
    first written in full (`introduced`) or alone (`alone_first`), the language's accented letters,
    the article's text and its language. A plain class: a dataclass costs every run its generated
    code at import (issue 9)."""

    __slots__ = ("alone_first", "code", "counts", "introduced", "letters", "prose")

    def __init__(
        self,
        counts: Counter[str],
        introduced: dict[str, int],
        alone_first: dict[str, int],
        letters: frozenset[str],
        prose: str,
        code: str,
    ) -> None:
        self.counts, self.introduced, self.alone_first = counts, introduced, alone_first
        self.letters, self.prose, self.code = letters, prose, code

    def respells(self, word: Mention, surname: str, framed: bool) -> bool:
        """True when the lone `word` respells `surname`, written more often or introduced before it."""
        loose = framed or self._long(word.text, surname)
        text, counts = word.text, self.counts
        if counts[surname] < counts[text]:
            return False
        if counts[surname] == counts[text] and not (
            # A letter of the article's language dropped (Makela of Jukka Mäkelä) needs no frame.
            (loose or fold(text) == fold(surname))
            and (
                self.introduced.get(surname, word.start) < word.start
                or (self.alone_first.get(surname, word.start) < word.start and not gender_forms(text, surname))
            )
        ):
            return False
        if self.code and self._noun_forms(word, surname):
            return False
        if fold(text) == fold(surname):
            return marks_differ(text, surname, self.letters)
        if self.code and _demonym(text, surname, self.code):
            return False  # "said Jordanian consumers" beside "Jordan": a country's adjective, no slip
        if _derived(text, surname):
            return False  # "Bertsolaritza" beside "Bertsolaris": a word and one derived from it
        return (
            respelt(text) == respelt(surname)
            or gender_forms(text, surname)
            # Read loosely, a respelling through the source language's letters or one skeleton counts
            # too, and a source case ending ("the work of Zielińskiego", audit/name_cases.py); standing
            # as a person does, the Javanese final a / o. Two forms of one gendered stem are the
            # gendered relation's alone (Dostoievski, the writer, beside Anna Dostoievskaia, his wife).
            or (
                loose
                and (
                    (word_relation(text, surname, self.letters) == "variant" and not _one_stem(text, surname))
                    or _case_form(surname, text)
                )
            )
            or (framed and open_final(text, surname))
            or (
                framed
                and min(len(text), len(surname)) >= _LONG_SLIP
                and word_relation(text, surname, self.letters) == "slip"
            )
        )

    def _noun_forms(self, word: Mention, surname: str) -> bool:
        """True when the lone word and the "surname" are both ordinary words of the article's language,
        and either only their marks differ or the surname ends no full name ("Garten" … "Gärten", "die
        Länge" … "Anna Lange", "Fähre" … "Fahrer": German capitalises its nouns, and its plurals and
        derived nouns take an umlaut); "Hofmann" beside "Tobias Hoffmann" is still a slip."""
        return (
            _ordinary(word.text, self.code)
            and _ordinary(surname, self.code)
            and (surname not in self.introduced or fold(word.text) == fold(surname))
        )

    def _long(self, word: str, surname: str) -> bool:
        """True when a lone word is long and the surname written in full in the article, so that a
        capitalised word a few letters from it is no other word (Adeyami of Funmilayo Adeyemi,
        Jelezniakov of Arkadi Zhelezniakov: pt/89, es/39). A "surname" the article also writes in lower
        case, as the end of a compound, is a German noun ("Japanische Röstereien" … "Spezialitätenröstereien"
        … "eine Rösterin", de/36), and so is a lone word the language writes often (German "Platten"
        beside a capitalised "Plutonen", read in MT output)."""
        return (
            surname in self.introduced
            and len(fold(word)) >= _LONG
            and len(fold(surname)) >= _SHORTEST_SURNAME
            and surname[:1].lower() + surname[1:] not in self.prose
            and not (self.code and _ordinary(word, self.code))
        )


def _compound_surnames(proper: Sequence[Mention]) -> dict[str, tuple[str, int]]:
    """The two-word surnames of full names of three words or more, keyed by their two words joined and
    respelt, with how often each is written: a lone word written joined is that surname cut otherwise
    ("Mohamed Abdel Wahab" … "Abdelwahab a précisé", fr/129; "Juan Pablo De Santis" … "Desantis")."""
    found: dict[str, tuple[str, int]] = {}
    for mention in proper:
        parts = mention.text.split(" ")
        if len(parts) >= 3 and all(part.isalpha() for part in parts[-2:]):
            surname = " ".join(parts[-2:])
            key = respelt("".join(parts[-2:]))
            found[key] = (surname, found.get(key, (surname, 0))[1] + 1)
    return found


def _given_slips(
    word: Mention, given: Counter[str], given_first: dict[str, int], written: int, letters: frozenset[str]
) -> set[str]:
    """The long given names (`_LONG_SLIP` letters or more) of full names (`given`, with how often each is
    written in full or alone, and `given_first`, where first in full), one written in full before `word`,
    written more often than it (`written` times alone) and one slip or one transliteration off it: where
    a given name names the person alone (Mongolian, Ethiopian, Lao news), "Tsogtbaatar Ganzorig" …
    "Tsogbaatar told reporters"."""
    if len(word.text) < _LONG_SLIP:
        return set()
    return {
        name
        for name, count in given.items()
        if len(name) >= _LONG_SLIP
        and given_first[name] < word.start
        and count > written
        and abs(len(name) - len(word.text)) <= 1
        and word_relation(word.text, name, letters) in ("slip", "variant")
    }


def _demonym(word: str, name: str, code: str) -> bool:
    """True when `word` is `name` with an ending the language makes a country's adjective with
    (`official.demonym_endings`: Jordan / Jordanian, Kenya / Kenyan)."""
    return word.startswith(name) and word[len(name) :] in words(code, "official.demonym_endings")


# Letters of the stem two words must share, and of the suffix one adds, to be a word and its derivative.
_DERIVED_STEM = 6
_DERIVED_SUFFIX = 3


def _derived(word: str, surname: str) -> bool:
    """True when one word is the other's stem (the word, or the word less an inflection) with a suffix of
    three letters or more: a word derived from it, not a respelling ("Bertsolaritza", the art, beside
    "Bertsolaris", its poets; "Ruandesa" beside "Ruanda"). A source case ending ("Kowalskiego" of
    Kowalski) is `_case_form`'s.

    >>> _derived("Bertsolaritza", "Bertsolaris"), _derived("Kowalskiego", "Kowalski"), _derived("Rinaldy", "Rinaldi")
    (True, False, False)
    """
    if _case_form(surname, word) or _case_form(word, surname):
        return False
    short, long = sorted((fold(word), fold(surname)), key=len)
    stems = {short} | {short[: -len(ending)] for ending in _INFLECTIONS if short.endswith(ending)}
    return any(
        len(stem) >= _DERIVED_STEM and long.startswith(stem) and len(long) - len(stem) >= _DERIVED_SUFFIX
        for stem in stems
    )


def _respelling_length(word: str, surname: str) -> bool:
    """Whether a lone word may be `surname` respelt: one skeleton as written, or lengths at most a letter
    apart, as a source language's respelling leaves them (Shamoun / Chamoun). A German noun shares a
    respelt skeleton with a place of another length ("Zuschüssen" beside "Verbraucherzentrale
    Sachsen", in the bench corpus)."""
    return skeleton(word) == skeleton(surname) or abs(len(fold(word)) - len(fold(surname))) <= 1


def _ends(word: str) -> str:
    """The first and last three letters of a word, folded: a key a slip inside a long word keeps
    ("Tsogbaatar" / "Tsogtbaatar") where its skeleton and stem change."""
    folded = fold(word)
    return folded[:3] + folded[-3:]


def _ordinary(word: str, code: str) -> bool:
    """`audit.word_frequency.ordinary`, imported only when a long lone word is a candidate (issue 9:
    most articles never ask, and a one-file check should not load it). A word with a hyphen or an
    apostrophe ("Al-Hasan") is a name's form, not an ordinary word: asking wordfreq itself about it,
    the language's table holding letters only, loaded wordfreq and 7 MB into a corpus check."""
    if not word.isalpha():
        return False
    from audit.word_frequency import ordinary

    return ordinary(word, code)


def _case_form(nominative: str, oblique: str) -> bool:
    """`audit.name_cases.case_form`, imported only when a lone word is read loosely (issue 9)."""
    from audit.name_cases import case_form

    return case_form(nominative, oblique)


def _one_stem(word: str, surname: str) -> bool:
    """True when two words share a gendered stem (`audit.gendered.gender_stem`): Dostoievski / Dostoievskaia."""
    stem = gender_stem(word)
    return bool(stem) and stem == gender_stem(surname)


def framed_as_person(text: str, word: Mention, code: str) -> bool:
    """True when a lone word stands where a person's name does: after a title ("M. Safadi"), after a
    phrase such as "according to", or before or after a reporting verb ("Shoukri said", "said Shoukri"),
    per languages/<code>/names.toml.

    >>> framed_as_person("Later Shoukri said so.", Mention(6, 13, "Shoukri"), "en")
    True
    >>> framed_as_person("the name of Cale comes from Greek", Mention(12, 16, "Cale"), "en")
    False
    """
    reporting = words(code, "names.reporting")
    following = text[word.end : word.end + 30].split(maxsplit=1)
    if following and following[0].strip(",;:").casefold() in reporting:
        return True
    before = text[max(0, word.start - 30) : word.start].casefold().rstrip()
    previous = before.rsplit(maxsplit=1)[-1].rstrip(".") if before else ""
    # An inverted attribution too: "…, said Szalay", "sagte Mäkelä"; and a role ("il portiere Andjal").
    names = conventions(code)
    return (
        previous in names.titles
        or previous in names.roles
        or previous in reporting
        or any(
            before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum())
            for phrase in words(code, "names.according")
        )
    )


def _holds(starts: Sequence[int], mention: Mention) -> bool:
    """True when one of the sorted `starts` falls inside the mention."""
    index = bisect.bisect_left(starts, mention.start)
    return index < len(starts) and starts[index] < mention.end


def surname_misspelt(word: str, surname: str, letters: frozenset[str] = frozenset()) -> bool:
    """True when a lone word is a listed surname misspelt: one letter off, two swapped or another
    transliteration skeleton's near miss in a word of six letters or more (shorter ones are too often
    another word: Baden / Biden), or accents that count; a mere respelling (Zelensky / Zelenski) is
    accepted.

    >>> surname_misspelt("Zelenksi", "Zelenski"), surname_misspelt("Sanchéz", "Sánchez")
    (True, True)
    >>> surname_misspelt("Zelensky", "Zelenski"), surname_misspelt("Baden", "Biden"), surname_misspelt("Merz", "Merz")
    (False, False, False)
    """
    if abs(len(word) - len(surname)) > 2:
        return False  # cheap, and most lone words of an article are far from every listed surname
    if fold(word) == fold(surname):
        return marks_differ(word, surname, letters)
    if respelt(word) == respelt(surname) or min(len(word), len(surname)) < 6:
        return False
    # A respelling through an alternation (Halil for Khalil) is a transliteration, not a slip.
    return word_relation(word, surname, letters, alternations=False) in ("slip", "variant")
