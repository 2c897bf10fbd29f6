"""Where tradeguard keeps its store: --home, then TRADEGUARD_HOME, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_HOME = "TRADEGUARD_HOME"
# A shared deployment points every process at one PostgreSQL database with this, e.g.
# postgresql+psycopg://tradeguard:secret@db/tradeguard; the home folder still holds the cache.
ENV_DATABASE_URL = "TRADEGUARD_DATABASE_URL"


def resolve_home(explicit: str | Path | None = None) -> Path:
    if explicit:
        home = Path(explicit)
    elif os.environ.get(ENV_HOME):
        home = Path(os.environ[ENV_HOME])
    else:
        home = Path(user_data_dir("tradeguard"))
    home = home.expanduser().resolve()
    home.mkdir(parents=True, exist_ok=True)
    return home


def database_url(home: Path) -> str:
    return os.environ.get(ENV_DATABASE_URL) or f"sqlite:///{home / 'tradeguard.sqlite'}"
