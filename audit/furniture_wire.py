"""An agency's slug or trailer told by its build, in any agency's codes: a line of codes, not words.

A wire item opens and closes with machine lines: the agency's and desk's codes, a priority, a count of
words, the editors' initials and the time it was filed ("XNS-HIN-ENG | 28-05-2024 | 14:07 IST |
Priority: Routine | Words: 640", "XNA-FR 031652 GMT OCT 24 ba/ls", "FRS0412 4 I 0398 CHN /XNA-FR/
Chine-tourisme-transports"). No list holds every agency's codes, so each piece of the line is read by
its build: a code (capitals with figures, a hyphen or a slash), a short run of capitals, a figure, a
clock, a date, a time zone or month of `ui.calendar`, editors' initials ("ba/ls"), a keyword slug of
three words joined by hyphens, or, between bars, a label and one word or figure ("Words: 640"). A
headline in capitals has words of four letters or more ("COVID-19 CASES RISE 12 PERCENT"), a score no
code ("PSG 2-1 OM"): both stay the article's. audit/furniture_notice.py reads the teletype's own
start and end sequences ("ZCZC", "NNNN").

A desk's slug may also be written out in words, its pieces cut by dashes or bars: a label, a desk, a
reference and a transmission stamp ("WIRE — Foreign desk — Ref. ABC-DEF/0412 — Sent 21/12/2024 at
06:41 GMT", "ECO-FAIR-DAM 28-08-2025 16:52 UTC — Priority: normal"). Its words are any language's, so
the line is told by two things prose never holds together in a few short pieces: a reference code of
three parts at least (a name with a figure, "COVID-19", "G-20", has two) and a full date with a clock.
A live blog's update banner sits between triple pluses ("+++ UPDATE +++ …"), its label in capitals.
"""

from __future__ import annotations

from audit.prose import LazyPattern
from audit.ui_lexicon import Lexicon, token_key

# A code: capitals and figures with a figure, a hyphen or a slash inside ("FRS0412", "XNA-FR", "SM/AK",
# "/XNA-FR/").
_CODE = LazyPattern(r"/?(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,}(?:[-/][A-Z0-9]{1,})+/?|(?=[A-Z]{2,}\d)[A-Z0-9]{3,}")
# Capitals of three letters at most: a desk, a country, a language ("XNS", "CHN", "I").
_SHORT_CAPITALS = LazyPattern(r"[A-Z]{1,3}")
# A figure, a clock or a date ("1407", "031652", "14:07", "28-05-2024").
_FIGURE = LazyPattern(r"\d[\d:.\-/]*")
# Editors' initials in lower case ("ba/ls", "sm/ak/jr").
EDITORS_INITIALS = LazyPattern(r"[a-z]{2,3}(?:/[a-z]{2,3})+")
# A keyword slug: three words or more joined by hyphens ("Chine-tourisme-transports").
_SLUG = LazyPattern(r"\p{L}+(?:-\p{L}+){2,}")
# A label and its value between bars ("Priority: Routine", "Words: 640").
_LABELLED = LazyPattern(r"\p{Lu}\p{Ll}+\s*:\s*(?:\p{L}+|\d[\d.,]*)")
_BARS = LazyPattern(r"\s*\|\s*")
# A keyword slug in capitals, three words joined by hyphens or slashes, and the version tag a wire
# adds to a story it files again ("KENYA-COMMERCE-AGRICULTURE", "MEXICO-ELECTRICITY/HEATWAVE (UPDATE
# 2)"): a headline in capitals joins no words so, and a place's parts are shorter ("PORT-AU-PRINCE").
_KEYWORDS = LazyPattern(r"[A-Z]{3,}(?:[-/][A-Z]{3,}){2,}(?:\s+\([A-Z]{3,}(?:\s\d{1,2})?\))?")
# A slug has this many pieces at least.
MIN_SLUG_PIECES = 3
# The most pieces a slug may have ("FRS0412 4 I 0398 CHN /XNA-FR/ …" has seven).
MAX_SLUG_PIECES = 14
# What a code line needs: codes, and a figure or a time zone besides.
MIN_CODES = 2


def is_wire_slug(body: str, words: Lexicon) -> bool:
    """True for an agency's slug or trailer: pieces that are codes, figures, short capitals, time words,
    initials or a keyword slug only; two codes, or one code with a figure and a time zone or clock; or a
    keyword slug in capitals alone, with its version tag or not.

    >>> from audit.ui_lexicon import lexicon
    >>> is_wire_slug("XNS SM/AK 1407 IST", lexicon()), is_wire_slug("XNA-FR 031652 GMT OCT 24 ba/ls", lexicon())
    (True, True)
    >>> is_wire_slug("XNS-HIN-ENG | 28-05-2024 | 14:07 IST | Priority: Routine | Words: 640", lexicon())
    True
    >>> is_wire_slug("COVID-19 CASES RISE 12 PERCENT IN DELHI", lexicon()), is_wire_slug("PSG 2-1 OM", lexicon())
    (False, False)
    >>> is_wire_slug("MEXICO-ELECTRICITY/HEATWAVE (UPDATE 2)", lexicon()), is_wire_slug("PORT-AU-PRINCE", lexicon())
    (True, False)
    """
    if _KEYWORDS.compiled.fullmatch(body.strip("*_ ")):
        return True
    barred = "|" in body
    pieces = _BARS.compiled.split(body) if barred else [body]
    items: list[str] = []
    for piece in pieces:
        if barred and _LABELLED.compiled.fullmatch(piece):
            items.append("")  # a labelled value: allowed, neither code nor figure
        else:
            items.extend(piece.split())
    if not MIN_SLUG_PIECES <= len(items) <= MAX_SLUG_PIECES or items.count("") * 2 > len(items):
        return False
    codes = figures = times = 0
    for item in filter(None, items):
        if _CODE.compiled.fullmatch(item):
            codes += 1
        elif _FIGURE.compiled.fullmatch(item):
            figures += 1
            times += ":" in item
        elif token_key(item) in words.calendar and item.isupper():
            times += 1  # a time zone or a month in capitals ("IST", "GMT", "OCT")
        elif not (
            _SHORT_CAPITALS.compiled.fullmatch(item)
            or EDITORS_INITIALS.compiled.fullmatch(item)
            or _SLUG.compiled.fullmatch(item)
        ):
            return False
    return codes >= MIN_CODES or (codes == 1 and figures >= 1 and times >= 1)


# A reference code of three parts at least, letters or figures, joined by hyphens or slashes.
_REFERENCE = LazyPattern(r"(?<![\w/-])(?=[A-Z0-9/-]*[A-Z])[A-Z0-9]{2,}(?:[-/][A-Z0-9]{2,}){2,}(?![\w/-])")
# A full date with a clock after it ("21/12/2024 à 06:41", "28-08-2025 16:52").
_DATED_CLOCK = LazyPattern(r"\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b\D{0,12}\b(?:[01]?\d|2[0-3])[:h]\d{2}\b")
# The pieces of a written slug, and the most words of one ("Transmis le 21/12/2024 à 06:41 GMT").
_WRITTEN_PIECES = LazyPattern(r"\s+[—–|]\s+")
MAX_WRITTEN_PIECE_WORDS = 7
MIN_WRITTEN_PIECES = 2
# A live blog's update banner: a label in capitals between triple pluses, words after it or not.
_BANNER = LazyPattern(r"\+{3}\s*(?P<label>[^+\n]{2,30}?)\s*\+{3}(?:\s.*)?")
MAX_BANNER_LABEL_WORDS = 3


def is_written_slug(body: str) -> bool:
    """True for a slug written out in words (see the module's docstring).

    >>> is_written_slug("DEPESCHE — Auslandsdienst — Ref. DEU-WAHL/0211 — Gesendet am 03.02.2025 um 14:10 MEZ")
    True
    >>> is_written_slug("Le dossier AUS-FEUX/0412 a été transmis le 21/12/2024 à 06:41 au parquet de Melbourne.")
    False
    >>> is_written_slug("COVID-19 — Bulletin du 21/12/2020 à 18:00")
    False
    """
    if body.startswith("|") or not _REFERENCE.compiled.search(body) or not _DATED_CLOCK.compiled.search(body):
        return False
    pieces = _WRITTEN_PIECES.compiled.split(body.strip(" *_"))
    return len(pieces) >= MIN_WRITTEN_PIECES and all(
        len(piece.split()) <= MAX_WRITTEN_PIECE_WORDS and not piece.endswith((".", "!", "?")) for piece in pieces
    )


def is_update_banner(body: str) -> bool:
    """True for a live blog's update banner ("+++ EILMELDUNG +++ …").

    >>> is_update_banner("+++ ÚLTIMA HORA +++ el Gobierno convoca"), is_update_banner("+++ Merz gewinnt +++")
    (True, False)
    """
    match = _BANNER.compiled.fullmatch(body.strip())
    if match is None:
        return False
    label = match.group("label")
    return label.isupper() and len(label.split()) <= MAX_BANNER_LABEL_WORDS
