"""Checks that need more than one key: variants against the preferred form, examples against the
entry, regexes against a time limit, and entries against each other.

Each check returns one-line problems naming file, entry and what is wrong. Example checks use a
matcher holding only the entry itself, so they say whether the entry contradicts its own examples;
interactions with other entries are the self-test's job (`glossary test`).
"""

from __future__ import annotations

from collections.abc import Iterable

from audit.errors import GlossaryError
from audit.glossary.furniture import locate
from audit.glossary.matcher import Match, Matcher, compile_pattern
from audit.glossary.model import ANY, Entry, Kind
from audit.glossary.tokens import key

PROBE_TIME_LIMIT = 0.25  # seconds; a pattern slower than this on a short probe is rejected at load
# Inputs that make nested repetition backtrack: long runs of one letter or of short words, unfinished.
_PROBES = ("a" * 60 + "!", "word " * 40 + "!", "x1 " * 40, "-" * 60 + "a")
_PROBE_RUN = 40  # a run of one of the pattern's own characters: `(é|é)+ç` passed the ASCII probes (issue 10)
_PROBE_CHARACTERS = 24  # at most this many distinct characters of a pattern are probed


def check_entry(entry: Entry, examples: bool = True) -> list[str]:
    """Problems of one entry on its own; `examples=False` skips running its examples (see catalogue)."""
    where = f"{entry.source}: entry '{entry.id}'"
    problems: list[str] = []
    preferred_key = key(entry.preferred or "", entry.case_sensitive)
    seen: set[tuple[str, ...]] = set()
    for variant in entry.variants:
        variant_key = key(variant, entry.case_sensitive)
        if not variant_key:
            problems.append(f"{where}: variant {variant!r} has no words")
        elif variant_key == preferred_key:
            problems.append(f'{where}: variant "{variant}" equals the preferred form')
        elif variant_key in seen:
            problems.append(
                f'{where}: variant "{variant}" is listed twice'
                " (variants match case-insensitively unless case_sensitive = true)"
            )
        seen.add(variant_key)
    if entry.pattern is not None:
        problems.extend(_check_pattern(entry, where))
    # A hint is compared with one word of the context: "Reino Unido" could never be there.
    problems.extend(f'{where}: hint "{hint}" must be one word' for hint in entry.hints if len(key(hint)) != 1)
    if problems or not examples:
        return problems
    return _check_examples(entry, where)


def _check_pattern(entry: Entry, where: str) -> list[str]:
    try:
        compiled = compile_pattern(entry, keep=False)
    except GlossaryError as error:
        return [str(error)]
    texts = [text for example in entry.examples for text in (example.bad, example.good) if text]
    own = sorted({char for char in entry.pattern or "" if char.isalnum() and not char.isascii()})
    runs = [char * _PROBE_RUN + "!" for char in own[:_PROBE_CHARACTERS]]
    for probe in (*texts, *_PROBES, *runs):
        try:
            compiled.search(probe, timeout=PROBE_TIME_LIMIT)
        except TimeoutError:
            return [
                f"{where}: pattern too slow (over {PROBE_TIME_LIMIT:g} s on a {len(probe)}-character probe "
                f"{probe[:20]!r}…); avoid nested repetition such as (a|aa)+"
            ]
    return []


def _check_examples(entry: Entry, where: str) -> list[str]:
    problems: list[str] = []
    bads = [example for example in entry.examples if example.bad is not None]
    goods = [example.good for example in entry.examples if example.good is not None]
    if entry.kind is Kind.NAMES:
        if not goods:
            problems.append(f"{where}: needs at least one good example using the name")
        for good in goods:
            if key(entry.preferred or "") not in _windows(key(good)):
                problems.append(f'{where}: good example {good!r} does not contain "{entry.preferred}"')
        return problems
    if not bads:
        problems.append(f"{where}: needs at least one bad example")
    if not goods:
        problems.append(f"{where}: needs at least one good example")
    matcher = Matcher([entry])
    language = entry.language if entry.language != ANY else "en"

    def find(text: str) -> list[Match]:
        found = matcher.find(text, language)
        # Boilerplate counts only where the rule reports it: not a short phrase inside a sentence.
        return [item.match for item in locate(text, found)] if entry.kind is Kind.EXISTENCE else found

    try:
        for example in bads:
            assert example.bad is not None
            if not find(example.bad):
                problems.append(f"{where}: bad example {example.bad!r} does not contain any variant")
            if entry.fix is None and example.fixed is not None:
                problems.append(f"{where}: bad example {example.bad!r} has 'fixed' but the entry has fix = \"none\"")
            if entry.fix is not None and example.fixed is None:
                problems.append(f"{where}: bad example {example.bad!r} needs 'fixed' (the entry fixes)")
            if example.fixed is not None and find(example.fixed):
                problems.append(f"{where}: fixed example {example.fixed!r} still contains a variant")
        for good in goods:
            found = find(good)
            if found:
                problems.append(f'{where}: good example {good!r} contains the variant "{found[0].text}"')
    except GlossaryError as error:
        problems.append(str(error))
    return problems


def _windows(tokens: tuple[str, ...]) -> Iterable[tuple[str, ...]]:
    for size in range(1, len(tokens) + 1):
        for start in range(len(tokens) - size + 1):
            yield tokens[start : start + size]


def check_together(entries: Iterable[Entry]) -> list[str]:
    """Problems between entries in force together: a variant in two entries of the same language (or
    of a language and `any`), or a variant that is another entry's preferred form (the fix would
    then be flagged again)."""
    problems: list[str] = []
    owners: dict[tuple[str, str, tuple[str, ...]], Entry] = {}
    preferred: dict[tuple[str, tuple[str, ...]], Entry] = {}
    substitutions = [entry for entry in entries if entry.kind is not Kind.NAMES]
    for entry in substitutions:
        if entry.kind is Kind.SUBSTITUTION and entry.preferred:
            preferred.setdefault((entry.language, key(entry.preferred)), entry)
    languages = {entry.language for entry in substitutions} - {ANY}
    for entry in substitutions:
        scopes = languages if entry.language == ANY else {entry.language}
        for variant in entry.variants:
            variant_key = key(variant)
            for scope in scopes or {ANY}:
                owner = owners.setdefault((entry.kind, scope, variant_key), entry)
                if owner is not entry and not (owner.case_sensitive and entry.case_sensitive):
                    problems.append(
                        f"{entry.source}: entry '{entry.id}': variant \"{variant}\" is also a variant of "
                        f"{owner.full_id} ({owner.source})"
                    )
                    break
            if entry.kind is Kind.SUBSTITUTION:
                for language in {entry.language, ANY}:
                    other = preferred.get((language, variant_key))
                    if other is not None and other is not entry:
                        problems.append(
                            f"{entry.source}: entry '{entry.id}': variant \"{variant}\" is the preferred form "
                            f"of {other.full_id}"
                        )
    return problems


def check_rewrites(entries: Iterable[Entry], checked: Iterable[Entry]) -> list[str]:
    """Problems of `checked` entries whose fixed example another entry in force flags again.

    Two entries that rewrite each other (A turns x into y, B turns y into x) pass every check on their
    own and end in "fixes did not converge" on the first article (issue 10, item 7): loading, and so
    `glossary lint`, must refuse them.
    """
    substitutions = [entry for entry in entries if entry.kind is Kind.SUBSTITUTION]
    matchers: dict[str, Matcher] = {}
    problems: list[str] = []
    for entry in checked:
        if entry.kind is not Kind.SUBSTITUTION or entry.fix is None:
            continue
        language = entry.language if entry.language != ANY else "en"
        if language not in matchers:
            scope = {language, ANY}
            matchers[language] = Matcher(other for other in substitutions if other.language in scope)
        for example in entry.examples:
            if example.fixed is None:
                continue
            try:
                found = [
                    match
                    for match in matchers[language].find(example.fixed, language)
                    if match.entry.full_id != entry.full_id
                ]
            except GlossaryError as error:
                problems.append(str(error))
                continue
            if found:
                problems.append(
                    f"{entry.source}: entry '{entry.id}': fixed example {example.fixed!r} is flagged again by "
                    f'{found[0].entry.full_id} ("{found[0].text}"): the entries would rewrite each other'
                )
    return problems
