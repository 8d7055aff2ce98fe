"""langdetect's `Detector` with its sampling loop rewritten for speed, answer for answer the same.

Why: langdetect was a third of a check (issue 9): ≈2 ms a call, spent extracting n-grams one
character at a time through `NGram`, then drawing a few hundred of them at random and multiplying
the language probabilities by each one's row, a list index at a time, through three Python calls a
draw. langdetect stays the identifier of record, so this subclass keeps its answers bit for bit and
only removes interpreter overhead:

- n-grams follow `NGram.add_char`'s rules, word by word (its buffer restarts at every space, so a
  word's n-grams do not depend on its neighbours) and a frequent word is worked out once;
- the same `random.Random`, seeded the same way, sees the same calls in the same order (`gauss` at
  each trial; `choice` is `seq[_randbelow(len(seq))]`, and `_randbelow` is `getrandbits(k)` until
  the draw is below `len(seq)`, so drawing that way takes the same bits);
- every float is made by the same operation on the same operands in the same order: one list
  comprehension does a normalisation's divisions and the next five draws' updates, chained left to
  right as langdetect does them one by one, `p / total * (weight + row[i]) * …`; the sums are
  Python's `sum` over the same lists; the trials add up as `+= prob / n_trial`.

tests/test_detector.py compares the full probability lists with stock langdetect's, with `==`.
"""

from __future__ import annotations

import functools
import re

from langdetect.detector import Detector
from langdetect.lang_detect_exception import ErrorCode, LangDetectException
from langdetect.language import Language
from langdetect.utils.ngram import NGram

from audit.ngram_table import ProbabilityTable


class _Normalised(dict[int, str]):
    """`NGram.normalize` as a `str.translate` table, each character worked out on first sight."""

    def __missing__(self, code: int) -> str:
        self[code] = normal = NGram.normalize(chr(code))
        return normal


_NORMALISED = _Normalised()
_SPACES = re.compile(" {2,}")
_SLACK = 1e-3
"""How far below the minimum the bound of an early stop must be: it covers rounding of the answer to
four digits and the few ulps of the sums."""


@functools.lru_cache(maxsize=2048)
def _word_ngrams(padded: str) -> tuple[str, ...]:
    """The n-grams `NGram` yields for one word of normalised text, in order, before the table filters
    them: `padded` is the word after its space, with the space that ends it unless the text does.

    After a space the buffer holds " " and the next letter, then the last three characters; nothing
    is yielded for a capital that follows a capital (`capitalword`), nor the lone " ".

    >>> _word_ngrams(" ab "), _word_ngrams(" NATO")
    (('a', ' a', 'b', 'ab', ' ab', 'b ', 'ab '), ('N', ' N'))
    """
    ngrams: list[str] = []
    for end in range(1, len(padded)):
        character, last = padded[end], padded[end - 1]
        if character.isupper() and last.isupper():
            continue
        if character != " ":
            ngrams.append(character)
        ngrams.append(padded[end - 1 : end + 1])
        if end >= 2:
            ngrams.append(padded[end - 2 : end + 1])
    return tuple(ngrams)


class FastDetector(Detector):
    """A langdetect `Detector` over a `ProbabilityTable`: `_extract_ngrams` and `_detect_block`
    rewritten, their results unchanged."""

    word_lang_prob_map: ProbabilityTable

    def append(self, text: str) -> None:
        """Append text as langdetect does: no URLs or e-mail addresses, Vietnamese marks composed,
        the first `max_text_length` characters, a run of spaces as one (its loop, as one regex)."""
        text = NGram.normalize_vi(self.MAIL_RE.sub(" ", self.URL_RE.sub(" ", text)))
        self.text += _SPACES.sub(" ", text[: self.max_text_length])

    def _extract_ngrams(self) -> list[str]:
        """The n-grams of the text that the table holds, as langdetect's `_extract_ngrams` lists them."""
        words = self.text.translate(_NORMALISED).split(" ")
        last = len(words) - 1
        table = self.word_lang_prob_map
        return [
            ngram
            for index, word in enumerate(words)
            if word
            for ngram in _word_ngrams(f" {word} " if index < last else f" {word}")
            if ngram in table
        ]

    def probabilities_unless(self, language: str, minimum: float) -> list[Language] | None:
        """`get_probabilities()`, or None as soon as no language but `language` can end with a
        probability of `minimum` or more.

        Why: the `untranslated` rule only wants to know whether another language wins with high
        confidence, and most sentences it asks about turn out to be in the document language (454
        of 485 on the speed bench). Once one trial has settled on `language`, the others cannot lift
        a rival that far: each trial adds at most 1 / n_trial to a language, so the sum so far plus
        one n_trial-th per trial left bounds the answer. The bound keeps a slack of `_SLACK`, far
        above the rounding of a few additions, so None never hides an answer that reaches `minimum`."""
        self.cleaning_text()
        if not self._run_trials(self.langlist.index(language) if language in self.langlist else None, minimum):
            return None
        return self._sort_probability(self.langprob)

    def _detect_block(self) -> None:
        self.cleaning_text()
        self._run_trials(None, 0.0)

    def _run_trials(self, favourite: int | None, minimum: float) -> bool:
        """langdetect's trials, summed into `langprob`; False when they stopped early, because no
        language but the one at index `favourite` (None: any) could still reach `minimum`."""
        ngrams = self._extract_ngrams()
        if not ngrams:
            raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
        rows = self.word_lang_prob_map.rows
        drawable = [rows[ngram] for ngram in ngrams]  # what langdetect's `choice(ngrams)` picks from
        count = len(drawable)
        bits = count.bit_length()
        generator = self.random
        generator.seed(self.seed)
        getrandbits = generator.getrandbits

        def draw() -> list[float]:
            """The row of the next n-gram langdetect's `choice` would pick."""
            index = getrandbits(bits)
            while index >= count:
                index = getrandbits(bits)
            return drawable[index]

        n_trial = self.n_trial
        threshold = self.CONV_THRESHOLD
        limit = self.ITERATION_LIMIT
        langprob = [0.0] * len(self.langlist)
        stop_below = minimum - _SLACK
        for trial in range(1, n_trial + 1):
            prob = self._init_probability()
            alpha = self.alpha + generator.gauss(0.0, 1.0) * self.ALPHA_WIDTH
            weight = alpha / self.BASE_FREQ
            if not weight > 0:
                # Below, the largest product divided by the sum is the largest quotient, as division
                # by a positive sum keeps the order; a weight ≤ 0 would break that (never met:
                # alpha is 0.5 ± a few times 0.05), so langdetect's own loop starts over then.
                super()._detect_block()
                return True
            # langdetect updates prob once, normalises (prob / sum(prob)) and stops when the largest
            # probability passes the threshold or 1,000 updates are past; else five more updates.
            # Here the division of each normalisation is done in the next five updates' expression:
            # (p / total) * (weight + row[i]) * … , langdetect's very operations in its order.
            row = draw()
            prob = [p * (weight + q) for p, q in zip(prob, row, strict=True)]
            total = sum(prob)
            updates = 0
            while not max(prob) / total > threshold and updates < limit:
                first, second, third, fourth, fifth = draw(), draw(), draw(), draw(), draw()
                prob = [
                    p / total * (weight + a) * (weight + b) * (weight + c) * (weight + d) * (weight + e)
                    for p, a, b, c, d, e in zip(prob, first, second, third, fourth, fifth, strict=True)
                ]
                total = sum(prob)
                updates += 5
            langprob = [sum_ + p / total / n_trial for sum_, p in zip(langprob, prob, strict=True)]
            if favourite is not None or minimum > 0.0:
                rival = max((p for index, p in enumerate(langprob) if index != favourite), default=0.0)
                if rival + (n_trial - trial) / n_trial < stop_below:
                    return False
        self.langprob = langprob
        return True
