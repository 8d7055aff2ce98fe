"""audit/speech.py: quoted speech and bare exclamations left in another language, and their neighbours."""

from __future__ import annotations

import pytest

from audit.language import Identifier
from audit.prose import sentence_spans
from audit.speech import foreign_exclamations, foreign_quotations
from audit.strangers import Strangers


def _quotations(text: str, language: str) -> list[str]:
    strangers = Strangers(text, language, Identifier())
    return [text[start:end] for start, end, _ in foreign_quotations(text, strangers)]


def _exclamations(text: str, language: str) -> list[str]:
    strangers = Strangers(text, language, Identifier())
    found = foreign_exclamations(text, list(sentence_spans(text)), strangers)
    return [text[start:end] for start, end, _ in found]


@pytest.mark.parametrize(
    ("language", "text", "quotation"),
    [
        (
            "en",
            'Asked whether he understood, he answered: "Kaltės nepripažįstu." The trial goes on.',
            "Kaltės nepripažįstu.",
        ),
        (
            "fr",
            "« Tsy ampy hividianana vary intsony ny vola azonay », a déclaré Hery Rakoto.",
            "Tsy ampy hividianana vary intsony ny vola azonay",
        ),
        (
            "it",
            "«Kaya natin ito, huwag kayong mag-alala», ripeteva la volontaria alle famiglie.",
            "Kaya natin ito, huwag kayong mag-alala",
        ),
        ("pt", "“Hatutakubali kunyanyaswa tena”, disse Joseph Langat.", "Hatutakubali kunyanyaswa tena"),
    ],
)
def test_a_quotation_said_and_left_untranslated_is_found(language: str, text: str, quotation: str) -> None:
    assert _quotations(text, language) == [quotation]


@pytest.mark.parametrize(
    ("language", "text", "quotation"),
    [
        (
            "fr",
            "Mme Shamoun a appelé les parents au calme : « This is a preventable disease », a-t-elle insisté.",
            "This is a preventable disease",
        ),
        (
            "fr",
            "Un responsable local a résumé la consigne : « Everyone should stay indoors tonight. »",
            "Everyone should stay indoors tonight.",
        ),
        ("de", 'Der Trainer sagte nur: "We played really well tonight."', "We played really well tonight."),
    ],
)
def test_a_sentence_said_in_english_and_left_untranslated_is_found(language: str, text: str, quotation: str) -> None:
    # A translation from English that keeps an official's or a player's words in English left them
    # untranslated; a sentence said is five words or more in lower case, ending inside its marks or
    # followed by a reporting verb.
    assert _quotations(text, language) == [quotation]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # Glossed in brackets, after a dash, or inside brackets: kept on purpose.
        ("fr", "Leur devise « Jàmm ak xéewal » (« la paix et la prospérité ») orne le local."),
        ("en", 'Their slogan, "Makibaka, huwag matakot" — "struggle, do not be afraid" — was on every bus.'),
        ("de", "Das Motto (auf Swahili „Tunashukuru Mungu kwa ushindi huu“) stand auf dem Banner."),
        # A motto or a title, not said: no mark of speech, too few words to be a clause.
        ("it", "Il motto della festa, «Lisboa, menina e moça», era sulle facciate."),
        ("pt", "A cantora encerrou com “Mali ka di”, canção que se tornou hino."),
        # Latin, and the article's own words.
        ("de", "Er zitierte Cäsar: „Veni, vidi, vici.“"),
        ("es", "El alcalde dijo: «Estamos muy contentos con el resultado.»"),
        # English slogans, songs and signs are kept on purpose: short, in title case, or read, not said.
        ("de", "Die Fans sangen „You'll never walk alone“ bis zum Schluss."),
        ("fr", "Les manifestants scandaient « Black Lives Matter » devant l'ambassade."),
        ("fr", "Sur les pancartes, on lisait : « Keep calm and carry on »."),
        ("it", "Sul palco campeggiava la scritta «Make America Great Again Now»."),
    ],
)
def test_a_quotation_kept_on_purpose_is_left_alone(language: str, text: str) -> None:
    assert _quotations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "exclamation"),
    [
        ("en", "Drivers handed out bread. Maraming salamat po! a schoolgirl called out.", "Maraming salamat po!"),
        ("de", "Dann sagte sie ins Mikrofon: Asante sana, Berlin!", "Asante sana, Berlin!"),
        ("es", "Los pasajeros se hacían fotos. Wreszcie coś nowego! exclamó una jubilada.", "Wreszcie coś nowego!"),
        ("fr", "Misaotra tompoko. C'est par ces mots qu'il a conclu l'entretien.", "Misaotra tompoko."),
    ],
)
def test_a_bare_exclamation_in_another_language_is_found(language: str, text: str, exclamation: str) -> None:
    assert _exclamations(text, language) == [exclamation]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He denies wrongdoing. Critics called it Realpolitik."),
        ("fr", "Ora et labora. La devise est gravée au-dessus de la porte."),
        ("it", "Che bella giornata! ha detto il sindaco."),
        ("de", "Die Schadenfreude war groß. Der Rest ist Geschichte."),
        ("es", "Carpe diem! gritó el profesor a sus alumnos."),
    ],
)
def test_own_words_latin_and_loanwords_are_no_exclamation(language: str, text: str) -> None:
    assert _exclamations(text, language) == []
