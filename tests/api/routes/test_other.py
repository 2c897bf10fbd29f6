from __future__ import annotations

from fastapi.testclient import TestClient

from api.api_support import bearer


def test_compare(client: TestClient, tokens: dict[str, str]) -> None:
    body = {"name_a": "АвтоВАЗ", "name_b": "JOINT STOCK COMPANY AVTOVAZ", "schema": "Company"}
    response = client.post("/compare", json=body, headers=bearer(tokens["screener"]))
    assert response.status_code == 200
    close = response.json()
    assert close["match"] is True
    far = client.post(
        "/compare",
        json={"name_a": "Ivan Petrov", "name_b": "Acme"},
        headers=bearer(tokens["screener"]),
    )
    assert far.json()["match"] is False and far.json()["score"] < close["score"]


def test_entity_by_our_id_and_ftm_id(client: TestClient, tokens: dict[str, str]) -> None:
    for entity_id in ("tradeguard-sample:kim-jong-un", "tradeguard-sample-kim-jong-un"):
        response = client.get(f"/entities/{entity_id}", headers=bearer(tokens["screener"]))
        assert response.status_code == 200
        payload = response.json()
        assert payload["schema"] == "Person" and payload["properties"]["name"]
        assert payload["tradeguard"]["entry_id"] == "kim-jong-un"
    missing = client.get("/entities/nope", headers=bearer(tokens["screener"]))
    assert missing.status_code == 404


def test_lists_show_versions_and_age(client: TestClient, tokens: dict[str, str]) -> None:
    payload = client.get("/lists", headers=bearer(tokens["screener"])).json()
    (sample,) = payload["lists"]
    assert sample["list_id"] == "tradeguard-sample" and len(sample["content_hash"]) == 64
    assert sample["age_days"] >= 0 and sample["entities"] > 0
    assert payload["last_failure"] is None


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}
    assert client.get("/openapi.json").json()["paths"]["/match"]
