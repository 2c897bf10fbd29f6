"""The library's front door: load lists into the store, and screen names against what is loaded.

>>> from tradeguard.engine import Engine
>>> engine = Engine.open()                       # TRADEGUARD_HOME or the user data folder
>>> engine.load([Path("sdn.csv"), Path("alt.csv")])
>>> engine.match(make_query("Kim Jong-un"))
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from tradeguard.heap import collector_paused
from tradeguard.lists.base import ListData, ListFormatError
from tradeguard.lists.csvutil import allowing_cut_last_row
from tradeguard.lists.registry import group, loader
from tradeguard.matching.cache import cache_key, load_or_build
from tradeguard.matching.compare import PairScore, compare_names
from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Match, Matcher
from tradeguard.matching.query import Query
from tradeguard.store.home import resolve_home
from tradeguard.store.snapshots import ListVersion, SnapshotStore, StoreResult


class NoListsLoaded(RuntimeError):
    def __init__(self, home: Path) -> None:
        super().__init__(
            f"no lists are loaded in {home}; run `tradeguard lists load PATH...` "
            "or `tradeguard lists load --sample` first"
        )


@dataclass(slots=True, frozen=True)
class Loaded:
    data: ListData
    fmt: str
    result: StoreResult


class Engine:
    def __init__(self, home: Path, store: SnapshotStore) -> None:
        self.home = home
        self.store = store
        self._index: NameIndex | None = None
        self._index_key: str | None = None

    @classmethod
    def open(cls, home: str | Path | None = None) -> Engine:
        resolved = resolve_home(home)
        return cls(resolved, SnapshotStore.at_home(resolved))

    def load(
        self, paths: Sequence[Path], fmt: str = "auto", allow_truncated: bool = False
    ) -> list[Loaded]:
        """Parse every file first; store only if all parse, so one broken file changes nothing."""
        parsed = self.parse(paths, fmt, allow_truncated)
        loaded = [Loaded(data, chosen, self.store.store(data, chosen)) for chosen, data in parsed]
        self._index = None
        return loaded

    def parse(
        self,
        paths: Sequence[Path],
        fmt: str = "auto",
        allow_truncated: bool = False,
        list_id: str | None = None,
    ) -> list[tuple[str, ListData]]:
        """Parse every file, storing nothing; a broken one is recorded as a failure and re-raised.

        `allow_truncated` loads a delimited file cut inside its last row without that row,
        and says so in the load report.
        """
        guard: AbstractContextManager[list[tuple[str, str]]] = (
            allowing_cut_last_row() if allow_truncated else nullcontext([])
        )
        try:
            with guard as dropped, collector_paused():
                parsed = [
                    (chosen, loader(chosen).load(files)) for chosen, files in group(paths, fmt)
                ]
        except (ListFormatError, ValueError) as error:
            self.store.record_failure([str(p) for p in paths], str(error), list_id)
            raise
        for _, data in parsed:
            for path, line in dropped:
                if path in data.report.files:
                    data.report.skip(f"{path}, {line}", "row cut off at the end of the file")
        return parsed

    def versions(self) -> list[ListVersion]:
        return self.store.versions(active_only=True)

    def index(self) -> NameIndex:
        versions = self.versions()
        if not versions:
            raise NoListsLoaded(self.home)
        key = cache_key([v.content_hash for v in versions])
        if self._index is None or self._index_key != key:
            ids = [v.id for v in versions]
            self._index = load_or_build(
                self.home / "cache",
                key,
                lambda: NameIndex(list(self.store.entities(ids))),
            )
            self._index_key = key
        return self._index

    def matcher(self) -> Matcher:
        return Matcher(self.index())

    def match(self, query: Query, top: int = 10, threshold: float | None = None) -> list[Match]:
        return self.matcher().match(query, top=top, threshold=threshold)

    def compare(self, name_a: str, name_b: str, schema: str | None = None) -> PairScore:
        index = self.index() if self.versions() else None
        return compare_names(name_a, name_b, schema, index)
