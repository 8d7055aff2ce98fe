"""Calls that send the reader to the outlet's own channels, in any wording.

"Watch the full report on our YouTube channel", "Vea el reportaje completo en nuestro canal de
YouTube", "Folgen Sie unserem Kanal auf Telegram": a short line that names a platform (`ui.platforms`),
the outlet's own account on it (a word of `ui.outlets`: "channel", "canal", "Kanal") and speaks as the
outlet or to the reader (`ui.reader`: "our", "nuestro", "unser"). A story may say that someone posted
on their channel, but it says so in a sentence: a line that ends with a full stop is left alone.

A line that opens with a call (`ui.calls`) and speaks to the reader or as the outlet within
`CALL_REACH` words needs neither: "Subscribe to our YouTube channel so you never miss a video.",
"Suscríbase a nuestro canal para no perderse ningún informativo". No story says that to its reader
in the outlet's voice; a comma or a quotation mark makes it someone's quoted call ("« Abonnez-vous à
notre chaîne », a lancé le streamer").
"""

from __future__ import annotations

from audit.punctuation import QUOTE_MARKS
from audit.ui_lexicon import Lexicon

# The longest such call, in words.
MAX_CHANNEL_CALL_WORDS = 12
# How far after a call's verb the reader or the outlet is named ("Subscribe to our", "Suivez-nous sur notre").
CALL_REACH = 3
# What makes a sentence someone's quoted call: its speaker after a comma, or quotation marks.
_QUOTED = QUOTE_MARKS | {","}


def sends_to_channel(body: str, keys: list[str], words: Lexicon) -> bool:
    """True for a call to the outlet's channel on a platform (see the module's docstring).

    >>> from audit.ui_lexicon import TOKEN, lexicon, token_keys
    >>> def check(line):
    ...     return sends_to_channel(line, token_keys(TOKEN.findall(line)), lexicon())
    >>> check("📺 Watch the full interview on our YouTube channel"), check("Abonnez-vous à notre chaîne Telegram")
    (True, True)
    >>> check("The mayor posted the video on her YouTube channel."), check("Our YouTube channel grew fast.")
    (False, False)
    >>> check("Suscríbete a nuestro canal de YouTube para no perderte ningún vídeo.")
    True
    >>> check("Iscriviti al nostro canale per non perdere nessun servizio"), check("Our channel grew fast")
    (True, False)
    """
    if len(keys) > MAX_CHANNEL_CALL_WORDS or words.outlets.isdisjoint(keys) or words.reader.isdisjoint(keys):
        return False
    if _opens_with_call(body, keys, words):
        return True
    return not body.rstrip("*_ ").endswith(".") and not words.platforms.isdisjoint(keys)


def _opens_with_call(body: str, keys: list[str], words: Lexicon) -> bool:
    return keys[0] in words.calls and not words.reader.isdisjoint(keys[: CALL_REACH + 1]) and _QUOTED.isdisjoint(body)
