"""The review forms without a browser: outcomes arrive after a redirect, four eyes hold."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tradeguard.store.alerts import AlertStore
from web.client_support import sign_in


def _alert(client: TestClient, tokens: dict[str, str]) -> int:
    csrf = sign_in(client, tokens["screener"])
    page = client.post("/ui/screen/name", data={"name": "Kim Jong Un", "csrf": csrf})
    client.cookies.clear()
    found = re.search(r'href="/ui/alerts/(\d+)"', page.text)
    assert found is not None
    return int(found.group(1))


def test_a_proposal_needs_a_verdict_and_a_comment(
    app: FastAPI, client: TestClient, tokens: dict[str, str]
) -> None:
    alert_id = _alert(client, tokens)
    csrf = sign_in(client, tokens["reviewer"])
    path = f"/ui/alerts/{alert_id}/propose"
    page = client.post(path, data={"decision": "maybe", "comment": "x", "csrf": csrf})
    assert "decision:" in page.text
    page = client.post(path, data={"decision": "true_match", "comment": "", "csrf": csrf})
    assert "comment:" in page.text
    assert AlertStore(app.state.service.db).get(alert_id).status == "open"


def test_four_eyes_and_reject(app: FastAPI, client: TestClient, tokens: dict[str, str]) -> None:
    alert_id = _alert(client, tokens)
    csrf = sign_in(client, tokens["reviewer"])
    base = f"/ui/alerts/{alert_id}"
    client.post(
        f"{base}/propose", data={"decision": "false_positive", "comment": "x", "csrf": csrf}
    )
    own = client.post(f"{base}/reject", data={"csrf": csrf})
    assert "four eyes" in own.text
    client.cookies.clear()
    csrf = sign_in(client, tokens["reviewer2"])
    rejected = client.post(f"{base}/reject", data={"comment": "look again", "csrf": csrf})
    assert "proposal rejected" in rejected.text
    assert AlertStore(app.state.service.db).get(alert_id).status == "open"
    assert client.post(f"{base}/approve", data={"csrf": csrf}).status_code == 404


def test_an_admin_reads_alerts_but_has_no_review_forms(
    client: TestClient, tokens: dict[str, str]
) -> None:
    alert_id = _alert(client, tokens)
    csrf = sign_in(client, tokens["admin"])
    page = client.get(f"/ui/alerts/{alert_id}")
    assert page.status_code == 200 and "Propose" not in page.text
    refused = client.post(
        f"/ui/alerts/{alert_id}/propose",
        data={"decision": "true_match", "comment": "x", "csrf": csrf},
    )
    assert refused.status_code == 403
