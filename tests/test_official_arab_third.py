"""The Arab states' bodies, third sweep: the magistrate courts, the Shura councils, the prime minister's office,
Morocco's utilities and planning commission, the Royal Oman Police, audit bureaus, ministries, Sharia courts,
chambers of commerce and football associations named after the "ball", as MT renders them word for word in
each article language; their own names and ordinary prose with the same words stay silent.

Why: Arabic → English and Arabic → French are the project's main pairs, and MT glosses these bodies
(محكمة الصلح as "Court of Reconciliation", مجلس الشورى as "Consejo de la Consulta", شرطة عمان السلطانية as
"Polícia Sultânica"); the press writes the bodies' own names.
"""

from __future__ import annotations

import pytest

from tests.test_official_arab_more import _found

# [language, text, the span reported, its suggestion]
FOUND = [
    ("en", "In Amman, the Court of Reconciliation fined two men.", "Court of Reconciliation", "Magistrate Court"),
    (
        "en",
        "Qatar's Consultation Council will debate the budget in Doha.",
        "Qatar's Consultation Council",
        "Shura Council",
    ),
    (
        "en",
        "In Ramallah, the Presidency of the Council of Ministers congratulated the students.",
        "Presidency of the Council of Ministers",
        "Prime Minister's Office",
    ),
    (
        "en",
        "In Casablanca, the National Office for Electricity and Water Suitable for Drinking opened a plant.",
        "National Office for Electricity and Water Suitable for Drinking",
        "National Office of Electricity and Drinking Water",
    ),
    (
        "en",
        "The High Delegation for Planning put unemployment in Morocco at 13%.",
        "High Delegation for Planning",
        "High Commission for Planning",
    ),
    ("en", "The Sultanic Police of Oman closed roads in Dhofar.", "Sultanic Police of Oman", "Royal Oman Police"),
    ("en", "In Kuwait, the Accounting Bureau criticised the ministry.", "Accounting Bureau", "Audit Bureau"),
    (
        "en",
        "In Cairo, the Central Apparatus for Accounts released its report.",
        "Central Apparatus for Accounts",
        "Accountability State Authority",
    ),
    (
        "en",
        "Egypt's Ministry of Working Forces announced a minimum wage.",
        "Egypt's Ministry of Working Forces",
        "Ministry of Manpower",
    ),
    (
        "en",
        "In Algiers, the National Company for Electricity and Gas cut prices.",
        "National Company for Electricity and Gas",
        "Sonelgaz",
    ),
    ("en", "In Amman, the Legitimate Court ruled on the divorce.", "Legitimate Court", "Sharia court"),
    (
        "en",
        "The Room of Commerce and Industry in Beirut warned of losses.",
        "Room of Commerce and Industry",
        "Chamber of Commerce and Industry",
    ),
    ("en", "The Kuwaiti Ball Federation suspended the league.", "Kuwaiti Ball Federation", "Football Association"),
    (
        "fr",
        "À Amman, le Tribunal de la réconciliation a condamné deux hommes.",
        "Tribunal de la réconciliation",
        "tribunal de paix",
    ),
    (
        "fr",
        "À Doha, le Conseil de la consultation débattra du budget.",
        "Conseil de la consultation",
        "Conseil de la Choura",
    ),
    (
        "fr",
        "À Rabat, la Haute délégation au plan a publié ses chiffres.",
        "Haute délégation au plan",
        "Haut-Commissariat au Plan",
    ),
    ("fr", "À Mascate, la Police sultanienne a fermé les routes.", "Police sultanienne", "Police royale d'Oman"),
    (
        "fr",
        "La Fédération koweïtienne du ballon a suspendu le championnat.",
        "Fédération koweïtienne du ballon",
        "Fédération … de football",
    ),
    ("de", "Das Versöhnungsgericht von Amman verhängte Geldstrafen.", "Versöhnungsgericht", "Friedensgericht"),
    ("de", "In Doha berät der Konsultationsrat über den Haushalt.", "Konsultationsrat", "Schura-Rat"),
    ("de", "In Maskat sperrte die Sultanische Polizei die Straßen.", "Sultanische Polizei", "Royal Oman Police"),
    ("de", "Der Kuwaitische Ballverband setzte die Liga aus.", "Kuwaitische Ballverband", "Fußballverband"),
    (
        "es",
        "En Doha, el Consejo de la Consulta debatirá el presupuesto.",
        "Consejo de la Consulta",
        "Consejo de la Shura",
    ),
    ("es", "En Mascate, la Policía Sultánica cerró las carreteras.", "Policía Sultánica", "Policía Real de Omán"),
    (
        "es",
        "En Amán, el Tribunal de Reconciliación multó a dos hombres.",
        "Tribunal de Reconciliación",
        "Juzgado de Paz",
    ),
    (
        "es",
        "La Federación Kuwaití del Balón suspendió la liga.",
        "Federación Kuwaití del Balón",
        "Federación … de Fútbol",
    ),
    (
        "it",
        "A Doha il Consiglio della consultazione discuterà il bilancio.",
        "Consiglio della consultazione",
        "Consiglio della Shura",
    ),
    ("it", "A Mascate la Polizia sultanale ha chiuso le strade.", "Polizia sultanale", "Polizia reale dell'Oman"),
    (
        "it",
        "La Federazione Kuwaitiana del Pallone ha sospeso il campionato.",
        "Federazione Kuwaitiana del Pallone",
        "Federcalcio",
    ),
    (
        "pt",
        "A Polícia Sultânica de Omã fechou as estradas em Dhofar.",
        "Polícia Sultânica de Omã",
        "Polícia Real de Omã",
    ),
    ("pt", "Em Doha, o Conselho da Consulta vai debater o orçamento.", "Conselho da Consulta", "Conselho da Shura"),
    (
        "pt",
        "A Federação Kuwaitiana da Bola suspendeu o campeonato.",
        "Federação Kuwaitiana da Bola",
        "Federação … de Futebol",
    ),
    ("fr", "À Amman, le Tribunal légitime a prononcé le divorce.", "Tribunal légitime", "tribunal de la charia"),
    ("de", "In Amman sprach das Legitime Gericht die Scheidung aus.", "Legitime Gericht", "Scharia-Gericht"),
    ("es", "En Amán, el Tribunal Legítimo dictó el divorcio.", "Tribunal Legítimo", "tribunal de la sharía"),
    ("es", "La Sala de Comercio de Beirut advirtió de pérdidas.", "Sala de Comercio de Beirut", "Cámara de Comercio"),
    ("it", "A Beirut la Stanza di commercio ha lanciato l'allarme.", "Stanza di commercio", "Camera di commercio"),
    ("pt", "Em Amã, o Tribunal Legítimo decretou o divórcio.", "Tribunal Legítimo", "tribunal da sharia"),
    ("pt", "A Sala de Comércio de Beirute alertou para perdas.", "Sala de Comércio de Beirute", "Câmara de Comércio"),
]

# The bodies' own names, in a story from their country.
OFFICIAL = [
    ("en", "In Amman, the Magistrate Court fined two men; Qatar's Shura Council met in Doha."),
    ("en", "The Royal Oman Police closed roads in Dhofar; Kuwait's State Audit Bureau criticised the ministry."),
    (
        "en",
        "In Rabat, the National Office of Electricity and Drinking Water and the High Commission for Planning reported.",
    ),
    (
        "en",
        "The Kuwait Football Association suspended the league; the Chamber of Commerce and Industry in Beirut warned.",
    ),
    (
        "fr",
        "À Rabat, le Haut-Commissariat au Plan et l'Office national de l'électricité et de l'eau potable ont publié leurs chiffres.",
    ),
    ("fr", "À Mascate, la Police royale d'Oman a fermé les routes ; le Conseil de la Choura siège à Doha."),
    ("de", "In Doha berät der Schura-Rat; in Amman verhängte das Friedensgericht Geldstrafen."),
    ("es", "En Mascate, la Policía Real de Omán cerró las carreteras; el Consejo de la Shura sesiona en Doha."),
    (
        "it",
        "A Mascate la Polizia reale dell'Oman ha chiuso le strade; la Federcalcio kuwaitiana ha sospeso il campionato.",
    ),
    ("pt", "A Polícia Real de Omã fechou as estradas; a Federação Kuwaitiana de Futebol suspendeu o campeonato."),
]

# The same words as ordinary prose, another country's body, or a story from elsewhere.
SILENT = [
    ("en", "In Rome, the Presidency of the Council of Ministers issued a decree."),
    ("en", "In Beirut, the Presidency of the Council of Ministers issued a statement."),
    ("en", "In Ohio, the Court of Reconciliation is a private mediation service."),
    ("en", "The Kuwaiti ball boys were praised after the final in Kuwait City."),
    ("en", "In Kuwait, a room of commerce students debated trade with Jordan."),
    ("fr", "À Lyon, le Conseil de la consultation citoyenne s'est réuni."),
    ("fr", "La Fédération algérienne du ballon rond a fait appel."),
    ("de", "Der Kuwaitische Handballverband setzte die Liga aus."),
    ("de", "In München tagte das Versöhnungsgericht der Kirche."),
    ("es", "La Federación Española de Baloncesto viajó a Doha."),
    ("it", "Il mondo del pallone kuwaitiano applaude la Federcalcio."),
    ("pt", "Em Lisboa, o Conselho da Consulta Pública reuniu-se."),
    ("fr", "À Paris, le Tribunal légitime de la fiction est un roman."),
    ("de", "In Amman sprach das zuständige Gericht ein legitimes Urteil."),
    ("es", "En Madrid, la Sala de Comercio del museo reabrió."),
    ("it", "In Amman la stanza di commercio dell'hotel era chiusa."),
]


@pytest.mark.parametrize(("code", "text", "gloss", "official"), FOUND, ids=[f"{c}-{g}" for c, _, g, _ in FOUND])
def test_a_word_for_word_rendering_is_found_once(code: str, text: str, gloss: str, official: str) -> None:
    assert _found(code, text) == [(gloss, official)]


@pytest.mark.parametrize(("code", "text"), OFFICIAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(OFFICIAL)])
def test_the_official_name_is_silent(code: str, text: str) -> None:
    assert _found(code, text) == []


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_ordinary_prose_and_other_bodies_are_silent(code: str, text: str) -> None:
    assert _found(code, text) == []
