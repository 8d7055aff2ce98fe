"""`missing-space`: a sentence end glued to the next sentence ("the ministry.He added", "¿Qué?Dijo").

Scrapers that join lines and MT systems that rebuild segments drop the space after the full stop.
What looks the same but is right stays silent: abbreviations and initials ("U.S.", "z.B.", "J.R.R."),
decimals and times (digits after the mark), domains and file names (a lower-case or top-level-domain
word after the dot: "Amazon.com", "report.pdf", "Booking.Com"), ellipses, and URLs (masked as
protected before any rule runs).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.findings import Finding, FixSafety
from audit.prose import LazyPattern, is_abbreviation
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    from regex import Match

_GLUED = LazyPattern(
    r"(?<=(?P<left>[\p{L}\p{M}\p{N}]+))(?P<mark>[.!?])(?P<close>[”»“)’]?)"
    r"(?=[¿¡«“»„]?(?P<right>\p{Lu}[\p{Ll}\p{M}]+))"
)
# Capitalised top-level domains still make a domain ("Booking.Com", "Kasparov.Ru"), not a new sentence.
# Domains that are also words starting sentences ("It", "De", "Es") count only after a capitalised name.
_DOMAINS = frozenset(
    ["com", "net", "org", "gov", "edu", "info", "biz", "io", "ru", "ua", "uk", "tv", "ink", "eu", "fm", "ly"]
)
_WORD_DOMAINS = frozenset(
    [
        "it",
        "de",
        "es",
        "fr",
        "me",
        "us",
        "in",
        "at",
        "be",
        "to",
        "no",
        "co",
        "ch",
        "nl",
        "pl",
        "cz",
        "se",
        "dk",
        "fi",
        "pt",
        "br",
        "jp",
        "cn",
        "ca",
        "au",
    ]
)


# Names spelt with "!" that run into the next word: "Yahoo!Finance", "Yahoo!Japan".
_BANG_BRANDS = frozenset(["yahoo"])


class MissingSpace(Rule):
    """No space between the end of a sentence and the next one.

    Why: "the ministry.He added" reads as one broken word to readers, search engines and
    spell-checkers. Example: "the ministry.He added" → "the ministry. He added". Fix: safe (one space
    is inserted after the mark; nothing else moves).
    """

    id = "missing-space"
    summary = "no space after a sentence-ending mark (ministry.He, ¿Qué?Dijo)"
    precedence = 30

    def check(self, context: Context) -> Iterator[Finding]:
        for paragraph in context.document.paragraphs:
            text = paragraph.text
            for match in _GLUED.finditer(text):
                if not self._glued(text, match):
                    continue
                start = paragraph.start + match.start()
                end = paragraph.start + (match.end() if _closes(match.group("close"), text) else match.end("mark"))
                replacement = text[match.start() : end - paragraph.start] + " "
                message = f"missing space after '{match.group('mark')}' before '{match.group('right')}'"
                yield self.finding(start, end, message, replacement, FixSafety.SAFE)

    @staticmethod
    def _glued(text: str, match: Match) -> bool:
        left, right = match.group("left"), match.group("right")
        if match.group("mark") != ".":
            return left.casefold() not in _BANG_BRANDS
        before = text[: match.start("left")][-1:]
        domain = right.casefold() in _DOMAINS or (right.casefold() in _WORD_DOMAINS and left[0].isupper())
        if before in (".", "@", "/", "_", "-") or domain:
            return False  # "U.S.Army", "user@mail.Com", "v1.2.Final": part of a longer token
        if left.isdigit():
            return len(left) >= 2
        return len(left) >= 2 and left[-2:].islower() and not is_abbreviation(text, match.start("mark"))
