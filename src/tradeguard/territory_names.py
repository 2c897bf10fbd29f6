"""rigour's territory-name table, kept on disk per rigour version.

On its first name lookup in a process, rigour builds a table of some 29,000 territory names,
transliterating each to ASCII: 3.3 s, most of it in the non-ASCII Latin names, and every list
load pays it (OFAC alone writes 200 distinct country strings). The table depends on nothing
but the rigour release, so it is built once per machine and version and read back in
milliseconds. Lookups give exactly what `rigour.territories.lookup_territory` gives.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.metadata import version
from pathlib import Path

from platformdirs import user_cache_dir
from rigour.territories import lookup_by_identifier
from rigour.territories.lookup import _get_territory_names
from rigour.territories.util import normalize_territory_name

from tradeguard.atomic_files import replace_atomically


def territory_code(text: str) -> str | None:
    """The territory code for a code or name, as rigour's non-fuzzy lookup resolves it."""
    territory = lookup_by_identifier(text)
    if territory is not None:
        return territory.code
    return _names().get(normalize_territory_name(text))


def cache_path() -> Path:
    return Path(user_cache_dir("tradeguard")) / f"territory-names-rigour-{version('rigour')}.json"


@cache
def _names() -> dict[str, str]:
    path = cache_path()
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(names, dict):
            return names
    except (OSError, ValueError):
        pass  # absent, unreadable or torn: built again below
    names = {name: territory.code for name, territory in _get_territory_names().items()}
    _write(path, names)
    return names


def _write(path: Path, names: dict[str, str]) -> None:
    """Best effort: a read-only cache folder only means the next process builds it again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(
            path,
            lambda tmp: Path(tmp).write_text(json.dumps(names, ensure_ascii=False), "utf-8"),
            prefix=".territory-names-",
        )
    except OSError:
        return
