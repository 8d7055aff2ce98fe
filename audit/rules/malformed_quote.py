"""`malformed-quote`: quotation marks doubled (`""The`), spaced inside (`“ We`, `end. ”`), reversed
(`the” deal “was`), turned (`“día histórico“`, an opening mark closing) or in another language's style
(`„We stay“` or `«We stay»` in English, `“historischen Tag”` in German, `"non"` in French, a speech
quotation in French “…” outside « », two apostrophes for a quotation mark: `''Aqui o frio…''`).

MT systems and scrapers mangle quotation marks in three ways that a balance check alone misreads (a
reversed pair looks like one mark closing nothing and one never closed; a doubled mark like an extra
opening). Each shape here is one finding, and `unbalanced-quote` leaves the marks claimed here alone,
so one cause is never reported twice. Conventions come from languages/<code>/quotes.toml and the
paragraph itself: French « » with their spaces is right, German „…“ (where “ closes) and »…« too, and
a spaced dash after an opening mark („– …) is a convention, not a stray space.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from audit.findings import Finding, FixSafety
from audit.languages import language, shipped_codes, words
from audit.prose import WORD, LazyPattern
from audit.punctuation import QUOTE_MARKS, encloses, marks_of
from audit.rules.base import Context, Rule
from audit.strangers import QUOTATION
from audit.word_frequency import zipf_table

if TYPE_CHECKING:
    from audit.document import Paragraph

# Two identical marks in a row, touching a word on one side: `""The`, `said.””`, `‘‘`; or opening a
# paragraph or a quotation before a space: `"" Estamos`, French `««\u00a0Ce soir`; or closing French
# guillemets after their space: `gagné\u00a0»»`; or French guillemets doubled each with its space.
_DOUBLED = LazyPattern(
    r"(?P<mark>[\"“”„«»‘‚])(?P=mark)(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.,!?])(?P<mark>[\"“”»’])(?P=mark)"
    r"|(?<![^\s(\[])(?P<mark>[\"“„«‚])(?P=mark)(?=[ \u00a0\u202f][\p{L}\p{N}])"
    r"|(?<=[\p{L}\p{N}.,!?…][ \u00a0\u202f])(?P<mark>»)(?P=mark)(?![\p{L}\p{N}])"
    # French guillemets doubled with their spaces: `« « Ce soir`, `ce soir » »`.
    r"|(?<![^\s(\[])(?P<mark>«)[ \u00a0\u202f](?P=mark)(?=[ \u00a0\u202f][\p{L}\p{N}])"
    r"|(?<=[\p{L}\p{N}.,!?…][ \u00a0\u202f])(?P<mark>»)[ \u00a0\u202f](?P=mark)(?![\p{L}\p{N}])"
)
_SPACES = " \u00a0\u202f"
# The words of the article language's frequency list a paragraph needs outside its quotations (half of
# them at least) to keep the article's marks.
MIN_OWN_WORDS = 3
_DOUBLE_MARKS = frozenset('“”„«»"')
# Corner brackets (Chinese, Japanese), the title marks of Chinese and Korean, ASCII guillemets and two
# apostrophes around a quotation.
_BRACKET_OPENERS = ("「", "『", "《", "〈", "<<", "‹‹", "''", ",,")
# The quotation starts and ends with no space, and holds no bar (`<< previous | next >>` is navigation),
# or, spaced inside as French spaces its guillemets, holds two words at least (`<< On imprime ici >>`,
# `‹‹ On imprime ici ››`: two single guillemets typed for a double one);
# two apostrophes open and close outside a word, and hold no pair of them (`''Aqui o frio…''`, pt/93);
# two commas open as a typewriter's „ and close with two apostrophes or a quotation mark (`,,Mein…''`).
_BRACKETED = LazyPattern(
    r"「(?P<inner>[^「」\n|]{1,400})」|『(?P<inner>[^『』\n|]{1,400})』"
    r"|《(?P<inner>[^《》\n|]{1,400})》|〈(?P<inner>[^〈〉\n|]{1,400})〉"
    r"|<<(?P<inner>[^<>\s|](?:[^<>\n|]{0,398}[^<>\s|])?)>>"
    r"|<<[ \u00a0\u202f](?P<inner>[^<>\s|][^<>\n|]{0,398}?\s[^<>\n|]*?[^<>\s|])[ \u00a0\u202f]>>"
    r"|‹‹[ \u00a0\u202f]?(?P<inner>[^‹›\s|](?:[^‹›\n|]{0,398}[^‹›\s|])?)[ \u00a0\u202f]?››"
    r"|(?<![\p{L}\p{N}'’])''(?P<inner>[^'\s|](?:(?!'')[^\n|]){0,398}(?<=[^'\s|]))''(?![\p{L}\p{N}'’])"
    r"|(?<![\p{L}\p{N},]),,(?P<inner>[^,\s|](?:(?!,,|'')[^\n|]){0,398}(?<=[^\s|]))(?:''|[“\"])(?![\p{L}\p{N}])"
)
# Letters of the scripts whose own quotation and title marks the brackets are.
_EAST_ASIAN = LazyPattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
MIN_SPEECH_WORDS = 4
"""The fewest words a quotation in a language's inner pair needs, outside its first pair, to be reported."""
MAX_REVERSED_SPAN = 120
"""The most characters a reversed pair may enclose (MT reverses the marks of short quotations)."""


class QuoteProblem(NamedTuple):
    """One malformed use of quotation marks: the span, what it is, and the marks it accounts for."""

    start: int
    end: int
    kind: str
    replacement: str
    claimed: frozenset[int]  # positions of marks `unbalanced-quote` must not report again (one finding a mark)
    pairs_as: str | None = None  # what the first claimed mark still pairs as (None: left out of the pairing)


class MalformedQuote(Rule):
    """Quotation marks doubled, spaced inside the quotation, reversed, or of another language.

    Why: `""The`, `“ We` and `the” deal “was` are MT and scraping artifacts readers see at once, and
    they hide where a quotation starts; MT also keeps the source's marks (`„We stay“` in English).
    Example: `He said ""We stay.""` → `He said "We stay."`. Fix: safe for a doubled mark (one copy is
    dropped), unsafe for a spaced, reversed or foreign mark (the reader checks what the quotation holds).
    """

    id = "malformed-quote"
    summary = 'quotation marks doubled, spaced inside, reversed or of another language (""The, “ We, „Wir“ in English)'
    precedence = 35

    def check(self, context: Context) -> Iterator[Finding]:
        regional = _regional_marks(context.document.prose, context.language)
        for paragraph in context.document.paragraphs:
            code = _quoting_language(context, paragraph)
            for problem in malformed_quotes(paragraph.text, code):
                if code == context.language and _regional(problem, paragraph.text, regional):
                    continue  # «…» in a Swiss article: the region's own marks, not »…« reversed
                start, end = paragraph.start + problem.start, paragraph.start + problem.end
                safety = FixSafety.SAFE if problem.kind == "doubled" else FixSafety.UNSAFE
                message = f"quotation mark {problem.kind}"
                yield self.finding(start, end, message, problem.replacement, safety)


def _regional_marks(prose: str, code: str) -> frozenset[str]:
    """The marks of the pairs a regional convention of the language adds (`quotes.regional_pairs`), when
    the article follows it: it writes no letter of `quotes.regional_absent` and the starts of two words
    of `quotes.regional_words` at least (Swiss German: no ß, "grossen", "begrüssen", and «…»)."""
    data = language(code)
    pairs = data.value("quotes.regional_pairs", [])
    absent = data.value("quotes.regional_absent", "")
    if not pairs or not absent or any(letter in prose for letter in absent):
        return frozenset()
    starts = tuple(words(code, "quotes.regional_words"))
    spelt = {word for word in WORD.findall(prose.casefold()) if word.startswith(starts)}
    return frozenset(mark for pair in pairs for mark in pair) if len(spelt) >= _REGIONAL_WORDS else frozenset()


# The distinct words of a regional spelling that show an article follows the region's conventions.
_REGIONAL_WORDS = 2


def _regional(problem: QuoteProblem, text: str, marks: frozenset[str]) -> bool:
    """True when a reversed pair is written in the article's regional marks («…» where »…« is the rule)."""
    written = {character for character in text[problem.start : problem.end] if character in QUOTE_MARKS}
    return bool(marks) and problem.kind == "reversed" and bool(written) and written <= marks


def _quoting_language(context: Context, paragraph: Paragraph) -> str:
    """The language whose marks a paragraph's quotations follow: the article's, unless the paragraph's
    own words outside its quotations are another language's. A French paragraph quoting English ("on
    lisait : « Keep calm and carry on »") may read as English to identification, yet keeps « »."""
    code = context.language_of(paragraph)
    if code == context.language:
        return code
    outside = [word.casefold() for word in WORD.findall(QUOTATION.compiled.sub(" ", paragraph.text))]
    known = zipf_table(context.language) or {}
    own = sum(word in known for word in outside)
    return context.language if own >= MIN_OWN_WORDS and own * 2 >= len(outside) else code


def malformed_quotes(text: str, code: str) -> list[QuoteProblem]:
    """Every doubled, reversed or spaced-inside quotation mark of a paragraph, in text order, no overlaps."""
    bracketed = list(_bracketed(text, code)) if any(mark in text for mark in _BRACKET_OPENERS) else []
    if not any(mark in text for mark in QUOTE_MARKS):
        return bracketed  # most paragraphs: settled without walking their characters
    # The pairs and the marks are read once for the three shapes that walk them.
    families, marks = _families(text, code), marks_of(text)
    doubles = [(position, mark) for position, mark in marks if mark in _DOUBLE_MARKS]
    problems = [*bracketed, *_doubled(text), *_wrapped(text, code, doubles)]
    problems += [*_reversed(text, families, marks), *_turned(text, families, marks)]
    problems += _opened_by_closing(text, families, marks, problems)
    for later in (_foreign(text, code, doubles), _spaced(text, code, families, marks), _spaced_straight(text)):
        taken = {position for problem in problems for position in range(problem.start, problem.end)}
        problems.extend(problem for problem in later if not taken & set(range(problem.start, problem.end)))
    return sorted(problems, key=lambda problem: problem.start)


def _bracketed(text: str, code: str) -> Iterator[QuoteProblem]:
    """A quotation in the corner brackets of Chinese and Japanese (「…」, 『…』), a title in the marks of
    Chinese and Korean (《…》, 〈…〉) or a quotation in ASCII guillemets (<<…>>): MT and old pipelines
    carry them over; the language's own pair replaces them."""
    own, _ = _styles(code)
    for match in _BRACKETED.finditer(text):
        if _EAST_ASIAN.compiled.search(match.group("inner")):
            continue  # the marks of the script they enclose ("「東京」", "《人民日报》"), not a carried-over style
        written = (text[match.start() : match.start("inner")], text[match.end("inner") : match.end()])
        # Two commas are a typewriter's „, which no language's style writes.
        style = "typed with two commas" if written[0] == ",," else "in another language's style"
        kind, replacement = _restyled(code, written, match.group("inner"), own[0] if own else ("“", "”"), style)
        yield QuoteProblem(match.start(), match.end(), kind, replacement, frozenset())


def _restyled(
    code: str, written: tuple[str, str], inner: str, pair: tuple[str, str], style: str = "in another language's style"
) -> tuple[str, str]:
    """The kind and the replacement of a quotation `written` in another style, in `pair` instead (with
    the no-break spaces inside guillemets of a language that spaces them)."""
    inner = inner.strip(_SPACES)
    if language(code).value("quotes.spaced_inside", False) and pair[0] in "«»":
        inner = f"\u00a0{inner}\u00a0"
    kind = f"{style} ({written[0]}…{written[1]} where '{code}' writes {pair[0]}…{pair[1]})"
    return kind, f"{pair[0]}{inner}{pair[1]}"


def _wrapped(text: str, code: str, doubles: list[tuple[int, str]]) -> Iterator[QuoteProblem]:
    """One quotation in two pairs of marks with nothing between them (`“«Não foi…»”`): a pipeline added
    its pair to the one the text had; the language's first pair, or the inner one, is kept. `doubles`
    are the paragraph's double marks with their offsets."""
    own, _ = _styles(code)
    for index in range(len(doubles) - 3):
        (outer, first), (inner, second) = doubles[index], doubles[index + 1]
        (shut, third), (last, fourth) = doubles[index + 2], doubles[index + 3]
        if inner != outer + 1 or last != shut + 1 or first == second:
            continue
        if not (encloses(second, third) and encloses(first, fourth)) or shut - inner < 2:
            continue
        kept = (first, fourth) if own and (first, fourth) == own[0] else (second, third)
        quotation = f"{kept[0]}{text[inner + 1 : shut]}{kept[1]}"
        yield QuoteProblem(outer, last + 1, "doubled", quotation, frozenset({outer, inner, shut, last}))


def _doubled(text: str) -> Iterator[QuoteProblem]:
    for match in _DOUBLED.finditer(text):
        mark = match.group("mark")
        start, end = match.start(), match.end()
        # Straight marks doubled before a word whose quotation closes with ”: the pair stood for “
        # (`""The water came in the night,” she said.`, en/08), which one straight copy would not pair.
        if mark == '"' and end < len(text) and text[end].isalnum() and _next_double(text, end) == "”":
            kind = "doubled (two straight marks for “)"
            yield QuoteProblem(start, end, kind, "“", frozenset({start, start + 1}), "“")
            continue
        yield QuoteProblem(start, end, "doubled", mark, frozenset({end - 1}))


def _next_double(text: str, start: int) -> str:
    """The next double quotation mark from `start` ("" when none)."""
    return next((character for character in text[start:] if character in _DOUBLE_MARKS), "")


def _families(text: str, code: str) -> list[tuple[str, str]]:
    """The double-mark pairs whose direction is certain here (single marks double as apostrophes) and
    of which the paragraph holds a mark."""
    families = [
        (opening, closing)
        for opening, closing in _styles(code)[0]
        if opening in "“«„»" and opening != closing and (opening in text or closing in text)
    ]
    if "„" in text:  # German or Dutch marks in this paragraph: “ and ” close there
        families = [(opening, closing) for opening, closing in families if opening != "“"]
    return families


def _reversed(text: str, families: list[tuple[str, str]], marks: list[tuple[int, str]]) -> Iterator[QuoteProblem]:
    """A closing mark that closes nothing, then an opening mark never closed: `the” deal “was`."""
    for opening, closing in families:
        depth, stray = 0, None
        for position, character in marks:
            if character == opening:
                if stray is not None and closing not in text[position + 1 :] and _close_by(text, stray, position):
                    yield _swap(text, stray, position, opening, closing)
                    stray = None
                    continue
                depth += 1
            elif character == closing:
                if depth:
                    depth -= 1
                elif stray is None:
                    stray = position


def _turned(text: str, families: list[tuple[str, str]], marks: list[tuple[int, str]]) -> Iterator[QuoteProblem]:
    """An opening mark that closes a quotation (`“día histórico“`): glued to the end of a word while a
    mark of its pair is open, before a space, punctuation or the end."""
    for opening, closing in families:
        if closing in text:
            continue  # the pair is written both ways here: balance and reversal judge it
        depth = 0
        for position, character in marks:
            if character != opening:
                continue
            following = text[position + 1 : position + 2]
            glued = position > 0 and (text[position - 1].isalnum() or text[position - 1] in ".,!?…")
            if depth and glued and (not following or following in _SPACES or following in ".,;:!?)"):
                turned = "turned (an opening mark closes)"
                yield QuoteProblem(position, position + 1, turned, closing, frozenset({position}), closing)
                depth -= 1
            else:
                depth += 1


def _opened_by_closing(
    text: str, families: list[tuple[str, str]], marks: list[tuple[int, str]], found: list[QuoteProblem]
) -> list[QuoteProblem]:
    """A closing mark that opens a quotation (`”Sixty percent … schedule,” he said`): it closes
    nothing, starts a word, and the next closing mark of its pair would close nothing either. Marks
    another shape accounts for are left to it."""
    taken = {position for problem in found for position in problem.claimed}
    problems = []
    for opening, closing in families:
        depth, pending = 0, None
        for position, character in marks:
            if position in taken:
                continue
            if character == opening:
                depth += 1
            elif character == closing and depth:
                depth -= 1
            elif character == closing and pending is not None:
                turned = "turned (a closing mark opens)"
                problems.append(QuoteProblem(pending, pending + 1, turned, opening, frozenset({pending}), opening))
                pending = None
            elif character == closing:
                before, after = text[position - 1 : position] if position else "", text[position + 1 : position + 2]
                starts_word = not before or before in _SPACES or before in "\n([—–"
                pending = position if starts_word and after.isalnum() else None
    return problems


def _foreign(text: str, code: str, doubles: list[tuple[int, str]]) -> Iterator[QuoteProblem]:
    """A whole quotation in another language's marks: „…“ or «…» in English, “…” in German, straight
    quotes in French. MT keeps the source's marks (a German „…“ into English, a Russian «…» into
    English), and each language's own pairs are data (languages/<code>/quotes.toml, with
    `quotes.straight` saying whether the language's news also writes straight quotes).

    Only a clean pair is judged: the opening mark starts a word, the next double mark closes it
    before anything but a letter or digit, and letters lie between; marks the other shapes account for
    (a reversed pair of the language's own guillemets) are theirs. `doubles` are the paragraph's double
    marks with their offsets."""
    own, foreign = _styles(code)
    # Where the language keeps its other pairs for quotations inside the first (French “…” inside
    # « »), one outside it is another language's style (fr/94: “Chaque matin…”, raconte…).
    nested = frozenset(own[1:]) if language(code).value("quotes.nested_only", False) else frozenset()
    if not own or not any(opening in text and closing in text for opening, closing in foreign | nested):
        return  # most paragraphs: no mark of another style
    depth = 0  # quotations of the language's first pair open here: inside one, its second pair is due
    judged = -1  # the closing mark of the last quotation reported, no mark of the language's own
    for index, (position, mark) in enumerate(doubles):
        if position == judged:
            continue
        if mark == own[0][0]:
            depth += 1
        elif mark == own[0][1] and depth:
            depth -= 1
        if index + 1 >= len(doubles):
            break
        end, closing = doubles[index + 1]
        # A word or two in “…” is a mention (« oui » et “non”); a speech quotation is what MT restyled.
        outside = not depth and (mark, closing) in nested and len(text[position:end].split()) >= MIN_SPEECH_WORDS
        if not ((mark, closing) in foreign or outside) or not _quotation(text, position, end):
            continue
        if (closing, mark) in own and (text[position + 1] in _SPACES or text[end - 1] in _SPACES):
            continue  # the language's own pair turned round, spaced as its own: `_reversed` judges it
        pair = own[1] if depth and len(own) > 1 else own[0]
        kind, replacement = _restyled(code, (mark, closing), text[position + 1 : end], pair)
        judged = end
        yield QuoteProblem(position, end + 1, kind, replacement, frozenset({position, end}))


@functools.cache
def _styles(code: str) -> tuple[list[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The language's own pairs, and the pairs of double marks of other styles: those another shipped
    language writes, and straight quotes unless the language's news writes them too. Of the pairs
    that turn one of its own round, which `_reversed` judges, only German »…« is one (where its marks
    hug the quotation as German writes them)."""
    data = language(code)
    own = [(opening, closing) for opening, closing in data.value("quotes.pairs", [["“", "”"]])]
    written = {
        (opening, closing) for each in shipped_codes() for opening, closing in language(each).value("quotes.pairs", [])
    }
    if not data.value("quotes.straight", True):
        written.add(('"', '"'))
    foreign = {
        pair
        for pair in written
        if set(pair) <= _DOUBLE_MARKS and pair not in own and (pair[::-1] not in own or pair == ("»", "«"))
    }
    return own, frozenset(foreign)


def _quotation(text: str, start: int, end: int) -> bool:
    """True when marks at `start` and `end` enclose a quotation: the first opens a word, the second
    ends one, and letters lie between (not the inches of `2h06'41"` nor an empty pair)."""
    before = text[start - 1] if start else " "
    after = text[end + 1] if end + 1 < len(text) else " "
    inner = text[start + 1 : end]
    return (
        (before in _SPACES or before in "([—–-/:" or before == "\n")
        and not after.isalnum()
        and (text[start] in "«»" or (inner[:1] not in _SPACES + "\n" and inner[-1:] not in _SPACES + "\n"))
        and any(character.isalpha() for character in inner)
    )


def _close_by(text: str, first: int, last: int) -> bool:
    """True when two stray marks can be one reversed pair: near, with no other quotation mark between.

    Far apart, they are more likely two separate cuts (a quotation ending from the paragraph before,
    another running on into the next) that `unbalanced-quote` reports one by one.
    """
    return last - first <= MAX_REVERSED_SPAN and not any(mark in QUOTE_MARKS for mark in text[first + 1 : last])


def _swap(text: str, first: int, last: int, opening: str, closing: str) -> QuoteProblem:
    inner = text[first + 1 : last]
    core = inner.strip(_SPACES)
    lead, trail = inner[: len(inner) - len(inner.lstrip(_SPACES))], inner[len(inner.rstrip(_SPACES)) :]
    replacement = f"{lead}{opening}{core}{closing}{trail}"
    return QuoteProblem(first, last + 1, "reversed", replacement, frozenset({first, last}))


def _spaced_straight(text: str) -> Iterator[QuoteProblem]:
    """A quotation in straight marks spaced inside at both ends (`" concrete measures "`): a straight mark
    both opens and closes, so only a pair spaced on both sides, its first mark an opening one of the
    paragraph's pairs (an even count of marks, an even number before it), is sure to be one quotation;
    an inch mark after a number never opens one."""
    count = text.count('"')
    if count < 2 or count % 2:
        return
    for match in _SPACED_STRAIGHT.finditer(text):
        opening, closing = match.start(), match.end() - 1
        if text.count('"', 0, opening) % 2:
            continue
        yield QuoteProblem(opening, opening + 2, "spaced inside", '"', frozenset({opening}), '"')
        yield QuoteProblem(closing - 1, closing + 1, "spaced inside", '"', frozenset({closing}), '"')


# Straight marks around a quotation, a space inside each: the opening after a space or a bracket, the
# closing before a space or a punctuation mark.
_SPACED_STRAIGHT = LazyPattern(
    r'(?<![^\s(\[])(?<!\p{N}[ \u00a0])"[ \u00a0][\p{L}\p{N}][^"\n]{0,400}?[\p{L}\p{N}.,!?…][ \u00a0]"'
    r"(?=$|[\s.,;:!?)\]])"
)


def _spaced(
    text: str, code: str, families: list[tuple[str, str]], marks: list[tuple[int, str]]
) -> Iterator[QuoteProblem]:
    """An opening mark followed by a space and a word (`“ We`); a closing one after `. ` (`end. ”`), or
    after a word when a mark of its pair is open (`“insulting ”`, `„beleidigend “`)."""
    spaced_convention = language(code).value("quotes.spaced_inside", False)
    for opening, closing in families:
        if spaced_convention and opening in "«»":
            continue
        depth = 0
        for position, character in marks:
            if character == opening:
                after = text[position + 1 : position + 3]
                depth += 1
                starts = position == 0 or text[position - 1] in _SPACES or text[position - 1] in "(["
                if starts and len(after) == 2 and after[0] in _SPACES and after[1].isalnum():
                    yield QuoteProblem(position, position + 2, "spaced inside", opening, frozenset({position}), opening)
            elif character == closing:
                before = text[max(0, position - 2) : position]
                following = text[position + 1 : position + 2]
                ends = not following or following in _SPACES or following in ".,;:!?)"
                spaced = len(before) == 2 and before[1] in _SPACES
                if spaced and ends and (before[0] in ".,!?…" or (depth and before[0].isalnum())):
                    yield QuoteProblem(
                        position - 1, position + 1, "spaced inside", closing, frozenset({position}), closing
                    )
                depth = max(depth - 1, 0)
