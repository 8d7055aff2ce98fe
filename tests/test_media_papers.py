"""A newspaper's own-language name rendered word for word (audit/newspaper.py), through the rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit import Config, audit_text
from audit.findings import Finding, FixSafety
from audit.glossary.media_context import ArticleWords
from audit.languages import language
from audit.languages_lint import _is_paper
from audit.media_title import is_known
from audit.newspaper import paper_titles, paper_vocabulary, rendered_papers
from audit.press_vocabulary import articles_of, language_titles, title_key, title_word
from tests.conftest import run_cli

# (language, text, the rendering, the suggestion): papers no glossary entry lists, in every language.
RENDERED = [
    # This round's rows: papers and a channel the blind sets named by the meaning of their names.
    (
        "en",
        "In Mexico City, The Day newspaper reported that the blackouts had spread to Mérida.",
        "The Day",
        "La Jornada",
    ),
    ("en", "In Moscow, the Bulletin newspaper reported that the miner cut its output.", "Bulletin", "Vedomosti"),
    (
        "fr",
        "Selon le Soleil de Vancouver, les feux ont détruit des maisons en Colombie-Britannique.",
        "Soleil de Vancouver",
        "Vancouver Sun",
    ),
    (
        "fr",
        "À Karachi, l'Enregistreur des affaires rapporte que la banque centrale a maintenu son taux.",
        "Enregistreur des affaires",
        "Business Recorder",
    ),
    ("fr", "À Mombasa, selon La Norme, le port a battu son record.", "La Norme", "The Standard"),
    ("es", "El canal El Nuevo, con sede en Beirut, difundió las imágenes del recuento.", "El Nuevo", "Al Jadeed"),
    ("en", "In Bangkok, doctors told the Thai State newspaper that the clinic was full.", "Thai State", "Thai Rath"),
    ("en", "In Dhaka, according to First Light, traders mix syrup into the honey.", "First Light", "Prothom Alo"),
    ("en", "Officials in Jakarta told Compass Daily that 300 pairs were made.", "Compass Daily", "Kompas"),
    ("en", "In Lahore, the Voice of the Times reported that the dam was full.", "Voice of the Times", "Nawa-i-Waqt"),
    (
        "de",
        "Als Peking die Einfuhr aus Taiwan beschränkte, berichtete die Freiheitszeit.",
        "Freiheitszeit",
        "Liberty Times",
    ),
    (
        "de",
        "Laut der Republik haben in Polen seit 2015 mehr als 1.500 Milchbars geschlossen.",
        "Republik",
        "Rzeczpospolita",
    ),
    ("de", "In Jakarta berichtete der Kompass über die Sandalen.", "Kompass", "Kompas"),
    ("de", "Laut dem Apfel-Tagblatt ist die Polizei in Hongkong eingeschritten.", "Apfel-Tagblatt", "Apple Daily"),
    # German capitalises the descriptor: it stays, and the title is read past it.
    (
        "de",
        "In Seoul berichtete die Zeitung Ostasien-Tageblatt über den Markt.",
        "Ostasien-Tageblatt",
        "Dong-a Ilbo",
    ),
    (
        "de",
        "Laut der Huanqiu-Zeit kommen jährlich Millionen Besucher nach Chengdu in China.",
        "Huanqiu-Zeit",
        "Global Times",
    ),
    # A real title of the language ("Hoy") whose descriptor names the foreign paper's country is that
    # paper's name translated (audit/newspaper.py, `_namesake_abroad`).
    ("es", "El diario mongol Hoy informó desde Ulán Bator.", "Hoy", "Önöödör"),
    ("es", "En Sofía, el diario 24 Horas informó de que varias destilerías firmaron.", "24 Horas", "24 Chasa"),
    ("es", "Según el Tiempo Global, la fábrica de Shanghái cerrará en mayo.", "Tiempo Global", "Global Times"),
    ("fr", "À Lahore, la Voix du Temps a révélé que le barrage était plein.", "Voix du Temps", "Nawa-i-Waqt"),
    (
        "fr",
        "À Taipei, le Temps de la Liberté a révélé que les prix ont baissé.",
        "Temps de la Liberté",
        "Liberty Times",
    ),
    (
        "it",
        "Il Giornale del popolo ha però sollevato dubbi sui prezzi pagati a Praga.",
        "Giornale del popolo",
        "Lidové noviny",
    ),
    ("it", "A Shanghai, i Tempi Globali hanno pubblicato i dati dell'export.", "Tempi Globali", "Global Times"),
    (
        "pt",
        "Em Suzhou, na China, Chang Hsueh contou aos Tempos Globais que vende lenços.",
        "Tempos Globais",
        "Global Times",
    ),
    ("pt", "Segundo a Bússola, o governo de Jacarta vai subsidiar as sandálias.", "Bússola", "Kompas"),
    # German writes a work's title with its first word capitalised: a title opened by its capitalised
    # article after a descriptor is read so ("die Zeitung Die letzten Nachrichten").
    (
        "de",
        "In Haifa berichtete auch die Zeitung Die letzten Nachrichten über Israel.",
        "Die letzten Nachrichten",
        "Yedioth Ahronoth",
    ),
    (
        "de",
        "In Mumbai berichtete die Zeitung Neue-Indien-Zeiten über den Streik.",
        "Neue-Indien-Zeiten",
        "Navbharat Times",
    ),
    # A capitalised word naming a paper is the title's own outside German ("el Diario General").
    ("es", "En Róterdam, en Holanda, el abogado habló con el Diario General.", "Diario General", "Algemeen Dagblad"),
    (
        "it",
        "Le Notizie Serali di Qianjiang hanno raccontato il caso di Hangzhou, in Cina.",
        "Notizie Serali di Qianjiang",
        "Qianjiang Evening News",
    ),
    ("pt", "Em Dodoma, na Tanzânia, o diário Notícias Hoje escreve que faltam testes.", "Notícias Hoje", "Habari Leo"),
    # A word naming a medium makes a name of a phrase capitalised on its first word only.
    (
        "fr",
        "À Innsbruck, le porte-parole a parlé à la Radiodiffusion autrichienne.",
        "Radiodiffusion autrichienne",
        "ORF",
    ),
    (
        "it",
        "In Kazakistan, secondo la Verità kazaka, altri funzionari sono indagati.",
        "Verità kazaka",
        "Kazakhstanskaya Pravda",
    ),
    ("en", "In Tokyo, the Japan Broadcasting Association reported snow.", "Japan Broadcasting Association", "NHK"),
    ("en", "In Tel Aviv, Army Waves reported that Israel had closed the border.", "Army Waves", "Galei Tzahal"),
    ("it", "A Rio, in Brasile, la Globo TV ha mostrato le immagini.", "Globo TV", "TV Globo"),
    ("es", "En Atenas, la Radiotelevisión Griega informó de la huelga en Grecia.", "Radiotelevisión Griega", "ERT"),
    ("en", "In Warsaw, the Polish Gazette reported that the cranes would stay.", "Polish Gazette", "Gazeta Polska"),
    (
        "es",
        "En Lisboa, el Correo de la Mañana informó de que Portugal subirá el IVA.",
        "Correo de la Mañana",
        "Correio da Manhã",
    ),
    (
        "fr",
        "Dans le Tyrol autrichien, le Journal tyrolien du jour a révélé l'accident.",
        "Journal tyrolien du jour",
        "Tiroler Tageszeitung",
    ),
    # Agencies whose own names mean something, and papers of the Nordic, Balkan, Caucasian and Asian press.
    (
        "en",
        "In Oslo, police told the Norwegian Telegram Bureau that nobody was hurt.",
        "Norwegian Telegram Bureau",
        "NTB",
    ),
    (
        "en",
        "In Stockholm, The Newspapers' Telegram Bureau said rates would hold.",
        "The Newspapers' Telegram Bureau",
        "TT",
    ),
    ("en", "Pork prices in China rose again, the New China Society reported.", "New China Society", "Xinhua"),
    (
        "en",
        "In Kathmandu the court ruled, the National News Committee said.",
        "National News Committee",
        "Rastriya Samachar Samiti",
    ),
    ("en", "Prices in Beijing rose, Wealth New magazine reported.", "Wealth New", "Caixin"),
    # German capitalises nouns: an article after the name opens the next one, it does not go on the name.
    (
        "de",
        "In Zagreb meldete die Kroatische Berichterstattende Nachrichtenagentur den Rücktritt des Trainers.",
        "Kroatische Berichterstattende Nachrichtenagentur",
        "HINA",
    ),
    ("de", "In Chennai in Indien berichtete die Zeitung Tagesblüte über den Zyklon.", "Tagesblüte", "Dinamalar"),
    ("de", "In Baku berichtete die Volkszeitung über die Festnahmen.", "Volkszeitung", "Xalq qəzeti"),
    ("es", "En Colombo, la agencia Noticias de Lanka informó del partido.", "Noticias de Lanka", "Lankapuvath"),
    (
        "es",
        "En Bratislava, el Periódico Económico informó de la inflación.",
        "Periódico Económico",
        "Hospodárske noviny",
    ),
    ("es", "En Murmansk, en Rusia, el periódico Noticias informó del apagón.", "Noticias", "Izvestia"),
    (
        "fr",
        "À Chongqing, en Chine, le site Nouvelles Déferlantes a montré l'accident.",
        "Nouvelles Déferlantes",
        "The Paper",
    ),
    ("it", "A Canton, in Cina, il sito Notizie Impetuose ha parlato del tifone.", "Notizie Impetuose", "The Paper"),
    ("pt", "Em Tbilisi, o diário 24 Horas noticiou as exportações de vinho.", "24 Horas", "24 Saati"),
    (
        "it",
        "A Stoccolma, secondo il Foglio della Sera, la banca terrà fermi i tassi.",
        "Foglio della Sera",
        "Aftonbladet",
    ),
    ("en", "In Sofia, Bulgaria, the daily Now reported the arrests.", "Now", "Sega"),
    ("en", "In Dhaka, the New Horizon newspaper said the strike would go on.", "New Horizon", "Naya Diganta"),
    ("de", "In Yangon (Myanmar) schrieb die Zeitung Licht Myanmars, der Damm halte.", "Licht Myanmars", "Myanma Alinn"),
    ("fr", "À Tirana, selon la Voix du Peuple, le vote est reporté.", "Voix du Peuple", "Zëri i Popullit"),
    ("es", "En Porto Alegre (Brasil), el diario Hora Cero informó de las inundaciones.", "Hora Cero", "Zero Hora"),
    (
        "pt",
        "Em Hanói, segundo o Exército do Povo, as tropas ajudaram nas cheias.",
        "Exército do Povo",
        "Quân đội Nhân dân",
    ),
    (
        "it",
        "A Tampere, in Finlandia, secondo il Giornale del Mattino, la fabbrica chiude.",
        "Giornale del Mattino",
        "Aamulehti",
    ),
    # The Gulf, the Andes, Central America, Francophone, Lusophone and Southern Africa, the Pacific.
    ("en", "In Kuwait, the daily Firebrand reported that the minister resigned.", "Firebrand", "Al-Qabas"),
    ("en", "In Managua, Nicaragua, the New Daily reported that the border was closed.", "New Daily", "El Nuevo Diario"),
    ("fr", "À Bogota, en Colombie, selon le Spectateur, les prix montent.", "Spectateur", "El Espectador"),
    ("fr", "Au Salvador, selon la Presse graphique, les prix montent.", "Presse graphique", "La Prensa Gráfica"),
    ("de", "In Quito in Ecuador berichtete die Zeitung Universum über den Streik.", "Universum", "El Universo"),
    ("es", "En Bamako (Malí), el diario Auge informó del ataque.", "Auge", "L'Essor"),
    (
        "it",
        "A Luanda, in Angola, secondo il Giornale di Angola, il porto è chiuso.",
        "Giornale di Angola",
        "Jornal de Angola",
    ),
    ("pt", "Em Suva, nas Fiji, segundo o Tempos de Fiji, o porto fechou.", "Tempos de Fiji", "Fiji Times"),
    # Public broadcasters whose names mean something.
    ("en", "In Stockholm, Sweden's Radio reported the vote in Sweden.", "Sweden's Radio", "Sveriges Radio"),
    ("en", "In Delhi, India, the broadcaster Far Vision said the match was over.", "Far Vision", "Doordarshan"),
    ("de", "In Kopenhagen berichtete Dänemarks Rundfunk über die Wahl in Dänemark.", "Dänemarks Rundfunk", "DR"),
    ("it", "A Nuova Delhi, in India, la Voce del Cielo ha annunciato il risultato.", "Voce del Cielo", "Akashvani"),
    ("es", "En Copenhague, la Radio de Dinamarca informó de la votación en Dinamarca.", "Radio de Dinamarca", "DR"),
    # Papers of Mongolia, Laos, Eritrea, Malta, Wales, Galicia and Maharashtra, and a word of the
    # paper's home (its country, its language) between the descriptor and the title.
    ("it", "Il quotidiano marathi Mattino ha riferito che a Nashik, in India, i prezzi calano.", "Mattino", "Sakal"),
    ("en", "The Marathi daily People's Power reported that Pune had spent more.", "People's Power", "Loksatta"),
    ("en", "In Wales, the Welsh-language weekly The Welshman first reported the fraud.", "The Welshman", "Y Cymro"),
    ("de", "Die mongolische Tageszeitung Heute berichtete aus Ulaanbaatar über die Halle.", "Heute", "Önöödör"),
    ("en", "In Ulaanbaatar, the daily Today noted that the hall was cold.", "Today", "Önöödör"),
    (
        "fr",
        "En Érythrée, le journal gouvernemental Nouvelle Érythrée a indiqué une pénurie.",
        "Nouvelle Érythrée",
        "Hadas Eritrea",
    ),
    ("it", "In Eritrea, secondo la Nuova Eritrea, i granai sono vuoti.", "Nuova Eritrea", "Hadas Eritrea"),
    ("fr", "Au Laos, le Temps de Vientiane rapporte une hausse des prix.", "Temps de Vientiane", "Vientiane Times"),
    ("pt", "No Laos, segundo o Tempo de Vientiane, o café subiu.", "Tempo de Vientiane", "Vientiane Times"),
    ("it", "A Malta, il quotidiano Il Tempo di Malta ha pubblicato le foto.", "Il Tempo di Malta", "Times of Malta"),
    ("es", "En Malta, según el Tiempo de Malta, las urgencias están llenas.", "Tiempo de Malta", "Times of Malta"),
    ("pt", "Na Galiza, o Farol de Vigo noticiou que os preços subiram.", "Farol de Vigo", "Faro de Vigo"),
    (
        "de",
        "In Galicien berichtete der Leuchtturm von Vigo über die Röstereien.",
        "Leuchtturm von Vigo",
        "Faro de Vigo",
    ),
    # Their neighbours' papers.
    (
        "en",
        "In Erbil, the daily New Kurdistan reported that the syrup came from Baghdad.",
        "New Kurdistan",
        "Kurdistani Nwe",
    ),
    ("es", "En Laos, el diario Nueva Vientián informó de la cosecha.", "Nueva Vientián", "Vientiane Mai"),
    ("fr", "Au Tadjikistan, le quotidien République a publié le décret.", "République", "Jumhuriyat"),
    ("pt", "Em Malta, o semanário Tocha noticiou a greve.", "Tocha", "It-Torċa"),
    ("de", "In Skopje berichtete die Zeitung Abend über die Wahl in Mazedonien.", "Abend", "Večer"),
    (
        "it",
        "In Galizia, secondo il Corriere Galiziano, i porti sono chiusi.",
        "Corriere Galiziano",
        "El Correo Gallego",
    ),
    ("en", "In Kabul, the state daily Homeland wrote that the wrestler had won.", "Homeland", "Hewad"),
    # Set K: Yomiuri Shimbun, Kobe Shimbun, Mosaïque FM; Al-Qabas's other renderings.
    (
        "it",
        "Secondo il Giornale Lettura-Vendita, il Giappone alzerà le tasse.",
        "Giornale Lettura-Vendita",
        "Yomiuri Shimbun",
    ),
    ("it", "Lo ha detto al Giornale Kobe un ingegnere giapponese.", "Giornale Kobe", "Kobe Shimbun"),
    ("es", "Según Radio Mosaico, Túnez ampliará la campaña.", "Radio Mosaico", "Mosaïque FM"),
    ("de", "Wie die kuwaitische Zeitung Die Feuerfackel berichtete, steigt der Preis.", "Die Feuerfackel", "Al-Qabas"),
]

# Correct names and ordinary phrases of the same words: silent.
SILENT = [
    ("en", "In New London, Connecticut, The Day newspaper reported that the ferry would run."),
    ("en", "In Moscow, the central bank's monthly bulletin said inflation had slowed."),
    ("fr", "À Vancouver, le soleil est revenu après dix jours de fumée."),
    ("es", "En Beirut, el nuevo canal de riego abrió el lunes."),
    ("fr", "À Karachi, le registre des affaires a été numérisé."),
    ("en", "In Stockholm, Swedish Radio and Swedish Television reported the vote in Sweden."),
    ("en", "In Delhi, All India Radio and Doordarshan said India had won."),
    ("fr", "À Reykjavik, en Islande, la radio publique RÚV a annoncé l'éruption."),
    # The new rows' papers under their own names, and the same words as ordinary phrases.
    ("en", "In Kuwait, Al-Qabas reported that the minister resigned; a spark started the fire."),
    ("en", "In Abu Dhabi, the paper said the Union would meet again."),
    ("fr", "À Bogota, en Colombie, selon El Espectador, le spectateur moyen a payé plus."),
    ("de", "In Quito in Ecuador berichtete die Zeitung El Universo über den Streik."),
    ("es", "En Bamako (Malí), el diario L'Essor informó del auge del oro."),
    ("it", "A Luanda, in Angola, secondo il Jornal de Angola, il porto è chiuso."),
    ("pt", "Em Suva, nas Fiji, segundo o Fiji Times, o porto fechou nos tempos de crise."),
    ("en", "In Taipei, the Liberty Times and the China Times reported the vote."),
    ("en", "In Hanoi, the People's Committee approved the plan; People came to see it."),
    ("en", "A first light rain fell on Dhaka; the Republic of Turkey said Ankara would pay."),
    ("en", "The Global Times, a Beijing tabloid, cited the People's Daily."),
    ("en", "According to First Light, a charity in Leeds, the project was a success."),
    ("en", "The Thai State Railway said trains from Bangkok would run late."),
    ("en", "Doctors in Leeds told the State newspaper that the clinic was full."),
    ("de", "In Jakarta zeigte der Kompass nach Norden."),
    ("de", "Laut der Zeit und der Welt hat der Bundestag in Berlin das Gesetz beschlossen."),
    ("de", "Das Volk hat in Polen am Sonntag gewählt, und die Republik feierte."),
    ("de", "Die ukrainische Wahrheit über den Krieg in Kiew ist bitter."),
    ("de", "Laut der Renmin Ribao und der Volkszeitung aus Peking steigt der Export."),
    ("es", "Según el Diario del Pueblo, Pekín ampliará el programa."),
    ("es", "El País y El Mundo informaron de que Tokio abrirá el puerto."),
    ("es", "Según la Verdad, diario de Murcia, la cosecha de Turquía cayó."),
    ("fr", "Selon le Quotidien du Peuple, Pékin va ouvrir le marché."),
    ("fr", "Le Monde rapporte que le Japon a ouvert ses ports."),
    ("it", "Il quotidiano La Verità ha attaccato il ministro russo a Mosca."),
    ("it", "Il Giornale ha scritto che a Praga i prezzi salgono."),
    ("pt", "Segundo o Diário do Povo, Pequim vai ampliar o programa."),
    ("pt", "Segundo o Povo, jornal de Fortaleza, o Vietname exporta mais."),
    # A longer name, the state, a speaker: not the paper.
    ("en", "In Lahore, the charity told War on Want that the floods had receded."),
    ("en", "In Warsaw, the Republic said it would respond to the court."),
    ("de", "In der Türkei gilt laut Freiheit und Demokratie ein neues Gesetz."),
    ("fr", "En Turquie, selon la République turque, les impôts baisseront."),
    ("it", "In Polonia, secondo la Repubblica polacca, i prezzi scendono."),
    ("es", "En Turquía, la República de Turquía cumple cien años."),
    # Real names of the papers, broadcasters and states the new rows render.
    ("en", "In Tokyo, the Japan Broadcasting Corporation (NHK) reported snow."),
    ("en", "In Tel Aviv, Army Radio reported that Israel had closed the border."),
    ("it", "A Rio, in Brasile, la TV Globo ha mostrato le immagini."),
    ("en", "In Vienna, the Austrian Broadcasting Corporation said the show would go on."),
    ("de", "Laut der Tiroler Tageszeitung hat Österreich die Straße gesperrt."),
    ("de", "In Innsbruck berichtete die Zeitung Die Presse über den Gletscher in Österreich."),
    ("de", "Die letzten Nachrichten aus Israel kamen am Abend."),
    ("es", "En Japón, el país del Sol Naciente, el diario Asahi informó de la cosecha."),
    ("fr", "En Autriche, la radiodiffusion publique ORF a diffusé le match."),
    ("it", "In Kazakistan, la Kazakhstanskaya Pravda ha scritto che la verità kazaka è amara."),
    ("pt", "Na Tanzânia, o diário Habari Leo escreve que faltam testes em Dodoma."),
    ("en", "In Seoul, Yonhap News Agency said the United Nations would meet."),
    ("en", "In Oslo, police told the Norwegian news agency NTB that nobody was hurt."),
    ("en", "In Amman, Jordan, lawyers said the law breached the Constitution, according to the Constitution court."),
    ("en", "In Beijing, the official Xinhua News Agency said prices rose in China."),
    ("de", "In Zagreb meldete die kroatische Nachrichtenagentur HINA den Rücktritt des Trainers."),
    ("fr", "À Pékin, l'agence Chine nouvelle a annoncé la hausse des prix en Chine."),
    ("es", "En Colombo, en Sri Lanka, la agencia Lankapuvath informó del partido."),
    ("pt", "Em Lisboa, o jornal 24 Horas noticiou as exportações de vinho de Portugal."),
    # The new rows' papers under their own names, own-press titles, and a home word that is no descriptor's.
    ("en", "In Valletta, the Times of Malta reported that Malta's hospitals were full."),
    ("en", "The Vientiane Times said coffee prices in Laos rose; Loksatta, a Marathi daily, agreed."),
    ("es", "En Vigo, en Galicia, el Faro de Vigo informó del cierre."),
    ("it", "A Roma il quotidiano Il Tempo ha scritto che Malta chiede aiuto."),
    ("en", "Today, in Ulaanbaatar, the wrestlers met; the Welsh team arrived in Wales."),
    ("it", "A Nashik, in India, Mattino e sera i mercati sono pieni."),
    ("fr", "En Érythrée, la nouvelle Érythrée est un pays jeune."),
    ("en", "In Erbil, officials said a new Kurdistan would need new roads; Homeland security is a US term."),
    ("de", "In Skopje war am Abend die Wahl in Mazedonien entschieden."),
    ("it", "A Dušanbe, in Tagikistan, la Repubblica ha scritto che il cotone è caro."),
]


def _findings(text: str, code: str) -> list[Finding]:
    return [
        finding for finding in audit_text(text, Config(lang=code)).findings if finding.rule == "literal-media-title"
    ]


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_rule_reports_the_paper_with_an_unsafe_fix(code: str, text: str, rendering: str, suggestion: str) -> None:
    findings = _findings(text, code)
    assert [text[finding.start : finding.end] for finding in findings] == [rendering]
    fix = findings[0].fix
    assert fix is not None and fix.safety is FixSafety.UNSAFE
    assert [edit.replacement for edit in fix.edits] == [suggestion]


@pytest.mark.parametrize(("code", "text"), SILENT)
def test_names_and_ordinary_phrases_stay_silent(code: str, text: str) -> None:
    assert _findings(text, code) == []


@pytest.mark.parametrize(("code", "text", "rendering", "suggestion"), RENDERED)
def test_an_article_that_never_names_the_country_stays_silent(
    code: str, text: str, rendering: str, suggestion: str
) -> None:
    # The same rendering, in an article about somewhere else: the words may be a local title. Its own
    # article goes too ("Il Tempo di Malta": the sentence would open on "Il").
    first, _, rest = rendering.partition(" ")
    words = rest if rest and first.casefold() in articles_of(code) else rendering
    article = ArticleWords([f"{words} opened a new office."])
    assert list(rendered_papers(f"{words} opened a new office.", code, article)) == []


def test_lower_case_is_a_description() -> None:
    text = "A Xangai, i tempi globali della finanza cambiano."
    assert list(rendered_papers(text, "it", ArticleWords([text]))) == []


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "it", "pt"])
def test_a_paper_s_own_names_are_never_its_rendering(code: str) -> None:
    for name, country, *_ in language(code).value("media.papers", ()):
        text = f"{country}: laut {name}."
        assert list(rendered_papers(text, code, ArticleWords([text]))) == [], name
        assert paper_titles(code), code


def test_lint_rejects_an_empty_meaning_slot() -> None:
    assert _is_paper(["Liberty Times", "Taiwan", "Freedom; Times"])
    assert not _is_paper(["Liberty Times", "Taiwan", "Freedom;"])
    assert not _is_paper(["Liberty Times", "Taiwan"])


# A citation frame per language around a rendering, in an article that names the country.
_FRAMES = {
    "en": "In {country}, according to the {rendering}, prices rose.",
    "de": "In {country} berichtete die {rendering} über die Preise.",
    "fr": "En {country}, selon le {rendering}, les prix montent.",
    "es": "En {country}, según el {rendering}, los precios suben.",
    "it": "In {country}, secondo il {rendering}, i prezzi salgono.",
    "pt": "Em {country}, segundo o {rendering}, os preços sobem.",
}


def _first_rendering(meaning: str, heads: frozenset[str]) -> str:
    """The first alternative of every slot, capitalised as a name, a word naming a paper last ("Sun
    Daily": "the daily Sun" reads the descriptor apart): one rendering MT may write."""
    words = [slot.split()[0] for slot in meaning.split(";")]
    words.sort(key=lambda word: title_word(word) in heads)
    return " ".join(word[:1].upper() + word[1:] for word in words)


@pytest.mark.parametrize("code", sorted(_FRAMES))
def test_every_paper_of_the_gazetteer_is_found_by_its_meaning(code: str) -> None:
    # Every row is tested: its meaning, rendered with the first word of each slot in a citation frame,
    # is reported with the paper's name, unless the rendering is a real title of the language (the
    # rule's silence by design); a row that another row shadows fails here.
    vocabulary = paper_vocabulary(code)
    real = paper_titles(code) | language_titles(code)
    missed = []
    for paper, (name, country, meaning, *_) in zip(
        vocabulary.papers, language(code).value("media.papers", ()), strict=True
    ):
        rendering = _first_rendering(meaning, vocabulary.heads)
        text = _FRAMES[code].format(country=country.split()[0], rendering=rendering)
        article = title_key(text[: text.index(rendering)].split()[-1])  # "selon le Soleil" is Le Soleil
        if is_known(title_key(rendering), real | paper.accepted, code) or article + title_key(rendering) in real:
            continue
        found = [(item.text, item.suggestion) for item in rendered_papers(text, code, ArticleWords([text]))]
        if found != [(rendering, name)]:
            missed.append((name, rendering, found))
    assert missed == []


# Whole articles through the command line: the paper is reported with its name, and the article's
# correct names stay silent.
_ARTICLES = {
    "it": (
        "# Tè di Hangzhou\n\nA Hangzhou, in Cina, mancano raccoglitori di tè.\n\n"
        "Le Notizie Serali di Qianjiang hanno raccontato il caso di un istituto agrario. "
        "L'agenzia Xinhua ha ripreso la notizia.\n",
        "Notizie Serali di Qianjiang",
        "Qianjiang Evening News",
    ),
    "de": (
        "# Fischer in Akko\n\nIn Akko, im Norden Israels, streiten die Fischer um den Hafen.\n\n"
        "Auch die Zeitung Die letzten Nachrichten berichtete über den Streit. "
        "Die Zeitung Haaretz zitierte den Bürgermeister.\n",
        "Die letzten Nachrichten",
        "Yedioth Ahronoth",
    ),
    "fr": (
        "# Glacier du Pitztal\n\nAu Tyrol, en Autriche, le glacier a perdu dix mètres.\n\n"
        "Le Journal tyrolien du jour a révélé l'accident. L'agence APA a confirmé les chiffres.\n",
        "Journal tyrolien du jour",
        "Tiroler Tageszeitung",
    ),
}


@pytest.mark.parametrize("code", sorted(_ARTICLES))
def test_the_command_line_reports_a_rendered_paper_in_an_article(code: str, tmp_path: Path) -> None:
    text, rendering, suggestion = _ARTICLES[code]
    (tmp_path / "article.md").write_text(text, encoding="utf-8")
    result = run_cli(
        "check", "--lang", code, "--select", "literal-media-title", "--format", "json", "article.md", cwd=tmp_path
    )
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [text[finding["start"] : finding["end"]] for finding in findings] == [rendering]
    assert suggestion in findings[0]["message"]
