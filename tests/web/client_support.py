"""Signing in with the in-process test client, for the tests that need no browser."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

_TOKEN = re.compile(r'name="csrf" value="([^"]+)"')


def sign_in(client: TestClient, token: str) -> str:
    """Sign in and return the session's form token."""
    response = client.post("/ui/login", data={"api_key": token}, follow_redirects=False)
    assert response.status_code == 303, response.text
    found = _TOKEN.search(client.get("/ui/screen").text)
    assert found is not None
    return found.group(1)
