"""Beyond one machine (issue 13): the README's Dask recipes on a local two-worker cluster give exactly
what single-process corpus mode and `mtaudit names` write. Dask schedules; the project only supplies
the per-document functions (`audit_partition`, `summarise_record`) and the merge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dask.bag
import pytest
from distributed import Client, LocalCluster

from audit.config import Config
from audit.corpus import audit_partition
from audit.glossary import load_glossaries
from audit.name_mining import NameSummary, clusters_json, known_names, merge, name_clusters, summarise_record
from tests.conftest import run_cli
from tests.test_corpus import records


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as connected,
    ):
        assert len(connected.scheduler_info()["workers"]) == 2
        yield connected


def test_a_dask_cluster_writes_what_single_process_corpus_mode_writes(tmp_path: Path, client: Client) -> None:
    documents = records(90)
    shards = []
    for number in range(3):
        shard = tmp_path / "shards" / f"part-{number}.jsonl"
        shard.parent.mkdir(exist_ok=True)
        shard.write_text(
            "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in documents[number::3]), encoding="utf-8"
        )
        shards.append(shard)
    # The single-process run reads the shards one after the other, as Dask's partitions come.
    whole = tmp_path / "whole.jsonl"
    whole.write_bytes(b"".join(shard.read_bytes() for shard in shards))
    expected = {command: run_cli(command, "--quiet", "--corpus", str(whole)).stdout for command in ("check", "fix")}
    assert len(expected["check"].splitlines()) == 90

    for command in ("check", "fix"):
        # The README recipe, verbatim but for the paths.
        lines = dask.bag.read_text(str(tmp_path / "shards" / "*.jsonl"))
        audited = lines.map_partitions(audit_partition, config=Config(), fix=command == "fix")
        audited.to_textfiles(str(tmp_path / command / "*.jsonl"), last_endline=True)
        written = b"".join(path.read_bytes() for path in sorted((tmp_path / command).glob("*.jsonl")))
        assert written == expected[command]


def test_names_mined_on_a_dask_cluster_equal_mtaudit_names(tmp_path: Path, client: Client) -> None:
    corpus = Path(__file__).parent / "fixtures" / "names" / "corpus.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    for number in range(3):
        (tmp_path / f"part-{number}.jsonl").write_text("".join(lines[number::3]), encoding="utf-8")
    whole = tmp_path / "whole.jsonl"
    whole.write_text("".join("".join(lines[number::3]) for number in range(3)), encoding="utf-8")
    expected = json.loads(run_cli("names", "--corpus", str(whole), "--format", "json").stdout)
    assert len(expected["clusters"]) >= 20

    # The README recipe: a map to small summaries, a fold to one, the clustering last.
    summaries = dask.bag.read_text(str(tmp_path / "part-*.jsonl")).map(summarise_record)
    merged = summaries.fold(merge, initial=NameSummary()).compute()
    known = known_names(load_glossaries(Config()), merged.forms)
    assert clusters_json(name_clusters(merged, known)) == expected
