"""Families of page furniture that generalise beyond a site: print editions (running heads, folios,
mastheads), copyright notices in any wording, forum and blog furniture, reaction counters, template
placeholders, and the interface of a source language left on a translated page. Each family is
written here anew in several languages (none is a line of the dirty corpus), beside lines of articles
that look alike and must stay silent."""

from __future__ import annotations

import pytest

from audit.furniture import detect
from tests.test_furniture_families import _found, _page

FAMILIES = [
    # Running heads and mastheads of a printed page: a page number glued to a section, wide gaps, issues.
    ("de", "9 POLITIK · Freitag, 4. April 2025 · Nr. 78", "running head"),
    ("fr", "LA GAZETTE DU LAC · JEUDI 6 MARS 2025 · ÉCONOMIE 11", "running head"),
    ("en", "THE VALLEY TIMES    Page 9    Monday, 3 March 2025", "running head"),
    ("es", "DIARIO DEL VALLE · Edición n.º 412 · Lunes, 3 de marzo de 2025", "running head"),
    ("pt", "JORNAL DA SERRA · Edição nº 1203 · Sexta-feira, 7 de março de 2025", "running head"),
    ("en", "HARBOUR NOTES · Issue 48 · Friday, 7 March 2025", "running head"),
    # A weekly's issue row: its number, the week it covers as a range, its price.
    ("fr", "N° 88 | Du 12 au 18 mai 2025 | 3,20 €", "running head"),
    ("es", "Número 57 · Del 2 al 8 de junio de 2025 · 2,80 €", "running head"),
    ("de", "Nr. 19 · 5. bis 11. Mai 2025 · 4,20 €", "running head"),
    # A browser's print header: the day and the time of printing, the page's title, the site's name.
    ("en", "04/11/2025 16:42 Harbour dredging resumes after the storm | Valley Courier", "running head"),
    ("it", "18/02/2025, 08:05 Porto di Genova, riaprono le banchine – Il Corriere del Golfo", "running head"),
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
    # Forum and blog furniture: thread titles, edit stamps, forum paths ending on the thread's title.
    ("en", "Thread: Ferry fares to rise again in April (translated)", "en/forum"),
    ("it", "Discussione: Il porto chiude per lavori", "it/forum"),
    ("en", "Last edited by tidewatcher; 11-02-2025 at 06:40 PM.", "en/forum"),
    ("de", "Zuletzt bearbeitet von hafenblick; 04.03.2025 um 19:02 Uhr.", "de/forum"),
    ("es", "Última edición por vecino_22; 04-03-2025 a las 19:10.", "es/forum"),
    ("de", "Forum › Hafen & Schiffe › Nordsee › Thema: Fährt die Fähre noch im Winter?", "breadcrumb"),
    ("fr", "**Forum des marins** › Ports bretons › Le bac de l'île reprend-il en mai ?", "breadcrumb"),
    # Section paths: to the page's own title, after the site's name, cut by triangles.
    ("en", "Home / World / Asia / Ferry operators report a record year on the strait", "breadcrumb"),
    ("es", "Inicio / Economía / Los pescadores del puerto cierran un año récord", "breadcrumb"),
    ("en", "VALLEY NEWS ▶ Economy ▶ Industry", "breadcrumb"),
    ("it", "Gazzetta.it › Esteri › Asia — aggiornato 2 ore fa", "breadcrumb"),
    # Reaction counters, in the page's language or the source's.
    ("en", "Like 12 · Sad 2 · Angry 5", "reactions"),
    ("en", "Recommended 88 Not recommended 4", "reactions"),
    ("de", "Gefällt mir 31 | Traurig 2", "reactions"),
    ("fr", "J'aime 40 · Triste 3", "reactions"),
    ("en", "추천 15 비추천 2", "reactions"),
    # Teasers led by a lead and an arrow, a triangle, an icon or a closing bracket.
    ("it", "Leggi anche ▸ Il porto di Genova amplia la diga", "it/related"),
    ("it", "Ti potrebbe interessare ➜ Napoli, riapre la funicolare", "it/related"),
    ("de", "Mehr zum Thema ► Kiel: Neue Fähre startet im Mai ► Lübeck: Der Hafen wächst weiter", "de/related"),
    ("en", "[Related] Port workers vote to end the strike", "en/related"),
    ("pt", "ÚLTIMA HORA ⚡ Greve no porto de Leixões termina", "es/live"),
    ("de", "Weitere Meldungen: Hafen Kiel wächst · Fähre nach Sylt fällt aus", "de/related"),
    # Notes on where the page's words come from: machine translated or aggregated.
    ("en", "Disclaimer: This article was automatically aggregated from a partner feed.", "tools"),
    ("de", "Hinweis: Dieser Artikel ist eine maschinelle Übersetzung aus dem Polnischen.", "tools"),
    ("fr", "Source : Gazeta Krakowska, traduction automatique", "tools"),
    ("es", "Fuente: Kathimerini (traducción automática, revisada)", "tools"),
    ("it", "Fonte: Ukrinform – tradotto con DeepL", "tools"),
    ("pt", "Fonte: Kyodo, tradução automática", "tools"),
    ("en", "Syndicated from Valley Wire · 2 hours ago", "en/tools"),
    # A time zone of the region closes a stamp; German "eingestellt" is a stamp's word.
    ("de", "Eingestellt: 2025-03-04 09:10 KST", "stamp"),
    # Reading times said with the word for time.
    ("en", "READING TIME 4 MIN", "reading time"),
    ("es", "Tiempo de lectura: 5 minutos", "reading time"),
    # Newsletter prompts (liked it? forward it, subscribe: only likely alone) and a view-in-browser line.
    ("en", "Liked this newsletter? Share it with a colleague.", "en/prompt"),
    ("es", "👉 ¿Te ha gustado este boletín? Compártelo con tus amigos", "es/prompt"),
    ("it", "Ti è piaciuto questo articolo? Condividilo", "it/prompt"),
    ("es", "¿No ve bien este correo? Haga clic aquí", "es/email"),
    # A text-size switch, in the translation's language or the Chinese source's.
    ("fr", "Taille du texte : Grande Moyenne Petite", "fr/tools"),
    ("en", "【字号：大 中 小】", "zh/tools"),
    # Source-language furniture on a translated page: details to follow, share buttons, full versions.
    ("de", "Ayrıntılar geliyor...", "tr/live"),
    ("fr", "Haberi paylaşın", "tr/share"),
    ("en", "Sila klik untuk versi penuh", "ms/tools"),
    ("de", "Новость дополняется", "ru/live"),
    ("fr", "التفاصيل بعد قليل", "ar/live"),
    ("it", "Chia sẻ bài viết", "vi/share"),
    ("en", "यह भी पढ़ें: जयपुर में मेट्रो का नया रूट", "hi/related"),
    ("es", "Baca juga: Harga cabai naik di Jakarta", "id/related"),
    # An error-report widget's instruction, ending on a keyboard shortcut.
    ("en", "Spotted a typo? Highlight it and press Ctrl+Enter", "tools"),
    ("de", "Fehler gefunden? Markieren Sie ihn und drücken Sie Strg+Enter", "tools"),
    ("fr", "Vous avez repéré une erreur ? Sélectionnez-la et appuyez sur Ctrl+Entrée", "tools"),
    # A continuation mark after an arrow; a blog post's stamp with its poster, date and categories.
    ("it", "--> SEGUE", "wire"),
    ("es", "Publicado por admin_blog el 3 de marzo de 2025 a las 10:15 en Economía, Puertos", "stamp"),
    ("en", "Posted by harbour_desk on 3 March 2025 at 10:15 in News, Ferries", "stamp"),
    ("pt", "Publicado por redacao_site há 2 horas · Fonte: Lusa · 3 min de leitura", "stamp"),
    # Calls to the outlet's own channel on a platform.
    ("en", "▶️ Watch the whole interview on our YouTube channel", "share bar"),
    ("es", "📺 Mira la entrevista completa en nuestro canal de YouTube | Síganos en Instagram", "share bar"),
    ("fr", "Retrouvez tous nos reportages sur notre chaîne YouTube", "share bar"),
    ("de", "Folgen Sie unserem Kanal auf Telegram", "share bar"),
    # The same call as a sentence, opened by its verb: no story speaks so to its reader.
    ("it", "Iscriviti al nostro canale YouTube per non perdere nessun servizio.", "share bar"),
    ("en", "Follow our page on Facebook for live updates from the harbour.", "share bar"),
    ("fr", "Abonnez-vous à notre compte pour suivre le direct", "share bar"),
    ("es", "Síganos en nuestra cuenta para no perderse ningún informativo", "share bar"),
    # A lead in bold before its ad or its teasers; linked teasers may be as long as headlines are.
    ("it", "**Pubblicità** — Fiera del libro di Torino, 8-12 maggio: prenota il tuo biglietto.", "it/ads"),
    (
        "es",
        "**Lee también:** [La ría de Vigo recupera la pesca del pulpo tras dos años de veda](/a) · [El puerto"
        " de Marín amplía sus muelles para los cruceros de verano](/b)",
        "es/related",
    ),
    (
        "en",
        "**Most watched:** [Dredgers return to the harbour mouth](/v/1) | [Ferry crews vote on a new strike](/v/2)",
        "en/related",
    ),
    # A button that follows a topic, the topic a name.
    ("en", "Follow topic: Kenya", "en/tools"),
    ("de", "Thema folgen: Bundesliga", "de/tools"),
    # A template's slot left in the page.
    ("fr", "[[image_credit_placeholder]]", "placeholder"),
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
    ("en", "04/11/2025 16:42 The ferry left the harbour ten minutes late, the operator said."),
    ("fr", "Le 12/03/2024 à 10:15, la Bourse a suspendu la cotation des deux banques | communiqué"),
    ("fr", "Du 12 au 18 mai 2025, le pont restera fermé aux camions de plus de 3,5 tonnes."),
    ("es", "Del 2 al 8 de junio | Puerto de Vigo | 14 buques"),
    ("en", "Last edited by the council on Monday, the plan was sent to the ministry at 10:30."),
    ("en", "Thread by thread, the weavers rebuilt the banner, the curator said."),
    ("en", "Inputs / outputs / costs rose by a third, the report said."),
    ("en", "Paris | London | Berlin"),
    ("de", "CDU 31 · SPD 24 · Grüne 15"),
    ("en", "The bill had 214 votes in favour and 9 against, the clerk announced."),
    ("en", "Like 24 other towns on the coast, the port lost its ferry in 2019."),
    ("it", "Leggi anche il rapporto della commissione, ha detto il sindaco ai giornalisti."),
    ("en", "See [[Harbour Wall]] for the history of the old pier and its lighthouse."),
    ("en", "The treaty was machine translated, the minister admitted, and errors crept in."),
    ("fr", "Source : le ministère, qui a publié une traduction automatique du rapport mardi."),
    ("de", "Die Firma hat die Anleitung maschinell übersetzt, sagte die Sprecherin am Montag."),
    ("en", "Syndicated from the start, the column ran in forty papers across the state by 1990."),
    ("en", "The trains ran   on time   for 6 days, the operator said in its report."),
    ("es", "¿Te ha gustado el nuevo muelle?, preguntó la alcaldesa a los vecinos."),
    ("en", "Did you like the plan? Residents were asked in a survey that closed on Friday."),
    ("fr", "La taille du texte, grande ou petite, dépend du lecteur, selon l'éditeur."),
    ("en", "To copy the file, the clerk pressed Ctrl+C and then Ctrl+V."),
    ("en", "Posted by the ministry on Monday, the letter reached the harbour in March."),
    ("it", "Segue il testo integrale della lettera inviata al sindaco dal comitato."),
    ("en", "The mayor posted the video on her YouTube channel."),
    ("pt", "O nosso canal no YouTube cresceu muito, disse o diretor."),
    # Links in a sentence after a lead's word, and a bold verb that opens one.
    ("en", "See also: [the report](/r) and [the annex](/a), which the council published on Monday after a long delay."),
    ("en", "**Read** [the full report](/r) before the vote, the mayor told councillors."),
    ("en", "Follow topic: the ministers met again on Monday to discuss the port."),
    # A call quoted with its speaker, and a call verb far from any "our".
    ("fr", "« Abonnez-vous à notre chaîne YouTube », a lancé le streamer à ses fans."),
    ("es", "Siga las normas del canal de YouTube de la alcaldía, pidieron los moderadores."),
    ("en", "Follow the money through the channel on YouTube that the council opened in March."),
]


@pytest.mark.parametrize(("code", "line", "kind"), FAMILIES, ids=[line for _, line, _ in FAMILIES])
def test_each_family_is_found_between_paragraphs(code: str, line: str, kind: str) -> None:
    assert _found(code, line) == [(line, kind)]


@pytest.mark.parametrize(("code", "line"), SILENT, ids=[line for _, line in SILENT])
def test_article_lines_that_look_alike_stay_silent(code: str, line: str) -> None:
    assert _found(code, line) == []


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("it", "2025-03-04 09:10:12   Fonte: Rete Liguria   Redattore: Marco Neri"),
        ("en", "2025-03-04 09:10   Source: Harbour Wire   Editor: Tom Reyes"),
    ],
)
def test_a_header_row_cut_by_wide_gaps_is_metadata_at_the_top(code: str, line: str) -> None:
    """A page header printed with wide gaps instead of bars (sites translated from Chinese); like any
    metadata row it is the article's own in the middle, where a table or a listing may stand."""
    assert _found(code, line, "top") == [(line, "meta")]
    assert _found(code, line) == []


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("fr", "Cet article vous a plu ? Partagez-le avec vos proches !"),
        ("es", "¿Te ha gustado esta noticia? Compártela con tus amigos"),
        ("de", "Hat Ihnen dieser Artikel gefallen? Teilen Sie ihn"),
    ],
)
def test_a_prompt_however_sure_its_wording_is_only_likely_between_paragraphs(code: str, line: str) -> None:
    """A call to the reader between two paragraphs keeps an unsafe fix (tests/cases/boilerplate.toml);
    at the bottom of the article, outside its prose, it is sure."""
    middle, bottom = _page(code, line), _page(code, line, "bottom")
    assert [(middle[item.start : item.end], item.sure) for item in detect(middle)] == [(line, False)]
    assert [(bottom[item.start : item.end], item.sure) for item in detect(bottom)] == [(line, True)]
