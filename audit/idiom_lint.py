"""Lint the idiom files (languages/<code>/idioms.toml): shapes, signatures that could fire on plain
prose, and examples that do not behave.

Why: a signature is a claim that a handful of words in one sentence can only be the idiom. A group of
function words, a form claimed by two groups or a signature without one rare word would fire on plain
news prose, and a typo in a key would silently drop a signature; each example must do what it says
(the bad one found as that idiom, the good one silent), like the glossaries' self-test.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from audit.idioms import GAP, TARGETS, build_table, files, find, forms, from_table, inflection_classes, read, wordings

_FILE_KEYS = {"language", "cited", "idiom", "inflection"}
_IDIOM_KEYS = {"id", "written", "meaning", "native", "unsigned", "bad", "good", *TARGETS}
_TARGET_KEYS = {"words", "says", "ordered", "gap"}
RARE_ZIPF = 5.1
"""A signature's most telling group must have no form more common than this in the language (wordfreq's Zipf
scale, 125 a million words: "paw" 3.5, "sky" 4.7, "station" 5.0, "heart" 5.3, "head" 5.5), or the screen lets most
articles through and the signature rests on everyday words alone."""


def lint(root: Path | None = None) -> list[str]:
    """Every problem of the idiom files under `root` (default: the shipped languages), one line each."""
    paths = files(root)
    problems: list[str] = []
    for path in paths:
        try:
            data = read(path)
        except (UnicodeDecodeError, ValueError) as error:
            problems.append(f"{path}: cannot read: {error}")
            continue
        problems += [f"{path}: {problem}" for problem in _file_problems(data)]
    if problems:
        return problems
    classes = {code: inflection_classes(code, paths) for code in TARGETS}
    for path in paths:
        for item in read(path).get("idiom", []):
            for code in TARGETS:
                for target in wordings(item.get(code, [])):
                    problems += [
                        f"{path}: idiom {item['id']}: {code}: {problem}"
                        for problem in _signature_problems(target, code, classes[code])
                    ]
    if problems:
        return problems  # the examples need files that load
    indexes = {code: from_table(build_table(paths, code)) for code in TARGETS}
    for path in paths:
        problems += [f"{path}: {problem}" for problem in _example_problems(read(path), indexes)]
    return problems


def _file_problems(data: dict[str, Any]) -> list[str]:
    problems = [f"unknown key {key}" for key in sorted(set(data) - _FILE_KEYS)]
    if not isinstance(data.get("language"), str) or not data["language"]:
        problems.append("language must name the source language")
    cited = data.get("cited", [])
    if not isinstance(cited, list) or not all(isinstance(item, str) and item.strip() for item in cited):
        problems.append("cited must be a list of non-empty phrases")
    inflection = data.get("inflection", {})
    if not isinstance(inflection, dict) or not all(_endings(listed) for listed in inflection.values()):
        problems.append('inflection must map class names to lists of endings (letters, or "" for the bare stem)')
    ids: set[str] = set()
    for item in data.get("idiom", []):
        name = item.get("id", "?")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) or name in ids:
            problems.append(f"idiom {name}: id must be a unique slug")
        ids.add(name)
        problems += [f"idiom {name}: {problem}" for problem in _idiom_problems(item)]
    return problems


def _endings(listed: Any) -> bool:
    """Whether an inflection class is a non-empty list of endings ("" is the bare stem)."""
    if not isinstance(listed, list) or not listed:
        return False
    return all(isinstance(ending, str) and (ending.isalpha() or not ending) for ending in listed)


def _idiom_problems(item: dict[str, Any]) -> list[str]:
    problems = [f"unknown key {key}" for key in sorted(set(item) - _IDIOM_KEYS)]
    for key in ("written", "meaning"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            problems.append(f"{key} must be a non-empty string")
    unsigned: list[str] = []
    for key in ("native", "unsigned"):
        listed = item.get(key, [])
        if not isinstance(listed, list) or not set(listed) <= set(TARGETS):
            problems.append(f"{key} must list article languages ({', '.join(TARGETS)})")
        else:
            unsigned += listed
    for code in TARGETS:
        if [code in item, *(code == each for each in unsigned)].count(True) != 1:
            problems.append(f"{code}: give a signature, or list {code} in native (it says so itself) or unsigned")
        elif code in item and not (isinstance(item[code], dict) or (isinstance(item[code], list) and item[code])):
            problems.append(f"{code}: must be a signature table or a list of them")
    for key in ("bad", "good"):
        examples = item.get(key)
        if not isinstance(examples, dict) or not examples or not set(examples) <= set(TARGETS):
            problems.append(f"{key} must map article languages to example sentences")
        elif not all(isinstance(text, str) and text.strip() for text in examples.values()):
            problems.append(f"{key}: examples must be non-empty sentences")
    return problems


def _signature_problems(target: Any, code: str, classes: dict[str, list[str]]) -> list[str]:
    from audit.idioms import telling_group
    from audit.lexicon import function_words
    from audit.word_frequency import zipf

    if not isinstance(target, dict):
        return ["must be a table with words and says"]
    problems = [f"unknown key {key}" for key in sorted(set(target) - _TARGET_KEYS)]
    if not isinstance(target.get("ordered", False), bool):
        problems.append("ordered must be true or false")
    if target.get("gap", GAP) not in range(GAP + 1):
        problems.append(f"gap must be a number of words from 0 to {GAP}")
    if not isinstance(target.get("says"), str) or not target["says"].strip():
        problems.append("says must say what the language says instead")
    groups = target.get("words")
    if not isinstance(groups, list) or not 2 <= len(groups) <= 4 or not all(isinstance(g, str) for g in groups):
        return [*problems, "words must be two to four groups of word forms"]
    unknown = sorted({name for name in re.findall(r"~([\w-]+)", " ".join(groups)) if name not in classes})
    problems += [f"unknown inflection class ~{name}" for name in unknown]
    expanded = [list(forms(group, classes)) for group in groups]
    if not all(expanded):
        return [*problems, "a group of words is empty"]
    seen: set[str] = set()
    grammatical = function_words(code)
    # A group may be written twice ("water did not stir from water"); it then needs two words.
    for group in dict.fromkeys(tuple(group) for group in expanded):
        if not target.get("ordered", False):  # in an ordered signature it pins the phrase: "ended in pizza"
            problems += [f"'{form}' is a function word: it says nothing" for form in group if form in grammatical]
        problems += [f"'{form}' is in two groups" for form in group if form in seen]
        problems += [f"'{form}' is not one word" for form in group if not form.isalpha()]
        seen |= set(group)
    common = max(zipf(form, code) for form in telling_group(expanded, code))
    if common > RARE_ZIPF:
        problems.append(f"no group is distinctive: every group has a form as common as Zipf {common:.1f}")
    return problems


def _example_problems(data: dict[str, Any], indexes: dict[str, Any]) -> list[str]:
    problems = []
    for item in data.get("idiom", []):
        for code, text in item["bad"].items():
            if not any(hit.idiom.written == item["written"] for hit in find(text, code, indexes[code])):
                problems.append(f"idiom {item['id']}: the {code} bad example is not found")
        for code, text in item["good"].items():
            if any(True for _ in find(text, code, indexes[code])):
                problems.append(f"idiom {item['id']}: the {code} good example is flagged")
    return problems
