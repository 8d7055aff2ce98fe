"""Marks an agency or a site prints on its copy: teletype codes, continuation marks, copyright notices.

- teletype codes: a wire story travels between a start-of-message sequence ("ZCZC" and the desk's
  codes: "ZCZC ANS0412 3 EST /R01 /ITA") and an end-of-message one (the editors' initials, a date, a
  time and "NNNN"); neither is written in lower case;
- a continuation mark: the wire's word for "the story goes on in the next take" (`ui.continued`:
  "MORE", "SEGUE", "SIGUE"), alone in capitals, perhaps with the editors' initials ("/ROS/ (SEGUE)");
- a copyright notice: a copyright mark ("©", "(c)", "Copyright") and a rights phrase of the lexicon
  ("All rights reserved", "Riproduzione riservata") on one short line, or a line that opens with the
  mark and names the holder or the year ("© Copyright by Hue Today"), or that opens with the mark, names
  the holder and then says, in any wording, what the rights allow (a word of `ui.rights`: "ⓒ Harbour
  Now, unauthorized reproduction prohibited", "© Valley Post. Reprint only with the publisher's
  consent.") or gives the agency's code of the item ("© dpa-infocom, dpa:250916-930-123456/2"). A
  photo credit ("© Jane Doe / AFP") names a photographer without the word "copyright", a year or a
  statement on the rights, and stays the caption's;
- a note on where the page's words come from (`ui.provenance`: machine translated, aggregated): a short
  line that names the page itself ("This story was automatically aggregated from a partner site",
  "Dieser Beitrag ist eine maschinelle Übersetzung …"), or a credit whose source is followed by such a
  note ("Source : Rzeczpospolita, traduction automatique"). A sentence of the story about translation
  names neither the page nor a source label.
"""

from __future__ import annotations

import itertools

from audit.furniture_stamp import YEAR
from audit.furniture_wire import EDITORS_INITIALS
from audit.prose import LazyPattern
from audit.ui_lexicon import TOKEN, Lexicon, key, token_keys

# The start and the end of a teletype message, as the machines print them.
START_OF_MESSAGE = "ZCZC"
END_OF_MESSAGE = "NNNN"
# A continuation mark: the editors' initials between slashes, then the word, bare, in brackets or after
# an arrow ("--> SEGUE").
_CONTINUED = LazyPattern(
    r"(?:/?\p{Lu}{2,4}(?:[-/]\p{Lu}{2,4})*/\s*)?[(\-–—>→»]*\s*(?P<word>\p{Lu}[\p{Lu} ]{1,14}?)\s*[)\-–—]*"
)
# A continuation or end mark in brackets or between dashes, in any case ("(segue)", "(fin)", "—ENDS—").
_BRACKETED = LazyPattern(r"[(\-–—]+\s*(?P<word>\p{L}{2,8})\s*[)\-–—]+")
_OPENERS = "(-–—"
# The date and time a take was filed, after its end mark ("(FIN) 09/07/2024 14:22 GMT").
_FILED_AT = LazyPattern(r"\s+\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\s+\d{1,2}[:.h]\d{2}(?:\s+\p{Lu}{2,4})?$")
# A copyright mark, and what a notice is cut into around it (sentences, bars, spaced dashes, the mark).
_MARK = LazyPattern(r"(?i:©|ⓒ|\(c\)|\bcopyright\b)")
# What every copyright mark holds (a scan of C speed before the search).
_MARK_HINTS = ("©", "ⓒ", "(c)", "(C)", "opyright", "OPYRIGHT")
_NOTICE_PIECES = LazyPattern(r"(?<=[.!?])\s+|\s+[|·•–—-]\s+|\s*(?:©|ⓒ)\s*")
# The longest copyright notice, in words ("© 2025 Harbour Press. All rights reserved. Reproduction …").
MAX_NOTICE_WORDS = 30
# The longest lower-case word of a holder's name ("by", "del", "von").
MAX_PARTICLE_LETTERS = 3
# The longest holder after a mark that opens a line, without a rights phrase ("© Copyright by Hue Today").
MAX_HOLDER_WORDS = 5
# Emphasis around a notice ("*© 2024 Valley Post. …*").
_EMPHASIS = "*_"
# A holder's name, then a comma, a full stop, a semicolon or a dash, then the rest of the notice.
_HOLDER_AND_REST = LazyPattern(r"(?P<holder>[^,.;:\n—–]+?)\s*(?:[,.;—–]|\s-)\s+(?P<rest>\S.*)")
# An agency's code of an item after its holder: letters, a colon, a date-like run of figures and more
# figures ("dpa:250916-930-123456/2").
_ITEM_CODE = LazyPattern(r"\p{L}{2,10}:\d{6,}(?:[-/]\d+)+")


# A credit: a label of one or two words, a colon, the source's name, then a note after a comma, a
# bracket or a dash ("Quelle: Ukrinform (übersetzt mit DeepL)").
_NOTED_CREDIT = LazyPattern(
    r"(?P<label>\p{Lu}\p{L}*(?: \p{L}+)?)\s*[:：]\s*(?P<name>[^,(–—\n]{2,60}?)"
    r"\s*(?:[,(]|\s[–—-]\s)(?P<note>[^\n]{3,120})"
)
# The longest note on the page's provenance, in words.
MAX_PROVENANCE_WORDS = 30
# The longest source's name before such a note, in words.
MAX_SOURCE_WORDS = 5


def is_provenance(body: str, keys: list[str], words: Lexicon) -> bool:
    """True for a note on where the page's words come from (see the module's docstring).

    >>> from audit.ui_lexicon import lexicon, token_keys
    >>> def check(line):
    ...     return is_provenance(line, token_keys(TOKEN.findall(line)), lexicon())
    >>> check("Source : Rzeczpospolita, traduction automatique"), check("This story was aggregated from a partner.")
    (True, True)
    >>> check("The minister said the treaty was machine translated before it was signed.")
    False
    >>> check("Article traduit automatiquement de l'anglais, source en bas de message")
    True
    """
    if not 0 < len(keys) <= MAX_PROVENANCE_WORDS or not _says_provenance(keys, words):
        return False
    if any(" ".join(pair) in words.page for pair in itertools.pairwise(keys)):
        return True
    # The page named by its noun alone, the provenance right after it ("Article traduit automatiquement
    # de l'anglais, source en bas de message"): a note's telegraphic subject, never a sentence's.
    if keys[0] in {phrase.rsplit(" ", 1)[-1] for phrase in words.page} and _says_provenance(keys[1:4], words):
        return True
    credit = _NOTED_CREDIT.compiled.fullmatch(body.strip("*_ "))
    if credit is None:
        return False
    name = TOKEN.findall(credit.group("name"))
    return (
        0 < len(name) <= MAX_SOURCE_WORDS
        and name[0][:1].isupper()
        and not any(map(words.is_label_word, TOKEN.findall(credit.group("label"))))
        and _says_provenance(token_keys(TOKEN.findall(credit.group("note"))), words)
    )


def _says_provenance(keys: list[str], words: Lexicon) -> bool:
    """True when the words say how the text was made: a provenance word or two-word phrase."""
    return not words.provenance.isdisjoint(keys) or any(
        " ".join(pair) in words.provenance for pair in itertools.pairwise(keys)
    )


def is_wire_code(body: str) -> bool:
    """True for a teletype line: it opens with the start of a message or ends with the end of one, and
    holds no lower-case letter but the editors' initials (a sentence may name the codes).

    >>> is_wire_code("ZCZC0417/SXA R ESTERI"), is_wire_code("AB-CD/ 11-SET-25 10:47 NNNN")
    (True, True)
    >>> is_wire_code("red/sam 141530 GIU 25 NNNN"), is_wire_code("The line ended with NNNN")
    (True, False)
    >>> is_wire_code("ZCZC was the code that opened every message, the old telegraphist said.")
    False
    """
    return (body.startswith(START_OF_MESSAGE) or body.endswith(END_OF_MESSAGE)) and all(
        EDITORS_INITIALS.compiled.fullmatch(word) for word in body.split() if any(map(str.islower, word))
    )


def is_continued(body: str, words: Lexicon) -> bool:
    """True for a wire's continuation mark in capitals ("SEGUE", "/ROS/ (SEGUE)", "- MORE -").

    >>> from audit.ui_lexicon import lexicon
    >>> is_continued("/ROS/ (SEGUE)", lexicon()), is_continued("MORE", lexicon()), is_continued("More", lexicon())
    (True, True, False)
    >>> is_continued("(fin)", lexicon()), is_continued("—ENDS—", lexicon()), is_continued("(Paris)", lexicon())
    (True, True, False)
    >>> is_continued("(FIN) 09/07/2024 14:22 GMT", lexicon()), is_continued("(Paris) 09/07/2024 14:22", lexicon())
    (True, False)
    """
    stamped = _FILED_AT.compiled.search(body)
    if stamped is not None and stamped.start() > 0:
        body = body[: stamped.start()]  # the time the take was filed, after the mark
    bracketed = _BRACKETED.compiled.fullmatch(body) if body[:1] in _OPENERS else None
    if bracketed is not None:
        return key(bracketed.group("word")) in words.continued
    if not body.isupper():
        return False
    match = _CONTINUED.compiled.fullmatch(body)
    return match is not None and key(match.group("word")) in words.continued


def is_copyright(body: str, words: Lexicon) -> bool:
    """True for a copyright notice (see the module's docstring).

    >>> from audit.ui_lexicon import lexicon
    >>> is_copyright("© Copyright 2025. All rights reserved. Reproduction only with permission.", lexicon())
    True
    >>> is_copyright("RIPRODUZIONE RISERVATA © Copyright ANSA", lexicon())
    True
    >>> is_copyright("© Reproduction réservée", lexicon())
    True
    >>> is_copyright("© Jane Doe / AFP", lexicon()), is_copyright("Copyright law changed in 2019.", lexicon())
    (False, False)
    """
    if not any(map(body.__contains__, _MARK_HINTS)):
        return False  # most lines: no search
    mark = _MARK.compiled.search(body)
    if mark is None:
        return False
    tokens = TOKEN.findall(body)
    if len(tokens) > MAX_NOTICE_WORDS:
        return False
    pieces = [piece for piece in _NOTICE_PIECES.compiled.split(body) if TOKEN.search(piece)]
    if any((said := words.phrase(key(piece))) is not None and said[1] == 0 for piece in pieces):
        return True
    opens = mark.start() == 0 or not body[: mark.start()].strip(_EMPHASIS)
    if not opens:
        return False
    after = body[mark.end() :].rstrip(_EMPHASIS + " ")
    holder = TOKEN.findall(after)
    if holder and words.rights.issuperset(token_keys(holder)):
        return True  # the rights alone, no holder named ("© Reproduction réservée")
    if (
        0 < len(holder) <= MAX_HOLDER_WORDS
        and (YEAR.compiled.search(body) is not None or "copyright" in body.casefold())
        and _is_holder(holder)
        and not body.rstrip().endswith("?")
    ):
        return True
    return _states_rights(after, words)


def _is_holder(tokens: list[str]) -> bool:
    """True for the words of a rights holder: capitalised words, figures (a year) and short particles."""
    return all(token[:1].isupper() or token[:1].isdigit() or len(token) <= MAX_PARTICLE_LETTERS for token in tokens)


def _states_rights(after: str, words: Lexicon) -> bool:
    """True when what follows a copyright mark is a holder, then what the rights allow or the item's code.

    >>> from audit.ui_lexicon import lexicon
    >>> _states_rights("Valley Post, unauthorized reproduction prohibited", lexicon())
    True
    >>> _states_rights("Oman News Agency — redistribution for subscribing outlets only", lexicon())
    True
    >>> _states_rights("Jane Doe, courtesy of the museum", lexicon()), _states_rights("Jane Doe / AFP", lexicon())
    (False, False)
    """
    match = _HOLDER_AND_REST.compiled.fullmatch(after)
    if match is None:
        return False
    holder = TOKEN.findall(match.group("holder"))
    rest = match.group("rest")
    if not 0 < len(holder) <= MAX_HOLDER_WORDS:
        return False
    if _ITEM_CODE.compiled.fullmatch(rest.strip()):
        return True
    return _is_holder(holder) and not words.rights.isdisjoint(token_keys(TOKEN.findall(rest)))
