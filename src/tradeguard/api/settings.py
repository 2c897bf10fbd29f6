"""Settings of the HTTP service. Rate limits may also come from the environment, because
`tradeguard serve` builds the app in each worker from its defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from tradeguard.envvars import env_int

# Largest request body accepted: a /match batch of a few hundred queries fits in 1 MiB, and
# the cap keeps one client from tying up memory with a huge upload.
DEFAULT_MAX_BODY = 1024 * 1024
# Queries per /match request; yente clients batch, but each query is a full screening.
MAX_QUERIES = 500

# Requests per second per API key, and how many may come at once. A single client screening
# one name at a time stays far below 50/s (each /match is a full screening), so only a runaway
# script or a flood is slowed; 0 turns the limit off.
ENV_RATE = "TRADEGUARD_RATE_LIMIT"
ENV_BURST = "TRADEGUARD_RATE_BURST"
RATE_PER_SECOND = 50.0
RATE_BURST = 100
# Requests with an unknown key per second per client address. Keys are 32 random bytes, so
# this is less about guessing than about a misconfigured client hammering the key lookup.
ENV_FAILURE_RATE = "TRADEGUARD_AUTH_FAILURE_LIMIT"
ENV_FAILURE_BURST = "TRADEGUARD_AUTH_FAILURE_BURST"
FAILURES_PER_SECOND = 1.0
FAILURE_BURST = 20
# Threads per worker process running sync routes. Screening is CPU-bound under one
# interpreter lock: a few threads overlap its database waits, more only interleave requests.
ENV_THREADS = "TRADEGUARD_THREADS"
THREADS = 4


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        raise ValueError(f"{name}={raw!r}: expected a number of requests per second") from None
    if value < 0:
        raise ValueError(f"{name}={raw!r}: expected 0 (off) or a positive number")
    return value


@dataclass(slots=True, frozen=True)
class Settings:
    home: Path | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    max_queries: int = MAX_QUERIES
    # Build the index in a background thread at startup (readyz says when it is done).
    warm_on_start: bool = True
    rate_per_second: float = field(default_factory=lambda: _env_float(ENV_RATE, RATE_PER_SECOND))
    rate_burst: int = field(default_factory=lambda: env_int(ENV_BURST, RATE_BURST))
    auth_failures_per_second: float = field(
        default_factory=lambda: _env_float(ENV_FAILURE_RATE, FAILURES_PER_SECOND)
    )
    auth_failure_burst: int = field(
        default_factory=lambda: env_int(ENV_FAILURE_BURST, FAILURE_BURST)
    )
    threads: int = field(default_factory=lambda: env_int(ENV_THREADS, THREADS))
