"""Prompts of the site's app: what a page asks the reader to do on the phone, in any wording.

"Open in the app for a better reading experience ›", "Turn on notifications to follow this story",
"Desliza hacia arriba para la siguiente noticia", "Push-Mitteilungen aktivieren und keine Eilmeldung
verpassen": no list holds every wording, but all are built alike. A command to the device
(`ui.controls`: an imperative, or the infinitive a German or French button uses) opens the line, or ends
it or its clause ("… in der App lesen", "… einschalten und …"), and the line names what the command
acts on (`ui.devices`: the app, its notifications, the next story, "seguir leyendo"). A story reports
such commands ("The ministry asked users to turn on alerts."), in a sentence that opens with its
subject and ends with a full stop; a headline may open with one ("Open the app stores, EU tells
Apple"), but a heading's prompt is the article's (audit/furniture.py).
"""

from __future__ import annotations

from audit.ui_lexicon import Lexicon

# The longest such prompt, in words.
MAX_DEVICE_PROMPT_WORDS = 14


def asks_device(body: str, keys: list[str], words: Lexicon, quoted: bool) -> bool:
    """True for a prompt of the site's app (see the module's docstring); `keys` are the line's word keys
    and `quoted` says whether it holds a pair of quotation marks.

    >>> from audit.furniture_line import has_quotes
    >>> from audit.ui_lexicon import TOKEN, lexicon, token_keys
    >>> def check(line):
    ...     return asks_device(line, token_keys(TOKEN.findall(line)), lexicon(), has_quotes(line))
    >>> check("Swipe up for the next story"), check("Push-Nachrichten einschalten und informiert bleiben")
    (True, True)
    >>> check("Apri nell'app per una lettura migliore ›"), check("Deslize para cima para ver a próxima notícia")
    (True, True)
    >>> check("The ministry asked users to turn on alerts."), check("Regierung will Warn-App öffnen")
    (False, False)
    """
    if not keys or len(keys) > MAX_DEVICE_PROMPT_WORDS or quoted or body.rstrip("›»→ ").endswith("."):
        return False
    # French and Italian elide an article into the word ("l'application", "nell'app").
    bare = [item.rsplit("'", 1)[-1].rsplit("’", 1)[-1] for item in keys]
    if not any(_names(bare, place, words.devices) for place in range(len(bare))):
        return False
    return any(
        _names(bare, place, words.controls)
        and (place == 0 or place == len(bare) - 1 or bare[place + 1] in words.stopwords)
        for place in range(len(bare))
    )


def _names(keys: list[str], place: int, vocabulary: frozenset[str]) -> bool:
    """True when the word at `place`, the two words from it, or the first part of a hyphenated word
    ("push-nachrichten": "push") is in `vocabulary`."""
    item = keys[place]
    return (
        item in vocabulary
        or " ".join(keys[place : place + 2]) in vocabulary
        or ("-" in item and item.split("-")[0] in vocabulary)
    )
