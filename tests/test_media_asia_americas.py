"""Papers, broadcasters and agencies of Hong Kong, Macau, Canada, Brazil, Austria, Switzerland, Bosnia,
Côte d'Ivoire, Ethiopia and Karnataka named by the meaning of their names (audit/newspaper.py through
the gazetteer in languages/<code>/media.toml, and the glossaries' media and agency entries): the
renderings fire with the outlet's own name; the real names, and a namesake of the article's own
language in a story at home, stay silent."""

from __future__ import annotations

import pytest

from audit import Config, audit_text

# (language, text, the flagged span, the suggestion).
RENDERED = [
    (
        "en",
        "In Hong Kong, the government opened 28 shelters, according to the Bright Daily.",
        "Bright Daily",
        "Ming Pao",
    ),
    (
        "en",
        "In Hong Kong, a reporter for the Star Island Daily counted 40 people at the shelter.",
        "Star Island Daily",
        "Sing Tao Daily",
    ),
    (
        "en",
        "In Bengaluru, reporting by the People's Voice suggested the Karnataka government paid.",
        "People's Voice",
        "Prajavani",
    ),
    ("en", "In Brazil, the Sheet of S. Paulo said the court would rule.", "Sheet of S. Paulo", "Folha de S.Paulo"),
    (
        "de",
        "In Macau waren laut der Macau-Tageszeitung die Hotels ausgelastet.",
        "Macau-Tageszeitung",
        "Macao Daily News",
    ),
    ("de", "In Macau zitierte die Zeitung Überseechinesen mehrere Abgeordnete.", "Überseechinesen", "Va Kio Daily"),
    (
        "de",
        "In Äthiopien meldete das Rundfunknetzwerk Oromia neue Preise.",
        "Rundfunknetzwerk Oromia",
        "Oromia Broadcasting Network",
    ),
    ("es", "En Viena, El Estándar informó de que el juicio durará hasta el verano.", "El Estándar", "Der Standard"),
    (
        "es",
        "En Montreal, según la agencia Prensa Canadiense, miles de hogares siguen sin luz.",
        "Prensa Canadiense",
        "The Canadian Press",
    ),
    ("fr", "À Sarajevo, Le Quotidien Voix cite un employé de l'entreprise.", "Le Quotidien Voix", "Dnevni avaz"),
    (
        "fr",
        "À Sarajevo, le montant pourrait être réévalué, selon l'Agence fédérale de nouvelles.",
        "l'Agence fédérale de nouvelles",
        "l'agence FENA",
    ),
    ("it", "In Svizzera lo Sguardo dedica sei pagine al vincitore.", "Sguardo", "Blick"),
    (
        "pt",
        "Em Abidjan, a Rádio Televisão Marfinense recomendou aos moradores que saiam.",
        "Rádio Televisão Marfinense",
        "RTI",
    ),
    # A real title of the article's language, cited in a story set in the paper's country.
    (
        "es",
        "Quebec sufre una tormenta de hielo.\n\n"
        "En Montreal, Canadá, miles de hogares de Quebec siguen sin luz en Canadá.\n\n"
        "Un hombre murió, informó el diario El Deber.",
        "El Deber",
        "Le Devoir",
    ),
    (
        "fr",
        "La Bosnie juge un ancien directeur.\n\n"
        "À Sarajevo, la justice de Bosnie a condamné l'homme ; la Bosnie attendait ce verdict.\n\n"
        "Le journal Libération rapporte que l'ancien directeur avait promis des routes.",
        "Libération",
        "Oslobođenje",
    ),
    (
        "es",
        "En Abiyán, la Radio Televisión Marfileña (RTI) pidió calma.",
        "Radio Televisión Marfileña",
        "RTI",
    ),
    ("pt", "Em Dacar, a Rádio Televisão Senegalesa mostrou as imagens.", "Rádio Televisão Senegalesa", "RTS"),
    (
        "de",
        "In Sarajevo meldete die Föderale Nachrichtenagentur den Rücktritt.",
        "Föderale Nachrichtenagentur",
        "Nachrichtenagentur FENA",
    ),
    # Breadth: the other outlets of the same regions.
    ("en", "In Hyderabad, the Telugu daily Witness reported the flood.", "Witness", "Sakshi"),
    ("en", "In Addis Ababa, the state daily New Era reported the harvest.", "New Era", "Addis Zemen"),
    ("en", "In Zurich, the Swiss tabloid Look reported the winner's time.", "Look", "Blick"),
    (
        "de",
        "In Hongkong berichtete die Östliche Tageszeitung über den Taifun.",
        "Östliche Tageszeitung",
        "Oriental Daily News",
    ),
    ("es", "En Macao, el Diario de Macao informó de la ocupación hotelera.", "Diario de Macao", "Macao Daily News"),
    (
        "it",
        "A Bangalore il quotidiano La Voce del Popolo riferisce che il Karnataka vota.",
        "La Voce del Popolo",
        "Prajavani",
    ),
    (
        "pt",
        "Em Montreal, o Jornal de Montreal noticiou que a luz voltou.",
        "Jornal de Montreal",
        "Le Journal de Montréal",
    ),
]

SILENT = [
    # The real names as the press writes them.
    ("en", "In Hong Kong, Ming Pao reported that Sing Tao Daily had hired staff."),
    ("en", "In Bengaluru, Prajavani reported that the Karnataka government paid."),
    ("de", "In Wien berichtete Der Standard, dass der Prozess beginnt."),
    ("de", "In Zürich berichtete der Blick über das Rennen."),
    ("es", "En Viena, Der Standard informó de que el juicio durará."),
    ("it", "In Svizzera il Blick dedica sei pagine al vincitore."),
    ("pt", "Em Abidjan, a RTI recomendou aos moradores que saiam."),
    ("fr", "À Sarajevo, selon l'agence FENA, le montant pourrait être réévalué."),
    # The language's own papers at home.
    ("es", "En Santa Cruz, Bolivia, el diario El Deber informó que la lluvia continuará."),
    ("fr", "À Paris, le journal Libération rapporte que le gouvernement a cédé."),
    ("it", "A Trieste il quotidiano La Voce del Popolo riferisce che il comune vota."),
    ("es", "En Quito, el diario Hoy informó de la crecida."),
    ("en", "In Zurich, the Tages-Anzeiger reported the winner's time, and Blick ran six pages."),
    ("en", "In Addis Ababa, Addis Zemen reported the harvest."),
    # Ordinary words, in an article that names no country of the papers.
    ("en", "The Bright Daily routine of Star Island residents was described."),
    ("es", "La prensa canadiense dedicó sus portadas a la tormenta."),
]


def _findings(text: str, code: str) -> list[tuple[str, str]]:
    result = audit_text(text, Config(lang=code))
    return [
        (text[finding.start : finding.end], finding.fix.edits[0].replacement)
        for finding in result.findings
        if finding.rule in ("literal-media-title", "glossary") and finding.fix is not None
    ]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_an_outlet_named_by_its_meaning_is_reported(code: str, text: str, rendering: str, suggestion: str) -> None:
    assert _findings(text, code) == [(rendering, suggestion)]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_real_names_and_home_papers_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []
