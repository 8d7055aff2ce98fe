"""`calqued-institution`: a foreign body named by a word-for-word gloss of its own-language name.

Ukrainian "Verkhovna Rada" is "Supreme Council" word for word, Hebrew "Beit HaMishpat HaElyon" (the
Supreme Court of Israel) "the Supreme House of Justice", Polish "Najwyższa Izba Kontroli" (the Supreme
Audit Office) "the Supreme Chamber of Control". MT writes the gloss, and after the first mention the
country is gone from the phrase ("the Supreme Council voted"), so no glossary of full forms finds it.
The glosses are data (`official.glosses` in languages/<code>/official_names.toml): the gloss as MT
writes it, the name the language's press uses, and the words that tie it to its country (the
country, its adjective, its capital). A gloss is reported when

- it is written as a name (its first word capitalised as listed: "the supreme council of the tribe" is
  a description; the later words in either case, as MT and the press write them: "Consiglio supremo"),
  and
- the article names its country somewhere (a word that begins with one of its words: "Supreme
  Council" in a story from Kyiv; `official.regions` adds a country's cities and regions to its
  words, since a story from Gdańsk may never write "Poland"),
- the paragraph does not give the name itself outside the gloss (the gloss then explains it:
  "Pakatan Harapan (Alliance of Hope)"; "Senate of the Nation" holds "Senate" and is still a gloss), and
- no capitalised word before or after makes it part of another name ("the Universal House of
  Justice", "the Supreme Council of Antiquities"; after a preposition, a lower-case word too: "il
  Consiglio supremo di difesa"; a word common in names too: "l'Assemblée populaire nationale");
  "of" and the country after it are part of the gloss ("the Supreme Council of Ukraine"), and so is
  the country before it ("der Türkei Statistik Institution"). An elided article is no word before
  ("l'Assemblée populaire").

A gloss may hold `{place}`, a proper name of one to three capitalised words: the local bodies of a
country have one shape and many places ("People's Government of {place}" for a Chinese city or
county, "{place} Prefectural Office" for a Japanese prefecture), and no list can name every county.
The official name may hold it too ("{place} Prefectural Government"); the place is the one written.

The source's grammar left inside a name is read here too, wherever the story is set: an adjective after
its noun ("the Office National of Sanitation", audit/rules/postposed_adjective.py) and the generic
article before a domain noun ("the Ministry of the Hydraulics", audit/rules/generic_article.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from audit.cache import cached
from audit.findings import Finding, FixSafety
from audit.gazetteer import literal
from audit.languages import language, shipped_files
from audit.lexicon import function_words
from audit.prose import WORD, FleetingPattern, LazyPattern, alternation
from audit.rules.base import Context, Rule
from audit.rules.fronted_body import inverted
from audit.rules.generic_article import generic_articles
from audit.rules.institution_shape import abroad, shaped
from audit.rules.postposed_adjective import postposed

if TYPE_CHECKING:
    import regex

PLACE = "{place}"
_PLACE_WORD = r"\p{Lu}[\p{L}\p{M}'’-]*"
# A place is a name of up to three capitalised words ("Hoan Kiem District", "Nur-Sultan").
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ \t\u00a0]+{_PLACE_WORD}){{0,2}})"
_POSTPOSED = "'{}' keeps the source's word order: the adjective goes before the noun"
_GENERIC = "'{}' keeps the source's generic article: English names write the noun bare"
_BEFORE = LazyPattern(r"(?:^|[^\p{L}\p{M}\p{N}'’-])(?P<word>\p{Lu}[\p{L}\p{M}'’-]*)[ \t\u00a0]+$")


class Gloss(NamedTuple):
    """One gloss of a foreign body's name, the name to use instead, and the words of its country."""

    pattern: FleetingPattern
    official: str
    hints: tuple[str, ...]
    key: str
    """Its most telling word, casefolded: an article without it is not searched (issue 9)."""


class Glosses(NamedTuple):
    """One language's glosses, what continues a name after one (a capital, after linking words), and
    the words that begin a name but name no place ("Central People's Government" is no city's)."""

    items: tuple[Gloss, ...]
    continued: LazyPattern
    unplaced: frozenset[str]
    keys: frozenset[str]
    """The glosses' keys, each once: half the glosses share one ("people's"), and each key is a scan
    of the whole article (issue 9)."""


@functools.cache
def glosses(code: str) -> Glosses:
    """The glosses of language `code` (no items when it lists none), built once and kept in the disk
    cache: a language lists a hundred or two, a few milliseconds of every check (issue 9)."""
    return cached(f"official-glosses-{code}", shipped_files(), lambda: _built(code))


def _built(code: str) -> Glosses:
    data = language(code)
    linking = alternation(data.phrases("official.linking"))
    # A name's parts are joined by a preposition or a genitive article ("Rat der Stadt"); any other
    # article right after a gloss begins the sentence's object ("beschloss das Volksting die Reform").
    objects = data.words("articles.definite") - data.words("media.connectors")
    joining = alternation([word for word in data.phrases("official.linking") if word.casefold() not in objects])
    # A capital continues a name; so does any word after a linking word that is no article, since the
    # rest of a name may be lower case ("il Consiglio supremo di difesa"); an article may begin the
    # next phrase ("kritisierte die Kammer der Kontrolle den Hochwasserschutz").
    prepositions = alternation(data.words("official.linking") - data.words("articles.definite"))
    # …and so does a word common in names after it, an adjective of a longer name ("l'Assemblée
    # populaire nationale" of Beijing is no gloss of Sofia's National Assembly).
    common = alternation(data.words("official.common"))
    continued = LazyPattern(
        rf"(?i:^(?:[ \t\u00a0]+(?:{joining})(?=[ \t\u00a0'’])"
        rf"(?:[ \t\u00a0]+(?:{linking})(?=[ \t\u00a0'’]))*)?[ \t\u00a0'’]+)\p{{Lu}}"
        rf"|(?i:^[ \t\u00a0]+(?:{prepositions})(?:[ \t\u00a0'’]+(?:{linking})(?=[ \t\u00a0'’]))*[ \t\u00a0'’]+)\p{{L}}"
        rf"|(?i:^[ \t\u00a0]+(?:{common}))(?![\p{{L}}\p{{M}}])"
    )
    built = []
    plain = data.words("official.heads") | data.words("official.common")
    regions = {country: towns.split() for country, towns in data.value("official.regions", ())}
    for gloss, official, hints in data.value("official.glosses", ()):
        words = hints.split()
        places = [word for word in words if word[:1].isupper()]  # "of Ukraine", not "der polnischen"
        # A story from Gdańsk or Eilat may never name its country: its cities and regions tie it too.
        words += [town for word in places for town in regions.get(word, ())]
        country = rf"(?:[ \t\u00a0]+(?:{linking})(?:[ \t\u00a0]+|['’]))+(?:{alternation(places)})"
        # An apostrophe may come before: the elided article of French and Italian ("l'Assemblée populaire").
        written = _written(gloss)
        pattern = FleetingPattern(
            rf"(?<![\p{{L}}\p{{M}}\p{{N}}-]){written}(?:{country})?(?![\p{{L}}\p{{M}}\p{{N}}'’-])"
        )
        key = _key(gloss.replace(PLACE, " "), plain)
        built.append(Gloss(pattern, official, tuple(word.casefold() for word in words), key))
    unplaced = frozenset(word.casefold() for word in data.words("official.common") | function_words(code))
    return Glosses(tuple(built), continued, unplaced, frozenset(gloss.key for gloss in built))


def _written(gloss: str) -> str:
    """A gloss as a pattern: its first word as listed (a capital makes it a name), the others in either
    case, since MT and the press capitalise the rest of a name at will ("Consiglio supremo", "Assemblée
    Populaire"); a place keeps its capital, so it stays outside the case-blind part."""
    parts = []
    for number, part in enumerate(gloss.split(PLACE)):
        first = ""
        if number == 0 and (head := re.match(r"\S+", part)):
            first, part = literal(head.group()), part[head.end() :]
        parts.append(first + (f"(?i:{literal(part)})" if part else ""))
    return _PLACE.join(parts)


def _key(gloss: str, plain: frozenset[str]) -> str:
    """The word of a gloss a paragraph is screened by: its longest word that is no head word or common
    word of institutions (`plain`: "weather" in "Weather Department", not "department"), casefolded."""
    words = sorted(WORD.findall(gloss), key=len, reverse=True)
    return next((word for word in words if word.casefold() not in plain), words[0]).casefold().replace("’", "'")


class CalquedInstitution(Rule):
    """A foreign body named by a word-for-word gloss of its own-language name.

    Why: "the Supreme Council voted", "la Maison de justice suprême" or "die Höchste Kammer der
    Kontrolle" name no body a reader can look up: each glosses a name the press writes otherwise
    (the Verkhovna Rada, la Cour suprême, die Oberste Kontrollkammer), and once the country has left
    the phrase no glossary of full forms can tell it from a description. Example: in a story from
    Kyiv, "The Supreme Council passed the law" → "The Verkhovna Rada passed the law". Fix: unsafe
    (the established name put in; its gender or article may need a touch in the sentence).
    """

    id = "calqued-institution"
    summary = "a foreign body named by a word-for-word gloss of its name (Supreme Council → Verkhovna Rada)"
    precedence = 46

    def check(self, context: Context) -> Iterator[Finding]:
        words: frozenset[str] | None = None  # the article's words, read once a gloss is found
        folded = context.document.prose.casefold().replace("’", "'")  # "dell’Eredità" holds the key "dell'eredità"
        # The glosses whose key the article holds, per language: most articles hold none (issue 9).
        held: dict[str, tuple[Gloss, ...]] = {}
        foreign: dict[str, bool] = {}  # whether the story names a foreign country, per language
        for paragraph in context.document.paragraphs:
            code = context.language_of(paragraph)
            text = paragraph.text
            listed = glosses(code)
            if code not in held:
                present = {key for key in listed.keys if key in folded}
                held[code] = tuple(gloss for gloss in listed.items if gloss.key in present)
            # Each span with the name to suggest and, for the source's grammar, the message that says so.
            found: list[tuple[int, int, str | None, str | None]] = []
            # The paragraph must hold the key too: most held glosses are read in one paragraph or two.
            here = text.casefold().replace("’", "'") if held[code] else ""
            for gloss in held[code]:
                if gloss.key not in here:
                    continue
                for match in gloss.pattern.finditer(text):
                    placed = _placed(match, listed.unplaced)
                    if placed is None or listed.continued.search(text[match.end() :]):
                        continue
                    start, place = placed
                    before = _name_before(text, start, code)
                    if before is not None:
                        if not before.group("word").casefold().startswith(gloss.hints):
                            continue
                        start = before.start("word")  # "der Türkei Statistik Institution": the country is in the name
                    if words is None:
                        words = frozenset(word.casefold() for word in WORD.findall(context.document.prose))
                    if not any(word.startswith(gloss.hints) for word in words):
                        continue  # a hint begins a word: "grec" in "grecs", "Israel" in "Israel's"
                    if _glossed(context, text, code, start, match.end()):
                        continue  # the glossary rule names it already: one finding for one name
                    official = gloss.official.replace(PLACE, place) if place else gloss.official
                    if official.casefold() in f"{text[:start]} {text[match.end() :]}".casefold():
                        # The gloss explains a name the paragraph gives: "Pakatan Harapan (Alliance of Hope)";
                        # the name inside the gloss is no such name ("Senate of the Nation" → "Senate").
                        continue
                    if "’" in match.group():  # the article's apostrophe, not the data's
                        official = official.replace("'", "’")
                    found.append((start, match.end(), official, None))
            # A body in the source's word order ("the Court of the Crown") is a calque at home too.
            for start, stop, name in inverted(text, code, listed.continued):
                if _name_before(text, start, code) is None and not _glossed(context, text, code, start, stop):
                    found.append((start, stop, name, None))
            # The source's word order and generic article inside a name are calques wherever the story is set.
            for start, stop, name in postposed(text, code):
                if not _glossed(context, text, code, start, stop):
                    found.append((start, stop, name, _POSTPOSED))
            for start, stop, name in generic_articles(text, code):
                if not _glossed(context, text, code, start, stop):
                    found.append((start, stop, name, _GENERIC))
            if code not in foreign:
                if words is None:
                    words = frozenset(word.casefold() for word in WORD.findall(context.document.prose))
                foreign[code] = abroad(code, words)
            for start, stop in shaped(text, code, listed.continued) if foreign[code] else ():
                if not _glossed(context, text, code, start, stop):
                    found.append((start, stop, None, None))
            end = 0
            # The longest of two glosses that overlap is the name ("Municipal People's Government of X");
            # a listed gloss comes before a shape of the same span, since it names the body to use.
            for start, stop, official, note in sorted(found, key=lambda item: (item[0], -item[1], item[2] is None)):
                if start < end:
                    continue
                end = stop
                if note is not None:
                    message = note.format(text[start:stop])
                    yield self.finding(
                        paragraph.start + start,
                        paragraph.start + stop,
                        message,
                        official,
                        FixSafety.UNSAFE if official is not None else None,
                        language=code,
                    )
                    continue
                if official is None:
                    message = f"'{text[start:stop]}' has the shape of a foreign body's name glossed word for word"
                    yield self.finding(paragraph.start + start, paragraph.start + stop, message, language=code)
                    continue
                message = f"'{text[start:stop]}' glosses a foreign name word for word: '{official}'"
                yield self.finding(
                    paragraph.start + start, paragraph.start + stop, message, official, FixSafety.UNSAFE, language=code
                )


def _placed(match: regex.Match[str], unplaced: frozenset[str]) -> tuple[int, str | None] | None:
    """Where the name begins and the place it names. A place written first loses the capitalised article
    before it ("The Ishikawa Prefectural Office" names Ishikawa); None when what stands for the place
    is only such words or begins with a word no place is named by ("Central People's Government")."""
    if "place" not in match.groupdict():
        return match.start(), None
    words = match.group("place").split()
    leading = 0
    while leading < len(words) and words[leading].casefold() in unplaced:
        leading += 1
    if leading == len(words) or (leading and match.start("place") != match.start()):
        return None
    if leading == 0:
        return match.start(), match.group("place")
    offset = match.string.index(words[leading], match.start("place"))
    return offset, match.string[offset : match.end("place")]


def _glossed(context: Context, text: str, code: str, start: int, end: int) -> bool:
    """True when a glossary entry of the language flags a span that overlaps `text[start:end]` ("the
    Supreme Council of Ukraine" is also an institutions entry)."""
    return any(match.start < end and start < match.end for match in context.glossaries.find(text, code))


def _name_before(text: str, start: int, code: str) -> regex.Match[str] | None:
    """The capitalised word right before the gloss, which makes it part of a longer name ("the Universal
    House of Justice") unless it is the gloss's own country; a capitalised article is none ("The
    Supreme Council")."""
    before = _BEFORE.search(text[:start])
    return before if before is not None and before.group("word").casefold() not in function_words(code) else None
