"""The glossary and boilerplate rules through the engine: scoping, layering, fixes."""

from __future__ import annotations

from pathlib import Path

from audit.config import Config
from audit.engine import audit_text
from audit.findings import FixSafety
from audit.markup import Markup

FIXTURES = Path(__file__).parent / "fixtures" / "glossary"
AGENCIES = FIXTURES / "agencies.toml"
BOILERPLATE = (FIXTURES / "boilerplate.toml", FIXTURES / "boilerplate-fr.toml")


def _config(*glossaries: Path, lang: str = "en", rule: str = "glossary", default: bool = False) -> Config:
    return Config(
        select=frozenset({rule}), lang=lang, glossaries=glossaries, default_glossaries=default, unsafe_fixes=True
    )


def test_the_same_paragraph_is_flagged_in_english_and_silent_in_french() -> None:
    text = "Le ministre a parlé à France Presse lundi."
    english = audit_text(text, _config(AGENCIES, lang="en"))
    french = audit_text(text, _config(AGENCIES, lang="fr"))
    assert [(finding.entry, finding.start, finding.end) for finding in english.findings] == [
        ("en/agencies/afp", 22, 35)
    ]
    assert french.findings == ()


def test_a_finding_carries_entry_suggestion_and_the_entrys_fix_safety() -> None:
    result = audit_text("He announced to Reuters that the US of America agreed.", _config(AGENCIES))
    told, country = result.findings
    assert (told.entry, told.suggestions, told.fix_safety) == ("en/agencies/told", ("told",), FixSafety.UNSAFE)
    assert (country.entry, country.suggestions, country.fix) == ("en/agencies/united-states", ("United States",), None)
    assert result.fixed_text == "He told Reuters that the US of America agreed."


def test_protected_markdown_is_never_matched() -> None:
    result = audit_text(
        "Run `France Press` and see [France Press](https://x.org/France Press).", _config(AGENCIES), Markup.MARKDOWN
    )
    assert [result.text[finding.start : finding.end] for finding in result.findings] == ["France Press"]
    assert result.fixed_text == "Run `France Press` and see [Agence France-Presse](https://x.org/France Press)."


def test_a_user_entry_replaces_the_shipped_entry_with_the_same_id(tmp_path: Path) -> None:
    user = tmp_path / "agencies.toml"
    user.write_text(
        '[glossary]\nlanguage = "en"\n\n[[entry]]\nid = "afp"\npreferred = "AFP"\nvariants = ["France Press"]\n'
        '[[entry.example]]\nbad = "Ask France Press."\nfixed = "Ask AFP."\n[[entry.example]]\ngood = "Ask AFP."\n',
        encoding="utf-8",
    )
    shipped = audit_text("He told the French Press Agency and France Press.", _config(default=True))
    layered = audit_text("He told the French Press Agency and France Press.", _config(user, default=True))
    assert "en/agencies/afp" in {finding.entry for finding in shipped.findings}
    assert [(finding.entry, finding.suggestions) for finding in layered.findings] == [("en/agencies/afp", ("AFP",))]


def test_no_default_glossaries_turns_the_shipped_ones_off() -> None:
    assert audit_text("He spoke to France Press.", _config(default=False)).findings == ()


def test_a_whole_boilerplate_line_is_deleted_with_its_line_break() -> None:
    text = "The vote is on Monday.\n\nShare this article\n\nPolls open at eight.\n"
    result = audit_text(text, _config(*BOILERPLATE, rule="boilerplate"))
    [finding] = result.findings
    assert (finding.entry, text[finding.start : finding.end]) == ("en/boilerplate/share", "Share this article\n\n")
    assert result.fixed_text == "The vote is on Monday.\n\nPolls open at eight.\n"


def test_boilerplate_of_another_language_and_a_block_of_lines_are_removed() -> None:
    text = "The vote is on Monday.\n\n- Share this:\nLaisser un commentaire\n\nPolls open at eight."
    result = audit_text(text, _config(*BOILERPLATE, rule="boilerplate"))
    assert [finding.entry for finding in result.findings] == ["en/boilerplate/share", "fr/boilerplate-fr/commentaire"]
    assert result.fixed_text == "The vote is on Monday.\n\nPolls open at eight."


def test_a_long_boilerplate_phrase_inside_a_sentence_is_reported_not_deleted() -> None:
    text = "Polls open at eight. Please enter your comment! Results follow."
    result = audit_text(text, _config(*BOILERPLATE, rule="boilerplate"))
    [finding] = result.findings
    assert (text[finding.start : finding.end], finding.fix) == ("Please enter your comment!", None)
    assert result.fixed_text == text


def test_a_short_boilerplate_phrase_inside_a_sentence_is_prose() -> None:
    text = "He urged readers to share this article with friends."
    assert audit_text(text, _config(*BOILERPLATE, rule="boilerplate")).findings == ()
