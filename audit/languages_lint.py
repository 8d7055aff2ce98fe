"""Lint the language data: shapes of the known keys, words claimed twice, and lists against clean prose.

Why a linter: the lists in languages/<code>/*.toml steer several rules at once, so a slip there is a
silent change of behaviour elsewhere. The checks: every file loads and no key is defined twice in one
language; every key is a known one with the right shape (a typo would otherwise be ignored); a word
listed as evidence for two languages is reported (it is evidence for neither, so it is dead data or a
mistake: "de" is Dutch, Romanian, French…); and, given a clean corpus (folders named by language),
no clean paragraph that function words decide is decided for another language, and no word of the
clean prose is taken for two fused words (such a word belongs in the lexicon).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from audit.idiom_lint import lint as idiom_problems
from audit.languages import Language, read_folder
from audit.resources import shipped_languages_dir
from audit.transliteration import fold
from audit.ui_lexicon import problems as ui_problems

_WORD_LISTS = (
    "function_words",
    "labels.photo",
    "labels.source",
    "abbreviations.titles",
    "abbreviations.words",
    "abbreviations.numbering",
    "repeats.grammatical",
    "repeats.droppable",
    "order.relational",
    "order.nominal",
    "order.determiners",
    "order.after",
    "order.demonyms",
    "order.verbs",
    "repeats.relative",
    "repeats.conjunctions",
    "pronouns.inverted",
    "articles.definite",
    "articles.indefinite",
    "articles.elided",
    "articles.elisions",
    "numbers.units",
    "numbers.tens",
    "numbers.scale_words",
    "numbers.percent_words",
    "numbers.spelled_spans",
    "numbers.foreign_grouping",
    "numbers.counted",
    "numbers.measure_units",
    "numbers.count_adjectives",
    "lexicon.words",
    "lexicon.grammatical",
    "lexicon.prefixes",
    "lexicon.compound_ends",
    "lexicon.contractions",
    "lexicon.inclusive_endings",
    "lexicon.fused_articles",
    "lexicon.fused_links",
    "lexicon.plural_endings",
    "lexicon.singular_endings",
    "punctuation.spaced_before",
    "names.titles",
    "names.roles",
    "names.particles",
    "names.openers",
    "names.place_words",
    "names.accented_letters",
    "names.inflections",
    "names.reporting",
    "quotes.title_openers",
    "quotes.written_in",
    "quotes.regional_words",
    "names.according",
    "names.family_names",
    "names.given_names",
    "media.descriptors",
    "media.cited_before",
    "media.cited_after",
    "media.nationalities",
    "honorifics.courtesy",
    "honorifics.esteem",
    "honorifics.offices",
    "honorifics.roles",
    "honorifics.not_names",
    "honorifics.person_after",
    "official.names",
    "official.heads",
    "official.common",
    "official.endings",
    "official.synonyms",
    "official.demonym_endings",
    "official.mirrored_heads",
    "official.compound_heads",
    "official.linking",
    "official.shape.bodies",
    "official.shape.before",
    "official.shape.after",
    "official.shape.tails",
    "official.shape.home",
    "official.shape.abroad",
    "official.shape.places",
    "official.shape.glossed",
    "official.shape.conjunctions",
    "official.shape.lowered_after",
    "official.shape.fronted",
    "official.shape.head_first",
    "official.shape.generic",
    "official.shape.kept",
    "official.shape.actions",
    "official.shape.enterprises",
    "media.title_descriptors",
    "media.title_heads",
    "media.title_words",
    "media.title_markers",
    "media.home_nationalities",
    "media.descriptors_after",
    "media.framed_descriptors",
    "media.demonym_endings",
    "media.verb_endings",
    "media.places",
    "media.qualifiers",
    "media.connectors",
    "media.titles",
    "media.masthead_words",
    "media.leading_adjectives",
    "media.home_places",
    "media.press_abroad",
    "media.abroad_descriptors",
    "media.agency_heads",
    "media.agency_weak_heads",
    "media.agency_words",
    "media.paper_verbs",
    "media.channel_marks",
    "media.origin_words",
    "media.described_channels",
    "media.name_links",
    "media.channel_cues",
    "media.verb_adverbs",
    "kept.words",
    "valency.adverbs",
    "valency.not_after",
)
_PAIRS = {
    "names.respellings": "[written, rendered]",
    "names.gender_endings": "[masculine, feminine]",
    "media.agency_inflections": "[ending, inflected ending]",
    "official.regions": "[country, its cities and regions]",
}
_SCALARS: dict[str, type] = {
    "names.order_abroad": str,
    "names.syllable": str,
    "numbers.grouping": str,
    "numbers.decimal": str,
    "numbers.thousand": str,
    "numbers.space_grouping": bool,
    "numbers.percent_space": bool,
    "media.nationalities_capitalised": bool,
    "numbers.hyphenated_compounds": bool,
    "quotes.spaced_inside": bool,
    "quotes.straight": bool,
    "quotes.nested_only": bool,
    "quotes.regional_absent": str,
    "alphabet.letters": str,
    "alphabet.marks": str,
    "lexicon.compounds": bool,
    "lexicon.split_content_words": bool,
    "lexicon.unlisted_pairs": bool,
    "lexicon.final_accents": bool,
    "honorifics.lowercase_offices": bool,
    "honorifics.title_case_headlines": bool,
    "media.modifiers_first": bool,
}
# Keys another module owns and lints (the UI lexicon of page furniture: audit/ui_lexicon.py).
_FOREIGN_PREFIXES = ("ui.",)


def lint(root: Path | None = None, clean: Path | None = None) -> list[str]:
    """Every problem of the language folders under `root` (default: the shipped ones), one line each."""
    root = root or shipped_languages_dir()
    problems: list[str] = []
    languages: list[Language] = []
    for folder in sorted(path for path in root.iterdir() if path.is_dir()):
        loaded, read_problems = read_folder(folder)
        problems.extend(read_problems)
        problems.extend(f"{folder}: {problem}" for problem in _shape_problems(loaded))
        problems.extend(f"{folder}: {problem}" for problem in ui_problems(loaded))
        languages.append(loaded)
    problems.extend(_claimed_twice(root, languages))
    problems.extend(idiom_problems(root))
    if clean is not None:
        problems.extend(_against_clean(clean))
    return problems


def _shape_problems(language: Language) -> list[str]:
    problems = []
    for key, value in language.data.items():
        if key.startswith(_FOREIGN_PREFIXES):
            continue
        if key in _WORD_LISTS:
            problems.extend(_list_problems(key, value))
        # [written, rendered] letter pairs (audit/transliteration.py), [masculine, feminine] endings
        # (audit/gendered.py), [ending, inflected ending] of a country word (audit/news_agency.py)
        elif key in _PAIRS:
            if not (isinstance(value, list) and all(_is_respelling(pair) for pair in value)):
                pair = _PAIRS[key]
                problems.append(f"{key} must be a list of {pair} pairs of non-empty strings")
        elif key == "names.case_endings":  # [nominative, oblique] endings (audit/name_cases.py)
            if not (isinstance(value, list) and all(_is_case_pair(pair) for pair in value)):
                problems.append(
                    f"{key} must be a list of [nominative, oblique] pairs, the oblique non-empty and different"
                )
        elif key == "names.given_equivalents":  # groups of one given name's forms (audit/transliteration.py)
            if not (isinstance(value, list) and all(_is_group(group) for group in value)):
                problems.append(f"{key} must be a list of lists of two or more folded names")
        elif key == "official.glosses":  # [gloss, official name, words of its country] (calqued-institution)
            if not (isinstance(value, list) and all(_is_gloss(item) for item in value)):
                problems.append(f"{key} must be a list of [gloss, official name, country words] non-empty strings")
        elif key == "media.agencies":  # [the press's name, its country's words, other names] (news_agency.py)
            if not (isinstance(value, list) and all(_is_agency(item) for item in value)):
                problems.append(f"{key} must be a list of [name, country words, other names] non-empty strings")
        elif key == "media.papers":  # [the press's name, country words, meaning slots, other names] (newspaper.py)
            if not (isinstance(value, list) and all(_is_paper(item) for item in value)):
                problems.append(f"{key} must be a list of [name, country words, meaning slots, other names] strings")
        elif key == "valency.verb":  # verbs and the complement they do not take (audit/valency.py)
            if not (isinstance(value, list) and all(_is_valency(item) for item in value)):
                problems.append(f"{key} must be a list of tables of verb, wrong, says (and unless) strings")
        elif key in ("quotes.pairs", "quotes.regional_pairs"):
            if not _is_pairs(value):
                problems.append(f"{key} must be a list of [opening, closing] single characters")
        elif key == "numbers.scale_values":  # the value of each scale word (source-number), in order
            words = language.data.get("numbers.scale_words", ())
            if not isinstance(value, list) or not all(isinstance(item, int) and item > 1 for item in value):
                problems.append(f"{key} must be a list of whole numbers above 1")
            elif len(value) != len(words):
                problems.append(f"{key} must give one value per word of numbers.scale_words")
        elif key in _SCALARS:
            if not isinstance(value, _SCALARS[key]):
                problems.append(f"{key} must be a {_SCALARS[key].__name__}")
        else:
            problems.append(f"unknown key {key}")
    return problems


def _list_problems(key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        return [f"{key} must be a list of non-empty strings"]
    problems = [f"{key}: '{item}' is listed twice" for item in sorted({i for i in value if value.count(i) > 1})]
    if key.startswith(("abbreviations.", "lexicon.", "function_words", "repeats.", "articles.")):
        problems.extend(f"{key}: '{item}' must be written in lower case" for item in value if item != item.lower())
    if key.startswith("abbreviations."):
        problems.extend(f"{key}: '{item}' is written without its final period" for item in value if item.endswith("."))
    if key.startswith("labels."):
        # Written as a page sets them (audit/labels.py matches a capitalised label), without the colon.
        problems.extend(
            f"{key}: '{item}' must be capitalised, as a page writes it" for item in value if not item[0].isupper()
        )
        problems.extend(f"{key}: '{item}' is written without its colon" for item in value if item.endswith(":"))
    return problems


def _is_case_pair(pair: object) -> bool:
    """A nominative ending (empty: the bare name) and a different, non-empty oblique one."""
    return (
        isinstance(pair, list)
        and len(pair) == 2
        and all(isinstance(part, str) for part in pair)
        and pair[0] != pair[1] != ""
    )


def _is_respelling(pair: Any) -> bool:
    return isinstance(pair, list) and len(pair) == 2 and all(isinstance(part, str) and part for part in pair)


def _is_valency(item: Any) -> bool:
    return (
        isinstance(item, dict)
        and {"verb", "wrong", "says"} <= item.keys() <= {"verb", "wrong", "says", "unless"}
        and all(isinstance(part, str) and part.strip() for part in item.values())
    )


def _is_gloss(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 3 and all(isinstance(part, str) and part.strip() for part in item)


def _is_agency(item: Any) -> bool:
    return (
        isinstance(item, list) and len(item) in (2, 3) and all(isinstance(part, str) and part.strip() for part in item)
    )


def _is_paper(item: Any) -> bool:
    """A row of `media.papers`: its meaning has no empty slot ("Freiheit; Zeit", not "Freiheit;")."""
    return (
        isinstance(item, list)
        and len(item) in (3, 4)
        and all(isinstance(part, str) and part.strip() for part in item)
        and all(slot.split() for slot in item[2].split(";"))
    )


def _is_group(group: Any) -> bool:
    return (
        isinstance(group, list)
        and len(group) >= 2
        and all(isinstance(name, str) and name and name == fold(name) for name in group)
    )


def _is_pairs(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(pair, list) and len(pair) == 2 and all(isinstance(mark, str) and len(mark) == 1 for mark in pair)
        for pair in value
    )


def _claimed_twice(root: Path, languages: list[Language]) -> list[str]:
    owners: dict[str, list[str]] = defaultdict(list)
    for language in languages:
        for word in language.words("function_words"):
            owners[word].append(language.code)
    return [
        f"{root}: '{word}' is evidence for {' and '.join(codes)}: shared, so evidence for neither; list it nowhere"
        for word, codes in sorted(owners.items())
        if len(codes) > 1
    ]


def _against_clean(clean: Path) -> list[str]:
    # Imported here: the identifier and the lexicon read the shipped data, which `lint` may be checking.
    from audit.document import Document
    from audit.language import function_word_guess
    from audit.lexicon import fused_split
    from audit.markup import Markup
    from audit.rules.missing_space import FUSABLE_TOKEN

    problems = []
    for path in sorted(clean.glob("*/*.md")) + sorted(clean.glob("*/*.txt")):
        code = path.parent.name
        markup = Markup.MARKDOWN if path.suffix == ".md" else Markup.TEXT
        document = Document.parse(path.read_text(encoding="utf-8"), markup)
        for paragraph in document.paragraphs:
            guess = function_word_guess(paragraph.text)
            if guess is not None and guess.code != code:
                line = document.text.count("\n", 0, paragraph.start) + 1
                problems.append(f"{path}:{line}: function words read this {code} paragraph as {guess.code}")
            for word in set(FUSABLE_TOKEN.findall(paragraph.text)):
                if fused_split(word, code) is not None:
                    problems.append(f"{path}: '{word}' is a word, not two: add it to languages/{code}/lexicon.toml")
    return problems
