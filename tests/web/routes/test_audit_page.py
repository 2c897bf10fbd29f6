"""Audit search and export without a browser."""

from __future__ import annotations

import html
import json
import re
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tradeguard.store import audit
from web.client_support import sign_in


def test_search_by_text_and_kind(client: TestClient, tokens: dict[str, str]) -> None:
    csrf = sign_in(client, tokens["reviewer"])
    client.post("/ui/screen/name", data={"name": "Ким Чен Ын", "csrf": csrf})
    found = client.get("/ui/audit", params={"q": "Ким", "kind": "screening"})
    assert "screening.match" in found.text
    none = client.get("/ui/audit", params={"q": "Ким", "kind": "key."})
    assert "No record matches" in none.text
    bad = client.get("/ui/audit", params={"start": "yesterday"})
    assert "not a date" in bad.text


def test_export_of_a_date_range_is_itself_audited(
    app: FastAPI, client: TestClient, tokens: dict[str, str]
) -> None:
    csrf = sign_in(client, tokens["reviewer"])
    today = datetime.now(UTC).date()
    form = {"start": today.isoformat(), "end": today.isoformat(), "csrf": csrf}
    response = client.post("/ui/audit/export", data=form)
    assert response.headers["content-disposition"].startswith("attachment;")
    records = [json.loads(line) for line in response.text.splitlines()]
    assert records and records[-1]["kind"] == "audit.export"
    assert all(r["at"].startswith(today.isoformat()) for r in records)
    with app.state.service.db.connect() as conn:
        assert audit.verify(conn).ok
    earlier = (today - timedelta(days=3)).isoformat()
    empty = client.post("/ui/audit/export", data={**form, "start": earlier, "end": earlier})
    assert empty.text == ""


def test_admins_can_verify_the_chain(client: TestClient, tokens: dict[str, str]) -> None:
    sign_in(client, tokens["admin"])
    assert "Chain intact" in client.get("/ui/audit", params={"verify": "1"}).text
    client.cookies.clear()
    sign_in(client, tokens["reviewer"])
    assert "Chain intact" not in client.get("/ui/audit", params={"verify": "1"}).text


def test_pages_of_results_continue_below_the_last_record(
    app: FastAPI, client: TestClient, tokens: dict[str, str]
) -> None:
    with app.state.service.db.begin() as conn:
        for n in range(130):
            audit.append(conn, "test.note", "k_test", {"n": n, "tag": "even" if n % 2 else "odd"})
    sign_in(client, tokens["reviewer"])
    first = client.get("/ui/audit", params={"kind": "test"})
    assert first.text.count("<td>test.note</td>") == 100
    older = re.search(r'href="(/ui/audit\?[^"]*before=\d+[^"]*)"', first.text)
    assert older is not None
    second = client.get(html.unescape(older.group(1)))
    assert second.text.count("<td>test.note</td>") == 30
    assert "Older records" not in second.text
    texts = client.get("/ui/audit", params={"q": "EVEN", "kind": "test"})
    assert texts.text.count("<td>test.note</td>") == 65
