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

A thread at the foot of the page needs no header over each comment: below the article's last long
paragraph, once a thread's opener shows (a count of comments, "Comentarios (7)", a comment widget's
phrase or a forum's line), every short line of words after it is the thread's: a comment with its
poster ("Juan_M: …", "**Hicham** — 14 November 2026 at 10:12: …"), a post's header, a comment's body,
a signature. Only a count of comments opens a thread (`Lexicon.thread_words`: the words of the
comment widgets' phrases): "Photos (12)" heads captions. An article's own short closing lines stand
above its comment count, never below it.
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
THREAD_OPENERS = ("counter",)
_COMMENT_HEADER = "meta"


def thread_lines(
    sizes: Sequence[int], kinds: Sequence[str | None], openers: Sequence[bool], headings: Sequence[bool]
) -> list[int]:
    """The indexes of the lines of a thread at the foot of the page (see the module's docstring): `sizes`
    are the lines' counts of words, `kinds` what each was judged (None for the article's), `openers`
    whether each counts comments, `headings` whether each is a Markdown heading.

    >>> thread_lines([40, 3, 8, 2], [None, "counter", None, None], [False, True, False, False], [False] * 4)
    [2, 3]
    >>> thread_lines([40, 3, 40, 8], [None, "counter", None, None], [False, True, False, False], [False] * 4)
    []
    >>> thread_lines([40, 6, 3], [None, None, "fr/comments"], [False, False, False], [False] * 3)
    []
    """
    prose = [index for index, size in enumerate(sizes) if kinds[index] is None and size > MAX_REPLY_WORDS]
    if not prose:
        return []
    found: list[int] = []
    thread = False
    for index in range(prose[-1] + 1, len(kinds)):
        kind = kinds[index]
        if kind is not None:
            thread = thread or openers[index] or kind.endswith((COMMENTS_GROUP, FORUM_GROUP))
        elif thread and sizes[index] and not headings[index]:
            found.append(index)
    return found


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
        thread = thread or (commented and (kind in THREAD_OPENERS or kind.endswith(COMMENTS_GROUP)))
        if not header:
            continue
        block = index + 1
        while block < len(numbers) and numbers[block] == numbers[block - 1] + 1:
            block += 1
        below = range(index + 1, block)
        if 0 < len(below) <= MAX_REPLY_LINES and all(sizes[item] <= MAX_REPLY_WORDS for item in below):
            found.extend(item for item in below if kinds[item] is None)
    return found
