"""Page furniture judged by what a line is, not by a list of exact strings.

A scraped page keeps its comment widget, share bar, player, paywall, menus and teasers around the
article. No list holds every wording ("0 comments", "Comments (12)", "Home » World » Europe"), so each
line is judged the way jusText judges a paragraph of HTML: by its length, its words, its shape and
its neighbours.
- its words: a line that says only interface words ("Share · Tweet · Email"), an interface phrase of
  any shipped language (audit/ui_lexicon.py) or starts with a teaser lead and a separator ("Read also:
  …", "Lesen Sie auch » …") is furniture;
- its shape: a player clock ("00:00 / 02:13"), a count ("12 articles"), a sum with a question mark
  (a captcha), a template placeholder ("{{author_name}}", "%1$s"), a breadcrumb of short items
  ("Start > Politics >"), a run of section names (a menu, numbered or not);
- its neighbours and position: what is only *likely* furniture alone (a lone "Print", a lone clock)
  is sure next to other furniture or outside the article's body (before its first or after its last
  line of real prose: long, with a sentence end), as jusText settles short paragraphs by context.
Headlines, bylines, datelines, credits, captions and list items carry none of these signs.
Unlike jusText, lines are not scored by stopword density against a stoplist; prose is told apart by
its length and sentence end, which works in every language without a list.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from audit.document import MASK
from audit.ui_lexicon import NUMBER, PAIR_AND_MORE, TOKEN, Lexicon, key, key_of, lexicon, token_key

# A line with at least this many words and a sentence end is article prose (anchors "inside").
PROSE_WORDS = 8
# The longest name a label may introduce without being furniture ("Author: Jane Smith").
MAX_NAME_WORDS = 3
# The longest phrase a run of phrases is cut into, in words.
MAX_PHRASE_WORDS = 8
# The longest lead or opener, in words ("Diese Website verwendet Cookies").
MAX_LEAD_WORDS = 6
# The longest rest a teaser lead may carry ("Read also: <a headline>").
MAX_LEAD_REST = 20
# The longest line that may be furniture, in characters: longer lines are prose, read no further.
MAX_FURNITURE_CHARACTERS = 400
# The longest cookie or consent paragraph an opener may start.
MAX_OPENER_WORDS = 45
# The longest line a single interface word makes weak furniture ("Zurück zum Seitenanfang").
MAX_WEAK_WORDS = 10
# The longest share bar ("Facebook · X · WhatsApp · Telegram · Email · Print …"), in words.
MAX_BAR_WORDS = 15
# The longest menu item, in characters (a cheap test before the words are read).
MAX_MENU_ITEM = 40
# A line this long that stops mid-sentence may have been wrapped: the next line may go on with it.
MIN_WRAPPED_WORDS = 4
# A menu is at least this many consecutive section names.
MIN_MENU_ITEMS = 3

_MARKDOWN_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•]\s+)+")
_NUMBERED = re.compile(r"^\d{1,2}[.)]?\s+")
_TIMECODE = r"\d{1,2}(?::\d{2}){1,2}"
_TIMECODES = re.compile(rf"{_TIMECODE}\s*/\s*{_TIMECODE}")
_LONE_TIMECODE = re.compile(_TIMECODE)
# A sum to solve: "5 + 3?", "9 − 4 =", "4 + 2 ?"; a hyphen counts only spaced ("5-4" is a score).
_CAPTCHA = re.compile(r"\d+\s*(?:[+×*÷]|\s[-−–]\s)\s*\d+\s*(?:=\s*)?[?؟]?\s*\*?$")
# A market ticker: an arrow and a change in percent ("Dow 38,912.40 ▲ 0.31%").
_TICKER = re.compile(r"[▲▼△▽↑↓]\s*[+\-−]?\d+(?:[.,]\d+)?\s*%")
# An attachment label: a file type and its size ("JPEG - 41,2 ko", "PDF, 2.1 MB").
_ATTACHMENT = re.compile(
    r"(?i:jpe?g|png|gif|webp|pdf|docx?|xlsx?|mp3|mp4|zip)\s*[-–,:(]\s*\d+(?:[.,]\d+)?\s*(?i:[kmg]i?[bo]|octets|bytes)\)?"
)
_PLACEHOLDER = re.compile(
    r"\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{%[^%\n]{1,40}%\}|%\d+\$[sd]|\$\{[\w.]+\}|\{[a-z]+(?:_[a-z]+)+\}"
    r"|__[A-Z]+(?:_[A-Z]+)*__|(?<![\w%])%[sd](?![\w])"
)
# Pieces of a bar: between separators, or between the sentences of a short prompt ("Reserved for
# subscribers. Already a subscriber? Log in").
_SEGMENTS = re.compile(r"\s*[·•|¦]\s*|\s+/\s+|(?<=\.)\s+")
_CRUMBS = re.compile(r"\s*(?:>>|[>»›→])\s*|\s+[/|]\s+")
_ANGLES = frozenset(">»›→")
_QUOTES = frozenset('«»“”„"‹')
_LEAD_SEPARATORS = ":：.-–—>»›→|•·"
_HEAD = re.compile(r"\s*(?:[:|»–—]|\s-\s)\s*")
_SENTENCE_END = ".!?…؟"
_TERMINAL = _SENTENCE_END + ":;"
_CLOSING = " *»”\"')]’"


# How sure a line's own signs make it: a weak line needs furniture beside it in its block, a likely
# line is sure beside furniture or outside the article's prose, a sure line is sure alone.
WEAK, LIKELY, SURE = 0, 1, 2
Verdict = tuple[str, int]


@dataclass(frozen=True)
class _Line:
    """A non-blank line: its span in the text, its words without Markdown markers, its line number."""

    start: int
    end: int
    body: str
    number: int


@dataclass(frozen=True)
class FurnitureLine:
    """A line of furniture in the text: [start, end) is the line without its break.

    `kind` is "<language>/<group>" for interface phrases, else the shape ("player", "menu", …).
    An `embedded` item is a placeholder inside prose: only its span is reported, nothing is deleted.
    """

    start: int
    end: int
    kind: str
    sure: bool
    embedded: bool = False


def detect(text: str) -> tuple[FurnitureLine, ...]:
    """Find the furniture lines of `text` (offsets into `text`; masked characters count as blank).

    >>> text = "The vote is on Monday, officials in the capital said.\\n0 comments\\nPolls open at eight."
    >>> [(text[item.start:item.end], item.kind, item.sure) for item in detect(text)]
    [('0 comments', 'counter', True)]
    """
    words = lexicon()
    spans = _line_spans(text)
    bodies = [_body(text[start:end]) for start, end in spans]
    lines = [
        _Line(start, end, body, number)
        for number, ((start, end), body) in enumerate(zip(spans, bodies, strict=True))
        if body
    ]
    verdicts: list[Verdict | None] = [_judge(line.body, words) for line in lines]
    _drop_wrapped(lines, verdicts, words.stopwords)
    _mark_menus(lines, verdicts, words)
    _mark_teasers(lines, verdicts, words)
    _settle_weak(lines, verdicts)
    prose = [index for index, line in enumerate(lines) if verdicts[index] is None and _is_prose(line.body)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    found: list[FurnitureLine] = []
    for index, line in enumerate(lines):
        verdict = verdicts[index]
        if verdict is None:
            found.extend(_placeholders(text, line.start, line.end))
            continue
        kind, level = verdict
        neighbours = [verdicts[other] for other in (index - 1, index + 1) if 0 <= other < len(lines)]
        outside = index < first or index > last
        found.append(FurnitureLine(line.start, line.end, kind, level == SURE or outside or any(neighbours)))
    return tuple(found)


def _drop_wrapped(lines: list[_Line], verdicts: list[Verdict | None], stopwords: frozenset[str]) -> None:
    """Hard-wrapped prose is not furniture: a line that goes on with the unfinished sentence of the line
    above (it starts in lower case, or the line above ends on a function word: "… versprach das" /
    "Formular: …"), or runs on into a lower-case line below, is a piece of a paragraph (found by
    re-wrapping the clean corpus at 40, 60 and 72 columns)."""
    for index, line in enumerate(lines):
        verdict = verdicts[index]
        if verdict is None or (verdict[1] == SURE and not line.body[:1].islower()):
            continue
        above = index > 0 and lines[index - 1].number + 1 == line.number
        below = index + 1 < len(lines) and lines[index + 1].number == line.number + 1
        continues = (
            above
            and (verdicts[index - 1] or ("", WEAK))[1] == WEAK
            and _breaks_off(lines[index - 1].body)
            and (line.body[:1].islower() or _last_word(lines[index - 1].body) in stopwords)
        )
        runs_on = below and lines[index + 1].body[:1].islower() and not _terminated(line.body)
        if continues or runs_on:
            verdicts[index] = None


def _breaks_off(body: str) -> bool:
    """True when a line stops in the middle of a sentence of some length ("… versprach das")."""
    return not _terminated(body) and len(body.split()) >= MIN_WRAPPED_WORDS


def _last_word(body: str) -> str:
    words = TOKEN.findall(body[-40:])
    return token_key(words[-1]) if words else ""


def _terminated(body: str) -> bool:
    last = body.rstrip(_CLOSING)[-1:]
    return bool(last) and last in _TERMINAL


def _settle_weak(lines: list[_Line], verdicts: list[Verdict | None]) -> None:
    """A weak line (a short line with an interface word, "Kommentar verfassen") is furniture only in a
    block with other furniture, as jusText settles short paragraphs by their neighbours; else prose.

    One sweep down and one up reach every weak line joined to furniture by a chain of weak lines.
    """
    for order in (range(1, len(lines)), range(len(lines) - 2, -1, -1)):
        for index in order:
            other = index - 1 if order.step == 1 else index + 1
            verdict, neighbour = verdicts[index], verdicts[other]
            if (
                verdict is not None
                and verdict[1] == WEAK
                and neighbour is not None
                and neighbour[1] > WEAK
                and abs(lines[index].number - lines[other].number) == 1
            ):
                verdicts[index] = (verdict[0], LIKELY)
    for index, verdict in enumerate(verdicts):
        if verdict is not None and verdict[1] == WEAK:
            verdicts[index] = None
    # A short line with furniture right above and right below, in one block, is furniture too
    # ("Share on Bluesky" / "Get our morning briefing in your inbox" / "What is 6 + 2?").
    for index in range(1, len(lines) - 1):
        above, below = verdicts[index - 1], verdicts[index + 1]
        body = lines[index].body
        if (
            verdicts[index] is None
            and above is not None
            and below is not None
            and lines[index - 1].number + 1 == lines[index].number == lines[index + 1].number - 1
            and len(body.split()) <= MAX_WEAK_WORDS
            and not _ends_sentence(body)
        ):
            verdicts[index] = ("interface", LIKELY)


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        newline = text.find("\n", start)
        end = len(text) if newline == -1 else newline
        spans.append((start, end - 1 if end > start and text[end - 1] == "\r" else end))
        if newline == -1:
            return spans
        start = newline + 1


def _body(line: str) -> str | None:
    """The words of a line without Markdown markers and masked text; None for blank lines and table rows."""
    stripped = line.replace(MASK, " ").strip()
    if not stripped or stripped.startswith("|"):
        return None
    body = _MARKDOWN_PREFIX.sub("", stripped).strip()
    return body if TOKEN.search(body) else None


def _is_prose(body: str) -> bool:
    # Words counted by white space: an anchor needs no finer count, and prose lines are long.
    return body.rstrip(_CLOSING)[-1:] in _SENTENCE_END and len(body.split()) >= PROSE_WORDS


def _judge(body: str, words: Lexicon) -> Verdict | None:
    """What one line is alone: (kind, level), or None when it is not furniture."""
    if len(body) > MAX_FURNITURE_CHARACTERS:
        return None  # a paragraph of prose: nothing fits a line this long (checked before reading words)
    tokens = TOKEN.findall(body)
    if len(tokens) > MAX_OPENER_WORDS:
        return None
    if _TIMECODES.fullmatch(body):
        return "player", SURE
    if _LONE_TIMECODE.fullmatch(body):
        return "player", LIKELY
    if len(tokens) <= 10 and _CAPTCHA.search(body):
        return "captcha", SURE
    if len(tokens) <= 10 and _TICKER.search(body):
        return "ticker", SURE
    if _ATTACHMENT.fullmatch(body):
        return "attachment", SURE
    short = _judge_short(body, tokens, words) if len(tokens) <= MAX_BAR_WORDS else None
    if short is not None and short[1] == SURE:
        return short
    if _breadcrumb(body, words):
        return "breadcrumb", SURE
    lead = _lead(body, words)
    if lead is not None:
        return lead, SURE
    for pattern, label in words.patterns:
        if pattern.fullmatch(body):  # type: ignore[attr-defined]
            return label, SURE
    return short


def _judge_short(body: str, tokens: list[str], words: Lexicon) -> Verdict | None:
    """What a short line says: a phrase, a bar of interface words, a phrase heading a label, a hint.

    A line with quotation marks quotes what it says (the form promised: „Ihre E-Mail-Adresse …“).
    """
    if sum(character in _QUOTES for character in body) >= 2:  # a pair; a lone "»" is an arrow
        return None
    said = words.phrase(key_of(tokens))
    if said is not None and said[1] == 0:
        return said[0], SURE
    kinds = [_segment(segment, words) for segment in _SEGMENTS.split(body) if TOKEN.search(segment)]
    if kinds and all(kinds):
        first = next((kind for kind in kinds if kind and "/" in kind), kinds[0]) or "share bar"
        return first, SURE if len(tokens) > 1 or first != "share bar" else LIKELY
    head, *rest = _HEAD.split(body, maxsplit=1)
    if (
        rest
        and key(head) in words.phrases
        and len(TOKEN.findall(rest[0])) <= 8
        and not _ends_sentence(body)
        and not _is_name(rest[0])
    ):
        return words.phrases[key(head)], LIKELY
    if said is not None and (said[1] < PAIR_AND_MORE or not any(token[:1].isupper() for token in tokens[1:])):
        return said[0], SURE if said[1] == 1 and not _ends_sentence(body) else LIKELY
    if len(tokens) >= MIN_MENU_ITEMS and all(token_key(token) in words.sections for token in tokens):
        return "menu", LIKELY
    if len(tokens) <= MAX_WEAK_WORDS and not _ends_sentence(body) and any(map(words.is_label_word, tokens)):
        return "interface", WEAK
    return None


def _ends_sentence(body: str) -> bool:
    last = body.rstrip(_CLOSING)[-1:]
    return bool(last) and last in ".?"


def _segment(segment: str, words: Lexicon) -> str | None:
    """The kind of one piece of a bar ("Share", "Tweet", "12 comments"), or None when it is prose."""
    segment_key = key(segment)
    said = words.phrase(segment_key)
    if said is not None and said[1] == 0:
        return said[0]
    tokens = TOKEN.findall(segment)
    if segment_key in words.counters and any(NUMBER.search(token) for token in tokens):
        return "counter"
    if tokens and all(words.is_interface_word(token) for token in tokens) and segment_key:
        return "share bar"
    return _run_of_phrases(segment_key.split(), words)


def _run_of_phrases(keys: list[str], words: Lexicon) -> str | None:
    """The kind of the first phrase when `keys` is nothing but phrases one after another ("Show summary
    Hide summary", "Log in Register"), interface words allowed between them; else None."""
    # reach[i]: the kind of the first phrase of a cover of keys[:i] ("" before any phrase), None if none.
    reach: list[str | None] = [""] + [None] * len(keys)
    for end in range(1, len(keys) + 1):
        for start in range(max(0, end - MAX_PHRASE_WORDS), end):
            if reach[start] is None:
                continue
            piece = " ".join(keys[start:end])
            kind = words.phrases.get(piece) or ("share bar" if end - start == 1 and piece in words.words else None)
            if kind is not None:
                reach[end] = reach[start] or kind
                break
    return reach[-1] or None


def _breadcrumb(body: str, words: Lexicon) -> bool:
    """True for "Home > World > Europe", "Start > Politics >", "Inicio / Deportes / Fútbol"."""
    parts = _CRUMBS.split(body)
    separators = len(parts) - 1
    items = [part.strip() for part in parts if part.strip()]
    if separators < 1 or len(items) < 2:
        return False
    for item in items:
        if len(TOKEN.findall(item)) > 4 or _QUOTES & set(item) or any(mark in item for mark in ".,;!?"):
            return False
    places = words.sections | words.home
    known = sum(key(item) in places for item in items)
    if key(items[0]) in words.home:
        return True
    angled = bool(_ANGLES & set(body))
    return separators >= 2 and 2 * known >= len(items) and (angled or len(items) >= 3)


def _lead(body: str, words: Lexicon) -> str | None:
    """The kind of a teaser or banner that starts with a known lead ("Read also: …", "We use cookies …")."""
    matches = list(itertools.islice(TOKEN.finditer(body), MAX_LEAD_WORDS))
    keys = [token_key(match.group()) for match in matches]
    for count in range(len(keys), 0, -1):
        head = " ".join(keys[:count])
        rest = body[matches[count - 1].end() :]
        if head in words.leads:
            after = rest.lstrip(" \u00a0\u202f")
            if not TOKEN.search(rest) or (
                after[:1] in _LEAD_SEPARATORS and len(TOKEN.findall(rest)) <= MAX_LEAD_REST and not _is_name(rest)
            ):
                return words.leads[head]
        if head in words.openers:  # _judge has already refused lines longer than an opener may start
            return words.openers[head]
    return None


def _is_name(text: str) -> bool:
    """True for a name or a credit after a label ("Author: Jane Smith", "Video: Reuters"): a byline.

    >>> _is_name(": Jane Smith"), _is_name(": Floods hit the valley")
    (True, False)
    """
    tokens = TOKEN.findall(text)
    listed = any(mark in text for mark in ",;/|·")  # "Schlagworte: Wahl, Landtag" lists, names do not
    return 0 < len(tokens) <= MAX_NAME_WORDS and not listed and all(token[:1].isupper() for token in tokens)


def _mark_menus(lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """Runs of consecutive short section names ("1. Home", "2. Politics", "- Sport") are a menu."""
    places = words.sections | words.home
    run: list[int] = []
    for index, line in enumerate(lines):
        item = _NUMBERED.sub("", line.body)
        if len(line.body) <= MAX_MENU_ITEM and len(TOKEN.findall(item)) <= 3 and key(item) in places:
            if run and lines[run[-1]].number + 1 != line.number:
                _close_menu(run, lines, verdicts)
                run = []
            run.append(index)
        else:
            _close_menu(run, lines, verdicts)
            run = []
    _close_menu(run, lines, verdicts)


def _close_menu(run: list[int], lines: list[_Line], verdicts: list[Verdict | None]) -> None:
    # A list the article announces ("Cuts hit three areas:") is the article's, whatever its items.
    announced = bool(run) and run[0] > 0 and lines[run[0] - 1].body.rstrip().endswith(":")
    if len(run) >= MIN_MENU_ITEMS and not announced:
        for index in run:
            verdicts[index] = ("menu", SURE)


def _mark_teasers(lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """Headlines listed right under a bare teaser heading ("Related stories:") are teasers too."""
    for index, verdict in enumerate(verdicts):
        if verdict is None or not verdict[0].endswith("/related") or key(lines[index].body) not in words.phrases:
            continue
        following = index + 1
        while (
            following < len(lines)
            and verdicts[following] in (None, ("interface", WEAK))
            and lines[following - 1].number + 1 == lines[following].number
            and _is_headline(lines[following].body)
        ):
            verdicts[following] = (verdict[0], SURE)
            following += 1


def _is_headline(body: str) -> bool:
    return len(TOKEN.findall(body)) <= 16 and not _ends_sentence(body)


def _placeholders(text: str, start: int, end: int) -> list[FurnitureLine]:
    """Template placeholders: the whole line when little else stands on it, else each one (reported only)."""
    line = text[start:end]
    found = list(_PLACEHOLDER.finditer(line))
    if not found:
        return []
    rest = _PLACEHOLDER.sub(" ", line)
    if len(TOKEN.findall(rest)) <= 5 and not _ends_sentence(rest.strip()):
        return [FurnitureLine(start, end, "placeholder", True)]
    return [FurnitureLine(start + match.start(), start + match.end(), "placeholder", False, True) for match in found]
