"""/match throughput and p99 latency on loopback, with every list in ../shared/data loaded.

Starts `tradeguard serve` (as deployed) on a free loopback port, warms it up (`--warmup`
seconds of the same load, not counted: each worker's first queries load compiled kernels and
caches), then loads it with wrk when installed (apt-get install -y wrk), else with a bounded
asyncio httpx loop. Prints one markdown table row, with the server's CPU seconds per request
(all its processes, user + system): on a machine shared with other work that figure, unlike
requests/s, hardly moves. Not run by CI. Every request is a full screening: matched, recorded
and appended to the audit log.

    .venv/bin/python bench/api_throughput.py --home /tmp/tg-bench --seconds 20 --connections 16
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from common import free_port, prepare_home, serve, tree_cpu_seconds

NAMES = ["Kim Jong Un", "Vladimir Putin", "LLC Aurus", "Ivan Petrov", "Rostec", "Ali Hassan"]
BODY = {
    "queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}}},
}


def _wrk(url: str, token: str, seconds: int, connections: int) -> tuple[float, float, int]:
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    script.write_text(
        'wrk.method = "POST"\n'
        f"wrk.body = {json.dumps(json.dumps(BODY))}\n"
        'wrk.headers["Content-Type"] = "application/json"\n'
        f'wrk.headers["Authorization"] = "Bearer {token}"\n'
    )
    out = subprocess.run(
        [
            "wrk",
            f"-t{min(4, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(next(line for line in out.splitlines() if "Requests/sec" in line).split()[-1])
    p99 = next(line for line in out.splitlines() if line.strip().startswith("99%")).split()[-1]
    done = int(next(line for line in out.splitlines() if "requests in" in line).split()[0])
    return rps, _ms(p99), done


def _ms(text: str) -> float:
    for unit, factor in (("ms", 1.0), ("us", 0.001), ("s", 1000.0)):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * factor
    return float(text)


async def _httpx_loop(
    url: str, token: str, seconds: int, connections: int
) -> tuple[float, float, int]:
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    headers = {"Authorization": f"Bearer {token}"}

    async def worker(client: httpx.AsyncClient, n: int) -> None:
        i = n
        while time.perf_counter() < deadline:
            body = {
                "queries": {
                    "q": {"schema": "Person", "properties": {"name": [NAMES[i % len(NAMES)]]}}
                }
            }
            started = time.perf_counter()
            response = await client.post(url, json=body, headers=headers)
            response.raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
            i += 1

    limits = httpx.Limits(max_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client, n) for n in range(connections)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    return len(latencies) / elapsed, latencies[int(len(latencies) * 0.99) - 1], len(latencies)


def _load(url: str, token: str, seconds: int, connections: int) -> tuple[float, float, int]:
    if shutil.which("wrk"):
        return _wrk(url, token, seconds, connections)
    return asyncio.run(_httpx_loop(url, token, seconds, connections))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", type=Path, default=Path(tempfile.gettempdir()) / "tg-bench")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--warmup", type=int, default=5, help="seconds of load not counted")
    args = parser.parse_args()
    entities, token = prepare_home(args.home, "bench")
    port = free_port()
    server = serve(args.home, port, args.workers)
    url = f"http://127.0.0.1:{port}/match"
    tool = "wrk" if shutil.which("wrk") else "httpx"
    if args.warmup:
        _load(url, token, args.warmup, args.connections)
    cpu_before = tree_cpu_seconds(server.pid)
    rps, p99, done = _load(url, token, args.seconds, args.connections)
    cpu_ms = (tree_cpu_seconds(server.pid) - cpu_before) * 1000 / max(done, 1)
    server.terminate()
    server.wait(30)
    load = os.getloadavg()[0]
    header = (
        "| entities | tool | workers | connections | seconds | requests/s | p99 (ms) "
        "| server CPU ms/request | load avg (1 min) |"
    )
    print(header + "\n|---|---|---|---|---|---|---|---|---|", file=sys.stderr)
    print(
        f"| {entities} | {tool} | {args.workers} | {args.connections} | {args.seconds} "
        f"| {rps:.1f} | {p99:.1f} | {cpu_ms:.2f} | {load:.2f} |"
    )


if __name__ == "__main__":
    main()
