"""`era-year`: a year of a Japanese imperial era left as the source dated it ("fiscal Reiwa 11", "anno Heisei 10").

Japanese dates count years from an emperor's accession: Meiji 1 is 1868, Taishō 1 is 1912, Shōwa 1 is
1926, Heisei 1 is 1989, Reiwa 1 is 2019. MT keeps the era's name and number, which no reader abroad
converts; the press of every language writes the Gregorian year ("fiscal 2029", "nel 1998"). An era
named without a year ("the Heisei era", "a Shōwa-style café") is history, not a date, and stays, as
does a year the era never reached ("Taishō 20": it ended in its fifteenth) and an era year already
glossed with its Gregorian year beside it ("Heisei 10 (1998)"). English MT also writes "the 10th year
of Heisei", read the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from audit.findings import Finding, FixSafety
from audit.prose import LazyPattern
from audit.rules.base import Context, Rule


class _Era(NamedTuple):
    first: int  # the Gregorian year of the era's first year
    years: int  # how many years the era counted (the current era: a bound no date reaches yet)


# The eras of modern Japan, by the romanisations the press and MT write.
_ERAS = {
    "meiji": _Era(1868, 45),
    "taisho": _Era(1912, 15),
    "showa": _Era(1926, 64),
    "heisei": _Era(1989, 31),
    "reiwa": _Era(2019, 99),
}
_NAMES = r"(?P<era>Meiji|Taish(?:o|ō|ou)|Sh(?:o|ō|ou)wa|Heisei|Reiwa)"
_DATED = LazyPattern(
    rf"(?<![\p{{L}}\p{{N}}-]){_NAMES}[ \u00a0-](?P<year>\d{{1,2}})(?![\p{{N}}:.,]\d|[\p{{L}}\p{{N}}])"
    rf"|\b(?:the )?(?P<ordinal>\d{{1,2}})(?:st|nd|rd|th) year of (?:the )?{_NAMES.replace('era', 'era2')}(?: era)?\b"
)
# The Gregorian year written beside the era's, in brackets or after a slash ("Heisei 10 (1998)").
_GLOSSED_AFTER = LazyPattern(r"\s*[(/,–—-]\s*(?P<year>\d{4})")
_GLOSSED_BEFORE = LazyPattern(r"(?P<year>\d{4})\s*[(/,–—-]\s*$")


def _fold(era: str) -> str:
    return era.casefold().replace("ō", "o").replace("ou", "o")


class EraYear(Rule):
    """A Japanese era's year where the press writes the Gregorian year.

    Why: "Heisei 10" or "fiscal Reiwa 11" means nothing to a reader abroad; the conversion is exact
    (Heisei 1 = 1989), so the editor's fix is mechanical. Example: "The bridge opened in April Heisei
    10." → "The bridge opened in April 1998." Fix: safe (the year is the same date, written the reader's
    way).
    """

    id = "era-year"
    summary = "a Japanese era's year left unconverted (Heisei 10 for 1998)"
    precedence = 30

    def check(self, context: Context) -> Iterator[Finding]:
        prose = context.document.prose
        for match in _DATED.finditer(prose):
            era = _ERAS[_fold(match.group("era") or match.group("era2"))]
            count = int(match.group("year") or match.group("ordinal"))
            if not 1 <= count <= era.years:
                continue
            year = era.first + count - 1
            after = _GLOSSED_AFTER.compiled.match(prose, match.end())
            before = _GLOSSED_BEFORE.compiled.search(prose, max(0, match.start() - 12), match.start())
            if any(glossed is not None and int(glossed.group("year")) == year for glossed in (after, before)):
                continue
            written = match.group()
            yield self.finding(
                match.start(),
                match.end(),
                f"“{written}” dates by the Japanese era; the press writes the year {year}",
                str(year),
                FixSafety.SAFE,
            )
