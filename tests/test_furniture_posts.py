"""Furniture of live blogs, forum reposts and newsletters (round of 2026-11-30, articles 112-114): a
live blog's entry stamp that is only a clock and a time zone, its standing banner, a forum's edit stamp
with the date before the editor, a reposter's preface that says how the text was translated, a "--"
sign-off, a newsletter's forward and view-in-browser lines and a sponsor's tagline. Each shape fires in
several languages in wordings of its own, and the article lines that tempt it stay silent."""

from __future__ import annotations

import pytest

from tests.test_furniture_shapes import _found, _page


@pytest.mark.parametrize(
    ("code", "line", "kind"),
    [
        ("en", "**16:05 BST**", "clock"),
        ("fr", "09h30 CET", "clock"),
        ("de", "14:32 MESZ", "clock"),
        ("es", "**11:20 GMT-3**", "clock"),
        ("it", "07:45 UTC+2", "clock"),
        ("en", "Live coverage from our Gaza team. This page is refreshed every few minutes.", "en/live"),
        ("en", "Please reload this page for the newest entries", "en/live"),
        ("fr", "En direct de notre rédaction de Tunis. Actualisez la page pour lire les derniers messages.", "fr/live"),
        ("de", "Liveticker aus unserer Nachrichtenredaktion in Amman", "de/live"),
        ("de", "Bitte laden Sie die Seite neu, um die neuesten Einträge zu sehen.", "de/live"),
        ("es", "En directo desde nuestra redacción de Bagdad. Actualice la página para ver lo último.", "es/live"),
        ("it", "In diretta dalla nostra redazione di Palermo: aggiorna la pagina per le ultime notizie.", "it/live"),
        ("pt", "Ao vivo a partir da nossa redação em Beirute. Atualize a página para ver as novidades.", "pt/live"),
        ("en", "Last edited: 03-02-2026, 21:14 by sandstorm_99", "en/forum"),
        ("fr", "Dernière édition : le 4 mars 2026 à 08h12 par oranais31", "fr/forum"),
        ("de", "Letzte Änderung: 04.03.2026 um 08:12 Uhr von wuestenfuchs", "de/forum"),
        ("es", "Última edición: 4 de marzo de 2026, 08:12 por el_saharaui", "es/forum"),
        ("it", "Ultima modifica: 4 marzo 2026, 08:12 da beduino_70", "it/forum"),
        ("pt", "Última alteração: 04/03/2026 às 08h12 por tuareg_pt", "pt/forum"),
        ("en", "I'm pasting the translation below, DeepL plus my own fixes:", "en/forum"),
        ("fr", "Voici la traduction, passée dans Google puis relue par mes soins :", "fr/forum"),
        ("de", "Hier die Übersetzung, mit DeepL gemacht und von mir korrigiert:", "de/forum"),
        ("es", "Les dejo la traducción de la nota, la encontré en un diario de Argel.", "es/forum"),
        ("it", "Vi copio la traduzione fatta con Google, corretta da me dove serviva:", "it/forum"),
        ("pt", "Segue a tradução, feita com o tradutor e revista por mim:", "pt/forum"),
        ("en", "-- Cheers from Benghazi, Omar", "en/forum"),
        ("fr", "-- Amitiés d'Oran, Karim", "fr/forum"),
        ("de", "-- Liebe Grüße aus Kairo, Jonas", "de/forum"),
        ("es", "-- Un saludo desde Orán, Lucía", "es/forum"),
        ("pt", "-- Um abraço de Luanda, Rui", "pt/forum"),
        ("en", "Forward this newsletter to a colleague", "en/email"),
        ("en", "Having trouble viewing this email? Read it online", "en/email"),
        ("fr", "Vous ne voyez pas correctement cette lettre ? Ouvrez-la dans votre navigateur", "fr/email"),
        ("de", "Leiten Sie diesen Newsletter an Freunde weiter", "de/email"),
        ("es", "Reenvía este boletín a un amigo", "es/email"),
        ("it", "Non riesci a leggere questa email? Aprila nel browser", "it/email"),
        ("pt", "Reencaminhe esta newsletter a um amigo", "pt/email"),
        ("pt", "Não consegue visualizar esta mensagem? Veja a versão web", "pt/email"),
        ("en", "Sponsored by Desert Rose Travel — direct flights to Muscat every week", "en/ads"),
        ("fr", "Sponsorisé par Atlas Voyages – vols directs vers Tunis dès 89 €", "fr/ads"),
        ("de", "Präsentiert von Nordsee Reisen | Fähren nach Helgoland ab 39 Euro", "de/ads"),
        ("es", "Patrocinado por Café Sierra — el sabor de la montaña en tu taza", "es/ads"),
        ("it", "Sponsorizzato da Pasticceria Rossi – dolci siciliani con consegna in tutta Italia", "it/ads"),
    ],
)
def test_a_post_or_letter_wrapper_is_found(code: str, line: str, kind: str) -> None:
    page = _page(code, line)
    assert (line, kind) in _found(page)


@pytest.mark.parametrize(
    ("code", "line"),
    [
        # Times in sentences, datelines, schedules.
        ("en", "Polls close at 21:00 GMT and the first results are expected before midnight."),
        ("de", "Um 14:32 MESZ bebte die Erde, meldete die Warte in Wien."),
        ("fr", "09h30 CET : ouverture de la séance plénière au Parlement européen"),
        # A story's own mention of live coverage or of a web page.
        ("en", "Live updates on the vote will be posted on the council's website, the mayor said."),
        ("fr", "Actualiser la page d'accueil du site a coûté 30 000 euros à la mairie, selon le contrat."),
        ("pt", "Atualizar a página do ministério custou 20 mil euros, segundo o contrato."),
        ("it", "In diretta dalla piazza, il sindaco ha parlato per un'ora ai cittadini."),
        # Edit dates that a story reports.
        ("en", "Last modified on 12 May 2021 at 10:00 by the ministry, the rules were never published."),
        ("de", "Zuletzt geändert am 3. März 2020 um 10:00 von der Behörde, gilt die Regel bis heute."),
        # Translations that a story or a letter reports.
        ("en", "Here is the translation of the ambassador's letter, which the embassy released on Monday."),
        ("en", "“Here is my own translation,” the interpreter said, and read it out with Google open."),
        ("fr", "Voici la traduction du communiqué, publiée lundi par l'ambassade."),
        ("it", "Ecco la traduzione del comunicato diffuso lunedì dall'ambasciata."),
        # Dialogue dashes written as two hyphens.
        ("it", "-- Grazie, ha detto il sindaco ai volontari."),
        ("es", "-- Saludos a todos los vecinos, dijo el alcalde al llegar."),
        # Advice in a story that names e-mails and friends; a sponsor a story names.
        ("pt", "Encaminhe para um amigo de confiança qualquer mensagem suspeita, recomenda a polícia."),
        ("en", "Sponsored by the Harbour Trust, the festival opens on Sunday."),
        ("de", "Gesponsert von der Stadt – so wirbt das Festival um Besucher aus dem Umland."),
    ],
)
def test_a_tempting_article_line_stays(code: str, line: str) -> None:
    page = _page(code, line)
    assert _found(page) == []
