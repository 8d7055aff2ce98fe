"""Calls that send the reader to the outlet's own channels, in any wording.

"Watch the full report on our YouTube channel", "Vea el reportaje completo en nuestro canal de
YouTube", "Folgen Sie unserem Kanal auf Telegram": a short line that names a platform (`ui.platforms`),
the outlet's own account on it (a word of `ui.outlets`: "channel", "canal", "Kanal") and speaks as the
outlet or to the reader (`ui.reader`: "our", "nuestro", "unser"). A story may say that someone posted
on their channel, but it says so in a sentence: a line that ends with a full stop is left alone.
"""

from __future__ import annotations

from audit.ui_lexicon import Lexicon

# The longest such call, in words.
MAX_CHANNEL_CALL_WORDS = 12


def sends_to_channel(body: str, keys: list[str], words: Lexicon) -> bool:
    """True for a call to the outlet's channel on a platform (see the module's docstring).

    >>> from audit.ui_lexicon import TOKEN, lexicon, token_keys
    >>> def check(line):
    ...     return sends_to_channel(line, token_keys(TOKEN.findall(line)), lexicon())
    >>> check("📺 Watch the full interview on our YouTube channel"), check("Abonnez-vous à notre chaîne Telegram")
    (True, True)
    >>> check("The mayor posted the video on her YouTube channel."), check("Our YouTube channel grew fast.")
    (False, False)
    """
    return (
        len(keys) <= MAX_CHANNEL_CALL_WORDS
        and not body.rstrip("*_ ").endswith(".")
        and not words.outlets.isdisjoint(keys)
        and not words.platforms.isdisjoint(keys)
        and not words.reader.isdisjoint(keys)
    )
