"""A list update swaps the index in the background while the old one keeps answering."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tradeguard.api import state
from tradeguard.api.state import Service
from tradeguard.engine import Engine
from tradeguard.matching.index import NameIndex
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
