from __future__ import annotations

from fastapi.testclient import TestClient

from api.api_support import bearer, person_query


def test_oversized_body_is_413(client: TestClient, tokens: dict[str, str]) -> None:
    huge = person_query("x" * (70 * 1024))
    response = client.post("/match", json=huge, headers=bearer(tokens["screener"]))
    assert response.status_code == 413
    assert "fewer queries" in response.json()["detail"]


def test_oversized_chunked_body_is_413(client: TestClient, tokens: dict[str, str]) -> None:
    def chunks() -> object:
        for _ in range(100):
            yield b"x" * 1024

    response = client.post(
        "/match",
        content=chunks(),
        headers={**bearer(tokens["screener"]), "content-type": "application/json"},
    )
    assert response.status_code == 413


def test_small_body_passes(client: TestClient, tokens: dict[str, str]) -> None:
    response = client.post(
        "/match", json=person_query("Kim Jong Un"), headers=bearer(tokens["screener"])
    )
    assert response.status_code == 200
