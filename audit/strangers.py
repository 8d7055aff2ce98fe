"""Short sentences and clauses left in another language: too short for langdetect alone.

Why a path of its own: `untranslated` asks langdetect only about segments of six words and 30 letters
or more, since below that it is unreliable. Yet MT leaves short slogans and signs untranslated ("Mặn
về sớm quá.", "Dym z komina to nie tradycja.", "Żubr to król puszczy, lê-se num painel…"), often in a
language mt-audit ships no data for. A short segment is judged here only when its own words rule the
document language out — not one of its words (names aside) is a word the language data lists or the
article uses elsewhere — and a second, independent sign points away from it: a letter the document
language never writes (audit/alphabet.py), punctuation only another language writes (¡ ¿), a function
word of another shipped language, six such words, or words each far more frequent in English's
frequency list, the language pages leave slogans and interface strings in ("Safety first, always." in
Italian). Only then is langdetect asked, and it must name another language with high confidence (the
owner of the mark, where a mark opened the segment; the owner of the function words, where they are the
only sign; where English's list is the sign, it names the language and langdetect need only rule the
document's out). Any other language wordfreq ships signs by its words too (audit/word_languages.py):
a segment of three distinct words or more, each common in that language and unknown to the document's
list or far more frequent in the other ("Oikeus on puhunut." in German; words of two letters both write,
"de" in "De straf is hoger dan de eis." in Spanish, may stray, one in three); then langdetect's first
answer must be that language, or its next of kin. Ordinary sentences hold a word of their language, so
they never reach langdetect (issue 9). Quoted words are left out, as in `untranslated`: titles and
slogans in quotes are kept in their language on purpose.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cached_property

from audit.alphabet import foreign_letters, foreign_mark, marks
from audit.language import Identifier, LanguageGuess, script_of, scripts_of
from audit.lexicon import spoken_languages, vocabulary
from audit.prose import WORD, LazyPattern
from audit.word_frequency import zipf_table
from audit.word_languages import detected_code, kin_of, word_tongues

MIN_STRANGE_WORDS = 3
"""The fewest words a short segment needs, names aside: two words are a name, a dish, a motto."""
MIN_UNSIGNED_WORDS = 6
"""The words a segment needs when no letter or mark points away from the document language."""
MIN_VOICED_HITS = 2
"""The function words of one other language a segment signed by nothing else needs: Latin mottos hold
one ("Fiat lux et lux fuit.", where "et" is French evidence)."""
MIN_CONFIDENCE = 0.95
"""The langdetect probability a short segment needs."""
MIN_ALIEN_CONFIDENCE = 0.75
"""The langdetect probability a segment needs when the document language's frequency list holds none of
its words (one of two letters aside): the words already rule the language out."""
MIN_SPOKEN_WORDS = 5
"""The words a segment needs before the words another language lists speak for it: shorter English
set phrases are written in other languages as they are ("Last but not least:" in German)."""
MIN_ZIPF_LEAD = 1.0
"""How much more common (Zipf: a tenfold frequency per point) a word must be in English's frequency list
than in the document language's to lean to it: "weekend" (it 4.6, en 4.9) is Italian too, "always"
(it 3.4, en 5.8) is not."""
LEFT_IN = "en"
"""The language a page leaves its slogans, signs and interface strings in, whatever the article's: the one
whose frequency list a short segment is weighed against (one table: reading all five cost a check 250 M
instructions, issue 9)."""
MIN_TONGUE_CONFIDENCE = 0.5
"""The langdetect probability a segment needs when its words name the language (`_worded`): its first
answer must agree with them, however split ("De straf is hoger dan de eis.": Dutch 0.71)."""
MIN_LETTERED_WORDS = 2
"""The distinct words with letters the document language never writes that a run of words inside a
sentence needs: one such word is a loanword or a dish ("the crème de la crème")."""

# A full stop glued to the next sentence ("Selva Negra.Echt Schwarzwald…"): two segments.
_GLUED = LazyPattern(r"(?<=\p{Ll}[.!?])(?=\p{Lu})")
# Where a clause ends: a comma, semicolon or colon before a space, or a spaced dash.
_CLAUSE_END = LazyPattern(r"[,;:](?=\s)|\s[–—](?=\s)")
# Characters of links, paths and handles, never of a sentence ("t.me / merenok\\ lob", MLQE-PE ru-en).
_LINKISH = LazyPattern(r"[/\\_@=<>|#]")
# Elisions read as their parts ("l'enquête" → "l", "enquête"), as the language data lists them.
_PARTS = LazyPattern(r"[\p{L}\p{M}]+")
# The marks that open a quotation, or words set in italics.
_OPENING_QUOTES = frozenset('„“«»"*_')
# A quotation between paired double quotes or guillemets (single quotes double as apostrophes), or words
# in Markdown italics: typography's own mark for words kept in another language on purpose (a proverb, a
# motto, a term: "*Bir fincan kahvenin kırk yıl hatırı vardır.*").
QUOTATION = LazyPattern(
    r'„[^„“”]*[“”]|“[^“”]*”|«[^«»]*»|»[^»«]*«|"[^"]*"'
    r"|(?<![\p{L}\p{N}*])\*[^*\n]+\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_])_[^_\n]+_(?![\p{L}\p{N}_])"
)
QUOTES = {
    "“": "”",
    "„": "“",
    "«": "»",
    "»": "«",
    '"': '"',
    "'": "'",
    "‘": "’",
    "‹": "›",
    "(": ")",
    "[": "]",
    "*": "*",
    "_": "_",
}


def quoted(text: str) -> bool:
    """True when the whole segment sits inside one pair of quotes, brackets or emphasis marks."""
    stripped = text.strip().rstrip(".,;:!?")
    return len(stripped) > 1 and QUOTES.get(stripped[0]) == stripped[-1]


class Strangers:
    """Finds short segments in another language in the paragraphs of one document.

    (A plain class: a dataclass costs a millisecond at import, which every run pays.)"""

    def __init__(self, prose: str, language: str, identifier: Identifier) -> None:
        self.prose, self.language, self.identifier = prose, language, identifier
        self._known = vocabulary(language)

    @cached_property
    def _used(self) -> Counter[str]:
        """How often the article writes each lower-case word (built only when a segment needs it)."""
        return Counter(word.casefold() for word in WORD.findall(self.prose) if word[0].islower())

    def find(self, text: str, sentences: list[tuple[int, int]]) -> Iterator[tuple[int, int, LanguageGuess]]:
        """The (start, end, guess) of each foreign segment of `sentences`: a whole sentence, else a clause,
        else a run of words inside a sentence."""
        words = _Words(text, self.listed, self.language)
        for start, end in sentences:
            for part_start, part_end in _glued_parts(text, start, end):
                guess = self._screened(text, words, part_start, part_end)
                if guess is not None:
                    yield part_start, part_end, guess
                    continue
                found = False
                clauses = list(_clauses(text, part_start, part_end))
                for clause_start, clause_end in clauses if len(clauses) > 1 else ():
                    guess = self._screened(text, words, clause_start, clause_end, clause_start == part_start)
                    if guess is not None:
                        found = True
                        yield clause_start, clause_end, guess
                if not found and (tail := _after_colon(text, part_start, part_end)) is not None:
                    # A sign or a slogan cited after a colon, without quotes ("un cartello: Pierniki bez
                    # konserwantów, pieczone na miejscu."): a sentence of its own, its commas included.
                    tail_start, tail_end = tail
                    guess = self._screened(text, words, tail_start, tail_end)
                    if guess is not None:
                        found = True
                        yield tail_start, tail_end, guess
                if not found:
                    yield from self._runs(text, words.runs(part_start, part_end))

    def _screened(self, text: str, words: _Words, start: int, end: int, opening: bool = True) -> LanguageGuess | None:
        """`judge` of `text[start:end]`, where the paragraph's words leave it a chance."""
        screen = words.screen(start, end)
        if screen is None:
            return None
        return self.judge(text[start:end], opening, signed=screen == "signed")

    def _runs(self, text: str, runs: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int, LanguageGuess]]:
        """Runs of lower-case words inside a sentence that the document language does not write ("…
        Lewandowska w ciągu najbliższych tygodni will present…"): signed by two words with letters it
        never writes, unknown to the article elsewhere, and named by langdetect in a language that
        writes those letters. The language data lists a few hundred words, so a run is first cut at
        every word of the language's frequency list ("během příštích dvou let vollständig erneuern")."""
        for start, end in runs:
            if len(self._lettered(text[start:end])) < MIN_LETTERED_WORDS:
                continue  # the common case: ordinary words the data does not list
            for part_start, part_end in self._foreign_parts(text, start, end):
                guess = self._run_language(text[part_start:part_end])
                if guess is not None:
                    yield part_start, part_end, guess

    def _lettered(self, run: str) -> set[str]:
        return {word.casefold() for word in WORD.findall(run) if foreign_letters(word, self.language)}

    def _foreign_parts(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The runs of at least `MIN_STRANGE_WORDS` words of `text[start:end]` that the document
        language's frequency list does not hold."""
        table = zipf_table(self.language)
        part: list[tuple[int, int]] = []
        for match in [*WORD.compiled.finditer(text, start, end), None]:
            if match is not None and (table is None or match.group().casefold() not in table):
                part.append(match.span())
                continue
            if len(part) >= MIN_STRANGE_WORDS:
                yield part[0][0], part[-1][1]
            part = []

    def _run_language(self, run: str) -> LanguageGuess | None:
        content = WORD.findall(run)
        lettered = self._lettered(run)
        if len(lettered) < MIN_LETTERED_WORDS:
            return None
        used = self._used
        if any(used[word.casefold()] > content.count(word) for word in content):
            return None
        detected = self.identifier.detect_rival(run, self.language, MIN_CONFIDENCE)
        if detected is None or detected.code == self.language or detected.confidence < MIN_CONFIDENCE:
            return None
        if all(foreign_letters(word, detected.code) for word in lettered):
            return None  # the letters are not the detected language's either: langdetect guessed
        return detected

    def judge(self, segment: str, opening: bool = True, signed: bool = True) -> LanguageGuess | None:
        """The language of a short segment when its words rule the document language out, else None;
        `opening`: the segment opens a sentence, so its first word counts whatever its case; `signed`
        False: only the words' frequencies may name it (`_Words.screen`).

        The cheap tests come first; langdetect runs only on a segment none of whose words is known."""
        if quoted(segment) or _LINKISH.search(segment) is not None:
            return None
        text = QUOTATION.sub(" ", segment)
        words = [word for word in WORD.findall(text) if not word[0].isdigit()]
        # Capitalised words inside a segment are names; a sentence's first word is capitalised anyway,
        # but a clause inside a sentence that starts with a capital starts with a name or a title
        # ("…, Roy of the Rovers, Bunty…" in a German list of comics, MLQE-PE en-de).
        content = [word for index, word in enumerate(words) if (index == 0 and opening) or word[0].islower()]
        if len(content) < MIN_STRANGE_WORDS:
            return None
        return (self._signed(text, content) if signed else None) or self._worded(text, content)

    def _signed(self, text: str, content: list[str]) -> LanguageGuess | None:
        """The language of a segment none of whose words the document language writes, signed by a mark,
        a letter, another language's function words or English's frequency list."""
        mark = foreign_mark(text, self.language)
        lettered = any(foreign_letters(word, self.language) for word in content)
        # A mark only another language writes outweighs a few shared words ("la", "no" in Italian), and
        # a letter the language never writes a short one ("na" in "Na razie nikt nie podał daty.").
        allowed = len(content) // 2 if mark else len(content) // 3 if lettered else 0
        listed = [self.listed(word) for word in content]
        # Unsigned by a mark or a letter, a word of two letters both languages write ("on" in "Stay
        # hydrated and check on your neighbours." in French) may stray, one in `MIN_UNSIGNED_WORDS`.
        strays = 0 if mark or lettered else len(content) // MIN_UNSIGNED_WORDS
        if _shared(content, listed, strays) > allowed:
            return None
        # Function words of another shipped language ("We will never give up." in French) sign too,
        # but then langdetect must name that language.
        hits = self.identifier.hits(text)
        voiced = not (mark or lettered or len(content) >= MIN_UNSIGNED_WORDS)
        # Signed by nothing else, a segment needs words another language speaks for, or none of its own
        # language's common words (then langdetect alone names the language).
        voices = self._voices(content, hits) if voiced else {}
        alien = voiced and max(voices.values(), default=0) < MIN_VOICED_HITS and self._alien(content)
        unvoiced = voiced and not alien and max(voices.values(), default=0) < MIN_VOICED_HITS
        # Nor does a segment whose every word English writes far more often ("Safety first, always." in
        # Italian, where "first" and "always" are loanwords the frequency list holds).
        leaning = self.leaning(content) if unvoiced else None
        if unvoiced and leaning is None:
            return None
        # A word the article writes elsewhere too is its own (a term its data does not list).
        inside = Counter(word.casefold() for word in content if word[0].islower())
        used = self._used
        known = [
            own or used[word.casefold()] > inside[word.casefold()] for word, own in zip(content, listed, strict=True)
        ]
        if _shared(content, known, strays) > allowed:
            return None
        # English function words and words all far more frequent in English are two signs of their own
        # ("Stay hydrated and check on your neighbours." in French: langdetect gives en 0.86).
        if leaning is None and hits.get(LEFT_IN, 0) >= MIN_VOICED_HITS:
            leaning = self.leaning(content)
        # A segment none of whose words the document language's frequency list writes needs less of
        # langdetect, which splits short text between neighbours ("Kazi inaendelea kesho asubuhi.": sw 0.86).
        minimum = MIN_ALIEN_CONFIDENCE if alien or leaning else MIN_CONFIDENCE
        detected = self.identifier.detect_rival(text.strip(), self.language, minimum)
        if detected is None or detected.code == self.language or detected.confidence < minimum:
            return None
        if mark is not None and detected.code != mark:
            return None
        if leaning is not None:
            # langdetect rules the document language out; on three words it guesses between neighbours
            # ("Never give up," is Danish to it), so the frequency lists name the language.
            return detected._replace(code=leaning, method="word-frequency")
        if voiced and not alien and leaning is None and voices.get(detected.code, 0) < MIN_VOICED_HITS:
            return None  # one shared word decides nothing: "et" made the Latin "Fiat lux et lux fuit." French
        return detected

    def _worded(self, text: str, content: list[str]) -> LanguageGuess | None:
        """The language of a segment whose words are all common words of one other language L and owned
        by it (`_tongues`), when langdetect names L: "Oikeus on puhunut." in German, "De straf is hoger
        dan de eis." in Spanish ("de" is Spanish too, and may be a word the article writes: words of two
        letters may stray, one in three)."""
        folded = [word.casefold() for word in content]
        used, inside = self._used, Counter(word for word in folded if word)
        known = [
            word
            for word, original in zip(folded, content, strict=True)
            if self.listed(original) or used[word] > inside[word]
        ]
        if len(known) > len(folded) // 3 or any(len(word) > 2 for word in known):
            return None
        if len(set(folded)) < MIN_STRANGE_WORDS:
            return None  # a refrain ("Sto lat, sto lat."): two words, whatever their count
        # English is left to its lean (`leaning`), which asks more of langdetect: pages keep English
        # slogans on purpose ("Just do it." in German).
        tongues = {
            detected_code(code) for code in word_tongues(folded, self.language, MIN_ZIPF_LEAD) if code != LEFT_IN
        }
        if not tongues:
            return None
        detected = self.identifier.detect_rival(text.strip(), self.language, MIN_TONGUE_CONFIDENCE)
        if detected is None or detected.confidence < MIN_TONGUE_CONFIDENCE:
            return None
        if detected.code in tongues:
            return detected
        # On four words langdetect splits between next of kin ("Káva z Etiopie je nejlepší.": Slovak 0.85),
        # where the lists tell them apart (Slovak's lacks "nejlepší").
        kin = [code for code in tongues if kin_of(code) == kin_of(detected.code) != ""]
        return detected._replace(code=kin[0], method="word-frequency") if len(kin) == 1 else None

    def leaning(self, content: list[str]) -> str | None:
        """`LEFT_IN` when every word of the segment stands at least `MIN_ZIPF_LEAD` higher in its frequency
        list than in the document language's, at least three words, else None; a word of two letters may
        stray, one in three ("no more lanterns today" in Portuguese: "no" is both)."""
        if self.language == LEFT_IN:
            return None
        own, table = zipf_table(self.language), zipf_table(LEFT_IN)
        if own is None or table is None:
            return None
        folded = [word.casefold() for word in content]
        strays = [word for word in folded if table.get(word, 0.0) - own.get(word, 0.0) < MIN_ZIPF_LEAD]
        if (
            len(folded) - len(strays) >= MIN_STRANGE_WORDS
            and len(strays) <= len(folded) // 3
            and all(len(word) <= 2 for word in strays)
        ):
            return LEFT_IN
        return None

    def _alien(self, content: list[str]) -> bool:
        """True when the document language's frequency list misses three words of the segment and holds
        at most one, of two letters ("Czekamy na nowe tramwaje." in French: "na" is on every list)."""
        table = zipf_table(self.language)
        if table is None:
            return False
        common = [word for word in content if word.casefold() in table]
        short = all(len(word) <= 2 for word in common)
        return len(content) - len(common) >= MIN_STRANGE_WORDS and len(common) <= 1 and short

    def _voices(self, content: list[str], hits: Counter[str]) -> dict[str, int]:
        """For each other language, how many words of the segment speak for it: its function words
        (only it writes them), or the words its data lists, whichever are more ("according to some local
        scholars" in Italian: "to" is also Polish, but English lists "to", "some" and "local")."""
        folded = [word.casefold() for word in content]
        voices = {code: count for code, count in hits.items() if code != self.language}
        for code in spoken_languages() if len(content) >= MIN_SPOKEN_WORDS else ():
            if code != self.language:
                listed = vocabulary(code)
                voices[code] = max(voices.get(code, 0), sum(word in listed for word in folded))
        return voices

    def own(self, word: str, inside: int = 1) -> bool:
        """True when `word` is the document language's: its data lists it, or the article writes it more
        often than the `inside` times the segment judged does."""
        return self.listed(word) or self._used[word.casefold()] > inside

    def listed(self, word: str) -> bool:
        """True when the document language's data lists `word` (or a part of an elided word)."""
        if word.casefold() in self._known:
            return True
        return ("'" in word or "’" in word) and any(part.casefold() in self._known for part in _PARTS.findall(word))


class _Words:
    """The words of one paragraph, each looked up once: most sentences and clauses hold a listed word,
    and are ruled out here without a regular expression run on each (issue 9: this sees every sentence)."""

    def __init__(self, text: str, listed: Callable[[str], bool], language: str) -> None:
        self.text, self.language = text, language
        matches = [(match.start(), match.group()) for match in WORD.finditer(text)]
        matches = [(start, word) for start, word in matches if not word[0].isdigit()]
        if any(mark in text for mark in _OPENING_QUOTES):
            # Quoted words are left out by `judge` too (a quotation across two sentences aside).
            quotations = [(match.start(), match.end()) for match in QUOTATION.finditer(text)]
            matches = [(start, word) for start, word in matches if not any(a <= start < b for a, b in quotations)]
        self.starts = [start for start, _ in matches]
        self.words = [word for _, word in matches]
        self.ends = [start + len(word) for start, word in matches]
        self.listed = [listed(word) for _, word in matches]
        # Running counts of the lower-case words and of the listed ones among them: a segment's counts
        # are two subtractions.
        lower = [word[0].islower() for _, word in matches]
        self.lower = [0, *itertools.accumulate(lower)]
        self.lower_listed = [0, *itertools.accumulate(a and b for a, b in zip(lower, self.listed, strict=True))]

    def screen(self, start: int, end: int) -> str | None:
        """What `judge` may find in `text[start:end]`: None when nothing — under three words (names and
        quoted words aside), or listed words while no mark of another language is there and no letter
        the document language never writes excuses a third of four words or more ("Letos je to
        výjimečné." in English); "words" when only the words' frequencies may name a language (the
        listed words, a third at most, are all of two letters: "de" in "De straf is hoger dan de eis." in
        Spanish); "signed" when any sign may."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        if first >= last:
            return None
        content = 1 + self.lower[last] - self.lower[first + 1]
        if content < MIN_STRANGE_WORDS:
            return None  # the first word counts whatever its case, the others when lower-case
        listed = self.listed[first] + self.lower_listed[last] - self.lower_listed[first + 1]
        if not listed or any(mark in self.text[start:end] for mark in marks()):
            return "signed"
        if listed > content // 3:
            return None
        # Words of another script are the script runs' business (`untranslated`), not a short segment's.
        scripts = scripts_of(self.language)
        counted = [
            (word, self.listed[index])
            for index, word in enumerate(self.words[first:last], first)
            if index == first or word[0].islower()
        ]
        # Three words with one of its own are a phrase the language borrows ("Smörgåsbord to go").
        if content > MIN_STRANGE_WORDS and any(
            foreign_letters(word, self.language) and script_of(word[0]) in scripts for word, _ in counted
        ):
            return "signed"
        if all(len(word) <= 2 for word, own in counted if own) and all(
            script_of(word[0]) in scripts for word, _ in counted
        ):
            return "words"
        return None

    def runs(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans of runs of at least `MIN_STRANGE_WORDS` lower-case words of `text[start:end]`, none
        listed, with nothing but spaces between them."""
        first, last = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        run_start: int | None = None  # the index of the current run's first word
        for index in range(first, last):
            strange = self.words[index][0].islower() and not self.listed[index]
            if strange and run_start is not None and self.text[self.ends[index - 1] : self.starts[index]].isspace():
                continue
            if run_start is not None and index - run_start >= MIN_STRANGE_WORDS:
                yield self.starts[run_start], self.ends[index - 1]
            run_start = index if strange else None
        if run_start is not None and last - run_start >= MIN_STRANGE_WORDS:
            yield self.starts[run_start], self.ends[last - 1]


def _shared(content: list[str], owned: list[bool], strays: int) -> int:
    """How many words of a segment the document language owns (`owned`), up to `strays` of two letters
    left out."""
    short = sum(own and len(word) <= 2 for word, own in zip(content, owned, strict=True))
    return sum(owned) - min(short, strays)


def _glued_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The sentence `text[start:end]` cut where a full stop is glued to the next sentence.

    >>> text = "Vive la Selva Negra.Echt Schwarzwald, echt handgemacht."
    >>> [text[start:end] for start, end in _glued_parts(text, 5, len(text))]
    ['la Selva Negra.', 'Echt Schwarzwald, echt handgemacht.']
    """
    cuts = [start + match.start() for match in _GLUED.finditer(text[start:end])]
    for cut in cuts:
        yield start, cut
        start = cut
    yield start, end


def _after_colon(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span after the last colon of the sentence `text[start:end]` when a capital opens it, else None:
    read as a sentence, its first word counts whatever its case, and its commas do not cut it.

    >>> text = "Un cartello: Pierniki bez konserwantów, pieczone na miejscu."
    >>> span = _after_colon(text, 0, len(text)); text[span[0]:span[1]]
    'Pierniki bez konserwantów, pieczone na miejscu.'
    >>> _after_colon("Il a dit : nous verrons demain.", 0, 31) is None
    True
    """
    colon = text.rfind(": ", start, end)
    if colon < 0:
        return None
    tail_start = colon + 1
    while tail_start < end and text[tail_start].isspace():
        tail_start += 1
    if tail_start >= end or not text[tail_start].isupper():
        return None
    return tail_start, end


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The clauses of `text[start:end]`, without the mark that ends each and the spaces around.

    >>> text = "On lit : Wilk nie jest wrogiem, en rouge."
    >>> [text[start:end] for start, end in _clauses(text, 0, len(text))]
    ['On lit', 'Wilk nie jest wrogiem', 'en rouge.']
    """
    bounds = [(start + match.start(), start + match.end()) for match in _CLAUSE_END.finditer(text[start:end])]
    for mark, after in [*bounds, (end, end)]:
        piece = text[start:mark]
        if piece.strip():
            yield start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
        start = after
