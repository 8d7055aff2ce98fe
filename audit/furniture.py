"""Page furniture judged by what a line is, not by a list of exact strings.

A scraped page keeps its comment widget, share bar, player, paywall, menus and teasers around the
article. No list holds every wording ("0 comments", "Comments (12)", "Home » World » Europe"), so each
line is judged the way jusText judges a paragraph of HTML: by its length, its words, its shape and
its neighbours.
- its words: a line that says only interface words ("Share · Tweet · Email"), an interface phrase of
  any shipped language (audit/ui_lexicon.py) or starts with a teaser lead and a separator ("Read also:
  …", "Lesen Sie auch » …") is furniture;
- its shape: a player clock ("00:00 / 02:13"), a count ("12 articles"), a sum with a question mark
  (a captcha), a template placeholder ("{{author_name}}", "%1$s", "[[image_caption]]"), a breadcrumb of short items
  ("Start > Politics >"), a run of section names (a menu, numbered or not);
- a live-blog clock glued to a paragraph ("12:45 The minister said…", "08h30 Le ministre…"): only the
  clock is furniture, so only the clock is reported and deleted;
- its neighbours and position: what is only *likely* furniture alone (a lone "Print", a lone clock)
  is sure next to other furniture or outside the article's body (before its first or after its last
  line of real prose: long, with a sentence end), as jusText settles short paragraphs by context.
- its script: a short line outside the prose in another script than the prose is the source page's
  widget ("Подписаться" under an English translation) at the page's first line or beside
  other furniture.
Headlines, bylines, datelines, credits, captions and list items carry none of these signs.
audit/furniture_line.py judges each line alone (audit/furniture_stamp.py its stamps, audit/furniture_row.py
rows by their build: links, hashtags, metadata) and
audit/furniture_piece.py finds furniture inside a line; this module weighs the verdicts against the page:
hard-wrapped paragraphs, menus over several lines, teasers under a heading, neighbours, position.
Unlike jusText, lines are not scored by stopword density against a stoplist; prose is told apart by
its length and sentence end, which works in every language without a list.
"""

from __future__ import annotations

import itertools
from typing import NamedTuple

from audit.document import MASK
from audit.furniture_address import addresses_reader, greets, letter_note
from audit.furniture_line import (
    BUTTON,
    LIKELY,
    MAX_FOOTER_WORDS,
    MAX_WEAK_WORDS,
    MIN_MENU_ITEMS,
    SURE,
    WEAK,
    Verdict,
    ends_sentence,
    has_quotes,
    is_prose,
    judge,
    scoped_phrase,
    terminated,
)
from audit.furniture_piece import clock_before, role_after, spam_links, stamp_after
from audit.furniture_print import EDGE_KINDS
from audit.furniture_reply import THREAD_OPENERS, reply_lines, thread_lines
from audit.furniture_rule import typed_rules
from audit.furniture_signature import is_signed_quote
from audit.prose import LazyPattern
from audit.ui_lexicon import MAX_LEAD_WORDS, NUMBER, TOKEN, Lexicon, key, lexicon, token_key, token_keys

# A clock alone on a line, bold or not, after a clock's pictogram or not ("🕗 20:02"), with the short
# word of its hour or zone or not ("**12:15**", "16h45", "09.30", "**22:41 Uhr**", "07:55 GMT"), and
# how many a page must set apart to be a live blog's entry stamps.
_ENTRY_CLOCK = LazyPattern(
    r"[*_]{0,2}\s*(?:[\U0001f550-\U0001f567⏰⌚⏱]\ufe0f?\s*)?(?:[01]?\d|2[0-3])(?:[:.]|\s?h\s?)[0-5]\d"
    r"(?:\s?\p{L}{1,4}\.?)?\s*[*_]{0,2}"
)
MIN_ENTRY_CLOCKS = 2
# The dash after a footer's address.
_FOOTER_DASH = LazyPattern(r"\s+[–—-]\s+")
# The longest menu item, in characters (a cheap test before the words are read).
MAX_MENU_ITEM = 40
# The most words of a source page's widget in its own script ("Читайте также в Telegram"), and the
# first letter past the Latin blocks (Latin-1, Extended-A and -B).
MAX_FOREIGN_WORDS = 6
MAX_FOREIGN_CHARACTERS = 40
_LATIN_END = "\u0250"
# What ends a sentence in any script (Chinese and Japanese, Devanagari and Bengali danda, Ethiopic,
# Burmese, Arabic), and what may close it after.
_ANY_SENTENCE_END = ".!?…؟。！？।॥።။"
_CLOSERS = " \"'”»)]*_"
# A heading that speaks to the reader needs this many headlines under it to be a teaser block.
MIN_TEASERS = 2
# The longest such heading, in words ("Nos abonnés ont aussi lu").
MAX_TEASER_HEADING_WORDS = 6
# A teaser's headline under a heading that only opens with a lead has this many words, the first
# capitalised ("Baht hits three-month high"): a list of the article's points may be lower-case notes.
MIN_TEASER_WORDS = 3
# The kind of a name before a protected address: reported, never deleted.
CONTACT = "contact"
# The most words of a name before a reporter's protected address ("María José Pérez Soto"); a name has
# two at least ("Lee Ji-hye"): one word before a link is a label ("See …").
MAX_CONTACT_NAME_WORDS = 4
# Such a name: words and a space before the address (not a link's words, "[Bronchales](…)").
_CONTACT_NAME = LazyPattern(r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*)* ")
# A line in bold and nothing else.
_WHOLE_BOLD = LazyPattern(r"\*\*[^*\n]+\*\*|__[^_\n]+__")
# A paragraph opening in bold, and what follows the bold words ("**Jane Doe** reports …").
_BOLD_OPENING = LazyPattern(r"\*\*(?P<bold>[^*\n]{2,60})\*\*\s*(?:[—–-]\s*)?(?P<next>\S*)")
# An author box: a name of two to four words, a dash, comma or bar, then a job title of one or two words.
_AUTHOR_BOX = LazyPattern(r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}\s*[—–,|-]\s+(?P<role>\p{L}+(?: \p{L}+)?)")
# The longest author box on one line, in words.
MAX_AUTHOR_BOX_WORDS = 45
# How many lines above a signed quotation other furniture must stand for it to be a signature.
SIGNATURE_REACH = 3
# The longest author's blurb closing an article, in words.
MAX_BLURB_LINE_WORDS = 40
# The longest site name and tagline over a headline, in words ("Coulisses d'Italie — le blog de …").
MAX_MASTHEAD_WORDS = 24
# A section's trail: two to four capitalised sections of a few words cut by a breadcrumb's mark
# ("Festivals / Vietnam", "Strada › Tour de Pologne"), and how many lines from the chrome it may stand.
_TRAIL = LazyPattern(
    r"\p{Lu}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,3}(?: [/›»>] \p{Lu}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,3}){1,3}"
)
TRAIL_REACH = 2
# A line that is one quotation, perhaps signed after a dash ("> « Un pont doit vivre deux siècles »"),
# and the fewest words it holds to be a pull quote (a short one may recur: "No comment").
_QUOTATION_LINE = LazyPattern(r"[«\"“„‘‹]\s*(?P<quoted>[^«»\"“”„\n]+?)\s*[»\"”“’›](?:\s*[—–-]\s*[^\n]{1,60})?")
MIN_PULL_QUOTE_WORDS = 5
# The longest tag of a tag list, in words ("Nahverkehr", "Rio de Janeiro").
MAX_TAG_WORDS = 3
# A line this long that stops mid-sentence may have been wrapped: the next line may go on with it.
MIN_WRAPPED_WORDS = 4
_MARKDOWN_PREFIX = LazyPattern(r"^(?:#{1,6}\s+|>\s*|[-*+•]\s+)+")
_BULLETS = frozenset("-*+•")
# Verdicts on free text (a call to action), which a Markdown heading of the article may also hold.
_FREE_TEXT = frozenset({"prompt", "spam"})
_NUMBERED = LazyPattern(r"^\d{1,2}[.)]?\s+")
# A sentence's end inside a line: two small letters or figures, a full stop, a space ("2017. EFE").
_INNER_STOP = LazyPattern(r"[\p{Ll}\d]{2}[.!?]\s")
# Arrows that lead a teaser's headline (a bullet leads an item of the article's own lists).
_TEASER_ARROWS = frozenset("→➔➜➝➞➤⇒▸▹►▶›»")
# The groups of phrases that head or close a box of several lines (a form, a blurb, a link); other
# furniture stands alone (a breadcrumb or a stamp sits right above the article's first paragraph).
_BOX_GROUPS = frozenset({"newsletter", "comments", "author", "paywall", "share"})
# Boxes whose form a sentence may explain ("Die wichtigsten Nachrichten … in Ihrem Postfach.").
_FORM_GROUPS = frozenset({"newsletter", "comments", "paywall"})
# The longest such sentence, in words.
MAX_BLURB_WORDS = 12
# The longest line a box may take in, in words ("Die wichtigsten Nachrichten des Tages …").
MAX_BOX_LINE_WORDS = 25
# The most lines without a sign of their own a box may hold between two of its lines.
MAX_BOX_GAP = 2
# A box this many lines long may have a short title on top ("Redazione Meteo Italia").
MIN_TITLED_BOX = 3
MAX_BOX_TITLE_WORDS = 5
_PLACEHOLDER = LazyPattern(
    r"\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{%[^%\n]{1,40}%\}|%\d+\$[sd]|\$\{[\w.]+\}|\{[a-z]+(?:_[a-z]+)+\}"
    r"|__[A-Z]+(?:_[A-Z]+)*__|(?<![\w%])%[sd](?![\w])"
    # A template's slot in double brackets, in snake case ("[[image_caption]]"; a wiki link has words).
    r"|\[\[[a-z]+(?:_[a-z]+)+\]\]"
)
# Each branch of _PLACEHOLDER holds one of these: a line without any (nearly every line) has none.
_PLACEHOLDER_MARKS = ("{", "%", "$", "__", "[[")


class _Line(NamedTuple):
    """A non-blank line: its span in the text, its words without Markdown markers, its line number, and
    those words as `TOKEN` cuts them (cut once: several passes read them)."""

    start: int
    end: int
    body: str
    number: int
    tokens: list[str]


class FurnitureLine(NamedTuple):
    """A line of furniture in the text: [start, end) is the line without its break.

    `kind` is "<language>/<group>" for interface phrases, else the shape ("player", "menu", …).
    An `embedded` item is a placeholder inside prose: only its span is reported, nothing is deleted.
    A `piece` item is part of a line (a clock glued to the start of a paragraph, a stamp after a
    byline): only its span is deleted.
    """

    start: int
    end: int
    kind: str
    sure: bool
    embedded: bool = False
    piece: bool = False


def detect(text: str) -> tuple[FurnitureLine, ...]:
    """Find the furniture lines of `text` (offsets into `text`; masked characters count as blank).

    >>> text = "The vote is on Monday, officials in the capital said.\\n0 comments\\nPolls open at eight."
    >>> [(text[item.start:item.end], item.kind, item.sure) for item in detect(text)]
    [('0 comments', 'counter', True)]
    """
    words = lexicon()
    spans = _line_spans(text)
    raws = [text[start:end].lstrip() for start, end in spans]
    # A table has two rows at least (its head and its rule): a lone line between bars is a page's
    # metadata row ("| 26.11.2026 - 14:37 | Güncelleme: 26.11.2026 - 15:02 |").
    tables = [
        raw.startswith("|")
        and any(0 <= other < len(raws) and raws[other].startswith("|") for other in (index - 1, index + 1))
        for index, raw in enumerate(raws)
    ]
    bodies = [_body(text[start:end], table) for (start, end), table in zip(spans, tables, strict=True)]
    lines = [
        _Line(start, end, body, number, TOKEN.findall(body))
        for number, ((start, end), body) in enumerate(zip(spans, bodies, strict=True))
        if body
    ]
    verdicts: list[Verdict | None] = [_kept(text, line, judge(line.body, words, line.tokens)) for line in lines]
    _mark_entry_clocks(lines, verdicts)
    _mark_contacts(text, lines, verdicts, words)
    _drop_wrapped(lines, verdicts, words.stopwords)
    _mark_menus(lines, verdicts, words)
    _mark_teasers(text, lines, verdicts, words)
    _mark_led_teasers(text, lines, verdicts, words)
    _mark_addressed_teasers(text, lines, verdicts, words.reader)
    _finish_boxes(text, lines, verdicts, words)
    _mark_arrowed(lines, verdicts)
    _mark_masthead(text, lines, verdicts)
    _mark_pull_quotes(text, lines, verdicts)
    first, last = _prose_body(lines, verdicts)
    _settle_weak(text, lines, verdicts, words, first, last)
    _mark_sandwiched(lines, verdicts, last)
    _mark_blurb(lines, verdicts, words)
    _mark_addresses(text, lines, verdicts, words)
    _mark_signatures(lines, verdicts)
    kinds = [None if verdict is None else verdict[0] for verdict in verdicts]
    for index in reply_lines([line.number for line in lines], [len(line.tokens) for line in lines], kinds):
        if not _is_heading(text, lines[index]):
            verdicts[index] = ("reply", SURE)
    openers = [
        kind in THREAD_OPENERS and _counts_comments(line.tokens, words) for line, kind in zip(lines, kinds, strict=True)
    ]
    headings = [_is_heading(text, line) for line in lines]
    for index in thread_lines([len(line.tokens) for line in lines], kinds, openers, headings):
        verdicts[index] = ("reply", SURE)
    first, last = _prose_body(lines, verdicts)
    _mark_foreign_edges(text, lines, verdicts, first, last)
    _keep_edges(verdicts, first, last)
    found: list[FurnitureLine] = []
    for index, line in enumerate(lines):
        verdict = verdicts[index]
        if verdict is None and (index < first or index > last):
            footer = _masked_footer(text, line)
            if footer is not None:
                found.append(FurnitureLine(footer, line.end, "meta", False, embedded=True))
                continue
        if verdict is None:
            found.extend(_placeholders(text, line.start, line.end))
            opens = index == 0 or lines[index - 1].number + 1 < line.number or terminated(lines[index - 1].body)
            clock = clock_before(text, line.start, line.end, words.stopwords) if opens else None
            if clock is not None:
                found.append(FurnitureLine(line.start, clock, "clock", False, piece=True))
            found.extend(
                FurnitureLine(start, end, "spam", False, embedded=True)
                for start, end in spam_links(text, line.start, line.end, words)
            )
            stamp = stamp_after(text, line.start, line.end, words)
            if stamp is not None:
                found.append(FurnitureLine(stamp, line.end, "stamp", False, piece=True))
            elif (role := role_after(text, line.start, line.end, words)) is not None:
                found.append(FurnitureLine(role, line.end, "role", False, piece=True))
            continue
        kind, level = verdict
        if kind == CONTACT:
            end = line.start + len(line.body)
            masked = text.find(MASK, line.start, end)
            if masked >= 0:  # an address in brackets ("From: … <…>"): the words end before them
                end = line.start + len(text[line.start : masked].rstrip("< "))
            found.append(FurnitureLine(line.start, end, kind, False, embedded=True))
            continue
        linked = text.find(MASK, line.start, line.end)
        if linked >= 0:
            # A link's target or an address is protected, and no finding may touch it: the words before
            # it are reported, nothing is deleted ("[NEWS](…) | [Ausland](…)", "Read on: https://…").
            if TOKEN.compiled.search(text, line.start, linked):
                found.append(FurnitureLine(line.start, linked, kind, False, embedded=True))
            elif TOKEN.compiled.search(text, after := text.rindex(MASK, line.start, line.end) + 1, line.end):
                # The line opens with the address ("<www.…> | 19 MARÇO 2026 | 14"): the words after it.
                found.append(FurnitureLine(after, line.end, kind, False, embedded=True))
            continue
        neighbours = [verdicts[other] for other in (index - 1, index + 1) if 0 <= other < len(lines)]
        outside = index < first or index > last
        found.append(FurnitureLine(line.start, line.end, kind, level == SURE or outside or any(neighbours)))
    found.extend(_rules(text, spans, lines, verdicts, first, last))
    return tuple(sorted(found))


def _kept(text: str, line: _Line, verdict: Verdict | None) -> Verdict | None:
    """A line's verdict alone, unless where it stands says otherwise. A Markdown heading is the article's
    unless it is sure furniture: "# LIVE: Egypt swelters as …" is a live blog's headline, a "Live" label
    with words after it only likely furniture. A bracketed label with a link is the link's text, which
    the story cites, not a button."""
    if verdict is None:
        return None
    if _is_heading(text, line) and (verdict[0] in _FREE_TEXT or verdict[1] < SURE):
        return None
    if verdict[0] == BUTTON and MASK in text[line.start : line.end]:
        return None
    return verdict


def _rules(
    text: str, spans: list[tuple[int, int]], lines: list[_Line], verdicts: list[Verdict | None], first: int, last: int
) -> list[FurnitureLine]:
    """The typed rules of the page (audit/furniture_rule.py), sure outside the article's prose or a
    line or two from other furniture (a rule over a forum signature), else reported as likely only."""
    found: list[FurnitureLine] = []
    for number in typed_rules(text, spans):
        # The lines with words right above and below the rule, by their index in `lines`.
        below = next((index for index, line in enumerate(lines) if line.number > number), len(lines))
        above = below - 1
        outside = below <= first or above >= last
        beside = any(
            0 <= index < len(lines) and verdicts[index] is not None and abs(lines[index].number - number) <= 2
            for index in (above, below)
        )
        start, end = spans[number]
        found.append(FurnitureLine(start, end, "separator", outside or beside))
    return found


def _masked_footer(text: str, line: _Line) -> int | None:
    """Where the notice of a printed page's footer starts when the line opens on the site's protected
    address, then a spaced dash ("www.lecourrier.example – Pour vous abonner, appelez le …", tests/dirty
    fr/57): only the notice is reported, the address may not be touched. Outside the article's prose
    only (`_site_footer` in audit/furniture_line.py reads a bare domain anywhere)."""
    raw = text[line.start : line.end]
    if not raw.startswith(MASK):
        return None
    after = len(raw) - len(raw.lstrip(MASK))
    dash = _FOOTER_DASH.compiled.match(raw, after)
    if dash is None or MASK in raw[dash.end() :] or not 0 < len(line.tokens) <= MAX_FOOTER_WORDS:
        return None
    return line.start + dash.end()


def _mark_contacts(text: str, lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """A reporter's contact line is a name and then an address the document protects ("Lee Ji-hye
    jhlee@example.co.kr", masked): an author box of one line, furniture at the article's edge or beside
    other furniture; so is a one-line author box that ends on a contact label before the address (see
    `_is_author_box`). A byline without an address ("By Lee Ji-hye") is the article's. Only the words
    before the address are reported, and nothing deleted: a finding may not touch the protected address."""
    for index, line in enumerate(lines):
        raw = text[line.start : line.end].rstrip()
        if (
            verdicts[index] is None
            and raw.endswith(MASK)
            and 2 <= len(line.tokens) <= MAX_CONTACT_NAME_WORDS
            and all(token[:1].isupper() for token in line.tokens)
            and _CONTACT_NAME.compiled.fullmatch(raw[: raw.index(MASK)]) is not None
        ) or (verdicts[index] is None and raw.endswith(MASK) and _is_author_box(raw[: raw.index(MASK)], words)):
            verdicts[index] = (CONTACT, LIKELY)
        elif verdicts[index] is None and raw.rstrip(">").endswith(MASK) and _is_sender(raw[: raw.index(MASK)], words):
            verdicts[index] = (CONTACT, SURE)


def _is_sender(before: str, words: Lexicon) -> bool:
    """True for an e-mail's sender line before its protected address: a sender label, a colon and a
    name ("From: The Ledger Briefing <…>", "Von: Stadtwerke Kassel …"); a sentence has no such label."""
    label, colon, name = before.rstrip("< ").partition(":")
    return bool(colon) and key(label) in words.sender and 0 < len(TOKEN.findall(name)) <= MAX_CONTACT_NAME_WORDS + 2


def _is_author_box(before: str, words: Lexicon) -> bool:
    """True for an author box printed on one line before a protected address: a name, a separator, a
    job title, a few words, then a contact label ("Marta Nowak — journalist of the City desk. Writes
    about transport. Contact: …"). A sentence that names a reporter does not open with her name and a
    dash, nor end on "Contact:"."""
    box = _AUTHOR_BOX.compiled.match(before)
    if box is None or len(TOKEN.findall(before)) > MAX_AUTHOR_BOX_WORDS:
        return False
    role = token_keys(TOKEN.findall(box.group("role")))
    label = TOKEN.findall(before.rstrip(" :："))
    return (
        (role[0] in words.roles or " ".join(role) in words.roles)
        and before.rstrip().endswith((":", "："))
        and bool(label)
        and token_key(label[-1]) in words.contact
    )


def _mark_blurb(lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """An author's blurb: a sentence that opens with the name of the page's byline and goes on in lower
    case with what the author does ("Von Tobias Kern, Kiel" … "Tobias Kern schreibt seit 2015 für das
    Reiseressort."; "By Jane Doe" … "Jane Doe is a reporter based in …"), right under the byline or as
    the article's last sentence; or the article's last line of prose opening in bold with such a name.
    A story does not go on about its own reporter by name (a quote of her is no line of its own), and
    the byline's name may run on into a place ("Par Camille Roux (Santiago)"): the blurb names its
    first words."""
    names = {index: name for index, line in enumerate(lines) if (name := _byline_name(line, words))}
    last = next(
        (index for index in range(len(lines) - 1, -1, -1) if verdicts[index] is None and is_prose(lines[index].body)),
        None,
    )
    if last is not None and len(lines[last].tokens) <= MAX_BLURB_LINE_WORDS:
        verdicts[last] = ("author", LIKELY) if _introduces_author(lines[last].body, words) else verdicts[last]
    if not names:
        return
    ending = next(
        (
            index
            for index in range(len(lines) - 1, -1, -1)
            if verdicts[index] is None and ends_sentence(lines[index].body)
        ),
        None,
    )
    # Under the byline the story itself may open with the reporter ("Tom Ridley reported from …"): there
    # a blurb says what the author is ("… is a columnist", "… ist Südamerika-Korrespondent").
    under = {index + 1 for index in names} - {last, ending}
    places = {index + 1 for index in names} | {last, ending}
    for index in sorted(place for place in places if place is not None and place < len(lines)):
        line = lines[index]
        if (
            verdicts[index] is None
            and len(line.tokens) <= MAX_BLURB_LINE_WORDS
            and ends_sentence(line.body)
            and not has_quotes(line.body)
            and any(_opens_with_name(line.tokens, name) for name in names.values())
            and (index not in under or _names_role(line.tokens, words))
        ):
            verdicts[index] = ("author", LIKELY)


def _mark_addresses(text: str, lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """The page owner's notes to its readers (audit/furniture_address.py): the paragraphs above the page's
    first heading (its headline); below the story, its last paragraph when a footer follows it, and
    the short lines after its last line of prose. A heading is the story's own, and a page without one
    has no top to tell."""
    heading = next((index for index, line in enumerate(lines) if _is_heading(text, line)), 0)
    greeted = False
    for index in range(heading):
        body = lines[index].body
        if (
            verdicts[index] is None
            and _alone(lines, index)
            and ((greeted and letter_note(body)) or addresses_reader(body, words, top=True))
        ):
            verdicts[index] = ("address", LIKELY)
        greeted = greeted or greets(body, words)
    _, last = _prose_body(lines, verdicts)
    if last < 0:
        return  # a page without prose has no story to be below
    # The story's last line of prose too, when only furniture follows it (the page's footer): a reader's
    # letter published as the story may thank the newsletter in its last line, with no footer under it.
    end = next((index for index in range(len(lines) - 1, -1, -1) if verdicts[index] is None), -1)
    below = range(last, len(lines)) if end == last < len(lines) - 1 else range(last + 1, len(lines))
    for index in below:
        if index == last and index > 0 and _titles(text, lines[index - 1]):
            continue  # the body of a section under its own title: a live blog's opening post, at its bottom
        if (
            index > heading
            and verdicts[index] is None
            and _alone(lines, index)
            and not _is_heading(text, lines[index])
            and _words_before_mask(text, lines[index])
            and addresses_reader(lines[index].body, words, top=False)
        ):
            verdicts[index] = ("address", LIKELY)


def _mark_entry_clocks(lines: list[_Line], verdicts: list[Verdict | None]) -> None:
    """Clocks alone on their lines, bold or not ("**12:15**", "16h45"), where the page has two or more:
    a live blog's entry stamps. One such line may be a timecode or a caption's time, and is left to its
    neighbours; a story never sets its times apart line after line."""
    clocks = [index for index, line in enumerate(lines) if _ENTRY_CLOCK.compiled.fullmatch(line.body)]
    if len(clocks) >= MIN_ENTRY_CLOCKS:
        for index in clocks:
            verdicts[index] = ("clock", SURE)


def _mark_signatures(lines: list[_Line], verdicts: list[Verdict | None]) -> None:
    """A quotation signed with a name on a line of its own (audit/furniture_signature.py), below the
    page's last line of prose and within a few lines under other furniture: a poster's signature."""
    _, last = _prose_body(lines, verdicts)
    for index in range(max(last + 1, 1), len(lines)):
        if (
            verdicts[index] is None
            and _alone(lines, index)
            and any(verdicts[other] is not None for other in range(max(0, index - SIGNATURE_REACH), index))
            and is_signed_quote(lines[index].body)
        ):
            verdicts[index] = ("signature", LIKELY)


def _alone(lines: list[_Line], index: int) -> bool:
    """True for a paragraph of one line: a line of a hard-wrapped paragraph is a piece of a sentence
    ("who reviewed the study, urged readers to treat the growth"), not a note of its own."""
    number = lines[index].number
    return (index == 0 or lines[index - 1].number + 1 < number) and (
        index + 1 == len(lines) or lines[index + 1].number > number + 1
    )


def _words_before_mask(text: str, line: _Line) -> bool:
    """True unless the line opens with a protected address: a furniture line reports only the words
    before its address, so such a line is left to the footer's test (`_masked_footer`), which reports
    the words after it ("www.lecourrier.vn – Pour vous abonner …")."""
    masked = text.find(MASK, line.start, line.end)
    return masked < 0 or TOKEN.compiled.search(text, line.start, masked) is not None


def _names_role(tokens: list[str], words: Lexicon) -> bool:
    """True when a line names a reporter's job ("columnist", "Südamerika-Korrespondent")."""
    return any(item in words.roles or item.rsplit("-", 1)[-1] in words.roles for item in token_keys(tokens))


def _opens_with_name(tokens: list[str], name: tuple[str, ...]) -> bool:
    """True when `tokens` open with the byline's name, or its first two words at least, then a word in
    lower case ("Camille Roux est …" for "Par Camille Roux (Santiago, correspondante)")."""
    return any(
        tuple(tokens[:size]) == name[:size] and len(tokens) > size and tokens[size][:1].islower()
        for size in range(len(name), 1, -1)
    )


def _introduces_author(body: str, words: Lexicon) -> bool:
    """True for an author's blurb that opens in bold: her name and then what she does in lower case
    ("**Jane Doe** reports on …"), or a bold label of the author box ("**About the author** — …"). An
    interview's answer has a colon after the bold name ("**Jane Doe:** …")."""
    bold = _BOLD_OPENING.compiled.match(body)
    if bold is None:
        return False
    heading = key(bold.group("bold"))
    said = words.phrase(heading)
    group = words.leads.get(heading) or (said[0] if said is not None and said[1] == 0 else "")
    if group:
        return group.endswith("/author")
    named = TOKEN.findall(bold.group("bold"))
    return (
        2 <= len(named) <= MAX_CONTACT_NAME_WORDS
        and all(token[:1].isupper() for token in named)
        and bold.group("next")[:1].islower()
    )


def _byline_name(line: _Line, words: Lexicon) -> tuple[str, ...]:
    """The capitalised name after a byline's word for "by" ("Von Tobias Kern" → Tobias, Kern), or ()."""
    if not line.tokens or token_key(line.tokens[0]) not in words.by:
        return ()
    name = tuple(itertools.takewhile(lambda token: token[:1].isupper(), line.tokens[1 : 1 + MAX_CONTACT_NAME_WORDS]))
    return name if len(name) >= 2 else ()


def _mark_foreign_edges(text: str, lines: list[_Line], verdicts: list[Verdict | None], first: int, last: int) -> None:
    """A short line outside the article's prose, in another script than the prose, is the source page's
    furniture when it is the page's first line or stands beside other furniture ("Подписаться",
    "اقرأ أيضا" under an English translation), whatever its words: no list holds every language's. A
    heading is the story's (an untranslated headline), and so is a sentence, or a line alone under the
    prose: Thai and Lao write sentences without spaces or a full stop, and one left untranslated there
    is the `untranslated` rule's."""
    if first > last or not _latin(lines[first].tokens):
        return
    for index in itertools.chain(range(first), range(last + 1, len(lines))):
        line = lines[index]
        if (
            verdicts[index] is None
            and 0 < len(line.tokens) <= MAX_FOREIGN_WORDS
            and line.body.rstrip(_CLOSERS)[-1:] not in _ANY_SENTENCE_END
            and not _is_heading(text, line)
            and not any(char < _LATIN_END for token in line.tokens for char in token if char.isalpha())
            and len(line.body) <= MAX_FOREIGN_CHARACTERS
            and (
                index == 0
                or any(verdicts[other] is not None for other in (index - 1, index + 1) if 0 <= other < len(lines))
            )
        ):
            verdicts[index] = ("source", LIKELY)


def _latin(tokens: list[str]) -> bool:
    """True when most letters of `tokens` are Latin (the article languages' script)."""
    letters = [char for token in tokens for char in token if char.isalpha()]
    return sum(char < _LATIN_END for char in letters) * 2 > len(letters)


def _keep_edges(verdicts: list[Verdict | None], first: int, last: int) -> None:
    """A widget or a staff line inside the article with no furniture beside it is the article's (a line
    of election results, "CDU 31 % | SPD 24 % | Grüne 15 %", between two paragraphs), unless a piece
    of it is furniture for sure alone ("● LIVE | Auto-refresh ON | 3,412 people are following")."""
    for index in range(first + 1, last):
        verdict = verdicts[index]
        if (
            verdict is not None
            and verdict[0] in EDGE_KINDS
            and verdict[1] < SURE
            and not any(
                verdicts[other] is not None and verdicts[other][0] not in EDGE_KINDS  # type: ignore[index]
                for other in (index - 1, index + 1)
            )
        ):
            verdicts[index] = None


def _counts_comments(tokens: list[str], words: Lexicon) -> bool:
    """True when a count's words name comments ("Comments (3)", "12 comentários"), inflected or not."""
    return any(
        item in words.thread_words or words.base(item, words.thread_words) is not None for item in token_keys(tokens)
    )


def _mark_masthead(text: str, lines: list[_Line], verdicts: list[Verdict | None]) -> None:
    """A site's name and tagline over the article's headline, in one block with the page's furniture
    ("SUARA KITA ONLINE — Viral • Hot • Trending" over "Home » Regional"; "Le Héraut — Édition
    numérique | Santé | Écosse" under a cookie banner): no list holds a site's name or its slogan, but
    a short line that ends no sentence, above the first heading and touching furniture, is the page's.
    A section's trail ("Festivals / Vietnam", "Strada › Tour de Pologne") is the page's a blank line
    away from it too: a kicker does not cut its words into sections. A line of its own above the
    headline (a kicker, a dateline in a paragraph) is left to the article."""
    heading = next((index for index, line in enumerate(lines) if _is_heading(text, line)), 0)
    for index in range(heading):
        line = lines[index]
        if verdicts[index] is not None or len(line.tokens) > MAX_MASTHEAD_WORDS or terminated(line.body):
            continue
        trail = _TRAIL.compiled.fullmatch(line.body) is not None
        reach = TRAIL_REACH if trail else 1
        touching = [
            other
            for other in (index - 1, index + 1)
            if 0 <= other < heading and abs(lines[other].number - line.number) <= reach and verdicts[other] is not None
        ]
        if touching:
            verdicts[index] = ("breadcrumb" if trail else "masthead", LIKELY)


def _mark_pull_quotes(text: str, lines: list[_Line], verdicts: list[Verdict | None]) -> None:
    """A quotation set apart on a line of its own that the article's prose quotes again word for word
    (a magazine's pull quote, "> «Un ponte deve vivere duecento anni»" over "… un ponte deve vivere
    duecento anni»."): the page's display copy of the article's words. A quotation the prose does not
    repeat is the article's own, and so is a subheading that quotes the words a section reports."""
    quoted: dict[int, str] = {}
    for index, line in enumerate(lines):
        apart = verdicts[index] is None and not _is_heading(text, line)
        match = _QUOTATION_LINE.compiled.fullmatch(line.body) if apart else None
        tokens = TOKEN.findall(match.group("quoted")) if match is not None else []
        if len(tokens) >= MIN_PULL_QUOTE_WORDS:
            quoted[index] = _folded(tokens)
    if not quoted:
        return
    prose = [_folded(line.tokens) for line in lines]
    for index, words in quoted.items():
        if any(words in other for number, other in enumerate(prose) if number != index):
            verdicts[index] = ("pull quote", SURE)


def _folded(tokens: list[str]) -> str:
    """Words case-folded between spaces, so that one run of words is found inside another by `in`."""
    return f" {' '.join(tokens).casefold()} "


def _titles(text: str, line: _Line) -> bool:
    """True for a heading, or a line in bold alone ("**Welcome to our live coverage**"): the title of
    the paragraph below it."""
    return _is_heading(text, line) or _WHOLE_BOLD.compiled.fullmatch(text[line.start : line.end].strip()) is not None


def _is_heading(text: str, line: _Line) -> bool:
    """True for a Markdown heading: the article's headline may call and say "your" ("# Get your flu jab now")."""
    return text[line.start : line.end].lstrip().startswith("#")


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
        runs_on = below and lines[index + 1].body[:1].islower() and not terminated(line.body)
        if continues or runs_on:
            verdicts[index] = None


def _breaks_off(body: str) -> bool:
    """True when a line stops in the middle of a sentence of some length ("… versprach das")."""
    return not terminated(body) and len(body.split()) >= MIN_WRAPPED_WORDS


def _last_word(body: str) -> str:
    words = TOKEN.findall(body[-40:])
    return token_key(words[-1]) if words else ""


def _prose_body(lines: list[_Line], verdicts: list[Verdict | None]) -> tuple[int, int]:
    """The first and last line of the article's prose (long, with a sentence end, not furniture), or
    (len(lines), -1) for a page without prose: what lies outside is the page's header and footer."""
    prose = [index for index, line in enumerate(lines) if verdicts[index] is None and is_prose(line.body)]
    return (prose[0], prose[-1]) if prose else (len(lines), -1)


def _near(lines: list[_Line], index: int, other: int, apart: bool) -> bool:
    """True when two lines stand in one block, or (`apart` allowed) one blank line apart: a page's header
    and footer are often printed a line apart, widget under widget (tests/dirty de/48: "Schlagwörter: …"
    / "" / "Beliebte Beiträge" / "" / "Kommentar schreiben")."""
    return abs(lines[index].number - lines[other].number) <= (2 if apart else 1)


def _spaced_widget(line: _Line, words: Lexicon, footer: bool) -> bool:
    """True for a weak line that may join furniture a blank line away: all its words of three letters or
    more are interface words, section names, small words or figures ("FOTO E VIDEO", "‹ Back SPORT 🔔");
    under the article one other word may stand beside as many interface words ("Beliebte Beiträge",
    "Schreibe einen Kommentar"). A headline or a kicker above the article has words of its own
    ("ORIENTE PRÓXIMO", "Ohio River bridge to close …"), a credit under it a name ("Foto: Bruno Kelly")."""
    labels = others = 0
    for token in line.tokens:
        if words.is_label_word(token) or token_key(token) in words.sections:
            labels += 1
        elif len(token) > 2 and token_key(token) not in words.stopwords and not NUMBER.search(token):
            others += 1
    return others == 0 or (footer and others == 1 and labels >= 1)


def _settle_weak(
    text: str, lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon, first: int, last: int
) -> None:
    """A weak line (a short line with an interface word, "Kommentar verfassen") is furniture only in a
    block with other furniture, or a blank line from it above or below the article's prose when it is
    made of interface words (`_spaced_widget`), as jusText settles short paragraphs by their
    neighbours; else prose.

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
                and _near(
                    lines,
                    index,
                    other,
                    not first <= index <= last
                    and not _is_heading(text, lines[index])
                    and _spaced_widget(lines[index], words, index > last),
                )
            ):
                verdicts[index] = (verdict[0], LIKELY)
    for index, verdict in enumerate(verdicts):
        if verdict is not None and verdict[1] == WEAK:
            verdicts[index] = None


def _mark_sandwiched(lines: list[_Line], verdicts: list[Verdict | None], last: int) -> None:
    """A short line with furniture right above and right below it, in one block, is furniture too
    ("Share on Bluesky" / "Get our morning briefing in your inbox" / "What is 6 + 2?"). Under the
    article's last line of prose the three may stand a blank line apart when the middle one is worded
    like a button, in sentence case (tests/dirty fr/15: a share bar, "Voir l’article sur le site de
    l’éditeur", a report button); a credit names someone ("Foto: Bruno Kelly/Reuters"), and above the
    prose a headline may stand between a path and a stamp."""
    for index in range(1, len(lines) - 1):
        above, below = verdicts[index - 1], verdicts[index + 1]
        line = lines[index]
        apart = index > last and not any(token[:1].isupper() for token in line.tokens[1:])
        if (
            verdicts[index] is None
            and above is not None
            and below is not None
            and _near(lines, index, index - 1, apart)
            and _near(lines, index, index + 1, apart)
            and len(line.body.split()) <= MAX_WEAK_WORDS
            and not ends_sentence(line.body)
        ):
            verdicts[index] = ("interface", LIKELY)


def _finish_boxes(text: str, lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """A box of page furniture (a newsletter form, a comment form, an author box) is one block of lines
    without a blank line between them; once a line of the block is surely furniture, its other lines
    are the box's too when they carry a sign of their own (an interface word, a word for the reader, an
    opening call: "Die wichtigsten Nachrichten … in Ihrem Postfach.", "Recevez chaque matin …"), when
    they stand between lines of the box (its blurb: "Markus Feld schreibt seit 2015 …"), or when they
    head a box of three lines or more as a short title ("Redazione Meteo Italia" over its blurb and
    "Tutti gli articoli"). A stamp or a clock is no box (a byline sits beside it), and bullets, numbered
    items, headings and the pieces of a wrapped sentence are left to the other passes."""
    start = 0
    while start < len(lines):
        end = start + 1
        while end < len(lines) and lines[end].number == lines[end - 1].number + 1:
            end += 1
        if end - start > 1:
            _finish_box(text, lines, verdicts, words, range(start, end))
        start = end


def _finish_box(text: str, lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon, block: range) -> None:
    anchor = next(
        (
            verdict[0]
            for verdict in map(verdicts.__getitem__, block)
            if verdict is not None and verdict[1] == SURE and verdict[0].rsplit("/", 1)[-1] in _BOX_GROUPS
        ),
        None,
    )
    if anchor is None:
        return
    eligible = {
        index
        for index in block
        if (verdicts[index] or ("", WEAK))[1] == WEAK and _may_join_box(text, lines, index, words.stopwords)
    }
    if not eligible:
        return

    def held(index: int) -> bool:
        return index in block and (verdicts[index] or ("", WEAK))[1] > WEAK

    # Interface words in the box's block are the box's ("Jetzt anmelden" under "E-Mail-Adresse").
    for index in eligible:
        if verdicts[index] is not None:
            verdicts[index] = (anchor, LIKELY)
    # Down from the box's lines a line joins by its sign, a sentence only under a form and short (a
    # page without blank lines glues the article's paragraphs to a share bar: "Partager cet article" /
    # "Le maire a déclaré que vous pourrez voter …"); up only a line that is no paragraph of prose.
    blurbs = anchor.rsplit("/", 1)[-1] in _FORM_GROUPS
    for index in block:
        body = lines[index].body
        if (
            index in eligible
            and held(index - 1)
            and (not is_prose(body) or (blurbs and len(lines[index].tokens) <= MAX_BLURB_WORDS))
            and _signals(lines[index], words)
        ):
            verdicts[index] = (anchor, LIKELY)
    for index in reversed(block):
        if index in eligible and held(index + 1) and not is_prose(lines[index].body) and _signals(lines[index], words):
            verdicts[index] = (anchor, LIKELY)
    # A short title on top of a box of three lines or more ("Redazione Meteo Italia" over its blurb and
    # "Tutti gli articoli") is tried as one of its lines, and kept only if the whole block then is.
    first = block.start
    titled = (
        len(block) >= MIN_TITLED_BOX
        and first in eligible
        and not held(first)
        and len(lines[first].tokens) <= MAX_BOX_TITLE_WORDS
        and not terminated(lines[first].body)
    )
    before = verdicts[first]
    if titled:
        verdicts[first] = (anchor, LIKELY)
    gap: list[int] = []
    for index in block:
        if not held(index):
            gap.append(index)
            continue
        if gap and held(gap[0] - 1) and len(gap) <= MAX_BOX_GAP and all(map(eligible.__contains__, gap)):
            for member in gap:
                verdicts[member] = (anchor, LIKELY)
        gap = []
    if titled and not all(map(held, block)):
        verdicts[first] = before


def _may_join_box(text: str, lines: list[_Line], index: int, stopwords: frozenset[str]) -> bool:
    """True for a line that may belong to a box: short, not a heading, a list item or a wrapped piece."""
    line = lines[index]
    head = text[line.start : line.end].lstrip()
    if head[:1] in _BULLETS or head.startswith("#") or _NUMBERED.compiled.match(head) or not line.body[:1].isupper():
        return False
    above = lines[index - 1].body if index > 0 else ""
    return len(line.tokens) <= MAX_BOX_LINE_WORDS and not (_breaks_off(above) and _last_word(above) in stopwords)


def _signals(line: _Line, words: Lexicon) -> bool:
    """True when a line speaks to the reader (a word for the reader, a polite "you", an opening call),
    or holds an interface word ("Zur Merkliste hinzufügen")."""
    keys = token_keys(line.tokens)
    return (
        any(map(words.reader.__contains__, keys))
        or any(token in words.polite for token in line.tokens[1:])
        or keys[0] in words.calls
        or any(map(words.is_label_word, line.tokens))
    )


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


def _body(line: str, table: bool) -> str | None:
    """The words of a line without Markdown markers and masked text; None for blank lines and rows of a
    `table`; the outer bars of a lone row dropped."""
    stripped = line.replace(MASK, " ").strip()
    if not stripped or (table and stripped.startswith("|")):
        return None
    stripped = stripped.strip("| ")
    body = _MARKDOWN_PREFIX.compiled.sub("", stripped).strip()
    return body if TOKEN.search(body) else None


def _mark_menus(lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """Runs of consecutive short section names ("1. Home", "2. Politics", "- Sport") are a menu."""
    places = words.sections | words.home
    run: list[int] = []
    for index, line in enumerate(lines):
        item = _NUMBERED.compiled.sub("", line.body)
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


def _mark_teasers(text: str, lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """Headlines listed right under a bare teaser heading ("Related stories:") are teasers too, and
    short tags listed one a line under a bare tags heading ("Tópicos" / "Habitação" / "Lisboa").

    A page printed with a blank line after each block keeps its teasers apart from their heading ("Les
    plus lus" / "" / "1. Genève : le tram 12 interrompu…" / "" / "2. Météo : …"): a headline one blank
    line below the heading or the teaser above is a teaser too, unless it is a heading of the article."""
    for index, verdict in enumerate(verdicts):
        # Most lines are prose (no verdict): they are never keyed.
        if verdict is None:
            continue
        body = lines[index].body
        # A heading narrowed to a section ("Mais lidas em Saúde") lists its section's teasers the same.
        if not (
            key(body) in words.phrases
            or body.rstrip().endswith(":")
            or scoped_phrase(token_keys(lines[index].tokens), words)
        ):
            continue
        if verdict[0].endswith("/related"):
            listed = _is_headline
        elif verdict[0].endswith("/feed"):
            listed = _is_tag
        else:
            continue
        following = index + 1
        while (
            following < len(lines)
            and verdicts[following] in (None, ("interface", WEAK))
            and _follows(text, lines[following - 1], lines[following], listed is _is_headline)
            and listed(lines[following])
        ):
            verdicts[following] = (verdict[0], SURE)
            following += 1


def _mark_led_teasers(text: str, lines: list[_Line], verdicts: list[Verdict | None], words: Lexicon) -> None:
    """A short heading that opens with a teaser lead and names where the teasers come from ("More from
    this source", "Trending on NewsHub", "À lire aussi sur d'autres sites"), over two headlines or more:
    the heading and its headlines. A heading of the article with such words has paragraphs under it,
    not a list of headlines."""
    for index, line in enumerate(lines):
        # Whatever the heading alone was taken for ("More from …" opens an author's box too), the list
        # under it says what it is.
        kind = _teaser_lead(line, words)
        if kind is None or _is_heading(text, line):
            continue
        following = index + 1
        while (
            following < len(lines)
            and verdicts[following] in (None, ("interface", WEAK))
            and _follows(text, lines[following - 1], lines[following], True)
            and _is_headline(lines[following])
            and len(lines[following].tokens) >= MIN_TEASER_WORDS
            and next((token for token in lines[following].tokens if token[:1].isalpha()), "")[:1].isupper()
        ):
            following += 1
        if following - index - 1 >= MIN_TEASERS:
            for teaser in range(index, following):
                verdicts[teaser] = (kind, SURE)


def _teaser_lead(line: _Line, words: Lexicon) -> str | None:
    """The kind of a short heading that opens with a related-teasers lead, or None."""
    if len(line.tokens) > MAX_TEASER_HEADING_WORDS or ends_sentence(line.body) or line.body.rstrip().endswith(":"):
        return None
    keys = token_keys(line.tokens)
    for count in range(min(len(keys), MAX_LEAD_WORDS), 0, -1):
        kind = words.leads.get(" ".join(keys[:count]))
        if kind is not None:
            # What follows the lead says where the teasers come from ("on NewsHub", "from this source",
            # "sur d'autres sites"): it opens with a small word, where a heading goes on ("Trending upward").
            scoped = count == len(keys) or keys[count] in words.stopwords
            return kind if kind.endswith("/related") and scoped else None
    return None


def _follows(text: str, above: _Line, line: _Line, spaced: bool) -> bool:
    """True when `line` comes right under `above`, or (when `spaced`) one blank line below it and is no
    Markdown heading (the article's next section)."""
    gap = line.number - above.number
    return gap == 1 or (spaced and gap == 2 and not _is_heading(text, line))


def _mark_addressed_teasers(
    text: str, lines: list[_Line], verdicts: list[Verdict | None], reader: frozenset[str]
) -> None:
    """A short heading that speaks to the reader with headlines listed right under it is a teaser block
    in any wording ("L'actu près de chez vous" / "Villeurbanne : un incendie …" / "Vénissieux : …").
    A bulleted list under such a heading ("Your rights at a glance" / "- Refund within 14 days") is
    the article's."""
    for index, line in enumerate(lines):
        tokens = line.tokens
        if (
            len(tokens) > MAX_TEASER_HEADING_WORDS
            or ends_sentence(line.body)
            or not any(token_key(token) in reader for token in tokens)
        ):
            continue
        following = index + 1
        while (
            following < len(lines)
            and verdicts[following] is None
            and lines[following - 1].number + 1 == lines[following].number
            and _is_headline(lines[following])
            and lines[following].body[:1].isupper()
            and text[lines[following].start : lines[following].end].lstrip()[:1] not in _BULLETS
        ):
            following += 1
        if following - index > MIN_TEASERS:
            for teaser in range(index, following):
                verdicts[teaser] = verdicts[teaser] or ("related", LIKELY)


def _mark_arrowed(lines: list[_Line], verdicts: list[Verdict | None]) -> None:
    """Headlines led by an arrow ("→ Sécheresse : les préfets restreignent l'irrigation", "▸ Qué hacer si
    te cortan el agua") are teasers: two in a row are, one alone only beside other furniture (weak). An
    article's own list is bulleted or numbered, and a quotation opened by a guillemet closes it."""
    # The arrow is the line's first mark: `body` keeps it (a bullet is stripped as Markdown).
    arrowed = [
        line.body[:1] in _TEASER_ARROWS
        and line.body[1:].lstrip()[:1].isupper()
        and _is_headline(line)
        and not has_quotes(line.body)
        for line in lines
    ]
    for index, line in enumerate(lines):
        if not arrowed[index] or (verdicts[index] is not None and verdicts[index][1] > WEAK):  # type: ignore[index]
            continue
        run = any(
            0 <= other < len(lines) and arrowed[other] and abs(lines[other].number - line.number) == 1
            for other in (index - 1, index + 1)
        )
        verdicts[index] = ("related", LIKELY if run else WEAK)


def _is_tag(line: _Line) -> bool:
    return len(line.tokens) <= MAX_TAG_WORDS and not ends_sentence(line.body)


def _is_headline(line: _Line) -> bool:
    """True for a line shaped like a headline: short, without a sentence's end at its end or inside it
    (a paragraph may close on an agency's name: "… en el verano de 2017. EFE")."""
    return len(line.tokens) <= 16 and not ends_sentence(line.body) and not _INNER_STOP.compiled.search(line.body)


def _placeholders(text: str, start: int, end: int) -> list[FurnitureLine]:
    """Template placeholders: the whole line when little else stands on it, else each one (reported only)."""
    line = text[start:end]
    if not any(map(line.__contains__, _PLACEHOLDER_MARKS)):
        return []
    found = list(_PLACEHOLDER.compiled.finditer(line))
    if not found:
        return []
    rest = _PLACEHOLDER.compiled.sub(" ", line)
    if len(TOKEN.findall(rest)) <= 5 and not ends_sentence(rest.strip()):
        return [FurnitureLine(start, end, "placeholder", True)]
    return [FurnitureLine(start + match.start(), start + match.end(), "placeholder", False, True) for match in found]
