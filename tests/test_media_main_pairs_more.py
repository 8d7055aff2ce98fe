"""The main pairs' agencies and outlets rendered word for word, second sweep (audit/news_agency.py,
audit/newspaper.py, the media glossaries): an agency's name carried over "for" and "and" ("Arab
Maghreb Agency for News", "Agence palestinienne de presse et d'information"), TAP named with Africa,
Al Jazeera cited by any Arab country's press ("the Island channel", "a cadeia A Ilha"), a paper named by
its place only where the place stands as the outlet ("the Jerusalem newspaper"), a paper's own article
at a sentence's start ("The Duty also recalls"); and the same words as ordinary prose, silent."""

from __future__ import annotations

import pytest

from tests.test_media_main_pairs import _findings

# (language, text, the flagged span, the suggestion).
RENDERED = [
    (
        "en",
        "In Casablanca, the statement was carried by the Arab Maghreb Agency for News.",
        "Arab Maghreb Agency for News",
        "Maghreb Arabe Presse",
    ),
    (
        "en",
        "In Nablus, headmasters told the Palestinian Agency for News and Information that the site went down.",
        "Palestinian Agency for News and Information",
        "WAFA",
    ),
    (
        "en",
        "In Cairo, the Agency of the Middle East for News reported the decision.",
        "Agency of the Middle East for News",
        "Middle East News Agency",
    ),
    ("en", "In Morocco, economists interviewed by the Island channel warned about the bill.", "Island", "Al Jazeera"),
    ("en", "In Ramallah, the Jerusalem newspaper reported that students sat the exam.", "Jerusalem", "Al-Quds"),
    (
        "en",
        "In Hebron, she told the Palestine satellite channel that she had not slept.",
        "Palestine satellite channel",
        "Palestine TV",
    ),
    ("en", "In Montreal, the salt ran out on Wednesday. The Duty also recalls the ice storm.", "The Duty", "Le Devoir"),
    (
        "fr",
        "À Tunis, le taux a progressé, a rapporté l'Agence Tunisie Afrique des nouvelles.",
        "Agence Tunisie Afrique des nouvelles",
        "agence TAP",
    ),
    (
        "fr",
        "À Ramallah, l'Agence palestinienne de presse et d'information a publié le bilan.",
        "Agence palestinienne de presse et d'information",
        "agence WAFA",
    ),
    (
        "fr",
        "À Limerick, selon l'Examinateur irlandais, ce titre confirme la place du comté.",
        "Examinateur irlandais",
        "Irish Examiner",
    ),
    (
        "fr",
        "À Nouakchott, le site d'information Les Nouvelles rapporte que la route est coupée.",
        "Les Nouvelles",
        "Al-Akhbar",
    ),
    ("fr", "À Ramallah, le journal Jérusalem a publié les résultats.", "Jérusalem", "Al-Quds"),
    ("en", "In Jeddah, the Riyadh newspaper reported that the metro opened.", "Riyadh", "Al Riyadh"),
    ("en", "In Jeddah, the Event channel showed the crowds, the Saudi ministry said.", "Event", "Al Hadath"),
    ("fr", "À Djeddah, le journal Riyad a annoncé l'ouverture du métro.", "Riyad", "Al Riyadh"),
    ("fr", "À Djeddah, la chaîne saoudienne L'Événement a montré la foule.", "L'Événement", "Al Hadath"),
    ("pt", "Em Omã, a cadeia A Ilha mostrou imagens de pescadores em Mirbat.", "A Ilha", "Al Jazeera"),
    (
        "pt",
        "Em Gaza, segundo a Agência Palestiniana para as Notícias e a Informação, o campo foi bombardeado.",
        "Agência Palestiniana para as Notícias e a Informação",
        "agência WAFA",
    ),
    (
        "es",
        "En Rabat, según la Agencia Árabe del Magreb para las Noticias, el rey recibió al ministro.",
        "Agencia Árabe del Magreb para las Noticias",
        "agencia MAP",
    ),
    (
        "es",
        "En Túnez, según la Agencia Túnez África de Noticias, la tasa subió.",
        "Agencia Túnez África de Noticias",
        "agencia TAP",
    ),
    (
        "it",
        "A Gaza, secondo l'Agenzia Palestinese per le Notizie e l'Informazione, il campo è stato bombardato.",
        "Agenzia Palestinese per le Notizie e l'Informazione",
        "agenzia WAFA",
    ),
    (
        "de",
        "In Gaza berichtete die Palästinensische Agentur für Nachrichten und Information, das Lager brenne.",
        "Palästinensische Agentur für Nachrichten und Information",
        "Nachrichtenagentur WAFA",
    ),
]

# The same words as ordinary prose, or as a description of an outlet or another body.
SILENT = [
    ("en", "In Riyadh, the Saudi Press Agency and Kuwait News Agency reported it."),
    ("en", "In Rabat, the Moroccan Agency for Sustainable Energy signed the deal."),
    ("en", "In Ramallah, a Jerusalem newspaper reported that students sat the exam."),
    ("en", "In Ramallah, the Jerusalem daily Al-Quds reported that students sat the exam."),
    ("en", "In Ramallah, Jerusalem reported calm and the talks went on."),
    ("en", "In Morocco, tourists took the Island ferry across the channel."),
    ("en", "In Montreal, the nurses said it was their duty. Duty also calls them."),
    ("en", "In Nouakchott, the news channel showed the flood, and the news also reported deaths."),
    ("en", "In Oman, the vision of the port was the sultan's, the Times of Oman reported."),
    ("en", "In Jeddah, a Riyadh newspaper reported that the metro opened."),
    ("en", "In Jeddah, the event drew crowds; the Event of the year, Riyadh Season, opened."),
    ("fr", "À Djeddah, l'événement a attiré la foule venue de Riyad."),
    ("fr", "À Rabat, l'Agence marocaine pour l'énergie durable a signé l'accord."),
    ("fr", "À Ramallah, un journal de Jérusalem a publié les résultats."),
    ("fr", "À Nouakchott, les nouvelles de la route sont mauvaises, rapporte un habitant."),
    ("fr", "À Dublin, l'examinateur irlandais a corrigé les copies du baccalauréat."),
    ("pt", "Em Omã, a ilha de Masirah recebeu os pescadores e a cadeia de hotéis abriu."),
    ("es", "En Rabat, la Agencia Marroquí para la Energía Sostenible firmó el acuerdo."),
    ("it", "A Doha, l'isola artificiale ha ospitato il vertice sul Qatar."),
    ("de", "Die Palästinensische Information ist knapp, sagte er in Gaza."),
]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_a_main_pair_agency_or_outlet_rendered_word_for_word_is_reported(
    code: str, text: str, rendering: str, suggestion: str
) -> None:
    assert _findings(text, code) == [(rendering, suggestion)]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_the_same_words_as_prose_or_description_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []
