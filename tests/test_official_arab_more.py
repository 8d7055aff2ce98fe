"""The Arab states' everyday bodies, second sweep: the football associations, the caretaker government,
the Grand Serail, Électricité du Liban, Kuwait's fire force, the weather services and the leagues, as MT
renders them word for word in each article language; their own names and ordinary prose stay silent.

Why: Arabic → English and Arabic → French are the project's main pairs, and MT glosses these bodies
(اتحاد الكرة as "Football Union", حكومة تصريف الأعمال as "gouvernement de l'expédition des affaires",
السراي الحكومي as "Sérail gouvernementale"); the press writes the bodies' own names.
"""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text

RULES = frozenset({"calqued-institution", "near-official-name", "institution-shape", "glossary"})

# [language, text, the span reported, its suggestion]
FOUND = [
    (
        "en",
        "The Iraqi Football Union fined the club after the semi-final in Basra.",
        "Iraqi Football Union",
        "Football Association",
    ),
    ("en", "The Union of Saudi Football named a new coach.", "Union of Saudi Football", "Football Association"),
    (
        "en",
        "In Beirut, the government of conducting business approved the plan.",
        "government of conducting business",
        "caretaker government",
    ),
    ("en", "Ministers met at the Governmental Serail in Beirut on Monday.", "Governmental Serail", "Grand Serail"),
    (
        "en",
        "The Lebanon Electricity Institution cut supply to Beirut again.",
        "Lebanon Electricity Institution",
        "Électricité du Liban",
    ),
    (
        "en",
        "In Kuwait, the General Extinguishing Force put out the blaze.",
        "General Extinguishing Force",
        "Kuwait Fire Force",
    ),
    (
        "en",
        "In Cairo, the General Authority for Weather Observations forecast 44 degrees.",
        "General Authority for Weather Observations",
        "Egyptian Meteorological Authority",
    ),
    (
        "en",
        "In Riyadh, the National Center for Observations warned of rain in Saudi Arabia.",
        "National Center for Observations",
        "National Center of Meteorology",
    ),
    (
        "en",
        "Al Ahly lead the Egyptian Excellent League after the win in Cairo.",
        "Egyptian Excellent League",
        "Egyptian Premier League",
    ),
    (
        "en",
        "Al-Hilal top the Saudi League for Professionals in Riyadh.",
        "Saudi League for Professionals",
        "Saudi Pro League",
    ),
    (
        "fr",
        "L’Union syrienne de football a fait appel à Damas.",
        "Union syrienne de football",
        "Fédération … de football",
    ),
    (
        "fr",
        "Le gouvernement de l’expédition des affaires avait approuvé le plan à Beyrouth.",
        "gouvernement de l’expédition des affaires",
        "gouvernement chargé d'expédier les affaires courantes",
    ),
    (
        "fr",
        "Selon des sources à la Sérail gouvernementale, à Beyrouth, rien n'est décidé.",
        "Sérail gouvernementale",
        "Grand Sérail",
    ),
    (
        "fr",
        "L’Institution de l’électricité du Liban a coupé le courant à Beyrouth.",
        "Institution de l’électricité du Liban",
        "Électricité du Liban",
    ),
    ("de", "Die Allgemeine Löschkraft in Kuwait löschte den Brand.", "Allgemeine Löschkraft", "Feuerwehr Kuwaits"),
    ("de", "Die Irakische Fußballunion bestrafte den Verein in Basra.", "Irakische Fußballunion", "Fußballverband"),
    ("de", "Ein Sprecher des Regierungsserail in Beirut widersprach.", "Regierungsserail", "Grand Serail"),
    (
        "de",
        "In Beirut führt Mikati eine Geschäftsführungsregierung.",
        "Geschäftsführungsregierung",
        "geschäftsführende Regierung",
    ),
    (
        "es",
        "El Gabinete de los Ministros catarí aprobó el acuerdo en Doha.",
        "Gabinete de los Ministros",
        "Consejo de Ministros",
    ),
    ("es", "La Unión Iraquí de Fútbol multó al club en Basora.", "Unión Iraquí de Fútbol", "Federación … de Fútbol"),
    (
        "es",
        "La Institución de Electricidad del Líbano cortó el suministro en Beirut.",
        "Institución de Electricidad del Líbano",
        "Électricité du Liban",
    ),
    (
        "es",
        "En Beirut, el Gobierno de despacho de los asuntos aprobó el plan.",
        "Gobierno de despacho de los asuntos",
        "Gobierno en funciones",
    ),
    ("it", "L’Unione giordana di calcio ha presentato ricorso ad Amman.", "Unione giordana di calcio", "Federcalcio"),
    ("it", "Fonti del Serraglio governativo a Beirut smentiscono.", "Serraglio governativo", "Grand Serail"),
    (
        "it",
        "A Beirut il governo di gestione degli affari ha approvato il piano.",
        "governo di gestione degli affari",
        "governo dimissionario",
    ),
    (
        "pt",
        "A União Síria de Futebol recorreu da decisão em Damasco.",
        "União Síria de Futebol",
        "Federação … de Futebol",
    ),
    (
        "pt",
        "A Instituição de Eletricidade do Líbano cortou a energia em Beirute.",
        "Instituição de Eletricidade do Líbano",
        "Électricité du Liban",
    ),
    (
        "pt",
        "Em Beirute, o governo de condução dos negócios aprovou o plano.",
        "governo de condução dos negócios",
        "governo de gestão",
    ),
    (
        "en",
        "In Baghdad, the Court of Discrimination upheld the verdict.",
        "Court of Discrimination",
        "Court of Cassation",
    ),
    ("en", "The Noble Azhar condemned the attack, Cairo said.", "Noble Azhar", "Al-Azhar"),
    ("fr", "À Amman, la Cour de discrimination a confirmé la peine.", "Cour de discrimination", "Cour de cassation"),
    (
        "de",
        "Das Diskriminierungsgericht in Kuwait bestätigte das Urteil.",
        "Diskriminierungsgericht",
        "Kassationsgericht",
    ),
    (
        "es",
        "En Beirut, el Tribunal de Discriminación confirmó la condena.",
        "Tribunal de Discriminación",
        "Tribunal de Casación",
    ),
    (
        "it",
        "A Baghdad la Corte di discriminazione ha confermato la condanna.",
        "Corte di discriminazione",
        "Corte di cassazione",
    ),
    (
        "pt",
        "Em Bagdá, o Tribunal de Discriminação confirmou a pena.",
        "Tribunal de Discriminação",
        "Tribunal de Cassação",
    ),
]

# The bodies' own names, in a story from their country.
OFFICIAL = [
    ("en", "In Basra, the Iraq Football Association fined the club; the caretaker government met at the Grand Serail."),
    (
        "en",
        "Électricité du Liban and the Kuwait Fire Force answered; the Egyptian Meteorological Authority in Cairo warned.",
    ),
    ("en", "In Riyadh, the National Center of Meteorology warned; Al-Hilal lead the Saudi Pro League."),
    (
        "en",
        "The Kuwait National Petroleum Company and the Abu Dhabi National Oil Company raised output; Al Ahly lead the Egyptian Premier League in Cairo.",
    ),
    (
        "fr",
        "À Beyrouth, le gouvernement chargé d'expédier les affaires courantes s'est réuni au Grand Sérail avec Électricité du Liban.",
    ),
    ("fr", "La Fédération syrienne de football a fait appel à Damas."),
    ("de", "Die Feuerwehr Kuwaits löschte den Brand; der Irakische Fußballverband tagte in Bagdad."),
    ("de", "In Beirut tagte die geschäftsführende Regierung im Grand Serail."),
    ("es", "El Consejo de Ministros catarí aprobó en Doha el acuerdo con la Federación Iraquí de Fútbol."),
    ("es", "En Beirut, el Gobierno en funciones se reunió en el Grand Serail."),
    ("it", "Ad Amman la Federcalcio giordana ha presentato ricorso; a Beirut il governo dimissionario si è riunito."),
    ("pt", "Em Beirute, o governo de gestão reuniu-se no Grand Serail; a Federação Síria de Futebol recorreu."),
]

# The same words as ordinary prose, another country's real body, or a story from elsewhere.
SILENT = [
    ("en", "The cost to the government of conducting business audits rose in Beirut."),
    ("en", "The Union of Arab Football Associations and the Belgian Football Union met in Brussels."),
    ("en", "In Ohio, the National Center for Observations of birds opened a branch."),
    ("fr", "L'Union belge de football et l'Union européenne de football ont salué l'accord."),
    ("fr", "À Beyrouth, le gouvernement de gestion des affaires courantes s'est réuni."),
    ("fr", "À Lyon, l'institution de l'électricité locale a fermé."),
    ("de", "Die Geschäftsführung der Firma und die Regierung in Beirut schwiegen."),
    ("de", "Die Allgemeine Löschkraft des Wassers ist in Bayern ein Thema der Feuerwehrschule."),
    ("es", "Un gobierno de gestión de asuntos corrientes no legisla en Beirut."),
    ("es", "El gabinete de los ministros de Exteriores estaba cerrado en Doha."),
    ("it", "A Beirut il governo resta in carica per il disbrigo degli affari correnti."),
    ("pt", "Em Beirute, um governo de gestão dos negócios correntes não legisla."),
    ("en", "In Baghdad, the Court of Cassation upheld the verdict; a court of discrimination claims sits in Ohio."),
    ("fr", "À Amman, la Cour de cassation a confirmé la peine ; la lutte contre la discrimination continue."),
    ("de", "In Kuwait bestätigte das Kassationsgericht das Urteil."),
    ("pt", "A União Europeia e a Federação Portuguesa de Futebol reuniram-se em Lisboa."),
]


def _found(code: str, text: str) -> list[tuple[str, str]]:
    findings = audit_text(text, Config(lang=code, select=RULES)).findings
    return [(text[finding.start : finding.end], finding.suggestions[0]) for finding in findings]


@pytest.mark.parametrize(("code", "text", "gloss", "official"), FOUND, ids=[f"{c}-{g}" for c, _, g, _ in FOUND])
def test_a_word_for_word_rendering_is_found_once(code: str, text: str, gloss: str, official: str) -> None:
    assert _found(code, text) == [(gloss, official)]


@pytest.mark.parametrize(("code", "text"), OFFICIAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(OFFICIAL)])
def test_the_official_name_is_silent(code: str, text: str) -> None:
    assert _found(code, text) == []


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_ordinary_prose_and_other_bodies_are_silent(code: str, text: str) -> None:
    assert _found(code, text) == []
