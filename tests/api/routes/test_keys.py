from __future__ import annotations

from fastapi.testclient import TestClient

from api.api_support import bearer, person_query


def test_admin_makes_and_revokes_keys(client: TestClient, tokens: dict[str, str]) -> None:
    made = client.post(
        "/keys", json={"role": "screener", "label": "batch job"}, headers=bearer(tokens["admin"])
    )
    assert made.status_code == 201
    new = made.json()
    assert (
        client.post("/match", json=person_query("Kim"), headers=bearer(new["key"])).status_code
        == 200
    )
    listed = client.get("/keys", headers=bearer(tokens["admin"])).json()["keys"]
    assert new["key"] not in str(listed) and new["id"] in str(listed)
    assert client.delete(f"/keys/{new['id']}", headers=bearer(tokens["admin"])).status_code == 200
    assert (
        client.post("/match", json=person_query("Kim"), headers=bearer(new["key"])).status_code
        == 401
    )
    bad = client.post("/keys", json={"role": "root"}, headers=bearer(tokens["admin"]))
    assert bad.status_code == 422


def test_audit_verify_endpoint(client: TestClient, tokens: dict[str, str]) -> None:
    payload = client.get("/audit/verify", headers=bearer(tokens["admin"])).json()
    assert payload["ok"] is True and payload["records"] >= 4  # the four keys made by fixtures
