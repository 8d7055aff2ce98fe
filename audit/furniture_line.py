"""What one line of a page is, judged alone: an interface phrase, a bar, a shape, a lead, or prose.

audit/furniture.py then weighs each verdict against the line's neighbours and its place on the page;
here a line only says how sure its own signs make it (`WEAK`, `LIKELY`, `SURE`).
- words: a phrase of the UI lexicon of any shipped language (audit/ui_lexicon.py), loosely (a brand
  for another, extra words), a bar of interface words or phrases ("Share · Tweet · Email", "Log in
  Register"), a teaser lead and a separator ("Read also: …"), a consent opener ("We use cookies …");
- shapes: a player clock ("00:00 / 02:13"), a count ("12 articles"), a sum with a question mark (a
  captcha), a market ticker, an attachment label, the signature of an embedded post ("— Jane Doe
  (@janedoe) March 3, 2026"), a breadcrumb of short items ("Start > Politics >"), a publication stamp
  (a stamp word, then only dates and times: "Publié le 14/11/2026 à 09h12");
- free text that speaks to the reader: a prompt (a call to action and a word addressing the reader,
  "Download our app and never miss a story") or a spam link (a call and the goods of spam, "Cheap
  loans – apply now"), whatever its wording;
- what is not furniture: a label followed by a name ("Author: Jane Smith" is a byline), a line that
  quotes (a pair of quotation marks), a line longer than any furniture.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from audit.furniture_device import MAX_DEVICE_PROMPT_WORDS, asks_device
from audit.furniture_glyph import is_glyph_bar, is_status_bar
from audit.furniture_notice import is_continued, is_copyright, is_provenance, is_wire_code
from audit.furniture_print import (
    BAR_ITEMS,
    DOMAIN,
    WIDE_GAP,
    credit,
    is_folio,
    is_running_head,
    is_staff,
    is_widget,
    print_header,
)
from audit.furniture_prompt import sends_to_channel
from audit.furniture_row import (
    MIN_SURE_LINKS,
    archive_row,
    comment_footer,
    comment_head,
    emoji_reactions,
    hashtag_row,
    link_row,
    meta_row,
    reaction_row,
    weather_row,
)
from audit.furniture_stamp import CLOCK, YEAR, dated, is_signed_stamp, is_stamp
from audit.furniture_wire import is_update_banner, is_wire_slug, is_written_slug
from audit.languages import words_of_every_language
from audit.prose import LazyPattern
from audit.ui_lexicon import MAX_LEAD_WORDS, NUMBER, PAIR_AND_MORE, TOKEN, Lexicon, key, key_of, token_key, token_keys

if TYPE_CHECKING:
    import regex

# A line with at least this many words and a sentence end is article prose (anchors "inside").
PROSE_WORDS = 8
# The longest name a label may introduce without being furniture ("Author: Jane Smith").
MAX_NAME_WORDS = 3
# The longest phrase a run of phrases is cut into, in words.
MAX_PHRASE_WORDS = 8
# The longest rest a teaser lead may carry ("Read also: <a headline>").
MAX_LEAD_REST = 20
# The longest line that may be furniture, in characters: longer lines are prose, read no further.
MAX_FURNITURE_CHARACTERS = 400
# The longest cookie or consent paragraph an opener may start.
MAX_OPENER_WORDS = 45
# The most words of the section a phrase is narrowed to ("Mais lidas em Saúde Pública").
MAX_SCOPE_WORDS = 3
# The small word before it, when the merged function words leave it out ("in", a noun in some language).
MAX_SCOPE_LINK_LETTERS = 3
# The longest line a single interface word makes weak furniture ("Zurück zum Seitenanfang").
MAX_WEAK_WORDS = 10
# A menu is at least this many section names, on one line or on consecutive lines.
MIN_MENU_ITEMS = 3
# The longest prompt or spam line, in words: beyond it, a call and a "you" are a sentence of prose.
MAX_PROMPT_WORDS = 25
# The longest piece of a bar made of interface words and small words ("Per E-Mail senden").
MAX_SEGMENT_WORDS = 4
# The longest line of a site's name and its edition ("Radio Pwani Afrique · Service en français"), and
# of the site's or a source's name alone.
MAX_EDITION_WORDS = 9
MAX_SITE_NAME_WORDS = 4
# The most words of when a teaser ran ("hace 2 días", "yesterday").
MAX_WHEN_WORDS = 4
# The pieces of such a line: between bars or spaced dashes.
_EDITION_ITEMS = LazyPattern(r"\s*[|·•]\s*|\s+[—–-]\s+")
# A reading time as a range of minutes alone on its line ("7–9 minutes", "5–6 Minuten", "3-4 min").
_MINUTE_RANGE = LazyPattern(r"[*_]*\d{1,2}\s?[–-]\s?\d{1,2}\s+(?i:min)\p{L}*\.?[*_]*")
# A label alone in brackets, Markdown's link text without its link; a button's label: words alone.
_BRACKETED_LABEL = LazyPattern(r"\[\s*(?P<label>[^\[\]\n]{2,40}?)\s*\]")
_BUTTON_LABEL = LazyPattern(r"\p{Lu}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+)+")
# The longest question to the reader about the page ("Cet article vous a-t-il été utile ?").
MAX_QUESTION_WORDS = 12
# The longest call to follow a site on a platform ("Segui Meteo Italia su Google News"), in words.
MAX_FOLLOW_WORDS = 8
# The longest call that names a platform before its last word ("Follow NewsHub on Zalo for breaking news").
MAX_PROMPT_PLATFORM_WORDS = 12
# The longest share bar ("Facebook · X · WhatsApp · Telegram · Email · Print …"), in words.
MAX_BAR_WORDS = 15
_WIDE_GAPS = LazyPattern(r"\s{3,}")
# The `ui` groups whose patterns make a line only likely furniture: prompts to the reader and a
# digest's kicker ("Court Roundup · Wales"), which free text may echo; sure beside other furniture or
# outside the article's prose.
LIKELY_GROUPS = ("/prompt", "/kicker")
# The longest instruction ending on a keyboard shortcut, in words.
MAX_SHORTCUT_WORDS = 16
# The most words of a folio alone ("POLITIQUE INTERNATIONALE 12").
MAX_FOLIO_WORDS = 4
_TIMECODE = r"\d{1,2}(?::\d{2}){1,2}"
_TIMECODES = LazyPattern(rf"{_TIMECODE}\s*/\s*{_TIMECODE}")
_LONE_TIMECODE = LazyPattern(_TIMECODE)
# A postal address on one line (audit/furniture_line.is_postal_address): its length and parts, the
# last part a postcode before or after the town ("34117 Kassel", "4700-123 Braga", "Leeds LS1 5AB"), a
# street part with a house number ("40 Mill Lane", "Königstor 3", "Rua da Estação 12").
MAX_ADDRESS_CHARACTERS = 120
MIN_ADDRESS_PARTS = 3
MAX_ADDRESS_PARTS = 5
_POSTCODE_TOWN = LazyPattern(
    r"(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+\p{Lu}[\p{L}.' -]{1,30}"
    r"|\p{Lu}[\p{L}.' -]{1,30}\s+(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5}(?:-\d{4})?)"
)
_HOUSE_NUMBER = LazyPattern(r"(?:^|\s)\d{1,4}[a-z]?(?:\s|$)")
# A live blog's clock with its time zone before a dash ("14:32 GMT — Key event"): the zone belongs to
# the clock, so the label is read as it is without one ("14:32 — Key event"). The zone may carry its
# offset ("GMT+3", "UTC−5").
_ZONED_CLOCK = LazyPattern(
    r"(?:[01]?\d|2[0-3])[:h.][0-5]\d(?P<zone>\s?[A-Z]{2,5}(?:[+−-]\d{1,2}(?::?[0-5]\d)?)?)(?=[\s*_]*$|\s*[-–—]\s)"
)
# A sum to solve: "5 + 3?", "9 − 4 =", "4 + 2 ?"; a hyphen counts only spaced ("5-4" is a score).
_CAPTCHA = LazyPattern(r"\d+\s*(?:[+×*÷]|\s[-−–]\s)\s*\d+\s*(?:=\s*)?[?؟]?\s*\*?$")
# The signature of an embedded post ("— Jane Doe (@janedoe) March 3, 2026"): a dash, a name, a handle, a date.
_EMBED = LazyPattern(r"[—–-]{1,2}\s*[^()\n]{1,60}\(@\w{1,30}\)\s*[^()\n]{0,40}\d")
# A market ticker: an arrow and a change in percent ("Dow 38,912.40 ▲ 0.31%").
_TICKER = LazyPattern(r"[▲▼△▽↑↓]\s*[+\-−]?\d+(?:[.,]\d+)?\s*%")
# A board of quotes has this many pieces at least, each this many words besides its figures at most
# ("SJC gold 88.5 million VND/tael").
MIN_QUOTES = 3
MAX_QUOTE_WORDS = 5
# An attachment label: a file type and its size ("JPEG - 41,2 ko", "PDF, 2.1 MB").
_ATTACHMENT = LazyPattern(
    r"(?i:jpe?g|png|gif|webp|pdf|docx?|xlsx?|mp3|mp4|zip)\s*[-–,:(]\s*\d+(?:[.,]\d+)?\s*(?i:[kmg]i?[bo]|octets|bytes)\)?"
)
# Pieces of a bar: between separators, or between the sentences of a short prompt ("Reserved for
# subscribers. Already a subscriber? Log in").
# The fields of a form end on an asterisk ("Nombre* Correo electrónico* Publicar comentario").
# A row of buttons copied without its markup keeps a wide gap between them ("Newer Post   Older Post   Home").
_SEGMENTS = LazyPattern(r"\s*[·•|¦▸►▹]\s*|\s+/\s+|(?<=\.)\s+|(?<=\p{L}\*)\s+|\s{3,}")
# The bars a widget, a running head or a stamp with a tail are cut by (a cheap test before cutting).
_BARS = frozenset("|·•")
# Buttons at the outer end of a label: arrows ("Bild 1 von 6 ‹ ›", "FOTOGALLERY (12 foto) ›").
_EDGE_ARROWS = "‹›<>«»←→↗▸◂◀▶ "
# The arrows that point a link on, at the end of its words ("Pročitajte više →"); a lone "»" closes a quotation.
_RIGHT_ARROWS = frozenset("›»→➜➔➤")
# The most words of a link before its arrow.
MAX_ARROWED_WORDS = 8
# A keyboard shortcut after a label ("Report a typo: Ctrl+Enter"): the label says what it is.
_SHORTCUT_TAIL = LazyPattern(r"[\s:]*\b(?:Ctrl|Strg|Alt|Shift|Cmd|Maj)\s*\+\s*\w+\s*$")
# A count in brackets after a label ("Fotogallery (12 foto)", "Comments (3)").
_COUNT_TAIL = LazyPattern(r"\s*\(\s*\d+\s*(?P<what>[^\W\d_]*)\s*\)\s*$")
# The longest button no list holds in a row of known buttons, in words ("Gefällt mir").
MAX_BUTTON_WORDS = 3
# At most this share of a bar's pieces may be brands no list holds ("Facebook · X · KakaoTalk").
MAX_UNKNOWN_BRANDS = 1
_CRUMBS = LazyPattern(r"\s*(?:>>|[>»›→▶►▸])\s*|\s+[/|]\s+")
_ANGLES = frozenset(">»›→▶►▸")
# Chevrons, unlike an arrow ("Berlin → Hamburg → Kiel" is a route), only ever separate a page's path;
# so do the solid triangles of a site's section path ("NEWS ▶ Economy ▶ Industry").
_CHEVRONS = frozenset(">»›▶►▸")
# The longest title of the page at the end of its path, in words ("Home / Business / <headline>").
MAX_TRAIL_TITLE_WORDS = 20
# The longest item of a path before its title, in words ("Forum Brasseurs amateurs francophones").
MAX_CRUMB_WORDS = 4
# The fewest items before the title of a path that opens on a section, not the home page.
MIN_SECTION_TRAIL_ITEMS = 3
_EMPHASIS = "*_ "
_QUOTES = frozenset('«»“”„"‹')
# The words of a Markdown link, its target masked ("[Cheap loans – apply now]").
_LINK_WORDS = LazyPattern(r"\[[^\[\]]*\]")
# A social-media handle ("@janedoe"), not an e-mail address.
_HANDLE = LazyPattern(r"(?<![\w.@])@\w{2,30}\b(?!\.\w)")
# A slide or page counter ("3 / 12", "Foto 3 de 10", "Page 2 of 5", "Photo: 4 of 9").
_COUNTER = LazyPattern(
    r"(?i:(?:photo|foto|bild|image|imagen|immagine|imagem|slide|page|seite|página|pagina)\s*:?\s+)?"
    r"\d{1,3}\s*(?:/|(?i:of|von|de|di|sur|sobre|em))\s*\d{1,3}"
)
# A counter with a hint after it ("Bild 1 von 6 – Wischen für mehr", "Photo 2/9 | Swipe for more").
_COUNTER_TAIL = LazyPattern(rf"(?:{_COUNTER.source})\s*(?:[–—|·•›»>]|\s-)\s*(?P<tail>[^.!?\n]{{1,40}})")
# The longest such hint, in words.
MAX_COUNTER_TAIL_WORDS = 5
# Text-size buttons: "A- A+", "A A A", "A+ A−" (no word to look up).
_TEXT_SIZE = LazyPattern(r"A[+\-−]{0,2}(?:\s+A[+\-−]{0,2}){1,3}")
_TEXT_SIZE_TAIL = LazyPattern(rf"(?:^|[\s:])\s*{_TEXT_SIZE.source}\s*$")
# A step to the next or previous story: an arrow, a label and a headline ("← Previous: Clinics open",
# "Next: Hospitals test AI triage →", "« Article précédent : …").
_STEP = LazyPattern(r"[←‹«]\s*(?P<before>[^:：\n]{2,30})[:：]\s*\S.*|(?P<after>[^:：\n]{2,30})[:：]\s*\S.*?\s[→›»]")
# A price: a currency sign or code next to a number ("0,99 €", "£39", "R$ 500", "USD 20").
_PRICE = LazyPattern(r"(?:[€$£¥]|\b(?:EUR|USD|GBP|BRL|CHF)\b)\s?\d|\d\s?(?:[€£¥]|(?:EUR|USD|GBP|BRL|CHF)\b)")
# A line cut into pieces that may each be furniture: bars, sentences, spaced dashes ("Comments (0) —
# Your comment will be reviewed before posting", "Automatisch übersetzt aus dem Arabischen. Original anzeigen").
# (A colon never opens a sentence: "Tél. : 01 23 45 67 89" is one piece.)
_PIECES = LazyPattern(r"\s+[|·•]\s+|(?<=[.!?])\s+(?![:：])|\s+[–—]\s+")
# The most words a line cut into pieces may hold (a disclaimer of two sentences).
MAX_PIECES_WORDS = 30
# A source's tag in brackets before a section or a reading time ("[NewsHub] Asia-Pacific · 4 min read").
_SOURCE_TAG = LazyPattern(r"\[[^\[\]\n]{2,30}\](?:\s+[^\s.!?]+){0,3}")
# A play button before a video's title, and its length in brackets ("▶ Watch the report (02:14)").
# A speaker or headphones lead a listen button the same way ("🔊 Beitrag anhören (Audio, 3:05)").
_PLAY = LazyPattern(r"[▶►▷⏵🔊🔉🎧]\uFE0F?\s*\S")
# "(02:14)", "(02:31 Min.)", "(Audio, 3:05)": the length, perhaps after the medium's name.
_DURATION = LazyPattern(r"\(\s*(?:\p{L}{2,12},?\s+)?\d{1,2}(?::\d{2}){1,2}\s*(?:\p{L}{1,7}\.?)?\s*\)$")
# A play button's glyph and the length after a listen label ("Artikel vorlesen ▶ 4:12 Min.").
_PLAYED_LENGTH = LazyPattern(r"[▶►▷⏵🔊🔉🎧]\uFE0F?\s*\d{1,2}(?:(?::\d{2}){1,2}\s*(?:\p{L}{1,7}\.?)?|\s?min\.?)\s*$")
# A player's button and the video's length opening its bar ("▶ 02:47 | Watch: … | HD | CC").
_PLAYER_BAR = LazyPattern(r"[▶►▷⏵]\uFE0F?\s*\d{1,2}(?::\d{2}){1,2}\s*[|·•]\s*\S")
# A control's glyph opening a line: a menu, reload, back, close, follow, alerts or tags button (not a
# play button's, judged with its length, nor a teaser's arrow).
_CONTROL_GLYPH = LazyPattern(r"[*_]*\s*[☰≡⟳↻↺🔄⬅⇦←✕✖⌂⋮⋯➕🔔🏷🔖]\uFE0F?\s+(?=\S)")
# Emoji, smileys and chat laughter closing a line ("sorry for any mistakes 🙏", "… the mistakes lol",
# French "mdr", Spanish "jaja", Brazilian "kkk"): in a poster's or a widget's line they end the sentence as
# a full stop does.
_DROPDOWN = LazyPattern(r"\s+[▾▼⌄⏷]\uFE0F?$")
_DROPDOWN_ENDS = ("▾", "▼", "⌄", "⏷", "\ufe0f")
_EMOJI_TAIL = LazyPattern(
    r"(?:\s*[\p{So}\p{Sk}\u200d\ufe0f]|\s+(?i:lol|lmao|haha+|xd|mdr|jaja+|kkk+)|\s*[:;][-]?[)D])+\s*$"
)
# The longest title a play button may carry without its length, in words.
MAX_PLAY_WORDS = 8
# The pieces of a printed or exported page's head or foot, its page out of the pages ("Page 2 sur 3",
# "Seite 1 von 4", "Page 1 of 3"), and its most words.
_EXPORT_ITEMS = LazyPattern(r"\s+[|·•—–]\s+")
_PAGE_OF = LazyPattern(r"(?P<word>\p{Lu}\p{Ll}{1,8})\.?\s\d{1,3}\s?(?:\p{Ll}{2,3}|/)\s?\d{1,3}")
MAX_EXPORT_WORDS = 24
# The fewest and the most words of a teaser's headline in a row of teasers.
MIN_TEASER_HEADLINE_WORDS = 3
MAX_TEASER_HEADLINE_WORDS = 16
# A playlist holds this many videos at least, each a headline of a few words and its length (an
# album's tracks are a word or two).
MIN_PLAYLIST_ITEMS = 2
MIN_PLAYLIST_TITLE_WORDS = 3
# An inline list of headlines after its heading ("LO MÁS LEÍDO 1. … 2. …").
_NUMBERED_RUN = LazyPattern(r"\s1[.)]\s+\S.*?\s2[.)]\s+\S")
# The options of a poll after its question, between bars, dots or slashes ("Sí · No · Ver resultados").
_POLL_OPTIONS = LazyPattern(r"\s*[|·•/]\s*")
# The longest option of a poll ("Sí", "No", "Ya no"), in words.
MAX_POLL_OPTION_WORDS = 3
# An agency's sign-off: the editors' initials, a double slash, the agency ("JMS // ANP", "AB/CD // dpa").
_SIGN_OFF = LazyPattern(r"[A-Z]{2,4}(?:\s*[/,]\s*[A-Z]{2,4})*\s*//\s*[A-Z][A-Za-z-]{1,15}")
# A place before a comma and what follows it, as a dateline opens ("Séoul, le 7 mars 2024 – 08:10 KST").
_PLACED = LazyPattern(r"(?P<place>[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}),\s+(?P<rest>.{4,60})")
_LEAD_SEPARATORS = ":：.-–—>»›→|•·▶►▸▹➜➔➤]】"
# A greeting opening a line: its word, up to three more, then a comma or an exclamation mark ("Salut à
# tous, ", "Hello everyone! ").
_GREETING = LazyPattern(r"(?P<word>\p{L}+)(?:\s+[\p{L}\p{M}'’-]+){0,3}\s*[,!]\s+")
# A line wrapped whole in emphasis, its marks the same at both ends.
_WRAPPED = LazyPattern(r"(?P<mark>[*_]{1,3})(?P<inner>[^*_\s](?:.*[^*_\s])?)(?P=mark)")
# A rank before a headline in a list of teasers ("1. El Raja destituye…", "2) Nuevo tren…").
_RANK = LazyPattern(r"(?<![\w.,])(\d{1,2})[.)]\s+(?=\p{Lu})")
MIN_RANKED_TEASERS = 2
# A page a teaser sends the reader to, between its lead and its separator ("Lire aussi en page 15 : …").
_PAGE_REFERENCE = LazyPattern(r"\s+(?:\p{L}+\s+){0,2}?(?P<folio>\p{L}+)\.?\s*\d{1,3}\b")
# The site a teaser sends the reader to, between its lead and its colon: a small word and a name in title
# case ("À lire aussi sur Le Fil d’Orient : …", "Read more on Harbour Now: …"), or the name alone after a
# lead that ends on its small word ("More from FeedLine: …").
_SITE_REFERENCE = LazyPattern(
    r"\s+(?:(?P<on>\p{Ll}{2,3})\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{L}[\p{L}’'.-]*){0,3}?(?=\s*[:：])"
)
# The items of a path cut by spaced dashes ("ÉCONOMIE – RÉGIONS").
_DASHED_ITEMS = LazyPattern(r"\s+[–—]\s+")
# A site's address opening a footer, and the spaced dash after it.
_SITE_FOOTER = LazyPattern(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}/?\s+[–—-]\s+")
# The longest notice after the address, in words.
MAX_FOOTER_WORDS = 20
# The spaced dashes a print edition's running head may be cut by ("THE NILE COURIER — PAGE 6 — CITIES").
_DASHES = frozenset("—–")
# Users' ratings: stars, perhaps the mean, and how many rated in brackets ("★★★★☆ 4,1 (37 Bewertungen)").
_RATING = LazyPattern(
    r"[★☆⭐✩✭✮✰]{3,}\s*(?:\d(?:[.,]\d{1,2})?(?:\s*/\s*\d+)?)?\s*\(\s*\d[\d.,\u00a0\u202f ]*(?P<what>\p{L}*)\s*\)"
)
# A link to the story on another site: its words, then the site's domain ("Weiterlesen auf orient-echo.de ›").
_SITE = LazyPattern(r"\s+(?P<site>[\w-]+(?:\.[\w-]+)*\.\p{L}{2,})/?\s*$")
# A contact piece: a label, perhaps a colon, then a phone number or an address ("Hotline: 0905 123 456").
_CONTACT = LazyPattern(
    r"(?P<label>\p{L}[\p{L}\- ]{0,24}?)\.?\s*:?\s*(?:\+?[\d(][\d\s().\-/]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
)
# A poster's own site or handle ("mon blog : osaka-au-quotidien.example", "my photos: @harbourlens").
_OWN_SITE = LazyPattern(
    r"(?P<own>\p{L}+(?:\s+\p{L}+){1,2})\s*[:：]?\s*(?:[\w-]+(?:\.[\w-]+)*\.\p{L}{2,}(?:/\S*)?|@\w{2,30})"
)
# A symbol before a count on a bar ("💬 5", "🔗 34"): the icon says what is counted.
_ICON = LazyPattern(r"[\p{So}\p{Sk}]")
# A clock or stopwatch pictogram opening a line ("⏱", "⌚", "🕒"): a page's sign for a reading time.
_CLOCK = LazyPattern(r"[⏱⏲⌚\U0001F550-\U0001F567]")
# The selector that asks for a pictogram's coloured form ("⏱️"): a mark, so TOKEN reads it as a word.
_EMOJI_STYLE = "\ufe0f"
# The most words of a duration after a clock ("3 Min.", "5 minutes"), its number included.
MAX_CLOCK_WORDS = 3
# The longest label of a broadcast's stamp, in characters ("Ausstrahlung").
MAX_STAMP_LABEL = 24
# The longest subscription offer, in words ("1 Monat für 0,99 €", "£1 a week for the first 3 months").
MAX_OFFER_WORDS = 10
# The most items of a section path printed with bars ("Mundo | Ásia | Índia"), and the most words of one.
MAX_PATH_ITEMS = 4
# A path that starts with the site's name has two sections after it at least.
MIN_SITE_PATH_ITEMS = 3
MAX_PATH_ITEM_WORDS = 3
_HEAD = LazyPattern(r"\s*(?:[:|»–—]|\s-\s)\s*")
_SENTENCE_END = ".!?…؟"
# A sentence that ends inside a line: its full stop, a space, a capitalised word.
_INNER_SENTENCE_END = LazyPattern(r"\p{Ll}{2}[.!?…] +\p{Lu}\p{Ll}")
_TERMINAL = _SENTENCE_END + ":;"
_CLOSING = " *»”\"')]’"

# The longest reading time, in words ("Tempo di lettura: 4 minuti", "Lectura de 4 min").
MAX_READING_WORDS = 6
# The longest meter of a paywall, in words ("You've read 3 of 5 free articles this month.").
MAX_METER_WORDS = 16
# The longest line that counts a page's comments in words ("Il y a 37 réactions à cet article").
MAX_COUNTED_WORDS = 8
# The longest count of readings in words ("This thread has been viewed 4,208 times").
MAX_READINGS_WORDS = 10
# The longest button that names the page ("Kommentieren Sie diesen Artikel"), in words.
MAX_PAGE_BUTTON_WORDS = 6
# A row of topics after a label: its items between middle dots, bullets or bars ("Topics: A · B · C").
_TOPIC_ITEMS = LazyPattern(r"\s*[·•|]\s*")
_TOPIC_MARKS = frozenset("·•|")
MIN_TOPICS = 3
MAX_TOPIC_HEAD_WORDS = 6
MAX_TOPIC_WORDS = 4
# A list of sections after a lead without a separator ("Posted in Transport, Europe"), at least two.
MIN_LISTED_SECTIONS = 2
# The longest meter that does not speak to the reader ("Has leído 3 de 5 artículos gratuitos este mes").
MAX_METER_CLAUSE_WORDS = 10
# A button's label in quotation marks: a few letters ("“Accept”", "« Accepter »").
_BUTTON_QUOTE = LazyPattern(r"[“\"„«‘]\s?[^\s“”\"„«»]{1,20}(?:\s[^\s“”\"„«»]{1,20}){0,2}\s?[”\"“»’]")
# What a credit naming a platform holds and a button does not ("Foto: Facebook/Instagram").
_CREDIT_MARKS = frozenset(":/,")
# The longest button that opens a platform or the app ("Auf YouTube ansehen", "Ouvrir dans l'application").
MAX_PLATFORM_BUTTON_WORDS = 5
# The longest small word between a button's verb and its platform ("on", "dans", "nell'"), in letters.
MAX_LINKING_LETTERS = 4
# The longest option of a form that the reader ticks ("Save my name, email, and website in this browser
# for the next time I comment."), in words.
MAX_FORM_OPTION_WORDS = 25
# The fields and interface words that make such an option likely alone ("name, email, and website").
MIN_FORM_OPTION_WORDS = 3
# Any figure: most lines hold none, and counts, meters and reading times need one.
_DIGIT = LazyPattern(r"\d")
# The most words of an inbox's name ("bandeja de entrada", "casella di posta").
MAX_INBOX_WORDS = 3
# An agency's desk slug in lower case: the agency and two editors' codes or more ("dpa/lsn/sk").
_WIRE_SLUG = LazyPattern(r"[a-z]{2,5}(?:/[a-z]{2,5}){2,4}")
# A dateline left alone on its line: a place in capitals, the agency in brackets, a dash ("BURSA (AA) -").
_LONE_DATELINE = LazyPattern(r"\p{Lu}[\p{Lu}'’. -]{1,30}\s*\(\p{Lu}[\p{L}-]{0,14}\)\s*[-–—]?")
# How far from a consent verb its word for the reader may stand ("you agree", "stimmen Sie … zu").
CONSENT_REACH = 2
# The longest cookie notice that no opener starts ("By clicking Accept, you agree to …"), in words.
MAX_COOKIE_WORDS = 45

# How sure a line's own signs make it: a weak line needs furniture beside it in its block, a likely
# line is sure beside furniture or outside the article's prose, a sure line is sure alone.
WEAK, LIKELY, SURE = 0, 1, 2
# The kind of a reading time ("4 min read"), which a byline's row may end with (audit/furniture_piece.py).
READING_TIME = "reading time"
BUTTON = "button"
Verdict = tuple[str, int]


def terminated(body: str) -> bool:
    """True when a line ends a sentence or announces what follows (".", "?", ":", ";")."""
    last = body.rstrip(_CLOSING)[-1:]
    return bool(last) and last in _TERMINAL


def is_prose(body: str) -> bool:
    """True for a line of article prose: long, with a sentence end (the anchors of a page's body), or a
    sentence and then a colon that opens a list ("… renouvelable une fois. Parmi les plus demandés :")."""
    # Words counted by white space: an anchor needs no finer count, and prose lines are long.
    if len(body.split()) < PROSE_WORDS:
        return False
    last = body.rstrip(_CLOSING)[-1:]
    return last in _SENTENCE_END or (last == ":" and _INNER_SENTENCE_END.compiled.search(body) is not None)


def judge(body: str, words: Lexicon, tokens: list[str] | None = None) -> Verdict | None:
    """What one line is alone: (kind, level), or None when it is not furniture; `tokens` are its words
    (`TOKEN.findall(body)`) when the caller has cut them already.

    A control's glyph before the words ("⟳ Charger les messages précédents", "← Voltar à versão
    completa", "☰ Meteorologia Global | AMP") makes a line a button or a menu for sure, whatever its
    words alone would be."""
    if is_glyph_bar(body) or is_status_bar(body):
        return "menu", SURE  # an app's top bar: its glyphs say it, whatever the site's name between them
    glyph = _CONTROL_GLYPH.compiled.match(body)
    if glyph is not None:
        verdict = _judge(body[glyph.end() :], words)
        return None if verdict is None else (verdict[0], SURE)
    # A drop-down's arrow after the words ("Load earlier posts ▾") is a button's as surely.
    dropdown = _DROPDOWN.compiled.search(body) if body.endswith(_DROPDOWN_ENDS) else None
    if dropdown is not None:
        verdict = _judge(body[: dropdown.start()], words)
        return None if verdict is None else (verdict[0], SURE)
    verdict = _judge(body, words, tokens)
    if (verdict is None or verdict[1] == WEAK) and WIDE_GAP in body:
        return _gapped(body, words) or verdict
    if verdict is None:
        return _greeted(body, words)
    return verdict


def _playlist(body: str) -> bool:
    """True for a row of videos, each a title and its length, after a short lead perhaps ("Plus de
    vidéos · Inondations : la digue renforcée (2:41) · Marché de Noël (1:58)")."""
    pieces = BAR_ITEMS.compiled.split(body)
    timed = [
        (length := _DURATION.compiled.search(piece)) is not None
        and len(TOKEN.findall(piece[: length.start()])) >= MIN_PLAYLIST_TITLE_WORDS
        for piece in pieces
    ]
    if timed.count(True) < MIN_PLAYLIST_ITEMS or not all(timed[1:]):
        return False
    return timed[0] or len(TOKEN.findall(pieces[0])) <= MAX_LEAD_WORDS


def _exported_page(body: str, words: Lexicon) -> bool:
    """True for the head or foot of a page printed or exported from a site: pieces between dashes or
    bars, one a page's number out of the export's pages ("Export PDF — généré le 14/05/2025 à 08:41 —
    Page 1 sur 3"), none a sentence. A paper's folio has no total; an export counts its pages."""
    pieces = _EXPORT_ITEMS.compiled.split(body.strip())
    if len(pieces) < 2 or len(TOKEN.findall(body)) > MAX_EXPORT_WORDS:
        return False
    counted = [_PAGE_OF.compiled.fullmatch(piece) for piece in pieces]
    return any(match is not None and key(match.group("word")) in words.folio for match in counted) and not any(
        map(ends_sentence, pieces)
    )


def _led_teasers(body: str) -> bool:
    """True for a row of teasers on one line: a short lead and a colon, then two headlines or more
    between bars ("Related releases: Songkran draws record trips · New rail link set for 2028"), or
    one headline with its video's length ("MOST WATCHED: Dusty winds expected until Thursday (01:54)")."""
    lead, _, rest = body.partition(":")
    lead = lead.strip(" *_")
    if (
        not lead[:1].isupper()
        or any(map(str.isdigit, lead))
        or not _BARS.isdisjoint(lead)
        or len(TOKEN.findall(lead)) > MAX_LEAD_WORDS
    ):
        return False
    pieces = BAR_ITEMS.compiled.split(rest.strip(" *_"))
    if len(pieces) == 1 and _DURATION.compiled.search(pieces[0]) is None:
        return False
    return all(_headline_piece(piece) for piece in pieces)


def _headline_piece(piece: str) -> bool:
    """True for a teaser's headline: a few words opening on a capital or a figure, no sentence's end (a
    contact's numbers or an archive's months are figures more than words)."""
    tokens = TOKEN.findall(piece)
    return (
        sum(map(str.isalpha, tokens)) >= MIN_TEASER_HEADLINE_WORDS
        and len(tokens) <= MAX_TEASER_HEADLINE_WORDS
        and (piece[:1].isupper() or piece[:1].isdigit())
        and not ends_sentence(piece)
        and _INNER_SENTENCE_END.compiled.search(piece) is None
    )


def _greeted(body: str, words: Lexicon) -> Verdict | None:
    """A poster's or a newsletter's greeting before a line that is surely furniture ("Salut à tous, je
    vous colle ci-dessous la traduction…"): the greeting changes nothing; a letter quoted in the
    article, whose rest is prose, stays."""
    greeting = _GREETING.compiled.match(body)
    if greeting is None or token_key(greeting.group("word")) not in words.greetings:
        return None
    verdict = _judge(body[greeting.end() :], words)
    return verdict if verdict is not None and verdict[1] == SURE else None


def _gapped(body: str, words: Lexicon) -> Verdict | None:
    """A line of controls a scraper flattened, its pieces kept apart by wide gaps, each furniture of
    its own kind ("‹ Retour   Actualités | Canada": a back button, then the page's path): the surest
    verdict of the least sure piece; prose keeps no such gaps between its phrases."""
    pieces = [piece for piece in _WIDE_GAPS.compiled.split(body.strip()) if piece]
    if len(pieces) < 2:
        return None
    verdicts = [verdict for piece in pieces if (verdict := judge(piece, words)) is not None]
    if len(verdicts) < len(pieces):
        return None
    return min(verdicts, key=lambda verdict: verdict[1])


def _judge(body: str, words: Lexicon, tokens: list[str] | None = None) -> Verdict | None:
    if len(body) > MAX_FURNITURE_CHARACTERS:
        return None  # a paragraph of prose: nothing fits a line this long (checked before reading words)
    bold = len(body) - len(body.lstrip("*_"))  # a live blog's clock is often in bold ("**14:32 AST**")
    zoned = _ZONED_CLOCK.compiled.match(body, bold) if body[bold : bold + 1].isdigit() else None
    if zoned is not None:
        if not body[zoned.end("zone") :].strip(" *_"):
            # A clock with its zone and nothing else heads an entry of a live blog ("14:32 AST"): a time
            # in a story's text or caption is in a sentence, and a zone code makes it no timecode.
            return "clock", SURE
        body, tokens = body[: zoned.start("zone")] + body[zoned.end("zone") :], None
    if tokens is None:
        tokens = TOKEN.findall(body)
    if len(tokens) > MAX_OPENER_WORDS:
        return None
    if _TIMECODES.compiled.fullmatch(body):
        return "player", SURE
    if _LONE_TIMECODE.compiled.fullmatch(body):
        return "player", LIKELY
    if len(tokens) <= 10 and _CAPTCHA.compiled.search(body):
        return "captcha", SURE
    barred = not _BARS.isdisjoint(body)
    if (len(tokens) <= 10 or (barred and _quotes_board(body))) and _TICKER.compiled.search(body):
        return "ticker", SURE
    if (barred or _DASHES & set(body) or WIDE_GAP in body) and is_running_head(body, words):
        return "running head", SURE
    if (barred or _DASHES & set(body)) and _exported_page(body, words):
        return "running head", SURE
    if body[:1].isdigit() and (printed := print_header(body)) is not None:
        return "running head", SURE if printed else LIKELY
    if "°" in body and weather_row(body):
        return "weather", SURE  # places and their temperatures: a weather widget wherever it stands
    if barred and is_widget(body, words):
        return "widget", LIKELY  # sure only at the edge of the article or beside furniture
    links = link_row(body)
    if links:
        return "menu", SURE if links >= MIN_SURE_LINKS else LIKELY
    if hashtag_row(body):
        return "tags", SURE
    if _ATTACHMENT.compiled.fullmatch(body):
        return "attachment", SURE
    if _COUNTER.compiled.fullmatch(body.strip("()[] ")):  # "(Photo: 1 of 9)"
        return "gallery", LIKELY
    counted = _COUNTER_TAIL.compiled.fullmatch(body)
    if counted and len(TOKEN.findall(counted.group("tail"))) <= MAX_COUNTER_TAIL_WORDS:
        return "gallery", LIKELY
    step = _step(body, words)
    if step is not None:
        return step
    if _EMBED.compiled.fullmatch(body):
        return "embed", SURE
    if _PLAY.compiled.match(body):
        if _DURATION.search(body):
            return "player", SURE
        if len(tokens) <= MAX_PLAY_WORDS and not ends_sentence(body):
            return "player", LIKELY
    if len(tokens) <= MAX_PLAY_WORDS and _PLAYED_LENGTH.compiled.search(body):
        return "player", SURE
    if _PLAYER_BAR.compiled.match(body):
        return "player", SURE
    if body.endswith(")") and _playlist(body):
        return "player", LIKELY
    if _SIGN_OFF.compiled.fullmatch(body):
        return "sign-off", LIKELY  # sure at the bottom, where agencies sign
    if is_wire_code(body):
        return "wire", SURE
    # A slug's first word is a code, capitals or a figure: a line whose second letter is small is not one.
    if not body[1:2].islower() and is_wire_slug(body, words):
        return "wire", LIKELY  # sure at the top or bottom of the item, where agencies print it
    if is_written_slug(body):
        return "wire", SURE  # a reference code and a dated clock in a few short pieces: never a sentence
    if body.startswith("+++") and is_update_banner(body):
        return "live", SURE
    if is_continued(body, words):
        return "wire", LIKELY  # "SEGUE" alone: sure beside the wire's other marks or at the edge
    if is_copyright(body, words):
        return "copyright", SURE
    if _RATING.compiled.fullmatch(body) and _counts_ratings(body, words):
        return "rating", SURE
    keys = token_keys(tokens)
    # Most lines hold no figure, and most shapes below need words few lines hold: each is screened at C
    # speed first (a set meets the line's keys, a substring meets the line) before its Python test.
    counted = _DIGIT.compiled.search(body) is not None
    if counted and len(tokens) <= MAX_FOLIO_WORDS and is_folio(body, words):
        return "running head", SURE
    if counted and len(tokens) <= MAX_BAR_WORDS and keys[0] in words.reaction_heads and reaction_row(body, words):
        return "reactions", SURE
    if counted and len(tokens) <= MAX_BAR_WORDS and emoji_reactions(body):
        return "reactions", SURE
    if counted and comment_footer(body, words):
        return "comments", SURE
    if counted and ":" in body and comment_head(body, words):
        return "comments", SURE
    if counted and "(" in body and archive_row(body, words):
        return "menu", SURE
    if not words.provenance_words.isdisjoint(keys) and is_provenance(body, keys, words):
        return "tools", SURE
    if "+" in body and len(tokens) <= MAX_SHORTCUT_WORDS and _asks_shortcut(body):
        return "tools", SURE
    if len(tokens) <= MAX_SEGMENT_WORDS and _read_in_language(body, keys, words):
        return "tools", SURE
    if len(tokens) <= MAX_EDITION_WORDS and not words.tongues.isdisjoint(keys) and _edition_label(body, words):
        return "masthead", LIKELY  # sure at the top, where a site prints its name and edition
    if counted and _MINUTE_RANGE.compiled.fullmatch(body):
        return READING_TIME, LIKELY  # "7–9 minutes" alone: sure at the top, under the headline
    if body.count("·") == 2 and _sourced_teaser(body, words):
        return "related", SURE
    if body.startswith("[") and _bracketed_button(body, words):
        return BUTTON, LIKELY  # sure beside other furniture; a link's text is the story's (audit/furniture.py)
    if counted and len(tokens) <= MAX_READING_WORDS and _reading_time(keys, words):
        return READING_TIME, SURE
    if counted and _CLOCK.compiled.match(body) and _timed(keys):
        return READING_TIME, SURE
    if ":" in body and not _TOPIC_MARKS.isdisjoint(body) and _topic_row(body, words):
        return "feed", SURE
    short = _judge_short(body, tokens, keys, words) if len(tokens) <= MAX_BAR_WORDS else None
    if short is not None and short[1] == SURE:
        return short
    if not words.outlets.isdisjoint(keys) and sends_to_channel(body, keys, words):
        return "share bar", SURE
    if len(tokens) <= MAX_PLATFORM_BUTTON_WORDS and _platform_button(body, tokens, keys, words):
        return "share bar", SURE
    if barred and _labelled_teaser(body, words):
        return "related", LIKELY
    sponsor = None if words.by.isdisjoint(keys) else _sponsored_by(keys, tokens, words)
    if sponsor is not None:
        return sponsor, SURE
    # Shapes that make a line likely furniture in any wording (a listed phrase above says more).
    if counted and len(tokens) <= MAX_METER_WORDS and _meter(body, tokens, keys, words):
        return "paywall", LIKELY
    if _asks_cookie_consent(body, tokens, keys, words):
        return "cookies", LIKELY
    if len(tokens) <= MAX_PROMPT_WORDS and _pitches_inbox(tokens, keys, words):
        return "newsletter", LIKELY
    if ("/" in body and _WIRE_SLUG.compiled.fullmatch(body)) or (
        "(" in body and _LONE_DATELINE.compiled.fullmatch(body)
    ):
        return "wire", LIKELY
    if counted and len(tokens) <= MAX_COUNTED_WORDS and not ends_sentence(body) and _counts_in_words(keys, words):
        return "counter", LIKELY
    if counted and len(tokens) <= MAX_READINGS_WORDS and not ends_sentence(body) and _counts_readings(keys, words):
        return "counter", SURE
    if len(tokens) <= MAX_PAGE_BUTTON_WORDS and _names_page_button(body, tokens, keys, words):
        return "interface", LIKELY
    if (
        is_stamp(keys, words)
        or (YEAR.compiled.search(body) and CLOCK.compiled.search(body) and dated(keys, words))
        or (counted and is_signed_stamp(keys, words, clocked=CLOCK.compiled.search(body) is not None))
    ):
        return "stamp", LIKELY  # sure at the top or bottom, or beside other furniture
    placed = _PLACED.compiled.fullmatch(body)
    if placed and _stamped(placed.group("rest"), words):
        return "stamp", LIKELY  # a dateline with nothing but a date and a time ("Séoul, le 7 mars 2024 – 08:10 KST")
    if _aired(body, words):
        return "stamp", LIKELY
    if barred and _stamp_with_tail(body, words):
        return "stamp", LIKELY
    if _breadcrumb(body, words):
        return "breadcrumb", SURE
    if barred and _section_path(body, words):
        return "breadcrumb", LIKELY  # sure at the top, where a page prints its path
    if not _DASHES.isdisjoint(body) and _dashed_sections(body, words):
        return "kicker", LIKELY  # a page's path over the headline; between paragraphs a subhead's
    if "." in body[:60] and _site_footer(body):
        return "meta", LIKELY  # a printed page's footer: sure at the bottom, the article's between paragraphs
    if body.count(",") >= 2 and is_postal_address(body):
        return "imprint", LIKELY  # a sender's address under a newsletter; a venue inside a story is kept (EDGE_KINDS)
    lead = _lead(body, keys, words)
    if lead is not None:
        return lead, SURE
    # A site's domain or a handle ends a link to the story and a signature; a sentence ends on a word.
    tail = (body.rstrip(_EDGE_ARROWS + "↗/").rsplit(None, 1) or [""])[-1]
    if "." in tail.rstrip(_TERMINAL) or tail.startswith("@"):
        read_on = _read_on(body, words)
        if read_on is not None:
            return read_on, SURE
        if _signed(body, words):
            return "signature", LIKELY  # sure beside the post's buttons or at the edge of the article
    label = words.patterns.label(_emoji_as_stop(_unwrapped(body)))
    if label is not None:
        # A prompt is only likely alone between paragraphs, however sure its wording (`ui.<code>.prompt`).
        return label, LIKELY if label.endswith(LIKELY_GROUPS) else SURE
    if is_staff(body, words):
        return "staff", LIKELY  # sure only at the edge of the article or beside furniture
    if barred and _app_banner(body, words):
        return "prompt", LIKELY
    if (
        len(tokens) <= MAX_DEVICE_PROMPT_WORDS
        and (not words.controls.isdisjoint(keys) or " ".join(keys[:2]) in words.controls)  # "Turn on …"
        and asks_device(body, keys, words, has_quotes(body))
    ):
        return "prompt", SURE  # a heading's prompt is the article's (audit/furniture.py)
    listed = _listed(body, words)
    if listed is not None:
        return listed
    prompt = _prompt(body, tokens, keys, words)
    found = prompt if prompt is not None and (short is None or short[1] < prompt[1]) else short
    if (found is None or found[1] == WEAK) and len(tokens) <= MAX_PIECES_WORDS:
        pieces = _pieces(body, words)
        if pieces is not None:
            return pieces
    # A printed page's header cuts its row with wide gaps, not bars ("2024-04-03 10:26   Source: X").
    row = body if barred else _WIDE_GAPS.compiled.sub(" | ", body) if WIDE_GAP in body else None
    if (found is None or found[1] == WEAK) and row is not None and meta_row(row, words, _furniture_piece(words)):
        # Sure with a piece that is furniture for sure alone ("● LIVE", "Lesezeit: 4 Min."); else sure at
        # the top or bottom, where pages print it, or beside furniture.
        return "meta", SURE if _holds_sure_piece(row, words) else LIKELY
    if found is None and len(tokens) <= MAX_FORM_OPTION_WORDS:
        option = _form_option(body, tokens, keys, words)
        if option is not None:
            return "comments", option
    if found is None and _legal_notice(tokens, keys, words):
        return "legal", WEAK  # the fine print of a form: furniture beside the form, else a sentence on the law
    if (found is None or found[1] == WEAK) and ":" in body and _led_teasers(body):
        return "related", LIKELY  # after the lists: a listed lead names the box better
    if (found is None or found[1] == WEAK) and body[-1:] in _EDGE_ARROWS:
        # Arrows after a label are its buttons ("Bild 1 von 6 ‹ ›"): the label says what it is.
        trimmed = body.rstrip(_EDGE_ARROWS)
        if trimmed and trimmed != body and TOKEN.search(trimmed):
            again = judge(trimmed, words)
            if again is None or again[1] == WEAK:
                again = _arrowed_link(body, trimmed) or again
            return again or found
    return found


def _arrowed_link(body: str, trimmed: str) -> Verdict | None:
    """A link that points on with an arrow, in whatever language or script its words are ("Pročitajte
    više →", "Ka ìròyìn yìí ní èdè Yorùbá →", "Read this story in English ›"): a few words, no figure,
    no sentence and no quotation before a right-pointing arrow. A story's line ends on a word or a full
    stop; a French quotation closes its « with », which is no arrow here.

    >>> _arrowed_link("Llegiu aquesta notícia en català →", "Llegiu aquesta notícia en català ")
    ('related', 2)
    >>> _arrowed_link("Route 66 →", "Route 66 "), _arrowed_link("« On y va »", "« On y va ")
    (None, None)
    """
    arrow = body[len(trimmed) :].strip()
    if arrow[:1] not in _RIGHT_ARROWS or (arrow[:1] in "»" and len(arrow) == 1):
        return None
    text = trimmed.rstrip()
    if (
        len(TOKEN.findall(text)) > MAX_ARROWED_WORDS
        or _DIGIT.compiled.search(text)
        or text[-1:] in _TERMINAL
        or has_quotes(body)
        or "«" in text
    ):
        return None
    return "related", SURE


def _quotes_board(body: str) -> bool:
    """True for a board of quotes between bars, each a short name and its figures ("VN-Index 1,287.42
    ▲0.63% | USD/VND 25,410 | Gold 88.5 million/tael"); a line of results names more than a figure.

    >>> _quotes_board("Nikkei 38,912 ▲0.3% | USD/JPY 151.2 | Brent 82.10"), _quotes_board("Turnout | 61%")
    (True, False)
    """
    pieces = BAR_ITEMS.compiled.split(body)
    return len(pieces) >= MIN_QUOTES and all(
        _DIGIT.compiled.search(piece)
        and sum(not token[:1].isdigit() for token in TOKEN.findall(piece)) <= MAX_QUOTE_WORDS
        for piece in pieces
    )


def _asks_shortcut(body: str) -> bool:
    """True for a widget's instruction that ends on a keyboard shortcut, not a sentence ("Found a typo?
    Select it and press Ctrl+Enter"): a story does not tell its reader which keys to press.

    >>> _asks_shortcut("Spotted an error? Highlight it and press Ctrl+Enter"), _asks_shortcut("Press Ctrl+C.")
    (True, False)
    """
    return _SHORTCUT_TAIL.compiled.search(body) is not None and not ends_sentence(body)


def _reading_time(keys: list[str], words: Lexicon) -> bool:
    """True for a reading time in any order or wording: a word for reading, a number, a unit of time and
    small words only ("Lesezeit 4 Minuten", "3 minuti di lettura", "Lectura de 4 min", "5 minutes reading")."""
    return (
        any(map(words.reading.__contains__, keys))
        and any(map(words.calendar.__contains__, keys))
        and all(
            item in words.reading or item in words.calendar or item in words.stopwords or NUMBER.search(item)
            for item in keys
        )
    )


def _timed(keys: list[str]) -> bool:
    """True for minutes after a clock pictogram, which stands for the word for reading ("⏱ 3 Min.",
    "🕒 5 minutos"): one number and the word for minutes, which opens on "min" in the languages of
    Europe ("min", "Minuten", "minuti", "minut"); a clock before a day is a stamp or a subhead."""
    keys = [item for item in keys if item != _EMOJI_STYLE]  # the selector after "⏱" reads as a word
    numbers = sum(1 for item in keys if NUMBER.search(item))
    return (
        numbers == 1
        and 1 < len(keys) <= MAX_CLOCK_WORDS
        and all(item.startswith("min") or NUMBER.search(item) for item in keys)
    )


def _edition_label(body: str, words: Lexicon) -> bool:
    """True for a site's name and its edition or service in a language, after a bar or a dash ("Chamal
    Post · English edition", "Voz do Sul · Édition française", "Radio Pwani Afrique · Service en
    français", "Chao Phraya Watch — English"): the last piece holds a language's name and otherwise only
    a word for an edition and small words."""
    pieces = _EDITION_ITEMS.compiled.split(body.strip(" *_"))
    if len(pieces) < 2 or ends_sentence(body) or len(TOKEN.findall(pieces[0])) > MAX_SITE_NAME_WORDS:
        return False
    keys = token_keys(TOKEN.findall(pieces[-1]))
    return (
        0 < len(keys) <= MAX_SEGMENT_WORDS
        and not words.tongues.isdisjoint(keys)
        and all(item in words.tongues or item in words.editions or len(item) <= 2 for item in keys)
    )


def _sourced_teaser(body: str, words: Lexicon) -> bool:
    """True for an aggregator's teaser: a headline, its source and when it ran, between middle dots
    ("Coreia do Sul: estudantes estrangeiros batem recorde · Agência Lusa · ontem"). A story writes no
    source's name between a headline and a day."""
    pieces = [piece.strip() for piece in BAR_ITEMS.compiled.split(body)]
    if len(pieces) != 3:
        return False
    headline, source, when = pieces
    when_keys = token_keys(TOKEN.findall(when))
    source_tokens = TOKEN.findall(source)
    headline = headline.lstrip("-*•· ")
    return (
        (_headline_piece(headline) or _headline_piece(headline.split(":", 1)[-1].strip()))
        and 0 < len(source_tokens) <= MAX_SITE_NAME_WORDS
        and source[:1].isupper()
        and not ends_sentence(source)
        and 0 < len(when_keys) <= MAX_WHEN_WORDS
        and all(item.isdigit() or item in words.calendar for item in when_keys)
    )


def _bracketed_button(body: str, words: Lexicon) -> bool:
    """True for a button's label alone on its line in brackets, Markdown's link text without a link
    ("[Ver cobertura completa]", "[Rejoindre la chaîne]"): a call or an interface word first, or a few
    words alone, the first capitalised; a caption's or a credit's bracket names its label or its year
    ("[Photo: …]", "[Melness, 1974]"), and the story's own brackets stand inside its sentences ("[sic]")."""
    match = _BRACKETED_LABEL.compiled.fullmatch(body)
    if match is None:
        return False
    label = match.group("label")
    tokens = TOKEN.findall(label)
    if not 0 < len(tokens) <= MAX_SEGMENT_WORDS or ends_sentence(label):
        return False
    first = token_key(tokens[0])
    listed = first in words.calls or words.is_interface_word(tokens[0]) or first in words.controls
    return listed or (len(tokens) > 1 and _BUTTON_LABEL.compiled.fullmatch(label) is not None)


def _read_in_language(body: str, keys: list[str], words: Lexicon) -> bool:
    """True for a link to the story in another language: a word for reading, a language's name and small
    words only ("Read in Spanish", "Auf Englisch lesen", "Leer en inglés")."""
    return (
        not ends_sentence(body)
        and any(map(words.tongues.__contains__, keys))
        and any(map(words.reading.__contains__, keys))
        and all(item in words.tongues or item in words.reading or len(item) <= MAX_LINKING_LETTERS for item in keys)
    )


def _meter(body: str, tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for a paywall's meter: a count of articles and a word for free, said to the reader ("Vous
    avez lu 3 articles gratuits ce mois-ci") or in a short line of one clause ("Hai letto 3 dei 5
    articoli gratuiti"); news tells of a meter in a longer sentence ("The meter, which allowed 5 free
    articles a month, was dropped")."""
    if words.free.isdisjoint(keys):  # `ui.free` lists its inflected forms: most lines say none
        return False
    if not any(item in words.counters or words.base(item, words.counters) for item in keys):
        return False
    addressed = _count(keys, words.reader) or any(token in words.polite for token in tokens[1:])
    return bool(addressed) or (len(tokens) <= MAX_METER_CLAUSE_WORDS and "," not in body)


def _asks_cookie_consent(body: str, tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for a consent notice however it opens: it names cookies and asks the reader's consent, a
    word for the reader beside a consent verb or a verb that addresses the reader alone ("By clicking
    Accept, you agree to the storing of cookies", "Si continúas navegando, aceptas el uso de cookies");
    news on cookie rules reports what sites and visitors do ("visitors must refuse tracking as easily as
    they accept it")."""
    if (
        ("ookie" not in body and "OOKIE" not in body)
        or len(tokens) > MAX_COOKIE_WORDS
        or not any(item.startswith("cookie") for item in keys)
    ):
        return False
    # A notice quotes its button ("By clicking “Accept”"); a story quotes someone at more length.
    if has_quotes(_BUTTON_QUOTE.compiled.sub("", body)):
        return False
    for index, item in enumerate(keys):
        if item in words.addressed_consent:
            return True
        if item in words.consent:
            near = range(max(0, index - CONSENT_REACH), min(len(keys), index + CONSENT_REACH + 1))
            if any(keys[other] in words.reader or (other and tokens[other] in words.polite) for other in near):
                return True
    return False


def _counts_in_words(keys: list[str], words: Lexicon) -> bool:
    """True for a count of the page's comments or reactions worded as a short line that names the page
    ("Il y a 37 réactions à cet article", "Este artículo tiene 9 comentarios"); a line of prose counts
    without naming the page ("Mehr als 300 Kommentare dazu gingen …", wrapped)."""
    pairs = list(itertools.pairwise(keys))
    return any(" ".join(pair) in words.page for pair in pairs) and any(
        NUMBER.search(number) and (item in words.counters or words.base(item, words.counters)) for number, item in pairs
    )


def _counts_readings(keys: list[str], words: Lexicon) -> bool:
    """True for a count of readings worded as a short line that names the page or the thread ("This
    thread has been viewed 4,208 times", "Dieses Thema wurde 2.317 mal angesehen", "Questa discussione è
    stata letta 1.204 volte"): the page, a word for read or viewed, a number and a word for times. A
    story says how often a video was seen without naming its own page, and in a sentence.

    >>> from audit.ui_lexicon import TOKEN, lexicon, token_keys
    >>> _counts_readings(token_keys(TOKEN.findall("Este tópico foi lido 5.118 vezes")), lexicon())
    True
    >>> _counts_readings(token_keys(TOKEN.findall("Das Video wurde 40.000 mal angesehen")), lexicon())
    False
    """
    pairs = list(itertools.pairwise(keys))
    return (
        not words.reading.isdisjoint(keys)
        and any(NUMBER.search(number) and item in words.times for number, item in pairs)
        and any(" ".join(pair) in words.page for pair in pairs)
    )


def _names_page_button(body: str, tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for a button that names the page or its topic: an interface word or a call, the page ("cet
    article", "diesem Thema") and small linking words only ("Kommentieren Sie diesen Artikel", "Get
    alerts on this story", "Segui questo argomento")."""
    if words.page_words.isdisjoint(keys) or ends_sentence(body):
        return False
    if not any(" ".join(pair) in words.page for pair in itertools.pairwise(keys)):
        return False
    return any(
        words.is_label_word(token) or item in words.actions for token, item in zip(tokens, keys, strict=True)
    ) and all(
        words.is_label_word(token)
        or item in words.actions
        or item in words.calls
        or item in words.stopwords
        or item in words.page_words
        or token in words.polite
        or (len(item) <= MAX_LINKING_LETTERS and token.islower())
        for token, item in zip(tokens, keys, strict=True)
    )


def _sponsored_by(keys: list[str], tokens: list[str], words: Lexicon) -> str | None:
    """The group of an advertising label that names its network ("Promoted content by Outbrain",
    "Contenuti sponsorizzati da Outbrain"): a phrase of the ads group, a word for "by", a brand of one to
    three capitalised words; None for any other line."""
    # The brand closes the line: only the last few words may be the word for "by".
    for index in range(len(keys) - 2, max(0, len(keys) - 2 - MAX_PATH_ITEM_WORDS), -1):
        if keys[index] not in words.by or not all(token[:1].isupper() for token in tokens[index + 1 :]):
            continue
        said = words.phrase(" ".join(keys[:index]))
        if said is not None and said[1] == 0 and said[0].endswith("/ads"):
            return said[0]
    return None


def _labelled_teaser(body: str, words: Lexicon) -> bool:
    """True for a teaser under a label in capitals that opens with an interface word or a lead, then a
    bar and a headline in sentence case ("MORE FROM WEATHER | Why nights are getting warmer", "ALTRE
    NOTIZIE DI METEO | Perché …"); an article's kicker names its genre or its place ("ANALYSIS | …",
    "UKRAINE NEWS TODAY | WHAT THE …", shared/data/mlqe-pe ru-en)."""
    label, bar, headline = body.partition("|")
    said = TOKEN.findall(label)
    return (
        bool(bar)
        and 0 < len(said) <= MAX_LEAD_WORDS
        and label.isupper()
        and (words.is_label_word(said[0]) or token_key(said[0]) in words.lead_words)
        and 0 < len(TOKEN.findall(headline)) <= MAX_LEAD_REST
        and headline.strip()[:1].isupper()
        and not (headline.split()[0].isupper() and len(headline.split()[0]) > 1)
        and not ends_sentence(headline)
        and "|" not in headline
    )


def _topic_row(body: str, words: Lexicon) -> bool:
    """True for a label and a row of topics between dots or bars ("Explore more on these topics: Water ·
    Drought · Environment"): the label holds an interface word, each topic is a few words without a
    figure (a line of results has figures: "Votes: Yes 54 · No 46")."""
    head, _, rest = body.partition(":")
    label = token_keys(TOKEN.findall(head))
    if not 0 < len(label) <= MAX_TOPIC_HEAD_WORDS or not any(
        item in words.words or item in words.phrase_words or item in words.lead_words for item in label
    ):
        return False
    topics = [item.strip() for item in _TOPIC_ITEMS.compiled.split(rest) if item.strip()]
    return len(topics) >= MIN_TOPICS and all(
        0 < len(TOKEN.findall(topic)) <= MAX_TOPIC_WORDS and not any(map(str.isdigit, topic)) and not terminated(topic)
        for topic in topics
    )


def _pitches_inbox(tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for a newsletter's pitch in any wording: it promises the reader's inbox something on a
    schedule or with a call ("The best of the week, delivered to your inbox every Sunday", "Die
    wichtigsten Nachrichten – jeden Morgen in Ihrem Postfach"); a story on phishing says "your inbox"
    without a schedule ("If such a message lands in your inbox, delete it")."""
    if words.inbox_heads.isdisjoint(keys):
        return False
    grams = {
        " ".join(keys[start : start + size]) for size in range(1, MAX_INBOX_WORDS + 1) for start in range(len(keys))
    }
    if words.inbox.isdisjoint(grams):
        return False
    addressed = _count(keys, words.reader) or any(token in words.polite for token in tokens[1:])
    timed = any(item in words.periodic or words.base(item, words.periodic) for item in keys)
    return bool(addressed) and (timed or keys[0] in words.calls)


def _platform_button(body: str, tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for a button that opens a platform or the site's app: an interface verb or an action, the
    platform and small linking words only ("Watch on YouTube", "Apri nell'app", "In der App öffnen"); a
    headline names someone ("Trump on TikTok")."""
    # French and Italian elide the article into the word ("l'application", "nell'app").
    bases = [item.rsplit("'", 1)[-1] for item in keys]
    if (words.platforms.isdisjoint(bases) and words.apps.isdisjoint(bases)) or ends_sentence(body):
        return False
    if not _CREDIT_MARKS.isdisjoint(body):
        return False  # a credit names its source ("Foto: Facebook/Instagram"); a button is a few bare words
    verbs = [
        item
        for token, item in zip(tokens, keys, strict=True)
        if (words.is_label_word(token) or item in words.actions) and item not in words.platforms
    ]
    return bool(verbs) and all(
        words.is_interface_word(token)
        or base in words.apps
        or item in words.actions
        or item in words.stopwords
        # A linking word, capitalised only as the button's first ("Auf YouTube ansehen", "Bei …").
        or (len(base) <= MAX_LINKING_LETTERS and (token.islower() or index == 0))
        for index, (token, item, base) in enumerate(zip(tokens, keys, bases, strict=True))
    )


def _form_option(body: str, tokens: list[str], keys: list[str], words: Lexicon) -> int | None:
    """How sure a line is an option of a comment form that the reader ticks: it speaks of the reader as
    "me" or "my" and names what the form holds ("Save my name, email, and website in this browser …",
    "Benachrichtige mich über nachfolgende Kommentare via E-Mail"). Three such words make it likely; fewer
    only beside the form, as a reader's quote may say "my comments by email". None for any other line."""
    if (
        (words.first_person.isdisjoint(keys) and "-m" not in body)
        or has_quotes(body)
        or not any(item in words.first_person or item.rsplit("-", 1)[-1] in words.first_person for item in keys)
    ):
        return None
    named = sum(item in words.fields or words.is_label_word(token) for token, item in zip(tokens, keys, strict=True))
    return LIKELY if named >= MIN_FORM_OPTION_WORDS else WEAK if named else None


def _legal_notice(tokens: list[str], keys: list[str], words: Lexicon) -> bool:
    """True for the fine print of a form: it names a legal text of the site ("privacy policy",
    "conditions générales") and speaks to the reader or names an interface object ("By subscribing,
    you accept our privacy policy", "Privacy Notice: Newsletters may contain …")."""
    if words.legal_heads.isdisjoint(keys) or not any(
        item in words.legal or " ".join(pair) in words.legal
        for item, pair in zip(keys, itertools.pairwise([*keys, ""]), strict=True)
    ):
        return False
    return bool(
        _count(keys, words.reader)
        or any(token in words.polite for token in tokens[1:])
        or any(
            words.is_label_word(token) or words.base(item, words.words)
            for token, item in zip(tokens, keys, strict=True)
        )
    )


_ROW_KINDS = frozenset({"stamp", "wire"})


def _furniture_piece(words: Lexicon) -> Callable[[str], bool]:
    """Whether a piece of a row is furniture alone: a count, or a line judged surely furniture (a lone
    "Print" may be a word of a list: "Brest · Print · Roscoff"), or a stamp or a wire's slug, which are
    the page's whatever their strength alone ("Publié il y a 3 heures", "JORDANIA-AGUA-TARIFAS")."""

    def furniture(piece: str) -> bool:
        verdict = judge(piece, words)
        return is_count(piece, words) or (verdict is not None and (verdict[1] == SURE or verdict[0] in _ROW_KINDS))

    return furniture


def _holds_sure_piece(row: str, words: Lexicon) -> bool:
    """True when a piece of a row between bars is surely furniture alone."""
    return any(
        (verdict := judge(piece.strip(), words)) is not None and verdict[1] == SURE
        for piece in BAR_ITEMS.compiled.split(row)
    )


def _pieces(body: str, words: Lexicon) -> Verdict | None:
    """A line whose pieces (between bars, sentence ends or spaced dashes) are each furniture: a credit
    and its buttons ("Quelle: site.example · vor 3 Std. · Originalartikel anzeigen ›"), a notice and its
    button ("Automatisch übersetzt aus dem Arabischen. Original anzeigen"), a breadcrumb and a listen
    button, a post's number and its stamp ("Message #1 | posté par nikos le 14/11/2024 à 22:17"), two
    sentences of a provider's disclaimer. One piece may be a credit or a source's tag in brackets (what
    the buttons act on), and one a pitch that opens with a call beside a sure button ("Recevez chaque
    matin l'essentiel de l'actualité. Je m'inscris", "Get alerts on your phone. Text ROADS to 55512.");
    the others must each be furniture alone, so a sentence of prose spoils it."""
    parts = [part for part in _PIECES.compiled.split(body) if TOKEN.search(part)]
    # The last piece may be as long as a stamp after a bar, a button's words after a sentence.
    longest = MAX_BAR_WORDS if not _BARS.isdisjoint(body) else MAX_WEAK_WORDS
    if len(parts) < 2 or len(TOKEN.findall(parts[-1])) > longest:
        return None
    kinds: list[Verdict] = []
    named = pitched = offered = 0
    # The last piece first: furniture ends on a button or a notice, a paragraph on a sentence of prose,
    # and most lines cut into pieces are paragraphs (each piece judged costs a whole judgement).
    index = len(parts)
    while index > 0:
        index -= 1
        part = parts[index]
        cut = parts[index - 1] if index > 0 and parts[index - 1].endswith(".") else ""
        if cut and is_count(f"{cut} {part}", words):
            kinds.append(("counter", SURE))  # a count cut at its abbreviation ("4 Min." / "Lesezeit")
            index -= 1
            continue
        verdict = judge(part.strip(), words)
        if verdict is not None and verdict[1] > WEAK:
            kinds.append(verdict)
        elif is_count(part, words):
            kinds.append(("counter", SURE))
        elif _is_contact(part, words):
            kinds.append(("contact", LIKELY))
        elif not named and (credit(part, words) or _SOURCE_TAG.compiled.fullmatch(part.strip())):
            named += 1
        elif not pitched and _pitches(part, words):
            pitched += 1
        elif not offered and _offers(part, words):
            offered += 1
        else:
            return None
    pitches = pitched + offered
    if not kinds or (pitches and all(level < SURE for _, level in kinds)):
        return None
    return kinds[-1][0], max(level for _, level in kinds) if len(kinds) > 1 or not named + pitches else LIKELY


def _is_contact(part: str, words: Lexicon) -> bool:
    """True for a piece of a contact bar: a contact label and a phone number or an address ("Hotline:
    0905 123 456", "Tel. +49 30 1234 567"); alone on a line it may be a press office's, in a bar the
    page's."""
    match = _CONTACT.compiled.fullmatch(part.strip())
    return match is not None and key(match.group("label")) in words.contact


def _offers(part: str, words: Lexicon) -> bool:
    """True for a subscription's price for a period ("1 Monat für 0,99 €", "£1 a week"): beside a
    paywall's button it is the paywall's, alone it may be news ("Petrol now costs €2")."""
    keys = token_keys(TOKEN.findall(part))
    return (
        0 < len(keys) <= MAX_OFFER_WORDS
        and _PRICE.compiled.search(part) is not None
        and any(map(words.calendar.__contains__, keys))
    )


# How far into a pitch the page it acts on is named ("Share this story", "Teilen Sie diesen Artikel").
MAX_PAGE_REACH = 4


def _pitches(part: str, words: Lexicon) -> bool:
    """True for a sentence that opens with a call to the reader ("Recevez chaque matin …", "Get the
    latest alerts …"), or with a button's word acting on the page ("Share this story with your
    friends!", "Teilen Sie diesen Artikel"): news prose reports calls, it does not open with one."""
    tokens = TOKEN.findall(part)
    keys = token_keys(tokens)
    if not 0 < len(keys) <= MAX_PROMPT_WORDS:
        return False
    return keys[0] in words.calls or (
        words.is_interface_word(tokens[0])
        and any(" ".join(pair) in words.page for pair in itertools.pairwise(keys[1:MAX_PAGE_REACH]))
    )


def _listed(body: str, words: Lexicon) -> Verdict | None:
    """A box of teasers or a poll printed on one line: a heading of the related group and numbered
    headlines ("LO MÁS LEÍDO 1. Un perro salva… 2. El precio…"), or a question with its short options
    and a button of the poll group ("ENCUESTA ¿Tienes un reloj de cuco? Sí · No · Ver resultados")."""
    run = _NUMBERED_RUN.search(body)
    if run is not None:
        heading = words.phrase(key(body[: run.start()]))
        if heading is not None and heading[1] == 0 and heading[0].endswith("/related"):
            return heading[0], SURE
    asked = max(body.rfind("?"), body.rfind("؟"))
    if asked < 0:
        return None
    options = [option for option in _POLL_OPTIONS.compiled.split(body[asked + 1 :]) if option.strip()]
    if any(len(TOKEN.findall(option)) > MAX_POLL_OPTION_WORDS for option in options):
        return None
    if len(options) >= 2 and _grants(options, words) and len(TOKEN.findall(body[:asked])) <= MAX_QUESTION_WORDS:
        return "prompt", SURE  # a browser's permission prompt: "Get breaking news alerts? Allow | Not now"
    if len(options) < 3:
        return None
    button = words.phrase(key(options[-1]))
    if button is not None and button[1] == 0 and button[0].endswith("/poll"):
        return button[0], SURE
    return None


def _grants(options: list[str], words: Lexicon) -> bool:
    """True when one of a question's buttons grants a permission ("Allow", "Autoriser", "Erlauben"): a
    poll's options answer the question ("Yes · No"), a prompt's buttons grant or put off."""
    return any(token_key(token) in words.consent for option in options for token in TOKEN.findall(option)[:1])


def _app_banner(body: str, words: Lexicon) -> bool:
    """True for a banner that sells the site's app with a button after a bar ("Read faster in the Korea
    Today app · OPEN", "Lisez-nous dans l'appli · Télécharger"): the button is one upper-case word or a
    call, and the banner names an app (`ui.apps`)."""
    *pieces, button = BAR_ITEMS.compiled.split(body)
    said = TOKEN.findall(" ".join(pieces))
    pressed = TOKEN.findall(button)
    return (
        bool(pieces)
        and len(pressed) == 1
        and (token_key(pressed[0]) in words.calls or _is_button(pressed[0], words))
        and len(said) <= MAX_FOLLOW_WORDS + 4
        and not ends_sentence(" ".join(pieces))
        # French elides the article into the word ("l'appli"): the word is what follows the apostrophe.
        and _count([item.rsplit("'", 1)[-1] for item in token_keys(said)], words.apps) > 0
    )


def _is_button(word: str, words: Lexicon) -> bool:
    """True for a button's label: one upper-case word, not a section tag after a teaser ("· TECH")."""
    return word.isupper() and len(word) > 1 and token_key(word) not in words.sections


def _stamped(text: str, words: Lexicon) -> bool:
    """True for a date with a year and a time of day, and nothing else ("le 7 mars 2024 – 08:10 KST")."""
    return bool(
        YEAR.compiled.search(text) and CLOCK.compiled.search(text) and dated(token_keys(TOKEN.findall(text)), words)
    )


def _aired(body: str, words: Lexicon) -> bool:
    """True for a broadcast's stamp: a stamp label, a colon, the programme, then only its date and time
    ("Sendung: tagesschau24, 28.04.2025, 15:00 Uhr", "Broadcast: Newsnight, 3 May 2025, 22:30")."""
    label, colon, rest = body.partition(":")
    if not colon or len(label) > MAX_STAMP_LABEL or key(label) not in words.stamps:
        return False
    placed = _PLACED.compiled.fullmatch(rest.strip())
    return placed is not None and _stamped(placed.group("rest"), words)


def _counts_ratings(body: str, words: Lexicon) -> bool:
    """True when a line of stars says how many rated ("(37 Bewertungen)", "(12)"): a critic's stars in a
    review ("★★★★☆") count nobody."""
    match = _RATING.compiled.fullmatch(body)
    return match is not None and (not match.group("what") or key(match.group("what")) in words.counters)


def _section_path(body: str, words: Lexicon) -> bool:
    """True for a page's path printed with bars or dots: a section first, then a few short names, each
    capitalised, without a figure or a sentence mark ("Mundo | Ásia | Índia", "Internacional · Asia");
    a line of results has figures ("CDU 31 % | SPD 24 %"), a share bar no section first."""
    items = [item.strip() for item in BAR_ITEMS.compiled.split(body)]
    if not 2 <= len(items) <= MAX_PATH_ITEMS:
        return False
    # The site's name may come first, then its sections ("Harbour Now | National | Regional Economy").
    if key(items[0]) not in words.sections and (
        len(items) < MIN_SITE_PATH_ITEMS
        or not _is_site_name(items[0])
        or not any(key(item) in words.sections for item in items[1:])
    ):
        return False
    for item in items[1:]:
        tokens = TOKEN.findall(item)
        if (
            not 0 < len(tokens) <= MAX_PATH_ITEM_WORDS
            or not all(token[:1].isupper() for token in tokens)
            or any(character.isdigit() or character in ".,;:!?" for character in item)
        ):
            return False
    return True


def _dashed_sections(body: str, words: Lexicon) -> bool:
    """True for a page's path cut by spaced dashes, every item a section ("ÉCONOMIE – RÉGIONS"): prose
    cut by dashes holds other words.

    >>> from audit.ui_lexicon import lexicon
    >>> _dashed_sections("ÉCONOMIE – RÉGIONS", lexicon()), _dashed_sections("Économie – le grand retour", lexicon())
    (True, False)
    """
    items = _DASHED_ITEMS.compiled.split(body.strip("*_ "))
    return 2 <= len(items) <= MAX_PATH_ITEMS and all(key(item) in words.sections for item in items)


def is_postal_address(body: str) -> bool:
    """True for a line that is only a postal address, as a newsletter's footer prints its sender's: a
    name, a street with its number, the postcode and town last, cut by commas, no sentence end.

    >>> is_postal_address("Stadtwerke Kassel GmbH, Königstor 3, 34117 Kassel")
    True
    >>> is_postal_address("The Ledger, 40 Mill Lane, Leeds LS1 5AB"), is_postal_address("Kassel, 3 March, 2026")
    (True, False)
    """
    if len(body) > MAX_ADDRESS_CHARACTERS or ends_sentence(body):
        return False
    parts = [part.strip() for part in body.split(",")]
    return (
        MIN_ADDRESS_PARTS <= len(parts) <= MAX_ADDRESS_PARTS
        and _POSTCODE_TOWN.compiled.fullmatch(parts[-1]) is not None
        and any(_HOUSE_NUMBER.compiled.search(part) for part in parts[1:-1])
    )


def _site_footer(body: str) -> bool:
    """True for a printed page's footer: the site's address, a spaced dash, then a short notice
    ("www.harbour-news.example — Copy for personal use only", "www.lecourrier.example – Pour vous
    abonner, appelez le 024 …"); a sentence does not open on a bare address.

    >>> _site_footer("www.valley-post.example — Copia ad uso personale"), _site_footer("Port news — the ferry")
    (True, False)
    """
    match = _SITE_FOOTER.compiled.match(body)
    return match is not None and 0 < len(TOKEN.findall(body[match.end() :])) <= MAX_FOOTER_WORDS


def _is_site_name(item: str) -> bool:
    """True for a short name in capitals or title case ("Harbour Now", "EXCLUSIVA")."""
    tokens = TOKEN.findall(item)
    return 0 < len(tokens) <= MAX_CRUMB_WORDS and all(token[:1].isupper() for token in tokens)


def _read_on(body: str, words: Lexicon) -> str | None:
    """The kind of a link to the story on its site: a teaser or share phrase or lead, a small word, the site's
    domain ("Weiterlesen auf orient-echo.de ›", "Lire la suite sur harbour-news.example")."""
    site = _SITE.compiled.search(body.rstrip(_EDGE_ARROWS + "↗"))
    if site is None or not DOMAIN.compiled.fullmatch(site.group("site")):
        return None
    keys = token_keys(TOKEN.findall(body[: site.start()]))
    if keys and keys[-1] in words.stopwords:
        keys.pop()  # the preposition before the site ("auf", "sur", "at"); "more" is a small word too
    said = words.phrase(" ".join(keys)) if keys else None
    if said is not None and said[1] == 0:
        return said[0]
    return words.leads.get(" ".join(keys))  # "Read more at valley-times.example →"


def _signed(body: str, words: Lexicon) -> bool:
    """True for a forum poster's signature: a few words about the poster, then after a dash or a bar the
    poster's own site or handle ("Lyonnais à Osaka depuis 2011 — mon blog : …", "Harbour walker | my
    photos: @harbourlens"); an article names a site without "my"."""
    parts = _PIECES.compiled.split(body)
    if len(parts) < 2 or is_prose(" ".join(parts[:-1])):
        return False
    own = _OWN_SITE.compiled.fullmatch(parts[-1].strip(" *_"))  # in emphasis or not
    if own is None:
        return False
    keys = key(own.group("own")).split()
    # "My photo blog" is "my blog": the words between say what the site shows, as the first half of a
    # compound does ("mein Reiseblog" is "mein Blog").
    if " ".join(keys) in words.own or f"{keys[0]} {keys[-1]}" in words.own:
        return True
    return any(
        keys[-1].endswith(site) and f"{keys[0]} {site}" in words.own
        for site in (item.rsplit(" ", 1)[-1] for item in words.own)
        if len(keys[-1]) > len(site)
    )


def _stamp_with_tail(body: str, words: Lexicon) -> bool:
    """True for a stamp followed by other furniture ("Publié le 3 mars 2024 à 8 h 10 · Temps de
    lecture : 6 min", "Updated 09:10 | 4 min read"): each piece after the stamp is furniture itself."""
    first, *rest = BAR_ITEMS.compiled.split(body)
    keys = token_keys(TOKEN.findall(first))
    if not rest or not (
        is_stamp(keys, words) or (YEAR.compiled.search(first) and CLOCK.compiled.search(first) and dated(keys, words))
    ):
        return False
    return all(is_count(piece, words) or judge(piece, words) is not None for piece in rest)


def scoped_phrase(keys: list[str], words: Lexicon) -> str | None:
    """The group of a phrase narrowed to a section by a small word ("Mais lidas em Saúde", "Most read in
    Health", "Meistgelesen in Gesundheit"): any site's list of a section, which no list of phrases holds.

    >>> from audit.ui_lexicon import lexicon
    >>> scoped_phrase(["mais", "lidas", "em", "saúde"], lexicon())
    'pt/related'
    >>> scoped_phrase(["most", "read", "in", "2025"], lexicon()) is None
    True
    """
    for split in range(len(keys) - 2, 0, -1):
        section = keys[split + 1 :]
        if (
            (keys[split] in words.stopwords or len(keys[split]) <= MAX_SCOPE_LINK_LETTERS)
            and len(section) <= MAX_SCOPE_WORDS
            and (" ".join(section) in words.sections or all(item in words.sections for item in section))
        ):
            label = words.phrases.get(" ".join(keys[:split]))
            if label is not None:
                return label
    return None


def _judge_short(body: str, tokens: list[str], keys: list[str], words: Lexicon) -> Verdict | None:
    """What a short line says: a phrase, a bar of interface words, a phrase heading a label, a hint.

    A line with quotation marks quotes what it says (the form promised: „Ihre E-Mail-Adresse …“).
    """
    if has_quotes(body):
        return None
    said = words.phrase(key_of(tokens))
    if said is not None and said[1] == 0:
        return said[0], SURE
    scoped = scoped_phrase(keys, words)
    if scoped is not None and not ends_sentence(body):
        return scoped, SURE
    segments = [segment for segment in _SEGMENTS.compiled.split(body) if TOKEN.search(segment)]
    kinds = [_segment(segment, words) for segment in segments]
    if kinds and all(kinds):
        first = next((kind for kind in kinds if kind and "/" in kind), kinds[0]) or "share bar"
        return first, SURE if len(tokens) > 1 or first != "share bar" else LIKELY
    if len(kinds) > 1 and any(kinds):
        tolerated = _tolerated(segments, kinds, words)
        if tolerated is not None:
            return tolerated
    head, *rest = _HEAD.compiled.split(body, maxsplit=1)
    labelled = TOKEN.findall(head)
    if (
        rest
        and 0 < len(labelled) <= MAX_POLL_OPTION_WORDS
        and words.is_label_word(labelled[0])
        and _brands(rest[0], words)
    ):
        return "share bar", SURE  # "Compartir en: Facebook Twitter LINE Correo electrónico"
    label, *buttons = body.split(None, 1)
    if not rest and buttons and words.is_label_word(label) and _brands(buttons[0], words):
        return "share bar", SURE  # a label and its buttons with no mark between ("Share  f  𝕏  in  Zalo")
    if (
        rest
        and key(head) in words.phrases
        and len(TOKEN.findall(rest[0])) <= 8
        and not ends_sentence(body)
        and not _names_someone(rest[0], words)
    ):
        return words.phrases[key(head)], LIKELY
    if said is not None and (said[1] < PAIR_AND_MORE or not any(token[:1].isupper() for token in tokens[1:])):
        return said[0], SURE if said[1] == 1 and not ends_sentence(body) else LIKELY
    if len(tokens) >= MIN_MENU_ITEMS and all(item in words.sections for item in keys):
        return "menu", LIKELY
    if len(tokens) <= MAX_WEAK_WORDS and not ends_sentence(body) and any(map(words.is_label_word, tokens)):
        return "interface", WEAK
    return None


# The letters share buttons show for Facebook, LinkedIn and X, as a scraper keeps them ("f", "in", "𝕏").
_PLATFORM_LETTERS = frozenset({"f", "in", "𝕏"})


def _brands(text: str, words: Lexicon) -> bool:
    """True for the buttons after a share label, separated by spaces only: two platforms at least (or
    the letters their buttons show: "f 𝕏 in"), and otherwise interface words, brands no list holds
    (capitalised) and one other word ("electrónico"); three buttons at least."""
    if any(mark in text for mark in "/,;.&+"):
        return False  # a credit names its source ("Foto: Facebook/Instagram", "Facebook and Twitter posts")
    tokens = TOKEN.findall(text)
    platforms = sum(token_key(token) in words.platforms or token in _PLATFORM_LETTERS for token in tokens)
    unknown = [
        token
        for token in tokens
        if not (words.is_interface_word(token) or token[:1].isupper() or token in _PLATFORM_LETTERS)
    ]
    return platforms >= 2 and MIN_MENU_ITEMS <= len(tokens) <= MAX_BAR_WORDS and len(unknown) <= 1


def _tolerated(segments: list[str], kinds: list[str | None], words: Lexicon) -> Verdict | None:
    """A bar whose pieces are buttons but for a brand no list holds ("Share ▸ Facebook · X · KakaoTalk ·
    Copy link": one capitalised word beside two platforms at least) or a credit the buttons act on
    ("Quelle: Ukrinform | Original anzeigen"), or a row of three buttons or more, most of them known;
    None when another piece is prose."""
    unknown = [segment for segment, kind in zip(segments, kinds, strict=True) if kind is None]
    credits = [segment for segment in unknown if credit(segment, words)]
    brands = [segment for segment in unknown if _is_brand(segment)]
    platforms = sum(token_key(segment.strip()) in words.platforms for segment in segments)
    first = next(kind for kind in kinds if kind)
    if len(credits) == len(unknown) == 1:
        return first, LIKELY
    if len(brands) == len(unknown) <= MAX_UNKNOWN_BRANDS and platforms >= 2:
        return first, SURE
    if len(segments) >= MIN_MENU_ITEMS and 2 * len(unknown) < len(segments) and all(map(_is_unlisted_button, unknown)):
        return first, LIKELY  # a row of buttons, most of them known ("Gefällt mir (12) · Zitieren · Melden")
    return None


def _is_unlisted_button(segment: str) -> bool:
    """True for a piece that may be a button no list holds: a few words, perhaps a count in brackets."""
    label = _COUNT_TAIL.compiled.sub("", segment)
    return (
        0 < len(TOKEN.findall(label)) <= MAX_BUTTON_WORDS and not any(map(str.isdigit, label)) and not terminated(label)
    )


def _is_brand(segment: str) -> bool:
    tokens = TOKEN.findall(segment)
    return len(tokens) == 1 and tokens[0][:1].isupper() and TOKEN.compiled.fullmatch(segment.strip()) is not None


def _step(body: str, words: Lexicon) -> Verdict | None:
    """A link to the next or previous story: an arrow at its outer end, a label of interface words
    ("Previous", "Article suivant", "Nächster Artikel") and a headline."""
    if body[:1] not in "←‹«" and body[-1:] not in "→›»":
        return None
    match = _STEP.compiled.fullmatch(body)
    if match is None:
        return None
    label = TOKEN.findall(match.group("before") or match.group("after"))
    if 0 < len(label) <= 2 and all(map(words.is_label_word, label)):
        return "navigation", SURE
    return None


def _prompt(body: str, tokens: list[str], keys: list[str], words: Lexicon) -> Verdict | None:
    """A line that calls the reader to act, however it is worded: spam ("Best casino bonus – claim your
    spins now": a call and the goods of spam or a price with two calls; or a bare link that calls,
    "[Achetez des abonnés à prix cassés](…)") or a prompt ("Receba as notícias no seu WhatsApp": a call
    and a word addressing the reader; or several calls and an interface word, "Jetzt kostenlos
    registrieren und weiterlesen"). News prose reports calls ("the ministry urged people to apply"), it
    does not make them: a sentence must address the reader and name the page ("Vous avez aimé cet
    article ? Recevez-le dans votre boîte"), spam is never a sentence of prose, and a headline with one
    call and a price ("Petrol now costs €2") is news."""
    if len(tokens) > MAX_PROMPT_WORDS or has_quotes(body):
        return None
    unlinked = _LINK_WORDS.compiled.sub(" ", body).strip()
    linked = not unlinked and body.startswith("[")  # a bare Markdown link (its target is masked)
    if unlinked and unlinked != body:
        # Prose with a link in it is judged without the link (audit/furniture.py judges the link).
        body, tokens = unlinked, TOKEN.findall(unlinked)
        keys = token_keys(tokens)
    # A capital marks the polite "you" inside a line ("… den Wert Ihrer Wohnung"; "ihrer" is also "her").
    reader = _count(keys, words.reader) + sum(token in words.polite for token in tokens[1:])
    if body.rstrip(_CLOSING).endswith(("?", "؟")) and len(tokens) <= MAX_QUESTION_WORDS:
        # A short question to the reader about the page: "¿Qué te pareció esta noticia?"
        return ("prompt", LIKELY) if reader and _count(keys, words.page) else None
    calls = _count(keys, words.calls)
    if not calls:
        return None
    # Goods for sale make a call spam, whatever platform it names ("Achetez des abonnés Instagram à prix cassés").
    goods = _count(keys, words.commerce)
    if (
        keys[0] in words.calls
        and not goods
        and (
            (_ends_on_platform(keys, words) and (len(tokens) <= MAX_FOLLOW_WORDS or _count(keys, words.apps)))
            # "Follow NewsHub on Zalo for breaking news": a platform inside a call that is no sentence
            or (len(tokens) <= MAX_PROMPT_PLATFORM_WORDS and not ends_sentence(body) and _count(keys, words.platforms))
        )
    ):
        # "Segui Meteo Italia su Google News", "Scan the QR code to follow China Markets Weekly on WeChat"
        return "prompt", LIKELY
    if _HANDLE.compiled.search(body) and not is_prose(body):
        return "prompt", LIKELY  # "Follow Jane Doe on X: @janedoe"; a credit ("Foto: Instagram/@x") has no call
    priced = calls >= 2 and _PRICE.compiled.search(body) is not None
    if not is_prose(body) and (linked or priced or goods):
        return ("spam" if linked or goods else "prompt"), LIKELY
    if ends_sentence(body):
        # Real MT prose says "you" and calls ("If you don't defend a hair, you may lose your beard",
        # shared/data/mlqe-pe ru-en): a sentence is a prompt only when it also names the page, and
        # addresses the reader or asks first ("Enjoyed this story? Support us with a donation.").
        asks = "?" in body.rstrip(_CLOSING)[:-1]
        return ("prompt", LIKELY) if (reader or asks) and _count(keys, words.page) else None
    # Without a word for the reader, a prompt opens with its call ("Jetzt kostenlos registrieren und
    # weiterlesen"); a headline may hold two ("Algeria and Turkey sign gas deals during Ankara visit").
    bids = calls >= 2 and _count(keys[:1], words.calls) and any(map(words.is_label_word, tokens))
    return ("prompt", LIKELY) if reader or bids else None


def _ends_on_platform(keys: list[str], words: Lexicon) -> bool:
    return keys[-1] in words.platforms or " ".join(keys[-2:]) in words.platforms


def is_spam(anchor: str, words: Lexicon) -> bool:
    """True for the words of a link that sell ("Achetez des abonnés à prix cassés"): a call and goods.

    >>> from audit.ui_lexicon import lexicon
    >>> is_spam("Cheap loans – apply now", lexicon()), is_spam("the court's ruling", lexicon())
    (True, False)
    """
    tokens = TOKEN.findall(anchor)
    return _prompt(anchor, tokens, token_keys(tokens), words) == ("spam", LIKELY)


def _count(keys: list[str], vocabulary: frozenset[str]) -> int:
    """How many words and two-word phrases of `keys` are in `vocabulary` ("prix cassés" is one); a verb
    with its pronoun counts as the verb when only the verb is listed ("Partagez-le": "partagez")."""
    # Counted with C-level maps: every line of a page is counted against several vocabularies.
    listed = sum(map(vocabulary.__contains__, keys))
    verbs = sum(item.split("-")[0] in vocabulary for item in keys if "-" in item and item not in vocabulary)
    return listed + verbs + sum(map(vocabulary.__contains__, map(" ".join, itertools.pairwise(keys))))


def has_quotes(body: str) -> bool:
    """True when a line holds a pair of quotation marks (a lone "»" is an arrow)."""
    return sum(map(body.count, _QUOTES)) >= 2


def ends_sentence(body: str) -> bool:
    """True when a line ends with a full stop or a question mark (labels and headlines do not)."""
    last = body.rstrip(_CLOSING)[-1:]
    return bool(last) and last in ".?"


def _segment(segment: str, words: Lexicon) -> str | None:
    """The kind of one piece of a bar ("Share", "Tweet", "12 comments"), or None when it is prose."""
    tokens = TOKEN.findall(segment)
    segment_key = key_of(tokens)
    said = words.phrase(segment_key)
    if said is not None and said[1] == 0:
        return said[0]
    if segment_key in words.counters and any(NUMBER.search(token) for token in tokens):
        return "counter"
    if _scaled_count(tokens, words):
        return "counter"
    if _labelled_count(tokens, words) or _read_times(tokens, words):
        return "counter"
    if len(tokens) == 1 and NUMBER.search(tokens[0]) and _ICON.compiled.search(segment):
        return "counter"  # "💬 5": an icon and its count
    if segment.endswith("*") and segment_key in words.fields:
        return "comments"  # a required field of a comment form ("Nombre*")
    tail = _SHORTCUT_TAIL.compiled.search(segment) or _COUNT_TAIL.compiled.search(segment)
    if tail is not None and tail.start() > 0:
        # A label with a keyboard shortcut or a count in brackets ("Report a typo: Ctrl+Enter",
        # "Fotogallery (12 foto)"): the label says what it is, and the count must be one.
        what = tail.groupdict().get("what")
        if not what or token_key(what) in words.counters or words.is_interface_word(what):
            return _segment(segment[: tail.start()], words)
    sized = _TEXT_SIZE_TAIL.compiled.search(segment)
    if sized is not None:
        # Text-size buttons after their label ("Tamaño de texto: A A A"): the label says what it is.
        head = segment[: sized.start()]
        return "tools" if not TOKEN.search(head) or _segment(head, words) else None
    if _says_none(segment_key.split(), words):
        return "counter"  # "Sin comentarios", "No comments": a count of zero
    if tokens and segment_key and _interface_words(tokens, words):
        return "share bar"
    if len(tokens) <= MAX_SEGMENT_WORDS and _says_interface(tokens, words):
        return "share bar"  # "Teilen auf Facebook", "Per E-Mail senden": interface words and small words
    return _run_of_phrases(segment_key.split(), words)


def _scaled_count(tokens: list[str], words: Lexicon) -> bool:
    """A count written with its scale word ("48,3 mil seguidores", "1,2 Mio. Aufrufe"): without the scale
    word after the figure, the words are a counter's.

    >>> from audit.ui_lexicon import lexicon
    >>> counts = "48,3 mil seguidores", "3 mil soldados"
    >>> [_scaled_count(TOKEN.findall(count), lexicon()) for count in counts]
    [True, False]
    """
    scales = words_of_every_language("numbers.scale_words")
    kept = [
        token
        for index, token in enumerate(tokens)
        if not (index and NUMBER.search(tokens[index - 1]) and token.casefold() in scales)
    ]
    return len(kept) < len(tokens) and key_of(kept) in words.counters


def _interface_words(tokens: list[str], words: Lexicon) -> bool:
    """True when every word is an interface word, one of several words allowed to be an inflected form
    of one ("Teilen Twittern Mailen": "Mailen" of "Mail"); a lone inflected word is not ("Linke")."""
    unknown = [token for token in tokens if not words.is_interface_word(token)]
    return not unknown or (
        len(unknown) == 1 < len(tokens) and words.base(token_key(unknown[0]), words.words) is not None
    )


def is_count(piece: str, words: Lexicon) -> bool:
    """True for a count of a post's comments, views or shares ("Views: 4 812", "Sin comentarios").

    >>> from audit.ui_lexicon import lexicon
    >>> is_count("Views: 4 812", lexicon()), is_count("No comment", lexicon()), is_count("Madrid", lexicon())
    (True, True, False)
    """
    return _segment(piece, words) == "counter"


def _labelled_count(tokens: list[str], words: Lexicon) -> bool:
    """True for a count after a label no list holds ("Bildergalerie: 14 Bilder", "Diaporama (15 photos)",
    "Seen 1,520 views"): one capitalised word, a number, a counted word."""
    figures = len(tokens) - 2
    return (
        0 < figures <= 2
        and tokens[0][:1].isupper()
        and all(map(str.isdigit, tokens[1:-1]))
        and token_key(tokens[-1]) in words.counters
    )


def _read_times(tokens: list[str], words: Lexicon) -> bool:
    """True for a count of readings: a word for read, a number, a word for times ("Letto 1.284 volte",
    "Gelesen: 1.284 Mal"); "Closed 3 times" counts something else.

    >>> from audit.ui_lexicon import lexicon
    >>> _read_times(["Letto", "1", "284", "volte"], lexicon()), _read_times(["Cerrado", "3", "veces"], lexicon())
    (True, False)
    """
    return (
        3 <= len(tokens) <= MAX_SEGMENT_WORDS
        and token_key(tokens[0]) in words.reading
        and token_key(tokens[-1]) in words.times
        and all(map(str.isdigit, tokens[1:-1]))
    )


def _says_none(keys: list[str], words: Lexicon) -> bool:
    """True for a count of zero in words: a word for none, then a counter ("Keine Kommentare")."""
    if not 2 <= len(keys) <= MAX_SEGMENT_WORDS:
        return False
    if keys[-1] not in words.counters and " ".join(keys[-2:]) not in words.counters:
        return False  # most segments: read no further
    splits = range(1, len(keys))
    return any(" ".join(keys[:split]) in words.none and " ".join(keys[split:]) in words.counters for split in splits)


def _says_interface(tokens: list[str], words: Lexicon) -> bool:
    """True when every word is an interface word or a small word, and one at least an interface word."""
    keys = [token_key(token) for token in tokens]
    return any(map(words.is_label_word, tokens)) and all(
        words.is_interface_word(token) or item in words.stopwords for token, item in zip(tokens, keys, strict=True)
    )


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
    """True for "Home > World > Europe", "Start > Politics >", "Inicio / Deportes / Fútbol", or such a
    path ending on the page's own title (`_titled_trail`)."""
    if _CRUMBS.compiled.search(body) is None:
        return False  # most lines: one search, no split
    return _trail(body, words) or _titled_trail(body, words)


def _titled_trail(body: str, words: Lexicon) -> bool:
    """True for a path of short items ending on the page's title, a headline of any length ("Home /
    Business / Farmers count a record year", "Forum › Travel › Poland › Topic: Milk bars in Kraków?"):
    the path opens on the home page or a section, or is cut by chevrons. A title is no sentence: a
    line ending on a full stop is prose.

    >>> from audit.ui_lexicon import lexicon
    >>> _titled_trail("Home / Business / Farmers count a record export year", lexicon())
    True
    >>> _titled_trail("Forum › Reisen › Polen › Thema: Milchbars in Krakau – gibt’s die noch?", lexicon())
    True
    >>> _titled_trail("Inputs / outputs / costs rose by a third, the report said.", lexicon())
    False
    """
    separators = list(_CRUMBS.compiled.finditer(body))
    if len(separators) < 2:
        return False
    last = separators[-1]
    title = body[last.end() :].strip(_EMPHASIS)
    if not title or title.endswith(".") or len(TOKEN.findall(title)) > MAX_TRAIL_TITLE_WORDS:
        return False
    items = [part.strip(_EMPHASIS) for part in _CRUMBS.compiled.split(body[: last.start()])]
    for item in items:
        tokens = TOKEN.findall(item)
        if (
            not 0 < len(tokens) <= MAX_CRUMB_WORDS
            or not TOKEN.compiled.match(item)
            or not tokens[0][:1].isupper()
            or (any(mark in item for mark in ".,;:!?") and not DOMAIN.compiled.fullmatch(item))
        ):
            return False
    # A section then slashes may be prose wrapped mid-sentence ("News / Environment / Water was the
    # order"): it needs a longer path than the home page or chevrons do.
    first = key(items[0])
    return (
        first in words.home
        or not _CHEVRONS.isdisjoint(body[: last.end()])
        or (first in words.sections and len(items) >= MIN_SECTION_TRAIL_ITEMS)
    )


def _trail(body: str, words: Lexicon) -> bool:
    parts = _CRUMBS.compiled.split(body)
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
    worded = all(TOKEN.compiled.match(item) for item in items)  # not markup debris ("} < / ref >", mlqe-pe)
    first_known = key(items[0]) in places or all(token_key(token) in places for token in TOKEN.findall(items[0]))
    if _CHEVRONS & set(body) and worded and (separators >= 2 or first_known):
        return True  # "Ultime notizie › Economia › Agricoltura": chevrons between short items are a path
    if _CHEVRONS & set(body) and worded and key(items[-1]) in places and _is_site_name(items[0]):
        return True  # the site's name, then its section ("NotizieOggi › Sport")
    capitalised = all(token[:1].isupper() for item in items for token in TOKEN.findall(item))
    if separators >= 2 and worded and first_known and capitalised:
        return not any(map(str.isdigit, body))  # "News / Environment / Water": a section, then its path
    return separators >= 2 and 2 * known >= len(items) and (angled or len(items) >= 3)


# The group of the leads that act on the page's topic ("Follow topic", "Thema folgen").
_TOPIC_GROUP = "/tools"


def _lead(body: str, keys: list[str], words: Lexicon) -> str | None:
    """The kind of a teaser or banner that starts with a known lead ("Read also: …", "We use cookies …");
    `keys` are the keys of the line's words."""
    if not keys or keys[0] not in words.lead_words:
        return None
    matches = list(itertools.islice(TOKEN.finditer(body), MAX_LEAD_WORDS))
    keys = keys[: len(matches)]
    for count in range(len(keys), 0, -1):
        head = " ".join(keys[:count])
        rest = body[matches[count - 1].end() :]
        if head in words.leads:
            page = _PAGE_REFERENCE.compiled.match(rest)
            if page is not None and key(page.group("folio")) in words.folio:
                rest = rest[page.end() :]  # "Lire aussi en page 15 : …"
            site = _SITE_REFERENCE.compiled.match(rest)
            if site is not None and _names_site(site, rest, words):
                rest = rest[site.end() :]
            after = rest.lstrip(" *_\u00a0\u202f")  # the emphasis closing the lead ("**Sponsored** · …")
            if (
                not TOKEN.search(rest)
                or _sections_listed(after)
                or (after[:1] in _LEAD_SEPARATORS and (_numbered_teasers(after) or _linked_teasers(after)))
                or (
                    # A separator, a closing bracket ("[Related] …") or an icon ("BREAKING ⚡ …").
                    (after[:1] in _LEAD_SEPARATORS or _ICON.compiled.match(after))
                    and len(TOKEN.findall(rest)) <= MAX_LEAD_REST
                    # A button that follows a topic names it: a country or a person is that topic
                    # ("Follow topic: India"), not a byline's name.
                    and (words.leads[head].endswith(_TOPIC_GROUP) or not _names_someone(rest, words))
                    and not _goes_on(rest)
                )
            ):
                return words.leads[head]
        if head in words.openers:  # judge() has already refused lines longer than an opener may start
            return words.openers[head]
    return None


# Two links or more after a lead's separator, each its own teaser, between bars or dots or none: the
# link's address may be masked, so whatever stands between a link's text and the next is its address.
_LINKED_TEASERS = LazyPattern(r"[^\[\n]{0,6}(?:\[[^\]\n]+\][^\s·|•]*\s*(?:[·|•]\s*)?){2,}")


def _linked_teasers(rest: str) -> bool:
    """True for teasers that are links, however long their headlines ("À lire aussi : [Les Argentins
    courent de plus en plus le marathon de Rosario](#) · [Cinq erreurs à éviter avant votre premier
    42 km](#)"): a lead's teasers need not fit `MAX_LEAD_REST` when each is a link of its own."""
    return _LINKED_TEASERS.compiled.fullmatch(rest.rstrip()) is not None


def _numbered_teasers(rest: str) -> bool:
    """True for a ranked list of headlines after a lead, numbered from one ("Más leídas: 1. El Raja
    destituye a su entrenador · 2. Nuevo tren…"): however long, a sentence numbers no such run.

    >>> _numbered_teasers(": 1. Port reopens · 2. Ferry fares rise"), _numbered_teasers(": 2. Port reopens")
    (True, False)
    """
    ranks = [int(match.group(1)) for match in _RANK.compiled.finditer(rest)]
    return len(ranks) >= MIN_RANKED_TEASERS and ranks == list(range(1, len(ranks) + 1))


def _names_site(site: regex.Match[str], rest: str, words: Lexicon) -> bool:
    """True when a lead's small word and name send the reader to a site's headline ("À lire aussi sur
    Le Fil d’Orient : Bagdad …"); a lead that opens a quotation names a person, often with a title and
    its full stop, and what follows goes on in lower case ("Listen to Mr. Kropotkin: the talks …",
    shared/data/mlqe-pe ru-en)."""
    headline = rest[site.end() :].lstrip(" :：\u00a0\u202f")
    on = site.group("on")
    return (on is None or token_key(on) in words.stopwords) and "." not in site.group() and headline[:1].isupper()


def _sections_listed(rest: str) -> bool:
    """True for a list of sections or tags after a lead without a separator ("Posted in Transport,
    Europe", "Publié dans Monde, Amérique latine"): two items or more, each a few words that open with a
    capital, without a figure or a sentence's end."""
    items = [TOKEN.findall(item) for item in rest.split(",")]
    return (
        len(items) >= MIN_LISTED_SECTIONS
        and not any(character.isdigit() or character in ".;!?" for character in rest)
        and all(
            0 < len(item) <= MAX_PATH_ITEM_WORDS
            and item[0][:1].isupper()
            # A name of a few words may go on in lower case ("Amérique latine"); a conjunction joins a
            # sentence's list ("… in Berlin, Hamburg und" wrapped before "München").
            and all(token[:1].isupper() or len(token) > MAX_LINKING_LETTERS for token in item[1:])
            for item in items
        )
    )


def _goes_on(rest: str) -> bool:
    """True when what follows a lead is a sentence of its own, in lower case and with a full stop
    ("Keywords: the court said the words were not enough."): a headline, a tag list or a teaser
    opens with a capital or stops without one ("Tags: ferry, harbour")."""
    first = TOKEN.search(rest)
    return first is not None and first.group()[:1].islower() and rest.rstrip(_CLOSING).endswith(".")


def _is_name(text: str) -> bool:
    """True for a name or a credit after a label ("Author: Jane Smith", "Video: Reuters"): a byline.

    >>> _is_name(": Jane Smith"), _is_name(": Floods hit the valley")
    (True, False)
    """
    tokens = TOKEN.findall(text)
    listed = any(mark in text for mark in ",;/|·#")  # "Schlagworte: Wahl, Landtag", "Tags: #Wahl #Landtag" list
    return 0 < len(tokens) <= MAX_NAME_WORDS and not listed and all(token[:1].isupper() for token in tokens)


def _names_someone(text: str, words: Lexicon) -> bool:
    """`_is_name`, except that share-bar brands are nobody ("Artikel teilen: Facebook WhatsApp E-Mail")."""
    return (
        _is_name(text)
        and not all(map(words.is_interface_word, TOKEN.findall(text)))
        and not _TEXT_SIZE_TAIL.compiled.search(text)
    )


def _unwrapped(body: str) -> str:
    """The line without the emphasis that wraps it whole, as the patterns of the language data read it
    ("_Signature : « … » — kofi_lome_", "*Sent from my iPhone*").

    >>> _unwrapped("_Signature : « Savoir. » — kofi_lome_"), _unwrapped("**Bold** and plain")
    ('Signature : « Savoir. » — kofi_lome', '**Bold** and plain')
    """
    wrapped = _WRAPPED.compiled.fullmatch(body)
    return wrapped.group("inner") if wrapped is not None else body


def _emoji_as_stop(body: str) -> str:
    """The line with the emoji that close it read as the full stop they stand for.

    >>> _emoji_as_stop("sorry for any mistakes 🙏"), _emoji_as_stop("Done! 👍👍"), _emoji_as_stop("No emoji.")
    ('sorry for any mistakes.', 'Done!', 'No emoji.')
    >>> _emoji_as_stop("sorry for the mistakes lol"), _emoji_as_stop("in Bristol"), _emoji_as_stop("the lolly")
    ('sorry for the mistakes.', 'in Bristol', 'the lolly')
    """
    tail = _EMOJI_TAIL.compiled.search(body)
    if tail is None or not tail.start():
        return body
    kept = body[: tail.start()]
    return kept if kept[-1] in _TERMINAL else kept + "."
