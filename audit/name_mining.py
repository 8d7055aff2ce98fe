"""Mine the spellings of names across many documents: a map to small summaries, a merge, a clustering.

Each document gives a `NameSummary` (its name forms with counts and its id); summaries add up, so the
work is a map over documents and a merge of small values — the same shape as corpus mode, and what a
Dask bag's `map(...).fold(...)` or Spark's `mapPartitions` + `reduce` runs unchanged. Clustering the
merged forms (audit/names.py) is the last, single step. `names_glossary` turns the clusters into a
`names`-topic substitution glossary that `check --glossary` then uses.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from audit.document import Document

if TYPE_CHECKING:
    from audit.glossary import GlossarySet
from audit.names import Cluster, cluster, conventions, mentions, narrowed
from audit.transliteration import closest_name, fold

EXAMPLES_PER_FORM = 3


@dataclass
class NameSummary:
    """Per document language, name forms with their counts and the ids of the first documents holding
    each. Languages are kept apart: "Wladimir Putin" in German copy is no variant of the English form."""

    forms: dict[str, Counter[str]] = field(default_factory=dict)
    examples: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, other: NameSummary) -> NameSummary:
        """Merge `other` into this summary (in place) and return it: the reduce step."""
        for language, forms in other.forms.items():
            self.forms.setdefault(language, Counter()).update(forms)
        for form, ids in other.examples.items():
            kept = self.examples.setdefault(form, [])
            kept.extend(ids[: EXAMPLES_PER_FORM - len(kept)])
        return self


def summarise(document_id: str, document: Document, language: str | None = None) -> NameSummary:
    """The name forms of one document (its language detected unless `language` forces one: a corpus
    record's `lang` then spares the identification, the costliest step of the map)."""
    if language is None:
        from audit.language import identify

        languages = identify(document)
        code, language_of = languages.document, languages.of
    else:
        code, language_of = language, lambda _: language
    # Narrowed as in one article's check, so "Amtskollege Rafał Gronicz" counts as "Rafał Gronicz".
    found = [
        mention for paragraph in document.paragraphs for mention in mentions(paragraph.text, language_of(paragraph))
    ]
    forms: Counter[str] = Counter(mention.text for mention in narrowed(found))
    return NameSummary({code: forms} if forms else {}, {(code, form): [document_id] for form in forms})


def merge(first: NameSummary, second: NameSummary) -> NameSummary:
    """A new summary of both (neither is changed): the reduce step a Dask bag's `fold` runs."""
    return NameSummary().add(first).add(second)


def summarise_record(line: str | bytes, language: str | None = None) -> NameSummary:
    """The name forms of one JSONL corpus record (`language` forces one over the record's `lang`): the
    map step `mtaudit names --corpus` and a Dask bag share. Raises RecordError for a bad record."""
    from audit.corpus import RECORD_MARKUP, parse_record

    record = parse_record(line)
    return summarise(str(record.id), Document.parse(record.text, RECORD_MARKUP), language or record.lang)


def clusters_json(clusters: Iterable[Cluster]) -> dict[str, object]:
    """The clusters as `mtaudit names --format json` prints them."""
    return {
        "clusters": [
            {
                "language": found.language,
                "preferred": found.preferred,
                "forms": [
                    {"form": form, "count": count, "examples": found.examples.get(form, [])}
                    for form, count in found.forms.most_common()
                ],
            }
            for found in clusters
        ]
    }


def known_names(glossary_set: GlossarySet, languages: Iterable[str]) -> dict[str, list[str]]:
    """The preferred forms of the `people` glossaries for each language (its own entries and `any`)."""
    from audit.glossary.model import ANY, Kind

    people = [entry for entry in glossary_set.of_kind(Kind.SUBSTITUTION) if entry.topic == "people" and entry.preferred]
    return {code: [entry.preferred for entry in people if entry.language in (code, ANY)] for code in languages}


def name_clusters(summary: NameSummary, known: Mapping[str, Iterable[str]] | None = None) -> list[Cluster]:
    """Cluster the merged forms of each language, preferring `known` (glossary) spellings of that
    language; the most frequent clusters first."""
    from audit.languages import shipped_codes

    particles = frozenset().union(*(conventions(code).particles for code in shipped_codes()))
    clusters: list[Cluster] = []
    for language, forms in sorted(summary.forms.items()):
        names = tuple((known or {}).get(language, ()))
        examples = {form: ids for (code, form), ids in summary.examples.items() if code == language}
        for found in cluster(forms, names, particles, examples, conventions(language).accented_letters):
            found.language = language
            # "Olaf Schulz" ×3 and "Olaf Scholtz" ×1 with "Olaf Scholz" in a glossary: the glossary form wins.
            if found.preferred not in names:
                found.preferred = closest_name(found.preferred, names, particles) or found.preferred
            clusters.append(found)
    return sorted(clusters, key=lambda found: (-sum(found.forms.values()), found.language, found.preferred))


def names_glossary(clusters: Iterable[Cluster], listed_variants: Iterable[str] = ()) -> str:
    """A substitution glossary with one unsafe entry per cluster, in the clusters' language (`any` when
    they come from several).

    Each variant gets a bad example and each entry a good one, so `glossary lint` and `glossary test` pass.
    `listed_variants` are the variants of the glossaries it will be used with: a spelling already listed
    is left out (it would be claimed twice), and a cluster whose preferred form some glossary calls a
    variant (French "Sergueï Lavrov" in German copy) is left out whole, since a language-neutral entry
    would contradict it.
    """
    from audit.glossary.tokens import key

    listed = {key(variant) for variant in listed_variants}
    clusters = list(clusters)
    languages = {found.language for found in clusters}
    language = languages.pop() if len(languages) == 1 and "" not in languages else "any"
    lines = [
        "# Spellings of one name found across a corpus by `mtaudit names --write-glossary`.",
        "# Review before use: the preferred form is the majority or the shipped glossary form.",
        "",
        "[glossary]",
        f"language = {_string(language)}",
        'kind = "substitution"',
        'description = "Spellings of one name mined from a corpus"',
    ]
    taken_ids: set[str] = set()
    taken_spellings: set[str] = set()
    for found in clusters:
        variants = [form for form in found.variants if fold(form) != fold(found.preferred)]
        variants = [
            form for form in dict.fromkeys(variants) if fold(form) not in taken_spellings and key(form) not in listed
        ]
        if not variants or fold(found.preferred) in taken_spellings or key(found.preferred) in listed:
            continue
        taken_spellings.update(fold(form) for form in (found.preferred, *variants))
        entry_id = _unique_id(found.preferred, taken_ids)
        lines += ["", "[[entry]]", f"id = {_string(entry_id)}", f"preferred = {_string(found.preferred)}"]
        lines.append("variants = [" + ", ".join(_string(form) for form in variants) + "]")
        lines += ['fix = "unsafe"', f"note = {_string(_note(found))}"]
        for form in variants:
            lines += ["", "[[entry.example]]", f"bad = {_string(_sentence(form))}"]
            lines.append(f"fixed = {_string(_sentence(found.preferred))}")
        lines += ["", "[[entry.example]]", f"good = {_string(_sentence(found.preferred))}"]
    return "\n".join(lines) + "\n"


def _sentence(name: str) -> str:
    return f"{name} spoke to reporters."


def _note(found: Cluster) -> str:
    counts = ", ".join(f"{form} {count}" for form, count in found.forms.most_common())
    return f"One name spelled several ways in the corpus, house form by majority or glossary ({counts})."


def _unique_id(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "name"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


def _string(text: str) -> str:
    """A TOML basic string (JSON escapes are valid TOML escapes for these characters)."""
    return json.dumps(text, ensure_ascii=False)
