"""Shared set-up for the benchmark scripts: where the data is, and every real list loaded.

The scripts read the real files from ../shared/data relative to the repository root and never
copy them. The built index is pickled under ~/.cache/tradeguard-bench (not in the repository),
keyed by the file contents and the matching code, so only `speed.py` pays the build.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from tradeguard.heap import collector_paused
from tradeguard.lists.base import ListData
from tradeguard.lists.csvutil import allowing_cut_last_row
from tradeguard.lists.registry import group, loader
from tradeguard.matching.cache import cache_key, load_or_build
from tradeguard.matching.index import NameIndex
from tradeguard.model import Entity

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
BENCH = ROOT / "bench"
OUT = BENCH / "out"
CACHE = Path.home() / ".cache" / "tradeguard-bench"

OFAC_SDN = DATA / "ofac/sdn-2024-05-03/sdn.csv"
OFAC_ALT = DATA / "ofac/alt-add-2025-12-24"
PAIRS = DATA / "pairs/list-alias-pairs.csv"

# Every real list the issue asks for, as (paths, format) loader calls.
ALL_LISTS: list[tuple[list[Path], str]] = [
    ([OFAC_SDN, OFAC_ALT], "auto"),
    ([DATA / "un/consolidated-2026-02-27.xml"], "auto"),
    ([DATA / "uk/conlist-2025-04-10.csv"], "auto"),
    ([DATA / "us-csl/csl-subset-2023-11.csv"], "csl"),
    ([DATA / "eu-ojeu/consolidated"], "auto"),
    ([DATA / "opensanctions/ua-war-sanctions-2026-03-13.targets.simple.csv"], "ftm"),
]


def require_data() -> None:
    if not DATA.is_dir():
        sys.exit(f"benchmark data not found at {DATA}")


def parse_lists(calls: Sequence[tuple[list[Path], str]] = ALL_LISTS) -> list[ListData]:
    """Parse list files with the project's loaders; the CSL extract is cut mid-row."""
    parsed: list[ListData] = []
    with allowing_cut_last_row(), collector_paused():  # as Engine.parse
        for paths, fmt in calls:
            for chosen, files in group(paths, fmt):
                parsed.append(loader(chosen).load(files))
    return parsed


def all_entities(parsed: Sequence[ListData]) -> list[Entity]:
    return [e for data in parsed for e in data.entities]


def cached_index(parsed: Sequence[ListData]) -> NameIndex:
    key = cache_key([d.content_hash for d in parsed])
    return load_or_build(CACHE, key, lambda: NameIndex(all_entities(parsed)))


def load_all_index() -> NameIndex:
    return cached_index(parse_lists())


def timed(func: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Median wall time over `repeat` runs (the machine is shared, so one run is noise)."""
    times: list[float] = []
    result: Any = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def write_result(name: str, payload: dict[str, Any]) -> Path:
    """Each script writes its figures as JSON; `report.py` turns them into RESULTS.md."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return path


# --- A served home, for the HTTP benchmarks (api_throughput, web_latency, soak) -------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def prepare_home(home: Path, label: str) -> tuple[int, str]:
    """Every list of ALL_LISTS loaded into `home` (once), its index built and cached so the
    server only reads it, and a new screener key; returns (entities, key)."""
    from tradeguard.auth.tokens import create_key
    from tradeguard.engine import Engine

    engine = Engine.open(home)
    if not engine.versions():
        for paths, fmt in ALL_LISTS:
            engine.load(paths, fmt, allow_truncated=True)
    engine.index()
    token = create_key(engine.store.engine, "screener", label, "bench").token
    return sum(v.entities for v in engine.versions()), token


def serve(home: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    """`tradeguard serve` on loopback, ready, with its log (uvicorn logs every request) kept
    in the home, so that any error a load generator counts can be matched with the server's.
    One key drives each benchmark's whole load, far above the per-key limit: it is off."""
    command = [str(Path(sys.executable).parent / "tradeguard"), "--home", str(home), "serve"]
    command += ["--port", str(port), "--workers", str(workers)]
    env = {**os.environ, "TRADEGUARD_RATE_LIMIT": "0"}
    with (home / "server.log").open("wb") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
    # Each worker builds its own index and answers /readyz for itself: one 200 said only that
    # some worker was ready, and a load started then met another one still building (seconds
    # of stalls in the measurement). Each probe is a new connection, which any worker may
    # accept, so a run of 10 per worker without a 503 means they are all ready.
    wanted, ready = 10 * workers, 0
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and server.poll() is None:
        try:
            ready = ready + 1 if _ready(port) else 0
        except httpx.TransportError:
            ready = 0
        if ready >= wanted:
            return server
        time.sleep(0.5 if ready == 0 else 0.05)
    server.terminate()
    raise SystemExit(f"the server did not become ready; see {home / 'server.log'}")


def _ready(port: int) -> bool:
    return httpx.get(f"http://127.0.0.1:{port}/readyz").status_code == 200


def tree_cpu_seconds(pid: int) -> float:
    """CPU seconds (user + system) used so far by process `pid` and its children (a server's
    workers), read from /proc; 0 for processes that are gone or on systems without /proc."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{pid}/task/{pid}/children")
    pids = [pid] + [int(p) for p in children.read_text().split()] if children.exists() else [pid]
    total = 0.0
    for each in pids:
        try:
            # Fields after the ")" closing the command name: utime and stime are the 12th and 13th.
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total
