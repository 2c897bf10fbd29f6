from __future__ import annotations

from fastapi.testclient import TestClient

from api.api_support import bearer, person_query
from tradeguard.store import audit


def _alert(client: TestClient, tokens: dict[str, str]) -> int:
    response = client.post(
        "/match", json=person_query("Kim Jong Un"), headers=bearer(tokens["screener"])
    )
    (alert_id,) = response.json()["responses"]["q1"]["alert_ids"]
    return int(alert_id)


def test_four_eyes_over_http(client: TestClient, tokens: dict[str, str]) -> None:
    alert_id = _alert(client, tokens)
    listed = client.get("/alerts?status=open", headers=bearer(tokens["reviewer"])).json()
    assert [a["id"] for a in listed["alerts"]] == [alert_id]
    proposal = {"decision": "true_match", "comment": "same name and birth date"}
    proposed = client.post(
        f"/alerts/{alert_id}/propose", json=proposal, headers=bearer(tokens["reviewer"])
    )
    assert proposed.status_code == 200 and proposed.json()["status"] == "proposed"
    own = client.post(f"/alerts/{alert_id}/confirm", json={}, headers=bearer(tokens["reviewer"]))
    assert own.status_code == 403
    assert "different reviewer" in own.json()["detail"]
    confirmed = client.post(
        f"/alerts/{alert_id}/confirm",
        json={"comment": "agreed"},
        headers=bearer(tokens["reviewer2"]),
    )
    assert confirmed.status_code == 200
    assert confirmed.json()["status"] == "closed" and confirmed.json()["decision"] == "true_match"
    again = client.post(f"/alerts/{alert_id}/confirm", json={}, headers=bearer(tokens["reviewer2"]))
    assert again.status_code == 409
    decisions = client.get("/decisions", headers=bearer(tokens["reviewer"])).json()["decisions"]
    assert [d["action"] for d in decisions] == ["propose", "confirm"]
    assert decisions[0]["key_id"] != decisions[1]["key_id"]
    with client.app.state.service.db.connect() as conn:  # type: ignore[attr-defined]
        kinds = [r.kind for r in audit.records(conn)]
    assert kinds[-2:] == ["alert.propose", "alert.confirm"]


def test_proposal_needs_a_known_verdict_and_comment(
    client: TestClient, tokens: dict[str, str]
) -> None:
    alert_id = _alert(client, tokens)
    for body in ({"decision": "maybe", "comment": "x"}, {"decision": "true_match", "comment": ""}):
        response = client.post(
            f"/alerts/{alert_id}/propose", json=body, headers=bearer(tokens["reviewer"])
        )
        assert response.status_code == 422
    missing = client.post(
        "/alerts/999/propose",
        json={"decision": "true_match", "comment": "x"},
        headers=bearer(tokens["reviewer"]),
    )
    assert missing.status_code == 404
