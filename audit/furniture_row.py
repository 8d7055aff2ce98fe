"""Rows of a page that are furniture by their build, whatever their words: lists of links, hashtags,
and the metadata row a CMS prints over or under a story.

Writers of new pages keep inventing the words ("EXCLUSIVA · Sociedad", "Reportage · Asien · Lesezeit
7 Minuten", "[NEWS] | [Ausland] | [Asien]"), never the build, so these are judged by their build:
- a row of links with nothing but separators between them is a menu, a breadcrumb, a tag cloud or a
  list of teasers (an article's sentence has words between its links);
- a row of hashtags is a tag cloud (a campaign's one tag is a line of its own);
- a row of reaction counts: two labels or more, each a reaction or a count of the page (`ui.reactions`,
  `ui.counters`) with its figure ("Like 24 · Sad 3 · Angry 1", "Recommended 214 Not recommended 9");
  a row of results names parties or teams, which no list holds ("CDU 31 · SPD 24"); the same counts
  shown as the buttons' emoji ("👍 128 👎 9", "❤️ 54 💬 12 🔁 3"), alone or after the question that asks
  for them ("Was this useful?"): a medal table's emoji are not a reaction's;
- a row cut by bars or middle dots whose pieces are only short labels, dates, credits and page
  counts, one at least a count, a clock or a duration ("Environment | 4 min read", "Cronaca | 14
  novembre 2026 | Lettura 3 min"). Lines of a table or a results box have figures without a page's
  count; an event's listing inside the article is left alone by audit/furniture.py (`EDGE_KINDS`).
"""

from __future__ import annotations

from collections.abc import Callable

from audit.furniture_notice import MAX_PARTICLE_LETTERS
from audit.furniture_print import BAR_ITEMS
from audit.furniture_stamp import CLOCK, YEAR, dated
from audit.prose import LazyPattern
from audit.ui_lexicon import TOKEN, Lexicon, token_key, token_keys

# A row of Markdown links, targets masked, with separators only between them ("[NEWS] | [Ausland]").
_LINK_ROW = LazyPattern(r"(?:\[(?P<item>[^\[\]\n]{1,120})\]\s*(?:[|·•›»>/–—-]\s*)?){2,}")
_LINK_ITEM = LazyPattern(r"\[([^\[\]\n]{1,120})\]")
# The longest item of such a row, in words (a teaser's headline).
MAX_LINK_ITEM_WORDS = 16
# A row of links this long is sure alone; two links may be a pair the article cites.
MIN_SURE_LINKS = 3
# A row of hashtags ("#Índia #Darjeeling #Trem"); a Markdown heading has a space after its marks.
_HASHTAG_ROW = LazyPattern(r"#[\p{L}\p{N}_][\p{L}\p{M}\p{N}_-]*(?:[\s,·|]+#[\p{L}\p{N}_][\p{L}\p{M}\p{N}_-]*)+")
# The longest label of a metadata row, in words ("Grand format", "Redazione Esteri").
MAX_LABEL_WORDS = 3
# The longest duration or count in such a row, in words ("Tempo di lettura: 3 minuti").
MAX_COUNT_WORDS = 5
# The most words of a duration that are not date or time words ("Tempo", "lettura").
MAX_UNLISTED_WORDS = 2
_SENTENCE_MARKS = frozenset(".!?;")
# A reaction's or a button's label, its icon before it or not ("👍 Gefällt mir", "↗ Teilen").
_ICON_LABEL = r"\s*(?:[\p{So}\p{Sk}]\uFE0F?\s*)?(?P<label>[^\W\d_][^\d|·•/]{0,30}?)"
# One reaction and its count, with what separates it from the next ("Like 24 · ", "Not recommended 9").
_REACTION = LazyPattern(rf"{_ICON_LABEL}\s*[:(]?\s*(?P<count>\d[\d.,]*[kKmM]?)\)?\s*[|·•/]?")
# A button without a count closing such a row ("↗ Teilen").
_LAST_BUTTON = LazyPattern(rf"{_ICON_LABEL}\s*")
# The longest label of a reaction, in words ("Not recommended").
MAX_REACTION_WORDS = 2
MIN_REACTIONS = 2


def link_row(body: str) -> int:
    """How many links a row of links holds (0 when the line is not one).

    >>> link_row("[Home]   | [World]   | [Asia]  "), link_row("[Report]  and [Annex]  ")
    (3, 0)
    """
    if body[:1] != "[" or _LINK_ROW.compiled.fullmatch(body.rstrip()) is None:
        return 0
    items = _LINK_ITEM.compiled.findall(body)
    if any(len(TOKEN.findall(item)) > MAX_LINK_ITEM_WORDS or item.rstrip().endswith(".") for item in items):
        return 0
    return len(items)


def hashtag_row(body: str) -> bool:
    """True for a row of hashtags.

    >>> hashtag_row("#Brasil #Economia #Inflação"), hashtag_row("#SaveTheFerry")
    (True, False)
    """
    return body[:1] == "#" and _HASHTAG_ROW.compiled.fullmatch(body.rstrip()) is not None


def meta_row(body: str, words: Lexicon, furniture: Callable[[str], bool]) -> bool:
    """True for a row of page metadata: pieces between bars or middle dots, each a short label, a date,
    a credit, a duration or count, or furniture (`furniture` judges a piece), one at least a duration,
    a count, a clock or furniture ("Meinung · Europa · Lesezeit 6 Minuten", "26.11.2026 - 14:37 |
    Güncelleme: 26.11.2026 - 15:02"). A row that opens with a byline ("By …", "Posted by …") keeps it:
    audit/furniture_piece.py reports only the stamp or the counts after it."""
    pieces = [piece.strip() for piece in BAR_ITEMS.compiled.split(body)]
    if len(pieces) < 2:
        return False
    # "By Jane Doe", "Publicado por Redacción": the byline stays, its counts and stamps go piece by piece;
    # a poster's signed stamp is the page's ("Gepostet von redaktion am 15. Juni 2025 um 08:17 Uhr").
    if any(token_key(token) in words.by for token in TOKEN.findall(pieces[0])[:2]) and not furniture(pieces[0]):
        return False
    paged = False
    for index, piece in enumerate(pieces):
        tokens = TOKEN.findall(piece)
        if not tokens:
            if _PICTOGRAPHS.compiled.fullmatch(piece):
                continue  # an icon of its own ("3h · 🌐": the post's audience)
            return False
        if (
            _timed(piece, tokens, words)
            or _POST_AGE.compiled.fullmatch(piece)
            or furniture(piece)
            or _POSITION.compiled.fullmatch(piece)
            or _REFERENCE.compiled.fullmatch(piece)
            or (len(tokens) <= MAX_DOWNLOAD_WORDS and _FILE_SIZE.compiled.search(piece))
        ):
            paged = True
        elif not (
            _label(piece, tokens)
            or all(_label(part, TOKEN.findall(part)) for part in _SPACED_DASH.compiled.split(piece))
            or (len(tokens) <= MAX_COUNT_PIECE_WORDS and _COUNTED.compiled.fullmatch(piece))
            or _NUMBERED.compiled.fullmatch(piece)
            or _SCORE.compiled.fullmatch(piece)
            or _dated(piece, tokens, words)
            or _credit(piece)
            or _clocked_day(piece, tokens, words)
            or (not index and _HANDLE.compiled.fullmatch(piece))
        ):
            return False
    return paged


# A post's age as a social network prints it ("3h", "12 min", "2d", "5 Std."): one figure, one unit.
_POST_AGE = LazyPattern(r"\d{1,2}\s?(?:h|min|m|d|w|j|std|g|t)\.?")
# Pictographs alone, a row's icon between its pieces.
_PICTOGRAPHS = LazyPattern(r"[\p{So}\p{Sk}\ufe0f\u200d]+")
# A site's name and its section, a label on each side of a spaced dash ("Aden Tomorrow — Local news").
_SPACED_DASH = LazyPattern(r"\s[—–-]\s")
# A count that opens on its figure, perhaps out of a total ("612 palabras", "1 of 38 items", "3,412 people
# are following this page"), and its most words: beside the row's other furniture, the page's counter.
_COUNTED = LazyPattern(r"\d[\d.,]*\s?[kKM]?(?:\s\p{Ll}{2,4}\s\d[\d.,]*)?\s\p{L}[^.!?;:\n]*")
MAX_COUNT_PIECE_WORDS = 7
# A numbered item of a series: a capitalised word and its number ("Épisode 112", "Folge 12", "Issue No. 42").
_NUMBERED = LazyPattern(r"\p{Lu}\p{Ll}{1,14}\.?\s(?:[Nn][°ºo]\.?\s?)?\d{1,5}")
# A match's score between two sides, after its competition or round perhaps and with its state in
# brackets ("Petrosyan 1-0 Ivanchenko", "Ronda 9: Aydın ½-½ Nowakowski", "Rugby Championship :
# Afrique du Sud 31 – 17 Argentine (terminé)"): a ticker's item.
_SCORE = LazyPattern(
    r"(?:[^:\n]{1,30}\s?:\s)?\p{Lu}[^\d:\n]{0,40}?\s(?:\d{1,3}|½)\s?[-–:]\s?(?:\d{1,3}|½)\s\p{Lu}[^\d\n]{0,40}?"
    r"(?:\s\([^()\n]{1,20}\))?"
)
# A content management system's reference for the item, after its label: a code of capitals and
# figures cut by hyphens or slashes ("Content ID: CN-EDU-2025-0620-0342", "Réf. CP-2025-0117").
_REFERENCE = LazyPattern(
    r"\p{Lu}[\p{L}]{1,11}\.?(?: \p{L}{2,10})?\s?[:.]?\s?(?=[\p{Lu}\d/-]*\d)[\p{Lu}\d]+(?:[/-][\p{Lu}\d]+){2,}"
)
# A download's format and size ("(PDF, 240 Ko)", "(ZIP, 48 MB)"), and the most words of its link.
_FILE_SIZE = LazyPattern(
    r"\((?:PDF|ZIP|DOCX?|XLSX?|PPTX?|JPE?G|PNG|MP[34]|EPUB|CSV)\b[^()\n]{0,12}?\d+(?:[.,]\d+)?\s?(?:[kKMG]i?[Bbo]|[KMG]o)\)"
)
MAX_DOWNLOAD_WORDS = 10
# An item's place in a feed or a gallery ("Item 4 of 31", "Dépêche 4 sur 31", "Bild 2/9").
_POSITION = LazyPattern(r"\p{Lu}\p{Ll}{1,14}\s\d{1,4}\s?(?:/|\p{Ll}{2,3})\s?\d{1,4}")
# A commenter's or poster's handle opening a row ("marsh_harrier · 3 hours ago", "kiezkind · vor 2 Std."):
# one word in lower case, or with an underscore or a digit.
_HANDLE = LazyPattern(r"(?=[^\s]{3,30}$)(?:\p{Ll}[\p{Ll}\d_.-]*|[\w.-]*[_\d][\w.-]*)")


def _label(piece: str, tokens: list[str]) -> bool:
    """A section's or a format's name ("Reportage", "Grand format", "EXCLUSIVA")."""
    return (
        len(tokens) <= MAX_LABEL_WORDS
        and tokens[0][:1].isupper()
        and not any(character.isdigit() for character in piece)
        and _SENTENCE_MARKS.isdisjoint(piece)
    )


# A label and the name it credits ("Source: County Agriculture and Rural Affairs Bureau", "Quelle: dpa").
_CREDIT = LazyPattern(r"\p{Lu}\p{Ll}{1,15}(?: \p{Ll}{2,15})?\s?:\s*(?P<name>\p{Lu}[^:|·•]*)")
MAX_CREDITED_WORDS = 8


def _credit(piece: str) -> bool:
    """A label and a name of capitalised words and short particles ("Source: Rural Affairs Bureau")."""
    match = _CREDIT.compiled.fullmatch(piece)
    name = TOKEN.findall(match.group("name")) if match is not None else []
    return 0 < len(name) <= MAX_CREDITED_WORDS and all(
        token[:1].isupper() or len(token) <= MAX_PARTICLE_LETTERS for token in name
    )


def _clocked_day(piece: str, tokens: list[str], words: Lexicon) -> bool:
    """A day and a clock without a year ("14 marzo, ore 11:05"): an event's time alone, the story's
    stamp in a row whose other pieces are the page's (a reading time), which `meta_row` requires."""
    return CLOCK.compiled.search(piece) is not None and any(key in words.calendar for key in token_keys(tokens))


def _dated(piece: str, tokens: list[str], words: Lexicon) -> bool:
    """A date with its year ("14 novembre 2026", "MIÉRCOLES, 25 DE NOVIEMBRE DE 2026")."""
    return YEAR.compiled.search(piece) is not None and dated(token_keys(tokens), words)


def _timed(piece: str, tokens: list[str], words: Lexicon) -> bool:
    """A date with a clock ("26.11.2026 - 14:37"), a duration or a time ago ("Lesezeit 7 Minuten", "hace
    3 horas"): a figure and a date or time word, few other words. A clock without a year is an event's
    ("Freitag 20:00"), a date without a clock says when the story was written."""
    if CLOCK.compiled.search(piece) is not None:
        return YEAR.compiled.search(piece) is not None
    if len(tokens) > MAX_COUNT_WORDS or YEAR.compiled.search(piece) or not any(map(str.isdigit, tokens)):
        return False
    keys = [key for key in token_keys(tokens) if not key.isdigit()]
    listed = [key in words.calendar for key in keys]
    return any(listed) and listed.count(False) <= MAX_UNLISTED_WORDS


def reaction_row(body: str, words: Lexicon) -> bool:
    """True for a row of reaction counts (see the module's docstring).

    >>> from audit.ui_lexicon import lexicon
    >>> reaction_row("Like 24 · Sad 3 · Angry 1", lexicon()), reaction_row("Recommended 2 Not recommended 9", lexicon())
    (True, True)
    >>> reaction_row("CDU 31 · SPD 24 · Grüne 15", lexicon()), reaction_row("Like 24", lexicon())
    (False, False)
    >>> reaction_row("👍 Gefällt mir 204   💬 Kommentare 61   ↗ Teilen", lexicon())
    True
    """
    position = count = 0
    while position < len(body):
        match = _REACTION.compiled.match(body, position)
        if match is None or match.end() == position:
            return count >= MIN_REACTIONS and _closing_button(body[position:], words)
        label = token_keys(TOKEN.findall(match.group("label")))
        joined = " ".join(label)
        if not 0 < len(label) <= MAX_REACTION_WORDS or (joined not in words.reactions and joined not in words.counters):
            return False
        count += 1
        position = match.end()
    return count >= MIN_REACTIONS


def _closing_button(rest: str, words: Lexicon) -> bool:
    """True when what closes a row of reactions is one button of the interface ("↗ Teilen", "Share")."""
    match = _LAST_BUTTON.compiled.fullmatch(rest)
    tokens = TOKEN.findall(match.group("label")) if match is not None else []
    return 0 < len(tokens) <= MAX_REACTION_WORDS and all(map(words.is_interface_word, tokens))


# A reaction's emoji and its count, perhaps with a scale word ("👍 128", "❤️ 54", "👍 1,2 mil"): like,
# dislike, love, laugh, surprise, sorrow, anger, applause, comments and reposts; a medal's or a flag's
# emoji count no reaction.
_EMOJI_REACTION = r"[👍👎❤♥💔😂😆😮😯😢😭😡😠👏🙏💬🔁🔃]\uFE0F?\s*\d[\d.,]*(?:[kKM]|\s?(?:mil|mila|Tsd\.|Mio\.))?"
_EMOJI_REACTIONS = LazyPattern(rf"(?P<head>.*?)\s*(?:{_EMOJI_REACTION}\s*[|·•]?\s*){{2,}}")
# The longest question before such a row, in words ("Was this live useful?").
MAX_REACTION_QUESTION_WORDS = 8


# A blog's archive by month, each with its count of posts ("Archives : mars 2025 (4) · février 2025 (6)").
_ARCHIVE_MONTH = LazyPattern(r"(?P<month>[^\W\d_]{3,12})\.?\s+(?:19|20)\d{2}\s*\(\d{1,4}\)\s*[·|•,/]?\s*")
_ARCHIVE_LEAD = LazyPattern(r"\s*[^\W\d_]{2,20}\s*:\s*")
MIN_ARCHIVE_MONTHS = 2


def archive_row(body: str, words: Lexicon) -> bool:
    """True for a blog's archive of months and their counts of posts, after a label or not.

    >>> from audit.ui_lexicon import lexicon
    >>> archive_row("Archives : mars 2025 (4) · février 2025 (6) · janvier 2025 (5)", lexicon())
    True
    >>> archive_row("Ventes : Renault 2024 (4) · Peugeot 2025 (6)", lexicon())
    False
    """
    lead = _ARCHIVE_LEAD.compiled.match(body)
    position, months = (lead.end() if lead is not None else 0), 0
    while position < len(body):
        match = _ARCHIVE_MONTH.compiled.match(body, position)
        if match is None or token_key(match.group("month")) not in words.calendar:
            return False
        months, position = months + 1, match.end()
    return months >= MIN_ARCHIVE_MONTHS


# A weather widget's row: places and their temperatures, an icon before each or not ("☀ Amman 22° | ⛅
# Irbid 19°"), and a link to the full forecast after a dash or not.
_WEATHER_ITEM = (
    r"(?:[\p{So}\p{Sk}]\uFE0F?\s*)?\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2} -?\d{1,2}\s?°[CF]?"
)
_WEATHER_ROW = LazyPattern(rf"{_WEATHER_ITEM}(?:\s*[|·•,/]\s*{_WEATHER_ITEM})+(?:\s+[—–-]\s+[^\n]{{2,40}})?")


def weather_row(body: str) -> bool:
    """True for a weather widget's row of places and temperatures.

    >>> weather_row("☀ Amman 22° | ⛅ Irbid 19° | 🌫 Mar Morto 33° — Previsioni complete")
    True
    >>> weather_row("Temperatures reached 44° in Basra and 46° in Amarah on Monday.")
    False
    """
    return _WEATHER_ROW.compiled.fullmatch(body.strip(" *_")) is not None


# A reader's comment closed by its buttons: a reply control and the votes it drew ("… — Répondre | 👍 9
# 👎 31", "… · Reply · 👍 12").
_COMMENT_FOOTER = LazyPattern(
    r"[—–|·•-]\s*(?P<control>[^\W\d_][^\W\d_ ]{1,20}(?: [^\W\d_]{1,12})?)\s*[|·•]?\s*"
    rf"(?:{_EMOJI_REACTION}\s*[|·•]?\s*)+$"
)


# A reader's comment opened by its poster, a dash, a bar or a dot and when it was posted, then a colon
# ("Rahul_K — il y a 2 h : Enfin …", "Élodie M. — 1 hour ago: …", "Sipho_M · il y a 2 heures : …").
_COMMENT_HEAD = LazyPattern(
    r"(?P<poster>[^\W\d][\w.'’-]*(?: [\p{Lu}][\w.'’-]*){0,2})\s[—–|·•-]\s(?P<when>[^:\n]{3,30}?)\s?:\s+\S"
)
# A comment thread's "… says:" head: the poster, one word in lower case and a colon, the date and time of
# the post, then a dash and the comment ("Karl-Heinz W. sagt: 15. Juni 2025 um 10:02 Uhr — Danke …").
_SAYS_HEAD = LazyPattern(
    r"(?P<poster>[^\W\d][\w.'’-]*(?: [\p{Lu}][\w.'’-]*){0,2}) \p{Ll}{2,12}\s?:\s(?P<when>[^—–\n]{6,40}?)\s[—–-]\s+\S"
)


def comment_head(body: str, words: Lexicon) -> bool:
    """True for a reader's comment that opens on its poster and how long ago it was posted, or on its
    poster's "says:" and the date and time of the post: an article's sentence puts no time ago between
    a name and a colon, nor a clocked date between a colon and a dash.

    >>> from audit.ui_lexicon import lexicon
    >>> comment_head("Rahul_K — il y a 2 h : Enfin une décision juste !!", lexicon())
    True
    >>> comment_head("Amina Diallo — la ministre : « Nous tiendrons parole. »", lexicon())
    False
    >>> comment_head("Karl-Heinz W. sagt: 15. Juni 2025 um 10:02 Uhr — Danke für die Übersetzung.", lexicon())
    True
    >>> comment_head("Die Ministerin sagte: 2025 werde das Jahr der Reform — zumindest im Bund.", lexicon())
    False
    """
    said = _SAYS_HEAD.compiled.match(body)
    if said is not None:
        when = said.group("when")
        return CLOCK.compiled.search(when) is not None and YEAR.compiled.search(when) is not None
    match = _COMMENT_HEAD.compiled.match(body)
    if match is None:
        return False
    # Read as a time ago, not by `_timed`: "il y a 2 h" holds a figure and an hour's letter, no clock.
    tokens = TOKEN.findall(match.group("when"))
    keys = [key for key in token_keys(tokens) if not key.isdigit()]
    return len(keys) < len(tokens) <= MAX_COUNT_WORDS and all(key in words.calendar for key in keys)


def comment_footer(body: str, words: Lexicon) -> bool:
    """True for a reader's comment that ends with its reply button and the votes it drew: an article's
    sentence names no button between a dash and the buttons' counts.

    >>> from audit.ui_lexicon import lexicon
    >>> comment_footer("**Realist_KE** : Ils pleurent après… — Répondre | 👍 9 👎 31", lexicon())
    True
    >>> comment_footer("The post drew 👍 128 and 👎 9.", lexicon()), comment_footer("Kenya — Nairobi 👍 9", lexicon())
    (False, False)
    """
    match = _COMMENT_FOOTER.compiled.search(body)
    return match is not None and all(map(words.is_interface_word, TOKEN.findall(match.group("control"))))


def emoji_reactions(body: str) -> bool:
    """True for a row of reaction emoji with their counts, alone or after a short question.

    >>> emoji_reactions("Hat Ihnen der Ticker geholfen? 👍 12 👎 3"), emoji_reactions("❤️ 54 💬 12 🔁 3")
    (True, True)
    >>> emoji_reactions("Mongolia 🥇 4 🥈 2 🥉 1"), emoji_reactions("The post drew 👍 128 and 👎 9.")
    (False, False)
    """
    match = _EMOJI_REACTIONS.compiled.fullmatch(body.strip(" *_>"))
    if match is None:
        return False
    head = match.group("head").strip(" *_")
    return not head or (head.endswith(("?", "¿", ":")) and len(TOKEN.findall(head)) <= MAX_REACTION_QUESTION_WORDS)
