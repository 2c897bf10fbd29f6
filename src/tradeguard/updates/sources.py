"""Where official list files come from: `sources.toml` in the home folder, else the defaults.

    [sources.un]
    format = "un"
    list_id = "un-sc"
    urls = ["https://scsanctions.un.org/resources/xml/en/consolidated.xml"]

A URL may be a table `{url = "...", name = "sdn.csv"}` when the file name the loader needs
(OFAC's trio is told apart by name) is not the URL's last path segment.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from tradeguard.store.errors import StoreError

CONFIG_NAME = "sources.toml"

_OFAC = "https://www.treasury.gov/ofac/downloads"
DEFAULTS: dict[str, dict[str, Any]] = {
    "ofac": {
        "format": "ofac",
        "list_id": "ofac-sdn",
        "urls": [f"{_OFAC}/{n}" for n in ("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv")],
    },
    "un": {
        "format": "un",
        "list_id": "un-sc",
        "urls": ["https://scsanctions.un.org/resources/xml/en/consolidated.xml"],
    },
    "uk": {
        "format": "uk",
        "list_id": "uk-ofsi",
        "urls": ["https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv"],
    },
    "csl": {
        "format": "csl",
        "list_id": "us-csl",
        "urls": ["https://data.trade.gov/downloaded_files/consolidated.csv"],
    },
    # The EU serves its file only with a personal token from the Financial Sanctions Files
    # site; put yours in sources.toml to enable it.
    "eu": {
        "format": "eu",
        "list_id": "eu-fsf",
        "urls": [],
    },
}


class SourceConfigError(StoreError):
    pass


@dataclass(slots=True, frozen=True)
class Download:
    url: str
    name: str


@dataclass(slots=True, frozen=True)
class Source:
    name: str
    format: str
    list_id: str | None
    downloads: tuple[Download, ...]


def load_sources(home: Path, config: Path | None = None) -> dict[str, Source]:
    path = config or home / CONFIG_NAME
    raw: dict[str, Any] = DEFAULTS
    if path.exists():
        try:
            raw = tomllib.loads(path.read_text("utf-8")).get("sources", {})
        except tomllib.TOMLDecodeError as error:
            raise SourceConfigError(f"{path}: {error}") from error
    elif config is not None:
        raise SourceConfigError(f"{path}: no such sources file")
    return {name: _source(name, spec, path) for name, spec in raw.items()}


def _source(name: str, spec: dict[str, Any], path: Path) -> Source:
    if "format" not in spec:
        raise SourceConfigError(f'{path}: [sources.{name}] needs format = "..."')
    downloads = tuple(_download(item, name, path) for item in spec.get("urls", []))
    return Source(name, str(spec["format"]), spec.get("list_id"), downloads)


def _download(item: Any, source: str, path: Path) -> Download:
    if isinstance(item, str):
        item = {"url": item}
    if not isinstance(item, dict) or "url" not in item:
        raise SourceConfigError(f"{path}: [sources.{source}] urls holds strings or {{url=...}}")
    url = str(item["url"])
    name = str(item.get("name") or Path(urlparse(url).path).name or f"{source}.dat")
    return Download(url, name)
