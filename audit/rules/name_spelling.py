"""`name-variant` and `name-misspelling`: one person's name spelled two ways, or a listed name one slip off.

Both read the name mentions of `audit/names.py`. `name-variant` clusters the spellings of one article
and reports the minority ones; `name-misspelling` compares each name with the `people` glossaries and
reports a near miss the glossary does not list word for word. A spelling listed as a glossary variant
is left to the `glossary` rule, so one cause is never reported twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from audit.findings import Finding, FixSafety
from audit.gazetteer import listed_places
from audit.glossary.tokens import key
from audit.languages import words as language_words
from audit.lexicon import function_words
from audit.name_translation import translated_words
from audit.names import Cluster, Mention, NameConventions, cluster, conventions, kept_letters, spelt_apart
from audit.rules.base import Context, Rule
from audit.surnames import surname_misspelt
from audit.transliteration import closest_name, fold, name_words, respelling_only, same_name, skeletons


@dataclass(frozen=True)
class _People:
    """The `people` glossary names of one language: preferred forms, and every listed spelling as the
    glossary matcher keys it (case-folded, accents kept: "Sergeï" is not the listed "Sergei")."""

    preferred: tuple[str, ...]
    listed: frozenset[tuple[str, ...]]

    def closest(self, form: str, names: NameConventions) -> str | None:
        """The one preferred name `form` is a near miss of, or None (none, or more than one)."""
        return closest_name(form, self.preferred, names.particles, names.accented_letters)

    def house_form(self, group: Cluster, names: NameConventions) -> str | None:
        """The glossary form of a cluster: a preferred name written in it, else the one it nearly matches."""
        folded = {fold(name): name for name in self.preferred}
        written = next((folded[fold(form)] for form in group.forms if fold(form) in folded), None)
        return written or self.closest(group.preferred, names)


def _people(context: Context, language: str) -> _People:
    return _People(*context.glossaries.people_spellings(language))


def _letters(context: Context, forms: Counter[str], names: NameConventions) -> frozenset[str]:
    """The letters whose marks count in this article's names: the language's own, and the foreign ones
    the article keeps in its proper names (`audit.names.kept_letters`)."""
    own = names.accented_letters
    return own | kept_letters(context.document.prose, forms, own)


class NameVariant(Rule):
    """One name spelled two ways in the same article.

    Why: MT transliterates a name anew in each sentence ("Shehbaz Sharif" … "Shahbaz Shareef"); the
    reader cannot tell whether these are one person or two. Example: an article that writes "Shehbaz
    Sharif" twice and "Shahbaz Shareef" once is flagged at "Shahbaz Shareef" with "Shehbaz Sharif";
    "Nawaz Sharif" beside "Shehbaz Sharif" (brothers) is not. The same holds for accents the article's
    language counts ("Lucía Ortíz" / "Lucía Ortiz" in Spanish, not "Erdogan" / "Erdoğan" in French), a
    name cut differently ("Rocco Desantis" / "Rocco De Santis") and a surname standing alone ("die
    Familie Rinaldy" beside "Marta Rinaldi"), and a word of a name MT translated ("Nguyen Van Hero"
    beside "Nguyen Van Hung", audit/name_translation.py). Fix: unsafe, to the `people` glossary form when the name
    is listed, else to the article's majority spelling (ties: the form with more accents, then the
    first written).
    """

    id = "name-variant"
    summary = "one name spelled two ways in the article (Shehbaz Sharif / Shahbaz Shareef)"
    precedence = 35

    def check(self, context: Context) -> Iterator[Finding]:
        language = context.language
        # One full name is enough for a lone surname to be respelt from it, and a person named by one
        # word throughout (Suharti … Soeharti) needs none.
        # By where each word ends: a slip may take in the particle written apart before the lone word,
        # or be a whole mention (a surname cut in two).
        languages = {word.end: code for word, code in context.lone_words}
        languages.update((mention.end, code) for mention, code in context.name_mentions)
        for word, surname in context.surname_slips:
            message = f"name written “{word.text}” here and “{surname}” elsewhere"
            yield self.finding(word.start, word.end, message, surname, FixSafety.UNSAFE, language=languages[word.end])
        found = context.name_mentions
        if len(found) < 2:
            return
        names = conventions(language)
        spoken = dict(found)
        for mention, form in translated_words([mention for mention, _ in found], language):
            message = f"name written “{mention.text}” here and “{form}” elsewhere (a word translated)"
            yield self.finding(mention.start, mention.end, message, form, FixSafety.UNSAFE, language=spoken[mention])
        people = _people(context, language)
        forms = Counter(mention.text for mention, _ in found)
        letters = _letters(context, forms, names)
        for group in cluster(forms, people.preferred, names.particles, letters=letters):
            if _place(group.forms, language) or _inflected(group.forms, language):
                continue
            preferred = people.house_form(group, names) or group.preferred
            for mention, mention_language in found:
                if mention.text not in group.forms or not spelt_apart(mention.text, preferred, letters):
                    continue
                if key(mention.text) in people.listed:
                    continue  # a listed variant: the glossary rule reports it
                message = f"name written “{mention.text}” here and “{preferred}” elsewhere"
                yield self.finding(mention.start, mention.end, message, preferred, FixSafety.UNSAFE,
                                   language=mention_language)  # fmt: skip
        yield from self._turned(found, names, letters, function_words(language))

    def _turned(
        self,
        found: Sequence[tuple[Mention, str]],
        names: NameConventions,
        letters: frozenset[str],
        grammatical: frozenset[str],
    ) -> Iterator[Finding]:
        """A two-word name written surname first ("Alaoui Karim", the administrative order of French and
        Moroccan lists) beside the same person given name first with a particle or another spelling
        ("Karim El Alaoui", "Haider Abdul-Kareem" … "Abdulkarim Haider"): the later form, when each is
        written as often. The same two words swapped ("Ali Hassan" / "Hassan Ali") may be two people,
        and the family-first languages are `name-order`'s."""
        forms = Counter(mention.text for mention, _ in found)
        first_at: dict[str, int] = {}
        for mention, _ in found:
            first_at.setdefault(mention.text, mention.start)
        # What `_turned_form` asks of each form as a candidate, read once per form rather than per pair.
        candidates = [
            (other, words, skeletons(words[0]), fold(other).replace("-", " "))
            for other in forms
            if not grammatical.intersection(word for word in other.split(" ") if word.islower())
            and (words := name_words(other, names.particles))
        ]
        turned = {form: other for form in forms if (other := _turned_form(form, candidates, names, letters))}
        for mention, mention_language in found:
            other = turned.get(mention.text)
            if other is None or (forms[other], -first_at[other]) < (forms[mention.text], -first_at[mention.text]):
                continue
            message = f"name written “{mention.text}” here and “{other}” elsewhere (surname first)"
            yield self.finding(mention.start, mention.end, message, other, FixSafety.UNSAFE, language=mention_language)


def _turned_form(
    form: str,
    candidates: Sequence[tuple[str, tuple[str, ...], frozenset[str], str]],
    names: NameConventions,
    letters: frozenset[str],
) -> str | None:
    """The one other form of the article that is `form`, a name of two plain words, turned round and
    written with a particle or spelt otherwise ("Alaoui Karim" of "Karim El Alaoui"); else None.
    `candidates` are the article's forms with their name words, the skeletons of the first and the form
    folded with hyphens as spaces; a form joined by a lower-case word of the article's grammar is a
    phrase of it, not a particle, and is no candidate: "les Sharks de Durban" is the French for the
    team "Durban Sharks"."""
    words = form.split(" ")
    if len(words) != 2 or not all(word.isalpha() for word in words):
        return None
    turned = f"{words[1]} {words[0]}"
    turned_words, turned_folded = name_words(turned, names.particles), fold(turned)
    # Only a form whose given name may be the same word (one skeleton) is compared in full: `same_name`
    # for every pair of an article's names tripled the time of a check (issue 9).
    given = skeletons(words[1])
    matches = {
        other
        for other, other_words, first_skeletons, other_folded in candidates
        if other != form
        and given & first_skeletons
        and other_folded != turned_folded
        and (other_words == turned_words or same_name(turned, other, names.particles, letters))
    }
    return matches.pop() if len(matches) == 1 else None


class NameMisspelling(Rule):
    """A listed public figure's name one slip or one transliteration away from the glossary form.

    Why: a well-known name a letter off ("Olaf Schulz", "Recep Tayyip Erdogn") reads as carelessness
    and breaks search; listing every slip in the glossary is impossible. Example: "Olaf Schulz" is
    flagged with "Olaf Scholz" when the `people` glossary lists Olaf Scholz; "Olaf Scholz", an unlisted
    "Olaf Schmidt" and a mere respelling ("Sergey Lavrov" for Sergei Lavrov) are not. Where the
    article names a listed figure in full, a lone surname misspelt later ("Macrom said") is flagged
    too. Fix: unsafe (the reader must check it is the same person).
    """

    id = "name-misspelling"
    summary = "a listed public figure's name slightly misspelt (Olaf Schulz for Olaf Scholz)"
    precedence = 34

    def check(self, context: Context) -> Iterator[Finding]:
        found = context.name_mentions
        if not found:
            return
        language = context.language
        names = conventions(language)
        people = _people(context, language)
        forms = Counter(mention.text for mention, _ in found)
        # A spelling that varies inside the article is `name-variant`'s to report.
        groups = cluster(forms, people.preferred, names.particles, letters=_letters(context, forms, names))
        varied = {form for group in groups for form in group.forms}
        houses = {form: people.closest(form, names) for form in forms}
        for mention, mention_language in found:
            if mention.text in varied or key(mention.text) in people.listed:
                continue
            house = houses[mention.text]
            # "Sergey Lavrov" for "Sergei Lavrov" is an accepted alternative, not a misspelling.
            if house is not None and not respelling_only(house, mention.text, names.particles, names.accented_letters):
                message = f"“{mention.text}” looks like a misspelling of “{house}”"
                yield self.finding(mention.start, mention.end, message, house, FixSafety.UNSAFE,
                                   language=mention_language)  # fmt: skip
        named = {fold(name): name for name in people.preferred}
        present = {named[fold(form)] for form in forms if fold(form) in named}
        present |= {house for house in houses.values() if house is not None}
        yield from self._lone_surnames(context, names, present)

    def _lone_surnames(self, context: Context, names: NameConventions, present: set[str]) -> Iterator[Finding]:
        """The surname of a listed figure the article names (`present`), misspelt where it stands alone
        ("Zelenksi said" after "Volodímir Zelenski"): after a first mention, news names people by
        surname only, and that is where slips hide."""
        if not present:
            return
        found = [mention for mention, _ in context.name_mentions]
        # Words `name-variant` reports (a surname respelt from the article's fuller mentions) are its own.
        reported = {word.start for word, _ in context.surname_slips}
        written = {word.casefold() for mention in found for word in mention.text.split(" ")}
        surnames = {name.rsplit(" ", 1)[-1]: name for name in present}
        for word, mention_language in context.lone_words:
            if word.start in reported or word.text.casefold() in written:
                continue
            matches = {surname for surname in surnames if surname_misspelt(word.text, surname, names.accented_letters)}
            if len(matches) == 1:
                surname = matches.pop()
                message = f"“{word.text}” looks like a misspelling of “{surname}” ({surnames[surname]})"
                yield self.finding(word.start, word.end, message, surname, FixSafety.UNSAFE,
                                   language=mention_language)  # fmt: skip


def _place(forms: Iterable[str], code: str) -> bool:
    """True when every form ends on a place or a nationality ("South Korea" / "South Korean"): a
    country and its adjective, not a person spelled two ways (`official.regions` of every language,
    the language's `media.nationalities` and `grammar.demonyms`)."""
    nationalities = language_words(code, "media.nationalities") | language_words(code, "grammar.demonyms")
    places = listed_places()
    return all((last := form.rsplit(" ", 1)[-1].casefold()) in places or last in nationalities for form in forms)


def _inflected(forms: Iterable[str], code: str) -> bool:
    """True when the forms differ in one word by an ending the language's grammar gives it
    (`names.inflections`: German "der Goldene Yusr", "den Goldenen Yusr", "des Goldenen Löwen"): a
    declined adjective of a prize's or a place's name, not a second spelling."""
    endings = tuple(sorted(language_words(code, "names.inflections"), key=len, reverse=True))
    if not endings:
        return False
    split = [form.casefold().split(" ") for form in forms]
    if len({len(parts) for parts in split}) != 1 or len({parts[-1] for parts in split}) != 1:
        return False  # the last word, a noun or a surname, is the same: only an adjective before it declines
    return all(len({_stem(word, endings) for word in column}) == 1 for column in zip(*split, strict=True))


def _stem(word: str, endings: tuple[str, ...]) -> str:
    return next((word[: -len(ending)] for ending in endings if word.endswith(ending)), word)
