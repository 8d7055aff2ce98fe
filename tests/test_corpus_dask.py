"""Beyond one machine (issue 13): the README's Dask recipe on a local two-worker cluster gives exactly
what single-process corpus mode writes. Dask schedules; the project only supplies `audit_partition`."""

from __future__ import annotations

import json
from pathlib import Path

import dask.bag
from distributed import Client, LocalCluster

from audit.config import Config
from audit.corpus import audit_partition
from tests.conftest import run_cli
from tests.test_corpus import records


def test_a_dask_cluster_writes_what_single_process_corpus_mode_writes(tmp_path: Path) -> None:
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

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        for command in ("check", "fix"):
            # The README recipe, verbatim but for the paths.
            lines = dask.bag.read_text(str(tmp_path / "shards" / "*.jsonl"))
            audited = lines.map_partitions(audit_partition, config=Config(), fix=command == "fix")
            audited.to_textfiles(str(tmp_path / command / "*.jsonl"), last_endline=True)
            written = b"".join(path.read_bytes() for path in sorted((tmp_path / command).glob("*.jsonl")))
            assert written == expected[command]
