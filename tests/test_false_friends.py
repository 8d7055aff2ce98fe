"""False friends of English-source news translation (glossaries/<lang>/calques.toml): a word that exists
in the article language but not in the English sense MT gives it ('Éventuellement,' for eventually,
'supporter' for to support, 'realizzato che' for realised, 'in 2019' in German). Each entry is limited
by the grammar around the word, so the same word in its own sense stays silent; the sentences here are
other wordings than the glossary's examples."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text


def entries(code: str, paragraph: str) -> list[str]:
    """The calque entries (`<lang>/calques/<id>`) found in a short article holding `paragraph`."""
    text = f"Actualités\n\n{paragraph}\n"
    found = audit_text(text, Config(lang=code)).findings
    return [finding.entry for finding in found if finding.entry and "/calques/" in finding.entry]


# (article language, a paragraph with an English false friend, the entry that names it)
FOUND = [
    ("fr", "Éventuellement, le cyclone devrait se dissiper au-dessus des terres.", "eventuellement-a-la-fin"),
    ("fr", "Éventuellement, la direction a renoncé à fermer l'usine.", "eventuellement-a-la-fin"),
    ("fr", "Paris supporte pleinement l'initiative de l'Union africaine.", "supporter-soutenir"),
    ("fr", "Les élus avaient supporté la motion de censure.", "supporter-soutenir"),
    ("fr", "Elle réalise alors qu'il est trop tard pour partir.", "realiser-que"),
    ("fr", "Les autorités ont mis à jour la carte sur une base trimestrielle.", "sur-une-base-quotidienne"),
    ("fr", "« Au bout de la journée, l'essentiel est que personne ne soit blessé », dit-il.", "a-la-fin-de-la-journee"),
    ("fr", "La signature a pris place dans les salons de la préfecture.", "prendre-place"),
    ("fr", "Ce sera définitivement un tournant pour le club.", "definitivement-certainement"),
    ("fr", "On peut assumer que les prix vont encore monter.", "assumer-que"),
    ("fr", "Le syndicat exige que la direction prenne action rapidement.", "prendre-action"),
    ("fr", "Les critiques parlent d'agendas cachés des deux camps.", "agenda-cache"),
    ("it", "Secondo lui il governo non ha davvero realizzato che la crisi è grave.", "realizzare-rendersi-conto"),
    ("it", "Il bilancio è stato rivisto, in accordo con fonti della Commissione.", "in-accordo-con-fonti"),
    (
        "it",
        "«Alla fine della giornata, dicono i sindacati, il contratto conviene ai lavoratori.»",
        "alla-fine-della-giornata",
    ),
    ("it", "Gli esperti stimano che eventualmente i prezzi finiranno per scendere.", "eventualmente-alla-fine"),
    ("it", "Sarebbe definitivamente un errore rinviare la riforma.", "definitivamente-senza-dubbio"),
    ("it", "Il comune ha preso azione contro gli affitti brevi.", "prendere-azione"),
    ("es", "Eventualmente, el huracán debería disiparse sobre el continente.", "eventualmente-al-final"),
    ("es", "Fue definitivamente un error aplazar la reforma.", "definitivamente-sin-duda"),
    ("es", "La alcaldía tomó acción contra los pisos turísticos.", "tomar-accion"),
    ("es", "Los datos se actualizan sobre una base horaria.", "anglicismos-de-traduccion"),
    ("pt", "Eventualmente, o furacão deverá dissipar-se sobre o continente.", "eventualmente-por-fim"),
    ("pt", "Foi definitivamente um erro adiar a reforma.", "definitivamente-sem-duvida"),
    ("pt", "A câmara tomou ação contra o alojamento local.", "tomar-acao"),
    ("pt", "Os dados são atualizados em uma base semanal.", "numa-base-diaria"),
    ("pt", "Os investidores ainda não tinham realizado que o acordo era frágil.", "realizar-que"),
    ("de", "In 2018 hatte die Firma noch 400 Beschäftigte.", "in-jahreszahl"),
    ("de", "Der Umsatz sank gegenüber dem Vorjahr, in 2022 lag er bei 3 Millionen.", "in-jahreszahl"),
    ("de", "Die Werte werden auf stündlicher Basis veröffentlicht.", "auf-taeglicher-basis"),
]

# The same words in their own sense, and the idiomatic wordings: nothing to report.
SILENT = [
    ("fr", "Éventuellement, contactez votre pharmacien si la fièvre persiste."),
    ("fr", "Éventuellement, les élèves qui ont manqué l'examen peuvent le repasser en juin."),
    ("fr", "Le pont supporte des charges de quarante tonnes ; il ne supporte plus la candidature du maire."),
    ("fr", "Les riverains n'ont pas supporté les efforts de bruit du chantier."),
    (
        "fr",
        "L'entreprise n'a réalisé que des bénéfices modestes ; elle ne réalise qu'un tiers de ses ventes en France.",
    ),
    ("fr", "Le cinéaste a réalisé un documentaire que la chaîne diffusera en mai."),
    ("fr", "Les avions décollent depuis une base aérienne ; la base horaire des salariés est de 35 heures."),
    ("fr", "Au bout de la journée, les randonneurs avaient parcouru vingt kilomètres."),
    ("fr", "Les invités ont pris place autour de la table ; la cérémonie a eu lieu à midi."),
    ("fr", "Le texte est définitivement adopté ; c'est sans doute une bonne nouvelle."),
    ("fr", "Le ministre assume que la réforme soit impopulaire."),
    ("fr", "Le fonds souverain a pris des actions dans la compagnie aérienne."),
    ("fr", "L'agenda du président prévoit une visite à Lyon."),
    ("it", "La regione ha realizzato quanto promesso in campagna elettorale."),
    ("it", "Il progetto è stato realizzato in accordo con i funzionari del comune."),
    ("it", "Alla fine della giornata i soccorritori erano esausti."),
    ("it", "Chi eventualmente finirà il turno tardi potrà usare il taxi aziendale."),
    ("it", "Il contratto è definitivamente firmato."),
    ("es", "Eventualmente, consulte a su médico si la fiebre persiste."),
    ("es", "El contrato fue definitivamente firmado; el fondo tomó acciones de la empresa."),
    ("pt", "Eventualmente, consulte o seu médico se a febre persistir."),
    ("pt", "O contrato foi definitivamente assinado; a empresa tem realizado obras que duram meses."),
    ("de", "Im Jahr 2018 hatte die Firma noch 400 Beschäftigte; 2022 lag der Umsatz bei 3 Millionen."),
    ("de", "Die Station liegt in 2030 m Höhe, in 2000 Fällen kam keine Antwort."),
    ("de", "Auf der Basis dieser Daten wird täglich entschieden."),
]


@pytest.mark.parametrize(("code", "paragraph", "entry"), FOUND, ids=[f"{c}-{e}" for c, _, e in FOUND])
def test_an_english_false_friend_is_found(code: str, paragraph: str, entry: str) -> None:
    assert f"{code}/calques/{entry}" in entries(code, paragraph)


@pytest.mark.parametrize(("code", "paragraph"), SILENT, ids=[f"{c}-{n}" for n, (c, _) in enumerate(SILENT)])
def test_the_same_word_in_its_own_sense_is_silent(code: str, paragraph: str) -> None:
    assert entries(code, paragraph) == []


def test_not_having_realised_is_still_found() -> None:
    # 'ne … que' (only) is the French sense; 'ne … pas réalisé que' is the English one.
    assert "fr/calques/realiser-que" in entries("fr", "Les marchés n'ont pas encore réalisé que la crise durerait.")
    assert "fr/calques/realiser-que" in entries("fr", "Il ne réalise pas que la saison est finie.")
