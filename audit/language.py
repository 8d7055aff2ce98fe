"""Language identification: cheap signals first, seeded langdetect only where they leave doubt.

Why this order: langdetect costs ≈1 ms a call whatever the length and is wrong on short segments (it
calls "Please enter your comment!" French with 0.99999), while the writing system and a handful of
function words decide most paragraphs of news prose for free. So a segment is identified by
1. its script — Arabic, Cyrillic, Han… letters name the language family without any model;
2. function words of the supported languages — a clear margin decides a Latin-script segment;
3. langdetect, restricted to the profiles of the segment's script (loaded once, lazily, into our own
   `DetectorFactory`, seeded: the module-global factory of langdetect is never touched; run by
   detector.py's `FastDetector`, langdetect's answers at ~60 % of its cost), and only on segments of
   at least `MIN_DETECT_LETTERS` letters (bench/bench_language.py measures the threshold).
Anything still unsure gets no guess, and rules fall back to the document language.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from audit.cache import cached
from audit.document import Document, Paragraph
from audit.languages import language, shipped_codes
from audit.ngram_table import ProbabilityTable, pack
from audit.prose import LazyPattern


def _frequent_words() -> dict[str, frozenset[str]]:
    # Every shipped language with evidence takes part, not only the SUPPORTED ones: Romanian evidence
    # keeps a Romanian paragraph from being called Dutch on the strength of "de" (issue 8).
    evidence = {code: language(code).words("function_words") for code in shipped_codes()}
    return {code: words for code, words in evidence.items() if words}


def _exclusive(frequent: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    # Counted once over all lists, not per word per language: every run builds this at import.
    listed = Counter(word for words in frequent.values() for word in words)
    return {code: frozenset(word for word in words if listed[word] == 1) for code, words in frequent.items()}


FUNCTION_WORDS: dict[str, frozenset[str]] = _exclusive(_frequent_words())
"""Frequent words of each language (languages/<code>/evidence.toml), reduced to the words that belong
to exactly one language: a word listed for two languages is evidence for neither."""
_FUNCTION_WORD_OWNER = {word: code for code, words in FUNCTION_WORDS.items() for word in words}

MIN_DETECT_LETTERS = 40
"""Below this many letters langdetect is not asked (measured in bench/bench_language.py)."""
MIN_MARGIN = 3
"""Function-word hits the best language needs over the runner-up to decide without langdetect."""
MIN_GUESS_CONFIDENCE = 0.5
"""The langdetect probability a paragraph guess needs: below it langdetect itself is unsure (it called
a podium list of runners' names and times Indonesian with 0.43), so the document language applies."""

# Elisions count as words of their own ("qu’il" → "qu", "il"), since "qu" and "l" are evidence too.
_WORD = re.compile(r"[^\W\d_]+")

# Letter ranges → script, sorted by start (a letter outside every range is "Other").
_SCRIPT_RANGES = (
    (0x0041, 0x024F, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x3040, 0x30FF, "Kana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
)
_RANGE_STARTS = [start for start, _, _ in _SCRIPT_RANGES]
# Below it, every letter is Latin (the first range; no letter lies before U+0041).
_LATIN_END = "\u024f"
# A character outside the Latin ranges and General Punctuation (typographic quotes, dashes), which
# holds no letter: without one, every letter of a text is Latin.
# (`regex`, kept compiled in the disk cache: `re` takes half a millisecond to compile this class.)
_BEYOND_LATIN = LazyPattern(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")

# The language a script most probably writes, and the langdetect profiles that tell its languages
# apart (none: the script alone decides).
_SCRIPT_LANGUAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Latin": (
        "en",
        (
            "af",
            "ca",
            "cs",
            "cy",
            "da",
            "de",
            "en",
            "es",
            "et",
            "fi",
            "fr",
            "hr",
            "hu",
            "id",
            "it",
            "lt",
            "lv",
            "nl",
            "no",
            "pl",
            "pt",
            "ro",
            "sk",
            "sl",
            "so",
            "sq",
            "sv",
            "sw",
            "tl",
            "tr",
            "vi",
        ),
    ),
    "Cyrillic": ("ru", ("bg", "mk", "ru", "uk")),
    "Arabic": ("ar", ("ar", "fa", "ur")),
    "Devanagari": ("hi", ("hi", "mr", "ne")),
    "Greek": ("el", ()),
    "Hebrew": ("he", ()),
    "Armenian": ("hy", ()),
    "Bengali": ("bn", ()),
    "Gurmukhi": ("pa", ()),
    "Gujarati": ("gu", ()),
    "Tamil": ("ta", ()),
    "Telugu": ("te", ()),
    "Kannada": ("kn", ()),
    "Malayalam": ("ml", ()),
    "Sinhala": ("si", ()),
    "Thai": ("th", ()),
    "Lao": ("lo", ()),
    "Khmer": ("km", ()),
    "Myanmar": ("my", ()),
    "Tibetan": ("bo", ()),
    "Oriya": ("or", ()),
    "Ethiopic": ("am", ()),
    "Georgian": ("ka", ()),
    "Hangul": ("ko", ()),
    "Kana": ("ja", ()),
    "Han": ("zh", ()),
}
_MULTI_SCRIPT = {"ja": frozenset({"Kana", "Han"}), "ko": frozenset({"Hangul", "Han"})}
KNOWN_LANGUAGES = frozenset(
    code for default, profiles in _SCRIPT_LANGUAGES.values() for code in (default, *profiles)
) | frozenset(shipped_codes())
"""The language codes mt-audit can identify, so the codes `--lang` and `lang =` accept."""
SPACELESS_SCRIPTS = frozenset({"Han", "Kana", "Thai"})
"""Scripts written without spaces between words: no word boundaries apply there."""


def script_of(character: str) -> str:
    """Name the script of one letter ("Latin", "Arabic", …; "Other" when unknown).

    >>> script_of("é"), script_of("ж"), script_of("ب"), script_of("中")
    ('Latin', 'Cyrillic', 'Arabic', 'Han')
    """
    code = ord(character)
    index = bisect.bisect_right(_RANGE_STARTS, code) - 1
    if index >= 0:
        start, end, script = _SCRIPT_RANGES[index]
        if start <= code <= end:
            return script
    return "Other"


def probable_language(script: str) -> str:
    """The language a script most probably writes ("Cyrillic" → "ru"); "und" when unknown."""
    return _SCRIPT_LANGUAGES.get(script, ("und", ()))[0]


def scripts_of(language: str) -> frozenset[str]:
    """The scripts a language is written in ("ja" → Kana and Han; "en" → Latin; unknown → Latin)."""
    if language in _MULTI_SCRIPT:
        return _MULTI_SCRIPT[language]
    for script, (default, profiles) in _SCRIPT_LANGUAGES.items():
        if language == default or language in profiles:
            return frozenset({script})
    return frozenset({"Latin"})


def script_counts(text: str) -> Counter[str]:
    """Count the letters of each script in `text`.

    >>> script_counts("Paris, 2024"), script_counts("Paris و ж")
    (Counter({'Latin': 5}), Counter({'Latin': 5, 'Arabic': 1, 'Cyrillic': 1}))
    """
    if _BEYOND_LATIN.search(text) is None:
        # 97 % of the speed bench's paragraphs (issue 9): every letter is Latin, only the count is left.
        letters = sum(map(str.isalpha, text))
        return Counter({"Latin": letters}) if letters else Counter()
    return _counts_by_character(text)


def _counts_by_character(text: str) -> Counter[str]:
    """`script_counts` of a text that may hold letters of any script."""
    counts: dict[str, int] = {}
    # Counted per distinct character (a few dozen in a paragraph), not per letter.
    for character, number in Counter(text).items():
        if character.isalpha():
            script = "Latin" if character <= _LATIN_END else script_of(character)
            counts[script] = counts.get(script, 0) + number
    return Counter(counts)


class LanguageGuess(NamedTuple):
    """A language code with a confidence in [0, 1], the script it was read in and how it was decided."""

    code: str
    confidence: float
    script: str = "Latin"
    method: str = "function-words"


_RULED_OUT = LanguageGuess("", 0.0, method="langdetect, stopped early")
"""What `Identifier._detect` returns when it stopped as soon as the answer could not matter."""


def function_word_hits(text: str) -> Counter[str]:
    """Count, per supported language, the words of `text` that are its function words."""
    owners = _FUNCTION_WORD_OWNER
    return Counter(owner for word in _WORD.findall(text.lower()) if (owner := owners.get(word)) is not None)


def function_word_guess(text: str, hits: Counter[str] | None = None) -> LanguageGuess | None:
    """Decide a Latin-script segment from function words alone, or return None when they are not clear.

    `hits` is `function_word_hits(text)` when the caller has counted them already.

    >>> function_word_guess("The minister said that the talks were over and that he was tired.").code
    'en'
    >>> function_word_guess("Please enter your comment!") is None
    True
    """
    ranked = [*(function_word_hits(text) if hits is None else hits).most_common(2), ("", 0), ("", 0)]
    (best, first), (_, second) = ranked[0], ranked[1]
    if first - second < MIN_MARGIN or first < 2 * second:
        return None
    return LanguageGuess(best, round(1 - 0.5 ** (first - second), 4))


@functools.cache
def _factory(script: str):  # type: ignore[no-untyped-def]
    """Our own seeded langdetect factory with the profiles of one script, loaded once per process.

    Its probability table is kept in the disk cache: building it from the JSON profiles was a quarter
    of a one-file run. It is kept sparse and unpacked row by row as langdetect reads it (ngram_table.py)."""
    import marshal

    import langdetect
    from langdetect.detector_factory import DetectorFactory

    # langdetect reads its profiles from its folder too; importlib.resources would import zipfile.
    folder = Path(langdetect.__file__).parent / "profiles"
    profiles = [folder / code for code in _SCRIPT_LANGUAGES[script][1]]

    def load() -> tuple[dict[str, bytes], list[str]]:
        built = DetectorFactory()
        built.load_json_profile([path.read_text(encoding="utf-8") for path in profiles])
        return pack(built.word_lang_prob_map), built.langlist

    factory = DetectorFactory()
    packed, factory.langlist = cached(f"langdetect-{script}", profiles, load, marshal)
    factory.word_lang_prob_map = ProbabilityTable(packed, len(factory.langlist))
    factory.set_seed(0)
    return factory


@dataclass
class Identifier:
    """Identify segments; counts its langdetect calls so the bench can show what the pre-checks save.

    `prechecks=False` sends every segment long enough to langdetect (the bench's baseline).
    """

    prechecks: bool = True
    detector_calls: int = field(default=0, init=False)
    _answers: dict[tuple[str, str], LanguageGuess | None] = field(default_factory=dict, init=False, repr=False)
    _scripts: dict[str, Counter[str]] = field(default_factory=dict, init=False, repr=False)
    _hits: dict[str, Counter[str]] = field(default_factory=dict, init=False, repr=False)

    def guess(self, text: str, lean: str | None = None, detect: bool = True) -> LanguageGuess | None:
        """The language of a segment, or None when the evidence is too thin to say.

        `lean` is the language the rest of the document points to: a segment whose function words
        are not decisive but favour it is taken to be in it without asking langdetect (on the speed
        bench's corpus langdetect agreed in every such case: 166 of 166). `detect=False` never asks
        langdetect and returns None where it would have been asked.
        """
        scripts = self.scripts(text)
        letters = sum(scripts.values())
        if not letters:
            return None
        script, count = scripts.most_common(1)[0]
        if script == "Other" or count < 0.8 * letters:
            return None
        default, profiles = _SCRIPT_LANGUAGES[script]
        if self.prechecks and script == "Latin":
            hits = self.hits(text)
            decided = function_word_guess(text, hits)
            if decided is not None:
                return decided
            if lean is not None and _favours(hits, lean):
                return LanguageGuess(lean, 0.5, script, "function-words")
        if len(profiles) > 1 and letters >= MIN_DETECT_LETTERS:
            if not detect:
                return None
            detected = self.detect(text, script)
            return detected if detected is not None and detected.confidence >= MIN_GUESS_CONFIDENCE else None
        if script != "Latin":
            return LanguageGuess(default, 0.9 if not profiles else 0.6, script, "script")
        return None

    def scripts(self, text: str) -> Counter[str]:
        """`script_counts(text)`, kept per text until `forget` (read it, never change it): `identify`
        reads a paragraph twice and the `untranslated` rule once more (issue 9)."""
        counts = self._scripts.get(text)
        if counts is None:
            counts = self._scripts[text] = script_counts(text)
        return counts

    def hits(self, text: str) -> Counter[str]:
        """`function_word_hits(text)`, kept per text until `forget` (read it, never change it), for the
        same reason as `scripts`; the `untranslated` rule also weighs each sentence twice."""
        counts = self._hits.get(text)
        if counts is None:
            counts = self._hits[text] = function_word_hits(text)
        return counts

    def forget(self) -> None:
        """Drop the kept answers and counts (the count of langdetect calls stays)."""
        self._answers.clear()
        self._scripts.clear()
        self._hits.clear()

    def detect(self, text: str, script: str = "Latin") -> LanguageGuess | None:
        """Ask langdetect, with the profiles of `script` only (callers check the length threshold).

        Answers are kept per text: identification and the `untranslated` rule ask about the same
        paragraph, and langdetect costs ≈1 ms a call."""
        key = (text, script)
        if key not in self._answers:
            self._answers[key] = self._detect(text, script)
        return self._answers[key]

    def detect_rival(self, text: str, language: str, minimum: float, script: str = "Latin") -> LanguageGuess | None:
        """`detect(text, script)` where it may name a language other than `language` with a
        confidence of `minimum` or more; None where it surely does not, often known before langdetect
        has run all its trials (a partial answer is not kept)."""
        key = (text, script)
        if key in self._answers:
            return self._answers[key]
        answer = self._detect(text, script, (language, minimum))
        if answer is not _RULED_OUT:
            self._answers[key] = answer
            return answer
        return None

    def _detect(self, text: str, script: str, unless: tuple[str, float] | None = None) -> LanguageGuess | None:
        """langdetect's best language for `text`, or `_RULED_OUT` when `unless` (language, minimum) is
        given and no other language can reach that minimum."""
        from langdetect.lang_detect_exception import LangDetectException

        from audit.detector import FastDetector

        self.detector_calls += 1
        detector = FastDetector(_factory(script))
        detector.append(text)
        try:
            ranked = detector.get_probabilities() if unless is None else detector.probabilities_unless(*unless)
            if ranked is None:
                return _RULED_OUT
            best = ranked[0]
        except (LangDetectException, IndexError):
            return None
        return LanguageGuess(best.lang, round(best.prob, 4), script, "langdetect")


@dataclass(frozen=True)
class LanguageMap:
    """The document language and, per paragraph (keyed by start offset), what was identified."""

    document: str
    paragraphs: dict[int, LanguageGuess]
    forced: bool = False
    identifier: Identifier = field(default_factory=Identifier, compare=False, repr=False)
    """The identifier that made the map; rules ask it again (its answers are kept per text)."""

    def guess(self, paragraph: Paragraph) -> LanguageGuess | None:
        return self.paragraphs.get(paragraph.start)

    def of(self, paragraph: Paragraph) -> str:
        """The language rules should apply to a paragraph: its own when identified, else the document's."""
        guess = self.paragraphs.get(paragraph.start)
        return guess.code if guess else self.document

    def at(self, document: Document, offset: int) -> str:
        """The language of the paragraph holding `offset`, else the document's."""
        paragraph = document.paragraph_at(offset)
        return self.of(paragraph) if paragraph is not None else self.document


def identify(document: Document, forced: str | None = None, identifier: Identifier | None = None) -> LanguageMap:
    """Identify every paragraph, then the document: `forced` (--lang), else the letter-weighted vote."""
    identifier = identifier or Identifier()
    # First without langdetect: the paragraphs that script and function words decide give the
    # language the others are read against (langdetect is asked only where that leaves doubt).
    first = {paragraph.start: identifier.guess(paragraph.text, detect=False) for paragraph in document.paragraphs}
    first_votes: Counter[str] = Counter()
    for paragraph in document.paragraphs:
        if (decided := first[paragraph.start]) is not None:
            first_votes[decided.code] += len(paragraph.text)
    lean = forced or _majority(first_votes)
    guesses: dict[int, LanguageGuess] = {}
    votes: Counter[str] = Counter()
    for paragraph in document.paragraphs:
        guess = first[paragraph.start] or identifier.guess(paragraph.text, lean=lean)
        if guess is not None:
            guesses[paragraph.start] = guess
            votes[guess.code] += len(paragraph.text)
    if forced:
        return LanguageMap(document=forced, paragraphs=guesses, forced=True, identifier=identifier)
    language = _majority(votes)
    if language is None:
        whole = identifier.guess(document.prose)
        language = whole.code if whole else "en"
    return LanguageMap(document=language, paragraphs=guesses, identifier=identifier)


def _majority(votes: Counter[str]) -> str | None:
    """The language with the most letters (ties: the first code in order), or None without votes."""
    return max(sorted(votes), key=lambda code: votes[code]) if votes else None


def _favours(hits: Counter[str], language: str) -> bool:
    """True when `language` has function-word hits and no language has more."""
    return hits[language] > 0 and hits[language] == max(hits.values())
