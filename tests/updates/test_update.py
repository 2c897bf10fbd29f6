"""`lists update` against a local HTTP server serving the real list files and broken copies."""

from __future__ import annotations

import csv
import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tradeguard.api.app import create_app
from tradeguard.api.settings import Settings
from tradeguard.auth.tokens import create_key
from tradeguard.engine import Engine
from tradeguard.updates.sources import load_sources
from tradeguard.updates.update import update_sources


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture()
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "www"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(5)


@pytest.fixture()
def engine(tmp_path: Path, served: tuple[Path, str]) -> Engine:
    home = tmp_path / "home"
    home.mkdir()
    _, base = served
    (home / "sources.toml").write_text(
        f'[sources.un]\nformat = "un"\nlist_id = "un-sc"\nurls = ["{base}/un.xml"]\n\n'
        f'[sources.uk]\nformat = "uk"\nlist_id = "uk-ofsi"\nurls = ["{base}/ConList.csv"]\n\n'
        f'[sources.gone]\nformat = "un"\nlist_id = "un-sc"\nurls = ["{base}/missing.xml"]\n'
    )
    return Engine.open(home)


def _serve_real(folder: Path, shared_data: Path) -> None:
    (folder / "un.xml").write_bytes((shared_data / "un/consolidated-2026-02-27.xml").read_bytes())
    (folder / "ConList.csv").write_bytes((shared_data / "uk/conlist-2025-04-10.csv").read_bytes())


def _serve_broken(folder: Path) -> None:
    un = folder / "un.xml"
    un.write_bytes(un.read_bytes()[: un.stat().st_size // 2])  # a cut-off download
    uk = folder / "ConList.csv"
    with uk.open(newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    with uk.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows[: len(rows) // 2])  # half the rows: a partial file


def _sources(engine: Engine, *names: str) -> list[Any]:
    sources = load_sources(engine.home)
    return [sources[n] for n in names]


def test_update_then_refuse_broken_and_shrunken_files(
    engine: Engine, served: tuple[Path, str], shared_data: Path
) -> None:
    folder, _ = served
    _serve_real(folder, shared_data)
    first = update_sources(engine, _sources(engine, "un", "uk"))
    assert first.ok
    before = {v.list_id: v for v in engine.versions()}
    assert set(before) == {"un-sc", "uk-ofsi"}
    assert before["un-sc"].added == before["un-sc"].entities > 900
    assert before["un-sc"].removed == 0

    _serve_broken(folder)
    second = update_sources(engine, _sources(engine, "un", "uk", "gone"))
    errors = {r.source: r.error for r in second.results}
    assert not second.ok
    assert errors["uk"] and "--force" in errors["uk"]
    assert errors["un"] and errors["gone"] and "HTTP 404" in errors["gone"]
    after = {v.list_id: v for v in engine.versions()}
    assert {k: v.id for k, v in after.items()} == {k: v.id for k, v in before.items()}
    failed = {f.list_id for f in engine.store.failures()}
    assert {"un-sc", "uk-ofsi"} <= failed

    # /lists shows each list's age and its failed update.
    app = create_app(Settings(home=engine.home, warm_on_start=False))
    token = create_key(app.state.service.db, "screener", None, "test").token
    with TestClient(app) as client:
        listing = client.get("/lists", headers={"Authorization": f"Bearer {token}"}).json()
    by_id = {item["list_id"]: item for item in listing["lists"]}
    assert "--force" in by_id["uk-ofsi"]["last_failure"]["error"]
    assert by_id["un-sc"]["last_failure"] is not None and by_id["un-sc"]["age_days"] > 0

    forced = update_sources(engine, _sources(engine, "uk"), force=True)
    assert forced.ok
    (applied,) = forced.results[0].applied
    assert applied.diff.counts.removed > before["uk-ofsi"].entities * 0.2
