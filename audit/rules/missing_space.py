"""`missing-space`: two words or sentences glued together where a space was lost.

Scrapers that join lines and MT systems that rebuild segments drop spaces in a handful of shapes,
each a pattern below: after a sentence end ("the ministry.He added", "¿Qué?Dijo", `border."Officials`,
`Städte“.Sein`, French `minute !Puis`, "sorpresa.I" where the one letter is a word of the language),
after a closing quote or bracket (`“no”and`, "(Reuters)The"), before an opening quote (`said“We`,
`dit«Nous`, `said,“We`), after a comma, colon or semicolon
("Tuesday,Ahmed", "GMT:Police", "verzögert;Die"), after a dateline dash ("(AP) -Paris"), after a title
("Dr.Kamal", French "M.Mercier") or before one ("déclaré.M. Haddad"), around a dash glued to an
agency's bracket ("(VNA)–The"), after a score ("3-1.Fans"), between a number or a percentage and a
common word ("12provinces", "30%in"), before a bracket ("Sunday(Reuters)", "books(the witness…)",
"Hamburg(dpa) - Ein"), and between two fused words ("rallySupporters", "governmentsaid", "laderaEl":
both halves must be words of the paragraph's language, see audit/lexicon.py), or beside a name the
article writes on its own ("inNewport", "TamilNadu": audit/glued_names.py).

What looks the same but is right stays silent: abbreviations and initials ("U.S.", "z.B.", "a.m.",
"J.R."), a capital letter that is no word ("Plan.B"), HTML entities ("caf&eacute;s"),
decimals and times (digits on either side: "3.5", "10:30", "3,500"), domains and file names (a
lower-case or top-level-domain word after the dot: "Amazon.com", "report.pdf", "Node.js",
"Booking.Com"), brands ("Yahoo!", "iPhone", "eBay", "McDonald", "PlayStation"), plural and gender
markers in brackets ("job(s)", "Lehrer(innen)"), ellipses, and URLs and e-mail addresses (masked as
protected before any rule runs).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from audit.findings import Finding, FixSafety
from audit.glued_names import ArticleNames
from audit.languages import language, words
from audit.lexicon import common, function_words, fused_splits, one_letter_words, vocabulary
from audit.prose import LazyPattern, abbreviation_before, is_abbreviation
from audit.punctuation import opens
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    from regex import Match

    from audit.document import Paragraph

# The full stop may follow a closed quotation (`Städte“.Sein`, French `déséquilibré ».Il`), and a
# French ! or ? its space (`minute !Puis`); the next word may open a quotation, a French guillemet with
# its no-break space (`distributeurs.« Certains`), or a bracket (`direttrice.(ANSA)`, an agency's
# capitals), and may be one capital letter when that letter is a word of the language (`sorpresa.I`,
# `barragens.O`), but not an initial (`J.R.`).
_GLUED = LazyPattern(
    r"(?<=(?P<left>[\p{L}\p{M}\p{N}]+)(?P<space>[ \u00a0\u202f])?)(?P<shut>[»”“’\")])?"
    r"(?P<mark>[.!?])(?P<close>[”»“)’\"]?)"
    r"(?=(?:[¿¡“»„\"(]|«[ \u00a0\u202f]?)?(?P<right>\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}['’]\p{L}[\p{Ll}\p{M}]+"
    r"|\p{Lu}(?![\p{L}\p{M}\p{N}.])|(?<=\()\p{Lu}{2,}(?=\))|\p{Lu}{2,}(?=[ \u00a0\u202f]\p{Ll})"
    r"|\p{Lu}\p{Ll}{0,2}\.(?=[ \u00a0]\p{Lu}[\p{Ll}\p{M}])))"
)
# Quotation marks that open in one language and close in another (« » in French, » « in German).
_TURNED = frozenset("«»“")
_SPACES = frozenset(" \u00a0\u202f")
# A closing quote or bracket glued to the next word: `“no”and`, "(Reuters)The", and a French closing
# guillemet after its no-break space (`humaine »et`), also before an inverted verb (`rien »a-t-il`), or
# before a word of one letter that the language writes ("(OMS)a fait", "(ANSA)e poi", "”y luego").
_AFTER_CLOSE = LazyPattern(
    r"(?:(?<=[\p{L}\p{M}\p{N}.!?])(?P<mark>[”»“«)\]\"])|(?<=[\p{L}\p{M}\p{N}.!?][ \u00a0\u202f])(?P<mark>»))"
    r"(?=[\p{L}](?:[\p{L}\p{M}]|-\p{L})|(?P<letter>\p{L})[ \u00a0]\p{L})"
)
# A comma or colon glued to the next word: "Tuesday,Ahmed", "GMT:Police" (a colon only before a capital);
# after a number, a comma before a word of two letters or more (`l’été 2027,selon`: "2,5" is a decimal);
# after a comma the word may be one letter before a space (French `accord,a indiqué`) or elided (`,l’`);
# the comma may follow an abbreviation's full stop (`p.m.,although`) or a decade (`1960s,carries`).
# After a closing quote too (`»,selon`), and before an opening quote after a colon (`:« Nous`, `:"We`,
# `adding:"the galleries`: a quotation may open on a small letter).
# A semicolon before any word, even one letter (`verzögert;Die`, `giovedì;i`), but not closing an HTML
# entity (`&amp;`).
_AFTER_COMMA = LazyPattern(
    r"(?<=[\p{L}\p{M}]{2}|[»”)’\]]|\p{L}\.|[\p{L}\p{M}.!?]\"|\p{N}0s)"
    r"(?P<mark>,)(?=[\p{L}](?:[\p{L}\p{M}'’]|[ \u00a0]|-\p{L}))"
    r"|(?<=\p{N})(?P<mark>,)(?=\p{L}[\p{L}\p{M}])"
    r"|(?<=[\p{L}\p{M}]{2}[ \u00a0\u202f]?)(?P<mark>:)"
    r"(?=(?:[«“„\"][ \u00a0\u202f]?)?\p{Lu}[\p{Ll}\p{M}]|[«“„\"][ \u00a0\u202f]?\p{Ll}[\p{Ll}\p{M}]+[ \u00a0])"
    r"|(?<=(?<![&#\p{L}\p{M}\p{N}])[\p{L}\p{M}]{2,}[ \u00a0\u202f]?|[»”)’\]])(?P<mark>;)"
    r"(?=\p{L}(?:[\p{L}\p{M}'’]|[ \u00a0]))"
)
# A colon glued to a lower-case word that goes on as a clause: "denied this:it has" (checked: a function
# word of the language, not a gender ending such as German "Lehrer:innen sind").
_COLON_BEFORE_WORD = LazyPattern(
    r"(?<=(?<![\p{L}\p{M}\p{N}_/@.-])[\p{L}\p{M}]*\p{Ll}[\p{Ll}\p{M}])(?P<mark>:)"
    r"(?=(?P<right>\p{Ll}{2,})[ \u00a0]\p{L})"
)
# A function word glued to the number after it: "by the end of2026", "desde2019".
_WORD_BEFORE_NUMBER = LazyPattern(
    r"(?<![\p{L}\p{M}\p{N}_/@.#&-])(?P<word>\p{Ll}{2,})(?=\p{N}{2,}(?![\p{L}\p{M}\p{N}]|[.,]\p{N}))"
)
# A sentence glued after a percentage: "rose 5%.Analysts", French "de 5 %.Les".
_AFTER_PERCENT = LazyPattern(r"(?<=\p{N}[ \u00a0\u202f]?%)(?P<mark>[.!?])(?=\p{Lu}[\p{Ll}\p{M}]+)")
# The agencies whose initials a dateline writes in lower case (dpa, apa, ats, sda).
_LOWER_AGENCIES = "dpa|apa|ats|sda"
# A dash glued to an agency's bracket in a dateline, on one side or both: "HANOI (VNA)–The", "(Reuters)-The",
# "(AP)— The"; the bracket holds a capitalised name or an agency's lower-case initials.
_BRACKET_DASH = LazyPattern(
    rf"(?<=\((?:\p{{Lu}}[\p{{L}}]+|{_LOWER_AGENCIES})\))"
    r"(?P<mark>[-–—])(?P<space>[ \u00a0])?(?=\p{Lu}[\p{Ll}\p{M}])"
)
# A number glued to the word after it: "hit 12provinces", "in 24hours" (the word is a common one of four
# letters or more: "12th", "1990s", "10km", "4x4" are no such words); and a percentage glued to the next
# word: "by 30%in a week".
_NUMBER_BEFORE_WORD = LazyPattern(
    r"(?<![\p{L}\p{M}\p{N}.,:/_@#'’-])\p{N}+(?=(?P<word>\p{Ll}{4,})(?![\p{L}\p{M}\p{N}]))"
)
_PERCENT_BEFORE_WORD = LazyPattern(r"(?<=\p{N}[ \u00a0\u202f]?)%(?=\p{L}[\p{L}\p{M}])")
# A dash spaced before and glued after, as in a dateline: "(AP) -Paris", "BERLIN -Die", after a date,
# "May 14 —A", or after the place a paragraph opens with, "Charkiw –Am" (an en or em dash in those two:
# "pages 10 -Appendix" is a range), or after an abbreviated month or a sentence's full stop ("27 nov.
# —Huit ans"); after a date written day first, any dash ("2 septembre -Le", "3 de junio -El": the
# word is a month of `ui.calendar`). Only after an agency bracket, a capital, a date, a full stop or
# that place: `der "Krüger" -Plan` is a German compound with a quoted head. The next word may be one
# capital letter when that letter is a word of the language ("—A nasal spray", "ISTAMBUL –A 52.ª"), or
# an elided article ("NEW DELHI –L'Institut").
_DATELINE_DASH = LazyPattern(
    r"(?:(?<=[)\p{Lu}][ \t\u00a0])(?P<mark>[-–—])|(?<=\p{L}[ \u00a0]\p{N}{1,2}[ \t\u00a0])(?P<mark>[–—])"
    r"|(?<=(?<![\p{L}\p{M}\p{N}.,])\p{N}{1,2}[ \u00a0](?:\p{Ll}{2}[ \u00a0])?(?P<month>\p{Ll}{3,})\.?[ \t\u00a0])"
    r"(?P<mark>[-–—])"
    r"|(?<=^\p{Lu}[\p{Ll}\p{M}]+(?:[ -]\p{Lu}[\p{Ll}\p{M}]+)?[ \t\u00a0])(?P<mark>[–—])"
    r"|(?<=\p{Ll}\.[ \t\u00a0])(?P<mark>[–—]))"
    r"(?=\p{Lu}[\p{Ll}\p{M}]|\p{Lu}['’]\p{L}[\p{Ll}\p{M}]|(?P<letter>\p{Lu})[ \u00a0][\p{L}\p{N}])"
)
# A dateline's place in capitals glued by its dash to the story's first word, at a paragraph's start:
# "CASABLANCA-The", "MASCATE–As", "PORT-AU-PRINCE.-The", "SEUL–A" (the word opens with a capital and a
# small letter, or is one capital letter: Portuguese "A", English "A").
_GLUED_DATELINE = LazyPattern(
    r"^(?P<place>\p{Lu}{3,}(?:[ .'’-]\p{Lu}{2,})*)\.?(?P<mark>[-–—])"
    r"(?=(?P<word>\p{Lu}\p{Ll}[\p{L}\p{M}]*|\p{Lu}(?=[ \u00a0])))"
)
# A word glued to a bracket that opens an aside: "Sunday(Reuters)", or "books(the witness was abroad)"
# when the aside is words (a space inside): "job(s)", "Lehrer(innen)" and "f(x)" are no asides. A
# lower-case agency in a dateline is one too, where a dash follows: "Hamburg(dpa) - Ein Streik"; and
# a dateline's place in capitals before its agency and dash: "KUWAIT-STADT(KUNA) – Der Hafen".
_BEFORE_BRACKET = LazyPattern(
    r"(?:(?<=(?<![\p{L}\p{M}\p{N}_/@-])[\p{L}\p{M}]*[\p{Ll}\p{M}]{2})(?P<mark>\()"
    r"(?=\p{Lu}[\p{L}\p{M}\p{N} .,-]+\)|\p{Ll}[\p{L}\p{M}]+[ \u00a0][^()\n]*[\p{L}\p{N}][^()\n]*\)"
    r"|\p{Ll}{2,}\)[ \u00a0]*[-–—][ \u00a0]\p{Lu}|\p{N}{1,2}:\p{N}{2}(?::\p{N}{2})?\)))"
    r"|(?<=(?<![\p{L}\p{M}\p{N}_/@-])(?:\p{Lu}{2,}[ -])*\p{Lu}{3,})(?P<mark>\()"
    rf"(?=(?:\p{{Lu}}{{2,}}|{_LOWER_AGENCIES})\)[ \u00a0]*[-–—:])"
)
# A double quotation mark glued to the word before it: "said“We", "dit«Nous", "sagte„Wir", and after a
# comma (`said,“We`, `bleiben,“sagte`); whether the mark opens or closes decides where the space goes.
_QUOTE_AFTER_WORD = LazyPattern(
    r"(?<=[\p{L}\p{M}]{2}(?P<comma>,)?)(?P<mark>[“„«»”\"])(?=[ \u00a0\u202f]?\p{L}[\p{L}\p{M}])"
)
FUSABLE_TOKEN = LazyPattern(
    r"(?:(?<![\p{L}\p{M}\p{N}'’@#./_-])|(?<=(?<![\p{L}\p{M}\p{N}'’@#./_-])\p{L}{1,4}['’]))"
    r"[\p{L}\p{M}]+(?![\p{L}\p{M}\p{N}'’@_-]|[.]\p{L})"
)
"""A token the fused-word check may split: letters only, never part of an address, a domain, a hashtag, a
handle or a file name ("islandferries.co.uk", "#streetvendors"); after an elided word it is a word too
("l'inflationannuelle", "dell'arte"), but not the end of one ("aujourd'hui")."""

# A score before the digit a full stop follows: "3-1", "3:1" (not a time: one or two digits each side).
_SCORE = LazyPattern(r"(?<![\p{N}.,:/-])\p{N}{1,2}[-–:]\z")
# A unit after a number, up to its slash: "130 km/", "5 m/" (of "km/h.", "m/s.").
_UNIT = LazyPattern(r"\p{N}[ \u00a0\u202f]?\p{L}{1,3}/\z")
# The first part of a hyphenated word, up to its hyphen: "quarta-" of "quarta-feira." (no digit,
# dot or slash before it: "v1.2-final." is a version).
_HYPHENATED = LazyPattern(r"(?<![\p{L}\p{M}\p{N}.@/_-])\p{L}[\p{L}\p{M}]+-\z")
# Capitalised top-level domains still make a domain ("Booking.Com", "Kasparov.Ru"), not a new sentence.
# Domains that are also words starting sentences ("It", "De", "Es") count only after a capitalised name.
_DOMAINS = frozenset(
    ["com", "net", "org", "gov", "edu", "info", "biz", "io", "ru", "ua", "uk", "tv", "ink", "eu", "fm", "ly"]
)
# File name extensions, which an acronym after a full stop may be ("report.PDF is attached").
_FILE_TYPES = frozenset(
    [
        "pdf",
        "doc",
        "docx",
        "xls",
        "xlsx",
        "ppt",
        "pptx",
        "txt",
        "csv",
        "jpg",
        "jpeg",
        "png",
        "gif",
        "zip",
        "mp3",
        "mp4",
        "html",
        "htm",
        "xml",
        "json",
        "exe",
        "odt",
        "rtf",
        "svg",
        "tif",
        "tiff",
        "avi",
        "mov",
        "wav",
    ]
)
_WORD_DOMAINS = frozenset(
    [
        "it",
        "de",
        "es",
        "fr",
        "me",
        "us",
        "in",
        "at",
        "be",
        "to",
        "no",
        "co",
        "ch",
        "nl",
        "pl",
        "cz",
        "se",
        "dk",
        "fi",
        "pt",
        "br",
        "jp",
        "cn",
        "ca",
        "au",
    ]
)
# Names spelt with "!" that run into the next word: "Yahoo!Finance", "Yahoo!Japan".
_BANG_BRANDS = frozenset(["yahoo"])


class MissingSpace(Rule):
    """No space between two sentences or words: after . ! ? , : ; a closing quote or bracket, a title
    or a dateline dash, before a bracket, or between two fused words.

    Why: "the ministry.He added" reads as one broken word to readers, search engines and
    spell-checkers. Example: "the ministry.He added" → "the ministry. He added"; "Tuesday,Ahmed" →
    "Tuesday, Ahmed". Fix: safe (one space is inserted; nothing else moves), unsafe for two fused
    words ("governmentsaid" → "government said": the reader checks where the space goes).
    """

    id = "missing-space"
    summary = "no space after . , : or a closing quote, or between fused words (ministry.He, rallySupporters)"
    precedence = 30

    def check(self, context: Context) -> Iterator[Finding]:
        names = ArticleNames(context.document.prose)
        for paragraph in context.document.paragraphs:
            code = context.language_of(paragraph)
            found: dict[int, Finding] = {}
            # Fused words are looked for beyond the data's words only in the article's own language: a
            # paragraph in another is untranslated's business, and its word lists cost a one-article check.
            unlisted = code == context.languages.document
            for finding in self._findings(paragraph, code, unlisted, names, context.document.prose):
                found.setdefault(finding.end, finding)  # one finding per gap, the first shape wins
            yield from sorted(found.values(), key=lambda finding: finding.start)

    def _findings(
        self, paragraph: Paragraph, code: str, unlisted: bool, names: ArticleNames, prose: str
    ) -> Iterator[Finding]:
        text = paragraph.text
        for match in _GLUED.finditer(text):
            if self._glued(text, match, code):
                close = match.group("close")
                end = match.end() if close and not self._opens(close, text, match.start("close")) else match.end("mark")
                after = text[match.end() : match.end() + 1]
                if not close and after in _TURNED and after not in _openers(code):
                    # A mark the language closes with ends the sentence's quotation (German `»Ja.«Danach`):
                    # the space goes after it, and none is missing when one follows (`liest.«\u202f`).
                    if text[match.end() + 1 : match.end() + 2] in _SPACES:
                        continue
                    end = match.end() + 1
                yield self._insert(paragraph, match.start(), end, f"after '{text[match.start() : end]}'")
        dateline = _GLUED_DATELINE.compiled.match(text)
        if dateline is not None and _dateline_glued(dateline, code, prose):
            mark = dateline.group("mark")
            start, end = paragraph.start + dateline.start("mark"), paragraph.start + dateline.end("mark")
            yield self.finding(
                start, end, f"missing spaces around '{mark}' after a dateline", f" {mark} ", FixSafety.SAFE
            )
        for match in _AFTER_CLOSE.finditer(text):
            letter = match.group("letter")
            if letter and letter.casefold() not in one_letter_words(code):
                continue  # "(see Annex)B and C": a letter that is no word of the language
            if self._closes_aside(text, match.start()):
                yield self._insert(paragraph, match.start(), match.end(), f"after '{match.group('mark')}'")
        for pattern in (_AFTER_COMMA, _DATELINE_DASH, _AFTER_PERCENT):
            for match in pattern.finditer(text):
                letter, month = match.groupdict().get("letter"), match.groupdict().get("month")
                if letter and letter.casefold() not in one_letter_words(code):
                    continue  # "— B team": a letter that is no word of the language
                if month and month not in words(code, "ui.calendar"):
                    continue  # "Seite 12 oben -Anhang": a date's word is a month's
                if not self._doubled_mark(text, match.start(), match.end()):
                    yield self._insert(paragraph, match.start(), match.end(), f"after '{match.group('mark')}'")
        yield from self._glued_to_word(paragraph, code)
        for match in _BRACKET_DASH.finditer(text):
            # Spaced after and glued before ("(AP)— The"), or glued on both sides ("(VNA)–The").
            mark = match.group("mark")
            replacement = f" {mark}" if match.group("space") else f" {mark} "
            start = paragraph.start + match.start("mark")
            where = "before and after" if not match.group("space") else "before"
            yield self.finding(start, start + 1, f"missing space {where} '{mark}'", replacement, FixSafety.SAFE)
        if "%" in text:
            for match in _PERCENT_BEFORE_WORD.finditer(text):
                yield self._insert(paragraph, match.start(), match.end(), "after '%'")
        common_here = None
        for match in _NUMBER_BEFORE_WORD.finditer(text):
            common_here = common_here if common_here is not None else common(code)
            if match.group("word") in common_here:
                yield self._insert(
                    paragraph, match.start(), match.end(), f"between '{match.group()}' and '{match.group('word')}'"
                )
        for match in _BEFORE_BRACKET.finditer(text):
            yield self._insert(paragraph, match.start(), match.end(), "before '('", before=True)
        for match in _QUOTE_AFTER_WORD.finditer(text):
            yield from self._glued_quote(paragraph, match, code)
        yield from self._fused(paragraph, code, unlisted, names)

    def _glued_to_word(self, paragraph: Paragraph, code: str) -> Iterator[Finding]:
        """A colon or a number glued to a function word: "denied this:it has", "the end of2026"."""
        text, function = paragraph.text, function_words(code)
        if ":" in text:
            endings = words(code, "lexicon.inclusive_endings")
            for match in _COLON_BEFORE_WORD.finditer(text):
                right = match.group("right")
                if (
                    right in function
                    and right not in endings
                    and not self._doubled_mark(text, match.start(), match.end())
                ):
                    yield self._insert(paragraph, match.start(), match.end(), "after ':'")
        for match in _WORD_BEFORE_NUMBER.finditer(text):
            if match.group("word") in function:
                number = text[match.end() :].split(None, 1)[0]
                yield self._insert(paragraph, match.start(), match.end(), f"between '{match.group()}' and '{number}'")

    def _glued_quote(self, paragraph: Paragraph, match: Match, code: str) -> Iterator[Finding]:
        """A quotation mark glued to the word (or comma) before it: an opening one wants a space before
        it (`said “We`, `said, “We`), a closing one after a comma wants one after it (`bleiben,“ sagte`).
        A mark the language never opens with is a reversed pair (`el» acuerdo «de`): malformed-quote's."""
        text, start, mark = paragraph.text, match.start("mark"), match.group("mark")
        spaced_after = text[start + 1] in " \u00a0\u202f"
        if self._opens(mark, text, start) and (mark == '"' or mark in _openers(code)):
            if match.group("comma"):
                yield self._insert(paragraph, start - 1, start, "after ','")
            elif mark != '"':  # `word"Word` is too often a closing straight quote glued the other way
                yield self._insert(paragraph, start, start + 1, f"before '{mark}'", before=True)
        elif match.group("comma") and not spaced_after:
            yield self._insert(paragraph, start - 1, start + 1, f"after ',{mark}'")

    def _insert(self, paragraph: Paragraph, start: int, end: int, where: str, *, before: bool = False) -> Finding:
        """A finding on text[start:end] of the paragraph whose fix adds a space after it (or before it)."""
        written = paragraph.text[start:end]
        replacement = " " + written if before else written + " "
        offset = paragraph.start
        return self.finding(offset + start, offset + end, f"missing space {where}", replacement, FixSafety.SAFE)

    def _fused(self, paragraph: Paragraph, code: str, unlisted: bool, names: ArticleNames) -> Iterator[Finding]:
        # Each distinct word is judged once, and matched again only when one splits (issue 9: a
        # paragraph repeats its words, and very few of them are fused).
        tokens = set(FUSABLE_TOKEN.findall(paragraph.text))
        splits = fused_splits(tokens, code, unlisted)
        named = {token: split for token in tokens.difference(splits) if (split := names.split(token, code)) is not None}
        splits.update(named)
        if not splits:
            return
        for match in FUSABLE_TOKEN.finditer(paragraph.text):
            token = match.group()
            split = splits.get(token)
            if split is None:
                continue
            left, right = token[:split], token[split:]
            start, end = paragraph.start + match.start(), paragraph.start + match.end()
            if token not in named and _sentence_lost(left, right, code):
                message = f"'{left}' and '{right}' fused into one word: a sentence end lost"
                yield self.finding(start, end, message, f"{left}. {right}", FixSafety.UNSAFE)
                continue
            message = f"'{left}' and '{right}' fused into one word"
            yield self.finding(start, end, message, f"{left} {right}", FixSafety.UNSAFE)

    @staticmethod
    def _opens(mark: str, text: str, position: int) -> bool:
        """Whether a quote after a full stop opens the next sentence rather than closing this one."""
        if mark == '"':  # opens when it is an odd one out with a partner after it; else it closes
            return text.count('"', 0, position) % 2 == 0 and '"' in text[position + 1 :]
        return opens(mark, text)

    @classmethod
    def _closes_aside(cls, text: str, position: int) -> bool:
        """True when the mark at `position` closes a quotation or an aside of two letters or more."""
        mark = text[position]
        if mark in ")]":
            opener = text.rfind("(" if mark == ")" else "[", 0, position)
            inside = text[opener + 1 : position]
            letters = sum(character.isalpha() for character in inside)
            return opener >= 0 and letters >= 2 and (opener == 0 or not text[opener - 1].isalnum())
        if text[position - 1] in ".!?":
            # A sentence end: _GLUED decides, with its own exceptions; but a lower-case word after a
            # question or an exclamation is the attribution glued to it (`hour?”asked Irina`).
            return text[position - 1] in "!?" and text[position + 1].islower() and not cls._opens(mark, text, position)
        return not cls._opens(mark, text, position)

    @staticmethod
    def _doubled_mark(text: str, start: int, end: int) -> bool:
        """True for a doubled mark ("::" in "std::vector", "--"): a notation, not a lost space."""
        return text[start - 1 : start] == text[start] or text[end : end + 1] == text[start]

    @staticmethod
    def _glued(text: str, match: Match, code: str) -> bool:
        left, right = match.group("left"), match.group("right")
        if right.endswith("."):
            # "a déclaré.M. Haddad": a sentence, then a title's abbreviation before a name; an initial
            # after a word ("Plan.B. Smith") or a capital's abbreviation ("ca.Z. B.") is none.
            title = right[:-1].casefold() in words(code, "abbreviations.titles")
            return title and left.islower() and len(left) >= 3 and not match.group("space")
        if len(right) == 1 and right.casefold() not in one_letter_words(code):
            return False  # "Plan.B", "Vitamin.D": a letter that is no word of the language starts no sentence
        if match.group("space") and not (match.group("shut") == "»" or match.group("mark") in "!?"):
            return False  # only French spaces a closing guillemet or a ! ? from the word before
        if match.group("mark") != ".":
            return left.casefold() not in _BANG_BRANDS
        if right.isupper() and len(right) > 1:
            if text[match.start("right") - 1] == "(":
                return left.islower()  # "direttrice.(ANSA)"; "Acme Inc.(NYSE)" is a company's abbreviation
            # "payloads.ISRO said": an acronym opens the next sentence; "report.PDF is" names a file.
            return left.islower() and len(left) >= 3 and right.casefold() not in _DOMAINS | _FILE_TYPES
        before = text[: match.start("left")][-1:]
        if right.casefold() in _DOMAINS or (
            right.casefold() in _WORD_DOMAINS and left[0].isupper() and not _opens_clause(text, match, code)
        ):
            return False
        if before == "." and _dotted_words(text, match.start("mark"), code):
            return True
        if left.isdigit() and _SCORE.compiled.search(text, 0, match.start("left")):
            return True  # "won 3-1.Fans", "mit 3:1.Die": a score, then a sentence
        if before == "/" and _UNIT.compiled.search(text, 0, match.start("left")) and len(right) > 1:
            return True  # "130 km/h.As autoridades": a unit after a number, then a sentence
        if before == "-" and _HYPHENATED.compiled.search(text, 0, match.start("left")) and left.islower():
            # "quarta-feira.O", "week-end.Il": a hyphenated word ends the sentence; so does an inverted
            # pronoun of two letters ("dit-il.Il").
            return len(left) >= 3 or left in words(code, "pronouns.inverted")
        if before == "-" and left.istitle() and len(left) >= 3 and _opens_clause(text, match, code):
            return True  # "d'Al-Balad.Le festival": a hyphenated name ends the sentence, a function word opens one
        if before in (".", "@", "/", "_", "-"):
            return False  # "U.S.Army", "user@mail.Com", "v1.2.Final": part of a longer token
        if match.group("shut"):
            return True  # `(AFP).The`, `Städte“.Sein`: no abbreviation ends in a quote or a bracket
        if left.isdigit():
            return len(left) >= 2
        if abbreviation_before(text, match.start("mark")) in words(code, "abbreviations.titles"):
            return True  # "Dr.Kamal": a title glued to the name
        word = left[-2:].islower() or left.isupper()  # "ministry", "NATO"; not "McD" or "iOS"
        return len(left) >= 2 and word and not is_abbreviation(text, match.start("mark"), code)


def _opens_clause(text: str, match: Match, code: str) -> bool:
    """True when a capitalised word that is also a top-level domain is a function word of the language
    followed by a lower-case word: "Ministry of Finance.It will", "in Berlin.In der Stadt" start a
    sentence, where "Repubblica.It" or "Spiegel.De berichtete" name a site."""
    after = text[match.end("right") : match.end("right") + 2]
    return (
        len(after) == 2
        and after[0] == " "
        and after[1].islower()
        and match.group("right").casefold() in function_words(code)
    )


def _dateline_glued(match: Match, code: str, prose: str) -> bool:
    """True when the word a dash glues to a paragraph's capitals is a function word, so the capitals are a
    dateline and the word opens the story ("CASABLANCA-The", "MASCATE–As"): before a name the dash joins
    a compound or a pair ("NATO–Russia talks", "COVID-Impfungen", "ONU-Mujeres"). Before any other word,
    after a dash that joins no compound (an en or em dash), the capitals are a dateline when the article
    writes them elsewhere in title case, as a place ("BAKU–Vor dem Gericht … in Baku"); an acronym an
    article writes so too ("Nato", "Covid") is joined by a hyphen ("COVID-Impfungen")."""
    if match.group("word").casefold() in function_words(code):
        return True
    if match.group("mark") == "-":
        return False
    return _written_alone(match.group("place").title(), prose)


def _written_alone(word: str, prose: str) -> bool:
    """True when `prose` writes `word` with no letter or mark against it ("in Baku", not "Bakunin"). A
    plain scan: a pattern built per dateline would be compiled by every run (issue 9).

    >>> _written_alone("Baku", "in Bakunin's town, then in Baku."), _written_alone("Baku", "Bakunin")
    (True, False)
    """
    start = prose.find(word)
    while start != -1:
        end = start + len(word)
        if not (start and _letter(prose[start - 1])) and not (end < len(prose) and _letter(prose[end])):
            return True
        start = prose.find(word, start + 1)
    return False


def _letter(character: str) -> bool:
    return unicodedata.category(character)[0] in "LM"


def _sentence_lost(left: str, right: str, code: str) -> bool:
    """True when a capitalised half after a lower-case content word starts a sentence ("rallySupporters",
    "laderaEl"), where after a function word it is a noun or a name ("dieRegierung", "theGovernment").
    German capitalises every noun, so there only a capitalised function word starts a sentence."""
    if not right[0].isupper() or left.casefold() in function_words(code):
        return False
    return not language(code).value("lexicon.compounds", False) or right.casefold() in function_words(code)


@functools.cache
def _openers(code: str) -> frozenset[str]:
    """The marks that open a quotation in the language's conventions (languages/<code>/quotes.toml)."""
    pairs = language(code).value("quotes.pairs", [["“", "”"], ["«", "»"], ["„", "“"], ["»", "«"]])
    return frozenset(pair[0] for pair in pairs)


def _dotted_words(text: str, period: int, code: str) -> bool:
    """True when the dotted token before `text[period]` is words of the language with spaces lost
    ("seguros.seguros.¡Por"), not a domain, a file name or initials ("U.S.", "index.html").
    """
    parts = abbreviation_before(text, period).split(".")
    return len(parts) > 1 and all(len(part) >= 3 and part in vocabulary(code) for part in parts)
