"""Typed rules: a line of only underscores, equals signs or a long run of hyphens, which a page draws
between its story and a signature, a footer or an ad, and which is never prose.

Markdown draws its own rules ("---", "***", "- - -") and underlines headings with "=" or "-" (a setext
heading, right under a line of text): those are the document's structure, not furniture, so only a rule
Markdown cannot mean as a heading underline and that is longer than its usual breaks is judged here:
underscores (never an underline), or equals signs and hyphens after a blank line. The furniture
detector (audit/furniture.py) reads only lines with words, so rules are found here from the raw lines.
"""

from __future__ import annotations

from audit.prose import LazyPattern

# The shortest typed rule, in characters: Markdown writes its own breaks with three ("---", "___").
MIN_RULE = 5
# A rule of underscores, with or without spaces between them ("_____", "_ _ _ _ _").
_UNDERSCORES = LazyPattern(rf"[ \t]*(?:_[ \t]*){{{MIN_RULE},}}")
# A rule of equals signs or hyphens: a heading underline when right under a line of text.
_UNDERLINE = LazyPattern(rf"[ \t]*(?:=[ \t]*){{{MIN_RULE},}}|[ \t]*(?:-[ \t]*){{{2 * MIN_RULE},}}")


def typed_rules(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The indexes of `spans` (the lines of `text`) that are typed rules.

    >>> text = "Title\\n=====\\n\\n_________\\n\\n==========\\n---"
    >>> spans = [(0, 5), (6, 11), (12, 12), (13, 22), (23, 23), (24, 34), (35, 38)]
    >>> typed_rules(text, spans)
    [3, 5]
    """
    found: list[int] = []
    for index, (start, end) in enumerate(spans):
        if end - start < MIN_RULE or text[end - 1] not in "_=-":
            continue  # most lines: screened by their last character before a pattern is tried
        if _UNDERSCORES.compiled.fullmatch(text, start, end):
            found.append(index)
            continue
        above = spans[index - 1] if index else None
        after_blank = above is None or not text[above[0] : above[1]].strip()
        if after_blank and _UNDERLINE.compiled.fullmatch(text, start, end):
            found.append(index)
    return found
