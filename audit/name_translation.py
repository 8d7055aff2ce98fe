"""A word of a person's name translated as a common word ("Nguyen Van Hero" beside "Nguyen Van Hung").

MT reads the meaning of a word of a name (Vietnamese Hùng is "hero", Sơn "mountain") and writes the
meaning in one sentence while another keeps the name. Which word is the translation cannot be told
from two spellings alone: siblings share all but one word (Nguyen Van Hung, Nguyen Van Minh). It can
where the name's origin has a known syllable shape (`names.syllable` of languages/<code>, for the
origins whose `names.family_names` open the name): there a word that cannot be a syllable of the
origin and is an ordinary word of the article's language, where the same name elsewhere writes a
syllable, is the translation. A sibling's name writes syllables in both places and stays silent.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from audit.prose import LazyPattern
from audit.transliteration import fold

if TYPE_CHECKING:
    from audit.names import Mention


def translated_words(found: Sequence[Mention], code: str) -> Iterator[tuple[Mention, str]]:
    """The mentions whose one word is a translation, each with the form the article writes elsewhere
    (silent when two forms could be it: which one the translation stands for is not known).

    >>> from audit.names import Mention
    >>> found = [Mention(0, 15, "Nguyen Van Hung"), Mention(30, 45, "Nguyen Van Hero")]
    >>> [(mention.text, form) for mention, form in translated_words(found, "en")]
    [('Nguyen Van Hero', 'Nguyen Van Hung')]
    >>> list(translated_words([Mention(0, 15, "Nguyen Van Hung"), Mention(30, 45, "Nguyen Van Minh")], "en"))
    []
    """
    origins = _syllables()
    if not origins:
        return
    by_family: dict[tuple[int, str], list[Mention]] = defaultdict(list)
    for mention in found:
        words = mention.text.split(" ")
        # Three words or more: "Le Monde" beside "Le Pen" is a paper beside a person.
        if len(words) >= 3 and fold(words[0]) in origins:
            by_family[len(words), fold(words[0])].append(mention)
    for (_, family), mentions in by_family.items():
        syllable = origins[family]
        forms = {mention.text: [fold(word) for word in mention.text.split(" ")] for mention in mentions}
        for mention in mentions:
            written = mention.text.split(" ")
            kept = {
                form
                for form, words in forms.items()
                if (place := _one_difference(words, forms[mention.text])) is not None
                and all(syllable.search(word) is not None for word in words[1:])
                and syllable.search(forms[mention.text][place]) is None
                and _ordinary(written[place], code)
            }
            if len(kept) == 1:
                yield mention, kept.pop()


def syllabic_name(words: Sequence[str]) -> bool:
    """True when casefolded words open with a family name of an origin with a syllable shape and all
    but the last are syllables of it: a name whose last word may be a translated noun that reads as a
    place ("Tran Van Montagna", Sơn: mountain), which is no place name for that.

    >>> syllabic_name(["tran", "van", "montagna"]), syllabic_name(["hunan", "province"])
    (True, False)
    """
    syllable = _syllables().get(fold(words[0])) if len(words) >= 3 else None
    return syllable is not None and all(syllable.search(fold(word)) for word in words[1:-1])


def _one_difference(first: list[str], second: list[str]) -> int | None:
    """The one place after the family name where two names of as many words differ, or None."""
    places = [index for index in range(1, len(first)) if first[index] != second[index]]
    return places[0] if len(places) == 1 else None


def _ordinary(word: str, code: str) -> bool:
    """True when a word of letters is an ordinary word of language `code` (the wordfreq table in the
    disk cache, read only for an article that holds a candidate)."""
    from audit.word_frequency import ordinary

    return word.isalpha() and ordinary(word, code)


@functools.cache
def _syllables() -> dict[str, LazyPattern]:
    """The syllable shape of a name's origin, by every folded family name of that origin."""
    from audit.languages import language, shipped_codes

    found: dict[str, LazyPattern] = {}
    for code in shipped_codes():
        shape = language(code).value("names.syllable")
        if shape:
            pattern = LazyPattern(rf"^(?:{shape})$")
            found.update((fold(name), pattern) for name in language(code).phrases("names.family_names"))
    return found
