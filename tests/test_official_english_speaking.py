"""The bodies of English-speaking countries (the UK, Nigeria, India): their word-for-word renderings in
French, German, Spanish, Italian and Portuguese are found, and the names the press of each language uses
stay silent.

Why: English is the source of one of the project's main pairs, and MT glosses the English name of a
body ("Met Office" as « Bureau météorologique », "Lagos State House of Assembly" as « Maison de
l'Assemblée de l'État de Lagos », "Crown Prosecution Service" as "Servizio di Procura della Corona");
the press keeps the English name or uses its own established one.
"""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text

RULES = frozenset({"calqued-institution", "near-official-name", "institution-shape", "glossary"})

# (article language, a paragraph, the rendering, the name to use)
FOUND = [
    (
        "fr",
        "Selon le Bureau météorologique britannique, la chaleur durera.",
        "Bureau météorologique britannique",
        "Met Office",
    ),
    ("fr", "À Londres, le Bureau météorologique prévoit de la neige en Écosse.", "Bureau météorologique", "Met Office"),
    (
        "fr",
        "Les Britanniques doivent suivre le Bureau des Affaires étrangères et du Commonwealth.",
        "Bureau des Affaires étrangères et du Commonwealth",
        "Foreign Office",
    ),
    (
        "fr",
        "À Londres, le Bureau à domicile expulse davantage de demandeurs d'asile.",
        "Bureau à domicile",
        "Home Office",
    ),
    (
        "fr",
        "Le Service des poursuites de la Couronne a inculpé l'ancien député britannique.",
        "Service des poursuites de la Couronne",
        "Crown Prosecution Service",
    ),
    ("fr", "À Londres, la Chambre des Seigneurs a rejeté le texte.", "Chambre des Seigneurs", "Chambre des lords"),
    (
        "fr",
        "Le Gouverneur exécutif de l'État de Kano a décrété un couvre-feu.",
        "Gouverneur exécutif de l'État",
        "Gouverneur de l'État",
    ),
    (
        "fr",
        "Au Nigeria, la Maison de l'Assemblée a voté la loi à Lagos.",
        "Maison de l'Assemblée",
        "Assemblée de l'État",
    ),
    ("fr", "En Inde, la Maison du Peuple a adopté le budget à Delhi.", "Maison du Peuple", "Lok Sabha"),
    (
        "pt",
        "O Governador Executivo do Estado de Rivers decretou recolher obrigatório.",
        "Governador Executivo do Estado d",
        "Governador do Estado d",
    ),
    (
        "pt",
        "A Casa da Assembleia do Estado de Kano aprovou a lei.",
        "A Casa da Assembleia do Estado d",
        "A Assembleia do Estado d",
    ),
    ("pt", "Em Londres, o Escritório Meteorológico avisou a Escócia.", "Escritório Meteorológico", "Met Office"),
    (
        "pt",
        "O Serviço de Promotoria da Coroa acusou o deputado britânico.",
        "Serviço de Promotoria da Coroa",
        "Crown Prosecution Service",
    ),
    (
        "es",
        "El Gobernador Ejecutivo del Estado de Kano decretó el toque de queda.",
        "Gobernador Ejecutivo del Estado d",
        "Gobernador del Estado d",
    ),
    (
        "es",
        "En Londres, la Oficina del Interior endureció las reglas de asilo británicas.",
        "Oficina del Interior",
        "Home Office",
    ),
    (
        "es",
        "En Londres, la Cámara de los Señores rechazó la ley británica.",
        "Cámara de los Señores",
        "Cámara de los Lores",
    ),
    (
        "it",
        "Il Governatore esecutivo dello Stato di Kano ha decretato il coprifuoco.",
        "Governatore esecutivo dello Stato d",
        "Governatore dello Stato d",
    ),
    (
        "it",
        "Il Servizio di Procura della Corona ha incriminato il deputato britannico.",
        "Servizio di Procura della Corona",
        "Crown Prosecution Service",
    ),
    ("it", "A Londra l'Ufficio degli Esteri ha sconsigliato i viaggi.", "Ufficio degli Esteri", "Foreign Office"),
    (
        "de",
        "Der Exekutivgouverneur des Bundesstaates Kano verhängte eine Ausgangssperre.",
        "Exekutivgouverneur",
        "Gouverneur",
    ),
    ("de", "Das Meteorologische Büro in London warnte vor Sturm in Schottland.", "Meteorologische Büro", "Met Office"),
    ("de", "In Delhi stimmte das Haus des Volkes dem indischen Gesetz zu.", "Haus des Volkes", "Lok Sabha"),
    ("es", "La Oradora de la Cámara de Representantes convocó la votación.", "Oradora ", "presidente "),
    ("pt", "O Orador da Assembleia Nacional nigeriana abriu a sessão.", "Orador ", "presidente "),
]

# The names the press uses, and the same words as descriptions or in a story from elsewhere.
SILENT = [
    ("fr", "Le Met Office, le service météorologique britannique, prévoit de la neige en Écosse."),
    ("fr", "Le Foreign Office, ministère britannique des Affaires étrangères, déconseille le voyage."),
    ("fr", "À Londres, la Chambre des communes et la Chambre des lords ont voté ; la Banque d'Angleterre aussi."),
    ("fr", "Le gouverneur de l'État de Lagos a salué l'Assemblée de l'État de Lagos."),
    ("fr", "À Bruxelles, la Maison du Peuple accueille un concert."),
    ("fr", "À Paris, le bureau météorologique de l'aéroport a fermé."),
    ("pt", "O governador do Estado de Lagos elogiou a Assembleia do Estado de Lagos."),
    ("pt", "Em Londres, a Câmara dos Comuns e a Câmara dos Lordes votaram; o Banco da Inglaterra também."),
    ("pt", "Na aldeia, a Casa do Povo organizou um baile."),
    ("es", "El gobernador del estado de Lagos elogió a la Asamblea del Estado de Lagos."),
    ("es", "En Londres, la Cámara de los Comunes y la Cámara de los Lores votaron."),
    ("es", "En Madrid, la Casa del Pueblo del PSOE celebró un mitin."),
    ("it", "Il governatore dello Stato di Lagos ha elogiato l'Assemblea dello Stato di Lagos."),
    ("it", "A Londra, la Camera dei Comuni e la Camera dei Lord hanno votato."),
    ("it", "A Bologna la Casa del Popolo ha ospitato un concerto."),
    ("de", "Der Gouverneur des Bundesstaates Lagos lobte das Parlament des Bundesstaates."),
    ("pt", "O orador da câmara municipal falou durante uma hora."),
    ("es", "La presidenta de la Cámara de Representantes convocó la votación."),
    ("de", "In Berlin trafen sich die Nachbarn im Haus des Volkes."),
]


def _found(code: str, text: str) -> list[tuple[str, str]]:
    findings = audit_text(text, Config(lang=code, select=RULES)).findings
    return [(text[finding.start : finding.end], finding.suggestions[0]) for finding in findings]


@pytest.mark.parametrize(("code", "text", "written", "official"), FOUND, ids=[f"{c}-{w}" for c, _, w, _ in FOUND])
def test_a_word_for_word_rendering_is_found_once(code: str, text: str, written: str, official: str) -> None:
    assert _found(code, text) == [(written, official)]


@pytest.mark.parametrize(("code", "text"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_the_press_name_or_a_description_is_silent(code: str, text: str) -> None:
    assert _found(code, text) == []
