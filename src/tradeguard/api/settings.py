"""Settings of the HTTP service."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Largest request body accepted: a /match batch of a few hundred queries fits in 1 MiB, and
# the cap keeps one client from tying up memory with a huge upload.
DEFAULT_MAX_BODY = 1024 * 1024
# Queries per /match request; yente clients batch, but each query is a full screening.
MAX_QUERIES = 500


@dataclass(slots=True, frozen=True)
class Settings:
    home: Path | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY
    max_queries: int = MAX_QUERIES
    # Build the index in a background thread at startup (readyz says when it is done).
    warm_on_start: bool = True
