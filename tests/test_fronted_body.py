"""Bodies named in the source's word order or glossed word for word (audit/rules/fronted_body.py and the
glosses of languages/<code>/official_names.toml), read by `calqued-institution`."""

from __future__ import annotations

import pytest

from audit.config import Config
from audit.engine import audit_text


def _found(code: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    findings = audit_text(text, Config(lang=code, select=frozenset({"calqued-institution", "glossary"}))).findings
    return [(text[finding.start : finding.end], tuple(finding.suggestions)) for finding in findings]


@pytest.mark.parametrize(
    ("text", "expected", "name"),
    [
        ("A Swansea builder was sentenced at the Court of the Crown in Swansea.", "Court of the Crown", "Crown Court"),
        (
            "She first appeared before the Court of the Magistrates in Bangor.",
            "Court of the Magistrates",
            "Magistrates' Court",
        ),
        (
            "The Authority of Civil Aviation in Muscat suspended flights.",
            "Authority of Civil Aviation",
            "Civil Aviation Authority",
        ),
        ("The Council of Government adopted the draft decree in Rabat.", "Council of Government", "Government Council"),
        ("The Authority of Revenue in Nairobi missed its target.", "Authority of Revenue", "Revenue Authority"),
        ("The Council of the County in Galway approved the plan.", "Council of the County", "County Council"),
    ],
)
def test_a_body_in_the_source_word_order_is_reported(text: str, expected: str, name: str) -> None:
    assert _found("en", text) == [(expected, (name,))]


@pytest.mark.parametrize(
    "text",
    [
        # English writes these head first, or they are other bodies.
        "The Court of Appeal upheld the ruling of the Court of Justice.",
        "The Council of Europe and the Council of State met in Strasbourg.",
        "The Authority of the Government was never in doubt.",
        # Malta's own English name.
        "The Court of Magistrates in Valletta heard the case.",
        # A longer name, or a capitalised word before that makes it one.
        "The Council of the City of Sydney voted on the budget.",
        "The Court of the Crown Prince received guests.",
        "The Royal Court of the Crown met.",
        # Real names in the modifier-first order.
        "The Crown Court in Cardiff and the Civil Aviation Authority were named.",
        "He spoke in the general direction of the crowd.",
    ],
)
def test_a_real_name_or_a_longer_one_is_silent(text: str) -> None:
    assert _found("en", text) == []


@pytest.mark.parametrize(
    ("code", "text", "expected", "name"),
    [
        (
            "en",
            "In Beirut, the Higher Authority for Relief paid the families.",
            "Higher Authority for Relief",
            "High Relief Commission",
        ),
        (
            "en",
            "In Baghdad, the Federal Financial Control Diwan audited Iraq's oil sales.",
            "Federal Financial Control Diwan",
            "Federal Board of Supreme Audit",
        ),
        (
            "en",
            "In Rabat, the General Direction of National Security said.",
            "General Direction",
            "General Directorate",
        ),
        (
            "fr",
            "À Erbil, le Gouvernement du Territoire du Kurdistan exporte son pétrole vers l'Irak.",
            "Gouvernement du Territoire du Kurdistan",
            "gouvernement régional du Kurdistan",
        ),
        (
            "fr",
            "Le Bureau étranger déconseille ce voyage, a dit l'ambassade britannique.",
            "Bureau étranger",
            "Foreign Office",
        ),
        ("fr", "À Skopje, l'Accusation publique a requis cinq ans.", "Accusation publique", "parquet"),
        ("it", "A Malta il Partito del Lavoro ha vinto le elezioni.", "Partito del Lavoro", "Partito laburista"),
        (
            "it",
            "A Mumbai, in India, l'Assemblea delle Leggi del Maharashtra ha votato.",
            "Assemblea delle Leggi del Maharashtra",
            "Assemblea legislativa",
        ),
        (
            "es",
            "En Kigali, el Tribunal Grande de Ruanda condenó al alcalde.",
            "Tribunal Grande de Ruanda",
            "Tribunal Superior",
        ),
        (
            "es",
            "En Ruanda, el Tribunal de lo Más Alto confirmó la pena.",
            "Tribunal de lo Más Alto",
            "Tribunal Supremo",
        ),
        (
            "de",
            "In Duschanbe hat die Höchste Versammlung das Gesetz gebilligt.",
            "Höchste Versammlung",
            "Madschlisi Oli",
        ),
        (
            "en",
            "In Swansea, officers of Police South Wales made two arrests.",
            "Police South Wales",
            "South Wales Police",
        ),
        ("en", "In Hong Kong, the Legislative Meeting passed the bill.", "Legislative Meeting", "Legislative Council"),
        ("en", "In Bengaluru, ministers gathered at the Legislature Palace.", "Legislature Palace", "Vidhana Soudha"),
        (
            "fr",
            "À Bagdad, le président du Conseil des ministres a reçu le ministre.",
            "président du Conseil des ministres",
            "Premier ministre",
        ),
        (
            "fr",
            "À Sarajevo, la Cour d'État a condamné l'ancien directeur.",
            "Cour d'État",
            "Cour de Bosnie-Herzégovine",
        ),
    ],
)
def test_a_glossed_body_of_the_main_pairs_is_reported(code: str, text: str, expected: str, name: str) -> None:
    assert _found(code, text) == [(expected, (name,))]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "In Beirut, the High Relief Commission paid the families."),
        ("en", "In Baghdad, the Federal Board of Supreme Audit audited the oil sales."),
        ("fr", "À Erbil, le gouvernement régional du Kurdistan exporte son pétrole."),
        ("fr", "À Skopje, le parquet a requis cinq ans."),
        # A gloss with no country of its own in the story.
        ("it", "A Tirana il Partito del Lavoro d'Albania governava da solo."),
        ("es", "En Ruanda, el Tribunal Supremo confirmó la pena."),
        ("de", "In Duschanbe hat das Parlament das Gesetz gebilligt."),
        ("en", "In Scotland, Police Scotland and the South Wales Police shared data."),
        ("en", "In Hong Kong, the Legislative Council passed the bill after a legislative meeting."),
        # The Lebanese head of government is the président du Conseil: no Iraqi word in the story.
        ("fr", "À Beyrouth, le président du Conseil des ministres a reçu le ministre."),
        ("fr", "À Sarajevo, la Cour de Bosnie-Herzégovine a condamné l'ancien directeur."),
    ],
)
def test_the_names_the_press_uses_are_silent(code: str, text: str) -> None:
    assert _found(code, text) == []
