"""An app's or a site's top bar told by its glyphs: a short line of interface glyphs around a name.

A scraped mobile page keeps its top bar: a menu, search, back, bell, share or text-size button around
the site's name or the section's ("☰  Site  🔍  🔔 3", "‹ Back   Site   A-  A+  ⤴", "◀ Section | ⋮").
The name is any outlet's, so no list holds it; the glyphs are the interface's, in every language. A
line is such a bar when two of its pieces at least are control glyphs standing alone (a glyph glued to
a word is an emoji of prose, "🔍Enquête"), the rest are a few words or a badge's count, and nothing
ends a sentence. Prose that uses emoji writes sentences around them, and a quoted arrow ("‹ oui ›")
pairs with its closer.
"""

from __future__ import annotations

from audit.prose import LazyPattern

# Glyphs of an app's buttons: menu, search, notifications, back, more, home, share, refresh, settings,
# account, bookmark, the text-size pair ("A-", "A+"), a tab bar's news, video and audio tabs, and the
# lightning of an AMP page and its badge.
_CONTROL = LazyPattern(r"[☰≡⋮⋯🔍🔎🔔‹◀◂◁⬅←⇦⤴↗↪⎋✕✖⌂🏠⟳↻↺🔄⚙👤🔖📤📰🗞📺🎧⚡]\uFE0F?|A[+\-−]|Aa|AMP")
# Another icon between a bar's pieces ("▶ Videos" on a tab bar): neither a control nor a word; a
# breadcrumb's arrows ("NEWS ▶ Economy ▶ Industry") make no bar without two controls.
_ICON = LazyPattern(r"[\p{So}\p{Sk}]\uFE0F?")
# The app's version a bar may show beside its name ("App-Version 4.2").
_VERSION = LazyPattern(r"v?\d{1,2}(?:\.\d{1,3}){1,2}")
# A badge's count after a glyph ("🔔 3").
_BADGE = LazyPattern(r"\d{1,3}\+?")
# Separators between a bar's pieces.
_SEPARATORS = LazyPattern(r"\s+|\s*[|·•]\s*")
# A bar holds this many glyphs at least, and this many words at most.
MIN_GLYPHS = 2
MAX_BAR_WORDS = 6
_SENTENCE_END = ".!?…:;"
# A phone's status bar over a screenshot of an app: the clock, the network or its bars, the battery
# ("9:41   5G ▮▮▮ 87%", "14:02  LTE  📶  64 % 🔋").
_STATUS_BAR = LazyPattern(
    r"\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s+(?:[^\n]{0,30}?\s)?(?:[345]G\+?|LTE|Wi-?Fi|📶|[▮▯▂▃▄▅▆▇█]{2,})"
    r"(?:\s+[^\n]{0,20}?)?\s+\d{1,3}\s?%\s*(?:🔋\uFE0F?)?"
)


def is_glyph_bar(body: str) -> bool:
    """True for a top bar of interface glyphs around a few words (see the module's docstring).

    >>> is_glyph_bar("☰  Harbour Daily  🔍  🔔 2"), is_glyph_bar("‹ Zurück   Stadtblatt   A-  A+")
    (True, True)
    >>> is_glyph_bar("🏠 Start   📰 Neueste   ▶ Videos   👤 Mein Konto"), is_glyph_bar("≡  NEWS  ·  App 4.2   🔔 3")
    (True, True)
    >>> is_glyph_bar("⚡ Gazeta do Vale · AMP"), is_glyph_bar("⚡ Sturmwarnung für die Küste")
    (True, False)
    >>> is_glyph_bar("☰ Menu"), is_glyph_bar("Tap ☰ then 🔍 to find the archive of older stories.")
    (False, False)
    """
    if body.rstrip(" *_").endswith(tuple(_SENTENCE_END)):
        return False
    glyphs = words = 0
    after_glyph = False
    for piece in filter(None, _SEPARATORS.compiled.split(body.strip())):
        if _CONTROL.compiled.fullmatch(piece):
            glyphs += 1
            after_glyph = True
            continue
        if after_glyph and _BADGE.compiled.fullmatch(piece):
            after_glyph = False
            continue
        if _ICON.compiled.fullmatch(piece):
            continue
        after_glyph = False
        words += 1
        if words > MAX_BAR_WORDS or not (any(map(str.isalpha, piece)) or _VERSION.compiled.fullmatch(piece)):
            return False
    return glyphs >= MIN_GLYPHS and words >= 1


def is_status_bar(body: str) -> bool:
    """True for a phone's status bar left over a screenshot of an app.

    >>> is_status_bar("9:41                 5G ▮▮▮ 87%"), is_status_bar("14:02  LTE  📶  64 % 🔋")
    (True, True)
    >>> is_status_bar("At 9:41 the 5G network reached 87% of homes.")
    False
    """
    return _STATUS_BAR.compiled.fullmatch(body.strip(" *_")) is not None
