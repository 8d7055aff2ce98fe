"""`mtaudit glossary list|test|lint` and user glossaries through the real command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "glossary"
USER = """[glossary]
language = "en"

[[entry]]
id = "afp"
preferred = "AFP"
variants = ["France Press"]
note = "House style uses the short name."

[[entry.example]]
bad = "Ask France Press."
fixed = "{fixed}"

[[entry.example]]
good = "Ask AFP."
"""


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "audit", *args], capture_output=True, text=True, cwd=cwd)


def _user_glossary(folder: Path, fixed: str = "Ask AFP.") -> Path:
    path = folder / "agencies.toml"
    path.write_text(USER.format(fixed=fixed), encoding="utf-8")
    return path


def test_list_shows_id_language_preferred_and_variant_count() -> None:
    result = _run("glossary", "list", str(FIXTURES / "agencies.toml"))
    assert result.returncode == 0
    rows = [line.split() for line in result.stdout.splitlines()]
    assert rows[0] == ["id", "language", "preferred", "variants"]
    assert ["en/agencies/afp", "en", "Agence", "France-Presse", "4"] in rows
    assert ["en/agencies/ages", "en", "-year-old", "pattern"] in rows


def test_test_passes_on_shipped_and_fixture_glossaries() -> None:
    assert _run("glossary", "test").returncode == 0
    result = _run("glossary", "test", *map(str, sorted(FIXTURES.glob("*.toml"))))
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().endswith(": 0 failed")


def test_a_failing_example_prints_entry_example_and_what_was_found(tmp_path: Path) -> None:
    path = _user_glossary(tmp_path, fixed="Ask AFP!")
    result = _run("glossary", "test", str(path))
    assert result.returncode == 1
    assert (
        f"FAIL en/agencies/afp ({path}): example 'Ask France Press.': fix gives 'Ask AFP.', expected 'Ask AFP!'"
        in result.stdout
    )


def test_lint_reports_each_problem_on_one_line_and_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(USER.format(fixed="Ask AFP.").replace("preferred", "prefered"), encoding="utf-8")
    result = _run("glossary", "lint", str(path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"mtaudit: {path}: entry 'afp': unknown key 'prefered' for a substitution glossary",
        f"mtaudit: {path}: entry 'afp': missing 'preferred'",
    ]
    assert "Traceback" not in result.stderr
    assert _run("glossary", "lint").returncode == 0


def test_check_picks_up_a_user_glossary_from_the_option(tmp_path: Path) -> None:
    path = _user_glossary(tmp_path)
    article = tmp_path / "article.txt"
    article.write_text("The minister spoke to France Press on Monday.\n", encoding="utf-8")
    result = _run("check", "--no-config", "--lang", "en", "--select", "glossary", "--glossary", str(path), str(article))
    assert result.returncode == 1
    assert "glossary" in result.stdout and "→ AFP" in result.stdout


def test_check_picks_up_a_user_glossary_from_a_discovered_config(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    _user_glossary(tmp_path)
    (tmp_path / ".mtaudit.toml").write_text('glossaries = ["agencies.toml"]\nlang = "en"\n', encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("The minister spoke to France Press on Monday.\n", encoding="utf-8")
    result = _run("fix", "--select", "glossary", str(article), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert article.read_text(encoding="utf-8") == "The minister spoke to AFP on Monday.\n"


def test_a_broken_user_glossary_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('[glossary]\nlanguage = "en"\n[[entry]]\nid = "x"\nvariants = ["a b"]\n', encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("Text.\n", encoding="utf-8")
    result = _run("check", "--no-config", "--glossary", str(path), str(article))
    assert result.returncode == 2
    assert f"{path}: entry 'x': missing 'preferred'" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
