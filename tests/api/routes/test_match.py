from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

from api.api_support import bearer, person_query
from tradeguard.store import audit


def _post(client: TestClient, token: str, body: object, **params: object) -> dict:  # type: ignore[type-arg]
    response = client.post("/match", json=body, params=params, headers=bearer(token))
    assert response.status_code == 200, response.text
    return response.json()


def test_yente_response_shape(client: TestClient, tokens: dict[str, str]) -> None:
    body = person_query("Ким Чен Ын", birthDate=["1984-01-08"], nationality=["kp"])
    payload = _post(client, tokens["screener"], body)
    assert payload["limit"] == 5
    response = payload["responses"]["q1"]
    assert response["status"] == 200
    assert response["total"] == {"value": len(response["results"]), "relation": "eq"}
    assert response["query"]["properties"]["name"] == ["Ким Чен Ын"]
    top = response["results"][0]
    assert top["id"] == "tradeguard-sample-kim-jong-un"
    assert top["schema"] == "Person" and top["datasets"] == ["tradeguard-sample"]
    assert top["match"] is True and top["score"] >= 0.8
    assert "name" in top["properties"] and top["caption"]
    assert set(top["features"]) == set(top["explanations"])
    assert top["tradeguard"]["algorithm"] and top["tradeguard"]["version"]


def test_threshold_limit_and_cutoff(client: TestClient, tokens: dict[str, str]) -> None:
    body = person_query("Kim Jong Un")
    strict = _post(client, tokens["screener"], body, threshold=1.0, cutoff=0.0, limit=2)
    results = strict["responses"]["q1"]["results"]
    assert strict["limit"] == 2 and 1 <= len(results) <= 2
    assert all(not r["match"] for r in results if r["score"] < 1.0)
    nothing = _post(client, tokens["screener"], person_query("Zzyzx Qwerty"))
    assert nothing["responses"]["q1"]["results"] == []


def test_several_queries_and_dataset_filter(client: TestClient, tokens: dict[str, str]) -> None:
    body = {
        "queries": {
            "a": {"schema": "Person", "properties": {"name": ["Vladimir Putin"]}},
            "b": {"schema": "Company", "properties": {"name": ["LLC Aurus"]}},
        }
    }
    response = client.post(
        "/match/tradeguard-sample", json=body, headers=bearer(tokens["screener"])
    )
    responses = response.json()["responses"]
    assert "PUTIN" in responses["a"]["results"][0]["caption"]
    assert "Aurus" in responses["b"]["results"][0]["caption"]
    missing = client.post("/match/no-such-list", json=body, headers=bearer(tokens["screener"]))
    assert missing.status_code == 404 and "GET /lists" in missing.json()["detail"]


@pytest.mark.parametrize(
    ("body", "params", "field"),
    [
        (person_query("Kim", birthDate=["08/01/1984"]), {}, "birth_date"),
        (person_query("Kim", nationality=["Atlantis"]), {}, "nationality"),
        ({"queries": {"q": {"schema": "Person", "properties": {}}}}, {}, "properties.name"),
        (person_query("Kim"), {"algorithm": "logic-v9"}, "algorithm"),
    ],
)
def test_bad_input_names_the_field(
    client: TestClient,
    tokens: dict[str, str],
    body: object,
    params: dict,
    field: str,  # type: ignore[type-arg]
) -> None:
    response = client.post("/match", json=body, params=params, headers=bearer(tokens["screener"]))
    assert response.status_code == 400
    assert field in response.json()["detail"]


def test_each_query_is_an_audited_screening(client: TestClient, tokens: dict[str, str]) -> None:
    payload = _post(client, tokens["screener"], person_query("Kim Jong Un"), threshold=0.8)
    screening_id = payload["responses"]["q1"]["screening_id"]
    got = client.get(f"/screenings/{screening_id}", headers=bearer(tokens["screener"]))
    assert got.status_code == 200
    assert got.json()["decision"] == "alert" and got.json()["threshold"] == 0.8
    other = client.get(f"/screenings/{screening_id}", headers=bearer(tokens["admin"]))
    assert other.status_code == 200
    _post(client, tokens["reviewer"], person_query("Ivan Petrov"))
    own = client.get("/screenings", headers=bearer(tokens["screener"])).json()["screenings"]
    every = client.get("/screenings", headers=bearer(tokens["reviewer"])).json()["screenings"]
    assert [s["id"] for s in own] == [screening_id]
    assert len(every) == 2 and every[0]["id"] > screening_id
    db = client.app.state.service.db  # type: ignore[attr-defined]
    with db.connect() as conn:
        records = [r for r in audit.records(conn) if r.kind == "screening.match"]
        assert audit.verify(conn).ok
    screener_key = records[0].actor
    assert screener_key and screener_key.startswith("k_")
    assert tokens["screener"] not in records[0].payload
    logged = records[0].to_dict()["payload"]
    assert logged["versions"][0]["list_id"] == "tradeguard-sample"
    assert logged["versions"][0]["content_hash"]
    assert logged["results"][0]["entity_id"] == "tradeguard-sample:kim-jong-un"


def test_screened_names_stay_out_of_logs(
    client: TestClient, tokens: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    name = "Zebulon Quixotic-Marchetti"
    _post(client, tokens["screener"], person_query(name))
    client.post(
        "/match", json=person_query(name, birthDate=["bad"]), headers=bearer(tokens["screener"])
    )
    client.post(
        "/compare", json={"name_a": name, "name_b": "Kim"}, headers=bearer(tokens["screener"])
    )
    assert caplog.records, "expected the service to log something"
    assert "Zebulon" not in caplog.text and "Marchetti" not in caplog.text


def test_algorithms_lists_ours(client: TestClient) -> None:
    payload = client.get("/algorithms").json()
    assert payload["default"] == payload["best"] == payload["algorithms"][0]["name"]
    assert "threshold" in payload["algorithms"][0]["docs"]
