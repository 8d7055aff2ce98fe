"""`literal-idiom`: an idiom of the source language rendered word for word.

MT renders Japanese 猫の手も借りたい ("so busy one would take any help") as "we would borrow even a
cat's paws", Malay "katak di bawah tempurung" as "a frog under a coconut shell", Czech "to je jiná
káva" as "it's another coffee". Readers of the article's language meet an image that means nothing to
them. The idioms and their signatures are data (languages/<source>/idioms.toml, read by
audit/idioms.py): the words a literal rendering cannot do without, in each article language.
"""

from __future__ import annotations

from collections.abc import Iterator

from audit.findings import Finding
from audit.idioms import TARGETS, find
from audit.rules.base import Context, Rule


class LiteralIdiom(Rule):
    """An idiom of the source language rendered word for word.

    Why: a word-for-word idiom ("borrow even a cat's paws", "a stone fell from my heart", "he has
    butter on his head") reads as nonsense or as a quaint image where the source said something
    plain; it is the mark of a translation nobody edited. A saying the article cites as one ("as the
    Japanese proverb goes") is the writer's choice and stays silent. Example: "At harvest time we
    would borrow even a cat's paws" → the Japanese idiom 猫の手も借りたい: English says "we are run off
    our feet". Fix: none (report only): the rewording is the editor's, the finding says what the
    article's language says instead.
    """

    id = "literal-idiom"
    summary = "an idiom of the source language rendered word for word (borrow even a cat's paws)"
    precedence = 11

    def check(self, context: Context) -> Iterator[Finding]:
        for paragraph in context.document.paragraphs:
            code = context.language_of(paragraph)
            if code not in TARGETS:
                continue
            text = paragraph.text
            glossed: list[tuple[int, int]] | None = None
            for hit in find(text, code):
                if glossed is None:  # the glossary's calques entries name some idioms already
                    glossed = [(match.start, match.end) for match in context.glossaries.find(text, code)]
                if any(start < hit.end and hit.start < end for start, end in glossed):
                    continue
                message = (
                    f"'{text[hit.start : hit.end]}' renders the {hit.idiom.source} idiom {hit.idiom.written} "
                    f"('{hit.idiom.meaning}') word for word; the usual wording: {hit.signature.says}"
                )
                yield self.finding(paragraph.start + hit.start, paragraph.start + hit.end, message, language=code)
