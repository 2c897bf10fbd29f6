"""A list update swaps the index in the background while the old one keeps answering."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest

from tradeguard.api import state
from tradeguard.api.state import Service
from tradeguard.engine import Engine
from tradeguard.matching.index import NameIndex
from tradeguard.matching.matcher import Match, Matcher
from tradeguard.matching.query import Query
from tradeguard.updates.apply import apply_parsed

from factories import list_data, person


def test_old_index_serves_while_the_new_one_builds(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(state, "REFRESH_SECONDS", 0.0)
    engine = Engine.open(home)
    service = Service(engine, max_queries=10)
    old = service.index()
    apply_parsed(
        engine,
        [("sample", list_data([person("Ivan Petrov", list_id="extra")], "extra", "e1"))],
        False,
    )

    release = threading.Event()
    build = engine.index

    def slow_build() -> NameIndex:
        release.wait(10)
        return build()

    monkeypatch.setattr(engine, "index", slow_build)
    assert service.index() is old  # starts the rebuild, answers at once
    assert service.index() is old
    release.set()
    deadline = time.monotonic() + 30
    while service.index() is old:
        assert time.monotonic() < deadline, "the new index was never swapped in"
        time.sleep(0.05)
    assert {v.list_id for v in service.versions()} == {"tradeguard-sample", "extra"}
    assert service.entity("extra:ivan-petrov") is not None


def test_a_served_index_is_out_of_the_collectors_reach(home: Path) -> None:
    # A full collection walked the whole index for 1-2 s with every request stalled; frozen,
    # its objects are no longer in any generation the collector walks.
    service = Service(Engine.open(home), max_queries=10)
    service.warm()
    index = service.index()
    walked = {id(o) for o in gc.get_objects()}
    assert id(index) not in walked and id(index.entities) not in walked
    assert gc.isenabled()


def test_the_collector_is_paused_while_an_index_builds(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = Engine.open(home)
    build = engine.index
    enabled: list[bool] = []

    def watched_build() -> NameIndex:
        enabled.append(gc.isenabled())
        return build()

    monkeypatch.setattr(engine, "index", watched_build)
    Service(engine, max_queries=10).warm()
    assert enabled == [False] and gc.isenabled()


def test_readiness_waits_for_one_screening_of_the_new_index(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    screened: list[tuple[str, bool]] = []
    real = Matcher.match
    service = Service(Engine.open(home), max_queries=10)

    def watched(
        self: Matcher, query: Query, top: int = 10, threshold: float | None = None
    ) -> list[Match]:
        screened.append((query.name, service.ready))
        return real(self, query, top=top, threshold=threshold)

    monkeypatch.setattr(Matcher, "match", watched)
    service.warm()
    # The process's first screening (kernels loaded, caches filled) is paid before readiness.
    assert screened == [(state.WARM_UP_NAME, False)] and service.ready
