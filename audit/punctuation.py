"""Two questions every prose rule asks: does a sentence start here, and which mark pairs with this one.

Why one module: each rule used to answer them with its own small table, and the answers drifted (one
rule took "“" for an opening mark in a German quotation „…“ where it closes, another forgot the
guillemets written »…« in German). Quotation conventions come from the language data
(languages/<code>/quotes.toml) where the rule needs the language; what a paragraph itself writes
decides between conventions that share a mark (« opens French quotations, » German ones).
"""

from __future__ import annotations

import re

from audit.prose import is_abbreviation

SENTENCE_ENDS = frozenset(".!?…")
# What may stand between a sentence end and the next sentence's first word.
_BEFORE_WORD = frozenset(" \t\r\n\u00a0\u202f\"'“‘«„‚‹»([{¿¡*_#>-–—\ufffc")

# Every pair of marks that encloses a quotation or an aside, whatever the language: opening → closing.
# „ closes with “ (German) or ” (Dutch); a straight quote closes with itself.
PAIRS: dict[str, str] = {
    "“": "”",
    "„": "“",
    "‚": "‘",
    "‘": "’",
    "«": "»",
    "‹": "›",
    '"': '"',
    "(": ")",
    "[": "]",
}
QUOTE_MARKS = frozenset('“”„‚‘’«»‹›"')
# Every quotation mark and bracket, found by the regular expression engine: the quote rules look at
# these few characters of a paragraph, never walk all of them in Python (issue 9).
_MARK = re.compile(r'[“”„‚‘’«»‹›"()\[\]]')


def marks_of(text: str) -> list[tuple[int, str]]:
    """The quotation marks and brackets of `text` with their offsets, in text order.

    >>> marks_of("He said “yes” (twice).")
    [(8, '“'), (12, '”'), (14, '('), (20, ')')]
    """
    return [(match.start(), match.group()) for match in _MARK.finditer(text)]


def starts_sentence(text: str, start: int, code: str | None = None) -> bool:
    """True when `start` begins a sentence: at the start of the text or after . ! ? …

    Quotes, brackets and spaces in between are skipped; a period that closes an abbreviation or an
    initial ("Dr.", "J.") ends no sentence.

    >>> starts_sentence("He left. “the press", 10), starts_sentence("He met the press", 11)
    (True, False)
    >>> starts_sentence("He met Dr. the press", 11)
    False
    """
    index = start - 1
    while index >= 0 and text[index] in _BEFORE_WORD:
        index -= 1
    if index < 0:
        return True
    return text[index] in SENTENCE_ENDS and not (text[index] == "." and is_abbreviation(text, index, code))


def quote_pairs(text: str) -> list[tuple[str, str]]:
    """The (openers, closers) of the quotation marks in a paragraph, as its own marks reveal them.

    „ makes “ (and ”) a closing mark (German „…“, Dutch „…”); ‚ makes ‘ one; guillemets pair in the
    direction the paragraph uses first (French «…», German »…«). Single ‘ ’ are left out: ’ is also
    the apostrophe, so no stack can pair them.

    >>> quote_pairs("Sie sagte: „Ja.“ Er nannte es »unerhört«.")
    [('„', '“”'), ('»', '«')]
    >>> quote_pairs("Il a dit « oui » et “non”.")
    [('“', '”'), ('«', '»')]
    """
    pairs = [("„", "“”") if "„" in text else ("“", "”")]
    if "‚" in text:
        pairs.append(("‚", "‘"))  # German single quotes ‚…‘: there ‘ closes
    guillemets = [character for character in text if character in "«»"]
    if guillemets:
        pairs.append((guillemets[0], "»" if guillemets[0] == "«" else "«"))
    return pairs


def opens(mark: str, text: str) -> bool:
    """True when `mark` opens a quotation in this paragraph (» opens in German »…«, “ closes after „).

    >>> opens("“", "He said “yes”."), opens("“", "Sie sagte „ja“.")
    (True, False)
    """
    return any(mark in openers for openers, _ in quote_pairs(text))


def encloses(before: str, after: str) -> bool:
    """True when `before` and `after` are the two marks of one pair («…», “…”, (…), German „…“ and »…«).

    >>> encloses("«", "»"), encloses("»", "«"), encloses("“", "»")
    (True, True, False)
    """
    return bool(before) and (PAIRS.get(before) == after or (before, after) in (("»", "«"), ("„", "”")))
