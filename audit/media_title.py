"""Find publication titles that machine translation rendered word for word ("the daily Universe").

Why a detector and not only a glossary: the media glossaries list the titles somebody met, and the
next article cites a paper nobody listed (Kayhan as "the daily Universe", Yonhap as "l'Agence de
presse Union"). What such a rendering IS does not depend on the paper: a capitalised title stands in a
publication's place, and it is made of ordinary words of the article's language, while a real title
cited in that language is either the publication's own foreign name ("the daily Kayhan") or one of
the few the language's press writes in its own words ("Le Monde", "The Times", "El País").

So a title is reported when:
- it stands in a publication's place: right after a descriptor ("the newspaper", "le quotidien
  viennois", "die Tageszeitung"), or it names the kind of publication itself ("The North Sea Road
  Newspaper", "Le Quotidien de Corée", "Japan Broadcasting Association");
- every word of it is an ordinary word of the language (in wordfreq's short list of the language's
  common words: a foreign name such as "Kayhan" or "Asahi" is not, so the title is the paper's own
  name), and one at least is not neutral: press words ("Newspaper", "Gazette"), the words real titles
  of the language are made of (`media.title_words`: "Times", "Post", "Herald"), nationalities, places
  the language's own press is published in, calendar words;
- no word of it is one only real titles use (`media.title_markers`: "Times", "Herald", "Corriere");
- no word of it is an English word in another language's article ("das Magazin Life");
- it is not a real title of the language (`media.titles`) nor a glossary's preferred name.

Two shapes are real titles at home and renderings abroad, so the rule reports them only in an article
from a country whose press writes another language (`reported_from_abroad`, `media.press_abroad` and
`media.home_places`): a title cited by a frame alone, made of ordinary words with one naming a paper
("according to the Daily Voice", "laut der Morgenpost des Volkes", `media.masthead_words`), and a
paper named by a foreign place and its kind ("the Shizuoka Newspaper", "die Krakauer Zeitung").

The data is per language in languages/<code>/media.toml; the word frequencies come from wordfreq,
imported only when a paragraph holds a candidate.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from audit.glossary.media_context import FULL_STOPS, ArticleWords
from audit.glossary.tokens import APOSTROPHES, HYPHENS, Token, tokenize
from audit.languages import words
from audit.press_vocabulary import (
    SHORTEST_HEAD_SUFFIX,
    Phrases,
    PressVocabulary,
    press_vocabulary,
    title_word,
)
from audit.word_frequency import TABLED, ordinary, zipf

# A word this much more frequent in one language than another (Zipf points: a factor of ten) is that
# language's word.
_ENGLISH_MARGIN = 1.0
_MOST_BETWEEN = 3  # qualifiers between a descriptor and its title: "la agencia de noticias …"
_MOST_ADJECTIVES = 2  # unlisted lower-case words between a descriptor and a title opened by its article
_HOME_WINDOW = 4  # words before a title that may name its country: "the Nigerian daily newspaper …"
_EVIDENT_BEFORE_DESCRIPTOR = 2  # ordinary words in a title placed before its descriptor
_COMMON_ZIPF = 3.5  # a translated title's words: everyday words, three times wordfreq's "ordinary"
_MOST_ARTICLE_WORDS = 2  # words of a cited title opened by its capitalised article ("The Homeland")
_MOST_WORDS = 7  # a longer capitalised run is a list or a headline, not a title
_MOST_FRAME_GAP = 2  # tokens between a citation frame and an agency word: "selon l'agence"
_MOST_ARTICLE_LETTERS = 4  # an article or a contraction in that gap ("la", "l", "dall", "della")
_READ_ON = 6  # tokens after a run that may still belong to a known title
_OPENING_MARKS = "“„«‘‚\"'‹*_"
_CLOSING_MARKS = "”“»’‘\"'›*_"
# A dateline and its credit at a paragraph's start: "Chengdu (Neues China) –", "PARIS, 2 juin (AFP) –".
_DATELINE = re.compile(r"[*_]*[^\W\d_][^()\n]{0,40}\(([^()\n/]{2,60})\)[*_]*\s*[-–—]")


class Title(NamedTuple):
    """A title read as a literal rendering, with offsets into the text it was found in."""

    start: int
    end: int
    text: str
    # Read from a citation frame alone: a rendering only in an article from a country whose press
    # writes another language (`reported_from_abroad`).
    abroad: bool = False


def _may_cite(text: str, vocabulary: PressVocabulary) -> bool:
    """True when `text` holds a frame word and a word naming a paper, anywhere: a title cited by a frame
    alone may be there; or a broadcaster's or a site's descriptor. Substring tests, the cheapest screen
    (issue 9): on the folded text, and on the text itself for words naming a paper, written capitalised
    in a title ("the Evening Messenger"; "this evening" is no cue)."""
    folded = text.casefold()
    if any(map(folded.__contains__, vocabulary.abroad_cues)):
        return True  # a broadcaster or a site may be named: "the broadcaster …", "l'emittente …" (not "visite")
    frames, mastheads = vocabulary.cited_cues
    if not any(map(folded.__contains__, frames)):
        return False
    within = folded if vocabulary.capitalised_descriptors else text
    return any(map(within.__contains__, mastheads)) or vocabulary.capital_article.search(text) is not None


def literal_titles(text: str, code: str) -> Iterator[Title]:
    """The titles of `text` (a paragraph in language `code`) that read as literal renderings.

    >>> [title.text for title in literal_titles("It was first reported by the reformist daily Trust.", "en")]
    ['Trust']
    >>> list(literal_titles("It was first reported by the reformist daily Etemad.", "en"))
    []
    """
    vocabulary = press_vocabulary(code)
    if not vocabulary.descriptors:
        return
    yield from _credited_titles(text, code, vocabulary)
    if vocabulary.cue.search(text) is None and not _may_cite(text, vocabulary):
        return  # no descriptor, no head, no cited paper anywhere: most paragraphs end here, before tokenizing
    tokens = tokenize(text)
    keys = [token.text.casefold() for token in tokens]
    index = 0
    while index < len(tokens):
        if not (
            tokens[index].text[:1].isupper()
            or keys[index] in vocabulary.openings
            or (index > 0 and keys[index - 1] in vocabulary.frame_ends)
        ):
            index += 1  # no shape opens on a lower-case word that is no descriptor, article or comma
            continue
        described = _described_title(tokens, keys, index, vocabulary, vocabulary.descriptor_phrases)
        found = (
            described
            or _named_title(tokens, keys, index, vocabulary)
            or _title_before_descriptor(tokens, keys, index, vocabulary)
            or _framed_title(tokens, keys, index, vocabulary)
        )
        # A broadcaster or a site is named with ordinary words at home ("la chaîne Public Sénat"), and one
        # word before "newspaper" is as often a place: such titles are renderings only abroad.
        broadcast = None if found is not None else _abroad_title(tokens, keys, index, vocabulary)
        described = described or broadcast
        cited = None if found or broadcast else _cited_title(tokens, keys, index, vocabulary)
        if found is None and broadcast is None and cited is None:
            index += 1
            continue
        first, last, words_at = found or broadcast or cited  # type: ignore[misc]
        if _spelled_out(tokens, last) or _numbered(tokens, last) or _at_home(keys, first, vocabulary):
            index = max(index, last) + 1  # an apposed title ends before the comma it was read from
            continue
        # The known title may go on past the run ("l'agence Chine nouvelle", "Iranian Students' News
        # Agency"), so the next few tokens are read too.
        # A lower-case article before the run is the title's own when the title is known with it
        # ("il quotidiano la Repubblica").
        opening = _article_before(tokens, keys, first, vocabulary)
        written = [tokens[at].text for at in words_at]
        span, run = keys[opening : last + _READ_ON], last + 1 - opening
        start, end = tokens[first].start, tokens[last].end
        home_title = None if described is None else _home_title_abroad(tokens, keys, words_at, last, vocabulary, code)
        if home_title is not None:
            yield Title(start, tokens[home_title].end, text[start : tokens[home_title].end])
        elif found is not None and _reads_literal(written, vocabulary, code, span):
            yield Title(start, end, text[start:end])
        elif (
            (described is not None and _reads_translated(written, vocabulary, code, span))
            or (cited is not None and _reads_masthead(written, vocabulary, code, span, run))
            or (
                cited is not None
                and _frame_ends(keys, first, vocabulary)
                and _reads_article_title(tokens[first].text, written, vocabulary, code, span)
            )
            or _reads_place_named(written, vocabulary, code, span, run)
        ):
            yield Title(start, end, text[start:end], abroad=True)
        elif broadcast is not None:
            index += 1  # the run may still name its own kind: "the broadcaster Japan Broadcasting Association"
            continue
        index = max(index, last) + 1


def _home_title_abroad(
    tokens: list[Token], keys: list[str], words_at: list[int], last: int, vocabulary: PressVocabulary, code: str
) -> int | None:
    """Where a described title of the language's own words ends when a place whose press writes another
    language follows it ("el diario El Día, de Beirut", "il quotidiano La Nazione di Buenos Aires", "le
    journal Le Matin, de Bagdad"): a paper of the language's own name, published there, is a foreign
    paper's name translated. None when no such place follows, or the title and its place are a real
    title together ("Le Courrier du Vietnam"), or the title is shaped like an English-language paper
    abroad ("the Daily Star of Beirut")."""
    _, abroad = press_places(code)
    place = None
    cut = next((at for at in range(words_at[0], last) if keys[at] in vocabulary.connectors), None)
    # English names foreign papers and broadcasters "<Word> of <Place>" officially ("Voice of Vietnam",
    # "Times of Oman"): there only an apposition places the paper.
    inside = cut is not None and not vocabulary.modifiers_first
    if cut is not None and inside and any(keys[at] in abroad for at in range(cut + 1, last + 1)):
        place = cut
    elif last + 3 < len(tokens) and keys[last + 1] == "," and keys[last + 2] in vocabulary.connectors:
        after = last + 3 + (keys[last + 3] in vocabulary.articles)
        place = last + 1 if after < len(keys) and keys[after] in abroad else None
    if place is None:
        return None
    title_words = [at for at in words_at if at < place]
    written = [tokens[at].text for at in title_words]
    content = [word.casefold() for word in written]
    whole = tuple(title_word(key) for key in keys[words_at[0] : last + 1] if key[0].isalnum())
    if not title_words or is_known(whole, vocabulary.titles, code) or _holds_known(whole, vocabulary, code):
        return None
    opening = _article_before(tokens, keys, title_words[0], vocabulary)
    if keys[opening] in vocabulary.foreign_articles or not vocabulary.markers.isdisjoint(content):
        return None
    if any(len(word) > 1 and word.isupper() for word in written) or not all(_own_word(word, code) for word in content):
        return None
    return title_words[-1]


def _credited_titles(text: str, code: str, vocabulary: PressVocabulary) -> Iterator[Title]:
    """A dateline's agency credit in the language's everyday words ("Chengdu (Neues China) –" for
    Xinhua): a credit there is an agency's name ("Paris (AFP) –", "Moskau (Interfax) –"), so a credit of
    two words or more, none a press word and one at least an everyday word that is no place, is a
    translated name. A place may stand in it ("Neues China"); "(Vietnam News Agency)" is a name; one
    word is as often a region ("QUIMPER (Finistère) –", "BERGUES (Nord) –"), and capitalised words
    joined by a hyphen or a small word a country."""
    match = _DATELINE.match(text)
    if match is None:
        return
    start, end = match.span(1)
    tokens = tokenize(match.group(1))
    span = [token.text.casefold() for token in tokens]
    written = [token.text for token in tokens if token.text[:1].isalnum()]
    if len(written) < 2 or len(written) != len(tokens) or not all(_capitalised(word) for word in written):
        return  # a country, not a credit: "SEATTLE (États-Unis) –", "(Corée du Sud)", "(Côte d'Ivoire)"
    content = [word.casefold() for word in written if word[:1].isupper()]
    places = vocabulary.nationalities | words(code, "media.places") | press_places(code)[1]
    if not vocabulary.press_words.isdisjoint(content) or _literal_evidence(content, vocabulary, code, span) is None:
        return
    if all(word in places or _everyday(word, code) for word in content) and not places.issuperset(content):
        yield Title(start, end, text[start:end], abroad=True)


def _described_title(
    tokens: list[Token],
    keys: list[str],
    index: int,
    vocabulary: PressVocabulary,
    descriptors: frozenset[tuple[str, ...]],
) -> tuple[int, int, list[int]] | None:
    """A title right after one of `descriptors` at `index` ("the daily Universe", "l'agence de presse
    Union")."""
    if not _describes(keys, index, vocabulary, descriptors):
        return None
    # A capitalised descriptor opens a name ("Medio Ambiente", "Agencia Estatal de Meteorología"),
    # except in a language that capitalises nouns, or before its complement: "l'Agence de presse …".
    opens_name = not tokens[index].text.islower() and not vocabulary.capitalised_descriptors
    start = index + 1
    while start - index <= _MOST_BETWEEN and start < len(tokens) and tokens[start].text.isalpha():
        if keys[start] not in vocabulary.qualifiers and keys[start] not in vocabulary.connectors:
            break
        if not (tokens[start].text.islower() or opens_name):
            break
        start += 1
    if keys[start - 1] in vocabulary.connectors:
        return None  # "el diario de Japón": a place the paper is from, not its title
    if opens_name and start == index + 1:
        return None
    # Where nouns are capitalised, a lower-case article after the descriptor opens a phrase ("die
    # Tageszeitung der Region"); a title's own article is capitalised ("die Zeitung Die Welt").
    lower_article = start < len(tokens) and keys[start] in vocabulary.articles and tokens[start].text.islower()
    if vocabulary.capitalised_descriptors and lower_article:
        return None
    title = _title_at(tokens, keys, start, vocabulary)
    if title is None:
        # A capitalised article opens a title even after words no list holds: "le quotidien viennois
        # La Gazette", "il quotidiano romano Il Tempo" (Romance adjectives follow the noun).
        for between in range(1, _MOST_ADJECTIVES + 1):
            at = start + between
            if at >= len(tokens) or not tokens[at - 1].text.islower() or not tokens[at - 1].text.isalpha():
                break
            if keys[at] in vocabulary.articles and tokens[at].text[0].isupper():
                return _title_at(tokens, keys, at, vocabulary)
    if title is not None and not _ends_noun_phrase(tokens, keys, title, vocabulary):
        return None
    return title


def _abroad_title(
    tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary
) -> tuple[int, int, list[int]] | None:
    """A title read only in a story set abroad, starting at `index`; each shape is tried only where its
    first token can open it, since this runs for most tokens of a paragraph (issue 9)."""
    key = keys[index]
    if key in vocabulary.abroad:
        return _described_title(tokens, keys, index, vocabulary, vocabulary.abroad)
    if key in vocabulary.articles:
        return _title_before_descriptor(tokens, keys, index, vocabulary, fewest=1)
    if key == ",":
        return _appositive_title(tokens, keys, index, vocabulary) or _apposed_title(tokens, keys, index, vocabulary)
    return None


def _appositive_title(
    tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary
) -> tuple[int, int, list[int]] | None:
    """A title between commas right after a lower-case descriptor ("the city's own paper, Fellow
    Citizen, said"; "l'emittente locale, Voce Libera, ha riferito"). The descriptor there may describe
    anything that has a name ("the local paper, Village Voice, …"), so it is read only abroad."""
    if tokens[index].text != ",":
        return None
    # Romance adjectives follow the descriptor: "le quotidien régional, …", "l'emittente locale, …".
    for at in range(index - 1, max(-1, index - 2 - _MOST_ADJECTIVES), -1):
        if not tokens[at].text.islower() or not tokens[at].text.isalpha():
            return None
        if _describes(keys, at, vocabulary, vocabulary.descriptor_phrases) or _describes(
            keys, at, vocabulary, vocabulary.abroad
        ):
            break
    else:
        return None
    title = _title_at(tokens, keys, index + 1, vocabulary)
    if title is None or title[1] + 1 >= len(tokens) or tokens[title[1] + 1].text != ",":
        return None
    return title


def _apposed_title(
    tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary
) -> tuple[int, int, list[int]] | None:
    """A title right before the comma at `index` whose apposition is its descriptor, between commas
    ("Dawn Light, the state agency, said"; "Camino Verde, la agencia oficial, informó"): the reverse
    of `_appositive_title`, read only abroad as it is. A single word is as often a place or an adverb
    ("À Téhéran, le quotidien réformateur, …", "Meanwhile, the daily, …"): one is read only after its
    capitalised article ("The Harvest, the reformist daily, …")."""
    if not _apposition_describes(tokens, keys, index, vocabulary):
        return None
    first = index - 1
    while first > 0 and (
        _capitalised(tokens[first - 1].text)
        or (keys[first - 1] in vocabulary.connectors | vocabulary.articles and first > 1)
    ):
        first -= 1
    while first < index and keys[first] in vocabulary.small and keys[first] not in vocabulary.articles:
        first += 1  # "In Green Valley": a sentence's preposition is no part of the title
    while first < index and not _capitalised(tokens[first].text) and keys[first] not in vocabulary.articles:
        first += 1  # a connector the walk back stopped on
    title = _title_at(tokens, keys, first, vocabulary) if first < index else None
    if title is None or title[1] != index - 1:
        return None
    if len(title[2]) == 1 and keys[title[0]] not in vocabulary.articles:
        return None  # one word is as often a place ("À Téhéran, le quotidien réformateur, …")
    return title


def _apposition_describes(tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary) -> bool:
    """True when the comma at `index` opens an apposition that is a publication's descriptor and ends
    on a comma: an article, a few lower-case words around a descriptor ("the state-run daily", "la
    agencia oficial iraní"; German capitalises the descriptor: "die staatliche Agentur")."""
    at = index + 1
    if at >= len(tokens) or keys[at] not in vocabulary.articles or not tokens[at].text.islower():
        return False
    at += 2 if _elided(tokens, at) else 1
    described = False
    for step in range(at, min(len(tokens), at + _MOST_BETWEEN + _MOST_ADJECTIVES + 1)):
        token = tokens[step].text
        if token == ",":
            return described
        descriptor = (
            _describes(keys, step, vocabulary, vocabulary.descriptor_phrases)
            or _describes(keys, step, vocabulary, vocabulary.abroad)
            or keys[step] in vocabulary.framed
        )
        if not (token.islower() or token in HYPHENS or (descriptor and vocabulary.capitalised_descriptors)):
            return False
        described = described or descriptor
    return False


def _framed_title(
    tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary
) -> tuple[int, int, list[int]] | None:
    """A one-word title after a bare agency word in a citation frame ("d'après l'agence Coopération,",
    "citato dall'agenzia Studenti"): the word alone names agencies ("l'agence Santé publique France",
    "l'agence régionale"), so only a frame before it or a reporting verb after the title makes the next
    word a title, and only when that word ends the name (`media.framed_descriptors`)."""
    if keys[index] not in vocabulary.framed or not tokens[index].text.islower():
        return None
    at, following = index + 1, index + 2
    if at >= len(tokens) or not _capitalised(tokens[at].text) or not _spaced(tokens, at):
        return None
    if following < len(tokens) and tokens[following].text.isalnum() and keys[following] not in vocabulary.reporting:
        return None  # the name goes on: "l'agence Santé publique France", "l'agenzia Nova Cina"
    if any(
        title in vocabulary.titles
        for title in ((title_word(keys[at]),), (title_word(keys[index]), title_word(keys[at])))
    ):
        return None  # the agency's own name: "l'agence Europe", "a agência Brasil", "l'agenzia Dire"
    reported = following < len(tokens) and keys[following] in vocabulary.reporting
    return (at, at, [at]) if reported or _framed(keys, index, vocabulary) else None


def _cited_title(
    tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary
) -> tuple[int, int, list[int]] | None:
    """A title right after a citation frame, or opened by its article and followed by a reporting verb,
    no descriptor anywhere ("according to the Daily Voice", "selon la Voix du Peuple", "laut der
    Morgenpost des Volkes", "the Evening Messenger reported"): only the frame says it is cited, so
    `_reads_masthead` asks more of its words and the rule asks where the article is from."""
    framed = _frame_ends(keys, index, vocabulary)
    if not framed and (keys[index] not in vocabulary.articles or (index > 0 and _capitalised(tokens[index - 1].text))):
        return None
    if keys[index] not in vocabulary.articles and not _capitalised(tokens[index].text):
        return None
    title = _title_at(tokens, keys, index, vocabulary)
    if title is None:
        return None
    following = title[1] + 1
    if not framed and (following >= len(tokens) or keys[following] not in vocabulary.reporting):
        return None
    if vocabulary.capitalised_descriptors and keys[title[2][0]] in vocabulary.descriptors:
        return None  # "laut der Zeitung Stimme des Volkes": the descriptor's title, read from there
    return title if _ends_noun_phrase(tokens, keys, title, vocabulary) else None


def _frame_ends(keys: list[str], index: int, vocabulary: PressVocabulary) -> bool:
    """True when a citation frame ends right before the token at `index` ("told" before "the")."""
    if index == 0 or keys[index - 1] not in vocabulary.frame_ends:
        return False
    return any(index >= len(frame) and tuple(keys[index - len(frame) : index]) == frame for frame in vocabulary.frames)


def _reads_masthead(written: list[str], vocabulary: PressVocabulary, code: str, span: list[str], tokens: int) -> bool:
    """True when a cited run reads as a paper's title in the language's own words: two words at least,
    one naming a paper (`media.masthead_words`: "Voice", "Morgenpost"), every word an ordinary word of
    the language or a place, no known title ("The Daily Telegraph", "La Voz de Galicia")."""
    if _cites_known(span, tokens, vocabulary, code):
        return False
    title = tuple(title_word(word) for word in span[:tokens] if word[0].isalnum())
    cuts = [cut for cut, word in enumerate(title) if word in vocabulary.connectors]
    if any(is_known(title[:cut], vocabulary.titles, code) for cut in cuts):
        return False  # a real title and its place: "le Courrier du Vietnam", "La Presse de Tunisie"
    content = [word.casefold() for word in written]
    if len(content) < 2 or span[0] in vocabulary.foreign_articles or content[0] in vocabulary.persons:
        return False
    if any(len(word) > 1 and word.isupper() for word in written):
        return False  # an acronym is the publication's own name
    head = _head_of(span[:tokens], vocabulary)
    if not _names_paper(head, vocabulary):
        return False  # the paper word modifies another noun: "the Press Office", "l'Ufficio Stampa"
    places = vocabulary.nationalities | words(code, "media.places")
    if head in vocabulary.real_title_words and not places.isdisjoint(content):
        return False  # a paper abroad writing the language names itself so: "Egypt Today", "Baltic Times"
    return all(word in places or _own_word(word, code) for word in content)


def _reads_article_title(
    opening: str, written: list[str], vocabulary: PressVocabulary, code: str, span: list[str]
) -> bool:
    """True when a run opened by its capitalised article right after a citation frame is one or two
    everyday words ("according to The Homeland", "selon La Patrie", "laut Die Heimat"): a capital
    article inside a sentence makes a title, and an Arabic "Al-…" title becomes one so (at a
    sentence's start it is only a capital: "The Muslim Brotherhood said"). The language's own titles of
    that shape are known ("The Guardian", "Le Monde") or hold a real title's word ("The Herald"); the
    rule asks where the article is from."""
    opened = opening[:1].isupper() and opening.casefold() in vocabulary.articles
    return opened and len(written) <= _MOST_ARTICLE_WORDS and _reads_translated(written, vocabulary, code, span)


def _own_word(word: str, code: str) -> bool:
    """True for an ordinary word of the language that is not an English word in another language."""
    return len(word) > 1 and ordinary(word, code) and not _english(word, code)


def _reads_place_named(
    written: list[str], vocabulary: PressVocabulary, code: str, span: list[str], tokens: int
) -> bool:
    """True when a run reads as a foreign paper named by its place and its kind, the kind translated
    ("the Shizuoka Newspaper", "le Journal de Shizuoka", "die Krakauer Zeitung", "as Notícias de
    Salzburgo"): a word of `paper_heads`, and every other word a foreign name or a place whose press
    writes another language. Such titles of the language's own press are known titles or name a place
    of `media.home_places`; the rule asks where the article is from."""
    if _cites_known(span, tokens, vocabulary, code) or span[0] in vocabulary.foreign_articles:
        return False
    if any(len(word) > 1 and word.isupper() for word in written):
        return False  # an acronym is the publication's own name
    content = [word.casefold() for word in written]
    heads = [word for word in content if _paper_head(word, vocabulary)]
    home, abroad = press_places(code)
    others = [word for word in content if not _paper_head(word, vocabulary)]
    if not heads or not others or not home.isdisjoint(content):
        return False
    return all(word in abroad or (word[:1].isalpha() and not ordinary(word, code)) for word in others)


def _paper_head(word: str, vocabulary: PressVocabulary) -> bool:
    if word in vocabulary.paper_heads:
        return True
    return vocabulary.capitalised_descriptors and any(
        len(head) >= SHORTEST_HEAD_SUFFIX and word.endswith(head) for head in vocabulary.paper_heads
    )


def _head_of(keys: list[str], vocabulary: PressVocabulary) -> str:
    """The head noun of a title's keys: its first word where modifiers follow the noun ("Voix du
    Peuple"), else the last word of its first part ("Evening Messenger", "Morgenpost des Volkes")."""
    content = list(itertools.dropwhile(lambda key: key in vocabulary.articles, filter(_alphanumeric, keys)))
    if not content:
        return ""
    if not vocabulary.modifiers_first:
        # A few adjectives come first all the same: "le Nouveau Journal de Pékin", "la Gran Gaceta".
        return next(itertools.dropwhile(vocabulary.leading.__contains__, content), content[-1])
    first_part = list(itertools.takewhile(lambda word: word not in vocabulary.connectors, content))
    return (first_part or content)[-1]


def _alphanumeric(key: str) -> bool:
    return key[:1].isalnum()


def _names_paper(word: str, vocabulary: PressVocabulary) -> bool:
    """True for a word naming a paper, or a compound ending in one where compounds are one word
    ("Abendzeitung")."""
    if word in vocabulary.masthead:
        return True
    return vocabulary.capitalised_descriptors and any(
        len(head) >= SHORTEST_HEAD_SUFFIX and word.endswith(head) for head in vocabulary.masthead
    )


def reported_from_abroad(paragraph: str, article: ArticleWords, code: str) -> bool:
    """True when the paragraph, or else the article, is about a country whose press writes another
    language than `code` (`media.press_abroad`, nationalities not in `media.home_nationalities`), and
    the paragraph names no place whose press writes it (`media.home_places`): "À Dakar, le quotidien Le
    Quotidien" is Dakar's own paper, whatever country the article names elsewhere. Elsewhere in the
    article, the places named more often win: a story from Giresun names Spain once as a market."""
    home, abroad = press_places(code)
    here = ArticleWords((paragraph,))
    if here.meet(home):
        return False
    return here.meet(abroad) or article.tally(abroad) > article.tally(home)


@cache
def press_places(code: str) -> tuple[set[str], set[str]]:
    """The casefolded places and nationalities whose press writes language `code`, and those whose
    press writes another language."""
    home = {word.casefold() for word in words(code, "media.home_places") | words(code, "media.home_nationalities")}
    nationalities = words(code, "media.nationalities") - words(code, "media.home_nationalities")
    abroad = {word.casefold() for word in words(code, "media.press_abroad") | nationalities} - home
    return home, abroad


def _framed(keys: list[str], index: int, vocabulary: PressVocabulary) -> bool:
    """True when a citation frame ends right before the word at `index`, an article or a contraction
    between ("selon l'agence", "secondo l'agenzia", "dall'agenzia" after "citato")."""
    for gap in range(_MOST_FRAME_GAP + 1):
        end = index - gap
        between = keys[end:index]
        if any(len(word) > _MOST_ARTICLE_LETTERS and word not in vocabulary.articles for word in between):
            break
        if any(end >= len(frame) and tuple(keys[end - len(frame) : end]) == frame for frame in vocabulary.frames):
            return True
    return False


def _ends_noun_phrase(
    tokens: list[Token], keys: list[str], title: tuple[int, int, list[int]], vocabulary: PressVocabulary
) -> bool:
    """False where the capitalised run is a modifier of the noun after it, in a language that puts
    modifiers first (`media.verb_endings` given): "the weekly Cabinet meeting", "her daily Bible
    reading". A title ends its noun phrase: punctuation, a small word, a reporting verb or a word with
    a verb's ending follows it ("the daily Universe blamed")."""
    _, last, words_at = title
    if not vocabulary.verb_endings:
        return last + 2 >= len(tokens) or keys[last + 2] != keys[last]
    if any(keys[at] in vocabulary.institutions for at in words_at):
        return False  # "the paper Mill Road": a place or an institution
    following = last + 1
    if following + 1 < len(tokens) and keys[following + 1] == keys[last]:
        return False  # "die Zeitung Seite für Seite": an idiom, not a title
    if following >= len(tokens) or not tokens[following].text.isalpha():
        return True
    word = keys[following]
    return word in vocabulary.small or word in vocabulary.reporting or word.endswith(tuple(vocabulary.verb_endings))


def _describes(keys: list[str], index: int, vocabulary: PressVocabulary, descriptors: Phrases) -> bool:
    """True where one of `descriptors` ends at `index` ("daily", "news agency", "agence de presse"), or,
    for the language's title descriptors, a compound ending in a head in a language that writes
    compounds as one capitalised word ("Regionalzeitung")."""
    key = keys[index]
    for phrase in descriptors.get(key, ()):
        if index + 1 >= len(phrase) and tuple(keys[index + 1 - len(phrase) : index + 1]) == phrase:
            return True
    return (
        descriptors is vocabulary.descriptor_phrases
        and vocabulary.capitalised_descriptors
        and key.endswith(vocabulary.compound_heads)
        and key not in vocabulary.compound_heads
    )


def _title_before_descriptor(
    tokens: list[Token],
    keys: list[str],
    index: int,
    vocabulary: PressVocabulary,
    fewest: int = _EVIDENT_BEFORE_DESCRIPTOR,
) -> tuple[int, int, list[int]] | None:
    """A title right before a descriptor, after its article, where the language puts the kind of
    publication after the name ("the Young People newspaper", `media.descriptors_after`), with `fewest`
    words that are no real title's."""
    if not vocabulary.after or keys[index] not in vocabulary.articles:
        return None
    if index > 0 and _capitalised(tokens[index - 1].text):
        return None
    title = _title_at(tokens, keys, index + 1, vocabulary)
    if title is None:
        return None
    _, last, words_at = title
    if last + 1 >= len(tokens) or keys[last + 1] not in vocabulary.after or not tokens[last + 1].text.islower():
        return None
    content = [keys[at] for at in words_at]
    if any(word in vocabulary.institutions for word in content):
        return None  # "the Labour Party newspaper": an institution's paper, named by the institution
    if any(word.endswith(tuple(vocabulary.demonym_endings)) for word in content):
        return None  # "the South African weekly": where the paper is from
    # A single word before a descriptor is as often a place ("the Yorkshire newspaper"): two at least,
    # unless the article is set abroad and the word an everyday one ("the Republic newspaper").
    evident = [word for word in content if word not in vocabulary.neutral]
    return title if len(evident) >= fewest else None


def _named_title(
    tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary
) -> tuple[int, int, list[int]] | None:
    """A title that names its own kind of publication ("The North Sea Road Newspaper")."""
    if not tokens[index].text[:1].isupper():
        return None
    if index > 0 and _capitalised(tokens[index - 1].text):
        return None  # the middle of a longer run, already read from its start
    if keys[index] in vocabulary.openers and keys[index] not in vocabulary.articles:
        return None  # "Secondo Il Giornale": the run starts after the sentence's first word
    title = _title_at(tokens, keys, index, vocabulary)
    if title is None:
        return None
    _, _, words_at = title
    content = [keys[at] for at in words_at]
    heads = [at for at in range(len(content)) if _head_at(content, at, vocabulary.heads)]
    if len(content) < 2 or not heads:
        return None
    if any(
        content[at] in vocabulary.descriptors and words_at[at + 1] == words_at[at] + 1 for at in range(len(content) - 1)
    ):
        return None  # "Schweizer Zeitung Neue Zürcher Zeitung": a descriptor, then its title
    if heads[0] == 0 and not _after_article(tokens, keys, words_at[0], vocabulary):
        return None  # "Presse im Mittelpunkt": a head opens a title only after its article
    return title


def _after_article(tokens: list[Token], keys: list[str], at: int, vocabulary: PressVocabulary) -> bool:
    """True when the word at `at` follows an article, elided or not ("le Journal", "l'Agence")."""
    return _article_before(tokens, keys, at, vocabulary) < at


def _article_before(tokens: list[Token], keys: list[str], at: int, vocabulary: PressVocabulary) -> int:
    """Where the article right before the word at `at` starts; `at` itself when there is none."""
    before = at - 2 if at >= 2 and _elided(tokens, at - 2) else at - 1
    return before if before >= 0 and keys[before] in vocabulary.articles else at


def _head_at(content: list[str], at: int, heads: frozenset[tuple[str, ...]]) -> bool:
    """True when a head ("newspaper", "news agency") starts at word `at` of the title."""
    return any(tuple(content[at : at + len(head)]) == head for head in heads)


def _title_at(
    tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary
) -> tuple[int, int, list[int]] | None:
    """The capitalised run starting at `index` (after an opening mark and an article, if any): its first
    and last token and where its words are; None when no capitalised word starts there."""
    quoted = index < len(tokens) and tokens[index].text in _OPENING_MARKS
    while index < len(tokens) and tokens[index].text in _OPENING_MARKS:
        index += 1
    first = index
    if index < len(tokens) and keys[index] in vocabulary.articles:
        index += 2 if _elided(tokens, index) else 1
    if index >= len(tokens) or not _capitalised(tokens[index].text) or not _spaced(tokens, index):
        return None
    words_at = [index]
    last = index
    while len(words_at) < _MOST_WORDS:
        step = _next_word(tokens, keys, last + 1, vocabulary)
        if step is None:
            break
        last = step
        words_at.append(step)
    if _cut(tokens, last) or (quoted and not _closes(tokens, last)):
        return None  # "L'Orient-Le Jour", "Folha de S.Paulo", « Salaire juste, jeu loyal »: more than a run
    if keys[first] in vocabulary.articles and not tokens[first].text[0].isupper() and first < words_at[0]:
        first = words_at[0]  # a lower-case article belongs to the sentence: "the daily Universe"
    return first, last, words_at


def _next_word(tokens: list[Token], keys: list[str], index: int, vocabulary: PressVocabulary) -> int | None:
    """Where the title's next word is: the next capitalised word, across a hyphen or a connector and
    its article ("Gazette de Zurich", "Journal d'Allemagne du Sud"), or a nationality that follows in
    lower case ("Radiodiffusion autrichienne"); None where the title ends."""
    if index >= len(tokens):
        return None
    if tokens[index].text in HYPHENS and index + 1 < len(tokens) and _capitalised(tokens[index + 1].text):
        return index + 1
    if _capitalised(tokens[index].text) and _spaced(tokens, index):
        return index
    if tokens[index].text.islower() and keys[index] in vocabulary.nationalities and _spaced(tokens, index):
        return index
    if keys[index] in vocabulary.connectors:
        after = index + (2 if _elided(tokens, index) else 1)
        if after < len(tokens) and keys[after] in vocabulary.articles:
            after += 2 if _elided(tokens, after) else 1
        if after < len(tokens) and _capitalised(tokens[after].text):
            return after
    return None


def _reads_literal(
    written: list[str],
    vocabulary: PressVocabulary,
    code: str,
    span: list[str],
) -> bool:
    evidence = _literal_evidence(written, vocabulary, code, span)
    return evidence is not None and evidence > 0


def _reads_translated(written: list[str], vocabulary: PressVocabulary, code: str, span: list[str]) -> bool:
    """True when a described title is made of the language's own words alone, the words its real
    titles are made of too ("el diario Mañana", "die Zeitung Der Abend", "l'emittente Pubblico"): a
    rendering only where the paper's press writes another language, so the rule asks where the article
    is from. A title of places alone is the paper's name in any language ("the daily Iran"). The
    words may name where the paper is, after a connector, in a name of that place's language ("el
    periódico Verdad de Komsomol", "the daily Lion of Punjab"); a place a title of the language names
    makes an official name ("the broadcaster Voice of Vietnam")."""
    head = _before_connector(written, span, vocabulary)
    tail = [word.casefold() for word in written[len(head) :]]
    if head != written and (any(word[:1].isalpha() and ordinary(word, code) for word in tail) or not tail):
        return False
    written = head
    if _literal_evidence(written, vocabulary, code, span) is None:
        return False
    content = [word.casefold() for word in written]
    places = vocabulary.nationalities | words(code, "media.places")
    if not vocabulary.calendar.isdisjoint(content):
        return False  # a date, not a title: "the Sunday newspaper", "told the broadcaster Monday"
    if not places.isdisjoint(content):
        return False  # named after its place, as official names abroad are: "the broadcaster Voice of Vietnam"
    return all(_everyday(word, code) for word in content)


def _before_connector(written: list[str], span: list[str], vocabulary: PressVocabulary) -> list[str]:
    """The title's words before its first connector ("Verdad" of "Verdad de Komsomol"); all of them
    when it holds none."""
    keys = list(itertools.dropwhile(lambda key: key in vocabulary.articles or not key[:1].isalnum(), span))
    before = list(itertools.takewhile(lambda key: key not in vocabulary.connectors, keys))
    if len(before) >= len(written) or not before:
        return written
    return written[: len(before)]


def _everyday(word: str, code: str) -> bool:
    """True for an everyday word of language `code` that is not a name: wordfreq holds names too ("alla
    radio pubblica Kan"), and a name is about as frequent in every tabled language ("the Kent
    newspaper", "the Java daily"), where a word is rarer in one at least (Spanish "tarde" in French)."""
    frequency = zipf(word, code)
    if len(word) < 2 or frequency < _COMMON_ZIPF:
        return False
    return any(zipf(word, other) < frequency - _ENGLISH_MARGIN for other in TABLED if other != code)


def _literal_evidence(written: list[str], vocabulary: PressVocabulary, code: str, span: list[str]) -> int | None:
    """How many words of a described title are ordinary words no real title of the language is made
    of; None when the title is a known one, a foreign name, an acronym, a person or shaped like a real
    title of the language."""
    title = tuple(title_word(word) for word in span if word[0].isalnum())
    lengths = range(len(written), len(title) + 1)
    if any(is_known(title[:length], vocabulary.titles, code) for length in lengths):
        return None
    cuts = [cut for cut, word in enumerate(title) if word in vocabulary.connectors]
    if any(is_known(title[:cut], vocabulary.titles, code) for cut in cuts):
        return None  # a real title and its city: "La Presse de Montréal", "El Universo de Guayaquil"
    if _holds_known(title, vocabulary, code):
        return None
    content = [word.casefold() for word in written]
    if span[0] in vocabulary.foreign_articles:
        return None  # a title kept in its own language: "the weekly Der Spiegel", "el diario Le Monde"
    if content[0] in vocabulary.persons:
        return None  # "the newspaper Prime Minister …" is a person, not a title
    if any(len(word) > 1 and word.isupper() for word in written):
        return None  # an acronym is the publication's own name ("Presseagentur AFP")
    if not vocabulary.markers.isdisjoint(content):
        return None  # shaped like a real title of the language ("the weekly Island Times")
    # A day or a month alone after a descriptor is a date ("told the agency Tuesday"), unless an
    # article makes it a title ("le quotidien Le Jour").
    if len(content) == 1 and span[0] not in vocabulary.articles and content[0] in vocabulary.calendar:
        return None
    evidence = 0
    for word in content:
        if word in vocabulary.neutral:
            continue
        if len(word) < 2 or not ordinary(word, code) or _english(word, code):
            return None
        evidence += 1
    return evidence


def _cites_known(span: list[str], tokens: int, vocabulary: PressVocabulary, code: str) -> bool:
    """True when the run (the first `tokens` keys of `span`), alone or with a few words after it, is a
    known title, or holds one after a connector."""
    run = tuple(title_word(word) for word in span[:tokens] if word[0].isalnum())
    title = tuple(title_word(word) for word in span if word[0].isalnum())
    if any(is_known(title[:length], vocabulary.titles, code) for length in range(len(run), len(title) + 1)):
        return True
    return _holds_known(title, vocabulary, code)


def _holds_known(title: tuple[str, ...], vocabulary: PressVocabulary, code: str) -> bool:
    """True when a real title of two words at least follows a connector inside the run: a phrase about
    that paper ("Bericht der Süddeutschen Zeitung"), not a title of its own; a one-word title there is
    as often a place ("Le Journal de la Montagne Blanche")."""
    starts = [cut + 1 for cut, word in enumerate(title[:-1]) if word in vocabulary.connectors]
    return any(
        is_known(title[start:end], vocabulary.titles, code)
        for start in starts
        for end in range(start + 2 + (title[start] in vocabulary.articles), len(title) + 1)
    )


def is_known(title: tuple[str, ...], known: frozenset[tuple[str, ...]], code: str) -> bool:
    """True when a `title_key` is one of `known` (`known_titles`), with or without its leading article."""
    bare = title[1:] if title and title[0] in press_vocabulary(code).articles else title
    return title in known or bare in known


def _english(word: str, code: str) -> bool:
    """True when a word of a non-English article belongs to English far more than to the language:
    the title is an English publication's own name ("das Magazin Life", mlqe-pe en-de line 688)."""
    return code != "en" and zipf(word, "en") >= zipf(word, code) + _ENGLISH_MARGIN


def _numbered(tokens: list[Token], last: int) -> bool:
    """True when a number follows the run: a channel's name ("France 2", "Antena 3")."""
    return last + 1 < len(tokens) and tokens[last + 1].text.isdigit()


def _at_home(keys: list[str], first: int, vocabulary: PressVocabulary) -> bool:
    """True when the words before the title place it in a country whose press writes in the language
    ("the Nigerian newspaper Punch", "le quotidien algérien Liberté"), or its sentence opens in a place
    whose press does ("À Abidjan, le quotidien Notre Voie"): a title of ordinary words is its own name
    there."""
    if not vocabulary.home.isdisjoint(keys[max(0, first - _HOME_WINDOW) : first]):
        return True
    start = first
    while start > 0 and keys[start - 1] not in FULL_STOPS:
        start -= 1
    return not vocabulary.home_places.isdisjoint(keys[start:first])


def _spelled_out(tokens: list[Token], last: int) -> bool:
    """True when the run is followed by its acronym in brackets: an official name spelled out ("la
    Agencia de Noticias de la República Islámica (IRNA)"), not a rendering."""
    following = [token.text for token in tokens[last + 1 : last + 4]]
    return len(following) == 3 and following[0] == "(" and following[1].isupper() and following[2] == ")"


def _cut(tokens: list[Token], last: int) -> bool:
    """True when the run goes on past `last` without a space: an apostrophe, a hyphen or an
    abbreviation's full stop glued to a letter."""
    if last + 2 >= len(tokens):
        return False
    following = tokens[last + 1]
    if following.start != tokens[last].end or following.text not in APOSTROPHES + HYPHENS + ".":
        return False
    return tokens[last + 2].start == following.end and tokens[last + 2].text.isalnum()


def _closes(tokens: list[Token], last: int) -> bool:
    return last + 1 < len(tokens) and tokens[last + 1].text in _CLOSING_MARKS


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and text.isalpha()


def _elided(tokens: list[Token], index: int) -> bool:
    """True when the token at `index` is an elided word glued to an apostrophe ("l'", "d'")."""
    return (
        index + 1 < len(tokens)
        and tokens[index + 1].text in APOSTROPHES
        and tokens[index + 1].start == tokens[index].end
    )


def _spaced(tokens: list[Token], index: int) -> bool:
    """True unless the token is glued to the one before by a letter (a word cut by the tokenizer)."""
    return index == 0 or tokens[index - 1].end < tokens[index].start or not tokens[index - 1].text.isalnum()
