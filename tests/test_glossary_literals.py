"""The literal prefilter of glossary patterns may only skip a pattern that could not have matched."""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.glossary.literals import fold, required_clauses, required_literals, required_prefixes
from audit.glossary.matcher import Matcher
from audit.glossary.model import Entry, Kind
from tests.conftest import shipped_glossaries


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\bHaus(es)? der Repräsentanten\b", {" der Repräsentanten"}),
        (r"\bfoo\b|(?<=x)bar+", {"foo", "bar"}),
        (r"(?<=\bParty )We Can\b", {"We Can"}),  # a lookbehind is not part of the match
        (r"\b(?:Korps|Armee)(?:es|s)? der", {"Korps", "Armee"}),  # a group it cannot skip, longer than " der"
        (r"Minister(?<suffix>iums?|s)? für", {"Minister"}),
        (r"ab+c", {"ab"}),  # after a repeated letter the run ends: "abbc" does not hold "abc"
        (r"x{2,}yz", {"xyz"}),  # the last of the x's is followed by "yz"
        (r"\bx{2,}\b", {"xx"}),
        (r"\.com\b", {".com"}),
        (r"(?:a(?s:.*)b)", {"a"}),
        (r"[Tt]he Party(?#a comment) of God", {"he Party", " of God"}),
    ],
)
def test_required_literals_reads_what_every_match_holds(pattern: str, literals: set[str]) -> None:
    found = required_literals(pattern)
    assert found is not None
    # Any one requirement is sound; the reader keeps the most selective, so compare with the choices.
    assert found == frozenset(literals) or (len(literals) > 1 and found <= frozenset(literals))


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?i)anything",  # a global flag changes how the letters match
        r"(?x) a b c",  # verbose mode changes what a space is
        r"(?:word){e<=1}",  # fuzzy matching
        r"(a)?(?(1)b|c)",  # a conditional
        r"a?b?",  # nothing is required
        r"(?:abc|)",  # an empty branch
        r"[[a-z]--[aeiou]]+",  # a nested set
        r"\qword",  # an escape it does not know
    ],
)
def test_required_literals_gives_up_on_what_it_does_not_model(pattern: str) -> None:
    assert required_literals(pattern) is None


def test_fold_equates_every_pair_regex_matches_case_insensitively() -> None:
    cased = "".join(
        chr(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000 and (chr(code).lower() != chr(code) or chr(code).upper() != chr(code))
    )
    for character in cased:
        for partner in regex.findall(regex.escape(character), cased, regex.IGNORECASE):
            assert fold(character) == fold(partner), (character, partner)


# Patterns are drawn with a twin that matches the same text without the zero-width parts (anchors,
# lookarounds): texts are generated from the twin, since generating from lookarounds makes
# hypothesis filter without end, and kept only when the real pattern matches them.
_LITERAL = st.text(alphabet="abcAB İı ßſK.-", min_size=1, max_size=4).map(re.escape).map(lambda text: (text, text))
_ATOM = st.one_of(
    _LITERAL,
    st.sampled_from([r"\w", r"\d", ".", "[ab]", r"[^a]", r"\s"]).map(lambda atom: (atom, atom)),
    st.sampled_from([r"\b", "^", "$"]).map(lambda atom: (atom, "")),
)
_QUANTIFIERS = st.sampled_from(["", "", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "+?"])


def _patterns(depth: int) -> st.SearchStrategy[tuple[str, str]]:
    atoms = _ATOM if depth == 0 else st.one_of(_ATOM, _groups(depth - 1))
    quantified = st.tuples(atoms, _QUANTIFIERS).map(
        lambda pair: (pair[0][0] + pair[1], pair[0][1] + pair[1]) if pair[0][1] else pair[0]
    )
    sequences = st.lists(quantified, min_size=1, max_size=5).map(
        lambda items: ("".join(real for real, _ in items), "".join(twin for _, twin in items))
    )
    return st.lists(sequences, min_size=1, max_size=3).map(
        lambda branches: ("|".join(real for real, _ in branches), "|".join(f"(?:{twin})" for _, twin in branches))
    )


def _groups(depth: int) -> st.SearchStrategy[tuple[str, str]]:
    openers = st.sampled_from([("(", True), ("(?:", True), ("(?P<name>", True), ("(?=", False), ("(?!", False),
                               ("(?<=a)(?:", True), ("(?s:", True)])  # fmt: skip
    return st.tuples(openers, _patterns(depth)).map(
        lambda pair: (f"{pair[0][0]}{pair[1][0]})", f"(?:{pair[1][1]})" if pair[0][1] else "")
    )


@settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data(), patterns=_patterns(2), ignore_case=st.booleans())
def test_a_pattern_never_matches_a_text_without_its_required_literals(
    data: st.DataObject, patterns: tuple[str, str], ignore_case: bool
) -> None:
    pattern, twin = patterns
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
        re.compile(pattern)
        re.compile(twin)
    except (regex.error, re.error):
        return
    text = data.draw(st.one_of(st.from_regex(twin, fullmatch=True), st.text(alphabet="abcAB İı ßſK.-xyz", max_size=30)))
    literals = required_literals(pattern)
    try:
        if literals is None or compiled.search(text, timeout=0.5) is None:
            return
    except TimeoutError:  # nested repetition of a random pattern
        return
    haystack = fold(text) if ignore_case else text
    assert any((fold(piece) if ignore_case else piece) in haystack for piece in literals), (pattern, text)
    clauses = required_clauses(pattern)
    assert clauses is not None and any(clause <= literals for clause in clauses)
    for clause in clauses:
        assert any((fold(piece) if ignore_case else piece) in haystack for piece in clause), (pattern, text, clause)


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data(), patterns=_patterns(2), ignore_case=st.booleans())
def test_every_match_starts_with_a_required_prefix(
    data: st.DataObject, patterns: tuple[str, str], ignore_case: bool
) -> None:
    pattern, twin = patterns
    try:
        compiled = regex.compile(pattern, regex.IGNORECASE if ignore_case else 0)
        re.compile(twin)
    except (regex.error, re.error):
        return
    text = data.draw(st.one_of(st.from_regex(twin, fullmatch=True), st.text(alphabet="abcAB İı ßſK.-xyz", max_size=30)))
    prefixes = required_prefixes(pattern)
    try:
        found = None if prefixes is None else compiled.match(text, timeout=0.5)
    except TimeoutError:  # nested repetition of a random pattern
        return
    if found is None:
        return
    matched = fold(found.group()) if ignore_case else found.group()
    assert any(matched.startswith(fold(prefix) if ignore_case else prefix) for prefix in prefixes or ()), (
        pattern,
        text,
    )


@pytest.mark.parametrize(
    ("pattern", "prefixes"),
    [
        (r"^more (?:news|stories) from", {"more "}),
        (r"^(?:©|\(c\)|copyright)\s*\d{4}", {"©", "(c)", "copyright"}),
        (r"\bab+c", {"ab"}),
        (r"(?=x)(?:ab|cd)e", {"ab", "cd"}),
    ],
)
def test_required_prefixes_reads_how_every_match_starts(pattern: str, prefixes: set[str]) -> None:
    assert required_prefixes(pattern) == frozenset(prefixes)


@pytest.mark.parametrize("pattern", [r"^(?:updated )?\d+ hours", r"a?b", r"(?:abc|)d", r"[Tt]he", r"(?i)the", "ab|c?"])
def test_required_prefixes_gives_up_where_a_match_may_start_otherwise(pattern: str) -> None:
    assert required_prefixes(pattern) is None


def test_the_shipped_patterns_are_read_and_their_examples_pass_the_prefilter() -> None:
    patterns = [entry for entry in shipped_glossaries()[0].entries if entry.pattern]  # with their examples
    readable = [entry for entry in patterns if required_literals(entry.pattern or "") is not None]
    # The prefilter is what keeps a one-file run from compiling every pattern (issue 9).
    assert len(readable) >= 0.95 * len(patterns)
    for entry in patterns:
        matcher = Matcher([entry])
        for example in entry.examples:
            if example.bad is None:
                continue
            compiled = regex.compile(entry.pattern or "", 0 if entry.case_sensitive else regex.IGNORECASE)
            if compiled.search(example.bad):
                assert matcher.find(example.bad, entry.language), (entry.full_id, example.bad)


def test_a_pattern_is_compiled_only_for_a_paragraph_holding_its_words(tmp_path) -> None:
    entry = Entry(
        id="calque",
        language="en",
        topic="calques",
        kind=Kind.SUBSTITUTION,
        source=tmp_path / "calques.toml",
        preferred="Parliament",
        pattern=r"\bIslamic Consultative Assembly\b",
    )
    matcher = Matcher([entry])
    assert matcher.find("The minister spoke to reporters on Monday.", "en") == []
    assert matcher._patterns[0]._compiled is None
    found = matcher.find("The ISLAMIC CONSULTATIVE ASSEMBLY met.", "en")
    assert [match.text for match in found] == ["ISLAMIC CONSULTATIVE ASSEMBLY"]
