"""Publication stamps: the dates and times a page prints around an article, which editors delete.

"Publié le 14/11/2026 à 09h12, mis à jour à 11h40", "Updated 3 hours ago", "Stand: 14.11.2024, 16:05
Uhr": a stamp word (`ui.stamps`), then nothing but numbers, date and time words (`ui.calendar`), small
words and section names. A dateline opens with a place and a byline with a name, so neither is a
stamp, and a date without a time of day says when the story was written, not when the page was.
"""

from __future__ import annotations

from audit.prose import LazyPattern
from audit.ui_lexicon import Lexicon

# The longest publication stamp, in words ("Published: 12 March 2026 | Last updated: 2 hours ago").
MAX_STAMP_WORDS = 20
# The longest stamp opener, in words ("Dernière mise à jour").
MAX_STAMP_OPENER = 4
# A time of day in a stamp ("07:58", "09h12", "14.05", "18 h"), not a date ("01.01.2018", mlqe-pe ru-en).
CLOCK = LazyPattern(r"(?<![\d.])(?:[01]?\d|2[0-3])(?:[:h.]\s?[0-5]\d(?!\.?\d)|\s?h\b)")
# The longest poster's name in a signed stamp, in words ("redazione", "nikos_chania", "Jane Smith").
MAX_POSTER_WORDS = 3
# The longest relative time after a poster, in words ("hace 3 horas", "il y a 2 jours").
MAX_RELATIVE_WORDS = 4
# The most words of the categories after a signed stamp ("Actualidad, Transporte").
MAX_CATEGORY_WORDS = 5
# The most letters of the small word between a zone word and its place ("heure de Paris", "ora di Roma").
_LINK_LETTERS = 3
# A year: with a time of day and nothing else, a line is a stamp ("22 mai 2026, 12:04").
YEAR = LazyPattern(r"\b(?:19|20)\d\d\b")


def is_stamp(keys: list[str], words: Lexicon) -> bool:
    """True for a publication stamp: a stamp word first, then nothing but dates, times, stamp words and
    small words ("Publié le 14/11/2026 à 09h12, mis à jour à 11h40", "Updated 3 hours ago"); `keys` are
    the keys of the line's words (`ui_lexicon.token_keys`).

    Scraped pages keep them in the text and editors delete them; a dateline opens with a place
    ("PARIS, March 3 –") and a byline with a name, so neither opens like a stamp.

    >>> from audit.ui_lexicon import lexicon, token_keys
    >>> is_stamp(token_keys(["Stand", "14", "11", "2024", "16", "05", "Uhr"]), lexicon())
    True
    >>> is_stamp(token_keys(["Updated", "figures", "show", "12", "dead"]), lexicon())
    False
    """
    if not 2 <= len(keys) <= MAX_STAMP_WORDS:
        return False
    if not any(" ".join(keys[:count]) in words.stamps for count in range(1, MAX_STAMP_OPENER + 1)):
        return False
    if keys[-1] in words.stopwords:
        return False  # a stamp ends on a date or a time: this line breaks off ("… 2024, às" / "10h30, o mapa")
    return dated(keys, words)


def is_signed_stamp(keys: list[str], words: Lexicon, clocked: bool = True) -> bool:
    """True for a stamp that names who posted ("Pubblicato da redazione il 3 marzo 2024 alle 09:14 in
    Esteri", "posté par nikos_chania le 14/11/2024 à 22:17"): a stamp word, a word for "by" (`ui.by`),
    a name of a few words, then a stamp with a date (two numbers at least) or a short relative time
    ("hace 3 horas"), perhaps followed by a small word and the post's categories ("… a las 09:05 en
    Actualidad, Transporte"). A byline names its author without a stamp word ("Par Claire Dubois, à
    Kanazawa"), so it stays. A stamp without a time of day (`clocked` False) may only give a relative
    time: a date alone says when the story was written ("Publicado por Redacción | 3 junio, 2024").

    >>> from audit.ui_lexicon import lexicon, token_keys
    >>> is_signed_stamp(token_keys("Posted by jdoe on 3 May 2024 at 9 12".split()), lexicon())
    True
    >>> is_signed_stamp(token_keys("Posted by jdoe on 3 May 2024 at 9 12 in Ferries Harbours".split()), lexicon())
    True
    >>> is_signed_stamp(token_keys("Publicado por redaccion hace 3 horas".split()), lexicon(), clocked=False)
    True
    >>> is_signed_stamp(token_keys("Publicado por Redacción 3 junio 2024 sin comentarios".split()), lexicon(), False)
    False
    >>> is_signed_stamp(token_keys("Posted by the ministry on Monday".split()), lexicon())
    False
    """
    if not 4 <= len(keys) <= MAX_STAMP_WORDS or keys[-1] in words.stopwords:
        return False
    for count in range(1, MAX_STAMP_OPENER + 1):
        if " ".join(keys[:count]) not in words.stamps or count >= len(keys) or keys[count] not in words.by:
            continue
        for name in range(1, MAX_POSTER_WORDS + 1):
            if _stamped_rest(keys[count + 1 + name :], words, clocked):
                return True
    return False


def _stamped_rest(rest: list[str], words: Lexicon, clocked: bool) -> bool:
    """True for what follows the poster in a signed stamp: a date, or a short relative time, and perhaps
    a small word and a few categories after it."""
    numbers = sum(item.isdigit() for item in rest)
    # A relative time counts a unit of time ("hace 3 horas"); a lone year says when a book came out
    # ("Published by Penguin in 2019").
    relative = (
        numbers == 1
        and len(rest) <= MAX_RELATIVE_WORDS
        and not any(YEAR.compiled.fullmatch(item) for item in rest)
        and any(item in words.calendar and item not in words.stopwords for item in rest)
    )
    if ((numbers >= 2 and clocked) or relative) and dated(rest, words):
        return True
    if numbers < 2 or not clocked:
        return False
    # The categories of the post after its date ("… 09:05 in News, Transport"): the date ends before the
    # last small word, and a few words follow it.
    for place in range(len(rest) - 1, 0, -1):
        if rest[place] in words.stopwords:
            return (
                0 < len(rest) - place - 1 <= MAX_CATEGORY_WORDS
                and sum(item.isdigit() for item in rest[:place]) >= 2
                and dated(rest[:place], words)
            )
    return False


def dated(keys: list[str], words: Lexicon) -> bool:
    """True when every word is a number, a date or time word, a stamp word, a small word or a section
    ("Aujourd'hui à 07:58", "4 hours ago in Economy"); `keys` are the keys of the words.

    >>> from audit.ui_lexicon import lexicon, token_keys
    >>> dated(token_keys(["Aujourd'hui", "à", "07", "58"]), lexicon())
    True
    >>> dated(token_keys(["trains", "run", "from", "06", "00"]), lexicon())
    False
    >>> dated(token_keys(["16", "20", "Cairo", "time"]), lexicon())
    True
    >>> dated(token_keys(["16h20", "heure", "de", "Paris"]), lexicon())
    True
    """
    return bool(keys) and all(
        any(character.isdigit() for character in item)
        or item in words.calendar
        or item in words.stamp_words
        or item in words.stopwords
        or item in words.sections  # "Posted 4 hours ago in Economy"
        or item in words.zones
        or _zone_place(keys, index, words)
        for index, item in enumerate(keys)
    )


def _zone_place(keys: list[str], index: int, words: Lexicon) -> bool:
    """True when word `index` names a time zone's place: right before its zone word ("Cairo time"), or
    last, after the zone word and a small word ("heure de Paris")."""
    if keys[index + 1 : index + 2] and keys[index + 1] in words.zones:
        return True
    before = keys[max(index - 2, 0) : index]
    return index == len(keys) - 1 and len(before) == 2 and before[0] in words.zones and len(before[1]) <= _LINK_LETTERS
