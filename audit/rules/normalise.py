"""Normalisation rules: mojibake (text decoded with the wrong encoding) and invisible characters.

Both repair what the reader cannot see or cannot read, and both are safe: ftfy only changes text it is
confident is mis-decoded, and the invisible characters removed carry no meaning in the script around
them. Neither touches what an editor chose on purpose: curly quotes, ligatures, full-width forms,
entities and the Unicode normalisation form stay as they are (design §7).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from audit.edit_distance import shared_ends
from audit.findings import Finding, FixSafety
from audit.rules.base import Context, Rule
from audit.rules.mojibake_screen import ftfy_may_change, may_be_redecoded

_ENCODING_NAMES = {
    "sloppy-windows-1252": "Windows-1252",
    "windows-1252": "Windows-1252",
    "sloppy-windows-1251": "Windows-1251",
    "windows-1251": "Windows-1251",
    "sloppy-windows-1250": "Windows-1250",
    "cp1256": "Windows-1256 (Arabic)",
    "latin-1": "Latin-1",
    "iso-8859-2": "ISO-8859-2",
    "macroman": "Mac Roman",
    "cp437": "code page 437",
    "utf-8": "UTF-8",
    "utf-8-variants": "UTF-8",
}
# Prose runs between protected regions and line breaks: ftfy sees one at a time, so offsets map back.
_SEGMENT = re.compile(r"[^\n\r\ufffc]+")
# A word with the white space after it (the first also takes that before it); or with the spaces and
# tabs after it, no-break spaces inside it.
_SPACED_WORD = re.compile(r"\s*\S+\s*|\s+")
_TAB_OR_SPACED_WORD = re.compile(r"[ \t]*[^ \t]+[ \t]*|[ \t]+")


def _fix_and_explain(text: str) -> tuple[str, list[tuple[str, str]] | None]:
    import ftfy

    return ftfy.fix_and_explain(text, _ftfy_config())  # type: ignore[no-any-return]


@functools.cache  # one config for every segment of every article, as before the screen
def _ftfy_config():  # type: ignore[no-untyped-def]
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


class Mojibake(Rule):
    """Text that was encoded in one encoding and decoded in another ("cafÃ©" for "café").

    Why: scraped and re-saved articles pass through tools that guess encodings; the result is
    unreadable to readers and search engines. Example: "Ã‰lysÃ©e" → "Élysée". Fix: safe (ftfy).
    """

    id = "mojibake"
    summary = "text decoded with the wrong encoding (repaired with ftfy)"
    precedence = 100

    def check(self, context: Context) -> Iterator[Finding]:
        for repair in context.mojibake:
            yield self.finding(repair.start, repair.end, repair.message, repair.replacement, FixSafety.SAFE)


class Repair(NamedTuple):
    """One mis-decoded word of the prose and what it was (offsets into the prose)."""

    start: int
    end: int
    message: str
    replacement: str


def mojibake_repairs(prose: str) -> Iterator[Repair]:
    """The mis-decoded words of `prose`, repaired by ftfy or by decoding them again."""
    for segment in _SEGMENT.finditer(prose):
        original = segment.group()
        if original.isascii():
            continue
        # ftfy is imported only for a segment it might change (mojibake_screen.py: issue 9).
        fixed, explanation = _fix_and_explain(original) if ftfy_may_change(original) else (original, None)
        if fixed == original:
            if not may_be_redecoded(original):
                continue
            # ftfy judges a segment whole: one mis-decoded word among correct accented ones is
            # left alone ("La rĂ©forme a été adoptée"), so each run of such words is tried alone.
            yield from map(_completed, _runs(original, segment.start()))
            continue
        message = _describe(explanation)
        repaired = [
            Repair(segment.start() + start, segment.start() + end, message, replacement)
            for start, end, replacement in _changed_words(original, fixed)
        ]
        if may_be_redecoded(original):
            # ftfy repairs one code page a segment: a word mis-read in another ("los aÃ±os" and
            # "la poblaciГіn" in one paragraph) is left as it was, and tried alone like the others.
            others = [run for run in _runs(original, segment.start()) if not _overlaps(run, repaired)]
            repaired = sorted(repaired + others)
        yield from map(_completed, repaired)


def _completed(repair: Repair) -> Repair:
    """The repair with what it left mis-decoded decoded too: ftfy stops at one code page a segment, so
    a word garbled in another keeps part of it ("verĂ¤uĂźern" → "veräuĂźern"), and text encoded twice
    may need a second decoding."""
    replacement = repair.replacement
    for _ in range(_MOST_DECODINGS):
        edits = list(_runs(replacement, 0))
        if not edits:
            break
        for edit in reversed(edits):
            replacement = replacement[: edit.start] + edit.replacement + replacement[edit.end :]
    return repair._replace(replacement=replacement)


# Text is encoded wrongly once or twice in practice; the limit only guards against a loop.
_MOST_DECODINGS = 3


def _overlaps(repair: Repair, others: list[Repair]) -> bool:
    return any(repair.start < other.end and other.start < repair.end for other in others)


def _runs(text: str, offset: int) -> Iterator[Repair]:
    for run in _NON_ASCII_RUN.finditer(text):
        for start, piece, (fixed, encoding) in _redecoded_pieces(run.group()):
            message = (
                _SINGLE_BYTE_MESSAGE
                if encoding == _SINGLE_BYTE
                else f"UTF-8 text read as {_ENCODING_NAMES.get(encoding, encoding)}"
            )
            base = offset + run.start() + start
            for word_start, word_end, replacement in _changed_words(piece, fixed):
                yield Repair(base + word_start, base + word_end, message, replacement)


def _redecoded_pieces(run: str) -> Iterator[tuple[int, str, tuple[str, str]]]:
    """The pieces of a run that decode again, with their start in `run` and `_redecoded`'s answer: the
    whole run ("lâ€™Ã‰lysÃ©e"), else word by word ("decía «РјРёСЂ»"), and a word's parts between
    correct curly marks ("l’annĂ©e": a ’ that is no byte of UTF-8; in "Ã’", read from the bytes of
    "Ò", it is one, and the word decodes whole); last, the sequences of a word or part that mixes
    mis-decoded letters with correct ones ("dĂ©légué")."""
    whole = _redecoded(run)
    if whole is not None:
        yield 0, run, whole
        return
    for word in _NON_ASCII_WORD.finditer(run):
        repaired = _redecoded(word.group())
        if repaired is not None:
            yield word.start(), word.group(), repaired
            continue
        parts: list[tuple[int, str, tuple[str, str]]] = []
        if _CURLY_MARK.search(word.group()) is not None:
            for part in _NON_ASCII_PART.finditer(word.group()):
                repaired = _redecoded(part.group()) or _redecoded_parts(part.group())
                if repaired is not None:
                    parts.append((word.start() + part.start(), part.group(), repaired))
        # A curly mark may be a byte of a letter among correct ones ("NagykĹ‘rös": "Ĺ‘" is "ő").
        whole = None if parts else _redecoded_parts(word.group())
        yield from parts if whole is None else [(word.start(), word.group(), whole)]


# A run of words each holding a non-ASCII character, with the spaces between them.
_NON_ASCII_RUN = re.compile(r"\S*[^\x00-\x7f\s]\S*(?:[ \t]+\S*[^\x00-\x7f\s]\S*)*")
# One word of such a run, without the quotation marks and punctuation around it.
_NON_ASCII_WORD = re.compile(r"""[^\s«»"'()\[\],.;:!?]*[^\x00-\x7f\s«»][^\s«»"'()\[\],.;:!?]*""")
# A curly quotation mark or apostrophe, and one part of a word between them.
_CURLY_MARK = re.compile(r"[‘’‚“”„]")
_NON_ASCII_PART = re.compile(r"[^‘’‚“”„]*[^\x00-\x7f‘’‚“”„][^‘’‚“”„]*")
# Encodings UTF-8 bytes are mis-read as in news pipelines (Western, Central European, Cyrillic, and
# Arabic: "ط§ظ„ط¹ط±ط¨ظٹط©" for العربية, "طŒ" for the Arabic comma, on pages saved by Arabic Windows).
_MISREAD_AS = ("sloppy-windows-1252", "sloppy-windows-1250", "sloppy-windows-1251", "cp1256")
# Text read as Windows-1256 is Arabic-script text or its punctuation; the code page's letters make
# anything else by chance.
_ARABIC_PAGE = "cp1256"
_PLAUSIBLE_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek", "Arabic", "Hebrew"})


def _redecoded(run: str) -> tuple[str, str] | None:
    """The run decoded as the UTF-8 it was before a wrong single-byte decoding, and that encoding; None
    when no encoding gives plausible text.

    Plausible means strictly valid UTF-8, shorter, made of letters of one alphabetic script plus
    ASCII and common punctuation: correct accented words almost never re-encode to valid UTF-8 at
    all (a lead byte must be followed by continuation bytes), and the script test catches the rest.

    >>> _redecoded("KrakĂłw"), _redecoded("РјРёСЂ"), _redecoded("Kraków"), _redecoded("Łódź")
    (('Kraków', 'sloppy-windows-1250'), ('мир', 'sloppy-windows-1251'), None, None)
    >>> _redecoded("ط§ظ„ط¹ط±ط¨ظٹط©"), _redecoded("طŒ"), _redecoded("العربية")
    (('العربية', 'cp1256'), ('،', 'cp1256'), None)
    """
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy codecs

    for encoding in _MISREAD_AS:
        try:
            decoded = run.encode(encoding).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if decoded == run or len(decoded) >= len(run):
            continue
        if _plausible(run, decoded, encoding):
            return decoded, encoding
    cyrillic = _single_byte_cyrillic(run)
    return None if cyrillic is None else (cyrillic, _SINGLE_BYTE)


def _plausible(run: str, decoded: str, encoding: str) -> bool:
    """Whether `decoded` reads as text: letters of one script, punctuation and symbols of prose.

    Windows-1256 reads the Latin-1 accented letters of French as themselves and the other lead bytes as
    Arabic letters, so an "é" becomes "أ©" ("Comأ©rcio"); a word holding ASCII letters is Latin, and
    there the Latin decoding is the one a correct word never gives (Persian "بگ" re-decodes to "Ȑ", but
    holds no ASCII letter). A lone accented letter is no Latin word ("أ¨" for Italian "è"), but the
    Latin-1 sign after the Arabic letter is no Arabic one either."""
    from audit.language import script_of

    foreign = [character for character in decoded if not character.isascii()]
    scripts = {script_of(character) for character in foreign if character.isalpha()}
    if not all(character.isalpha() or _is_prose_mark(character) for character in foreign) or len(scripts) > 1:
        return False
    if encoding != _ARABIC_PAGE:
        return scripts <= _PLAUSIBLE_SCRIPTS
    if any(character.isascii() and character.isalpha() for character in run):
        return scripts <= {"Latin"}
    if _LATIN_1_SIGN.search(run):
        return True  # a Latin-1 sign glued to an Arabic letter is no word of either script ("أ¨" for "è")
    return scripts <= {"Arabic"}


# A Latin-1 sign or letter (what Windows-1256 reads from most continuation bytes).
_LATIN_1_SIGN = re.compile("[\u00a0-\u00ff]")


def _is_prose_mark(character: str) -> bool:
    # Punctuation of any script ("¿no?" read as "Âżno?"), currency signs and the few symbols news writes.
    return character in _PUNCTUATION or unicodedata.category(character) in _PROSE_CATEGORIES


_PROSE_CATEGORIES = frozenset({"Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sc"})
# A UTF-8 lead byte and how many continuation bytes (0x80-0xBF) follow it.
_LEAD_BYTES = ((range(0xC2, 0xE0), 1), (range(0xE0, 0xF0), 2), (range(0xF0, 0xF5), 3))


def _redecoded_parts(word: str) -> tuple[str, str] | None:
    """The word with each mis-decoded letter decoded again among correct ones ("rĂ©fugié", "Comأ©rcio"
    next to "é"), and the encoding; None unless some part decodes and the whole reads as text.

    A correct accented letter is one byte of the code page that starts no UTF-8 sequence with the
    characters after it, so it is kept as it is; only whole sequences (a lead byte, then its
    continuation bytes) are decoded.

    >>> _redecoded_parts("rĂ©fugié"), _redecoded_parts("Comأ©rcio"), _redecoded_parts("Kraków")
    (('réfugié', 'sloppy-windows-1250'), ('Comércio', 'cp1256'), None)
    """
    for encoding in _MISREAD_AS:
        decoded = _decode_sequences(word, encoding)
        if decoded is not None and _plausible(word, decoded, encoding):
            return decoded, encoding
    return None


def _decode_sequences(word: str, encoding: str) -> str | None:
    parts: list[str] = []
    position, changed = 0, False
    while position < len(word):
        byte = _byte_of(word[position], encoding)
        length = next((count for lead, count in _LEAD_BYTES if byte is not None and byte in lead), 0)
        sequence = [_byte_of(character, encoding) for character in word[position + 1 : position + 1 + length]]
        if length and len(sequence) == length and all(b is not None and 0x80 <= b <= 0xBF for b in sequence):
            try:
                parts.append(bytes([byte, *sequence]).decode("utf-8"))  # type: ignore[list-item]
                position, changed = position + 1 + length, True
                continue
            except UnicodeDecodeError:
                pass
        if position and not word[position].isascii() and word[position].isupper():
            return None  # a capital inside the word is a byte of a sequence cut off ("РџРѕР" of "РџРѕР»")
        parts.append(word[position])
        position += 1
    return "".join(parts) if changed else None


def _byte_of(character: str, encoding: str) -> int | None:
    if character.isascii():
        return None
    try:
        encoded = character.encode(encoding)
    except UnicodeEncodeError:
        return None
    return encoded[0] if len(encoded) == 1 else None


# Windows-1251 (Cyrillic) text read as Windows-1252: one byte a letter, so "Мир" becomes "Ìèð", the
# same length, which the UTF-8 test above cannot see. Its letters А-я land exactly on À-ÿ (and ё, Ё on
# ¸, ¨): a word of three or more such letters and no other is never a Western word (they all hold an
# ASCII letter), and the Cyrillic it decodes to must hold a vowel, a consonant and a lower-case letter.
_SINGLE_BYTE = "windows-1251 as windows-1252"
_SINGLE_BYTE_MESSAGE = "Windows-1251 (Cyrillic) text read as Windows-1252"
_CP1251_LETTERS = re.compile(r"[\u00c0-\u00ff\u00a8\u00b8]{3,}")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюя")


def _single_byte_cyrillic(word: str) -> str | None:
    """The Cyrillic word a Windows-1252 reading turned into Latin-1 letters, else None.

    >>> _single_byte_cyrillic("Ìèð"), _single_byte_cyrillic("Ðîññèÿ"), _single_byte_cyrillic("été")
    ('Мир', 'Россия', None)
    """
    if not _CP1251_LETTERS.fullmatch(word) or word.isupper():
        return None  # capitals alone ("ÀÉÓ") may be an acronym; a Cyrillic word in lower case never is Latin
    decoded = word.encode("cp1252").decode("cp1251")
    lower = decoded.lower()
    if not any(letter in _CYRILLIC_VOWELS for letter in lower) or all(letter in _CYRILLIC_VOWELS for letter in lower):
        return None
    return decoded


_PUNCTUATION = frozenset("“”‘’«»„‚–—…•°€£ ،؛؟")


def _describe(explanation: list[tuple[str, str]] | None) -> str:
    steps = list(explanation or [])
    encoded = [name for action, name in steps if action in ("encode", "transcode")]
    decoded = [name for action, name in steps if action == "decode"]
    if any(name == "decode_inconsistent_utf8" for _, name in steps):
        return "UTF-8 text read as Windows-1252"
    if encoded and decoded:
        wrong = _ENCODING_NAMES.get(encoded[0], encoded[0])
        right = _ENCODING_NAMES.get(decoded[-1], decoded[-1])
        return f"{right} text read as {wrong}"
    applied = ", ".join(name.replace("_", " ") for action, name in steps if action == "apply")
    return f"mis-decoded text ({applied or 'encoding repair'})"


def _changed_words(original: str, fixed: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, replacement) for each whitespace-delimited word of `original` that changed;
    applied, the replacements give `fixed`.

    A repair re-decodes characters outside ASCII and keeps every ASCII one but the space a flattened
    no-break space left ("Ã " for "à"), so the words of both texts, with their non-ASCII characters
    dropped, read alike: words are paired in order, each with the white space after it. A no-break
    space separates words unless it was part of a mis-decoded letter ("dÃ©jÃ\xa0." for "déjà."). Where
    words do not pair either way, the one edit from the first changed word to the last is given.

    Why not difflib: aligning character by character was most of the rule's time on mojibake-heavy
    text (issue 9), and it paired a repaired word with the wrong copy of a repeated one ("cafÃ© cafÃ©
    café"), so that one edit swallowed two words and the fix lost one."""
    for words in (_SPACED_WORD, _TAB_OR_SPACED_WORD):
        paired = _paired(original, fixed, words)
        if paired is not None:
            yield from paired
            return
    yield _one_edit(original, fixed)


def _paired(original: str, fixed: str, words: re.Pattern[str]) -> list[tuple[int, int, str]] | None:
    """The changed words, `words` paired in order, or None when their ASCII letters do not match."""
    old_words, new_words = words.findall(original), words.findall(fixed)
    if list(map(_ascii_letters, old_words)) != list(map(_ascii_letters, new_words)):
        return None
    edits: list[tuple[int, int, str]] = []
    position = 0
    for before, after in zip(old_words, new_words, strict=True):
        if before != after:
            lead = _shared_spaces(before, after)
            trail = _shared_spaces(before[::-1], after[::-1])
            start, end, replacement = position + lead, position + len(before) - trail, after[lead : len(after) - trail]
            if edits and edits[-1][1] == start:
                # The repair took the white space between two words into a letter ("Ã© \xa0à"): the
                # two edits touch, and only together do they cover whole words.
                start, _, earlier = edits.pop()
                replacement = earlier + replacement
            edits.append((start, end, replacement))
        position += len(before)
    return edits


def _ascii_letters(word: str) -> str:
    return "".join(character for character in word if character.isascii() and not character.isspace())


def _shared_spaces(first: str, second: str) -> int:
    """How many white-space characters both strings start with alike."""
    count = 0
    while count < min(len(first), len(second)) and first[count] == second[count] and first[count].isspace():
        count += 1
    return count


def _one_edit(original: str, fixed: str) -> tuple[int, int, str]:
    """The one edit from the first changed word to the last: what the two texts do not share at their
    start and end, widened to whole words."""
    prefix, suffix = shared_ends(original, fixed)
    while prefix and original[prefix - 1] not in " \t":
        prefix -= 1
    while suffix and original[len(original) - suffix] not in " \t":
        suffix -= 1
    return prefix, len(original) - suffix, fixed[prefix : len(fixed) - suffix]


_INVISIBLE = {
    "\u200b": "zero-width space",
    "\u00ad": "soft hyphen",
    "\u2060": "word joiner",
    "\ufeff": "byte order mark in mid-text",
    "\u180e": "Mongolian vowel separator",
    "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner",
    "\u200e": "left-to-right mark",
    "\u200f": "right-to-left mark",
}
# Joiners shape Arabic, Persian and Indic words and build emoji sequences; bidi marks steer
# right-to-left text. They are stray only between characters of scripts that never need them.
_CONTEXTUAL = frozenset("\u200c\u200d\u200e\u200f")
_INVISIBLE_RUN = re.compile("[" + "".join(_INVISIBLE) + "\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


class InvisibleChar(Rule):
    """Invisible characters that break search, spell-checking and word counts.

    Why: zero-width spaces, soft hyphens and control characters come in with copy-paste from CMSs and
    PDFs; readers cannot see them, tools trip over them. Joiners and bidi marks are left alone where
    the script needs them (Persian, Indic scripts, emoji, Arabic and Hebrew). Example: "Mini\u00adster"
    → "Minister". Fix: safe (the characters are deleted).
    """

    id = "invisible-char"
    summary = "zero-width, soft-hyphen, stray control or mid-text BOM characters"
    precedence = 90

    def check(self, context: Context) -> Iterator[Finding]:
        text = context.document.text
        prose = context.document.prose
        for run in _INVISIBLE_RUN.finditer(prose):
            characters = run.group()
            if set(characters) <= _CONTEXTUAL and _needed_by_script(text, run.start(), run.end()):
                continue
            names = sorted({_name(character) for character in characters})
            yield self.finding(run.start(), run.end(), "invisible character: " + ", ".join(names), "", FixSafety.SAFE)


def _name(character: str) -> str:
    described = _INVISIBLE.get(character) or f"control character {unicodedata.name(character, '')}".strip()
    return f"{described} (U+{ord(character):04X})"


def _needed_by_script(text: str, start: int, end: int) -> bool:
    neighbours = text[max(start - 1, 0) : start] + text[end : end + 1]
    # U+0590 starts Hebrew; everything above it that is not Latin/Greek/Cyrillic punctuation or
    # letters (Arabic, Indic, emoji, CJK…) may legitimately carry joiners and bidi marks.
    return any(ord(character) >= 0x0590 and not 0x2000 <= ord(character) <= 0x206F for character in neighbours)
