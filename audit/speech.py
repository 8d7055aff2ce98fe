"""Speech left in another language: „Biz heç nəyi gizlətmirik.“ or "Maraming salamat po!" in an article.

Why a path of its own: `untranslated` and audit/strangers.py leave quoted words alone, since titles,
slogans and mottos are quoted in their language on purpose. But a translation that keeps what a speaker
said in the source language, with no translation beside it, leaves the reader a quotation they cannot
read ("Asked whether he understood, he answered: "Kaltės nepripažįstu.""). A quotation is judged here
only when it stands as speech — it ends a sentence or a clause inside its marks, follows a colon, or
is followed by a comma and a reporting verb — and only when no translation stands beside it: a
quotation glossed in brackets or after a dash (« Sto lat » (« cent ans »)), or inside brackets itself,
is a source quote kept on purpose. Its words must rule the document language out on their own: not one
is a word the language data lists or the article writes elsewhere, and its frequency list holds at most
one in three of them; then langdetect must name another language than the document's.
English is judged only in a sentence said (ending inside its marks or before a reporting verb) or a
clause cited (six words or more, opening in lower case: « the state has a legitimate interest… »), five
words or more mostly in lower case, English by a function word or by words all far more frequent in
English, and named English by langdetect (`_english_said`): pages keep English slogans and titles
untranslated on purpose, but a French article from English that leaves an official's words in English
("« This is a preventable disease », a-t-elle insisté") left them untranslated.

An exclamation or a short sentence said aloud and left bare is judged the same way ("Wreszcie coś
nowego! exclamó una jubilada.", "Dann sagte sie: Asante sana, Berlin!"): audit/strangers.py asks three
words of a short segment the frequency list lacks, since two are a name or a dish, but a sentence of
its own, or one a colon introduces, that ends with "!" — or holds no more than `MAX_BARE_WORDS` words —
is said, not named. Languages wordfreq and langdetect lack (Tagalog, Yoruba, Wolof, Malagasy) are
found by their words alone: langdetect need only rule the document language out, whatever it names.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.language import LanguageGuess
from audit.languages import words as words_of
from audit.prose import WORD, LazyPattern
from audit.strangers import LEFT_IN, QUOTATION, Strangers
from audit.word_frequency import zipf_table
from audit.word_languages import frequencies

MIN_WORDS = 2
"""The words (names aside) a quotation needs: one word is an exclamation or a term ("Smacznego")."""
MIN_SPOKEN_WORDS = 6
"""The words that make a quotation a clause said, not a title or a motto, wherever it stands: a motto
of four is common (« Lisboa, menina e moça »), a title of six in another language rare."""
MIN_ENGLISH_WORDS = 5
"""The words an English quotation needs to be judged: shorter ones are slogans and catchphrases pages keep
in English on purpose ("Yes we can", "I can't breathe")."""
MIN_ENGLISH_HITS = 1
"""The English function words that, with langdetect, make such a quotation English without its
frequencies."""
MIN_SAID_HITS = 2
"""The function words of another language that, with langdetect, make a quotation said that language's
whatever its other words (`_said_in`)."""
MAX_BARE_WORDS = 5
"""The most words a bare sentence not ending in "!" may hold to be judged here (longer ones are
langdetect's, in `untranslated`): "Misaotra tompoko." closing an interview."""
MIN_COMMON_ZIPF = 4.0
"""How common (once in 100,000 words) a word must be in the document language's frequency list to count
as its own whatever other lists say (`_common`)."""
MIN_UNKNOWN_WORDS = 4
"""The words, none of them the document language's, that need langdetect only to rule it out."""
MIN_UNKNOWN_CONFIDENCE = 0.3
"""The langdetect probability those need: its first answer, however split."""
# The last word before a quotation's opening mark, spaces and a colon or comma between.
_LAST_WORD = LazyPattern(r"(\p{L}[\p{L}\p{M}]*)[ \t\u00a0\u202f]*[:,]?[ \t\u00a0\u202f]*$")
KEPT_IN = "la"
"""The language whose mottos and maxims articles quote on purpose, in every language: Latin."""
MIN_CONFIDENCE = 0.7
"""The langdetect probability needed: the words have already ruled the document language out."""
SAID_ENDS = ".!?…"
"""The marks that end a sentence said aloud."""
GLOSS_OPENERS = '([–—-„“«»"'
"""What opens a translation right after a quotation: a bracket, a dash or another quotation."""
GLOSS_REACH = 12
"""How far after a quotation a bracket, a dash or another quotation may open its translation."""


def foreign_quotations(text: str, strangers: Strangers) -> Iterator[tuple[int, int, LanguageGuess]]:
    """The (start, end, guess) of each quotation of `text` in another language than the document's,
    quoted as speech and left without a translation; the span is the quotation's words, marks aside."""
    if not any(mark in text for mark in '„“«»"'):
        return  # the common case: no quotation
    titles = words_of(strangers.language, "quotes.title_openers")
    tongues, written = words_of(strangers.language, "ui.tongues"), words_of(strangers.language, "quotes.written_in")
    for match in QUOTATION.finditer(text):
        if match.group()[0] in "*_":
            continue  # italics: a term or a proverb, set apart on purpose
        before = _LAST_WORD.compiled.search(text, 0, match.start())
        if before is not None and before.group(1).casefold() in titles:
            continue  # a title named in its language ("un spectacle intitulé « Um museu vivo … »")
        if before is not None and before.group(1).casefold() in tongues and _written_in(text, before.start(), written):
            continue  # an inscription in the language it names ("escrito en valenciano: «Cuidar és…»")
        start, end = match.start() + 1, match.end() - 1
        inner = text[start:end]
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip())
        if start >= end:
            continue
        content = _content(text[start:end])
        if len(content) < MIN_SPOKEN_WORDS and not _spoken(
            text, match.start(), match.end(), text[start:end], strangers.language
        ):
            continue
        if _glossed(text, match.start(), match.end()):
            continue
        # A quotation of a clause's length that opens in lower case is a clause cited inside the sentence
        # (a ruling, a statement), whatever follows it: a title or a slogan opens with a capital, and
        # slogans kept on purpose are shorter (« the state has a legitimate interest in sustainable
        # funding », tout en rappelant…).
        cited = len(content) >= MIN_SPOKEN_WORDS and content[0][0].islower()
        said = cited or _said(text, match.end(), text[start:end], strangers.language)
        guess = _language(text[start:end], content, strangers, said, said or _introduced(text, match.start()))
        if guess is not None:
            yield start, end, guess


# The two words before a language's name: a participle of writing and its preposition ("escrito en").
_WRITTEN_IN = LazyPattern(r"(\p{L}+)[ \t\u00a0]+\p{L}{1,3}[ \t\u00a0]+$")


def _written_in(text: str, tongue: int, written: frozenset[str]) -> bool:
    """True when the language named at `tongue` is the one a text is written in ("escrito en valenciano",
    "written in Welsh"): an inscription, a motto or a sign quoted in it on purpose. Speech said in a
    language ("a-t-elle ajouté en anglais : « … »") is still the translator's to render."""
    found = _WRITTEN_IN.compiled.search(text, max(0, tongue - 40), tongue)
    return found is not None and found.group(1).casefold() in written


def foreign_exclamations(
    text: str, sentences: list[tuple[int, int]], strangers: Strangers
) -> Iterator[tuple[int, int, LanguageGuess]]:
    """The (start, end, guess) of each bare exclamation or short sentence of `sentences` in another
    language: the whole sentence, or what follows its last colon."""
    for start, end in sentences:
        colon = text.rfind(": ", start, end)
        if colon >= 0:
            start = colon + 1
        # An exclamation runs to its mark, a speech tag in lower case may follow ("Salamat po! a girl said").
        exclaimed = text.find("! ", start, end)
        if exclaimed >= 0 and text[exclaimed + 2 : exclaimed + 3].islower():
            end = exclaimed + 1
        segment = text[start:end].strip()
        # A sentence said aloud: a capital first, its own mark last ("good::" ends a garbled line).
        said = len(segment) > 1 and segment[-1] in SAID_ENDS and segment[:-1].rstrip()[-1:].isalpha()
        if not said or not segment[0].isupper() or QUOTATION.search(segment):
            continue
        start = text.index(segment, start)
        content = _content(segment)
        if not segment.rstrip().endswith("!") and len(content) > MAX_BARE_WORDS:
            continue
        guess = _language(segment, content, strangers)
        if guess is not None:
            yield start, start + len(segment), guess


def _common(word: str, language: str, table: dict[str, float]) -> bool:
    """True when `word` is common in the document language, or on its list and on no other list more
    often: the lists hold rarer words of every language ("sana" in German is Indonesian's and Tagalog's,
    "hindi" in English Tagalog's), but "wrongdoing" is English's alone."""
    zipf = table.get(word, 0.0)
    if zipf >= MIN_COMMON_ZIPF:
        return True
    if not zipf:
        return False
    return max((value for code, value in frequencies(word).items() if code != language), default=0.0) <= zipf


def _content(segment: str) -> list[str]:
    """The words of a segment that are no names: the first, and those in lower case after it."""
    words = [word for word in WORD.findall(segment) if not word[0].isdigit()]
    return [word for index, word in enumerate(words) if index == 0 or word[0].islower()]


def _spoken(text: str, opening: int, closing: int, inner: str, language: str) -> bool:
    """True when the quotation stands as speech: it ends a sentence or a clause inside its marks, a
    colon introduces it, or a comma and a reporting verb follow it (« Kami kewalahan », dit-elle)."""
    return _introduced(text, opening) or _said(text, closing, inner, language)


def _introduced(text: str, opening: int) -> bool:
    """True when a colon introduces the quotation opening at `opening`."""
    return text[:opening].rstrip().endswith(":")


def _said(text: str, closing: int, inner: str, language: str) -> bool:
    """True when a quotation ends a sentence or a clause inside its marks, or a comma and a reporting verb
    follow it: what someone said, where a colon may also introduce a sign or a slogan ("on lisait : «
    Keep calm and carry on »")."""
    if inner[-1] in SAID_ENDS + ",":
        return True
    after = text[closing:].lstrip()
    if not after.startswith(","):
        return False
    following = WORD.search(after)
    return following is not None and following.group().casefold() in words_of(language, "names.reporting")


def _glossed(text: str, opening: int, closing: int) -> bool:
    """True when a translation stands beside the quotation: a bracket, a dash or another quotation opens
    right after it, or brackets enclose it."""
    before = text[:opening].rstrip()[-1:]
    after = text[closing : closing + GLOSS_REACH].lstrip(" \t\u00a0,:")
    return before in ("(", "[") or (after != "" and after[0] in GLOSS_OPENERS)


def _language(
    segment: str, content: list[str], strangers: Strangers, said: bool = False, spoken: bool = False
) -> LanguageGuess | None:
    """The language of a segment whose words (`content`, names aside) the document language does not
    write, else None: one word in three may be common in it or listed by its data, since short words are
    on every list ("ci", "nan", "o"). English counts only in a sentence `said` (`_english_said`). A
    quotation `spoken` (said, or introduced by a colon) whose function words are another language's
    counts whatever its other words (`_said_in`)."""
    if len(content) < MIN_WORDS:
        return None
    # English is judged only in a sentence said: a colon introduces English slogans kept on purpose
    # ("on lisait : « Keep calm and carry on »").
    if spoken and (code := _said_in(segment, content, strangers)) is not None and (said or code != LEFT_IN):
        detected = strangers.identifier.detect_rival(segment, strangers.language, MIN_CONFIDENCE)
        if detected is not None and detected.code == code and detected.confidence >= MIN_CONFIDENCE:
            return detected
    folded = [word.casefold() for word in content]
    # The words the language's data lists first: they rule out nearly every segment before the article's
    # words are counted and its frequency list, 30,000 words, is loaded (issue 9).
    if sum(map(strangers.listed, content)) > len(folded) // 3:
        return None
    # English's function words are common in every language's frequency list ("this", "is"): a sentence
    # said in English is judged by its own signs (`_english_said`) before that list is read.
    if said and _english_said(segment, content, strangers):
        detected = strangers.identifier.detect_rival(segment, strangers.language, MIN_CONFIDENCE)
        if detected is not None and detected.code == LEFT_IN and detected.confidence >= MIN_CONFIDENCE:
            return detected
    table = zipf_table(strangers.language)
    if table is None:
        return None
    common = [
        word
        for word, original in zip(folded, content, strict=True)
        if strangers.own(original, folded.count(word)) or _common(word, strangers.language, table)
    ]
    if len(common) > len(folded) // 3 or len(folded) - len(common) < MIN_WORDS:
        return None
    kept = words_of(KEPT_IN, "kept.words")
    if sum(word in kept for word in folded) * 2 > len(folded):
        return None  # a Latin motto or maxim, quoted on purpose ("Veni, vidi, vici.")
    # Four words or more none of which the language writes rule it out on their own: langdetect, which
    # splits a language it lacks between several (Malagasy: Tagalog 0.43), need only not name it.
    minimum = MIN_UNKNOWN_CONFIDENCE if not common and len(folded) >= MIN_UNKNOWN_WORDS else MIN_CONFIDENCE
    detected = strangers.identifier.detect_rival(segment, strangers.language, minimum)
    if detected is None or detected.code in (strangers.language, LEFT_IN) or detected.confidence < minimum:
        return None
    return detected


def _said_in(segment: str, content: list[str], strangers: Strangers) -> str | None:
    """The language of a quotation said, by its function words: `MIN_ENGLISH_WORDS` words or more, most
    in lower case, `MIN_SAID_HITS` function words of one language and none of the document's ("Le Niger
    ne bradera plus son uranium," Dan Malam said). The word tests of `_language` miss it: a quotation
    about the story shares its words ("uranium"), and false friends ("son", "plus") are common words of
    the document language. Latin mottos stay the page's choice."""
    if not _sentence_said(content):
        return None
    hits = strangers.identifier.hits(segment)
    if hits.get(strangers.language, 0):
        return None
    code, count = max(sorted(hits.items()), key=lambda item: item[1], default=("", 0))
    return code if count >= MIN_SAID_HITS and code != KEPT_IN else None


def _sentence_said(content: list[str]) -> bool:
    """True when a quotation's words (names aside) are a sentence, not a slogan or a title: `MIN_ENGLISH_WORDS`
    words or more, most of them in lower case."""
    lower = sum(word[0].islower() for word in content)
    return len(content) >= MIN_ENGLISH_WORDS and lower * 2 > len(content)


def _english_said(segment: str, content: list[str], strangers: Strangers) -> bool:
    """True for an English quotation that is a sentence someone said, not a slogan or a title kept in
    English on purpose: `MIN_ENGLISH_WORDS` words or more, most in lower case, English by its function
    words or by words all far more frequent in English ("This is a preventable disease", a-t-elle
    insisté), where "Black Lives Matter" and "Keep Calm and Carry On" are names."""
    if not _sentence_said(content):
        return False
    return (
        strangers.identifier.hits(segment).get(LEFT_IN, 0) >= MIN_ENGLISH_HITS or strangers.leaning(content) == LEFT_IN
    )
