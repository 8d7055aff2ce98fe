"""The main pairs' outlets translated word for word (audit/newspaper.py): Arab channels named by their
origin in English ("the Iraqi channel"), English-language papers and channels of the UK, Nigeria, India,
Australia and Ireland in the other languages ("le Gardien", "au Coup de poing", "Televisão Canais"),
French-language papers in English ("The Evening"); and the same words as ordinary prose, silent."""

from __future__ import annotations

import pytest

from audit import Config, audit_text

# (language, text, the flagged span, the suggestion).
RENDERED = [
    (
        "en",
        "In Riyadh, the Saudi grid grew. The Arab channel reported that talks were under way.",
        "Arab",
        "Al Arabiya",
    ),
    (
        "en",
        "In Basra, the Iraqi federation thanked the police, and the Iraqi channel broadcast the match.",
        "Iraqi",
        "Al-Iraqiya",
    ),
    (
        "en",
        "BRUSSELS. Speaking to The Evening, the trumpeter recalled the concert in Belgium.",
        "The Evening",
        "Le Soir",
    ),
    ("en", "In Geneva, the Swiss daily The Time reported the bank's losses.", "The Time", "Le Temps"),
    ("en", "In Montreal, according to The Press, the Quebec premier resigned.", "The Press", "La Presse"),
    ("en", "In Beirut, the Lebanese channel The Squares aired the speech.", "The Squares", "Al Mayadeen"),
    (
        "fr",
        "À Chypre, les urgences ont reçu 2 500 appels, rapporte le Gardien, quotidien britannique.",
        "Gardien",
        "The Guardian",
    ),
    (
        "fr",
        "À Londres, un chercheur britannique cité par le Télégraphe quotidien l'a confirmé.",
        "Télégraphe quotidien",
        "The Daily Telegraph",
    ),
    ("fr", "« Il nous a tout appris », a déclaré au Coup de poing le chanteur, à Lagos.", "Coup de poing", "The Punch"),
    (
        "fr",
        "Sa veuve a indiqué à Télévision Canaux que les obsèques auraient lieu à Lagos.",
        "Télévision Canaux",
        "Channels Television",
    ),
    ("fr", "À New Delhi, selon le Temps de l'Inde, la mousson est en retard.", "Temps de l'Inde", "The Times of India"),
    ("pt", "Em Lagos, o Guardião, outro diário nigeriano, recorda o músico.", "Guardião", "The Guardian"),
    (
        "pt",
        "Uma vizinha citada pela Televisão Canais falou aos nigerianos de Lagos.",
        "Televisão Canais",
        "Channels Television",
    ),
    ("es", "En Dublín, según el diario Tiempos Irlandeses, el Gobierno cayó.", "Tiempos Irlandeses", "The Irish Times"),
    ("it", "A Lagos, secondo il quotidiano nigeriano Il Pugno, la città piange il musicista.", "Il Pugno", "The Punch"),
    (
        "de",
        "In Lagos berichtete die nigerianische Zeitung Der Wächter über die Trauerfeier.",
        "Der Wächter",
        "The Guardian",
    ),
    ("de", "In Brüssel berichtete die belgische Zeitung Der Abend über das Konzert.", "Der Abend", "Le Soir"),
    ("es", "En Bruselas, según el diario belga La Tarde, el músico murió.", "La Tarde", "Le Soir"),
    ("it", "A Beirut la rete libanese Le Piazze ha trasmesso il discorso.", "Le Piazze", "Al Mayadeen"),
    ("pt", "Em Bruxelas, segundo o jornal belga A Noite, o músico morreu.", "A Noite", "Le Soir"),
]

# The same words as ordinary prose, or as a description of an outlet, in the country they would name.
SILENT = [
    ("en", "In Baghdad, the Iraqi newspaper Al-Sabah reported that Iraqi TV broadcast the match."),
    ("en", "In Baghdad, an Iraqi channel broadcast the match; the Iraqi channel Al-Sharqiya did not."),
    ("en", "In Riyadh, the minister spoke to the Arab channel's correspondent. Arab TV stations showed it."),
    ("en", "BRUSSELS. The concert in Belgium ended in the evening. The Evening of his life was quiet."),
    ("en", "In Montreal, La Presse reported that the Quebec premier resigned."),
    ("fr", "À Londres, le gardien du stade a ouvert les portes. Le Gardien de Chelsea a arrêté le penalty."),
    ("fr", "À Lagos, un coup de poing a éclaté. Coup de poing au Nigeria : la police enquête."),
    ("fr", "À Londres, le temps est resté sec, selon le Met Office britannique."),
    ("fr", "À Londres, le quotidien britannique The Guardian a révélé l'affaire."),
    ("pt", "Em Lagos, o guardião do estádio abriu as portas. O Guardião, o filme nigeriano, estreou."),
    ("es", "En Londres, el guardián del museo británico abrió las puertas."),
    ("it", "A Londra il custode del museo britannico ha aperto le porte."),
    ("de", "In London hat der Wächter das britische Museum geöffnet."),
    ("de", "In Brüssel war der Abend lang. Am Abend spielte er in Belgien."),
    ("es", "En Bruselas, por la tarde, el músico belga tocó. La Tarde fue larga."),
    ("it", "A Bruxelles la sera era calda. La Sera del concerto a Bruxelles fu lunga."),
]


def _findings(text: str, code: str) -> list[tuple[str, str | None]]:
    result = audit_text(text, Config(lang=code))
    return [
        (text[finding.start : finding.end], finding.fix.edits[0].replacement if finding.fix else None)
        for finding in result.findings
        if finding.rule in ("literal-media-title", "glossary")
    ]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_a_main_pair_outlet_named_by_its_meaning_is_reported(
    code: str, text: str, rendering: str, suggestion: str
) -> None:
    assert _findings(text, code) == [(rendering, suggestion)]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_the_same_words_as_prose_or_description_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []
