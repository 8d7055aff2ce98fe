"""A reader's reply pasted under a forum post's quote header: the short lines that answer the post.

"Quote from: valley_voice on Sun 12 Apr 2026, 21:40" / "About time. Now let's see if they go after
the ministers.", "klaus_hro schrieb:" / "Na super. Und im Winter dann nochmal?": a reply is written
as ordinary sentences, so no line of it says what it is; its place does. It is the rest of the block
(the lines with no blank line between them) that opens with a forum header (a quote header, a
"wrote:" line: the `forum` group of the UI lexicon), when that block is short. A story pasted under a
post's header fills paragraphs, each a block of its own, and a block of many lines is a wrapped
paragraph of the article, not a reply.

A comment under the story is the same block in a comment thread: on a page with a comment widget
(its form, "Ajouter un commentaire…"), below the thread's opener (its count, "Commentaires (3)", or
that widget), the commenter's line of metadata ("Chinedu_O · il y a 2 h") heads the comment's lines
("RIP légende. Mon père écoutait Eko Blues tous les dimanches."). A count alone ("12 articles") opens
no thread.
"""

from __future__ import annotations

from collections.abc import Sequence

# The most lines a reply's block holds under its header, and the most words of each.
MAX_REPLY_LINES = 4
MAX_REPLY_WORDS = 30
# The label of the forum group of the UI lexicon ("en/forum", "it/forum").
FORUM_GROUP = "/forum"
# What opens a comment thread: the comments group of the UI lexicon ("fr/comments": "Ajouter un
# commentaire"), or a count ("Commentaires (3)"); and what heads a comment in it (a row of metadata).
COMMENTS_GROUP = "/comments"
_THREAD_OPENERS = ("counter",)
_COMMENT_HEADER = "meta"


def reply_lines(numbers: Sequence[int], sizes: Sequence[int], kinds: Sequence[str | None]) -> list[int]:
    """The indexes of the lines that reply under a forum header (see the module's docstring): `numbers`
    are the lines' numbers in the text (a gap is a blank line), `sizes` their counts of words and `kinds`
    what each was judged (None for the article's).

    >>> reply_lines([3, 4, 5, 7], [4, 12, 6, 9], ["it/forum", None, None, None])
    [1, 2]
    >>> reply_lines([3, 4, 5, 6, 7, 8], [4, 9, 9, 9, 9, 9], ["en/forum", None, None, None, None, None])
    []
    >>> reply_lines([29, 31, 32, 34], [2, 5, 10, 3], ["counter", "meta", None, "fr/comments"])
    [2]
    >>> reply_lines([1, 2, 3, 5], [3, 5, 10, 40], ["counter", "meta", None, None])
    []
    """
    found: list[int] = []
    commented = any(kind is not None and kind.endswith(COMMENTS_GROUP) for kind in kinds)
    thread = False
    for index, kind in enumerate(kinds):
        if kind is None:
            continue
        header = kind.endswith(FORUM_GROUP) or (thread and kind == _COMMENT_HEADER)
        thread = thread or (commented and (kind in _THREAD_OPENERS or kind.endswith(COMMENTS_GROUP)))
        if not header:
            continue
        block = index + 1
        while block < len(numbers) and numbers[block] == numbers[block - 1] + 1:
            block += 1
        below = range(index + 1, block)
        if 0 < len(below) <= MAX_REPLY_LINES and all(sizes[item] <= MAX_REPLY_WORDS for item in below):
            found.extend(item for item in below if kinds[item] is None)
    return found
