"""The whole service path (load, screen over HTTP, four-eyes review, audit verify) on each
database, with the store chosen by TRADEGUARD_DATABASE_URL as a deployment would."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tradeguard.api.app import create_app
from tradeguard.api.settings import Settings
from tradeguard.auth.tokens import create_key
from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path
from tradeguard.store.home import ENV_DATABASE_URL


def test_screen_review_and_verify(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DATABASE_URL, db_url)
    Engine.open(tmp_path).load([bundled_path()])
    app = create_app(Settings(home=tmp_path, warm_on_start=False))
    db = app.state.service.db
    assert db.dialect.name == db_url.split(":")[0].split("+")[0]
    keys = {
        r: create_key(db, r.rstrip("2"), None, "t").token
        for r in ("screener", "reviewer", "reviewer2", "admin")
    }

    def auth(role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {keys[role]}"}

    with TestClient(app) as client:
        body = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Jong Un"]}}}}
        matched = client.post("/match", json=body, headers=auth("screener")).json()
        (alert_id,) = matched["responses"]["q"]["alert_ids"]
        proposal = {"decision": "true_match", "comment": "listed leader"}
        client.post(f"/alerts/{alert_id}/propose", json=proposal, headers=auth("reviewer"))
        refused = client.post(f"/alerts/{alert_id}/confirm", json={}, headers=auth("reviewer"))
        assert refused.status_code == 403
        closed = client.post(f"/alerts/{alert_id}/confirm", json={}, headers=auth("reviewer2"))
        assert closed.json()["status"] == "closed"
        verified = client.get("/audit/verify", headers=auth("admin")).json()
    assert verified["ok"] and verified["records"] == 7  # 4 keys, 1 screening, 2 review steps
