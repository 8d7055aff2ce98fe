"""literal-media-title: what a literally translated publication title is, judged without a list."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audit import Config, audit_text
from audit.languages import words
from audit.media_title import literal_titles
from audit.press_vocabulary import title_key


def _titles(text: str, code: str) -> list[str]:
    return [title.text for title in literal_titles(text, code)]


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # A descriptor, then a title of ordinary words: a rendering.
        ("en", "The opposition weekly Dialogue published the letter.", ["Dialogue"]),
        ("fr", "L'hebdomadaire satirique Le Hibou a publié une caricature.", ["Le Hibou"]),
        ("es", "El semanario Amanecer publicó la carta.", ["Amanecer"]),
        # A title that names its own kind of publication.
        ("en", "The Mountain Valley Newspaper said the road would reopen.", ["The Mountain Valley Newspaper"]),
        ("fr", "Le Journal de la Montagne Blanche a révélé l'affaire.", ["Le Journal de la Montagne Blanche"]),
        # A real title's words without its article are no real title: The Information is not "Information".
        ("en", "The newspaper Information reported the sale.", ["Information"]),
        ("de", "Die Regionalzeitung Der Morgenstern berichtete.", ["Der Morgenstern"]),  # a compound descriptor
        ("en", "He told the Young Farmers newspaper so.", ["Young Farmers"]),  # English puts the kind after
    ],
)
def test_a_title_of_ordinary_words_in_a_publications_place_is_reported(
    code: str, text: str, expected: list[str]
) -> None:
    assert _titles(text, code) == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The opposition weekly Etemad published the letter."),  # the paper's own (foreign) name
        ("en", "The opposition weekly The Spectator published the letter."),  # a real English title
        ("en", "The local weekly Valley Herald published the letter."),  # shaped like a real English title
        ("en", "The newspaper told AFP and the agency said nothing on Tuesday."),  # acronym, calendar word
        ("en", "The European Space Agency and the Fair Trade Network published the letter."),  # not the press
        ("de", "Allan Grant arbeitete als Fotograf für das Magazin Life."),  # an English title in German
        ("de", "Die Freiheit der Presse im Mittelpunkt stand am Morgen."),  # German capitalises nouns
        ("fr", "Le quotidien La Presse de Montréal a publié un sondage."),  # a real title and its city
        ("fr", "Elle a publié son offre sous le titre « Salaire juste, jeu loyal »."),  # a quoted slogan
        ("es", "El consejero de Medio Ambiente habló con la Agencia Estatal de Meteorología."),
        ("it", "Entra nel nostro canale Telegram per le notizie del giorno."),  # a platform
        ("it", "Secondo il quotidiano la Repubblica, il decreto passerà."),  # its article in lower case
        ("en", "The Nigerian newspaper Punch said twelve people had died."),  # a country writing English
        ("en", "The Ugandan paper and the Ugandan newspaper agreed."),  # a demonym before "paper"
        ("en", "The Communist Party newspaper disagreed."),  # an institution's paper
        ("en", "She left the weekly Cabinet meeting and the daily Senate session."),  # modifiers of a noun
        ("en", "According to the weekly Der Spiegel, the chancellor knew."),  # kept in its own language
        ("fr", "La chaîne publique France 2 a diffusé l'entretien."),  # a channel and its number
        ("es", "Según la Agencia de Noticias de la República Islámica (IRNA), nada cambia."),  # spelled out
    ],
)
def test_real_titles_names_and_look_alikes_stay_silent(code: str, text: str) -> None:
    assert _titles(text, code) == []


def test_one_word_before_newspaper_is_read_only_abroad() -> None:
    # "the Yorkshire newspaper" is as often a place as "the Freedom newspaper" (Hürriyet) a rendering:
    # one word is read only in an article set abroad, and a name shared by every language never.
    assert [(title.text, title.abroad) for title in literal_titles("The Freedom newspaper agreed.", "en")] == [
        ("Freedom", True)
    ]
    assert _titles("The Kent newspaper and the Texas newspaper agreed.", "en") == []


def test_title_keys_ignore_case_punctuation_and_german_endings() -> None:
    assert title_key("des Spiegels") == title_key("Des Spiegel")
    assert title_key("Frankfurter Allgemeinen Zeitung") == title_key("Frankfurter Allgemeine Zeitung")
    assert title_key("Students' News") == ("student", "news")


@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "it", "pt"])
def test_every_listed_real_title_is_silent_after_a_descriptor(code: str) -> None:
    descriptor = sorted(words(code, "media.descriptors"))[0]
    for title in sorted(words(code, "media.titles")):
        listed = next(item for item in _written_titles(code) if item.casefold() == title)
        text = f"x {descriptor} {listed} x"
        assert _titles(text, code) == [], f"{code}: {listed}"


def _written_titles(code: str) -> tuple[str, ...]:
    from audit.languages import language

    return language(code).phrases("media.titles")


def test_a_glossary_entry_reports_its_own_title_and_the_rule_stays_out(tmp_path: Path) -> None:
    # "the German weekly The Mirror" is the glossary's (en/media, Der Spiegel): one cause, one finding.
    article = tmp_path / "a.md"
    article.write_text(
        "The German weekly The Mirror quoted the minister, and the reformist daily Trust denied it.\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "audit", "check", "--lang", "en", "--format", "json", str(article)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    found = [(item["rule"], item["text"]) for item in json.loads(result.stdout)["files"][0]["findings"]]
    assert ("literal-media-title", "Trust") in found
    assert [rule for rule, text in found if "Mirror" in text] == ["glossary"]


def test_the_frequency_table_answers_as_wordfreq_does() -> None:
    # A check reads wordfreq's values from a table kept in the disk cache instead of importing it
    # (issue 9): every word of letters, listed or not, in any case, gets wordfreq's own answer.
    import re

    from wordfreq import zipf_frequency

    from audit import word_frequency
    from tests.conftest import REPO

    prose = " ".join(path.read_text(encoding="utf-8") for path in sorted((REPO / "tests" / "clean").glob("*/0*.md")))
    words = [*sorted(set(re.findall(r"\w+", prose)))[::7], "Zeitung", "ÉTÉ", "straße", "l'Est", "2024", "Ćevapi"]
    for code in ("en", "fr", "de", "es", "it", "pt"):
        table = word_frequency.zipf_table(code)
        assert table is not None and len(table) > 10_000
        for word in words + sorted(table)[::500]:
            assert word_frequency.zipf.__wrapped__(word, code) == zipf_frequency(word, code, wordlist="small"), word


# A news site or a website named with everyday words, in a story set in a country whose press writes
# another language: a rendering ("il sito Notizie Impetuose" in Guangdong). At home such titles are
# real, and a word that names a chain of shops or a waterway is no site ("la chaîne Carrefour").
_SITES_ABROAD = [
    ("en", "In Hanoi, Vietnam, the website Fast News published the figures.", "Fast News"),
    ("de", "In Hanoi (Vietnam) veröffentlichte die Website Schnelle Neuigkeiten die Zahlen.", "Schnelle Neuigkeiten"),
    ("fr", "À Hanoï, au Vietnam, le site Nouvelles Rapides a publié les chiffres.", "Nouvelles Rapides"),
    ("es", "En Hanói (Vietnam), el sitio Noticias Rápidas publicó las cifras.", "Noticias Rápidas"),
    ("it", "A Tbilisi, in Georgia, il sito Notizie Veloci ha pubblicato le cifre.", "Notizie Veloci"),
    ("pt", "Em Tbilisi, na Geórgia, o site Notícias Rápidas publicou os números.", "Notícias Rápidas"),
]
_SITES_AT_HOME = [
    ("de", "In Berlin veröffentlichte die Website Schnelle Neuigkeiten die Zahlen."),
    ("fr", "La chaîne Carrefour a fermé deux magasins en Pologne, a indiqué un porte-parole."),
    ("es", "En Bangkok (Tailandia), el canal Saen Saep se desbordó tras las lluvias."),
    ("it", "A Roma il sito Notizie Veloci ha pubblicato le cifre del comune."),
]


def _rule_titles(text: str, code: str) -> list[str]:
    findings = audit_text(text, Config(lang=code)).findings
    return [text[finding.start : finding.end] for finding in findings if finding.rule == "literal-media-title"]


@pytest.mark.parametrize(("code", "text", "title"), _SITES_ABROAD)
def test_a_site_s_everyday_title_is_a_rendering_abroad(code: str, text: str, title: str) -> None:
    assert _rule_titles(text, code) == [title]


@pytest.mark.parametrize(("code", "text"), _SITES_AT_HOME)
def test_a_site_s_title_at_home_and_a_chain_of_shops_stay_silent(code: str, text: str) -> None:
    assert _rule_titles(text, code) == []


# A title before a comma whose apposition is its descriptor ("Young Voice, the reformist daily,"), in a
# story set abroad: the same rendering written the other way round. At home, a real title of the
# language, a foreign name, a place and an adverb stay silent.
_APPOSED_ABROAD = [
    ("en", "In Tehran, Iran, prices rose, Young Voice, the reformist daily, reported.", "Young Voice"),
    ("en", "In Tehran, Iran, The Harvest, the reformist daily, reported a rise.", "The Harvest"),
    ("fr", "À Téhéran, en Iran, Voix Libre, l'agence officielle, a écrit que les prix montent.", "Voix Libre"),
    ("de", "In Teheran im Iran meldete Freie Stimme, die staatliche Agentur, die Preise stiegen.", "Freie Stimme"),
    ("es", "En Teherán, Irán, Camino Verde, la agencia oficial, informó de la subida.", "Camino Verde"),
    ("it", "A Teheran, in Iran, Voce Libera, l'agenzia ufficiale, ha annunciato il rialzo.", "Voce Libera"),
    ("pt", "Em Teerão, no Irão, Voz Livre, a agência oficial, anunciou a subida.", "Voz Livre"),
]
_APPOSED_SILENT = [
    ("en", "Prices rose in Iran. Kayhan, the hardline daily, said so."),
    ("en", "Prices rose in London. Green Path, the local weekly, said so."),
    ("en", "In Tehran, Iran, Meanwhile, the daily, citing officials, said prices rose."),
    ("fr", "À Téhéran, en Iran, Le Monde, le quotidien du soir, a écrit que les prix montent."),
    ("fr", "À Téhéran, le quotidien réformateur, Etemad, a publié le calendrier."),
    ("de", "In Teheran im Iran meldete Die Zeit, die Hamburger Wochenzeitung, die Preise stiegen."),
    ("es", "En Teherán, Irán, El País, el diario madrileño, informó de la subida."),
    ("it", "A Teheran, in Iran, Il Tempo, il quotidiano romano, ha annunciato il rialzo."),
    ("pt", "Em Teerão, no Irão, a Folha, o jornal paulista, anunciou a subida."),
]


@pytest.mark.parametrize(("code", "text", "title"), _APPOSED_ABROAD)
def test_a_title_apposed_to_its_descriptor_is_a_rendering_abroad(code: str, text: str, title: str) -> None:
    assert _rule_titles(text, code) == [title]


@pytest.mark.parametrize(("code", "text"), _APPOSED_SILENT)
def test_an_apposed_real_title_a_place_or_an_adverb_stays_silent(code: str, text: str) -> None:
    assert _rule_titles(text, code) == []


def test_an_apposed_title_is_read_only_abroad() -> None:
    text = "In Leeds, Young Voice, the student daily, reported a rise."
    assert [(title.text, title.abroad) for title in literal_titles(text, "en")] == [("Young Voice", True)]
    assert _rule_titles(text, "en") == []
