"""Arab papers, channels and sites named by the meaning of their titles (audit/newspaper.py), through
the rule: the gazetteer's Arab entries, the namesakes a language already prints ("Le Matin", "El Día",
"Il Centro") and the words that cite a channel or a site."""

from __future__ import annotations

import pytest

from audit import Config, audit_text
from audit.findings import FixSafety

# (language, text, the flagged span, the suggestion).
RENDERED = [
    (
        "en",
        "Amman, 3 March. The Jordanian cabinet approved the tariff, The Kingdom TV reported.",
        "The Kingdom TV",
        "Al-Mamlaka",
    ),
    (
        "en",
        "In Aden, the independent website Aden Tomorrow published pictures of the port.",
        "Aden Tomorrow",
        "Aden al-Ghad",
    ),
    ("en", "In Damascus, the state daily October wrote that Syria would repair the line.", "October", "Tishreen"),
    (
        "en",
        "In Ramallah, the Palestinian daily New Life said the crossing would open.",
        "New Life",
        "Al-Hayat al-Jadida",
    ),
    (
        "fr",
        "À Tripoli, la chaîne Libye des Libres a montré les dégâts de la crue.",
        "Libye des Libres",
        "Libya al-Ahrar",
    ),
    ("fr", "À Alger, la chaîne algérienne Le Jour a filmé le stade.", "Le Jour", "Ennahar"),
    (
        "es",
        "En Saná, el canal Juventud de Yemen emitió una entrevista con la ministra.",
        "Juventud de Yemen",
        "Yemen Shabab",
    ),
    ("es", "En Bagdad, la cadena La Iraquí mostró imágenes del puente.", "La Iraquí", "Al-Iraqiya"),
    (
        "it",
        "A Tripoli il canale Libia dei Liberi ha mostrato le auto trascinate dall'acqua.",
        "Libia dei Liberi",
        "Libya al-Ahrar",
    ),
    ("it", "La rete L'Araba ha trasmesso le immagini da Dubai.", "L'Araba", "Al Arabiya"),
    (
        "de",
        "Laut der Zeitung Der Sudanese hat die Behörde in Khartum drei Zentren eröffnet.",
        "Der Sudanese",
        "Al-Sudani",
    ),
    ("de", "Der Sender Libyen der Freien zeigte in Tripolis Bilder der Flut.", "Libyen der Freien", "Libya al-Ahrar"),
    ("pt", "Em Damasco, o jornal Outubro afirma que a Síria vai pagar a obra.", "Outubro", "Tishreen"),
    ("pt", "Em Bagdá, o jornal A Manhã disse que o Iraque vai pagar menos.", "A Manhã", "Al-Sabah"),
    ("it", "A Betlemme, in Palestina, l'agenzia Insieme ha diffuso le foto del corteo.", "Insieme", "Ma'an"),
    ("es", "En Amán, el canal Visión mostró a los obreros jordanos.", "Visión", "Roya TV"),
    ("en", "In Beirut, the Lebanese daily News said the cabinet would meet.", "News", "Al-Akhbar"),
    ("de", "In Sanaa berichtete die Zeitung Revolution über die Flut im Jemen.", "Revolution", "Al-Thawra"),
    ("pt", "No Cairo, o jornal Notícias do Dia escreveu que o Egito vai investir.", "Notícias do Dia", "Akhbar El Yom"),
    ("de", "In Tunis schrieb die Zeitung Sonnenaufgang, Tunesien werde investieren.", "Sonnenaufgang", "Echorouk"),
    # A real title of the language whose descriptor names the Arab paper's country.
    ("pt", "Em Argel, o canal argelino O Dia mostrou imagens do estádio.", "O Dia", "Ennahar"),
]

# A real title of the language cited in a story set in an Arab country: the namesake is the Arab paper.
STORY = {
    "es": (
        "El Líbano compra electricidad a Jordania desde el verano.\n\n"
        "En Beirut, el Gobierno libanés quiere cerrar el acuerdo antes del invierno.\n\n"
        "Según el diario El Día, el Gobierno sostiene el palo por el medio.",
        "El Día",
        "An-Nahar",
    ),
    "it": (
        "Le piogge hanno colpito il sud della Libia.\n\n"
        "A Ghat, nel sud libico, decine di case sono crollate; Tripoli ha inviato aiuti.\n\n"
        "Il sito Il Centro ha riferito che il ponte è crollato.",
        "Il Centro",
        "Al-Wasat",
    ),
    "fr": (
        "L'Irak importe du courant jordanien depuis l'été.\n\n"
        "À Bagdad, le ministère irakien de l'Électricité promet de payer.\n\n"
        "D'après le quotidien Le Matin, le tarif serait inférieur à 12 cents.",
        "Le Matin",
        "Al-Sabah",
    ),
}

SILENT = [
    # The real transliterated names.
    ("en", "Al-Mamlaka TV reported from Amman that the Jordanian line was ready."),
    ("en", "An-Nahar wrote in Beirut that Lebanon would pay; Al Arabiya aired footage from Dubai."),
    ("it", "A Tripoli il canale Libya al-Ahrar ha mostrato le auto; il sito Al-Wasat ha riferito del ponte in Libia."),
    ("de", "Laut der Zeitung Al-Sudani hat die Behörde in Khartum im Sudan drei Zentren eröffnet."),
    ("pt", "Em Damasco, o jornal Tishreen afirma que a Síria vai pagar a obra."),
    # The namesakes at home, in stories that name the Arab country in passing.
    ("fr", "À Lausanne, le quotidien Le Matin a révélé que l'Irak achetait du courant."),
    ("es", "En La Plata, el diario El Día informó que el Líbano compraría electricidad."),
    ("it", "A Pescara il quotidiano Il Centro ha scritto che la Libia chiede aiuti."),
    ("it", "A Roma, secondo la Repubblica, i magistrati egiziani del Cairo non hanno risposto all'Egitto."),
    ("fr", "Le quotidien marocain Le Matin a écrit à Rabat que le Maroc investirait."),
    # English writes a demonym before every noun: no paper named after its nation is read there.
    ("en", "In Khartoum, the Sudanese newspaper Al-Tayar reported that the dam held."),
    # A slogan in English: Libya al-Ahrar is left out of English.
    ("en", "In Tripoli, crowds cheered for a Free Libya as the Libyan flag was raised."),
    # French names a political coalition "Ensemble": Ma'an is left out of French.
    ("fr", "Selon Ensemble, la majorité présidentielle votera le texte sur la Palestine."),
    # A constitution is no paper: "Ad-Dustour" is left out of every language.
    ("de", "Laut der Verfassung Jordaniens muss das Parlament in Amman zustimmen."),
    ("es", "Según la Constitución de Jordania, el Parlamento de Amán debe aprobarlo."),
]


def _findings(text: str, code: str) -> list[tuple[str, str, FixSafety | None]]:
    result = audit_text(text, Config(lang=code))
    return [
        (text[finding.start : finding.end], finding.fix.edits[0].replacement, finding.fix.safety)
        for finding in result.findings
        if finding.rule == "literal-media-title" and finding.fix is not None
    ]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_an_arab_outlet_named_by_its_meaning_is_reported(code: str, text: str, rendering: str, suggestion: str) -> None:
    assert _findings(text, code) == [(rendering, suggestion, FixSafety.UNSAFE)]


@pytest.mark.parametrize("code", sorted(STORY))
def test_a_home_title_names_the_arab_namesake_in_a_story_set_there(code: str) -> None:
    text, rendering, suggestion = STORY[code]
    assert _findings(text, code) == [(rendering, suggestion, FixSafety.UNSAFE)]


@pytest.mark.parametrize("code", sorted(STORY))
def test_the_same_title_in_a_story_at_home_stays_silent(code: str) -> None:
    # The last paragraph alone, in an article that names the Arab country nowhere else.
    text, _, _ = STORY[code]
    assert _findings(text.split("\n\n")[-1], code) == []


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_real_names_and_home_papers_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []
