"""The service's shared state: the engine, whether the index is ready, and entity lookup."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from tradeguard import heap
from tradeguard.engine import Engine
from tradeguard.ftm import ftm_id, to_ftm
from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Matcher
from tradeguard.matching.query import make_query
from tradeguard.model import Entity
from tradeguard.store.database import checkpoint_in_background
from tradeguard.store.hashing import entity_hash
from tradeguard.store.snapshots import ListVersion

log = logging.getLogger(__name__)

# Seconds between checks for a new list version (by this or another process). Checking on
# every request costs two queries; a list update may take this long to start serving.
REFRESH_SECONDS = 2.0
# Screened once by each new index before it serves. A process's first screening loads the
# compiled scoring kernels and fills lazy caches (0.6 s idle, seconds on a busy machine): paid
# here, readiness means the first client is not the one who waits.
WARM_UP_NAME = "Kim Jong Un"


class Service:
    def __init__(self, engine: Engine, max_queries: int) -> None:
        self.engine = engine
        self.max_queries = max_queries
        self.db = engine.store.engine
        # WAL checkpoints off the request path (SQLite only): see store/database.py.
        checkpoint_in_background(self.db)
        self._lock = threading.Lock()
        self._by_id: dict[str, Entity] = {}
        self._indexed: NameIndex | None = None
        self._versions: list[ListVersion] = []
        self._checked = 0.0
        self._building = False
        # Per-entity renderings, valid as long as the index (entities are immutable in it).
        self._ftm: dict[str, dict[str, Any]] = {}
        self._hashes: dict[str, str] = {}
        self.error: str | None = None

    def index(self) -> NameIndex:
        """The index for the active list versions.

        The first call builds it. Later, when a new list version appears, the current index
        keeps answering while the new one is built in the background and then swapped in, so
        a list update never stalls screening.
        """
        with self._lock:
            if self._indexed is None:
                with heap.collector_paused():  # see heap.py
                    self._swap(*self._build())
                    heap.settle()
            elif time.monotonic() - self._checked >= REFRESH_SECONDS and not self._building:
                self._checked = time.monotonic()
                if _hashes(self.engine.versions()) != _hashes(self._versions):
                    self._building = True
                    threading.Thread(
                        target=self._rebuild, name="tradeguard-reindex", daemon=True
                    ).start()
            assert self._indexed is not None
            return self._indexed

    def _build(self) -> tuple[NameIndex, list[ListVersion]]:
        versions = self.engine.versions()
        index = self.engine.index()
        _warm_up(index)
        return index, versions

    def _rebuild(self) -> None:
        try:
            # Paused until the new index is frozen: re-enabled earlier, the collector's next
            # pass would walk the whole new index (heap.py).
            with heap.collector_paused():
                index, versions = self._build()
                with self._lock:
                    self._swap(index, versions)
                heap.settle()  # the old index is gone: collect once, freeze the new one
        except Exception as error:  # the old index keeps serving; readiness reports why
            self.error = str(error)
            log.warning("index not rebuilt: %s", type(error).__name__)
        finally:
            self._building = False

    def _swap(self, index: NameIndex, versions: list[ListVersion]) -> None:
        self._by_id = {e.id: e for e in index.entities}
        self._by_id.update({ftm_id(e.id): e for e in index.entities})
        self._ftm, self._hashes = {}, {}
        self._versions, self._indexed = versions, index
        self._checked = time.monotonic()

    def versions(self) -> list[ListVersion]:
        """The active versions the current index was built from."""
        self.index()
        return self._versions

    def version_refs(self) -> list[dict[str, Any]]:
        """The list versions behind an answer, as the audit log records them."""
        return [
            {"list_id": v.list_id, "version_id": v.id, "content_hash": v.content_hash}
            for v in self.versions()
        ]

    def ftm(self, entity: Entity) -> dict[str, Any]:
        found = self._ftm.get(entity.id)
        if found is None:
            found = self._ftm[entity.id] = to_ftm(entity)
        return found

    def digest(self, entity: Entity) -> str:
        found = self._hashes.get(entity.id)
        if found is None:
            found = self._hashes[entity.id] = entity_hash(entity)
        return found

    def warm(self) -> None:
        try:
            self.index()
            self.error = None
        except Exception as error:  # readiness reports it; the process keeps serving /healthz
            self.error = str(error)
            log.warning("index not built: %s", type(error).__name__)

    @property
    def ready(self) -> bool:
        return self._indexed is not None

    def entity(self, entity_id: str) -> Entity | None:
        self.index()
        return self._by_id.get(entity_id)


def _warm_up(index: NameIndex) -> None:
    try:
        query = make_query(WARM_UP_NAME, schema="Person", birth_date="1984", country="kp")
        Matcher(index).match(query, top=1)
    except Exception as error:  # a failed warm-up only leaves the cost to the first request
        log.warning("matcher warm-up failed: %s", type(error).__name__)


def _hashes(versions: list[ListVersion]) -> list[str]:
    return [v.content_hash for v in versions]
