"""Lines a page prints around an article that say what the page is, not what the story says.

- a widget: a run of short items between separators ("|", "·", "•"), each a place or a symbol and a
  figure with a unit or a sign ("Le Caire 27° ☀ | Alexandrie 24° ⛅", "DAX 15.807,50 +0,4 % |
  EUR/USD 1,0781 | Brent 88,55 $"), with hardly a lower-case word: a weather or market bar;
- a running head of a print edition: an upper-case or title-case title, a page number after the
  word for a printed page (`ui.folio`: "PAGE 12", "Seite 3") or glued to a section in capitals
  ("14 WIRTSCHAFT", "INTERNACIONAL 23"), and a date, between bars, dots, dashes or wide gaps ("CHINA
  MARKETS WEEKLY | PAGE 12 | MARCH 8–14, 2024"), in any order: a bare page number, a section, the
  paper's name, a date, the page out of the edition's pages ("Seite 8/24") and the notice of its rights
  ("Reproduction interdite") are its items ("22 | SPORT | Donnerstag, 12. März 2026"); or a masthead: a
  title, the issue's number after the word for an issue (`ui.issue`: "Nr. 61", "Issue 212", "n.º 87")
  or its edition ("English Edition") and a date;
- a folio alone: a page number between dashes ("- 6 -") or a section in capitals and a page number
  ("WIRTSCHAFT 15", "12 ÉCONOMIE"), which the page break of a printed page leaves inside the text;
- a staff line: a label for the page's staff (`ui.staff`: "Editor in charge", "V.i.S.d.P.") then a
  colon and a name ("Editor in charge: Zhang Lei"); bylines and photo credits use other labels;
- a credit with a button ("Quelle: Ukrinform | Original anzeigen"): see `credit`;
- a browser's print header: the day and the time the page was printed, then its title, and the
  site's name after a bar or a dash ("12/03/2024 10:15 Fusion bancaire à Bahreïn | Le Courrier du
  Golfe"): see `print_header`.
A widget, a staff line, a metadata row and a kicker of sections ("ÉCONOMIE – RÉGIONS") say so only at
the edge of the article (before its first or after its last line of prose) or beside other furniture
(audit/furniture.py, `EDGE_KINDS`): a line of election results between two paragraphs ("CDU 31 % |
SPD 24 % | Grüne 15 %") is the article's, and so is a subhead naming two regions.
"""

from __future__ import annotations

from audit.furniture_stamp import dated
from audit.prose import LazyPattern
from audit.ui_lexicon import TOKEN, Lexicon, key, token_keys

# The kinds that are furniture only at the edge of the article or beside other furniture.
EDGE_KINDS = frozenset({"widget", "staff", "meta", "kicker", "imprint"})
# Items of a widget, a running head or a banner: between spaced bars, middle dots or bullets.
BAR_ITEMS = LazyPattern(r"\s+[|·•]\s+")
# A figure of a widget: a number, with thousands and decimals ("15.807,50", "1,0781", "27").
_FIGURE = LazyPattern(r"[+\-−–]?\d+(?:[.,\u00a0\u202f]\d+)*")
# What makes a figure a reading: a unit or a currency next to it, or a sign before it.
# (A currency may be written with letters before its sign: "R$ 5,10", "US$ 1", "S/ 3,36".)
_READING = LazyPattern(r"\d\s?(?:°|%|[$€£¥₽₺₹])|(?:\b\p{Lu}{1,2}[$/]|[$€£¥₽₺₹])\s?\d|[+\-−]\d|[▲▼△▽↑↓]")
# The longest item of a widget, in characters ("EUR/USD 1,0781", "Rio de Janeiro 31° ☀").
MAX_WIDGET_ITEM = 40
# The longest lower-case word a widget item may hold (a unit: "km", "mm", "kt").
MAX_UNIT_LETTERS = 3
# Items of a running head: between bars, dots, spaced dashes or the wide gaps of a printed line
# ("THE NILE COURIER — PAGE 6 — CITIES", "THE HARBOUR TIMES    Page 3    Friday, 7 March 2025").
_RUNNING_ITEMS = LazyPattern(r"\s+[|·•—–]\s+|\s{3,}")
# A wide gap between the items of a printed line.
WIDE_GAP = "   "
# A page number glued to a section in capitals, before or after it ("14 WIRTSCHAFT", "INTERNACIONAL 23").
_GLUED_FOLIO = LazyPattern(r"\d{1,3}\s+(?P<name>\p{Lu}[\p{Lu}\s&-]*)|(?P<name2>\p{Lu}[\p{Lu}\s&-]*?)\s+\d{1,3}")
# A page number alone between dashes ("- 6 -", "— 12 —"); the first dash may be gone, read as a
# Markdown bullet.
_DASHED_FOLIO = LazyPattern(r"(?:[-–—]\s*)?\d{1,3}\s*[-–—]")
# The most words before an issue's number ("Boletín n.º 87": "Boletín", "n", "º").
MAX_ISSUE_WORDS = 3
# The longest section a folio names, in words ("POLITIQUE INTERNATIONALE", "FORMEL 1" is two).
MAX_FOLIO_SECTION_WORDS = 3
# The shortest word for an edition ("issue", "Ausgabe"), longer than the marks before a number ("Nr.").
MIN_EDITION_LETTERS = 5
# The longest small word inside a title ("del", "von").
MAX_SMALL_LETTERS = 3
# The longest title of a running head, in words.
MAX_TITLE_WORDS = 6
# The longest tagline of a magazine's masthead row, in words ("Revista de la comunidad hispanohablante en
# Austria"): what the title is, said beside its issue number and its month.
MAX_TAGLINE_WORDS = 10
# A page number printed bare at the outer end of a running head ("12 | TÜRKİYE TODAY").
_PAGE_NUMBER = LazyPattern(r"\d{1,3}")
# The longest name after a staff label, in words.
MAX_STAFF_NAME_WORDS = 4
# A site named by its domain in a credit ("Quelle: maghreb-aktuell.example").
DOMAIN = LazyPattern(r"[\w-]+(?:\.[\w-]+)+")
# A site's address as a page prints it, perhaps with a path ("www.norte.gal", "weserbote.de/epaper"); its
# last label has letters, so a date ("19.03.2026") is none.
_SITE = LazyPattern(r"(?:https?://)?(?:[\w-]+\.)+\p{L}{2,}(?:/[\w./-]*)?")
_LABEL = LazyPattern(r"(?P<label>[^:：\n]{2,40}?)\s*[:：]\s*(?P<name>\S.*)")
# The day and the time a browser prints a page at, in figures, before the page's title.
_PRINTED_AT = LazyPattern(
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}),?\s+(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\s+(?P<title>\p{Lu}.*)"
)
# The site's name a browser prints after the page's title, after a bar or a spaced dash.
_SITE_AFTER_TITLE = LazyPattern(r"\s(?:\||[-–—])\s+(?P<site>\p{Lu}[^|–—]*)$")
# The longest title of a printed page, and the longest site name after it, in words.
MAX_PRINTED_TITLE_WORDS = 24
MAX_SITE_WORDS = 5


def is_widget(body: str, words: Lexicon) -> bool:
    """True for a weather or market bar: two items or more, each a name and a figure, most with a unit;
    a currency board's words may stand between them (`ui.rates`: "Dólar: compra S/ 3,36 · venta S/ 3,39").

    >>> from audit.ui_lexicon import lexicon
    >>> is_widget("Lisboa 17° ☁ | Porto 15° 🌧 | Faro 20° ☀", lexicon())
    True
    >>> is_widget("Prices rose 4 % in May | wages 2 %", lexicon())
    False
    """
    items = BAR_ITEMS.compiled.split(body)
    if len(items) < 2:
        return False
    readings = 0
    for item in items:
        if len(item) > MAX_WIDGET_ITEM or not _FIGURE.compiled.search(item):
            return False
        names = [token for token in TOKEN.findall(item) if not token[:1].isdigit()]
        if not names or any(
            token[:1].islower()
            and len(token) > MAX_UNIT_LETTERS
            and token not in words.stopwords
            and token not in words.rates
            for token in names
        ):
            return False
        readings += _READING.compiled.search(item) is not None
    return 2 * readings >= len(items)


def is_running_head(body: str, words: Lexicon) -> bool:
    """True for the running head of a printed page: a page number, and a title or a date beside it.

    >>> from audit.ui_lexicon import lexicon
    >>> is_running_head("CHINA MARKETS WEEKLY | PAGE 12 | MARCH 8–14, 2024", lexicon())
    True
    >>> is_running_head("Page 12 | the minutes of the meeting", lexicon())
    False
    >>> is_running_head("TÜRKİYE TODAY | 13", lexicon()), is_running_head("Real Madrid | 3", lexicon())
    (True, False)
    >>> is_running_head("THE DELTA NOTE · Issue 9 · Farms and rivers, every Monday", lexicon())
    True
    >>> is_running_head("The Delta Note · Issue 9 · every Monday", lexicon())
    False
    """
    # A separator left at an end stood beside a protected address, masked and dropped from the body
    # ("WESERBOTE · <address>" reads "WESERBOTE ·").
    trimmed = body.strip().strip("|·•").strip()
    masked = trimmed != body.strip()
    items = _RUNNING_ITEMS.compiled.split(trimmed)
    if len(items) + masked < 2:
        return False
    folios = bare = inner = issues = dates = scheduled = sections = titles = editions = taglines = 0
    sites = int(masked)
    shouted = False
    for place, item in enumerate(items):
        if _is_site(item.strip()):
            sites += 1  # the paper's address, printed where its name would be ("www.norte.gal | 14")
            continue
        tokens = TOKEN.findall(item)
        if not tokens:
            return False
        keys = token_keys(tokens)
        edge = place in (0, len(items) - 1)
        if _is_page(item, tokens, keys, words):
            folios += 1
        elif _PAGE_NUMBER.compiled.fullmatch(item.strip()):
            bare += edge
            inner += not edge
        elif edge and is_section_folio(item.strip(), words):
            folios += 1
        elif _is_issue(item, tokens, keys, words):
            issues += 1
        elif _is_edition(keys, words):
            editions += 1
        elif len(tokens) <= MAX_FOLIO_SECTION_WORDS and key(item) in words.sections:
            sections += 1  # before dates, which admit section names ("Posted 4 hours ago in Economy")
            shouted = shouted or item.isupper()
        elif dated(keys, words):
            dates += 1
            shouted = shouted or item.isupper()  # a print page's day in capitals ("JEUDI 21 AOÛT 2025")
        elif _is_title(item, tokens, words):
            titles += 1
            shouted = shouted or item.isupper()
        elif _is_schedule(item, keys, words) or _reserves_rights(item, keys, words):
            scheduled += 1
        elif not edge and _is_tagline(item, tokens):
            taglines += 1  # the masthead alone may take it in: beside an issue number and a date
        else:
            return False
    # A bare number is a page at the edge beside the paper's name in capitals ("12 | TÜRKİYE TODAY", "7 |
    # LE RÉPUBLICAIN DE L'EST"), or anywhere beside a section and a date or a title ("22 | SPORT |
    # Donnerstag, 12. März 2026", "DEPORTES | 31 | O Correio da Serra"); beside names alone it may be a
    # score or a table's cell ("Real Madrid | 3", "BAYERN | 3 | DORTMUND").
    sectioned = sections == 1 and dates + titles + sites >= 1
    # An inner bare number is a page between the paper's name in capitals and the day ("LE COURRIER ·
    # 12 · JEUDI 21 AOÛT 2025"), a bare one at the edge a page beside its address and the day ("www.norte.gal
    # | 19 MARÇO 2026 | 14"): a score sits between names, not beside a date.
    titled = dates >= 1 and ((inner == 1 and shouted and titles == 1) or (bare + inner == 1 and sites == 1))
    paged = folios + bare + inner == 1 and (folios == 1 or (bare == 1 and shouted) or sectioned or titled)
    # Without a page, a section in capitals and the full day make a print page's head ("ECONOMIA |
    # QUINTA-FEIRA, 19 DE MARÇO DE 2026"); a name in capitals and its own address make a masthead
    # ("WESERBOTE · weserbote-online.de/epaper").
    headed = len(items) + masked == 2 and shouted and ((sections == 1 and dates == 1) or _spells(items, sites))
    # A masthead numbers the issue and dates it ("ATLANTIC WEEKLY · Issue 87 · Friday, 12 April 2024"),
    # names itself in capitals and says when it comes ("THE DELTA NOTE · Issue 9 · every Monday"), or
    # names itself in capitals, its edition and the day ("THE IONIAN HERALD — English Edition   Tuesday …").
    numbered = issues == 1 and folios + bare <= 1 and (dates >= 1 or (shouted and scheduled == 1))
    # A magazine's masthead row says what it is between its title in capitals and its number ("VIENA AL
    # DÍA · Revista de la comunidad … · Nº 214 · Marzo 2025 · 11"); any other row holds no such phrase.
    if taglines:
        return taglines == 1 and numbered and dates >= 1 and shouted and titles >= 1
    return paged or numbered or headed or (shouted and editions == 1 and dates == 1)


def _is_tagline(item: str, tokens: list[str]) -> bool:
    """True for a masthead's tagline: a few words opening on a capital, the rest mostly in lower case,
    no figure and no sentence marks ("Revista de la comunidad hispanohablante en Austria")."""
    return (
        2 <= len(tokens) <= MAX_TAGLINE_WORDS
        and tokens[0][:1].isupper()
        and not any(character.isdigit() for character in item)
        and not any(mark in item for mark in ".!?;:")
    )


def _is_site(item: str) -> bool:
    """True for a site's address as the page wrote it ("www.norte.gal")."""
    return _SITE.compiled.fullmatch(item) is not None


def _spells(items: list[str], sites: int) -> bool:
    """True when one of two items is an address that spells the other, a name ("WESERBOTE",
    "weserbote-online.de"): a paper printing its own site beside its name."""
    if sites != 1:
        return False
    if len(items) == 1:
        # The address was protected, masked: it cannot be read, so the name must be a paper's, long
        # enough not to be an agency's letters ("AFP · <address>" is a credit).
        return len("".join(TOKEN.findall(items[0]))) >= MIN_EDITION_LETTERS
    name, address = sorted(items, key=lambda item: _is_site(item.strip()))
    spelled = "".join(TOKEN.findall(address.casefold())).replace("-", "")
    tokens = [token.casefold() for token in TOKEN.findall(name)]
    # The whole name, or its long words without the article ("THE VALLEY POST", "valleypost.com").
    for letters in ("".join(tokens), "".join(token for token in tokens if len(token) > MAX_SMALL_LETTERS)):
        if len(letters) >= MIN_EDITION_LETTERS and letters in spelled:
            return True
    return False


def _is_schedule(item: str, keys: list[str], words: Lexicon) -> bool:
    """True for a newsletter's tagline that says when it comes ("Courts and the city, every weekday
    morning", "jeden Freitag"): a word of `ui.periodic`, no sentence's end."""
    return not words.periodic.isdisjoint(keys) and not any(mark in item for mark in ".!?;")


def _is_issue(item: str, tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for the number of an issue: the words for an issue, then a number ("Nr. 61", "n.º 87")."""
    # The year may follow the number after a slash ("Nr. 51/2025"): both are the issue's number.
    count = 2 if len(tokens) > 2 and "/" in item else 1
    return (
        2 <= len(tokens) <= MAX_ISSUE_WORDS + count
        and all(token.isdigit() for token in tokens[-count:])
        and all(item in words.issue for item in keys[:-count])
    )


def is_section_folio(body: str, words: Lexicon) -> bool:
    """True for a page number glued to a section in capitals ("WIRTSCHAFT 15", "14 WIRTSCHAFT").

    >>> from audit.ui_lexicon import lexicon
    >>> is_section_folio("WIRTSCHAFT 15", lexicon()), is_section_folio("12 ÉCONOMIE", lexicon())
    (True, True)
    >>> is_section_folio("COVID 19", lexicon()), is_section_folio("Wirtschaft 15", lexicon())
    (False, False)
    """
    match = _GLUED_FOLIO.compiled.fullmatch(body)
    if match is None:
        return False
    name = match.group("name") or match.group("name2")
    tokens = TOKEN.findall(name)
    return 0 < len(tokens) <= MAX_FOLIO_SECTION_WORDS and key(name) in words.sections


def is_folio(body: str, words: Lexicon) -> bool:
    """True for a folio alone on a line (see the module's docstring).

    >>> from audit.ui_lexicon import lexicon
    >>> is_folio("- 6 -", lexicon()), is_folio("INTERNACIONAL 23", lexicon()), is_folio("- 6 - 2", lexicon())
    (True, True, False)
    """
    return _DASHED_FOLIO.compiled.fullmatch(body) is not None or is_section_folio(body, words)


def _is_title(item: str, tokens: list[str], words: Lexicon) -> bool:
    """True for the name of a paper or a section: a few words, each capitalised but the small words
    between them ("L'Écho de la Vallée", "Il Giornale del Lago"), no sentence marks."""
    return (
        len(tokens) <= MAX_TITLE_WORDS
        and tokens[0][:1].isupper()
        and all(token[:1].isupper() or token[:1].isdigit() or _is_small(token, words) for token in tokens)
        and not any(mark in item for mark in ".!?;")
    )


def _is_small(token: str, words: Lexicon) -> bool:
    """True for a small word between a title's capitalised words: a function word, or a short word in
    lower case (articles and prepositions several languages share, so none lists them: "de", "la", "del")."""
    return token in words.stopwords or (token.islower() and len(token) <= MAX_SMALL_LETTERS)


def _is_page(item: str, tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for a page's number after the word for a page, perhaps out of the edition's pages ("PAGE
    12", "Seite 8/24", "pag. 15/32")."""
    if len(tokens) == 2:
        return keys[0] in words.folio and tokens[1].isdigit()
    return len(tokens) == 3 and "/" in item and keys[0] in words.folio and tokens[1].isdigit() and tokens[2].isdigit()


def _is_edition(keys: list[str], words: Lexicon) -> bool:
    """True for what edition a paper prints ("English Edition", "édition hebdomadaire", "Weekend
    Edition"): two words, one the word for an edition (a word of `ui.issue`, not its short marks "no",
    "n", "vol", which open other words), the other no figure."""
    return (
        len(keys) == 2
        and any(len(item) >= MIN_EDITION_LETTERS and item in words.issue for item in keys)
        and not any(character.isdigit() for item in keys for character in item)
    )


def _reserves_rights(item: str, keys: list[str], words: Lexicon) -> bool:
    """True for a printed page's notice of its rights between the bars of its foot ("Reproduction
    interdite", "Nachdruck nur mit Genehmigung"): a few words, one of `ui.rights`, no sentence."""
    return (
        len(keys) <= MAX_TITLE_WORDS and not words.rights.isdisjoint(keys) and not any(mark in item for mark in ".!?;")
    )


def is_staff(body: str, words: Lexicon) -> bool:
    """True for a staff line of the page: a staff label, a colon, a name ("Editor in charge: Zhang Lei").

    >>> from audit.ui_lexicon import lexicon
    >>> is_staff("Editor in charge: Zhang Lei", lexicon()), is_staff("Photo: Zhang Lei", lexicon())
    (True, False)
    """
    match = _LABEL.compiled.fullmatch(body)
    if match is None or key(match.group("label")) not in words.staff:
        return False
    return _is_name(match.group("name"))


def credit(segment: str, words: Lexicon) -> bool:
    """True for a credit in a bar of buttons ("Quelle: Ukrinform" in "Quelle: Ukrinform | Original
    anzeigen"): a label that is no interface word (a photo or video credit names its medium: "Foto:
    …" stays the caption's) and a name.

    >>> from audit.ui_lexicon import lexicon
    >>> credit("Quelle: Ukrinform", lexicon()), credit("Video: Reuters", lexicon())
    (True, False)
    >>> credit("Source: harbour-news.example", lexicon())
    True
    """
    match = _LABEL.compiled.fullmatch(segment.strip())
    if match is None:
        return False
    label = TOKEN.findall(match.group("label"))
    name = match.group("name").strip()
    return (
        0 < len(label) <= 2
        and label[0][:1].isupper()
        and not any(map(words.is_label_word, label))
        and (_is_name(name) or DOMAIN.compiled.fullmatch(name) is not None)
    )


def _is_name(text: str) -> bool:
    tokens = TOKEN.findall(text)
    return (
        0 < len(tokens) <= MAX_STAFF_NAME_WORDS
        and all(token[:1].isupper() for token in tokens)
        and not any(mark in text for mark in ",;|·.!?")
    )


def print_header(body: str) -> bool | None:
    """True for a browser's print header that ends on the site's name, False for one without it (likely
    furniture: a live blog may head an entry with its day and time), None for any other line. A title
    ends on no sentence's mark; a dated sentence is prose.

    >>> print_header("12/03/2024 10:15 Fusion bancaire à Bahreïn : deux banques s'unissent | Le Courrier du Golfe")
    True
    >>> print_header("05.08.2024, 09:47 Ägypten: Neue Anlage geht in Betrieb")
    False
    >>> print_header("3/4/2025 9:30 PM Talks resumed in Doha.") is None
    True
    """
    match = _PRINTED_AT.compiled.fullmatch(body.strip())
    if match is None:
        return None
    title = match.group("title").rstrip()
    # Wide gaps cut a metadata row's fields ("2025-03-04 09:10   Source: …   Editor: …"), not a title.
    if title[-1:] in ".!?…;,:" or WIDE_GAP in title or not 0 < len(TOKEN.findall(title)) <= MAX_PRINTED_TITLE_WORDS:
        return None
    site = _SITE_AFTER_TITLE.compiled.search(title)
    return site is not None and len(TOKEN.findall(site.group("site"))) <= MAX_SITE_WORDS
