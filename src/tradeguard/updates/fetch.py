"""Download a source's files into a folder, refusing error pages and oversized bodies."""

from __future__ import annotations

from pathlib import Path

import httpx

from tradeguard.store.errors import StoreError
from tradeguard.updates.sources import Source

# The largest official file (OFAC's sdn.csv, the UN XML) is tens of MB; 500 MB means broken.
MAX_BYTES = 500 * 1024 * 1024
TIMEOUT = httpx.Timeout(120.0, connect=15.0)


class FetchError(StoreError):
    status = 502


def fetch(source: Source, folder: Path, client: httpx.Client | None = None) -> list[Path]:
    if not source.downloads:
        raise FetchError(f"source {source.name!r} has no URLs; set them in sources.toml")
    own = client is None
    http = client or httpx.Client(timeout=TIMEOUT, follow_redirects=True)
    try:
        return [_get(http, d.url, folder / d.name) for d in source.downloads]
    finally:
        if own:
            http.close()


def _get(http: httpx.Client, url: str, target: Path) -> Path:
    try:
        with http.stream("GET", url) as response:
            if response.status_code != 200:
                raise FetchError(f"{url}: HTTP {response.status_code}")
            size = 0
            with target.open("wb") as out:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise FetchError(f"{url}: larger than {MAX_BYTES} bytes; refusing")
                    out.write(chunk)
    except httpx.HTTPError as error:
        raise FetchError(f"{url}: {type(error).__name__}: {error}") from error
    return target
