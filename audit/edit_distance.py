"""Yes-or-no edit-distance questions about two short words, answered without a library.

The name rules never need a distance itself, only whether two words are one slip apart or within a
small bound. Both answers come from a few comparisons (one slip) or a banded table that stops as soon
as the bound is passed, over words of a dozen letters: cheaper than importing rapidfuzz, which a
one-article check would otherwise load for these questions alone (issue 9). rapidfuzz stays where a
search over many candidates is asked (`audit.transliteration.closest_name`); tests/test_edit_distance.py
proves both answers equal to its OSA and Levenshtein distances.
"""

from __future__ import annotations

import functools
from collections import Counter


def one_edit_apart(first: str, second: str) -> bool:
    """True when one substitution, insertion, deletion or swap of two neighbouring letters turns one
    word into the other (an optimal-string-alignment distance of exactly 1).

    >>> one_edit_apart("zelenksi", "zelenski"), one_edit_apart("scholz", "schulz"), one_edit_apart("ab", "ab")
    (True, True, False)
    >>> one_edit_apart("merkel", "merkels"), one_edit_apart("abc", "cab")
    (True, False)
    """
    if len(first) > len(second):
        first, second = second, first
    if first == second or len(second) - len(first) > 1:
        return False
    start = 0
    while start < len(first) and first[start] == second[start]:
        start += 1
    if len(first) < len(second):
        return first[start:] == second[start + 1 :]
    if first[start + 1 :] == second[start + 1 :]:
        return True
    return (
        start + 1 < len(first)
        and first[start] == second[start + 1]
        and first[start + 1] == second[start]
        and first[start + 2 :] == second[start + 2 :]
    )


def within_edits(first: str, second: str, bound: int) -> bool:
    """True when at most `bound` substitutions, insertions and deletions turn one word into the other
    (a Levenshtein distance of `bound` or less).

    >>> within_edits("sharif", "sharef", 1), within_edits("hassan", "husein", 2), within_edits("", "ab", 2)
    (True, False, True)
    """
    if abs(len(first) - len(second)) > bound:
        return False
    # What the two words share at either end costs nothing: only the middle needs the table.
    start, end = shared_ends(first, second)
    first, second = first[start : len(first) - end], second[start : len(second) - end]
    if not first or not second:
        return max(len(first), len(second)) <= bound
    previous = list(range(len(second) + 1))
    for row, letter in enumerate(first, 1):
        current = [row]
        for column, other in enumerate(second, 1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (letter != other)))
        if min(current) > bound:
            return False  # every path through this row already costs more than the bound
        previous = current
    return previous[-1] <= bound


def shared_ends(first: str, second: str) -> tuple[int, int]:
    """How many characters two texts share at their start, then at their end (not overlapping the start).

    >>> shared_ends("schulz", "scholz"), shared_ends("abc", "abc"), shared_ends("ab", "xy")
    ((3, 2), (3, 0), (0, 0))
    """
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    end = 0
    while end < min(len(first), len(second)) - start and first[-1 - end] == second[-1 - end]:
        end += 1
    return start, end


def may_reach_ratio(first: str, second: str, cutoff: float) -> bool:
    """False when the letters two words share rule out an Indel similarity (rapidfuzz's `fuzz.ratio`:
    twice the longest common subsequence over both lengths, in percent) of `cutoff` or more; the common
    subsequence is no longer than the letters the words share, counted with repeats. True does not
    promise the similarity: it says only that the words are worth asking rapidfuzz about.

    >>> may_reach_ratio("olaf schulz", "olaf scholz", 75), may_reach_ratio("karim nassar", "joe biden", 75)
    (True, False)
    """
    total = len(first) + len(second)
    if 200 * min(len(first), len(second)) < cutoff * total:
        return False
    letters, others = _letters(first), _letters(second)
    shared = sum(min(count, others[letter]) for letter, count in letters.items() if letter in others)
    return 200 * shared >= cutoff * total


@functools.lru_cache(maxsize=4096)
def _letters(word: str) -> Counter[str]:
    return Counter(word)
