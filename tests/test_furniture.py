"""The furniture detector and its lexicon: every phrase, lead and example of languages/*/ui.toml is
found alone on a line between two paragraphs of prose, every `silent` sentence stays silent, and the
shapes no list holds (clocks, counts, captchas, placeholders, breadcrumbs, menus) are found in
wordings the lexicon does not contain."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit import furniture
from audit.config import Config
from audit.document import Document
from audit.engine import audit_text
from audit.furniture import detect
from audit.languages import language, shipped_codes
from audit.languages_lint import lint
from audit.markup import Markup
from audit.ui_lexicon import key, lexicon, problems

UI_LANGUAGES = [code for code in shipped_codes() if language(code).value("ui.words")]
GROUPS = (
    "comments",
    "share",
    "related",
    "video",
    "paywall",
    "cookies",
    "navigation",
    "author",
    "captcha",
    "ads",
    "newsletter",
    "feed",
)


def _items(field: str) -> list[tuple[str, str, str]]:
    return [
        (code, group, item)
        for code in UI_LANGUAGES
        for group in GROUPS
        for item in language(code).phrases(f"ui.{group}.{field}")
    ]


def _page(code: str, middle: str) -> tuple[str, str]:
    """A page of two prose paragraphs in the language with `middle` between them, and the page without it."""
    before = language(code).phrases("ui.comments.silent")[0]
    after = language(code).phrases("ui.ads.silent")[0]
    return f"{before}\n\n{middle}\n\n{after}\n", f"{before}\n\n{after}\n"


def _boilerplate(text: str, code: str, unsafe: bool = False):  # type: ignore[no-untyped-def]
    return audit_text(text, Config(select=frozenset({"boilerplate"}), lang=code, unsafe_fixes=unsafe))


def test_the_shipped_ui_data_has_no_problems() -> None:
    assert [f"{code}: {problem}" for code in shipped_codes() for problem in problems(language(code))] == []


def test_the_lexicon_covers_seven_languages_and_hundreds_of_phrases() -> None:
    assert set(UI_LANGUAGES) >= {"en", "fr", "de", "es", "it", "pt", "ar"}
    assert len(_items("phrases")) >= 700
    for code in UI_LANGUAGES:
        for group in GROUPS:
            assert language(code).phrases(f"ui.{group}.phrases"), f"{code}: ui.{group} has no phrases"
            assert language(code).phrases(f"ui.{group}.examples"), f"{code}: ui.{group} has no examples"
            assert language(code).phrases(f"ui.{group}.silent"), f"{code}: ui.{group} has no silent sentence"


@pytest.mark.parametrize(("code", "group"), [(code, group) for code in UI_LANGUAGES for group in GROUPS])
def test_every_phrase_and_lead_alone_on_a_line_is_sure_furniture(code: str, group: str) -> None:
    for phrase in language(code).phrases(f"ui.{group}.phrases") + language(code).phrases(f"ui.{group}.leads"):
        page, _ = _page(code, phrase)
        assert [(page[item.start : item.end], item.sure) for item in detect(page)] == [(phrase, True)]


def test_a_phrase_line_is_deleted_with_its_blank_line() -> None:
    page, expected = _page("fr", "Écrire un commentaire")
    assert _boilerplate(page, "fr").fixed_text == expected


@pytest.mark.parametrize(("code", "group", "example"), _items("examples"), ids=lambda value: value)
def test_every_example_is_found_and_removed(code: str, group: str, example: str) -> None:
    page, expected = _page(code, example)
    result = _boilerplate(page, code, unsafe=True)
    assert len(result.findings) == 1
    assert result.fixed_text == expected


@pytest.mark.parametrize(("code", "group", "sentence"), _items("silent"), ids=lambda value: value)
def test_every_silent_sentence_stays_silent(code: str, group: str, sentence: str) -> None:
    page, _ = _page(code, sentence)
    assert detect(page) == ()


def _kinds(text: str) -> list[tuple[str, str, bool]]:
    return [(text[item.start : item.end], item.kind, item.sure) for item in detect(text)]


PROSE = "The council met on Tuesday and agreed the budget after a long debate."
PROSA = "Der Stadtrat tagte am Dienstag und beschloss nach langer Debatte den Haushalt."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("12:04 / 45:30", "player"),
        ("1,024 views", "counter"),
        ("7 Kommentare", "counter"),
        ("Kommentare (41)", "counter"),
        ("How much is 12 + 9?", "captcha"),
        ("Rechnen Sie: 6 × 2 =", "captcha"),
        ("By {{ post.author }}", "placeholder"),
        ("%2$s wrote %1$s", "placeholder"),
        ("Home » Sport » Tennis", "breadcrumb"),
        ("Startseite > Wirtschaft > Energie >", "breadcrumb"),
        ("Nachrichten › Politik › Ausland", "breadcrumb"),
        ("Lesen Sie auch: Fähre fällt wegen Sturm aus", "de/related"),
        ("Pinterest · Reddit · Threads", "share bar"),
        ("Print | Email | Copy link", "en/share"),
        ("Share on Mastodon", "en/share"),
        ("CAC 40 7 412,55 ▼ 1,2 %", "ticker"),
        ("PDF (2.4 MB)", "attachment"),
        ("Subscribe to our weekly newsletter", "en/newsletter"),
        ("Abonnieren Sie unseren Newsletter jetzt", "de/newsletter"),
    ],
)
def test_shapes_outside_the_lexicon_are_found(line: str, kind: str) -> None:
    text = f"{PROSE}\n\n{line}\n\n{PROSA}"
    assert _kinds(text) == [(line, kind, True)]


def test_a_phrase_with_two_more_words_is_only_likely() -> None:
    text = f"{PROSE}\n\nSubscribe to our free weekly newsletter\n\n{PROSA}"
    assert _kinds(text) == [("Subscribe to our free weekly newsletter", "en/newsletter", False)]


def test_a_numbered_menu_is_found_and_a_numbered_list_of_sentences_is_not() -> None:
    menu = "1 Home\n2 Politik\n3 Wirtschaft\n4 Kultur"
    listing = "1. The port reopens on Monday.\n2. Ferries resume on Tuesday.\n3. Fares stay the same."
    assert [kind for _, kind, _ in _kinds(f"{PROSE}\n\n{menu}\n\n{PROSA}")] == ["menu"] * 4
    assert _kinds(f"{PROSE}\n\n{listing}\n\n{PROSA}") == []


def test_a_lone_interface_word_is_likely_alone_and_sure_beside_furniture() -> None:
    alone = f"{PROSE}\n\nPrint\n\n{PROSA}"
    beside = f"{PROSE}\n\nPrint\nShare this article\n\n{PROSA}"
    assert _kinds(alone) == [("Print", "share bar", False)]
    assert ("Print", "share bar", True) in _kinds(beside)


def test_a_short_line_between_two_furniture_lines_goes_with_them() -> None:
    text = f"{PROSE}\n\nShare on Bluesky\nGet our morning briefing\nPost comment\n\n{PROSA}"
    assert [line for line, _, sure in _kinds(text) if sure] == [
        "Share on Bluesky",
        "Get our morning briefing",
        "Post comment",
    ]
    # Alone, the prompt (a call and "our") is still reported, as likely only.
    lone = f"{PROSE}\n\nGet our morning briefing\n\n{PROSA}"
    assert _kinds(lone) == [("Get our morning briefing", "prompt", False)]


def test_teaser_headlines_under_a_related_heading_go_with_it() -> None:
    text = f"{PROSE}\n\nMore stories\nFerry cancelled as storm nears\nMayor opens new library\n\n{PROSA}"
    assert [line for line, _, sure in _kinds(text) if sure] == [
        "More stories",
        "Ferry cancelled as storm nears",
        "Mayor opens new library",
    ]


def test_a_placeholder_inside_a_sentence_is_reported_not_deleted() -> None:
    text = f"{PROSE} The report, written by %1$s for the council, was published.\n"
    result = _boilerplate(text, "en")
    assert [text[finding.start : finding.end] for finding in result.findings] == ["%1$s"]
    assert result.fixed_text == text


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Okafor and Tom Reyes",
        "Written by Helen Marsh",
        "Author: Jane Smith",
        "Autora: Lucía Pérez",
        "Video: Reuters",
        "Publicado por Ana Ribeiro",
        "Von Anna Berger, Hamburg",
        "PARIS, March 3 (Reuters) -",
        "Photo: Reuters / Mia Lindqvist",
        "Foto: dpa / Karl Hoffmann",
        "## What happens next",
        "- Ferries resume on Tuesday",
        "Europe / Africa",
        "Il a dit « non » puis « oui » et « peut-être »",
        "Was the final score 5-4?",
    ],
)
def test_article_lines_that_look_short_are_not_furniture(line: str) -> None:
    assert _kinds(f"{PROSE}\n\n{line}\n\n{PROSA}") == []


def test_lexicon_lookups_ignore_case_numbers_and_arabic_short_vowels() -> None:
    assert lexicon().phrases[key("اقرأ أيضا")] == "ar/related"
    assert detect("اقرأ أيضاً")[0].kind == "ar/related"
    assert detect("اضف تعليقك")[0].kind == "ar/comments"
    assert detect("WRITE A COMMENT (12):")[0].kind == "en/comments"


CLEAN = sorted((Path(__file__).parent / "clean").glob("*/*.md"))


def _rewrapped(text: str, width: int) -> str:
    """Hard-wrap the prose paragraphs of an article, as many Markdown files are written."""
    blocks = text.split("\n\n")
    return "\n\n".join(
        block if block.lstrip().startswith(("|", "-", "#", ">", "`", "1.")) else "\n".join(textwrap.wrap(block, width))
        for block in blocks
    )


@pytest.mark.parametrize("width", [40, 60, 72])
def test_hard_wrapped_clean_articles_have_no_furniture(width: int) -> None:
    found = []
    for path in CLEAN:
        prose = Document.parse(_rewrapped(path.read_text(encoding="utf-8"), width), Markup.MARKDOWN).prose
        found += [f"{path.name}: {prose[item.start : item.end]!r}" for item in detect(prose)]
    assert found == []


def test_the_languages_lint_reports_a_bad_ui_key(tmp_path: Path) -> None:
    folder = tmp_path / "xx"
    folder.mkdir()
    (folder / "ui.toml").write_text('[ui.share]\nphrase = ["Share"]\npatterns = ["("]\n', encoding="utf-8")
    found = lint(root=tmp_path)
    assert any("ui.share.phrase: unknown key" in line for line in found)
    assert any("ui.share.patterns: pattern 1 does not compile" in line for line in found)


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 14:32",
        "Published: 12 March 2026 | Last updated: 2 hours ago",
        "Publié le 14/11/2026 à 09h12, mis à jour à 11h40",
        "Veröffentlicht am 03.02.2026 um 14:32 Uhr",
        "Actualizado el 4 de noviembre de 2024 a las 10.20",
        "Pubblicato il 12/04/2026 alle 16:20",
        "Atualizado em 21 de maio de 2026, às 18:47",
        "Erstellt: 14.11.2026 Aktualisiert: 14.11.2026",
    ],
)
def test_a_publication_stamp_is_sure_at_the_top_and_likely_between_paragraphs(stamp: str) -> None:
    assert _kinds(f"{stamp}\n\n{PROSE}\n\n{PROSA}") == [(stamp, "stamp", True)]
    assert _kinds(f"{PROSE}\n\n{stamp}\n\n{PROSA}") == [(stamp, "stamp", False)]


@pytest.mark.parametrize(
    "line",
    [
        "Published by Penguin in 2019",
        "Updated figures show 12 dead",
        "Stand der Planung: Baubeginn im Mai",
        "Mis à jour le 13 septembre 2024, le règlement prévoit des amendes plus légères.",
    ],
)
def test_a_line_that_opens_like_a_stamp_but_says_more_is_not_one(line: str) -> None:
    assert _kinds(f"{line}\n\n{PROSE}\n\n{PROSA}") == []


def _first_pattern(line: str) -> str | None:
    """The label of the first `ui` pattern matching the whole line, every pattern tried (no screen)."""
    return next((label for pattern, label, _, _ in lexicon().patterns.entries if pattern.fullmatch(line)), None)


def _shipped_lines() -> list[str]:
    lines = [
        item
        for code in UI_LANGUAGES
        for dotted, values in sorted(language(code).data.items())
        if dotted.startswith("ui.") and dotted.endswith((".examples", ".silent"))
        for item in values
    ]
    for path in sorted((Path(__file__).parent / "furniture").glob("*.md")):
        lines += path.read_text(encoding="utf-8").splitlines()
    return lines


def test_the_ui_pattern_screen_keeps_every_shipped_example_and_furniture_line() -> None:
    lines = _shipped_lines()
    labelled = [line for line in lines if _first_pattern(line) is not None]
    # Each way a pattern is screened (a prefix, a piece, neither: "ago" is too common) is among the examples.
    for way in (
        lambda starts, holds: starts,
        lambda starts, holds: holds,
        lambda starts, holds: starts is None and holds is None,
    ):
        assert any(
            way(starts, holds) and pattern.fullmatch(line)
            for line in labelled
            for pattern, _, starts, holds in lexicon().patterns.entries
        )
    assert len(labelled) >= 20
    assert [lexicon().patterns.label(line) for line in lines] == [_first_pattern(line) for line in lines]


@pytest.mark.parametrize("index", range(len(lexicon().patterns.entries)))
@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_ui_pattern_screen_never_drops_a_line_a_pattern_matches(index: int, data: st.DataObject) -> None:
    """A line written from each pattern, in any case, gets the label of the first pattern it matches."""
    pattern, *_ = lexicon().patterns.entries[index]
    line = data.draw(st.from_regex(pattern.pattern, fullmatch=True))  # type: ignore[attr-defined]
    line = data.draw(st.sampled_from([str, str.upper, str.title, str.swapcase]))(line)
    assert lexicon().patterns.label(line) == _first_pattern(line), line


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.from_regex(furniture._PLACEHOLDER))
def test_every_placeholder_holds_a_mark_the_line_screen_looks_for(line: str) -> None:
    """A line without "{", "%", "$" or "__" is never searched for placeholders: each must hold one."""
    found = furniture._PLACEHOLDER.search(line)
    assert found is not None
    assert any(mark in found.group() for mark in furniture._PLACEHOLDER_MARKS), found.group()
