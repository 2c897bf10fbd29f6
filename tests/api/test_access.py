"""Every endpoint x role: no key, screener, reviewer, admin."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.api_support import bearer, person_query

OK = "ok"  # any answer but 401/403: the role got through
CALLERS = ("none", "screener", "reviewer", "admin")

# (method, path, json body, expected per caller)
MATRIX: list[tuple[str, str, object, tuple[object, ...]]] = [
    ("GET", "/healthz", None, (OK, OK, OK, OK)),
    ("GET", "/readyz", None, (OK, OK, OK, OK)),
    ("GET", "/openapi.json", None, (OK, OK, OK, OK)),
    ("GET", "/algorithms", None, (OK, OK, OK, OK)),
    ("POST", "/match", person_query("Kim Jong Un"), (401, OK, OK, OK)),
    ("POST", "/match/default", person_query("Kim Jong Un"), (401, OK, OK, OK)),
    ("POST", "/compare", {"name_a": "Kim Jong Un", "name_b": "KIM Jong Un"}, (401, OK, OK, OK)),
    ("POST", "/screen", {"deal_id": "x"}, (401, OK, OK, OK)),
    ("POST", "/news", {"text": "Kim Jong Un bought a car."}, (401, OK, OK, OK)),
    ("GET", "/entities/tradeguard-sample:kim-jong-un", None, (401, OK, OK, OK)),
    ("GET", "/lists", None, (401, OK, OK, OK)),
    ("POST", "/lists/update", {"sources": ["none-such"]}, (401, 403, 403, OK)),
    ("GET", "/screenings", None, (401, OK, OK, OK)),
    ("GET", "/screenings/1", None, (401, OK, OK, OK)),
    ("GET", "/alerts", None, (401, 403, OK, OK)),
    ("GET", "/alerts/1", None, (401, 403, OK, OK)),
    ("POST", "/alerts/1/propose", {"decision": "true_match", "comment": "c"}, (401, 403, OK, 403)),
    ("POST", "/alerts/1/confirm", {"comment": "c"}, (401, 403, OK, 403)),
    ("POST", "/alerts/1/reject", {"comment": "c"}, (401, 403, OK, 403)),
    ("GET", "/decisions", None, (401, 403, OK, OK)),
    (
        "POST",
        "/counterparties",
        {"counterparties": [{"external_id": "c1", "name": "Ann Lee"}]},
        (401, OK, OK, OK),
    ),
    ("GET", "/counterparties", None, (401, 403, OK, OK)),
    ("POST", "/keys", {"role": "screener"}, (401, 403, 403, OK)),
    ("GET", "/keys", None, (401, 403, 403, OK)),
    ("DELETE", "/keys/k_nonexistent", None, (401, 403, 403, OK)),
    ("GET", "/audit/verify", None, (401, 403, 403, OK)),
]


@pytest.mark.parametrize(
    ("method", "path", "body", "expected"), MATRIX, ids=[f"{m} {p}" for m, p, _, _ in MATRIX]
)
def test_endpoint_by_role(
    client: TestClient,
    tokens: dict[str, str],
    method: str,
    path: str,
    body: object,
    expected: tuple[object, ...],
) -> None:
    # An alert and a screening to act on (screening 1, alert 1).
    seeded = client.post(
        "/match", json=person_query("Kim Jong Un"), headers=bearer(tokens["screener"])
    )
    assert seeded.json()["responses"]["q1"]["alert_ids"] == [1]
    for caller, want in zip(CALLERS, expected, strict=True):
        headers = bearer(tokens[caller]) if caller != "none" else {}
        response = client.request(method, path, json=body, headers=headers)
        if want == OK:
            assert response.status_code not in (401, 403), (caller, response.text)
        else:
            assert response.status_code == want, (caller, response.text)
            assert response.json()["detail"]
