"""Property-based: over generated articles, fix never raises, never changes protected text, is idempotent."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
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
