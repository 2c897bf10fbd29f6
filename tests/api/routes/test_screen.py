from __future__ import annotations

import yaml
from fastapi.testclient import TestClient

from api.api_support import bearer
from tradeguard.lists.sample import bundled_path


def _running_example() -> dict[str, object]:
    path = bundled_path().parent / "running-example.yaml"
    deal: dict[str, object] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return deal


def test_running_example_is_blocked_and_recorded(
    client: TestClient, tokens: dict[str, str]
) -> None:
    response = client.post("/screen", json=_running_example(), headers=bearer(tokens["screener"]))
    assert response.status_code == 200, response.text
    payload = response.json()
    assert payload["decision"] == "BLOCKED"
    recorded = client.get(
        f"/screenings/{payload['screening_id']}", headers=bearer(tokens["screener"])
    )
    assert recorded.json()["kind"] == "deal" and recorded.json()["decision"] == "BLOCKED"


def test_bad_deal_names_the_field(client: TestClient, tokens: dict[str, str]) -> None:
    deal = _running_example()
    deal["goods"] = [{"description": "car"}]
    response = client.post("/screen", json=deal, headers=bearer(tokens["screener"]))
    assert response.status_code == 400
    assert "goods" in response.json()["detail"]
    assert client.post("/screen", json=deal).status_code == 401
