"""`untranslated`: a paragraph, sentence or run of words left in another language or script.

MT leaves what it cannot translate, and pipelines paste source paragraphs by mistake. Precision comes
first, so a Latin-script segment is reported only when two independent signals agree — the function
words of another supported language win by a clear margin AND langdetect (seeded, restricted to
Latin-script profiles) says the same with high probability — and only when it is long enough for
langdetect to be trusted; a shorter sentence or clause needs its own words to rule the document
language out and a second sign (a foreign letter or mark, another language's function words:
audit/strangers.py). Proper names (mostly capitalised words), quoted titles and segments in
quotes or parentheses ("Beijing (北京)") are not reported. Letters of another script than the
document's (Arabic words in an English article) are reported as runs. A page's photo or source label
of another language ("Picha:", "Fot.": audit/labels.py) is reported with the article's own label as an
unsafe fix; everything else is report-only.

With the source article (`--source`), the source settles what the two signals can only guess: a
sentence whose words (names and numbers aside) are nearly all words of its source paragraph was
copied through untranslated, whatever langdetect makes of it. A paragraph identical to its source is
left to `source-copy`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import NamedTuple, Protocol

from audit.document import Paragraph
from audit.findings import Finding, FixSafety, Severity
from audit.labels import foreign_labels
from audit.language import (
    FUNCTION_WORDS,
    MIN_DETECT_LETTERS,
    Identifier,
    LanguageGuess,
    function_word_guess,
    probable_language,
    script_of,
    scripts_of,
)
from audit.languages import words as words_of
from audit.lexicon import vocabulary
from audit.prose import WORD, LazyPattern, mostly_names, sentence_spans
from audit.rules.base import Context, Rule
from audit.speech import foreign_exclamations, foreign_quotations
from audit.strangers import QUOTATION, QUOTES, Strangers, quoted
from audit.word_frequency import TABLED, ordinary, zipf

MIN_WORDS = 6
"""Segments with fewer words are never reported: names, titles and slogans travel untranslated."""
MIN_CONFIDENCE = 0.95
"""The langdetect probability a Latin-script segment needs to be reported."""
STRANGER_SHARE = 0.25
"""At most this share of a sentence's words listed by the document language's data: a stranger to it."""
MIN_STRANGER_LETTERS = 30
"""The letters langdetect needs on a stranger, below MIN_DETECT_LETTERS: the words already say what the
segment is not (issue 8: "Most łączy nie tylko dwa brzegi, ale i dwa narody." in a German article)."""
COPIED_SHARE = 0.8
"""With a source: the share of a sentence's lower-case words found in its source paragraph that makes it a copy."""

_NAMES = {"Latin": "Latin", "Arabic": "Arabic", "Cyrillic": "Cyrillic", "Han": "Chinese (Han)", "Kana": "Japanese kana"}
# A run of letters of one script, with the spaces and punctuation between its words.
_WORDS = LazyPattern(r"\p{L}[\p{L}\p{M}]*")
# A whole sentence: a capital first (after opening marks), a full stop, ! or ? last. A segment that
# starts with a number or a comma is a fragment around names ("100 to Metropolitan Electric Tramways
# und …", left alone by MLQE-PE's post-editors).
_SENTENCE = LazyPattern(r"(?s)\A[\s¿¡«“„\"'(]*\p{Lu}.*[.!?…][\s»”“\"')]*$")
# A Markdown heading: a whole unit of its own, a title rather than a sentence (no full stop needed).
_HEADING = LazyPattern(r"\A#{1,6}[ \t]+\p{Lu}[^\n]*[\p{L}\p{N}][.!?…]?[ \t]*$")


class _Span(Protocol):
    start: int
    end: int


def _overlapped(spans: Iterable[_Span], start: int, end: int) -> bool:
    """True when one of `spans` (findings, furniture lines) overlaps [start, end)."""
    return any(span.start < end and start < span.end for span in spans)


def _in_furniture(context: Context, start: int, end: int) -> bool:
    """True when the segment overlaps page furniture: `boilerplate` reports it, whatever its language
    ("Please enter your comment!" on a Spanish page)."""
    return _overlapped(context.furniture, start, end)


class Untranslated(Rule):
    """Text in another language or script than the document.

    Why: a French paragraph in an English article, or Sinhala words MT could not translate, are
    unreadable to the audience. Example: an English article with the paragraph "Le gouvernement a
    annoncé mardi que les négociations reprendraient la semaine prochaine." is flagged with the
    detected language and confidence. Fix: none (report-only): only a translator can fix it; a photo
    or source label of another language ("Picha: Faith Chepkoech crosses the line.") gets the article's
    own label ("Photo:") as an unsafe fix.
    """

    id = "untranslated"
    summary = "a paragraph, sentence or words in another language or script than the document"
    severity = Severity.WARNING
    precedence = 10

    def check(self, context: Context) -> Iterator[Finding]:
        identifier = context.languages.identifier
        language = context.language
        scripts = scripts_of(language)
        strangers = Strangers(context.document.prose, language, identifier)
        for paragraph in context.document.paragraphs:
            labels = list(self._labels(context, paragraph))
            yield from labels
            # Mis-decoded bytes are the `mojibake` rule's, whatever script they fell into ("طں" is ؟).
            runs = [
                run
                for run in self._foreign_script(paragraph.text, paragraph.start, language, scripts, identifier)
                if not _overlapped(labels, run.start, run.end) and not _overlapped(context.mojibake, run.start, run.end)
            ]
            yield from runs
            if scripts != {"Latin"}:
                continue
            # Text already reported as a run of another script is not reported again as a language.
            sentences = [
                (start, end)
                for start, end in sentence_spans(paragraph.text)
                if not _overlapped(runs, paragraph.start + start, paragraph.start + end)
            ]
            # langdetect is asked about the whole paragraph only when its answer can decide the finding
            # (issue 9: a call costs a millisecond, the other two tests next to nothing).
            if not runs and not _has_sentence_in(language, paragraph.text, sentences, identifier):
                whole = self._foreign_language(paragraph.text, language, identifier, context.languages.guess(paragraph))
                if whole is not None:
                    yield self._finding(
                        paragraph.start, paragraph.start + len(paragraph.text), "paragraph", whole, language
                    )
                    continue
            foreign = list(self._foreign_sentences(paragraph.text, paragraph.start, sentences, language, identifier))
            yield from foreign
            # Short sentences and clauses langdetect alone cannot be trusted on (audit/strangers.py).
            unreported = [span for span in sentences if paragraph.start + span[0] not in {f.start for f in foreign}]
            for start, end, guess in strangers.find(paragraph.text, unreported):
                if _in_furniture(context, paragraph.start + start, paragraph.start + end):
                    continue
                unit = "sentence" if (start, end) in unreported else "clause"
                finding = self._finding(paragraph.start + start, paragraph.start + end, unit, guess, language)
                foreign.append(finding)
                yield finding
            # Speech kept in the source language: a quotation with no translation beside it, or a bare
            # exclamation (audit/speech.py).
            bare = [
                (start, end)
                for start, end in unreported
                if not _overlapped(foreign, paragraph.start + start, paragraph.start + end)
            ]
            spoken = [
                *((*found, "quotation") for found in foreign_quotations(paragraph.text, strangers)),
                *((*found, "sentence") for found in foreign_exclamations(paragraph.text, bare, strangers)),
            ]
            for start, end, guess, unit in spoken:
                start, end = paragraph.start + start, paragraph.start + end
                taken = [*foreign, *runs, *labels]
                if not _overlapped(taken, start, end) and not _in_furniture(context, start, end):
                    finding = self._finding(start, end, unit, guess, language)
                    foreign.append(finding)
                    yield finding
            yield from self._copied_sentences(context, paragraph, sentences, {finding.start for finding in foreign})

    def _labels(self, context: Context, paragraph: Paragraph) -> Iterator[Finding]:
        """Photo and source labels of another language (audit/labels.py), with the article's own word."""
        language = context.language
        for label in foreign_labels(paragraph.text, language):
            start, end = paragraph.start + label.start, paragraph.start + label.end
            if _in_furniture(context, start, end):
                continue
            text = paragraph.text[label.start : label.end]
            if _named(context.document.prose, text.rstrip(" \t\u00a0\u202f:.")):
                continue
            message = f"label '{text}' is {'/'.join(label.languages)}, not '{language}'"
            code = label.languages[0] if len(label.languages) == 1 else None
            safety = FixSafety.UNSAFE if label.replacement is not None else None
            yield self.finding(start, end, message, label.replacement, safety, language=code)

    def _foreign_language(
        self, text: str, language: str, identifier: Identifier, known: LanguageGuess | None = None
    ) -> LanguageGuess | None:
        """The other language `text` is in, when function words and langdetect agree; `known` is the
        identification already made for the paragraph (reused: langdetect costs ≈1 ms a call)."""
        candidate = _candidate(text, language, identifier)
        if candidate is None:
            return None
        if known is not None and known.method == "langdetect":
            detected: LanguageGuess | None = known
        else:
            detected = identifier.detect_rival(candidate.text, language, MIN_CONFIDENCE)
        return _confirmed(candidate, detected, language)

    def _foreign_sentences(
        self, text: str, offset: int, sentences: list[tuple[int, int]], language: str, identifier: Identifier
    ) -> Iterator[Finding]:
        """Sentences in another language, with one langdetect call for the paragraph (issue 9): the
        candidate sentences are asked about together, and each must agree with the answer."""
        candidates = [
            (start, end, candidate)
            for start, end in sentences
            if (candidate := _candidate(text[start:end], language, identifier)) is not None
        ]
        if not candidates:
            return
        joined = " ".join(candidate.text for _, _, candidate in candidates)
        detected = identifier.detect_rival(joined, language, MIN_CONFIDENCE)
        for start, end, candidate in candidates:
            guess = _confirmed(candidate, detected, language)
            if guess is not None:
                yield self._finding(offset + start, offset + end, "sentence", guess, language)

    def _copied_sentences(
        self, context: Context, paragraph: Paragraph, sentences: list[tuple[int, int]], reported: set[int]
    ) -> Iterator[Finding]:
        """With a source: sentences copied through from their source paragraph, not reported already."""
        source = context.source_text(paragraph)
        if source is None or source == paragraph.text:
            return  # no source, or the whole paragraph copied: source-copy's finding
        source_words = _lower_words(source)
        for start, end in sentences:
            if paragraph.start + start not in reported and _copied(paragraph.text[start:end], source_words):
                message = "sentence copied untranslated from the source paragraph"
                yield self.finding(paragraph.start + start, paragraph.start + end, message)

    def _foreign_script(
        self, text: str, offset: int, language: str, scripts: frozenset[str], identifier: Identifier
    ) -> Iterator[Finding]:
        # The paragraph's letters as identification counted them.
        if not identifier.scripts(text).keys() - scripts - {"Other", "Latin"}:
            return  # the common case, settled without walking the words
        for run in _script_runs(text):
            start, end, script = run
            # Latin words in a non-Latin article are names and brands far more often than not.
            if script in scripts or script in ("Other", "Latin") or _stray(text[start:end], script):
                continue
            if _enclosed(text, start, end):
                continue
            probable = probable_language(script)
            message = f"{_NAMES.get(script, script)}-script text (probably '{probable}') in a '{language}' document"
            yield self.finding(offset + start, offset + end, message, language=probable)

    def _finding(self, start: int, end: int, unit: str, guess: LanguageGuess, language: str) -> Finding:
        message = f"{unit} seems to be in '{guess.code}' (confidence {guess.confidence:.2f}), not '{language}'"
        return self.finding(start, end, message, language=guess.code)


def _named(prose: str, word: str) -> bool:
    """True when the article writes `word` elsewhere than as a label (before a colon or a full stop): a
    name, as in a transcript's "Bron: We started in 2015." after "Bron Taylor founded the firm"."""
    return re.search(rf"\b{re.escape(word)}\b(?![ \t\u00a0\u202f]*[:.])", prose) is not None


def _lower_words(text: str) -> set[str]:
    """The lower-case words of a text: names (capitalised) and numbers travel between languages anyway."""
    return {word for word in WORD.findall(text) if word[0].islower()}


def _copied(sentence: str, source_words: set[str]) -> bool:
    """True when nearly all the sentence's lower-case words are words of its source paragraph."""
    words = [word for word in WORD.findall(sentence) if word[0].islower()]
    if len(words) < MIN_WORDS:
        return False
    return sum(word in source_words for word in words) >= COPIED_SHARE * len(words)


class _Candidate(NamedTuple):
    """A segment worth asking langdetect about: its text without quotations, what its function words
    say (None: they do not decide), and their hits."""

    text: str
    cheap: LanguageGuess | None
    hits: Counter[str]


def _candidate(text: str, language: str, identifier: Identifier) -> _Candidate | None:
    """The segment as langdetect should see it, or None when the cheap signals already rule it out.

    The cheapest tests come first (issue 9: this runs for every sentence): each one only returns None,
    so their order cannot change the answer."""
    if quoted(text):
        return None
    # Quoted words are titles, slogans and citations, kept in their language on purpose: the
    # Italian 'Lo slogan era “Yes we can” e l’inno «We Are the Champions».' is judged without them.
    text = QUOTATION.sub(" ", text)
    letters = sum(map(str.isalpha, text))
    if letters < MIN_STRANGER_LETTERS:
        return None  # too short even for a stranger
    # Function words first: they rule out most sentences (a third of them, in the document language).
    hits = identifier.hits(text)
    cheap = function_word_guess(text, hits)
    if cheap is not None and cheap.code == language:
        return None
    words = WORD.findall(text)
    if len(words) < MIN_WORDS or mostly_names(words):
        return None
    # A stranger needs fewer letters: decided once, and only when a test depends on it.
    short = letters < MIN_DETECT_LETTERS
    if short and not _stranger(text, words, language, hits):
        return None
    # A language without function-word lists (Romanian, Estonian…) counts as evidence only when the
    # segment is longer and holds not one function word of the document language — or hardly any word
    # of it at all ("Die Verteidigung kündigte an, …" shares only "an" with English).
    if (
        cheap is None
        and (hits[language] or _unnamed(words) < MIN_WORDS + 2)
        and not (short or _stranger(text, words, language, hits))
    ):
        return None
    return _Candidate(text, cheap, hits)


def _stranger(text: str, words: list[str], language: str, hits: Counter[str]) -> bool:
    """True when `text` is a whole sentence, hardly any of its `words` is a word the document language's
    data lists (its lexicon and function words), and its function words (`hits`) do not outnumber every
    other language's: the segment is not in that language, whatever langdetect says it is in ("Um
    deles, Rui Magalhães, vai recorrer." has only "um" listed in Portuguese, but "um" is Portuguese
    evidence, and no other language's).

    >>> from audit.language import function_word_hits
    >>> german, english = "Die Verteidigung kündigte an, das Urteil anzufechten.", "The defence said it would appeal."
    >>> [_stranger(text, WORD.findall(text), "en", function_word_hits(text)) for text in (german, english)]
    [True, False]
    """
    if _SENTENCE.search(text) is None and _HEADING.search(text) is None:
        return False
    if not words_of(language, "lexicon.words"):
        return False  # a language without a lexicon (Dutch, Romanian): too few words known to judge
    if _listed_share(words, language) > STRANGER_SHARE:
        return False
    own = hits[language]
    return own == 0 or own <= max((count for code, count in hits.items() if code != language), default=0)


def _listed_share(words: list[str], language: str) -> float:
    """The share of a segment's words (names aside: they are nobody's words, and a sentence about
    Andrzej Kowalczyk would otherwise be a stranger) that the language's data lists."""
    words = [word for index, word in enumerate(words) if index == 0 or not word[0].isupper()]
    known = vocabulary(language)
    return sum(word.casefold() in known for word in words) / max(1, len(words))


def _unnamed(words: list[str]) -> int:
    """How many of a segment's words are not names (capitalised after the first): names are nobody's
    words, and langdetect reads them as their nationality ("…, diz Andrzej Kowalczyk, guia da floresta
    há trinta anos." holds seven Portuguese words, and was called Polish for its nine)."""
    return sum(index == 0 or not word[0].isupper() for index, word in enumerate(words))


def _confirmed(candidate: _Candidate, detected: LanguageGuess | None, language: str) -> LanguageGuess | None:
    """langdetect's answer when it agrees with the cheap signals, else None."""
    if detected is None or detected.code == language or detected.confidence < MIN_CONFIDENCE:
        return None
    # The signals must agree: langdetect naming a language whose function words we know, while the
    # segment holds none of them, is a guess on nouns alone ("Tonnen Zement produziert, d. h. mehr
    # als 300 kg pro Kopf." after a split at "Mio." was called Dutch).
    cheap = candidate.cheap
    if (
        cheap is None
        and detected.code in FUNCTION_WORDS
        and not candidate.hits[detected.code]
        and not _vouched_heading(candidate.text, detected.code, language)
    ):
        return None
    # A language whose function words we do not know is a neighbour's guess when the document
    # language's data lists the words: a Spanish headline read as Catalan ("Israel vuelve a bombear
    # agua desalada al mar de Galilea"), a Portuguese one as Galician.
    neighbour = cheap is None and detected.code not in FUNCTION_WORDS and words_of(language, "lexicon.words")
    if neighbour and _listed_share(WORD.findall(candidate.text), language) > STRANGER_SHARE:
        return None
    return detected if cheap is None or detected.code == cheap.code else None


def _vouched_heading(text: str, detected: str, language: str) -> bool:
    """True when `text` is a Markdown heading whose words (names aside) are nearly all ordinary words of
    the `detected` language, each ten times as frequent there as in the document `language` (wordfreq):
    a heading left in the source language ("## Fish prices soar in Kampala markets" in a French
    article; French writes "fish" and "in" too, far less often). A heading of nouns holds few function
    words, so this stands in for them as the second signal beside langdetect."""
    if detected not in TABLED or language not in TABLED or _HEADING.search(text) is None:
        return False
    words = [word for index, word in enumerate(WORD.findall(text)) if index == 0 or not word[0].isupper()]
    if len(words) < MIN_WORDS - 1:
        return False
    theirs = sum(ordinary(word, detected) and zipf(word, detected) > zipf(word, language) + 1 for word in words)
    return theirs >= _VOUCHED_SHARE * len(words)


# The share of a heading's words (names aside) that must be the detected language's (`_vouched_heading`).
_VOUCHED_SHARE = 0.8


def _has_sentence_in(language: str, text: str, sentences: list[tuple[int, int]], identifier: Identifier) -> bool:
    """True when function words lean towards `language` in one of the sentences: report sentences, not all."""
    for start, end in sentences:
        hits = identifier.hits(text[start:end])
        if hits[language] and hits[language] == max(hits.values()):
            return True
    return False


def _script_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield maximal (start, end, script) runs of words in one script, punctuation and spaces between."""
    run_start = run_end = -1
    run_script = ""
    for word in _WORDS.finditer(text):
        script = script_of(word.group()[0])
        gap = text[run_end : word.start()] if run_end >= 0 else ""
        if script == run_script and not any(character.isalnum() for character in gap):
            run_end = word.end()
            continue
        if run_script:
            yield run_start, run_end, run_script
        run_start, run_end, run_script = word.start(), word.end(), script
    if run_script:
        yield run_start, run_end, run_script


def _stray(run: str, script: str) -> bool:
    """True for fewer than two letters of `script`: one Arabic letter glued to a Latin word ("نphus",
    left alone by MLQE-PE's post-editors) is a stray character, not text left untranslated."""
    return sum(script_of(character) == script for character in run if character.isalpha()) < 2


_GLOSS_REACH = 40
"""How far after a quoted run of another script its translation may start ("», which means “…”")."""


def _enclosed(text: str, start: int, end: int) -> bool:
    """True for a gloss or a quoted title: the run sits inside quotes or brackets ("Beijing (北京)"),
    or is itself glossed right after ("the Greek word κάλλος, 'beautiful'"). Brackets that open a line
    gloss nothing: "(صورة أرشيفية)" before a caption is the page's own label, left untranslated."""
    head = text[:start].rstrip()
    before = head[-1:]
    after = text[end:].lstrip()[:1]
    rest = text[end:].lstrip(" ,:")
    # A gloss opens marks of its own with words in them: the mark closing the run's own quotation
    # ('"الوضع تحت السيطرة," he added') or an italic caption ("… 사진=… 제공*") is no gloss.
    closing = QUOTES.get(before)
    glossed = (
        rest[:1] in QUOTES
        and rest[:1] != closing
        and not _closes_quotation(head, rest[:1])
        and any(map(str.isalpha, rest[1 : 1 + _GLOSS_REACH]))
    )
    # A heading's or a quote block's marks before the bracket still leave it opening the line ("# [단독] …").
    opens_line = before in "([" and not head[:-1].rsplit("\n", 1)[-1].strip(" \t#>*_")
    if not before or QUOTES.get(before) != after or opens_line:
        return glossed
    if before in "([":
        return True
    # Quoted, the run is a gloss or a title only where a translation stands beside it (« Водата е живот »
    # (« L'eau, c'est la vie »), "«…», which means 'water is life'", or the quotation in brackets after
    # one); alone, the reader of a Latin-script article cannot read it.
    closing = text.index(after, end)
    following = text[closing + 1 : closing + 1 + _GLOSS_REACH]
    around = head[:-1].rstrip()[-1:]
    return (bool(around) and around in "([)]") or _opens_gloss(following)


def _closes_quotation(head: str, mark: str) -> bool:
    """True when `mark` closes a quotation opened in `head` before the run ("« … c'est autre chose. ربنا
    يستر », a-t-il confié"): the run ends someone's words, nothing glosses it."""
    return any(
        head.rfind(opener) > head.rfind(mark) for opener, closer in QUOTES.items() if closer == mark and opener != mark
    )


def _opens_gloss(following: str) -> bool:
    """True when a bracket or a quotation mark opens in `following`: an apostrophe inside a word is an
    elision ("a confié à notre journal un cadre d'un des opérateurs"), no quotation."""
    return any(
        character in QUOTES and (index == 0 or not following[index - 1].isalpha())
        for index, character in enumerate(following)
    )
