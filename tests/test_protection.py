"""Markdown awareness: artifacts planted in protected regions are neither reported nor touched."""

from __future__ import annotations

import json
from pathlib import Path

from audit.document import MASK, Document
from audit.markup import Markup
from tests.conftest import run_cli

ZWSP = "\u200b"
ARTICLE = f"""---
title: "France Press: caf\u00c3\u00a9{ZWSP} report"
tags: [the the, ministry.He]
---

# Minister meets France Press

The caf\u00c3\u00a9 reopened on Monday.{ZWSP} The the ministry said so.

```python
print("France Press caf\u00c3\u00a9{ZWSP}")  # the the
```

    indented caf\u00c3\u00a9{ZWSP} code

Run `caf\u00c3\u00a9{ZWSP} --flag` and read https://example.org/caf\u00c3\u00a9{ZWSP}/France-Press.html today.
See [the report](https://example.org/France_Press?q=caf\u00c3\u00a9{ZWSP} "caf\u00c3\u00a9{ZWSP}") and <https://example.org/the.the>.
<!-- France Press caf\u00c3\u00a9{ZWSP} the the -->
<span title="caf\u00c3\u00a9{ZWSP}">Fine.</span>

+++
not front matter here
+++
"""
PROTECTED_PIECES = [
    'title: "France Press: caf\u00c3\u00a9\u200b report"',
    'print("France Press caf\u00c3\u00a9\u200b")  # the the',
    "    indented caf\u00c3\u00a9\u200b code",
    "`caf\u00c3\u00a9\u200b --flag`",
    "https://example.org/caf\u00c3\u00a9\u200b/France-Press.html",
    '(https://example.org/France_Press?q=caf\u00c3\u00a9\u200b "caf\u00c3\u00a9\u200b")',
    "<https://example.org/the.the>",
    "<!-- France Press caf\u00c3\u00a9\u200b the the -->",
    '<span title="caf\u00c3\u00a9\u200b">',
]


def test_protected_regions_cover_front_matter_code_urls_and_html() -> None:
    document = Document.parse(ARTICLE, Markup.MARKDOWN)
    for piece in PROTECTED_PIECES:
        start = ARTICLE.index(piece)
        assert set(document.prose[start : start + len(piece)]) <= {MASK, "\n"}, piece
    prose_start = ARTICLE.index("The caf")
    assert document.prose[prose_start : prose_start + 20] == ARTICLE[prose_start : prose_start + 20]


def test_no_finding_inside_protected_regions_and_bytes_kept_after_fix(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    report = json.loads(run_cli("check", "--format", "json", str(path)).stdout)
    findings = report["files"][0]["findings"]
    document = Document.parse(ARTICLE, Markup.MARKDOWN)
    assert findings, "the prose artifacts are found"
    for finding in findings:
        assert not document.is_protected(finding["start"], finding["end"]), finding
    assert {"mojibake", "invisible-char"} <= {finding["rule"] for finding in findings}

    assert run_cli("fix", str(path)).returncode == 1
    fixed = path.read_text(encoding="utf-8")
    for piece in PROTECTED_PIECES:
        assert fixed.count(piece) == ARTICLE.count(piece), piece
    assert "The café reopened on Monday. The" in fixed


def test_front_matter_only_at_the_very_start() -> None:
    document = Document.parse("Intro line.\n---\ntitle: caf\u00c3\u00a9\n---\n", Markup.MARKDOWN)
    assert document.protected == ()


def test_plain_text_protects_urls_and_emails_only() -> None:
    text = "Write to desk@example.org or see https://example.org/a_b. `not code` here."
    document = Document.parse(text, Markup.TEXT)
    protected = [text[start:end] for start, end in document.protected]
    assert protected == ["desk@example.org", "https://example.org/a_b"]


def test_unclosed_fence_protects_to_the_end() -> None:
    text = "Prose.\n\n```\ncode caf\u00c3\u00a9\nmore"
    document = Document.parse(text, Markup.MARKDOWN)
    assert document.protected == ((8, len(text)),)


def test_toml_front_matter_is_protected_and_kept(tmp_path: Path) -> None:
    article = '+++\ntitle = "France Press caf\u00c3\u00a9\u200b"\n+++\n\nThe caf\u00c3\u00a9 opened.\n'
    path = tmp_path / "hugo.md"
    path.write_text(article, encoding="utf-8")
    assert run_cli("fix", str(path)).returncode == 1
    assert path.read_text(encoding="utf-8") == article.replace("The caf\u00c3\u00a9", "The café")
