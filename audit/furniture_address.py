"""The page owner speaking to its readers: a newsletter's greeting and note above the story, a blog's
tagline, "If a friend forwarded you this letter, you can subscribe here." or "Activez les notifications
pour suivre ce procès" under it, a blogger's "*Opinión del bloguero:* …".

These are written as ordinary sentences, so no shape gives them away; what does is who speaks (the
page owner's register: its readers, its letter, blog or service, a letter's greeting, the reader's
"you") and where (before the article's headline, or after its last paragraph with only furniture
below). audit/furniture.py settles the position; this module reads the words. The story's own
paragraphs that address the reader do so inside a quotation (dropped before the words are read), in
the body of the page (never judged), or, in a column, without naming the page's service.
"""

from __future__ import annotations

from audit.furniture_line import ends_sentence
from audit.prose import LazyPattern
from audit.ui_lexicon import TOKEN, Lexicon, token_keys

# The longest note of a page owner, in words: longer paragraphs are the story's.
MAX_ADDRESS_WORDS = 60
# The longest greeting and its addressee, in characters ("Liebe Leserinnen und Leser,").
MAX_GREETING = 40
# The longest label that opens a note ("Opinión del bloguero:"), in words.
MAX_LABEL_WORDS = 4
# What a quotation says is its speaker's, not the page owner's: quoted spans are read as blank.
_QUOTED = LazyPattern(r"«[^»]*»|»[^«]*«|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"|‘[^’]*’|「[^」]*」")
# A label before a colon at the start of a paragraph, in emphasis or not ("*Nota del blog:*").
_LABEL = LazyPattern(r"[*_]*(?P<label>[^:*_\n]{1,40}):")


def addresses_reader(body: str, words: Lexicon, top: bool) -> bool:
    """True when a paragraph at the `top` (above the headline) or at the bottom of the page is its
    owner speaking to the reader.

    Above the headline, any address or word of the owner's register is enough: the story has not
    begun. Below the story, the owner's words must be there (its letter, blog, subscribers) with an
    address or a question to the reader, or as a call without a sentence end, or as the label that
    opens the note.

    >>> words = __import__("audit.ui_lexicon", fromlist=["lexicon"]).lexicon()
    >>> addresses_reader("Hello readers, this week our partners sent us a story.", words, top=True)
    True
    >>> addresses_reader("If a friend forwarded you this letter, you can subscribe here.", words, top=False)
    True
    >>> addresses_reader("The council will vote again in March, the mayor said.", words, top=False)
    False
    """
    unquoted = _QUOTED.compiled.sub(" ", body)
    keys = token_keys(TOKEN.findall(unquoted))
    if not keys or len(keys) > MAX_ADDRESS_WORDS:
        return False
    owner = not words.owner.isdisjoint(keys)
    you = not words.you.isdisjoint(keys) or not words.reader.isdisjoint(keys)
    greeted = _greeted(unquoted, keys, words)
    if top:
        return owner or you or greeted
    if not owner:
        return False
    label = _LABEL.compiled.match(unquoted)
    labelled = label is not None and 0 < len(TOKEN.findall(label.group("label"))) <= MAX_LABEL_WORDS
    # A question outside quotes asks the reader ("Recebeu esta newsletter de um amigo?").
    asked = "?" in unquoted
    return you or greeted or asked or labelled or not ends_sentence(unquoted)


def greets(body: str, words: Lexicon) -> bool:
    """True when a paragraph opens with a letter's greeting ("Ciao {{first_name}},", "Hello readers,"):
    above the headline, what follows it up to the headline is the letter's note, whatever its words
    ("questa settimana apriamo con la discesa più lunga").

    >>> words = __import__("audit.ui_lexicon", fromlist=["lexicon"]).lexicon()
    >>> greets("Ciao {{first_name}},", words), greets("Liebe in Zeiten des Krieges", words)
    (True, False)
    """
    unquoted = _QUOTED.compiled.sub(" ", body)
    return _greeted(unquoted, token_keys(TOKEN.findall(unquoted)), words)


def letter_note(body: str) -> bool:
    """True when a paragraph is short enough to be a letter's note rather than a story."""
    return 0 < len(TOKEN.findall(body)) <= MAX_ADDRESS_WORDS


def _greeted(unquoted: str, keys: list[str], words: Lexicon) -> bool:
    # A greeting opens a letter with a comma after its addressee ("Hello readers,", "Liebe Leserinnen
    # und Leser,"): "Liebe in Zeiten des Krieges" is a title.
    return bool(keys) and keys[0] in words.greetings and "," in unquoted[:MAX_GREETING]
