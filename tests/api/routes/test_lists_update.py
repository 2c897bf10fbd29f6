"""POST /lists/update fetches the configured sources from a local HTTP server."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient

from api.api_support import bearer
from tradeguard.lists.sample import bundled_path


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture()
def source(home: Path, tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "www"
    folder.mkdir()
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/sample-list.yaml"
    (home / "sources.toml").write_text(f'[sources.sample]\nformat = "sample"\nurls = ["{url}"]\n')
    yield folder / "sample-list.yaml"
    server.shutdown()
    thread.join(5)


def _without(count: int) -> str:
    data = yaml.safe_load(bundled_path().read_text(encoding="utf-8"))
    data["entities"] = data["entities"][:-count]
    return yaml.safe_dump(data, allow_unicode=True)


def test_admin_updates_and_the_guard_holds(
    client: TestClient, tokens: dict[str, str], source: Path
) -> None:
    source.write_text(_without(2), encoding="utf-8")
    done = client.post("/lists/update", json={}, headers=bearer(tokens["admin"]))
    assert done.status_code == 200, done.text
    (result,) = done.json()["sources"]
    assert result["error"] is None
    assert result["lists"][0]["removed"] == 2 and result["lists"][0]["changed"] == 0

    source.write_text(_without(20), encoding="utf-8")
    refused = client.post(
        "/lists/update", json={"sources": ["sample"]}, headers=bearer(tokens["admin"])
    )
    assert refused.json()["ok"] is False
    assert "--force" in refused.json()["sources"][0]["error"]
    listing = client.get("/lists", headers=bearer(tokens["admin"])).json()
    (sample,) = listing["lists"]
    assert sample["version"] == result["lists"][0]["version"]
    assert "--force" in sample["last_failure"]["error"]

    unknown = client.post(
        "/lists/update", json={"sources": ["nope"]}, headers=bearer(tokens["admin"])
    )
    assert unknown.status_code == 404
    for role in ("screener", "reviewer"):
        denied = client.post("/lists/update", json={}, headers=bearer(tokens[role]))
        assert denied.status_code == 403
