"""Inline suppression comments in Markdown: what they hide, what they leave, and unused ones."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from audit.config import Config
from audit.engine import audit_text
from audit.markup import Markup
from audit.suppression import UNUSED_SUPPRESSION
from tests.conftest import run_cli

ONLY_MOJIBAKE = Config(select=frozenset({"mojibake", UNUSED_SUPPRESSION}), lang="en")
BAD, GOOD = "cafÃ©", "café"


def _audit(text: str, config: Config = ONLY_MOJIBAKE, markup: Markup = Markup.MARKDOWN):
    return audit_text(text, config, markup)


def _flagged_lines(
    text: str, config: Config = ONLY_MOJIBAKE, markup: Markup = Markup.MARKDOWN
) -> list[tuple[str, int]]:
    result = _audit(text, config, markup)
    return [(finding.rule, result.document.position(finding.start)[0]) for finding in result.findings]


def test_disable_until_enable_hides_and_does_not_fix() -> None:
    text = (
        f"The {BAD} one.\n"
        "<!-- mtaudit: disable mojibake -->\n"
        f"The {BAD} two.\n\n"
        f"The {BAD} three.\n"
        "<!-- mtaudit: enable -->\n"
        f"The {BAD} four.\n"
    )
    result = _audit(text)
    assert [result.document.position(finding.start)[0] for finding in result.findings] == [1, 7]
    assert result.fixed_text == text.replace(f"{BAD} one", f"{GOOD} one").replace(f"{BAD} four", f"{GOOD} four")


def test_disable_without_rules_covers_every_rule_to_the_end() -> None:
    text = f"The {BAD} one.\n<!--mtaudit:disable-->\nThe {BAD} two.\nThe {BAD} three.\n"
    assert _flagged_lines(text) == [("mojibake", 1)]


def test_disable_next_line_covers_only_the_next_line() -> None:
    text = f"<!-- mtaudit: disable-next-line mojibake -->\nThe {BAD} one.\nThe {BAD} two.\n"
    assert _flagged_lines(text) == [("mojibake", 3)]


def test_other_rules_stay_reported() -> None:
    text = f"<!-- mtaudit: disable-next-line doubled-word, glossary -->\nThe {BAD} one.\n"
    assert _flagged_lines(text) == [("mojibake", 2)]


def test_enable_of_one_rule_does_not_end_a_bare_disable() -> None:
    text = f"<!-- mtaudit: disable -->\n<!-- mtaudit: enable glossary -->\nThe {BAD} one.\n<!-- mtaudit: enable -->\nThe {BAD} two.\n"
    assert _flagged_lines(text) == [("mojibake", 5)]


def test_enable_of_a_rule_ends_its_disable() -> None:
    text = f"<!-- mtaudit: disable mojibake -->\nThe {BAD} one.\n<!-- mtaudit: enable mojibake -->\nThe {BAD} two.\n"
    assert _flagged_lines(text) == [("mojibake", 4)]


def test_directives_shown_in_code_do_nothing() -> None:
    text = (
        "```markdown\n<!-- mtaudit: disable -->\n```\n\n"
        "Write `<!-- mtaudit: disable -->` to switch rules off.\n\n"
        f"The {BAD} stays reported.\n"
    )
    assert _flagged_lines(text) == [("mojibake", 7)]


def test_plain_text_has_no_directives() -> None:
    text = f"<!-- mtaudit: disable -->\nThe {BAD} one.\n"
    assert _flagged_lines(text, markup=Markup.TEXT) == [("mojibake", 2)]


def test_unused_suppressions_are_reported_only_when_asked() -> None:
    text = (
        "<!-- mtaudit: disable-next-line mojibake -->\nA clean line.\n\n"
        f"<!-- mtaudit: disable-next-line mojibake,glossary -->\nThe {BAD} one.\n"
    )
    assert _flagged_lines(text) == []
    asked = Config(select=ONLY_MOJIBAKE.select, lang="en", warn_unused_suppressions=True)
    result = _audit(text, asked)
    # Line 1 hides nothing; on line 4 mojibake is used and glossary did not run, so it cannot be judged.
    assert [(finding.rule, result.document.position(finding.start)[0]) for finding in result.findings] == [
        (UNUSED_SUPPRESSION, 1)
    ]
    finding = result.findings[0]
    assert text[finding.start : finding.end] == "<!-- mtaudit: disable-next-line mojibake -->"
    assert finding.fix is None
    assert result.fixed_text == text  # the suppressed mojibake is not fixed, and the directive is left alone


def test_unused_suppression_can_be_ignored() -> None:
    text = "<!-- mtaudit: disable mojibake -->\nA clean line.\n"
    config = Config(ignore=frozenset({UNUSED_SUPPRESSION}), lang="en", warn_unused_suppressions=True)
    assert _flagged_lines(text, config) == []


def test_the_option_reports_even_when_select_does_not_name_the_rule() -> None:
    # `--select mojibake --warn-unused-suppressions` asks for both; the option alone is the request.
    text = "<!-- mtaudit: disable mojibake -->\nA clean line.\n"
    config = Config(select=frozenset({"mojibake"}), lang="en", warn_unused_suppressions=True)
    assert _flagged_lines(text, config) == [(UNUSED_SUPPRESSION, 1)]


def test_spacing_case_and_separators_are_free() -> None:
    text = (
        f"<!--MTAUDIT:Disable-Next-Line   Mojibake-->\nThe {BAD} one.\n"
        f"<!--   mtaudit :  DISABLE  glossary ,  MOJIBAKE   -->\nThe {BAD} two.\n<!-- Mtaudit: Enable -->\n"
        f"The {BAD} three.\n"
    )
    assert _flagged_lines(text) == [("mojibake", 6)]


def test_disable_next_line_follows_the_line_breaks_of_the_file() -> None:
    for newline in ("\r\n", "\r"):
        text = f"<!-- mtaudit: disable-next-line mojibake -->{newline}The {BAD} one.{newline}The {BAD} two.{newline}"
        assert _flagged_lines(text) == [("mojibake", 3)], repr(newline)


def test_disable_never_enabled_runs_to_the_end_and_next_line_on_the_last_line_hides_nothing() -> None:
    text = f"The {BAD} one.\n<!-- mtaudit: disable mojibake -->\nThe {BAD} two.\n\nThe {BAD} three.\n"
    assert _flagged_lines(text) == [("mojibake", 1)]
    last = f"The {BAD} one.\n<!-- mtaudit: disable-next-line mojibake -->"
    warned = Config(select=ONLY_MOJIBAKE.select, lang="en", warn_unused_suppressions=True)
    assert _flagged_lines(last) == [("mojibake", 1)]
    assert _flagged_lines(last, warned) == [("mojibake", 1), (UNUSED_SUPPRESSION, 2)]


def test_unknown_rule_ids_and_verbs_are_reported_with_the_option_only() -> None:
    text = (
        f"<!-- mtaudit: disable-next-line mojibak -->\nThe {BAD} one.\n"
        f"<!-- mtaudit: disable-line mojibake -->\nThe {BAD} two.\n"
        "<!-- mtaudit: disable mojibake -->\nclean\n<!-- mtaudit: enable mojibak -->\n"
    )
    assert _flagged_lines(text) == [("mojibake", 2), ("mojibake", 4)]
    # With the option, even a rule outside `select` is judged unknown: a typo never hides anything.
    warned = Config(select=frozenset({"glossary"}), lang="en", warn_unused_suppressions=True)
    result = _audit(text, warned)
    messages = {result.document.position(finding.start)[0]: finding.message for finding in result.findings}
    assert set(messages) == {1, 3, 7}
    assert "unknown rule id 'mojibak'" in messages[1] and "hides no finding" not in messages[1]
    assert "'disable-line' is not a suppression directive" in messages[3]
    assert "unknown rule id 'mojibak'" in messages[7]


def test_cli_reports_typos_in_directives_only_with_the_option(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    article = tmp_path / "a.md"
    article.write_text(
        f"<!--MTAUDIT: Disable-Next-Line Mojibake-->\nThe {BAD} one.\n"
        f"<!-- mtaudit: disable-next-line mojibak -->\nThe {BAD} two.\n",
        encoding="utf-8",
    )
    plain = run_cli("check", "--select", "mojibake", "--format", "jsonl", "a.md", cwd=tmp_path)
    assert plain.returncode == 1, plain.stderr
    assert [json.loads(line)["line"] for line in plain.stdout.splitlines()] == [4]
    warned = run_cli(
        "check", "--select", "mojibake", "--warn-unused-suppressions", "--format", "jsonl", "a.md", cwd=tmp_path
    )
    records = [json.loads(line) for line in warned.stdout.splitlines()]
    assert [(record["rule"], record["line"]) for record in records] == [(UNUSED_SUPPRESSION, 3), ("mojibake", 4)]
    assert "mojibak'" in records[0]["message"]
