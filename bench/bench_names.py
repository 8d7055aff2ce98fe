"""Name mining at corpus scale: recall of planted clusters, decoys kept apart, documents per second.

Generates N short documents (seeded) from the planted clusters and decoys of tests/fixtures/names
(majority form in most documents, each variant in a few), mines them with the same map → merge →
cluster path `mtaudit names` runs, and prints recall (planted clusters found whole), false merges
(decoy pairs in one cluster), extra clusters and the speed of the map and of the clustering.

    .venv/bin/python bench/bench_names.py [--documents 20000]
"""

from __future__ import annotations

import argparse
import random
import time
import tomllib
from pathlib import Path

from audit.document import Document
from audit.name_mining import NameSummary, name_clusters, summarise

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "names"
SENTENCES = {
    "en": "{} told reporters on {} that the plan for {} would go ahead.",
    "fr": "{} a déclaré {} que le plan pour {} serait maintenu.",
    "de": "{} sagte am {}, der Plan für {} werde umgesetzt.",
    "es": "{} dijo el {} que el plan para {} seguirá adelante.",
}
DAYS = {"en": "Monday", "fr": "lundi", "de": "Montag", "es": "lunes"}
TOPICS = ["the port", "the railway", "the schools", "the harbour", "the dam", "the airport"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20000)
    arguments = parser.parse_args()
    expected = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))
    rng = random.Random(13)
    names: list[tuple[str, str]] = []
    for planted in expected["cluster"]:
        names += [(planted["language"], planted["preferred"])] * 8
        names += [(planted["language"], variant) for variant in planted["variants"]]
    for decoy in expected["decoy"]:
        names += [(decoy["language"], name) for name in decoy["names"] for _ in range(4)]
    documents = []
    for number in range(arguments.documents):
        language, name = rng.choice(names)
        text = SENTENCES[language].format(name, DAYS[language], rng.choice(TOPICS))
        documents.append((str(number), language, text))
    size = sum(len(text.encode()) for *_, text in documents)

    started = time.perf_counter()
    total = NameSummary()
    for document_id, language, text in documents:
        total.add(summarise(document_id, Document.parse(text), language))
    mapped = time.perf_counter()
    clusters = name_clusters(total)
    clustered = time.perf_counter()

    found = [set(cluster.forms) for cluster in clusters]
    planted = [{item["preferred"], *item["variants"]} for item in expected["cluster"]]
    present = {name for _, name in names}
    whole = sum(any(spellings <= forms for forms in found) for spellings in planted if spellings <= present)
    merged = sum(any(set(decoy["names"]) <= forms for forms in found) for decoy in expected["decoy"])
    extra = sum(not any(forms <= spellings for spellings in planted) for forms in found)
    print(f"{arguments.documents} documents, {size / 1e6:.2f} MB, {sum(map(len, total.forms.values()))} distinct forms")
    print(
        f"recall: {whole}/{len(planted)} planted clusters found whole; decoy pairs merged: {merged}; extra clusters: {extra}"
    )
    print(f"map: {arguments.documents / (mapped - started):.0f} documents/s ({size / 1e6 / (mapped - started):.2f} MB/s); "
          f"clustering: {clustered - mapped:.2f} s")  # fmt: skip


if __name__ == "__main__":
    main()
