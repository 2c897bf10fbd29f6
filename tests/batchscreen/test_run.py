from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from batchscreen.queries import QUERY_ROWS, write_queries
from tradeguard.batchscreen.columns import parse_map
from tradeguard.batchscreen.engines import lists_key
from tradeguard.batchscreen.local import LocalBackend
from tradeguard.batchscreen.parts import ResumeMismatch
from tradeguard.batchscreen.run import Job, Summary, screen_file
from tradeguard.cli import main
from tradeguard.engine import Engine


def _run(engine: Engine, job: Job, workers: int = 2) -> tuple[list[dict[str, Any]], Summary]:
    summary = _screen(engine, job, workers)
    return pq.read_table(job.output).to_pylist(), summary


def _screen(engine: Engine, job: Job, workers: int) -> Summary:
    backend = LocalBackend(engine.matcher(), job.top, job.threshold, workers)
    seen: list[tuple[int, int]] = []
    summary = screen_file(job, backend, lists_key(engine), lambda d, t: seen.append((d, t)))
    assert seen[-1] == (summary.counts.rows, summary.counts.rows)
    return summary


def test_hits_rejects_and_summary(engine: Engine, queries_csv: Path, tmp_path: Path) -> None:
    job = Job(queries_csv, tmp_path / "hits.parquet", parse_map(None), chunk_size=7)
    hits, summary = _run(engine, job)
    by_id = {h["query_id"]: h for h in hits if h["rank"] == 1}
    assert {"p1", "p2", "k2", "k3", "c2", "c3", "a2"} <= set(by_id)
    assert by_id["k2"]["entry_id"] == "kim-jong-un"
    assert not {"i1", "i2", "i3", "i5"} & set(by_id), "innocent names raised alerts"
    assert all(h["alert"] for h in hits)  # default threshold: alerts only
    rejects = job.rejects_path.read_text(encoding="utf-8").splitlines()
    assert [line.split(",")[1] for line in rejects[1:]] == ["b1", "b2", "b3", "b4"]
    assert rejects[1].startswith("29,b1,")  # the row number, for the reviewer to find it
    assert summary.counts.rows == len(QUERY_ROWS)
    assert summary.counts.hits == len(hits)
    assert summary.counts.rejected == {
        "name": 1,
        "birth_date": 1,
        "country": 1,
        "schema": 1,
    }
    assert not job.parts_folder.exists()


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_text_outputs_hold_the_same_hits(
    engine: Engine, queries_csv: Path, tmp_path: Path, suffix: str
) -> None:
    reference, _ = _run(engine, Job(queries_csv, tmp_path / "ref.parquet", parse_map(None)))
    out = tmp_path / f"hits{suffix}"
    _screen(engine, Job(queries_csv, out, parse_map(None)), workers=1)
    text = out.read_text(encoding="utf-8").splitlines()
    if suffix == ".jsonl":
        ids = [json.loads(line)["query_id"] for line in text]
    else:
        ids = [line.split(",")[1] for line in text[1:]]
    assert ids == [h["query_id"] for h in reference]


def test_a_checkpoint_from_other_options_is_not_resumed(
    engine: Engine, queries_csv: Path, tmp_path: Path
) -> None:
    job = Job(queries_csv, tmp_path / "hits.parquet", parse_map(None), chunk_size=7)
    job.parts_folder.mkdir()
    other = {"fingerprint": {"top": 99}, "chunks": {}}
    (job.parts_folder / "manifest.json").write_text(json.dumps(other), encoding="utf-8")
    with pytest.raises(ResumeMismatch, match="--fresh"):
        _run(engine, job)
    job.fresh = True
    hits, _ = _run(engine, job)
    assert hits


# Runs the CLI's library call in a child process and kills it hard (SIGKILL, no clean-up)
# at a chosen point: after the third chunk's manifest commit, or between the third chunk's
# part file and its manifest entry, the narrowest window the checkpoint must survive.
_KILLER = """
import os, signal, sys
import tradeguard.batchscreen.parts as parts
from tradeguard.cli import main

when, writes = sys.argv[1], [0]
real = parts.replace_atomically

def replace(path, write):
    is_manifest = path.name == parts.MANIFEST
    if when == "inside" and is_manifest and writes[0] == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    real(path, write)
    writes[0] += is_manifest
    if when == "between" and writes[0] == 3:
        os.kill(os.getpid(), signal.SIGKILL)

parts.replace_atomically = replace
main(sys.argv[2:])
"""


@pytest.mark.parametrize("when", ["between", "inside"])
def test_interrupted_run_resumes_with_each_row_once(
    sample_home: Path, engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    rows = [(f"{n}-{r[0]}", *r[1:]) for n in range(4) for r in QUERY_ROWS]
    queries = write_queries(tmp_path / "many.csv", rows)
    out = tmp_path / "hits.parquet"
    args = [str(queries), "-o", str(out), "--chunk-size", "8", "--threshold", "0", "--top", "2"]
    monkeypatch.setenv("TRADEGUARD_HOME", str(sample_home))
    command = [sys.executable, "-c", _KILLER, when, "batch", "screen", *args, "--workers", "2"]
    killed = subprocess.run(command, capture_output=True, check=False)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()
    manifest = json.loads((tmp_path / "hits.parquet.parts" / "manifest.json").read_text())
    assert 0 < len(manifest["chunks"]) < len(rows) // 8
    assert not out.exists()

    rerun = CliRunner().invoke(main, ["batch", "screen", *args])
    assert rerun.exit_code == 0, rerun.output
    assert f"{len(rows)} rows screened ({len(manifest['chunks']) * 8} from an earlier run)" in (
        rerun.output
    )
    resumed = pq.read_table(out).to_pylist()
    reference, _ = _run(
        engine, Job(queries, tmp_path / "ref.parquet", parse_map(None), top=2, threshold=0.0)
    )
    assert resumed == reference
    keys = [(h["row"], h["rank"]) for h in resumed]
    assert len(keys) == len(set(keys))
