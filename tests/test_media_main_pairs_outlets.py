"""The best-known outlets of the main pairs' countries named by the meaning of their names (the media19
sweep of `media.papers`: Kenya, South Africa, Nigeria, Ghana, the UK, the US, Canada, Australia,
Singapore, the Philippines, francophone Europe and Africa, the Maghreb, the Arab League), a rendering
carried across a word linking names ("le Globe et le Courrier"); and their common words ("the sun",
"l'étoile du match", "the nation mourned") in ordinary prose, silent."""

from __future__ import annotations

import pytest

from tests.test_media_main_pairs import _findings

# A sample of the sweep, in every language (language, text, the flagged span, the suggestion).
RENDERED = [
    (
        "fr",
        "Au Kenya, selon La Nation quotidienne, le scrutin a été reporté à Nairobi.",
        "La Nation quotidienne",
        "Daily Nation",
    ),
    ("fr", "À Nairobi, la chaîne Télévision Citoyenne a diffusé le débat.", "Télévision Citoyenne", "Citizen TV"),
    (
        "fr",
        "À Toronto, d'après le Globe et le Courrier, les pompiers arrivent.",
        "Globe et le Courrier",
        "The Globe and Mail",
    ),
    (
        "fr",
        "À Johannesburg, les coureurs ont souffert, a rapporté Courrier & Gardien.",
        "Courrier & Gardien",
        "Mail & Guardian",
    ),
    ("fr", "À Glasgow, le budget a été adopté, rapporte le Héraut.", "Héraut", "The Herald"),
    (
        "fr",
        "À Melbourne, le journal Le Soleil Héraut rapporte que les routes sont fermées.",
        "Le Soleil Héraut",
        "Herald Sun",
    ),
    ("fr", "À Johannesburg, il a parlé, cité par le Temps du dimanche.", "Temps du dimanche", "Sunday Times"),
    ("de", "In Kenia berichtete der Sender Bürgerfernsehen aus Nairobi.", "Bürgerfernsehen", "Citizen TV"),
    ("de", "In Paris meldete die Zeitung Das Kreuz, die Bischöfe hätten getagt.", "Das Kreuz", "La Croix"),
    (
        "de",
        "In Manama berichtete die Zeitung Golfnachrichten über den König von Bahrain.",
        "Golfnachrichten",
        "Akhbar Al Khaleej",
    ),
    (
        "es",
        "En Kenia, según el diario La Estrella, la policía de Nairobi detuvo a tres sospechosos.",
        "La Estrella",
        "The Star",
    ),
    ("es", "En Beirut, según el diario El Futuro, el gobierno libanés dimitirá.", "El Futuro", "Al-Mustaqbal"),
    (
        "es",
        "En Toronto, según el diario Estrella de Toronto, el gobierno canadiense cayó.",
        "Estrella de Toronto",
        "Toronto Star",
    ),
    (
        "es",
        "En Johannesburgo, según el Correo y Guardián, la policía investiga.",
        "Correo y Guardián",
        "Mail & Guardian",
    ),
    ("es", "En Nairobi, el canal Televisión Ciudadana emitió el debate keniano.", "Televisión Ciudadana", "Citizen TV"),
    (
        "it",
        "A Manila, secondo il quotidiano Stella Filippina, il presidente ha parlato.",
        "Stella Filippina",
        "The Philippine Star",
    ),
    ("it", "In Egitto, secondo il quotidiano La Delegazione, il governo del Cairo cadrà.", "La Delegazione", "Al-Wafd"),
    ("it", "In Scozia, secondo il quotidiano L'Araldo, il bilancio è passato a Edimburgo.", "L'Araldo", "The Herald"),
    ("pt", "Em Lagos, segundo o jornal Vanguarda, o governo nigeriano caiu.", "Vanguarda", "Vanguard"),
    (
        "pt",
        "Em Singapura, segundo o jornal Tempos do Estreito, o governo decidiu.",
        "Tempos do Estreito",
        "The Straits Times",
    ),
    ("pt", "Em Accra, segundo o jornal Tempos Ganeses, o parlamento votou.", "Tempos Ganeses", "Ghanaian Times"),
    ("pt", "Na Escócia, segundo o Registo Diário, o orçamento passou em Edimburgo.", "Registo Diário", "Daily Record"),
    (
        "en",
        "In Abidjan, the daily Brotherhood Morning reported that Ivorian cocoa prices rose.",
        "Brotherhood Morning",
        "Fraternité Matin",
    ),
    ("en", "In Iraq, the Sumerian channel broadcast the footage from Baghdad.", "Sumerian", "Alsumaria"),
    ("en", "In Algiers, the daily Freedom reported that the minister resigned.", "Freedom", "Liberté"),
    ("en", "In Beirut, the daily The Future reported that the Lebanese cabinet met.", "The Future", "Al-Mustaqbal"),
    ("en", "In Rabat, the daily The Morning reported that the Moroccan king spoke.", "The Morning", "Le Matin"),
    (
        "en",
        "In Bamako, the daily The Republican reported that the Malian junta met.",
        "The Republican",
        "Le Républicain",
    ),
]

# The same common words as ordinary prose in the outlets' countries.
SILENT = [
    # Region names and everyday phrases that once rendered a paper: the Middle East (Asharq Al-Awsat), German
    # nouns capitalised as German writes them (24 heures, Le Matin), Piacenza's own daily Libertà.
    ("en", "Saudi Arabia is the largest economy in the Middle East, Saudi officials in Riyadh said."),
    ("de", "In Lausanne fiel in der Schweiz innerhalb von 24 Stunden so viel Regen wie sonst in einem Monat."),
    ("de", "In Genf in der Schweiz wurde am Morgen die Autobahn gesperrt; laut Morgen soll es regnen."),
    ("it", "A Friburgo, in Svizzera, Libertà, quotidiano di Piacenza, ha aperto con l'incendio."),
    ("es", "En Bruselas, capital de Bélgica, última hora: el Gobierno anunció nuevas medidas en Lieja."),
    ("en", "The sun rose over Dakar as the Senegalese team trained."),
    ("en", "In Nairobi, the nation mourned the former president, Kenyan officials said."),
    ("en", "In Toronto, the star of the team said the Canadian fans were great."),
    ("en", "In Paris, The World Bank's French director spoke."),
    ("en", "In Dubai, the Gulf states met and the Emirati minister spoke."),
    ("en", "In Lausanne, the race lasted 24 hours, Swiss organisers said."),
    ("en", "In Algiers, Freedom Square filled with Algerian protesters."),
    ("en", "In Baghdad, the Sumerian tablets were shown to Iraqi visitors."),
    ("en", "In Ouagadougou, the Country Director of the bank met Burkinabe officials."),
    ("en", "In Rabat, the Moroccan king spoke in the morning. Morning prayers followed."),
    ("en", "In Bamako, the Malian army said the Republican Guard was loyal."),
    ("fr", "À Dakar, le soleil se levait sur le stade."),
    ("fr", "À Nairobi, il a été l'étoile du match, selon l'entraîneur kényan."),
    ("fr", "À Glasgow, le héraut a lu la proclamation devant le parlement écossais."),
    ("fr", "À Paris, le monde de la culture pleure l'acteur français."),
    ("fr", "À Johannesburg, le courrier et le gardien de l'immeuble sont arrivés."),
    ("fr", "À Bagdad, les tablettes sumériennes ont été montrées aux visiteurs irakiens."),
    ("fr", "En Écosse, le Registre national des électeurs a été publié à Édimbourg."),
    ("fr", "Au Canada, le globe terrestre et le courrier des lecteurs ont été évoqués à Toronto."),
    ("de", "In Nairobi steht der Stern des kenianischen Läufers hoch, sagte der Trainer."),
    ("de", "In Kenia sprach der Bürger aus Nairobi über das Fernsehen."),
    ("es", "En Nairobi, la nación lloró al expresidente keniano."),
    ("es", "En Beirut, el futuro del gobierno libanés es incierto."),
    ("es", "En Nairobi, la estrella del equipo keniano marcó dos goles."),
    ("it", "A Nairobi, la stella della squadra keniota ha segnato."),
    ("it", "A Beirut, il futuro del governo libanese è incerto, ha scritto il giornale."),
    ("pt", "Em Lagos, a vanguarda do movimento nigeriano protestou."),
    ("pt", "Em Singapura, o estreito de Malaca é vigiado, disse o governo."),
]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_a_main_pair_country_outlet_named_by_its_meaning_is_reported(
    code: str, text: str, rendering: str, suggestion: str
) -> None:
    assert _findings(text, code) == [(rendering, suggestion)]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_the_outlets_common_words_in_prose_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []
