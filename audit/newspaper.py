"""Find a foreign newspaper's name rendered word for word ("Freiheitszeit" for the Liberty Times).

Why a gazetteer: most of the world's papers are named with ordinary words of their own language
(自由時報 "Liberty Times", ไทยรัฐ "Thai State", প্রথম আলো "First Light"), and MT writes those words in
the article's language, in any order and inflection ("Tempi Globali", "Tiempo Global", "Huanqiu-Zeit").
A title detector that knows no paper cannot tell "First Light" from a phrase; one that knows the paper
can: `media.papers` in languages/<code>/media.toml gives, per language, the name the press writes (the
suggestion), the words of the paper's country and cities, and the meaning of its name as slots of
alternative words ("Freiheit; Zeit Zeitung"). A rendering fills every slot and holds no other word but
links ("del", "der") and words naming a paper ("Daily", "Diario").

Precision first, so a rendering is reported only when
- it is capitalised as a name (every content word in English and German, the first elsewhere) and
  touches no other capitalised word (`joined`: "Freedom House", "Thai State Railway");
- the article names the paper's country or one of its cities;
- it is not a real title of the language (`media.titles`: "Die Zeit", "The Nation"), nor one of the
  paper's own names ("Global Times" in English);
- a one-word rendering ("Republik", "Freiheitszeit"), which any sentence may hold, stands where a paper is
  cited: after a descriptor, a citation frame or a verb papers do ("laut der Republik", "berichtete
  die Freiheitszeit", "the daily Truth"), or before one ("Truth reported"); so does a rendering
  capitalised on its first word only, unless a word of it names a paper or a kind of medium ("Il
  Giornale del popolo", "la Radiodiffusion autrichienne"; not "l'État thaïlandais"), or German opens it
  with its own capitalised article after a descriptor, as it writes a work's title ("die Zeitung Die
  letzten Nachrichten").
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from audit.cache import cached
from audit.glossary.media_context import ArticleWords
from audit.glossary.tokens import APOSTROPHES, Token, tokenize
from audit.languages import language, shipped_files, words, words_of_every_language
from audit.media_title import is_known, press_places
from audit.news_agency import Rendering, agency_titles, country_forms, joined, opens_sentence, run_end
from audit.press_vocabulary import articles_of, known_titles, language_titles, press_vocabulary, title_key, title_word
from audit.prose import LazyPattern

_ALL_CAPITALISED = frozenset({"en", "de"})
"""Languages that capitalise every content word of a name; the others capitalise the first only."""
_SHORTEST_COMPOUND = 7  # "Freiheitszeit": a compound of two meaning words is this long at least
_SHORTEST_PART = 3
_LINKING_LETTERS = ("s", "es", "")  # German joins compound parts with them ("Freiheit-s-zeit")
_OPENING = '(«“"„‹'
_MOST_BEFORE = 3  # tokens back to a citation word: "according to the …", "laut der …"
_MOST_APPOSED = 3  # tokens after the comma to a descriptor in apposition: ", outro diário nigeriano"
_STORY_MENTIONS = 3  # a story names the country it is set in this often, and this many times its others

# Words as the tokenizer cuts them (apostrophes and hyphens apart), for the screen of a paragraph.
_LETTERS = LazyPattern(r"[\p{L}\p{M}\p{N}]+")


class Paper(NamedTuple):
    name: str
    country: frozenset[str]  # casefolded words of its country and cities, inflected forms too
    slots: tuple[frozenset[str], ...]  # `title_word`s: each slot's alternatives
    accepted: frozenset[tuple[str, ...]]


class PaperVocabulary(NamedTuple):
    papers: tuple[Paper, ...]
    keys: dict[str, frozenset[int]]  # a meaning word's `title_word` → the papers it may render
    heads: frozenset[str]  # `title_word`s of words naming a paper, allowed in any rendering
    kinds: frozenset[str]  # `title_word`s of words naming a kind of medium: they make a phrase a name
    articles: frozenset[str]
    links: frozenset[str]
    small: frozenset[str]
    name_links: frozenset[str]
    continuations: frozenset[str]
    cues: frozenset[str]  # casefolded words citing a paper before its name
    cues_after: frozenset[str]  # casefolded words citing a paper right after its name
    verb_adverbs: frozenset[str]  # adverbs between a subject and its verb: "The Duty also recalls"
    frames: frozenset[tuple[str, ...]]
    nouns_capitalised: bool  # German: a capitalised noun is no name, so a cue after it proves nothing
    homes: frozenset[str]  # casefolded words of every paper's country, its language too ("marathi")
    outlets: frozenset[str]  # casefolded words naming a paper, a site or a channel ("sito", "Sender")
    origins: frozenset[str]  # casefolded words that say where an outlet is from ("Iraqi", "Arab")
    channels: frozenset[str]  # casefolded words a channel is described by after its origin ("channel", "TV")


@cache
def paper_vocabulary(code: str) -> PaperVocabulary:
    """The gazetteer of papers of language `code` and the words its renderings stand among, built once
    and kept in the disk cache (a few milliseconds of each check that reads a language, issue 9)."""
    return cached(f"papers-{code}", shipped_files(), lambda: _paper_vocabulary(code))


def _paper_vocabulary(code: str) -> PaperVocabulary:
    data = language(code)
    press = press_vocabulary(code)
    inflections = tuple(data.value("media.agency_inflections", ()))
    papers: list[Paper] = []
    keys: dict[str, set[int]] = {}
    for index, (name, country, meaning, *others) in enumerate(data.value("media.papers", ())):
        slots = tuple(frozenset(title_word(word) for word in slot.split()) for slot in meaning.split(";"))
        accepted = [name, *(other.strip() for other in others[0].split(";"))] if others else [name]
        forms = {form for word in country.split() for form in country_forms(word.casefold(), inflections)}
        papers.append(Paper(name, frozenset(forms), slots, known_titles(accepted)))
        for slot in slots:
            for word in slot:
                keys.setdefault(word, set()).add(index)
    descriptors = frozenset(word for word in press.descriptors if " " not in word)
    # Channels and sites are papers here too: a gazetteer name is evidence enough, so the words naming
    # them cite a rendering ("il sito Il Centro", "der Sender Libyen der Freien"), and a channel's mark
    # may end one ("The Kingdom TV").
    outlets = frozenset(word for word in words(code, "media.descriptors") if " " not in word)
    heads = frozenset(title_word(word) for word in press.paper_heads | descriptors | words(code, "media.channel_marks"))
    return PaperVocabulary(
        papers=tuple(papers),
        keys={key: frozenset(indexes) for key, indexes in keys.items()},
        heads=heads,
        # "la Radiodiffusion autrichienne" is a name capitalised on its first word, as "il Giornale del popolo".
        kinds=heads | frozenset(title_word(word) for word in words(code, "media.title_heads") if " " not in word),
        articles=articles_of(code),
        links=words(code, "media.connectors") | articles_of(code) | {"s"},
        # A descriptor before the run is no part of a longer name: German capitalises it ("die
        # Zeitung Ostasien-Tageblatt").
        small=press.small | frozenset(word.casefold() for word in descriptors | outlets),
        name_links=words(code, "media.name_links"),
        continuations=_continuations(code),
        # Not the reporting words of names: they hold auxiliaries ("Das Volk hat gewählt").
        cues=frozenset(
            word.casefold()
            for word in press.descriptors | outlets | press.after | words(code, "media.cited_after")
            if " " not in word
        )
        | words(code, "media.paper_verbs")
        | words(code, "media.channel_cues"),
        # After a name, only what a paper does: "the Republic said" is a state as often as a paper.
        cues_after=frozenset(word.casefold() for word in press.after)
        | words(code, "media.paper_verbs")
        | words(code, "media.channel_cues"),
        verb_adverbs=words(code, "media.verb_adverbs"),
        frames=press.frames,
        nouns_capitalised=press.capitalised_descriptors,
        homes=frozenset().union(*(paper.country for paper in papers)),
        outlets=frozenset(word.casefold() for word in descriptors | outlets),
        origins=words(code, "media.origin_words")
        | (words(code, "media.nationalities") if data.value("media.nationalities_capitalised", False) else frozenset()),
        channels=words(code, "media.described_channels") | words(code, "media.channel_marks"),
    )


def _continuations(code: str) -> frozenset[str]:
    """The small words that carry a name on past the run ("l'Agenzia ceca per lo sviluppo"). An
    article right after the run opens the sentence's next noun phrase, never goes on a name ("a
    déclaré au Coup de poing le chanteur", "meldete die Kroatische Berichterstattende Nachrichtenagentur
    den Rücktritt"): only the connectors ("der", "des", "de") and the other linking words go on one."""
    return (words(code, "official.linking") - articles_of(code)) | words(code, "media.connectors")


def paper_titles(code: str) -> frozenset[tuple[str, ...]]:
    """The `title_key`s of every name the press of language `code` writes for a paper of the gazetteer:
    real titles, never renderings ("Diário do Povo" is how Portuguese names the People's Daily)."""
    return frozenset().union(*(paper.accepted for paper in paper_vocabulary(code).papers))


def rendered_papers(text: str, code: str, article: ArticleWords) -> Iterator[Rendering]:
    """The papers' names in `text` (a paragraph of language `code`) rendered word for word, in an
    `article` that names the paper's country."""
    vocabulary = paper_vocabulary(code)
    if not vocabulary.papers:
        return
    # A rendering opens on a capitalised meaning word: most paragraphs hold none, and are passed over
    # before they are tokenized (issue 9).
    if not any(word[:1].isupper() and _meanings(word, vocabulary) for word in _LETTERS.findall(text)):
        return
    tokens = tokenize(text)
    every_word = code in _ALL_CAPITALISED
    index = 0
    while index < len(tokens):
        first, end, opened = _run(tokens, index, vocabulary, every_word)
        if end > first:
            rendering = None
            joined_end = _joined_end(tokens, end, vocabulary, every_word)
            if joined_end > end:
                rendering = _rendering(text, tokens, first, joined_end, code, vocabulary, article, opened)
            if rendering is not None:
                end = joined_end
            else:
                rendering = _rendering(text, tokens, first, end, code, vocabulary, article, opened)
            if rendering is not None:
                yield rendering
                index = end
            else:
                # A run opened by a capitalised word naming an outlet may hold the title after it ("Der
                # Sender Libyen der Freien"); "Blatt" is a meaning too (Folha), so it opens the run first.
                index = first + 1 if tokens[first].text.casefold() in vocabulary.outlets else end
        else:
            index += 1


def _run(tokens: list[Token], index: int, vocabulary: PaperVocabulary, every_word: bool) -> tuple[int, int, bool]:
    """The run of meaning words at `index` as (first, end, opened), empty when end is first. German
    capitalises its descriptors, so a title is read past one ("die Zeitung Ostasien-Tageblatt"), and a
    title opened by its own capitalised article there is written as German writes a work's title, its
    first word capitalised only ("die Zeitung Die letzten Nachrichten"): `opened`, the run starting at
    that article. Elsewhere a capitalised word naming a paper is the title's ("el Diario General")."""
    if vocabulary.nouns_capitalised and _describes(tokens, index, vocabulary):
        following = index + 1
        if tokens[following].text[:1].isupper() and tokens[following].text.casefold() in vocabulary.articles:
            end = _run_end(tokens, following + 1, vocabulary, every_word=False, opened=True)
            return (following, end, True) if end > following + 1 else (index, index, False)
        end = _run_end(tokens, following, vocabulary, every_word)
        if end > following:
            return following, end, False
    return index, _run_end(tokens, index, vocabulary, every_word), False


def _joined_end(tokens: list[Token], end: int, vocabulary: PaperVocabulary, every_word: bool) -> int:
    """The end of a second run joined to the one ending at `end` by a word linking names, past its
    article ("le Globe et le Courrier" for the Globe and Mail, "Courrier & Gardien"), or `end`. The two
    runs are one rendering only when one paper's slots take them both; the caller tries that first."""
    if end >= len(tokens) or tokens[end].text.casefold() not in vocabulary.name_links:
        return end
    following = end + 1
    while following < len(tokens) and (
        tokens[following].text.casefold() in vocabulary.articles or tokens[following].text in APOSTROPHES
    ):
        following += 1
    second = _run_end(tokens, following, vocabulary, every_word)
    return second if second > following else end


def _describes(tokens: list[Token], index: int, vocabulary: PaperVocabulary) -> bool:
    """True when the word at `index` only names a paper and a word of the title, or its article,
    follows it ("die Zeitung Ostasien-Tageblatt", "die Zeitung Die letzten Nachrichten")."""
    return (
        index + 1 < len(tokens)
        and title_word(tokens[index].text) in vocabulary.heads
        and tokens[index + 1].text[0].isalnum()
        and (tokens[index + 1].text.casefold() not in vocabulary.links or tokens[index + 1].text[:1].isupper())
    )


def _meanings(token: str, vocabulary: PaperVocabulary) -> tuple[str, ...]:
    """The meaning words a token is: itself, or the two halves of a compound ("Freiheitszeit")."""
    key = title_word(token)
    if key in vocabulary.keys or key in vocabulary.heads:
        return (key,)
    folded = token.casefold()
    if len(folded) < _SHORTEST_COMPOUND or not token[:1].isupper():
        return ()
    for cut in range(_SHORTEST_PART, len(folded) - _SHORTEST_PART + 1):
        tail = title_word(folded[cut:])
        if tail not in vocabulary.keys and tail not in vocabulary.heads:
            continue
        for linking in _LINKING_LETTERS:
            head = folded[:cut]
            if head.endswith(linking) and title_word(head[: len(head) - len(linking)]) in vocabulary.keys:
                return (title_word(head[: len(head) - len(linking)]), tail)
    return ()


def _run_end(
    tokens: list[Token], first: int, vocabulary: PaperVocabulary, every_word: bool, opened: bool = False
) -> int:
    """The end (exclusive) of the run of meaning words opened by a capitalised one at `first` (any one
    past a title's capitalised article, `opened`), or `first`. A lower-case word goes on a name only where
    names capitalise their first word alone ("Il Giornale del popolo"), and never a descriptor ("the
    Thai State newspaper")."""
    if first >= len(tokens) or not (opened or _capitalised(tokens[first].text)):
        return first
    if not _meanings(tokens[first].text, vocabulary):
        return first
    return run_end(
        tokens,
        first,
        vocabulary.links,
        lambda token: (
            (_capitalised(token) and bool(_meanings(token, vocabulary)))
            or (not every_word and title_word(token) in vocabulary.keys)
        ),
    )


def _rendering(
    text: str,
    tokens: list[Token],
    first: int,
    end: int,
    code: str,
    vocabulary: PaperVocabulary,
    article: ArticleWords,
    opened: bool,
) -> Rendering | None:
    run = tokens[first:end]
    content = [token.text for token in run if token.text[0].isalnum() and token.text.casefold() not in vocabulary.links]
    meanings = [meaning for word in content for meaning in _meanings(word, vocabulary)]
    paper = _paper(meanings, vocabulary, article)
    if paper is None:
        return None
    capitalised = opened or all(_capitalised(word) for word in content)
    if (code in _ALL_CAPITALISED or opens_sentence(tokens, first)) and not capitalised:
        return None  # "die letzten Nachrichten", "Tiempo global": a description
    if joined(tokens, first, _past_possessive(tokens, end), vocabulary.small, vocabulary.continuations):
        return None  # "Thai State Railway", "the People's Committee"
    if _name_goes_on(tokens, end, vocabulary) or (end < len(tokens) and tokens[end].text.casefold() in paper.country):
        return None  # "War on Want", "Freiheit und Demokratie"; "la République turque" is the state
    written = text[run[0].start : run[-1].end]
    key = title_key(written)
    real = paper.accepted | language_titles(code) | agency_titles(code)
    before = title_key(tokens[first - 1].text) if first and tokens[first - 1].text[0].isalnum() else ()
    if is_known(key, paper.accepted, code):
        return None
    namesake = is_known(key, real, code) or before + key in real
    if namesake and not _namesake_abroad(text, tokens, first, end, paper, vocabulary, article, code):
        return None  # "Il quotidiano La Verità", "Segundo o Povo, jornal de Fortaleza", "Le Matin" in Lausanne
    folded = [word.casefold() for word in content]
    if paper.country.issuperset(folded) and not _place_named(tokens, first, end, vocabulary):
        # A paper named by its place (Al-Quds, "Jerusalem"): the place is the story's, so only "the
        # Jerusalem newspaper", the place taking an article, names the paper; "a Jerusalem newspaper",
        # "Jerusalem said" and "the Jerusalem daily Al-Quds" do not.
        return None
    if not vocabulary.origins.isdisjoint(folded) and (vocabulary.origins | vocabulary.channels).issuperset(folded):
        # "Iraqi TV", "the Iraqi newspaper Al-Sabah": a word of origin describes an outlet; only "the Iraqi
        # channel" standing alone for one names it (Al-Iraqiya), as no writer of the language would.
        if not _origin_named(tokens, first, end, vocabulary) and not _framed(tokens, first, vocabulary):
            return None
    # One word, a compound too ("eine kroatische Abendzeitung berichtete"), is any sentence's word.
    elif (
        len(content) == 1
        and not _apposed(tokens, end, vocabulary)
        and (opens_sentence(tokens, first) or not _cited(tokens, first, end, vocabulary))
    ):
        return None  # "People who had never grown anything", "Das Volk hat gewählt"
    named = capitalised or not vocabulary.kinds.isdisjoint(meanings)
    if not named and not _cited(tokens, first, end, vocabulary):
        return None  # "l'État thaïlandais", "la Repubblica ceca": a phrase capitalised on its first word
    start = _own_article(tokens, first, vocabulary, paper.name)
    return Rendering(start, run[-1].end, text[start : run[-1].end], paper.name)


def _apposed(tokens: list[Token], end: int, vocabulary: PaperVocabulary) -> bool:
    """True when a descriptor in apposition follows the run, past a comma and a lower-case word or two:
    "O Guardião, outro diário nigeriano, recorda …", "The Sun, a tabloid, said …"."""
    if end >= len(tokens) or tokens[end].text != ",":
        return False
    for token in tokens[end + 1 : end + 1 + _MOST_APPOSED]:
        if token.text.casefold() in vocabulary.outlets:
            return True
        if not token.text[:1].islower():
            return False
    return False


def _origin_named(tokens: list[Token], first: int, end: int, vocabulary: PaperVocabulary) -> bool:
    """True when a word of origin stands between a definite article and a channel's noun that no name
    follows: "the Iraqi channel broadcast the match" (Al-Iraqiya), not "an Iraqi channel", "the Iraqi
    channel Al-Sharqiya" nor "the Iraqi channel's rival"."""
    if end != first + 1 or first == 0 or end >= len(tokens):
        return False
    article, noun = tokens[first - 1].text.casefold(), tokens[end].text.casefold()
    if article not in vocabulary.articles or noun not in vocabulary.channels:
        return False
    following = tokens[end + 1].text if end + 1 < len(tokens) else ""
    return not (following[:1].isupper() or following in APOSTROPHES)


def _place_named(tokens: list[Token], first: int, end: int, vocabulary: PaperVocabulary) -> bool:
    """True when a place stands as an outlet's name: after a descriptor, past an article ("le journal
    Jérusalem", "la cadena La Iraquí"; not "le journal de Jérusalem"), or after a definite article, an
    outlet's noun after it if any ("the Jerusalem newspaper", "the Palestine satellite channel"); no
    name follows (not "the Jerusalem daily Al-Quds")."""
    if first == 0:
        return False
    nouns = vocabulary.outlets | vocabulary.channels
    before = first - 1
    while before > 0 and (tokens[before].text.casefold() in vocabulary.articles or tokens[before].text in APOSTROPHES):
        before -= 1
    after = end
    if tokens[before].text.casefold() not in nouns:
        if tokens[first - 1].text.casefold() not in vocabulary.articles:
            return False
        keys = [token.text.casefold() for token in tokens[end : end + 2]]
        if keys[:1] and keys[0] in nouns:
            after = end + 1
        elif len(keys) == 2 and keys[0].isalpha() and keys[0].islower() and keys[1] in nouns:
            after = end + 2
    following = tokens[after].text if after < len(tokens) else ""
    return not (following[:1].isupper() or following in APOSTROPHES)


def _own_article(tokens: list[Token], first: int, vocabulary: PaperVocabulary, name: str) -> int:
    """Where a rendering starts: at its article when the article is capitalised within a sentence, so
    the title's own ("el diario El Día", "la rete L'Araba", "The Kingdom TV reported" after a comma);
    the fix then replaces the whole title ("el diario An-Nahar", not "el diario El An-Nahar"). A name
    that opens with its own article takes the one opening a sentence too ("The Duty recalls" is "Le
    Devoir recalls", not "The Le Devoir")."""
    elided = first > 1 and tokens[first - 1].text in APOSTROPHES  # "L'Araba"
    at = first - 2 if elided else first - 1
    if at < 0 or not (elided or tokens[first].start - tokens[at].end == 1):
        return tokens[first].start
    article = tokens[at].text
    own = name.partition(" ")[0].casefold() in words_of_every_language("articles.definite")
    if article[:1].isupper() and article.casefold() in vocabulary.articles and (own or not opens_sentence(tokens, at)):
        return tokens[at].start
    return tokens[first].start


def _namesake_abroad(
    text: str,
    tokens: list[Token],
    first: int,
    end: int,
    paper: Paper,
    vocabulary: PaperVocabulary,
    article: ArticleWords,
    code: str,
) -> bool:
    """True when a real title of the language names a foreign paper of the same meaning. Arabic titles
    are common words ("The Day", "The Morning", "The Centre"), and MT writes them as the namesakes the
    article's language already prints ("el diario El Día" for An-Nahar). So the title must be cited
    ("el diario El Día", "il sito Il Centro") in a paragraph that names no place whose press writes the
    language, and either its descriptor names the paper's country ("le quotidien irakien Le Matin") or
    the story is set there: the article names that country three times at least and three times as
    often as any such place (a story from Rome on Egypt that cites la Repubblica is Rome's)."""
    home, _ = press_places(code)
    if not _cited(tokens, first, end, vocabulary) or ArticleWords((text,)).meet(home):
        return False
    described = {token.text.casefold() for token in tokens[max(0, first - _MOST_BEFORE) : first]}
    if not paper.country.isdisjoint(described):
        return True
    there = article.tally(set(paper.country))
    return there >= _STORY_MENTIONS and article.tally(home) * _STORY_MENTIONS <= there


def _paper(meanings: list[str], vocabulary: PaperVocabulary, article: ArticleWords) -> Paper | None:
    """The one paper whose every slot the `meanings` fill, with no word left over, in an article that
    names its country; None when no paper or several do. Of several, the one whose name has the most
    slots wins: a word naming a paper may fill a slot or stand beside the title ("Nouvelle Gazette" is
    Novaya Gazeta, not Izvestia, "Nouvelles", with a descriptor)."""
    candidates = set().union(*(vocabulary.keys.get(meaning, ()) for meaning in meanings))
    found = []
    for index in candidates:
        paper = vocabulary.papers[index]
        words_of = frozenset().union(*paper.slots)
        if not all(meaning in words_of or meaning in vocabulary.heads for meaning in meanings):
            continue
        if all(not slot.isdisjoint(meanings) for slot in paper.slots) and article.meet(set(paper.country)):
            found.append(paper)
    most = max((len(paper.slots) for paper in found), default=0)
    found = [paper for paper in found if len(paper.slots) == most]
    return found[0] if len(found) == 1 else None


def _name_goes_on(tokens: list[Token], end: int, vocabulary: PaperVocabulary) -> bool:
    """True when a word joining names and a capitalised one follow the run: a longer name ("War on Want").
    Where every noun is capitalised only a word that links names counts ("Freiheit und Demokratie"),
    never an article before the sentence's next noun ("… Nachrichtenagentur den Rücktritt")."""
    if end + 1 >= len(tokens) or not tokens[end + 1].text[:1].isupper():
        return False
    following = tokens[end].text.casefold()
    if vocabulary.nouns_capitalised:
        return following in vocabulary.name_links or following in vocabulary.continuations
    return following in vocabulary.small


def _past_possessive(tokens: list[Token], end: int) -> int:
    """Past a possessive "'s" after the run: what follows it belongs to the name ("People's Committee")."""
    if end + 1 < len(tokens) and tokens[end].text in "'’" and tokens[end + 1].text == "s":
        return end + 2
    return end


def _cited(tokens: list[Token], first: int, end: int, vocabulary: PaperVocabulary) -> bool:
    """True when a descriptor, a citation frame or a verb papers do stands next to the run: before it,
    past its article ("laut der …", "the daily …"), or right after it ("… reported", "… zufolge")."""
    keys = _words_before(tokens, first, vocabulary)
    if len(keys) > 1 and keys[-1] in vocabulary.homes and keys[-2] in vocabulary.cues:
        return True  # "il quotidiano marathi Mattino", "le journal érythréen Nouvelle Érythrée"
    if keys and keys[-1] in vocabulary.cues:
        return True
    if _framed(tokens, first, vocabulary):
        return True
    if vocabulary.nouns_capitalised:
        return False  # "Das Volk schrieb Geschichte"
    after = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    if after < len(tokens) and tokens[after].text in vocabulary.verb_adverbs:
        after += 1  # "The Duty also recalls"
    return after < len(tokens) and tokens[after].text.casefold() in vocabulary.cues_after


def _words_before(tokens: list[Token], first: int, vocabulary: PaperVocabulary) -> list[str]:
    """The casefolded words before the run, past its article, elided too ("la rete L'Araba"), or a
    quote, never past a full stop. One more token back than a cue may stand: a word of the paper's home
    may stand between the descriptor and the title."""
    keys = [token.text.casefold() for token in tokens[max(0, first - _MOST_BEFORE - 1) : first]]
    while keys and (keys[-1] in vocabulary.links or keys[-1] in _OPENING or keys[-1] in APOSTROPHES):
        keys.pop()
    return keys


def _framed(tokens: list[Token], first: int, vocabulary: PaperVocabulary) -> bool:
    """True when a citation frame stands right before the run ("according to the …", "a déclaré au …")."""
    keys = _words_before(tokens, first, vocabulary)
    return any(tuple(keys[len(keys) - len(frame) :]) == frame for frame in vocabulary.frames if len(frame) <= len(keys))


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()
