"""literal-idiom on English set phrases of news quotes and death notices (a pinch of salt, a household
name, larger than life, Nigerian English "slept in the Lord"), rendered word for word into French,
German, Spanish, Italian and Portuguese: each rendering is named, in wordings other than the data's own
examples; the same words in plain news prose (a recipe, a cleaner, a prayer, a carpenter) are not."""

from __future__ import annotations

import pytest

from tests.idiom_articles import assert_found_inside, core_findings

# (article language, a paragraph with an English set phrase rendered word for word, the idiom's id)
CALQUED = [
    ("fr", "Ces sondages sont à prendre avec une pincée de sel, prévient le politologue.", "pinch-of-salt"),
    ("de", "Die Zahlen sollte man mit einer Prise Salz nehmen, warnt der Ökonom.", "pinch-of-salt"),
    ("es", "Hay que tomar estas cifras con una pizca de sal, advierte el economista.", "pinch-of-salt"),
    ("it", "Bisogna prendere questi dati con un pizzico di sale, avverte l'economista.", "pinch-of-salt"),
    ("pt", "Os números devem ser levados com uma pitada de sal, avisa o economista.", "pinch-of-salt"),
    ("fr", "En vingt ans, la chanteuse est devenue un nom de ménage au Ghana.", "household-name"),
    ("de", "In zwanzig Jahren wurde die Sängerin zu einem Haushaltsnamen in Ghana.", "household-name"),
    ("es", "En veinte años, la cantante se convirtió en un nombre doméstico en Ghana.", "household-name"),
    ("it", "In vent'anni la cantante è diventata un nome domestico in Ghana.", "household-name"),
    ("pt", "Em vinte anos, a cantora tornou-se um nome caseiro no Gana.", "household-name"),
    ("fr", "Le défunt était un personnage plus grand que la vie, ont dit ses élèves.", "larger-than-life"),
    ("de", "Der Verstorbene war größer als das Leben, sagten seine Schüler.", "larger-than-life"),
    ("es", "El difunto era un personaje más grande que la vida, dijeron sus alumnos.", "larger-than-life"),
    ("pt", "O falecido era uma personalidade maior do que a vida, disseram os alunos.", "larger-than-life"),
    ("fr", "L'ancien ministre a dormi dans le Seigneur à Abuja, selon sa famille.", "slept-in-the-lord"),
    ("de", "Der frühere Minister schlief im Herrn in Abuja, teilte die Familie mit.", "slept-in-the-lord"),
    ("es", "El exministro durmió en el Señor en Abuja, según su familia.", "slept-in-the-lord"),
    ("it", "L'ex ministro ha dormito nel Signore ad Abuja, secondo la famiglia.", "slept-in-the-lord"),
    ("pt", "O antigo ministro dormiu no Senhor em Abuja, segundo a família.", "slept-in-the-lord"),
    ("fr", "Avec cette phrase, le maire a tapé le clou sur la tête.", "hit-the-nail-on-the-head"),
    ("es", "Con esa frase, la alcaldesa pegó el clavo en la cabeza.", "hit-the-nail-on-the-head"),
    ("es", "Tras el rechazo del proyecto, el club vuelve a la mesa de dibujo.", "back-to-the-drawing-board"),
    ("de", "Nach dem Nein der Stadt geht es zurück zum Zeichenbrett.", "back-to-the-drawing-board"),
]

# The phrases' words in plain news prose: nothing to report.
LITERAL = [
    ("fr", "Ajoutez une pincée de sel, puis prenez le temps de laisser reposer la pâte."),
    ("es", "Se añade una pizca de sal antes de tomar la sopa."),
    ("it", "Un pizzico di sale basta; prendere poi la pentola dal fuoco."),
    ("fr", "La femme de ménage a donné un faux nom à la police."),
    ("pt", "Um nome falso foi dado pela empregada doméstica à polícia."),
    ("it", "Un nome è stato dato al nuovo lavoro domestico dal ministero."),
    ("fr", "C'est la plus grande victoire de sa vie, a dit la joueuse."),
    ("pt", "Foi o maior desafio da vida dela, disse a atleta."),
    ("es", "Fue la victoria más grande de su vida, dijo la tenista."),
    ("fr", "Le saxophoniste s'est endormi dans la paix du Seigneur, a dit le prêtre."),
    ("pt", "O saxofonista adormeceu no Senhor, disse o padre, e a família rezou."),
    ("de", "Er ist im Herrn entschlafen, schreibt die Familie in der Anzeige."),
    ("fr", "Un ouvrier a été blessé à la tête par un clou sur le chantier."),
    ("es", "El carpintero dio en el clavo y se golpeó la cabeza con la viga."),
    ("it", "Il tavolo da disegno dell'architetto è esposto al museo."),
    ("it", "I deputati tornano al tavolo dei negoziati sul disegno di legge."),
]


@pytest.mark.parametrize(("code", "paragraph", "idiom"), CALQUED, ids=[f"{c}-{i}" for c, _, i in CALQUED])
def test_an_english_set_phrase_rendered_word_for_word_is_named(code: str, paragraph: str, idiom: str) -> None:
    assert_found_inside("en", code, paragraph, idiom, once=True)


@pytest.mark.parametrize(("code", "paragraph"), LITERAL, ids=[f"{c}-{n}" for n, (c, _) in enumerate(LITERAL)])
def test_the_same_words_in_plain_prose_are_silent(code: str, paragraph: str) -> None:
    _, findings = core_findings(paragraph, code)
    assert findings == []
