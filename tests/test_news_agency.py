"""A national news agency's name rendered word for word (audit/news_agency.py), through the rule."""

from __future__ import annotations

import pytest

from audit import Config, audit_text
from audit.findings import FixSafety
from audit.languages import language
from audit.news_agency import agency_titles, rendered_agencies

# (language, text, the rendering, the suggestion): agencies no glossary entry lists, in every language.
RENDERED = [
    (
        "en",
        "Officials told Bangladesh News Organisation that 162 passes were issued.",
        "Bangladesh News Organisation",
        "Bangladesh Sangbad Sangstha",
    ),
    ("en", "The Czech Press Office reported that the harvest was late.", "Czech Press Office", "Czech News Agency"),
    (
        "en",
        "According to the Athenian-Macedonian Agency of News, nine islands ran dry.",
        "Athenian-Macedonian Agency of News",
        "Athens-Macedonian News Agency",
    ),
    (
        "en",
        "According to the Ghanaian Information Service Bureau, the port reopened.",
        "Ghanaian Information Service Bureau",
        "Ghana News Agency",
    ),
    (
        "de",
        "Wie die Anatolische Agentur meldete, ermittelt die Staatsanwaltschaft.",
        "Anatolische Agentur",
        "Nachrichtenagentur Anadolu",
    ),
    (
        "de",
        "Das berichtete die Kenianische Presseagentur am Montag.",
        "Kenianische Presseagentur",
        "Nachrichtenagentur KNA",
    ),
    (
        "es",
        "Según la Agencia Telegráfica Búlgara, la cosecha cayó un tercio.",
        "Agencia Telegráfica Búlgara",
        "agencia BTA",
    ),
    ("es", "La agencia Comunicación Conjunta añadió que el plan sigue en pie.", "Comunicación Conjunta", "Kyodo"),
    ("fr", "Selon l'Agence de presse commune, onze brasseries ont fermé.", "Agence de presse commune", "agence Kyodo"),
    (
        "fr",
        "Selon l'Agence nationale de presse nigériane, le scrutin est reporté.",
        "Agence nationale de presse nigériane",
        "agence NAN",
    ),
    ("it", "Lo racconta un'inchiesta dell'Ufficio stampa ceco, ripresa ieri.", "Ufficio stampa ceco", "agenzia ČTK"),
    ("it", "Secondo l'agenzia Unione Notizie, solo il 37% delle famiglie lo farà.", "Unione Notizie", "Yonhap"),
    (
        "pt",
        "Segundo a Organização Nacional de Notícias da Malásia, o preço subiu.",
        "Organização Nacional de Notícias da Malásia",
        "agência Bernama",
    ),
    (
        "pt",
        "Segundo a Agência Telegráfica Bielorrussa, a fábrica fechou.",
        "Agência Telegráfica Bielorrussa",
        "agência BelTA",
    ),
    # The meaning of the agency's own name ("Press Trust"), rendered word for word.
    (
        "es",
        "Según el Fideicomiso de Prensa de la India, hubo 300 casos.",
        "Fideicomiso de Prensa de la India",
        "agencia PTI",
    ),
    (
        "de",
        "Laut der Presse-Treuhand von Indien gab es 300 Fälle.",
        "Presse-Treuhand von Indien",
        "Nachrichtenagentur PTI",
    ),
    ("fr", "Selon la Fiducie de presse de l'Inde, 300 cas.", "Fiducie de presse de l'Inde", "agence PTI"),
    # Agencies of Africa, Central Asia and Latin America, by their country's words or their name's meaning.
    ("en", "According to the Malian Press Agency, the road reopened.", "Malian Press Agency", "AMAP"),
    ("en", "The Kyrgyz National News Agency said Bishkek would respond.", "Kyrgyz National News Agency", "Kabar"),
    ("en", "The Joint News Agency said Tokyo would respond.", "Joint News Agency", "Kyodo News"),
    ("en", "The Swiss Dispatch Agency said Bern would respond.", "Swiss Dispatch Agency", "Keystone-SDA"),
    (
        "de",
        "Laut der Lateinischen Presseagentur antwortet Havanna.",
        "Lateinischen Presseagentur",
        "Nachrichtenagentur Prensa Latina",
    ),
    ("es", "Según la Agencia de Noticias Tayika, Dusambé responderá.", "Agencia de Noticias Tayika", "agencia Khovar"),
    ("it", "Secondo l'Agenzia di stampa beninese, Cotonou risponderà.", "Agenzia di stampa beninese", "agenzia ABP"),
    (
        "pt",
        "Segundo a Agência de Notícias Togolesa, Lomé vai responder.",
        "Agência de Notícias Togolesa",
        "agência ATOP",
    ),
    # German names a country in the genitive too.
    ("de", "Laut der Presse-Treuhand Indiens gab es 300 Fälle.", "Presse-Treuhand Indiens", "Nachrichtenagentur PTI"),
    # An agency glossed as one that distributes news; agencies of Africa and Latin America.
    (
        "en",
        "The Nigeria News Distribution Agency said the outbreak had spread.",
        "Nigeria News Distribution Agency",
        "News Agency of Nigeria",
    ),
    (
        "es",
        "La Agencia de Distribución de Noticias de Nigeria informó del brote.",
        "Agencia de Distribución de Noticias de Nigeria",
        "agencia NAN",
    ),
    ("en", "Officials told the Namibian News Agency that the drought had ended.", "Namibian News Agency", "NAMPA"),
    ("es", "En La Habana, la Agencia de Prensa Cubana informó del atraque.", "Agencia de Prensa Cubana", "agencia ACN"),
    (
        "fr",
        "À Nouakchott, l'Agence de presse mauritanienne a annoncé le scrutin.",
        "Agence de presse mauritanienne",
        "agence AMI",
    ),
    (
        "de",
        "In Harare meldete die Simbabwische Nachrichtenagentur, die Wahl sei verschoben.",
        "Simbabwische Nachrichtenagentur",
        "Nachrichtenagentur New Ziana",
    ),
    # Francophone and Southern Africa, Central America.
    ("en", "In Maseru, Lesotho, the Basotho News Agency said the dam was full.", "Basotho News Agency", "LENA"),
    (
        "de",
        "In Libreville meldete die Gabunische Presseagentur, Gabun habe gewählt.",
        "Gabunische Presseagentur",
        "Nachrichtenagentur AGP",
    ),
    (
        "es",
        "En Yamena, Chad, la Agencia Chadiana de Prensa informó del cierre.",
        "Agencia Chadiana de Prensa",
        "agencia ATPE",
    ),
    ("it", "In Burundi, l'Agenzia di stampa burundese ha riferito.", "Agenzia di stampa burundese", "agenzia ABP"),
    ("pt", "No Níger, a Agência Nigerina de Imprensa informou.", "Agência Nigerina de Imprensa", "agência ANP"),
    (
        "fr",
        "Au Guatemala, l'Agence guatémaltèque de nouvelles a annoncé le bilan.",
        "Agence guatémaltèque de nouvelles",
        "agence AGN",
    ),
    # Agencies whose names mean something: Press Trust of India, Bakhtar ("Bactria"), KPL ("Lao news").
    (
        "it",
        "L'Agenzia Fiducia della Stampa dell'India ha citato il ministero.",
        "Agenzia Fiducia della Stampa dell'India",
        "agenzia PTI",
    ),
    (
        "fr",
        "Selon l'Agence de presse Confiance de l'Inde, la récolte est bonne.",
        "Agence de presse Confiance de l'Inde",
        "agence PTI",
    ),
    ("es", "La Agencia de Noticias Bactriana publicó las fotos.", "Agencia de Noticias Bactriana", "agencia Bakhtar"),
    ("en", "The Bactrian News Agency released the photos.", "Bactrian News Agency", "Bakhtar News Agency"),
    (
        "fr",
        "D'après l'Agence des nouvelles lao, le gouvernement prépare une aide.",
        "Agence des nouvelles lao",
        "agence KPL",
    ),
    # A name of capitalised words holding a head, then the description in lower case; plural heads.
    (
        "en",
        "The Joint Communications news agency said the typhoon had reached Osaka.",
        "Joint Communications news agency",
        "Kyodo News",
    ),
    (
        "it",
        "Lo riferisce l'Agenzia Comunicazioni Congiunte da Tokyo.",
        "Agenzia Comunicazioni Congiunte",
        "agenzia Kyodo",
    ),
    (
        "es",
        "Según la Agencia de Comunicaciones Conjuntas, Tokio cerró el puerto.",
        "Agencia de Comunicaciones Conjuntas",
        "agencia Kyodo",
    ),
]

# The press's own names and descriptions of agencies, and other bodies' names: silent.
SILENT = [
    ("en", "The Czech News Agency reported that the state news agency Bernama had confirmed it."),
    ("en", "The Saudi Press Agency and the Korean Central News Agency both carried the statement."),
    ("en", "The Czech news agency ČTK said the Ethiopian Press Agency prints The Ethiopian Herald."),
    ("en", "Officials told the Czech Press Council that Vietnam News had the story first."),
    ("de", "Wie die türkische Nachrichtenagentur Anadolu meldete, ermittelt die Staatsanwaltschaft."),
    ("de", "Die Deutsche Presse-Agentur und die Agentur Petra berichteten übereinstimmend."),
    ("es", "Según la agencia estatal búlgara BTA, la Agencia Peruana de Noticias confirmó el dato."),
    ("es", "La Agencia Española de Cooperación Internacional financia el proyecto."),
    ("fr", "Selon l'agence de presse tchèque ČTK et l'Agence vietnamienne d'information, rien n'a changé."),
    ("fr", "Selon l'Agence tchèque (ČTK), le gouvernement étudie le projet."),
    ("it", "L'agenzia di stampa ceca ČTK cita l'Agenzia ceca per lo sviluppo."),
    ("pt", "Segundo a agência noticiosa estatal Bernama e a Agência de Informação de Moçambique, o preço subiu."),
    # The names the press writes for them.
    ("fr", "Selon l'Agence malienne de presse, la route de Bamako a rouvert."),
    ("it", "Secondo l'Agenzia telegrafica svizzera, Berna risponderà."),
    ("en", "Prensa Latina and Kyodo News reported the talks in Havana."),
    ("en", "The Nigerian Power Distribution Agency said the grid in Lagos failed."),
    ("en", "Officials told the Namibia Press Agency (NAMPA) and the Malawi News Agency the same."),
    ("es", "En La Habana, la Agencia Cubana de Noticias y la Agencia de Información Paraguaya informaron."),
    ("fr", "Selon l'Agence guinéenne de presse et l'Agence djiboutienne d'information, le calme est revenu."),
    # A country before the name, then a bare article: another phrase opens ("à Djibouti l'Agence").
    ("fr", "À Djibouti l'Agence djiboutienne d'information a publié les résultats."),
    # The new rows' agencies under the names their press writes.
    ("fr", "Au Gabon, l'Agence gabonaise de presse a annoncé le bilan."),
    ("es", "En Guatemala, la Agencia Guatemalteca de Noticias informó del sismo."),
    ("en", "In N'Djamena, the Chadian Press Agency (ATPE) said the road was closed."),
    ("en", "In Delhi, the Press Trust of India said the Lao News Agency and Bakhtar News Agency agreed."),
    ("it", "L'agenzia di stampa indiana PTI ha citato fonti di fiducia."),
    # A country's word and a description in lower case; a ministry of communications.
    ("en", "The Japanese news agency said the Joint Chiefs had met in Tokyo."),
    ("it", "Il ministero delle Comunicazioni giapponese ha risposto lunedì da Tokyo."),
]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_rendering_is_found_with_the_press_name(code: str, text: str, rendering: str, suggestion: str) -> None:
    assert [(found.text, found.suggestion) for found in rendered_agencies(text, code)] == [(rendering, suggestion)]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_names_and_descriptions_stay_silent(code: str, text: str) -> None:
    assert list(rendered_agencies(text, code)) == []


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED[:1] + RENDERED[6:7] + RENDERED[10:11])
def test_rule_reports_an_unsafe_fix(code: str, text: str, rendering: str, suggestion: str) -> None:
    findings = [f for f in audit_text(text, Config(lang=code)).findings if f.rule == "literal-media-title"]
    assert [(text[f.start : f.end], f.suggestions, f.fix.safety if f.fix else None) for f in findings] == [
        (rendering, (suggestion,), FixSafety.UNSAFE)
    ]


def test_an_agency_s_short_name_is_a_title_not_a_rendering() -> None:
    text = "Die Agentur Petra meldete, der Wasserpreis steige im Sommer."
    assert [f for f in audit_text(text, Config(lang="de")).findings if f.rule == "literal-media-title"] == []
    assert ("petra",) in agency_titles("de")


def test_every_language_of_the_press_names_the_same_agencies() -> None:
    counts = {code: len(language(code).value("media.agencies", ())) for code in ("en", "fr", "es", "it", "pt", "de")}
    assert min(counts.values()) >= 80, counts
