"""`calqued-title`: a courtesy or role word kept as a title where the article's language uses none.

Many source languages put a word of esteem or an occupation before a name or an office as a title:
Korean 선생님 and Chinese 老师 ("Teacher Park"), Turkish Sayın and Russian уважаемый ("Esteemed
Governor"), Polish Pan and Czech pan ("Herr Premier Tusk"), German Herr Doktor ("o Senhor Doutor
Huber"). MT keeps the word; the target language writes the name alone, the office alone, or the role
after an article ("the teacher Park", «l'enseignant Zhou»). The check is structural, so it catches
titles no glossary lists; the words are data (`honorifics.*` in languages/<code>/honorifics.toml):

- a courtesy word right before an office and a name ("Mister Director Kim", "Signor Ministro Rossi");
- a capitalised word of esteem right before an office ("Respected Minister", "Stimato Governatore");
- a capitalised occupation, with no article, right before a capitalised name ("Lehrer Zhou"); a name
  that is also a place word (Park, Hall) only when a person follows it: a relative pronoun
  (`honorifics.person_after`) or a reporting verb ("Teacher Park, who has taught for 27 years").

Legitimate neighbours stay silent: an article before the role ("der Lehrer Zhou", "the Teacher
Training College"), a letter's salutation ("Sehr geehrter Herr Minister"), an address with no name
("Herr Minister, …"), an institution after the role ("Student Union"), a title-case headline.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from audit.findings import Finding, FixSafety
from audit.languages import language
from audit.prose import WORD, LazyPattern, alternation, mostly_names
from audit.punctuation import starts_sentence
from audit.rules.base import Context, Rule

if TYPE_CHECKING:
    import regex

_BEFORE = r"(?<![\p{L}\p{M}\p{N}'’-])"
_AFTER = r"(?![\p{L}\p{M}\p{N}'’-])"
_SPACE = r"[ \t\u00a0]+"
_NAME = r"(?P<name>\p{Lu}[\p{L}\p{M}'’-]*)"


class Honorifics(NamedTuple):
    """One language's title words (languages/<code>/honorifics.toml) and the patterns built from them."""

    courtesy: LazyPattern | None  # courtesy word + office + name
    esteem: LazyPattern | None  # word of esteem + office
    role: LazyPattern | None  # occupation + name
    not_names: frozenset[str]
    places: frozenset[str]
    person_after: LazyPattern | None  # what follows a person, not a place: "Teacher Park, who taught"
    articles: frozenset[str]
    lowercase_offices: bool
    title_case_headlines: bool


@functools.cache
def honorifics(code: str) -> Honorifics | None:
    """The title words of language `code`, or None when it ships none."""
    data = language(code)
    courtesy, esteem = data.phrases("honorifics.courtesy"), data.phrases("honorifics.esteem")
    offices, roles = data.phrases("honorifics.offices"), data.phrases("honorifics.roles")
    if not offices and not roles:
        return None
    after = data.phrases("honorifics.person_after") + data.phrases("names.reporting")
    office = rf"(?P<office>(?i:{alternation(offices)})){_AFTER}"

    def pattern(words: tuple[str, ...], tail: str) -> LazyPattern | None:
        return LazyPattern(rf"{_BEFORE}(?P<word>(?i:{alternation(words)})){_SPACE}{tail}") if words else None

    return Honorifics(
        courtesy=pattern(courtesy, rf"{office}{_SPACE}{_NAME}{_AFTER}") if offices else None,
        esteem=pattern(esteem, office) if offices else None,
        role=pattern(roles, rf"{_NAME}{_AFTER}"),
        not_names=data.words("honorifics.not_names"),
        places=data.words("names.place_words"),
        person_after=LazyPattern(rf"^,?{_SPACE}(?i:{alternation(after)}){_AFTER}") if after else None,
        articles=data.words("articles.definite") | data.words("articles.indefinite"),
        lowercase_offices=bool(data.value("honorifics.lowercase_offices", False)),
        title_case_headlines=bool(data.value("honorifics.title_case_headlines", False)),
    )


class CalquedTitle(Rule):
    """A courtesy word, a word of esteem or an occupation used as a title where the language uses none.

    Why: "Teacher Park", "Esteemed Governor", "Herr Premier Tusk" and "o Senhor Doutor Huber" keep the
    source language's forms of address word for word; readers take them for translation errors, and no
    glossary can list every name they come with. Example: "“Esteemed Governor, what about us?”" →
    "“Governor, what about us?”"; "Lehrer Zhou sagte" → "Frau Zhou sagte". Fix: unsafe for a courtesy
    word or a word of esteem (dropped, the office kept: the register of a quotation may have wanted
    it); none for an occupation (the name may need Mr or Ms, or the role after an article).
    """

    id = "calqued-title"
    summary = "a courtesy or role word kept as a title (Teacher Park, Esteemed Governor, Herr Premier Tusk)"
    precedence = 48

    def check(self, context: Context) -> Iterator[Finding]:
        for paragraph in context.document.paragraphs:
            code = context.language_of(paragraph)
            words = honorifics(code)
            if words is None:
                continue
            text = paragraph.text
            if words.title_case_headlines and mostly_names(WORD.findall(text)):
                continue  # a title-case headline or a list of names: capitals say nothing there
            for start, end, message, replacement in self._titles(text, words, code):
                safety = FixSafety.UNSAFE if replacement is not None else None
                yield self.finding(
                    paragraph.start + start, paragraph.start + end, message, replacement, safety, language=code
                )

    def _titles(self, text: str, words: Honorifics, code: str) -> Iterator[tuple[int, int, str, str | None]]:
        if words.courtesy is not None:
            for match in words.courtesy.finditer(text):
                if match.group("name").casefold() in words.not_names | words.places:
                    continue
                office = _office(match.group("office"), words, starts_sentence(text, match.start(), code))
                message = f"'{match.group('word')}' before an office and a name is a calqued form of address"
                yield match.start(), match.end("office"), message, office
        if words.esteem is not None:
            for match in words.esteem.finditer(text):
                if not match.group("word")[0].isupper():
                    continue  # "the respected minister": an adjective, not a title
                if not words.lowercase_offices and not match.group("office")[0].isupper():
                    continue  # "Respected minister of culture dies": a headline adjective
                office = _office(match.group("office"), words, starts_sentence(text, match.start(), code))
                message = f"'{match.group('word')}' is a calqued title of esteem"
                yield match.start(), match.end(), message, office
        if words.role is not None:
            for match in words.role.finditer(text):
                if self._role_is_title(text, match, words):
                    message = f"'{match.group('word')}' is no title before a name in this language"
                    yield match.start(), match.end(), message, None

    @staticmethod
    def _role_is_title(text: str, match: regex.Match[str], words: Honorifics) -> bool:
        start, role, name = match.start(), match.group("word"), match.group("name")
        if not role[0].isupper() or name.casefold() in words.not_names or (len(name) > 1 and name.isupper()):
            return False
        if name.casefold() in words.places and not _person_follows(text, match.end(), words):
            return False  # "Teacher Park" is a place, unless a person follows: "Teacher Park, who taught"
        previous = text[:start].split()[-2:]
        if not previous:
            return True
        # "der Lehrer Zhou", "der pensionierte Lehrer Hans-Peter Weber": an apposition after an article.
        if previous[-1].casefold() in words.articles or (
            len(previous) == 2 and previous[-1].islower() and previous[0].casefold() in words.articles
        ):
            return False
        # "Red Bull Driver Max": the role closes a longer capitalised name; a sentence start is no name.
        return not (previous[-1][:1].isupper() and previous[-1][-1:].isalpha())


def _person_follows(text: str, end: int, words: Honorifics) -> bool:
    """True when a relative pronoun or a reporting verb follows a name that is also a place word: Park,
    Hall and Church are surnames too ("Teacher Park, who has taught for 27 years", "Farmer Hall said")."""
    return words.person_after is not None and words.person_after.search(text[end:]) is not None


def _office(office: str, words: Honorifics, sentence_start: bool) -> str:
    """The office as it stands alone: lower case where the language writes offices so, unless it opens
    a sentence; capitalised when it takes the sentence start from the dropped word."""
    if sentence_start:
        return office[:1].upper() + office[1:]
    return office[:1].lower() + office[1:] if words.lowercase_offices else office
