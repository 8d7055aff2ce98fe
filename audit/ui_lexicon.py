"""The interface lexicon of news pages: the `ui` tables of every shipped language, merged for lookups.

Why every language at once: a scraper keeps the furniture of the site it read, so a German "Werbung"
or an Arabic share bar turns up in a French translation. Lookups compare *keys*: the words of a line,
casefolded, without numbers, punctuation, Arabic short vowels or tatweel, so "Comments (3)",
"COMMENTS:" and "comments" are one key, and "اقرأ أيضاً" matches "اقرأ أيضا".
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import NamedTuple

from audit.cache import cached
from audit.glossary.literals import MIN_SCREEN_PIECE, fold, required_literals, required_prefixes
from audit.glossary.tokens import fold_each
from audit.languages import Language, language, shipped_codes, shipped_files
from audit.pattern_store import IGNORECASE, compiled
from audit.prose import LazyPattern

TOKEN = LazyPattern(r"[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*")
"""A word of an interface label; unlike prose.WORD it keeps hyphens inside ("E-Mail", "Mots-clés")."""

NUMBER = LazyPattern(r"^\d+[kKmM]?$")
"""A count on a widget ("0", "12", "3K")."""

# NUMBER over words joined one a line: finds every count of a line in one search, where a search per
# word cost a Python call each (262,000 calls on a 1 MB bench, issue 9).
_NUMBER_LINES = LazyPattern(r"(?m)^\d+[kKmM]?$")

BRAND = "*"
"""Stands for any share-bar brand in a phrase key."""
MIN_LOOSE_WORDS = 3
MAX_LOOSE_LINE = 12
"""Longer lines are prose: they are never matched loosely."""
MAX_EXTRA_WORDS = 2
MIN_SWAP_WORDS = 5
MAX_INFLECTED_WORDS = 4
"""Longer lines are never read back to the bases of their words (a phrase listed in the singular)."""
MIN_BASE_LETTERS = 3
SWAPPED = MAX_EXTRA_WORDS
"""A long phrase with one word changed ("This video is for subscribers only") counts as two extra words."""
PAIR_AND_MORE = MAX_EXTRA_WORDS + 1
"""A two-word phrase with more words: a hint only, and none when a name follows ("Written by Helen Marsh")."""

# Arabic short vowels, dagger alef and tatweel: optional in writing, so ignored in keys.
_ARABIC_OPTIONAL: dict[int, int | None] = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])
# Hamza on or under alef is often left out in web text ("اضف" for "أضف"): one key for both.
_ARABIC_OPTIONAL.update(dict.fromkeys(map(ord, "أإآ"), ord("ا")))
# Any character of that table: a translate through a dict costs a lookup per character, so only text
# that holds one is translated (most is not Arabic).
_ARABIC_FOLDED = LazyPattern("[" + "".join(map(chr, _ARABIC_OPTIONAL)) + "]")


def token_key(token: str) -> str:
    """The comparable form of one word, made character by character (so words joined by line breaks
    give their keys joined the same way: `token_keys`, `key_of`).

    >>> token_key("Kommentare"), token_key("أيضاً"), token_key("أضف")
    ('kommentare', 'ايضا', 'اضف')
    """
    folded = token.casefold()
    if _ARABIC_FOLDED.compiled.search(folded):
        folded = folded.translate(_ARABIC_OPTIONAL)
    return folded.replace("’", "'")


def token_keys(tokens: list[str]) -> list[str]:
    """`token_key` of each word of `TOKEN.findall` (the furniture detector keys every line it reads).

    >>> token_keys(["Share", "أيضاً", "O’Brien"])
    ['share', 'ايضا', "o'brien"]
    """
    return fold_each(token_key, tokens)


def key(text: str) -> str:
    """The comparable form of a label: its words, numbers dropped, joined by single spaces.

    >>> key("» Comments (3):")
    'comments'
    """
    return key_of(TOKEN.findall(text))


def key_of(tokens: list[str]) -> str:
    """`key` of a line already split into words (by `TOKEN`: no word holds white space)."""
    joined = "\n".join(tokens)
    numbers = _NUMBER_LINES.findall(joined)
    if numbers:
        dropped = set(numbers)
        joined = "\n".join(token for token in tokens if token not in dropped)
    return token_key(joined).replace("\n", " ")


class Patterns(NamedTuple):
    """The `ui` patterns of every language (matched case-insensitively against a whole line), in order.

    Most lines are prose and match none of them, and a fullmatch per pattern and line was a quarter of
    the furniture detector's time (issue 9). What the patterns cannot match without (read by
    audit/glossary/literals.py, the glossary patterns' prefilter) settles most lines: the text a
    pattern's every match starts with ("more ", "©"), looked up by the line's first letters; else a
    literal piece it holds ("fotos"), found at C speed; a pattern with neither, or only a piece too
    short to be rare, is tried on every line. A line tries only the patterns its prefix and pieces
    index: the screen of every pattern read in Python for each line was 3.6 % of a check (issue 9).
    """

    # Each pattern's source, its label, and the folded prefixes or else pieces it cannot match without
    # (None). Sources, not compiled patterns: the disk cache keeps the lexicon, and a compiled pattern
    # in it would import regex's parser with every run (pattern_store.py builds the ones a run tries).
    entries: tuple[tuple[str, str, tuple[str, ...] | None, tuple[str, ...] | None], ...]
    # The patterns read neither way (their places in `entries`): tried on every line.
    unscreened: tuple[int, ...]
    # Each prefix and each piece → the places of the patterns it screens, and the prefixes' lengths.
    by_prefix: Mapping[str, tuple[int, ...]]
    prefix_lengths: tuple[int, ...]
    by_piece: Mapping[str, tuple[int, ...]]
    # (One `in` per piece beats one regex alternation of them, which `re` tries branch by branch.)
    pieces: tuple[str, ...]

    @classmethod
    def of(cls, patterns: list[tuple[str, str]]) -> Patterns:
        entries = []
        for source, label in patterns:
            prefixes = required_prefixes(source)
            pieces = None if prefixes is not None else required_literals(source)
            if pieces is not None and min(len(piece) for piece in pieces) < MIN_SCREEN_PIECE:
                pieces = None
            entries.append((source, label, _folded(prefixes), _folded(pieces)))
        by_prefix: dict[str, list[int]] = {}
        by_piece: dict[str, list[int]] = {}
        for index, (_, _, starts, holds) in enumerate(entries):
            for prefix in starts or ():
                by_prefix.setdefault(prefix, []).append(index)
            for piece in holds or ():
                by_piece.setdefault(piece, []).append(index)
        return cls(
            entries=tuple(entries),
            unscreened=tuple(index for index, (*_, starts, holds) in enumerate(entries) if starts is holds is None),
            by_prefix={prefix: tuple(places) for prefix, places in by_prefix.items()},
            prefix_lengths=tuple(sorted({len(prefix) for prefix in by_prefix})),
            by_piece={piece: tuple(places) for piece, places in by_piece.items()},
            pieces=tuple(sorted(by_piece)),
        )

    def label(self, line: str) -> str | None:
        """The label of the first pattern that matches the whole of `line`, or None.

        >>> lexicon().patterns.label("Updated 3 hours ago"), lexicon().patterns.label("More from Helen Marsh")
        ('en/live', 'en/author')
        """
        folded = fold(line)
        places = [place for length in self.prefix_lengths for place in self.by_prefix.get(folded[:length], ())]
        for piece in filter(folded.__contains__, self.pieces):
            places += self.by_piece[piece]
        # Each pattern is screened one way only (`of`): a place indexed is a pattern its screen lets by.
        for place in sorted({*places, *self.unscreened}) if places else self.unscreened:
            source, label, *_ = self.entries[place]
            if compiled(source, IGNORECASE).fullmatch(line):
                return label
        return None


def _folded(texts: frozenset[str] | None) -> tuple[str, ...] | None:
    return None if texts is None else tuple(sorted(map(fold, texts)))


class Lexicon(NamedTuple):
    """The `ui` data of every language, keyed for lookups; values name "<language>/<group>"."""

    phrases: Mapping[str, str]
    leads: Mapping[str, str]
    openers: Mapping[str, str]
    # The first word of every lead and opener: a line starting otherwise has neither (most lines).
    lead_words: frozenset[str]
    patterns: Patterns
    words: frozenset[str]
    sections: frozenset[str]
    home: frozenset[str]
    counters: frozenset[str]
    platforms: frozenset[str]
    stopwords: frozenset[str]
    by_word: Mapping[str, frozenset[tuple[str, ...]]]
    # Each phrase of `by_word` → its place in the order `phrase` tries them (longest first, then by
    # text): a lookup sorts candidates without a Python key function per candidate.
    rank: Mapping[tuple[str, ...], int]
    stamps: frozenset[str]
    stamp_words: frozenset[str]
    calendar: frozenset[str]
    reader: frozenset[str]
    polite: frozenset[str]
    page: frozenset[str]
    calls: frozenset[str]
    commerce: frozenset[str]
    none: frozenset[str]
    folio: frozenset[str]
    staff: frozenset[str]
    apps: frozenset[str]
    by: frozenset[str]
    roles: frozenset[str]
    # A wire's continuation marks ("segue"), contact labels ("hotline"), a rate board's words ("compra").
    continued: frozenset[str]
    contact: frozenset[str]
    rates: frozenset[str]
    # The fields of a comment form ("nombre"), which an asterisk marks as required.
    fields: frozenset[str]
    # A poster's own site in a signature ("mon blog").
    own: frozenset[str]
    # Words for reading in a reading time ("Lesezeit"), and for free in a paywall's meter ("gratuits").
    reading: frozenset[str]
    free: frozenset[str]
    # The word for "times" after a count of readings ("Letto 1.284 volte", "Read 1,284 times").
    times: frozenset[str]
    # The legal texts a form links to ("privacy policy", "Datenschutzerklärung").
    legal: frozenset[str]
    # What a consent notice asks the reader to do, beside a word for the reader ("you agree"), or in a
    # form that addresses the reader alone ("acceptez", "aceptas").
    consent: frozenset[str]
    addressed_consent: frozenset[str]
    # The reader's first person in a form's options ("my", "mich", "-moi").
    first_person: frozenset[str]
    # Names of languages, as a link to a story in another language says them ("Lire en anglais").
    tongues: frozenset[str]
    # What a site calls one of its editions or services in a language ("English edition", "Service en français").
    editions: frozenset[str]
    # The reader's inbox, and the schedule a newsletter's pitch promises it ("every Sunday", "chaque matin").
    inbox: frozenset[str]
    periodic: frozenset[str]
    # What a button does to a platform, the app or the page's topic ("watch", "öffnen"): common verbs.
    actions: frozenset[str]
    # What a copyright notice says the rights allow or forbid ("reproduction", "Nachdruck", "vietata").
    rights: frozenset[str]
    # The words for the issue of a paper or a newsletter, before its number ("Nr.", "Issue", "n.º").
    issue: frozenset[str]
    # The reactions a reader may give a story, each shown with its count ("Like", "Sad", "Not recommended").
    reactions: frozenset[str]
    # How the page's words were made, when a note says so ("machine translated", "aggregated", "DeepL").
    provenance: frozenset[str]
    # An outlet's own accounts on a platform ("channel", "canal", "Kanal"), which a call sends readers to.
    outlets: frozenset[str]
    # What a prompt of the site's app asks the reader to do on the device ("Turn on", "wischen"), and
    # what it names there ("notifications", "app", "next story"): audit/furniture_device.py.
    controls: frozenset[str]
    devices: frozenset[str]
    # The page owner's register when it speaks to its readers (audit/furniture_address.py): what it calls
    # them, itself and its service ("readers", "newsletter", "unsubscribe"), the greetings of a letter
    # ("Hello", "Liebe"), and forms of "you" that `reader` leaves out because prose uses them as often.
    owner: frozenset[str]
    greetings: frozenset[str]
    # The word of a time zone named by a place ("Cairo time", "heure de Paris", "ora italiana"): in a
    # stamp, the one word beside it is the place (audit/furniture_stamp.py).
    zones: frozenset[str]
    you: frozenset[str]
    # The label of an e-mail's sender line before the name and its protected address ("From:", "Von:").
    sender: frozenset[str]
    # The first words of the inboxes and of the legal texts: a line with none of them names neither.
    inbox_heads: frozenset[str]
    legal_heads: frozenset[str]
    # The word endings of every language (`ui.endings`), longest first: an ending and what it replaces
    # ("s" adds, "i=o" turns "articoli" into "articolo"), so a listed word matches its inflected forms.
    endings: tuple[tuple[str, str], ...]
    # Every word of a phrase of two words or more: the bases an inflected line may be read back to.
    phrase_words: frozenset[str]
    # Every word of what the page calls itself ("cet", "article").
    page_words: frozenset[str]
    # Every word of the provenance phrases: a line with none of them says nothing of its provenance.
    provenance_words: frozenset[str]
    # The first words of the reactions and the counts: a row of reactions opens with one.
    reaction_heads: frozenset[str]
    # The words of the comment widgets' phrases ("comments", "comentarios"): a count of one of them opens
    # a comment thread (audit/furniture_reply.py), a count of photos does not.
    thread_words: frozenset[str]

    def phrase(self, line_key: str) -> tuple[str, int] | None:
        """The group of the phrase a line key says, and how many words the line adds to it.

        A share-bar brand stands for any other ("Share on Mastodon" is "Share on Facebook"), a phrase
        of three words or more may take up to two more words anywhere ("Subscribe to our free weekly
        newsletter"), and one of five words or more may change one word. On short lines only.

        >>> lexicon().phrase("share on mastodon"), lexicon().phrase("sign up for our daily newsletter")
        (('en/share', 0), ('en/newsletter', 1))
        """
        if line_key in self.phrases:
            return self.phrases[line_key], 0
        tokens = line_key.split()
        slotted = " ".join(BRAND if token in self.platforms else token for token in tokens)
        if slotted in self.phrases:
            return self.phrases[slotted], 0
        if len(tokens) > MAX_LOOSE_LINE:
            return None
        candidates = sorted(
            {item for token in tokens for item in self.by_word.get(token, ())}, key=self.rank.__getitem__
        )
        for candidate in candidates:
            extra = len(tokens) - len(candidate)
            if 0 < extra <= MAX_EXTRA_WORDS and _in_order(candidate, tokens):
                # A two-word phrase with more words is only a hint ("Video unavailable right now").
                return self.phrases[" ".join(candidate)], extra if len(candidate) >= MIN_LOOSE_WORDS else PAIR_AND_MORE
            if len(candidate) >= MIN_SWAP_WORDS and extra == 0 and sum(map(str.__ne__, candidate, tokens)) == 1:
                return self.phrases[" ".join(candidate)], SWAPPED
        if 1 < len(tokens) <= MAX_INFLECTED_WORDS:
            # "Contenus sponsorisés" is the listed "Contenu sponsorisé": words read back to their base.
            based = " ".join(self.base(token, self.phrase_words) or token for token in tokens)
            if based != line_key and based in self.phrases:
                return self.phrases[based], 0
        return None

    def base(self, word: str, known: frozenset[str]) -> str | None:
        """The word of `known` that `word` inflects by one ending of `ui.endings`, or None.

        >>> lexicon().base("mailen", lexicon().words), lexicon().base("sponsorisés", lexicon().phrase_words)
        ('mail', 'sponsorisé')
        """
        for ending, replaced in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_BASE_LETTERS:
                candidate = word[: len(word) - len(ending)] + replaced
                if candidate in known:
                    return candidate
        return None

    def is_label_word(self, token: str) -> bool:
        """True for a word that names an interface action, object or count ("verfassen" is not, "Kommentar" is)."""
        folded = token_key(token)
        return folded in self.words or folded in self.counters or folded in self.platforms

    def is_interface_word(self, token: str) -> bool:
        """True for a word of an interface label or a count ("Share", "Tweet", "12")."""
        folded = token_key(token)
        return NUMBER.search(token) is not None or folded in self.words or folded in self.platforms


# The word lists of languages/<code>/ui.toml (see languages/en/ui.toml) merged over every language: the
# Lexicon field and the key it is read from. Any other ui key is a typo.
_WORD_LISTS = {
    "words": "ui.words",
    "sections": "ui.sections",
    "home": "ui.home",
    "counters": "ui.counters",
    "platforms": "ui.platforms",
    "stopwords": "function_words",
    "stamps": "ui.stamps",
    "calendar": "ui.calendar",
    "reader": "ui.reader",
    "polite": "ui.polite",
    "page": "ui.page",
    "calls": "ui.calls",
    "commerce": "ui.commerce",
    "none": "ui.none",
    "folio": "ui.folio",
    "staff": "ui.staff",
    "apps": "ui.apps",
    "by": "ui.by",
    "roles": "ui.roles",
    "continued": "ui.continued",
    "contact": "ui.contact",
    "rates": "ui.rates",
    "fields": "ui.fields",
    "own": "ui.own",
    "reading": "ui.reading",
    "free": "ui.free",
    "times": "ui.times",
    "legal": "ui.legal",
    "consent": "ui.consent",
    "addressed_consent": "ui.addressed_consent",
    "first_person": "ui.first_person",
    "tongues": "ui.tongues",
    "editions": "ui.editions",
    "inbox": "ui.inbox",
    "periodic": "ui.periodic",
    "actions": "ui.actions",
    "rights": "ui.rights",
    "issue": "ui.issue",
    "reactions": "ui.reactions",
    "provenance": "ui.provenance",
    "outlets": "ui.outlets",
    "controls": "ui.controls",
    "devices": "ui.devices",
    "owner": "ui.owner",
    "greetings": "ui.greetings",
    "zones": "ui.zones",
    "you": "ui.you",
    "sender": "ui.sender",
}
_LISTS = frozenset(dotted for dotted in _WORD_LISTS.values() if dotted.startswith("ui.")) | {"ui.endings"}
MAX_LEAD_WORDS = 7
"""The longest lead or opener, in words ("La suite de cet article est réservée"): a line's first words
are read this far for one, and `problems` refuses a longer one, which would never match."""
_GROUP_LISTS = frozenset({"phrases", "leads", "openers", "patterns", "examples", "silent"})


def problems(loaded: Language) -> list[str]:
    """What is wrong with the `ui` keys of one language (one line each, the caller names the folder):
    unknown keys, lists that are not lists of strings, patterns that do not compile, phrases without words.

    >>> for line in problems(Language("xx", {"ui.share.phrase": ["Share"], "ui.ads.leads": ["…"]})):
    ...     print(line)
    ui.ads.leads: '…' has no word to match
    ui.share.phrase: unknown key (see languages/en/ui.toml for the known ones)
    >>> problems(Language("xx", {"ui.ads.openers": ["one two three four five six seven eight"]}))
    ["ui.ads.openers: 'one two three four five six seven eight' is longer than 7 words, and would never match"]
    """
    import regex

    found: list[str] = []
    for dotted, values in sorted(loaded.data.items()):
        if not dotted.startswith("ui."):
            continue
        known = dotted in _LISTS or (dotted.count(".") == 2 and dotted.rsplit(".", 1)[1] in _GROUP_LISTS)
        if not known:
            found.append(f"{dotted}: unknown key (see languages/en/ui.toml for the known ones)")
            continue
        if not isinstance(values, list) or not all(isinstance(value, str) and value.strip() for value in values):
            found.append(f"{dotted}: must be a list of non-empty strings")
            continue
        for number, value in enumerate(values, start=1):
            if dotted.endswith(".patterns"):
                try:
                    regex.compile(value)
                except regex.error as error:
                    found.append(f"{dotted}: pattern {number} does not compile: {error}")
            elif dotted == "ui.endings":
                if not _ENDING.compiled.fullmatch(value):
                    found.append(f'{dotted}: {value!r} is not an ending ("s") or an ending and its base ("i=o")')
            elif not dotted.endswith((".examples", ".silent")) and not key(value):
                found.append(f"{dotted}: {value!r} has no word to match")
            elif dotted.endswith((".leads", ".openers")) and len(key(value).split(" ")) > MAX_LEAD_WORDS:
                found.append(f"{dotted}: {value!r} is longer than {MAX_LEAD_WORDS} words, and would never match")
    return found


_ENDING = LazyPattern(r"[^\W\d_]{1,4}(?:=[^\W\d_]{0,3})?")


def _endings(values: set[str]) -> tuple[tuple[str, str], ...]:
    """`ui.endings` merged: ("i", "o") for "i=o", ("s", "") for "s"; longest ending first."""
    pairs = {tuple(value.casefold().split("=", 1)) if "=" in value else (value.casefold(), "") for value in values}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))  # type: ignore[arg-type]


def _in_order(phrase: tuple[str, ...], tokens: list[str]) -> bool:
    """True when the words of `phrase` appear in `tokens` in order (other words may stand between)."""
    remaining = iter(tokens)
    return all(word in remaining for word in phrase)


def _keys(values: object) -> set[str]:
    return {key(value) for value in values} if isinstance(values, list) else set()  # type: ignore[misc]


@functools.cache
def lexicon() -> Lexicon:
    """Merge the shipped `ui` tables once per process (and keep the result in the disk cache)."""
    return cached("ui-lexicon", shipped_files(), _merge)


def _own_words(phrases: dict[str, str], group: str) -> frozenset[str]:
    """The words of the phrases of `group` ("/comments") that no phrase of another group says ("comments",
    not "article" of "Comment on this article" and "Print this article")."""
    words: dict[bool, set[str]] = {True: set(), False: set()}
    for item, label in phrases.items():
        words[label.endswith(group)].update(item.split())
    return frozenset(words[True] - words[False])


def _merge() -> Lexicon:
    phrases: dict[str, str] = {}
    leads: dict[str, str] = {}
    openers: dict[str, str] = {}
    patterns: list[tuple[str, str]] = []
    # The word lists merged over every language: the Lexicon field and the key it is read from. Polite
    # forms stay as written (German "Ihr" is polite, "ihr" is not); the others are keyed.
    lists: dict[str, set[str]] = {field: set() for field in _WORD_LISTS}
    endings: set[str] = set()
    for code in shipped_codes():
        data = language(code).data
        endings |= set(data.get("ui.endings", ()))
        for field, dotted in _WORD_LISTS.items():
            lists[field] |= set(data.get(dotted, ())) if field == "polite" else _keys(data.get(dotted))
        for dotted, values in sorted(data.items()):
            if not dotted.startswith("ui.") or dotted.count(".") != 2:
                continue
            _, group, field = dotted.split(".")
            label = f"{code}/{group}"
            target = {"phrases": phrases, "leads": leads, "openers": openers}.get(field)
            if target is not None:
                for item in _keys(values):
                    target.setdefault(item, label)
            elif field == "patterns":
                patterns.extend((source, label) for source in values)
    for item, label in list(phrases.items()):
        slotted = " ".join(BRAND if token in lists["platforms"] else token for token in item.split())
        phrases.setdefault(slotted, label)
    by_word: dict[str, set[tuple[str, ...]]] = {}
    for item in phrases:
        words_of_item = tuple(item.split())
        if BRAND not in words_of_item and len(words_of_item) >= 2:
            for word in words_of_item:
                by_word.setdefault(word, set()).add(words_of_item)
    return Lexicon(
        phrases=phrases,
        leads=leads,
        openers=openers,
        lead_words=frozenset(item.split(" ")[0] for item in (*leads, *openers)),
        patterns=Patterns.of(patterns),
        by_word={word: frozenset(items) for word, items in by_word.items()},
        rank={
            item: place
            for place, item in enumerate(sorted(set().union(*by_word.values()), key=lambda item: (-len(item), item)))
        },
        stamp_words=frozenset(word for stamp in lists["stamps"] for word in stamp.split()),
        endings=_endings(endings),
        phrase_words=frozenset(word for item in phrases if " " in item for word in item.split()),
        page_words=frozenset(word for item in lists["page"] for word in item.split()),
        provenance_words=frozenset(word for item in lists["provenance"] for word in item.split()),
        reaction_heads=frozenset(item.split(" ")[0] for item in lists["reactions"] | lists["counters"]),
        thread_words=_own_words(phrases, "/comments") - lists["stopwords"],
        inbox_heads=frozenset(item.split(" ")[0] for item in lists["inbox"]),
        legal_heads=frozenset(item.split(" ")[0] for item in lists["legal"]),
        **{field: frozenset(values) for field, values in lists.items()},
    )
