"""`number-style`: one article writing large numbers two ways ("5,000" and "5.000", "four thousand" and "5,000").

The styles: a comma, a point, a space, the Swiss apostrophe ("2'400"), Indian lakh grouping
("12,50,000") and words. A number in words before a span of history ("more than three thousand
years", languages/<code>/numbers.toml `spelled_spans`) is every style's choice, never a clash.

MT copies the source's number format (German "5.000" into English) and sometimes spells numbers out,
so one article ends up with two styles. The article's dominant style wins; on a tie, the convention
of the document language (en "," · de/es/it/pt/nl "." · fr a space). A style the language never groups
with (its decimal mark, `numbers.foreign_grouping`, lakhs where the decimal mark is a comma) never wins:
"3,500,000 tonnellate" copied three times beside one "200.000" is still the source's. Readings that
could be decimals are left alone: a number whose only group follows the language's decimal mark counts
as grouped only when the group ends in "00" ("5.000" is five thousand in English prose, "45.123" may be
a decimal).
Digits without separators (years, "5000") are not a style. The fix is unsafe: the reader checks it.

MT also copies the source's decimal mark: "1.5 million" in French, "13.5 Billionen" in German, "3.5 per
cento" in Italian. One or two digits after the mark and a scale word of a million or more, or a word
of percent (languages/<code>/numbers.toml) make the mark a decimal one whatever the rest of the
article does, so these are reported on their own.

With the source article (`--source`), the source paragraph settles those readings: "3.500" in an
English article is a thousands figure when the source says 3500 (or "3.500" in German), a decimal
when it says 3,5; only a source without either value leaves the "00" guess in charge.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from audit.findings import Finding, FixSafety
from audit.languages import language as language_data
from audit.languages import words
from audit.prose import LazyPattern
from audit.punctuation import starts_sentence
from audit.rules.base import Context, Rule

_SPACES = " \u00a0\u202f"
_APOSTROPHES = "'’"
# Where a number starts: after no figure, mark or letter, or right after a currency's letters written
# without a space ("R250,000" rand, "Rs12,50,000" rupees, "KSh1,500" shillings, "RM3,000" ringgit).
_NUMBER_START = r"(?:(?<![\p{N}.,'’\p{L}])|(?<=(?<![\p{L}\p{N}])(?:R|Rs|Rp|RM|KSh|Ksh|Sh|N|GH₵|US\$|N\$|R\$)))"
# Thousands groups; the apostrophe is the Swiss mark ("2'400" copied into a French article).
_GROUPED = LazyPattern(
    _NUMBER_START + r"(?P<head>\p{Nd}{1,3})(?P<sep>[,.'’\u00a0\u202f ])\p{Nd}{3}(?:(?P=sep)\p{Nd}{3})*"
    r"(?![\p{N}\p{L}]|[.,'’]\p{Nd})"
)
# Indian grouping: lakhs and crores in pairs of digits before the last three ("₹12,50,000" is
# 1,250,000), a second style in an article that groups by thousands elsewhere.
_LAKH = LazyPattern(_NUMBER_START + r"\p{Nd}{1,2}(?:,\p{Nd}{2})+,\p{Nd}{3}(?![\p{N}\p{L}]|[.,]\p{Nd})")


def _grouping(code: str) -> str:
    """The digit-grouping mark of a language (languages/<code>/numbers.toml); "," when unknown."""
    return language_data(code).value("numbers.grouping", ",")


@functools.cache
def _number_words(code: str) -> dict[str, int]:
    """Spelled-out multipliers of a thousand: "four" → 4, "twenty-five" → 25 (hyphenated compounds
    only where the language writes them so)."""
    data = language_data(code)
    words = {word: value for value, word in enumerate(data.phrases("numbers.units"), start=1)}
    for value, word in enumerate(data.phrases("numbers.tens"), start=2):
        words[word] = value * 10
        if data.value("numbers.hyphenated_compounds", False):
            words.update({f"{word}-{unit}": value * 10 + index for unit, index in list(words.items()) if index < 10})
    return words


@functools.cache
def _word_pattern(code: str) -> LazyPattern | None:
    words = _number_words(code)
    if not words:
        return None
    return LazyPattern(
        r"(?i)(?<![\p{L}-])(?P<number>"
        + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
        + ")"
        + re.escape(language_data(code).value("numbers.thousand", ""))
        + r"(?![\p{L}])(?!\s+mill)",  # "cinco mil millones" is not 5,000
    )


class _Number(NamedTuple):
    start: int
    end: int
    style: str  # ",", ".", "'" (either apostrophe), " " (any space), "lakh" or "words"
    value: int
    spaces: str  # the space character written, for " " style
    decimal: Decimal | None = None  # the value if the separator is read as a decimal mark ("45.123")


class NumberStyle(Rule):
    """Large numbers written in two styles in one article.

    Why: "5,000" and "5.000" side by side make readers doubt both; MT imports the source format.
    Example (en): "5,000 people … 7.000 soldiers" → "7,000". Fix: unsafe, to the dominant style.
    """

    id = "number-style"
    summary = "large numbers written two ways in one article (5,000 / 5.000 / five thousand)"
    precedence = 20

    def check(self, context: Context) -> Iterator[Finding]:
        language = context.language
        # The source's typography is read in the article's own language only: a paragraph left in
        # French inside an English article writes "30 %" and "4,2" as French does (`untranslated`'s).
        others = [
            (paragraph.start, paragraph.end)
            for paragraph in context.document.paragraphs
            if context.language_of(paragraph) != language
        ]

        def own(findings: Iterator[Finding]) -> Iterator[Finding]:
            return (found for found in findings if not any(start <= found.start < end for start, end in others))

        yield from own(self._foreign_decimal_marks(context.document.prose, language))
        yield from own(self._spaced_percent(context.document.prose, language))
        yield from own(self._grouped_by_four(context.document.prose, language))
        numbers = [number for number in _numbers(context.document.prose, language) if _grouped(number, context)]
        styles = Counter(number.style for number in numbers)
        if len(styles) >= 2:
            # The figures of page furniture (a view counter, a market ticker) are the site's, not the
            # article's: without them the article may write one style, read as one below.
            furniture = [(line.start, line.end) for line in context.furniture if not line.embedded]
            numbers = [number for number in numbers if not any(start <= number.start < end for start, end in furniture)]
            styles = Counter(number.style for number in numbers)
        if len(styles) < 2:
            yield from self._decimal_mark_groups(numbers, language)
            yield from own(self._foreign_spaces(numbers, language))
            return
        convention = _grouping(language)
        # A style the language never groups with ("1,500 posti" in Italian, "200.000" in English) is
        # the source's however often MT copied it: the article's other style wins. Between the others
        # the majority decides (Portuguese groups with a point in Brazil and a space in Portugal).
        foreign = _never_grouped_with(language)
        dominant = max(sorted(styles), key=lambda style: (style not in foreign, styles[style], style == convention))
        space = Counter(number.spaces for number in numbers if number.style == " ").most_common(1)
        separator = space[0][0] if dominant == " " and space else dominant
        if dominant == "words":
            separator = convention
        for number in numbers:
            if number.style == dominant:
                continue
            suggestion = _render(number.value, dominant, separator, language)
            written = "in words" if number.style == "words" else f"with '{_name(number.style)}'"
            message = f"number written {written}; this article mostly groups digits with '{_name(dominant)}'"
            if number.style in foreign:
                message = _foreign_message(number.style, language)
            elif dominant == "words":
                message = f"number written with '{_name(number.style)}'; this article mostly spells thousands out"
            yield self.finding(number.start, number.end, message, suggestion or None, FixSafety.UNSAFE)

    def _decimal_mark_groups(self, numbers: list[_Number], language: str) -> Iterator[Finding]:
        """Thousands grouped with a comma where the language's decimal mark is a comma, in an article
        with no other style: the source's grouping ("21,000" in French, fr/81), since no decimal is
        written "21,000"; and grouped with a mark the language never groups with (`numbers.
        foreign_grouping`: "12.000" in French, fr/83). The reverse only from two groups on ("€1.250.000"
        in English, where no decimal has two points): MLQE-PE's post-editors kept "200.000 people" in
        English (12 of 12 lines from Romanian), which a reader may take for a decimal."""
        data = language_data(language)
        decimal = data.value("numbers.decimal", ".")
        grouping = _grouping(language)
        if grouping == decimal:
            return
        if decimal == ".":
            for number in numbers:
                if number.style == decimal and number.value >= _MILLION:
                    message = _foreign_message(decimal, language)
                    suggestion = _render(number.value, grouping, grouping, language)
                    yield self.finding(number.start, number.end, message, suggestion, FixSafety.UNSAFE)
            return
        if decimal != ",":
            return
        foreign = _never_grouped_with(language)
        for number in numbers:
            if number.style not in foreign:
                continue
            message = _foreign_message(number.style, language)
            suggestion = _render(number.value, grouping, grouping, language)
            yield self.finding(number.start, number.end, message, suggestion, FixSafety.UNSAFE)

    def _foreign_spaces(self, numbers: list[_Number], language: str) -> Iterator[Finding]:
        """Digits grouped with spaces in a language that never groups so (`numbers.space_grouping` false),
        in an article with no other style, from a million up: the source's format ("2 300 000 000
        dinars" in English from French or Russian). Day-and-count and telephone shapes are already left
        out by `_numbers`."""
        if language_data(language).value("numbers.space_grouping", True):
            return
        grouping = _grouping(language)
        for number in numbers:
            # Two groups or more: MLQE-PE's post-editors kept "10 000 people" and "GBP 1 500" in English
            # (10 of 12 lines), as they kept "200.000"; "2 300 000 000 dinars" no English desk prints.
            if number.style == " " and number.value >= _MILLION:
                message = f"number grouped with a space, which '{language}' text never groups with"
                yield self.finding(
                    number.start,
                    number.end,
                    message,
                    _render(number.value, grouping, grouping, language),
                    FixSafety.UNSAFE,
                )

    def _foreign_decimal_marks(self, prose: str, language: str) -> Iterator[Finding]:
        pattern = _foreign_decimal(language)
        if pattern is None:
            return
        decimal = language_data(language).value("numbers.decimal")
        foreign = "," if decimal == "." else "."
        names = {",": "comma", ".": "point"}
        for match in pattern.finditer(prose):
            number = match.group()[: match.start("scale") - match.start()].rstrip(_SPACES)
            message = (
                f"'{number}' has the decimal {names[foreign]} of the source; '{language}' text writes a decimal "
                f"{names[decimal]}"
            )
            yield self.finding(
                match.start(), match.start() + len(number), message, number.replace(foreign, decimal), FixSafety.UNSAFE
            )

    def _spaced_percent(self, prose: str, language: str) -> Iterator[Finding]:
        """A space before the percent sign where the language writes none (`numbers.percent_space`
        false: English "84%"); the source's typography ("84 %" from French or German)."""
        if language_data(language).value("numbers.percent_space", True):
            return
        for match in _SPACED_PERCENT.finditer(prose):
            digits = match.group("digits")
            yield self.finding(
                match.start(),
                match.end(),
                f"space before the percent sign; '{language}' text writes '{digits}%'",
                f"{digits}%",
                FixSafety.UNSAFE,
            )

    def _grouped_by_four(self, prose: str, language: str) -> Iterator[Finding]:
        """Digits grouped by four with a comma where the language groups with one ("60,0000 mu" in
        English): Chinese counts in ten thousands, and MT keeps its grouping. Where the comma is the
        decimal mark ("60,0000" in French) it is a decimal, and so may a point be ("3.1416" in German).

        >>> [found.suggestions for found in NumberStyle()._grouped_by_four("60,0000 mu and 3,1416", "en")]
        [('600,000',)]
        """
        if _grouping(language) != ",":
            return
        for match in _BY_FOUR.finditer(prose):
            value = int(match.group().replace(",", ""))
            message = f"digits grouped by four, as Chinese counts; '{language}' text groups by three"
            suggestion = _render(value, ",", ",", language)
            yield self.finding(match.start(), match.end(), message, suggestion, FixSafety.UNSAFE)


_MILLION = 1_000_000
# Digits grouped by four with commas, round as such counts are ("60,0000", "1,2000,0000"): not opening
# on a zero (a code, a phone), the last group ending in "00" ("3,1416" is a decimal copied with its comma).
_BY_FOUR = LazyPattern(r"(?<![\p{N}.,'’\p{L}])(?!0)\p{Nd}{1,4}(?:,\p{Nd}{4})*,\p{Nd}{2}00(?![\p{N}\p{L}]|[.,]\p{Nd})")
_SPACED_PERCENT = LazyPattern(r"(?<![\p{N}.,])(?P<digits>\p{Nd}+(?:[.,]\p{Nd}+)?)[ \u00a0\u202f]%(?![\p{L}\p{N}])")


@functools.cache
def _foreign_decimal(code: str) -> LazyPattern | None:
    """A number with one or two digits after the other convention's decimal mark (a point where the
    language writes a comma, or the reverse), before a word that takes a decimal: a scale word of a
    million or more, a word of percent or a unit of measure (`numbers.measure_units`) — "1.5 million" or
    "45.8 degrés" in French, "112,5 millimetres" or "1,2 million euros" in English. Never a thousands
    group (three digits), a version ("version 3.5"), a score or a time, none of which precede those
    words. (MLQE-PE's post-editors of Wikipedia sentences kept "27,9 million" twice; an English news
    desk prints none, and the writers of the blind sets marked each one they planted.)"""
    data = language_data(code)
    decimal = data.value("numbers.decimal")
    words = list(data.phrases("numbers.measure_units"))
    scales = zip(data.phrases("numbers.scale_words"), data.value("numbers.scale_values", []), strict=True)
    words += [word for word, value in scales if value >= 1_000_000]
    # A percentage is a decimal too, the likeliest in news ("3.5 per cento", "9,6%"): no time, date or
    # version is written before one (numbers.percent_words).
    words += data.phrases("numbers.percent_words")
    if decimal not in (",", ".") or not words:
        return None
    foreign = re.escape("," if decimal == "." else ".")
    return LazyPattern(
        rf"(?i)(?<![\p{{N}}.,])\p{{Nd}}{{1,3}}{foreign}\p{{Nd}}{{1,2}}[ \u00a0\u202f]*"
        rf"(?P<scale>{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})(?![\p{{L}}])"
    )


def _numbers(prose: str, language: str) -> Iterator[_Number]:
    decimal = language_data(language).value("numbers.decimal", ".")
    space_grouping = language_data(language).value("numbers.space_grouping", False)
    for match in _GROUPED.finditer(prose):
        separator = match.group("sep")
        groups = match.group().split(separator)
        if separator in _SPACES and not space_grouping and _date_then_count(prose, match.start(), groups, language):
            continue  # "on March 12 300 people marched": a day, then a count
        ambiguous = separator == decimal and len(groups) == 2  # could be a decimal: `_grouped` decides
        if separator in _SPACES and _phone_shaped(prose, match.start(), match.end(), groups):
            continue
        style = " " if separator in _SPACES else "'" if separator in _APOSTROPHES else separator
        reading = Decimal(".".join(groups)) if ambiguous else None
        spaces = separator if style == " " else ""
        yield _Number(match.start(), match.end(), style, int("".join(groups)), spaces, reading)
    for match in _LAKH.finditer(prose):
        yield _Number(match.start(), match.end(), "lakh", int(match.group().replace(",", "")), "")
    pattern = _word_pattern(language)
    if pattern is not None:
        spans = language_data(language).words("numbers.spelled_spans")
        for match in pattern.finditer(prose):
            if starts_sentence(prose, match.start(), language):
                continue  # house styles spell out a number that opens a sentence
            if _next_word(prose, match.end()) in spans:
                continue  # "más de tres mil años": spans of history are spelled out in every style (es/96)
            value = _number_words(language)[match.group("number").casefold()] * 1000
            yield _Number(match.start(), match.end(), "words", value, "")


def _grouped(number: _Number, context: Context) -> bool:
    """Whether a number is a grouped thousands figure: the source's value says, else the "00" guess."""
    if number.decimal is None:
        return True
    paragraph = context.document.paragraph_at(number.start)
    source = None if paragraph is None else context.source_text(paragraph)
    if source is not None:
        from audit.bilingual import numbers

        values = {value for written in numbers(source) for value in written.values}
        if (number.value in values) != (number.decimal in values):
            return number.value in values
    return number.value % 100 == 0 or _counts(context.document.prose, number, context.language)


@functools.cache
def _counted_words(code: str) -> frozenset[str]:
    """The plural nouns of things counted whole (languages/<code>/numbers.toml `counted`), casefolded."""
    return frozenset(word.casefold() for word in language_data(code).words("numbers.counted"))


@functools.cache
def _count_adjectives(code: str) -> frozenset[str]:
    """Adjectives that stand between a count and its noun ("new", "nouveaux", `numbers.count_adjectives`)."""
    return frozenset(word.casefold() for word in language_data(code).words("numbers.count_adjectives"))


_CLAUSE_END = ".,;:!?)»”\n"
_SENTENCE_START = LazyPattern(r"[.!?\n][^.!?\n]*$")
_WORD = LazyPattern(r"[\p{L}\p{M}]+")


def _counts(prose: str, number: _Number, code: str) -> bool:
    """True when a number that reads as a decimal counts whole things, so its comma groups thousands:
    a counted noun follows ("1,460 cas", "12,500 Menschen"), or the number closes its clause (or a
    function word follows, with no figure after) in a sentence that counts one ("los casos
    sospechosos ascendieron a 1,460 desde enero", es/126). A unit of measure, a currency or a percent
    sign after it leaves the decimal reading ("1,460 kilomètre", "1,460 %")."""
    counted = _counted_words(code)
    if not counted:
        return False
    following = _next_word(prose, number.end)
    if following in counted:
        return True
    # "2,150 nouveaux cas", "1,460 more people": an adjective of counts between the figure and its noun.
    if following in _count_adjectives(code):
        after_adjective = _FIRST_WORD.compiled.match(prose, number.end)
        if after_adjective is not None and _next_word(prose, after_adjective.end()) in counted:
            return True
    after = prose[number.end : number.end + 40]
    rest = after.lstrip(_SPACES)
    closes = not rest or rest[0] in _CLAUSE_END
    if not closes and (following not in words(code, "function_words") or any(ch.isdigit() for ch in after)):
        return False
    before = prose[max(0, number.start - 200) : number.start]
    opening = _SENTENCE_START.search(before)
    sentence = before[opening.start() + 1 :] if opening else before
    return any(word.casefold() in counted for word in _WORD.findall(sentence))


_WORD_BEFORE = LazyPattern(r"(\p{Lu}[\p{L}\p{M}]+)\.?[ \u00a0]+$")


def _date_then_count(prose: str, start: int, groups: list[str], code: str) -> bool:
    """True for spaced digits that read as a day of the month and a count, where the language does not
    group digits with spaces: "March 12 300 protesters". Elsewhere MT copies the source's spaced
    thousands ("some 10 000 people", "GBP 1 500" in English from Russian or Estonian), and no
    quantity is written "000" nor three numbers in a row."""
    if len(groups) > 2 or groups[1] == "000" or len(groups[0]) > 2:
        return False
    before = _WORD_BEFORE.search(prose[max(0, start - 20) : start])
    return before is not None and before.group(1).casefold() in language_data(code).words("ui.calendar")


def _phone_shaped(prose: str, start: int, end: int, groups: list[str]) -> bool:
    """True for digits grouped by spaces the way telephone numbers are, never quantities.

    A leading zero ("02 123 456", "030 123 456 78"), digits or "+" beside the run in the same spaced
    sequence ("0421 123 456", "333 123 4567"), or exactly three groups of three ("llame al 912 345
    678": Spanish and Portuguese nine-digit numbers), unless the last group is "000" ("850 000 000
    tenge" is a sum copied from a source that groups with spaces).
    """
    before, after = prose[max(0, start - 2) : start], prose[end : end + 2]
    beside = (len(before) == 2 and before[1] in _SPACES and (before[0].isdigit() or before[0] == "+")) or (
        len(after) == 2 and after[0] in _SPACES and after[1].isdigit()
    )
    # "912 345 678" is a telephone number; "120 000 000 naira" is not: no line ends in a round thousand.
    nine_digits = len(groups) == 3 and len(groups[0]) == 3 and groups[-1] != "000"
    return groups[0].startswith("0") or beside or nine_digits


_FIRST_WORD = LazyPattern(r"[\s\u00a0]*(\p{L}+)")


def _next_word(prose: str, end: int) -> str:
    """The casefolded word right after `end` ("" when none follows)."""
    match = _FIRST_WORD.compiled.match(prose, end)
    return match.group(1).casefold() if match else ""


def _render(value: int, style: str, separator: str, language: str) -> str | None:
    """Write `value` in the given style; None when it has no spelled-out form here."""
    if style == "words":
        spelled = {number: word for word, number in _number_words(language).items()}
        thousands, rest = divmod(value, 1000)
        if rest or thousands not in spelled:
            return None
        return spelled[thousands] + language_data(language).value("numbers.thousand", "")
    digits = str(value)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return separator.join(groups)


@functools.cache
def _never_grouped_with(code: str) -> frozenset[str]:
    """The styles a language's text never groups thousands with: its decimal mark (where that is not
    its grouping mark too), the marks of `numbers.foreign_grouping` ("12.000" in French), and Indian
    lakhs where the decimal mark is a comma ("1,25,000" in French)."""
    data = language_data(code)
    decimal = data.value("numbers.decimal", ".")
    if decimal == _grouping(code):
        return frozenset()
    lakh = {"lakh"} if decimal == "," else set()
    return frozenset({decimal, *data.words("numbers.foreign_grouping"), *lakh})


def _foreign_message(style: str, code: str) -> str:
    if style == language_data(code).value("numbers.decimal", "."):
        return f"number grouped with '{style}', the decimal mark of '{code}' text"
    if style == "lakh":
        return f"number grouped in lakhs, which '{code}' text never does"
    return f"number grouped with '{_name(style)}', which '{code}' text never groups with"


def _name(style: str) -> str:
    return {" ": "space", "'": "apostrophe", "lakh": "lakh grouping"}.get(style, style)
