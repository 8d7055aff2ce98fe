"""Families of page furniture that generalise beyond a site: print editions (running heads, folios,
mastheads), copyright notices in any wording, forum and blog furniture, reaction counters, template
placeholders, and the interface of a source language left on a translated page. Each family is
written here anew in several languages (none is a line of the dirty corpus), beside lines of articles
that look alike and must stay silent."""

from __future__ import annotations

import pytest

from tests.test_furniture_families import _found

FAMILIES = [
    # Running heads and mastheads of a printed page: a page number glued to a section, wide gaps, issues.
    ("de", "9 POLITIK · Freitag, 4. April 2025 · Nr. 78", "running head"),
    ("fr", "LA GAZETTE DU LAC · JEUDI 6 MARS 2025 · ÉCONOMIE 11", "running head"),
    ("en", "THE VALLEY TIMES    Page 9    Monday, 3 March 2025", "running head"),
    ("es", "DIARIO DEL VALLE · Edición n.º 412 · Lunes, 3 de marzo de 2025", "running head"),
    ("pt", "JORNAL DA SERRA · Edição nº 1203 · Sexta-feira, 7 de março de 2025", "running head"),
    ("en", "HARBOUR NOTES · Issue 48 · Friday, 7 March 2025", "running head"),
    # A folio alone, left where a printed page broke.
    ("en", "- 14 -", "running head"),
    ("it", "— 7 —", "running head"),
    ("de", "SPORT 22", "running head"),
    ("fr", "12 ÉCONOMIE", "running head"),
    ("es", "INTERNACIONAL 5", "running head"),
    # Copyright notices in any wording: the mark, the holder, what the rights allow.
    ("en", "ⓒ Valley Daily, unauthorized copying and redistribution prohibited", "copyright"),
    ("en", "© Harbour Weekly. Reprinting only with the written permission of the publisher.", "copyright"),
    ("de", "© Landbote Verlag. Nachdruck nur mit Genehmigung des Verlags.", "copyright"),
    ("fr", "© Le Courrier du Lac, reproduction interdite sans l'accord de l'éditeur", "copyright"),
    ("es", "© Diario del Valle. Prohibida su reproducción total o parcial.", "copyright"),
    ("it", "*© 2025 Gazzetta del Lago. Riproduzione vietata senza autorizzazione.*", "copyright"),
    ("pt", "© Jornal da Serra. Proibida a reprodução sem autorização.", "copyright"),
    ("de", "© dpa-infocom, dpa:250304-930-445566/1", "copyright"),
]

SILENT = [
    # Prose about copyright, a photo credit, a page number in a sentence or a quote, scores and results.
    ("en", "© Jane Doe, courtesy of the harbour museum"),
    ("en", "© Tom Reyes / Reuters"),
    ("en", "Copyright holders may forbid reproduction of their work, the court ruled on Monday."),
    ("de", "Der Verlag untersagte den Nachdruck, wie eine Sprecherin am Montag mitteilte."),
    ("fr", "La reproduction de l'article est interdite, a rappelé l'éditeur dans un communiqué."),
    ("en", '"See page 6 of the report," the auditor said, "and you will find the missing sums."'),
    ("en", "COVID 19"),
    ("de", "Sport 22"),
    ("es", "Real Madrid · 3"),
    ("it", "Il numero 7 della rivista uscì il 3 marzo 2025, con un lungo dossier sul porto."),
    ("en", "Issue 48 was published on Friday, 7 March 2025, with a long report on the harbour."),
]


@pytest.mark.parametrize(("code", "line", "kind"), FAMILIES, ids=[line for _, line, _ in FAMILIES])
def test_each_family_is_found_between_paragraphs(code: str, line: str, kind: str) -> None:
    assert _found(code, line) == [(line, kind)]


@pytest.mark.parametrize(("code", "line"), SILENT, ids=[line for _, line in SILENT])
def test_article_lines_that_look_alike_stay_silent(code: str, line: str) -> None:
    assert _found(code, line) == []
