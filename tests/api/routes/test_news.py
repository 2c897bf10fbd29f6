from __future__ import annotations

from fastapi.testclient import TestClient

from api.api_support import bearer

# Written for this test; the seed article itself is read only by tests/news.
ARTICLE = (
    "Vladivostok, 12 September. The Russian president, Vladimir Putin, offered to sell an Aurus "
    "limousine costing $300,000 to the North Korean leader, Kim Jong-un, this Wednesday."
)


def test_article_is_screened_and_recorded(client: TestClient, tokens: dict[str, str]) -> None:
    response = client.post(
        "/news",
        json={"text": ARTICLE, "published": "2023-09-13"},
        headers=bearer(tokens["screener"]),
    )
    assert response.status_code == 200, response.text
    payload = response.json()
    deals = payload["deals"]
    assert deals and all(d["inferred"] for d in deals)
    assert deals[0]["decision"]["decision"] == "BLOCKED"
    recorded = client.get(
        f"/screenings/{payload['screening_id']}", headers=bearer(tokens["screener"])
    )
    assert recorded.json()["kind"] == "news"
    assert recorded.json()["decision"] == "BLOCKED"


def test_empty_article_is_refused(client: TestClient, tokens: dict[str, str]) -> None:
    response = client.post("/news", json={"text": "  "}, headers=bearer(tokens["screener"]))
    assert response.status_code == 400
    assert "text" in response.json()["detail"]
