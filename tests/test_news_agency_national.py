"""The main pairs' remaining national news agencies rendered word for word (audit/news_agency.py, the
`media.agencies` gazetteers): the English-speaking press's (PA, AAP, The Canadian Press, SAnews), the
French-speaking press's (Belga, Keystone-SDA, Madagascar's Taratra, Haiti's AHP), in every language; and
the same words as ordinary prose or as another body's name ("the press agency of the club", "l'Agence
canadienne d'inspection des aliments", "the Australian Communications and Media Authority"), silent."""

from __future__ import annotations

import pytest

from tests.test_media_main_pairs import _findings

# (language, text, the flagged span, the suggestion).
RENDERED = [
    ("en", "The British Press Agency said the rail strike would end on Friday.", "British Press Agency", "PA Media"),
    (
        "en",
        "Firefighters told the Australian News Agency that the blaze was contained.",
        "Australian News Agency",
        "Australian Associated Press",
    ),
    (
        "en",
        "In Pretoria, the South African Press Agency said the count was complete.",
        "South African Press Agency",
        "SAnews",
    ),
    (
        "en",
        "The Canadian News Agency quoted the premier on the pipeline.",
        "Canadian News Agency",
        "The Canadian Press",
    ),
    ("en", "The Malagasy News Agency said the cyclone had reached the coast.", "Malagasy News Agency", "Taratra"),
    ("en", "In Port-au-Prince, the Haitian News Agency said the road was blocked.", "Haitian News Agency", "AHP"),
    (
        "fr",
        "Selon l'Agence de presse britannique, la grève prendra fin vendredi.",
        "Agence de presse britannique",
        "agence PA",
    ),
    (
        "fr",
        "L'Agence de presse canadienne a cité la première ministre.",
        "Agence de presse canadienne",
        "la Presse canadienne",
    ),
    (
        "fr",
        "L'Agence de presse sud-africaine a annoncé les résultats du vote.",
        "Agence de presse sud-africaine",
        "agence SAnews",
    ),
    ("fr", "Selon l'Agence de presse belge, le gouvernement a démissionné.", "Agence de presse belge", "agence Belga"),
    (
        "fr",
        "L'Agence de presse malgache a indiqué que le cyclone approchait.",
        "Agence de presse malgache",
        "agence Taratra",
    ),
    (
        "de",
        "Die Australische Presseagentur berichtete über den Buschbrand.",
        "Australische Presseagentur",
        "Nachrichtenagentur AAP",
    ),
    (
        "de",
        "Wie die Schweizerische Nachrichtenagentur meldete, tritt die Ministerin zurück.",
        "Schweizerische Nachrichtenagentur",
        "Nachrichtenagentur Keystone-SDA",
    ),
    (
        "de",
        "Die Südafrikanische Presseagentur meldete das Ergebnis der Wahl.",
        "Südafrikanische Presseagentur",
        "Nachrichtenagentur SAnews",
    ),
    (
        "es",
        "La Agencia de Noticias Británica informó de la huelga de los médicos.",
        "Agencia de Noticias Británica",
        "agencia PA",
    ),
    (
        "es",
        "En Puerto Príncipe, la Agencia Haitiana de Prensa informó del bloqueo.",
        "Agencia Haitiana de Prensa",
        "agencia AHP",
    ),
    (
        "it",
        "L'Agenzia Australiana di Notizie ha riferito dell'incendio.",
        "Agenzia Australiana di Notizie",
        "agenzia AAP",
    ),
    (
        "it",
        "L'Agenzia di stampa malgascia ha riferito del ciclone.",
        "Agenzia di stampa malgascia",
        "agenzia Taratra",
    ),
    (
        "pt",
        "A Agência de Notícias Sul-Africana divulgou os resultados.",
        "Agência de Notícias Sul-Africana",
        "agência SAnews",
    ),
    (
        "pt",
        "A Agência de Notícias Canadense citou o primeiro-ministro.",
        "Agência de Notícias Canadense",
        "agência The Canadian Press",
    ),
    # A plural linking word inside the name ("delle"), a country named by its people ("du pays khmer").
    (
        "it",
        "Secondo l'Agenzia delle Notizie del Kenya, la diga ha ceduto.",
        "Agenzia delle Notizie del Kenya",
        "agenzia KNA",
    ),
    (
        "fr",
        "Selon l'Agence de presse du pays khmer, le fleuve a débordé.",
        "Agence de presse du pays khmer",
        "agence AKP",
    ),
]

SILENT = [
    # Ordinary words those renderings share.
    ("en", "The press agency of the club said the coach would stay."),
    ("en", "She applied to the national agency for employment in Canada."),
    ("en", "A British press agency photographer was hurt in the crush."),
    ("fr", "L'agence de presse du ministère a publié un communiqué."),
    ("fr", "Une agence de presse belge a recruté trois photographes."),
    ("es", "La agencia de prensa del club anunció el fichaje."),
    ("it", "L'agenzia nazionale per l'impiego ha pubblicato i dati."),
    ("pt", "A agência de notícias do clube anunciou a contratação."),
    ("de", "Eine britische Nachrichtenagentur hatte zuerst berichtet."),
    # The names those presses write.
    ("en", "The Canadian Press reported that the ferry was delayed."),
    ("en", "The Haitian Press Agency reported that the road was cut."),
    ("en", "The African Press Agency said the summit was postponed."),
    ("fr", "Selon la Presse canadienne, le traversier a été retardé."),
    ("fr", "Selon l'Agence haïtienne de presse, la route est bloquée."),
    ("de", "Die Schweizerische Depeschenagentur meldete den Rücktritt."),
    ("de", "Die britische Nachrichtenagentur PA meldete den Rücktritt."),
    # Other bodies named with the same country words.
    ("en", "The Australian Communications and Media Authority fined the carrier."),
    ("en", "The Canada Revenue Agency sent the letters in March."),
    ("en", "The British Council and the Australian Press Council met in Sydney."),
    ("fr", "L'Agence canadienne d'inspection des aliments a rappelé le produit."),
    ("fr", "L'Agence belge de développement finance le projet."),
    ("de", "Der Schweizer Nachrichtendienst warnte vor Cyberangriffen."),
    ("es", "La Agencia Canadiense de Inspección de Alimentos retiró el producto."),
    ("it", "L'Agenzia delle Dogane del Kenya ha sequestrato il carico."),
    ("it", "Secondo l'Agenzia delle Entrate, il gettito è salito."),
    ("fr", "L'agence de presse du pays a démenti l'information."),
    ("fr", "L'Agence de développement du pays basque a financé le port."),
]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_a_national_agency_rendered_word_for_word_is_reported(
    code: str, text: str, rendering: str, suggestion: str
) -> None:
    assert _findings(text, code) == [(rendering, suggestion)]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_the_same_words_as_prose_or_another_body_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []
