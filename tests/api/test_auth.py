from __future__ import annotations

import subprocess
import sys

from fastapi.testclient import TestClient

from api.api_support import person_query
from tradeguard.store.keys import KeyStore


def _match(client: TestClient, header: str | None) -> int:
    headers = {"Authorization": header} if header is not None else {}
    return client.post("/match", json=person_query("Kim Jong Un"), headers=headers).status_code


def test_bearer_and_apikey_schemes_are_accepted(client: TestClient, tokens: dict[str, str]) -> None:
    assert _match(client, f"Bearer {tokens['screener']}") == 200
    assert _match(client, f"ApiKey {tokens['screener']}") == 200


def test_missing_malformed_and_unknown_keys_are_401(
    client: TestClient, tokens: dict[str, str]
) -> None:
    assert _match(client, None) == 401
    assert _match(client, tokens["screener"]) == 401  # no scheme
    assert _match(client, "Basic abc") == 401
    assert _match(client, "Bearer tg_not-a-real-key") == 401
    response = client.post("/match", json=person_query("x"))
    assert "Authorization: Bearer" in response.json()["detail"]


def test_revoked_key_is_401(client: TestClient, tokens: dict[str, str]) -> None:
    db = client.app.state.service.db  # type: ignore[attr-defined]
    store = KeyStore(db)
    screener = next(k for k in store.all() if k.role == "screener")
    store.revoke(screener.id, "test")
    assert _match(client, f"Bearer {tokens['screener']}") == 401


def test_a_keyless_request_is_401_before_its_body_is_read(client: TestClient) -> None:
    for body in (b"{not json", b"\xff\xfe\x00"):
        response = client.post("/match", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 401, response.text
        assert response.headers["www-authenticate"] == "Bearer"


def test_probes_and_web_pages_need_no_key_header(client: TestClient) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/ui/login").status_code == 200


# As `tradeguard keys revoke`, or a second uvicorn worker, would: another process.
_REVOKE = """
import sys
from tradeguard.store.database import open_database
from tradeguard.store.keys import KeyStore
KeyStore(open_database(sys.argv[1])).revoke(sys.argv[2], "other process")
"""


def test_a_key_in_use_revoked_by_another_process_is_401_on_the_next_request(
    client: TestClient, tokens: dict[str, str]
) -> None:
    db = client.app.state.service.db  # type: ignore[attr-defined]
    screener = next(k for k in KeyStore(db).all() if k.role == "screener")
    assert _match(client, f"Bearer {tokens['screener']}") == 200  # the key is now cached
    assert _match(client, f"Bearer {tokens['screener']}") == 200
    url = db.url.render_as_string(hide_password=False)
    subprocess.run([sys.executable, "-c", _REVOKE, url, screener.id], check=True, timeout=120)
    assert _match(client, f"Bearer {tokens['screener']}") == 401


def test_a_key_revoked_through_the_api_is_401_on_the_next_request(
    client: TestClient, tokens: dict[str, str]
) -> None:
    db = client.app.state.service.db  # type: ignore[attr-defined]
    screener = next(k for k in KeyStore(db).all() if k.role == "screener")
    assert _match(client, f"Bearer {tokens['screener']}") == 200
    admin = {"Authorization": f"Bearer {tokens['admin']}"}
    assert client.delete(f"/keys/{screener.id}", headers=admin).status_code == 200
    assert _match(client, f"Bearer {tokens['screener']}") == 401
