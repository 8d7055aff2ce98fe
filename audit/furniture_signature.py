"""A quotation signed with a name on a line of its own, as a forum poster's signature ends each post
("*« La musique commence là où s'arrêtent les mots. » — Hoffmann*").

A story may print an epigraph or close on a quote, so the line alone says little: audit/furniture.py
takes it for a signature only below the story's prose and a few lines under other furniture (the post's
header, a rule), where a story has nothing left to quote.
"""

from __future__ import annotations

from audit.prose import LazyPattern

# The most words of the signing name ("E. T. A. Hoffmann", "Antoine de Saint-Exupéry").
MAX_SIGNER_WORDS = 6
# A whole line: emphasis, a quotation in any marks, a dash, a capitalised name of a few words.
_SIGNED_QUOTE = LazyPattern(
    r"[*_]*\s*(?:«[^»\n]{3,200}»|“[^”\n]{3,200}”|„[^“”\n]{3,200}[“”]|\"[^\"\n]{3,200}\")\s*"
    r"[—–-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0," + str(MAX_SIGNER_WORDS - 1) + r"}\s*[*_]*"
)


def is_signed_quote(body: str) -> bool:
    """True for a line that is only a quotation and the name that signs it.

    >>> is_signed_quote("*«La música empieza donde acaban las palabras.» — E. T. A. Hoffmann*")
    True
    >>> is_signed_quote("« Nous ferons appel », a déclaré l'un d'eux à la sortie de la salle.")
    False
    """
    return _SIGNED_QUOTE.compiled.fullmatch(body.strip()) is not None
