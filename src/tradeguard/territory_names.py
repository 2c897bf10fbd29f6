"""rigour's territory-name table, kept on disk per rigour version.

On its first name lookup in a process, rigour builds a table of some 29,000 territory names,
transliterating each to ASCII: 3.3 s, most of it in the non-ASCII Latin names, and every list
load pays it (OFAC alone writes 200 distinct country strings). The table depends on nothing
but the rigour release, so it is built once per machine and version and read back in
milliseconds. Lookups give exactly what `rigour.territories.lookup_territory` gives. The table
comes from a private helper of rigour's: should a release move it, lookups go to
`lookup_territory` itself, as before the cache, rather than fail.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.metadata import version
from pathlib import Path

import rigour.territories.lookup as rigour_lookup
from platformdirs import user_cache_dir
from rigour.territories import lookup_by_identifier, lookup_territory
from rigour.territories.util import normalize_territory_name

from tradeguard.atomic_files import replace_atomically


def territory_code(text: str) -> str | None:
    """The territory code for a code or name, as rigour's non-fuzzy lookup resolves it."""
    names = _names()
    if names is None:
        territory = lookup_territory(text)
        return territory.code if territory is not None else None
    territory = lookup_by_identifier(text)
    if territory is not None:
        return territory.code
    return names.get(normalize_territory_name(text))


def cache_path() -> Path:
    return Path(user_cache_dir("tradeguard")) / f"territory-names-rigour-{version('rigour')}.json"


@cache
def _names() -> dict[str, str] | None:
    """The table, from the cache file or built and written; None if rigour cannot build it."""
    path = cache_path()
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(names, dict):
            return names
    except (OSError, ValueError):
        pass  # absent, unreadable or torn: built again below
    built = _rigour_table()
    if built is not None:
        _write(path, built)
    return built


def _rigour_table() -> dict[str, str] | None:
    build = getattr(rigour_lookup, "_get_territory_names", None)
    if build is None:
        return None
    return {name: territory.code for name, territory in build().items()}


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
