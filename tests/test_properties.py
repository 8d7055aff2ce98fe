"""Property-based: over generated articles, fix never raises, never changes protected text, is idempotent."""

from __future__ import annotations

import codecs
import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from audit.config import Config
from audit.document import Document
from audit.engine import audit_text
from audit.markup import Markup

FRAGMENTS = [
    "The the ministry.He added",
    "France Press",
    "caf\u00c3\u00a9",
    "l\u00e2\u20ac\u2122\u00c3\u2030lys\u00c3\u00a9e",
    "Rahimi Rahimi told",
    "word ,",
    "Please enter your comment!",
    "\u200b",
    "\u00ad",
    "\u200d",
    "\ufeff",
    "«\u202fBonjour\u202f»",
    "“quoted”",
    "(open",
    "5,000",
    "four thousand",
    "5.000",
    "U.S.",
    "3.5",
    "10.30",
    "Amazon.com",
    "https://example.org/a.b?c=d",
    "`inline code`",
    "<!-- comment the the -->",
    "<b>",
    "</b>",
    '[link](https://example.org/x "t")',
    "\n```\nfenced caf\u00c3\u00a9\n```\n",
    "\n    indented\n",
    "---\n",
    "+++\n",
    "# Heading",
    "\n",
    "\r\n",
    "\n\n",
    " ",
    "\t",
    "é",
    "東京",
    "مرحبا",
    "👨\u200d👩\u200d👧",
    "Le ministre a dit : « oui ».",
    "Die Frau, die die Zeitung liest.",
    "¿Qué?Dijo",
    "lundi.Il",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=25).map("".join)
front_matter = st.sampled_from(
    ["", "---\ntitle: France Press caf\u00c3\u00a9\n---\n", "+++\ntitle = 'x the the'\n+++\n"]
)


def _protected_texts(document: Document) -> list[str]:
    return [document.text[start:end] for start, end in document.protected]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=front_matter, body=texts, markup=st.sampled_from(list(Markup)), unsafe=st.booleans())
# A German paragraph (» « its marks) holding a French «…»: missing-space read « after a full stop as an
# opening quote and spaced it; malformed-quote took the space before a German closing mark away.
@example(
    front="",
    body="The the ministry.He addedLe ministre a dit : « oui ».Die Frau, die die Zeitung liest.«\u202fBonjour\u202f»",
    markup=Markup.MARKDOWN,
    unsafe=True,
)
# A line of names that langdetect reads as Estonian: the surname check asked wordfreq for an Estonian
# list it does not ship (LookupError).
@example(
    front="", body="The the ministry.He addedRahimi Rahimi toldRahimi Rahimi told", markup=Markup.MARKDOWN, unsafe=False
)
def test_fix_is_safe_and_idempotent(front: str, body: str, markup: Markup, unsafe: bool) -> None:
    text = front + body
    config = Config(unsafe_fixes=unsafe)
    result = audit_text(text, config, markup)
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert not result.document.is_protected(finding.start, finding.end)
    fixed = Document.parse(result.fixed_text, markup)
    assert _protected_texts(fixed) == _protected_texts(result.document)
    again = audit_text(result.fixed_text, config, markup)
    assert again.fixed_text == result.fixed_text


# Issue 10, item 1: every Markdown construct, every line-ending style, BOM and UTF-16. Each block is
# (lines, protected pieces): the pieces must come out of `fix` byte for byte, whatever the parser
# thinks, so the oracle does not depend on audit/markup.py. `MTAUDIT_PROPERTY_EXAMPLES=2000` runs the
# long version (see the README's Testing section); the default keeps the suite fast.
PROPERTY_EXAMPLES = int(os.environ.get("MTAUDIT_PROPERTY_EXAMPLES", "25"))
ARTIFACT = "the the caf\u00c3\u00a9\u200b word ,"
BLOCKS: list[tuple[list[str], list[str]]] = [
    ([f"Plain prose with {ARTIFACT} and more.It ends."], []),
    ([f"# Heading {ARTIFACT}"], []),
    ([f"Setext {ARTIFACT}", "======"], []),
    (["```python", f"print('{ARTIFACT}')", "```"], [f"print('{ARTIFACT}')"]),
    (["~~~", f"tilde {ARTIFACT}", "~~~"], [f"tilde {ARTIFACT}"]),
    ([f"    indented {ARTIFACT}"], [f"    indented {ARTIFACT}"]),
    ([f'[ref]: https://e.com/a "{ARTIFACT} title"'], [f'[ref]: https://e.com/a "{ARTIFACT} title"']),
    (
        [f"> quoted {ARTIFACT}", ">", f">     code in quote {ARTIFACT}", "", "After the quote."],
        [f"code in quote {ARTIFACT}"],
    ),
    ([f"- item {ARTIFACT}", "", f"      code in item {ARTIFACT}", "", "After the list."], [f"code in item {ARTIFACT}"]),
    ([f"1. first {ARTIFACT}", "2. second", "", "After the list."], []),
    ([f"Inline `code {ARTIFACT}` here."], [f"`code {ARTIFACT}`"]),
    ([f"A [link](https://e.com/x?q={ARTIFACT[:7]}) and ![img](/i.png)."], ["(https://e.com/x?q=the the)"]),
    ([f"<!-- comment {ARTIFACT} -->"], [f"<!-- comment {ARTIFACT} -->"]),
    (["<div>", f'<span title="{ARTIFACT}">x</span>', "</div>"], [f'<span title="{ARTIFACT}">']),
    (["***"], []),
    (["Hard break  ", f"next line {ARTIFACT}"], []),
    ([f"Visit <https://e.com/{ARTIFACT[:3]}> or https://e.com/b_c."], ["<https://e.com/the>", "https://e.com/b_c"]),
]
UNCLOSED_FENCE = (["```", f"unclosed {ARTIFACT}"], [f"unclosed {ARTIFACT}"])  # only last: it runs to the end
FRONT_MATTER: list[tuple[list[str], list[str]]] = [
    ([], []),
    (["---", f"title: {ARTIFACT}", "---"], [f"title: {ARTIFACT}"]),
    (["+++", f"title = '{ARTIFACT}'", "+++"], [f"title = '{ARTIFACT}'"]),
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16-le", "utf-16-be"]


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """An article of Markdown blocks, each line ended by a drawn LF, CRLF or CR; and its protected pieces."""
    front = draw(st.sampled_from(FRONT_MATTER))
    body = draw(st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=8))
    if draw(st.booleans()):
        body.append(UNCLOSED_FENCE)
    style = draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"]))
    lines: list[str] = list(front[0])
    pieces: list[str] = list(front[1])
    for block_lines, block_pieces in body:
        lines.extend([*block_lines, ""])
        pieces.extend(block_pieces)
    ends = [style if style != "mixed" else draw(st.sampled_from(["\n", "\r\n", "\r"])) for _ in lines]
    for index in range(1, len(lines)):
        if ends[index - 1] == "\r" and not lines[index] and ends[index] == "\n":
            ends[index] = "\r\n"  # CR then an empty line's LF would read as one CRLF: the blank line would vanish
    final = draw(st.booleans())
    text = "".join(line + end for line, end in zip(lines, ends, strict=True))
    return (text if final else text.rstrip("\r\n")), pieces


def _fix_through_files(folder: Path, name: str, data: bytes) -> tuple[bytes, str | None]:
    """(bytes `fix` writes, patch `diff` prints or None when diff refuses) for one file."""
    from audit.diff import file_diff
    from audit.errors import InputError
    from audit.files import decode

    source = decode(data, name)
    result = audit_text(source.text, Config(), Markup.MARKDOWN)
    try:
        patch = file_diff(source, result.fixed_text, name)
    except InputError:
        patch = None
    return source.encode(result.fixed_text), patch


def _apply(folder: Path, name: str, data: bytes, patch: str, command: list[str]) -> bytes:
    target = folder / name
    target.write_bytes(data)
    completed = subprocess.run(command, cwd=folder, input=patch.encode("utf-8"), capture_output=True, check=False)
    assert completed.returncode == 0, completed.stderr.decode() + completed.stdout.decode()
    return target.read_bytes()


@settings(max_examples=PROPERTY_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(article=articles(), encoding=st.sampled_from(ENCODINGS))
def test_markdown_fix_keeps_protected_bytes_and_diff_applies(
    tmp_path_factory: pytest.TempPathFactory, article: tuple[str, list[str]], encoding: str
) -> None:
    text, pieces = article
    folder = tmp_path_factory.mktemp("article")
    data = (
        text.encode(encoding)
        if encoding != "utf-16-le" and encoding != "utf-16-be"
        else ((codecs.BOM_UTF16_LE if encoding == "utf-16-le" else codecs.BOM_UTF16_BE) + text.encode(encoding))
    )
    name = "an article.md"
    written, patch = _fix_through_files(folder, name, data)
    fixed = written.decode("utf-16" if encoding.startswith("utf-16") else "utf-8-sig")
    for piece in pieces:
        assert fixed.count(piece) == text.count(piece), piece
    assert audit_text(fixed, Config(), Markup.MARKDOWN).fixed_text == fixed, "fix is idempotent"
    if encoding.startswith("utf-16"):
        assert patch is None, "a UTF-16 diff would not apply: refused"
        return
    assert patch is not None
    if written != data:
        assert _apply(folder, name, data, patch, ["git", "apply", "--unidiff-zero", "-"]) == written
        assert _apply(folder, name, data, patch, ["patch", "-p1", "--quiet", "--force"]) == written


# Blocks that hold blank lines: a section cut inside one of them would leave its end as prose.
SPANNING_BLOCKS: list[tuple[list[str], list[str]]] = [
    (["```", f"code {ARTIFACT}", "", f"after a blank {ARTIFACT}", "```"], [f"after a blank {ARTIFACT}"]),
    (["- ```", f"  in item {ARTIFACT}", "", f"  still in item {ARTIFACT}", "  ```"], [f"still in item {ARTIFACT}"]),
    (["<pre>", f"x {ARTIFACT}", "", f"y {ARTIFACT}", "</pre>"], [f"y {ARTIFACT}"]),
    (["<!--", f"a {ARTIFACT}", "", f"b {ARTIFACT}", "-->"], [f"b {ARTIFACT}"]),
    ([f"    code {ARTIFACT}", "", f"    more code {ARTIFACT}"], [f"    more code {ARTIFACT}"]),
    (["> ```", f"> quoted fence {ARTIFACT}", ">", "> ```"], [f"quoted fence {ARTIFACT}"]),
]


def _covered(text: str) -> set[int]:
    from audit.markup import protected_spans

    return {offset for start, end in protected_spans(text, Markup.MARKDOWN) for offset in range(start, end)}


@settings(max_examples=PROPERTY_EXAMPLES * 4, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    article=articles(),
    spanning=st.lists(st.sampled_from(SPANNING_BLOCKS), max_size=4),
    section=st.sampled_from([1, 9, 40, 120]),
)
def test_a_text_parsed_in_sections_protects_all_that_the_whole_parse_protects(
    monkeypatch: pytest.MonkeyPatch,
    article: tuple[str, list[str]],
    spanning: list[tuple[list[str], list[str]]],
    section: int,
) -> None:
    import audit.markup

    # A paragraph between blocks ends any list, so each block stands as itself in the whole parse.
    text = "\n\nSome prose.\n\n".join(["\n".join(lines) for lines, _ in spanning] + [article[0]])
    whole = _covered(text)
    with monkeypatch.context() as patch:
        patch.setattr(audit.markup, "SECTION_CHARS", section)
        sectioned = _covered(text)
    assert whole <= sectioned, [text[offset] for offset in sorted(whole - sectioned)][:40]
    for _, pieces in spanning:
        for piece in pieces:
            start = text.index(piece)
            assert set(range(start, start + len(piece))) <= whole, piece


# Characters of Markdown's block syntax, ASCII and not, with prose between them.
_BLOCK_ALPHABET = [
    *" \n\r\t>-*+=#_`~[]:()<!/.1234567890ab\"'^",
    "\u00a0",
    "\u3000",
    "\x01",
    "    ",
    "```",
    "~~~",
    "1.",
    "1)",
]


@settings(max_examples=PROPERTY_EXAMPLES * 20, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_BLOCK_ALPHABET), max_size=30).map("".join))
@example("[a]: /b")
@example("[^1]: The note")
@example("[a]: b 'c'")
@example("[a]: b\n'c'")
@example("[a]: <b c> d")
@example("[a]:b\u00a0c")
@example("[a]: b\x01c")
@example("text\n[a]:\n  /b 'title'\n")
@example("> quote\n>\n> more")
@example("1. item\n2.\n")
@example("> quote\r>\r> more")
@example("1. item\r2.\r")
@example("- a\n\n      code")
def test_a_text_without_block_protection_is_one_the_parser_protects_nothing_in(text: str) -> None:
    # markdown-it is skipped for a text the screen waves through (issue 9): the parser must agree.
    from audit.markup import _may_hold_blocks, _parsed_block_spans

    if not _may_hold_blocks(text, 0):
        assert _parsed_block_spans(text, 0) == []
