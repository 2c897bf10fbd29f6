"""What every page shares: roles as in the API, security headers, no third-party assets,
and pages kept out of the API's OpenAPI schema."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from web.client_support import sign_in

PAGES = ["/ui/screen", "/ui/lists", "/ui/alerts", "/ui/audit"]


def test_roles_decide_which_pages_open(client: TestClient, tokens: dict[str, str]) -> None:
    sign_in(client, tokens["screener"])
    assert client.get("/ui/screen").status_code == 200
    assert client.get("/ui/lists").status_code == 200
    for path in ("/ui/alerts", "/ui/audit"):
        response = client.get(path)
        assert response.status_code == 403
        assert "may not open this page" in response.text
    client.cookies.clear()
    sign_in(client, tokens["reviewer"])
    assert all(client.get(path).status_code == 200 for path in PAGES)


def test_pages_forbid_framing_caching_and_foreign_scripts(
    client: TestClient, tokens: dict[str, str]
) -> None:
    sign_in(client, tokens["admin"])
    for path in PAGES:
        response = client.get(path)
        policy = response.headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert response.headers["cache-control"] == "no-store"
        # Every asset is served by the app: no URL with a host in src or href, bar links out.
        assets = re.findall(r'(?:src|href)="([^"]+)"', response.text)
        assert all(a.startswith(("/", "#")) for a in assets), assets


def test_static_assets_are_served(client: TestClient) -> None:
    for name, kind in (("app.js", "javascript"), ("style.css", "css"), ("favicon.svg", "svg")):
        response = client.get(f"/ui/static/{name}")
        assert response.status_code == 200 and kind in response.headers["content-type"]


def test_pages_are_not_in_the_api_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith("/ui") or p == "/"]
