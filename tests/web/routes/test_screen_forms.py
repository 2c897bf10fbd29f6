"""The screen forms without a browser: the same audit trail as the API, errors in the page."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient

from tradeguard.store import audit
from tradeguard.web.routes.screen import running_example
from web.client_support import sign_in


def test_a_name_screened_in_the_page_is_audited_like_the_api(
    app: FastAPI, client: TestClient, tokens: dict[str, str]
) -> None:
    csrf = sign_in(client, tokens["screener"])
    form = {"name": "Ким Чен Ын", "schema": "Person", "birth_date": "1984", "country": "KP"}
    page = client.post("/ui/screen/name", data={**form, "csrf": csrf})
    assert page.status_code == 200 and "KIM Jong Un" in page.text
    deal = client.post("/ui/screen/deal", data={"deal_text": running_example(), "csrf": csrf})
    assert "BLOCKED" in deal.text
    with app.state.service.db.connect() as conn:
        records = [r.to_dict() for r in audit.records(conn)]
    kinds = [r["kind"] for r in records]
    assert kinds[-2:] == ["screening.match", "screening.deal"]
    match = records[-2]
    assert match["payload"]["request"]["properties"]["birthDate"] == ["1984"]
    assert match["actor"] == client.cookies["tg_session"].split(".", 1)[0]


def test_field_errors_are_shown_in_the_page(client: TestClient, tokens: dict[str, str]) -> None:
    csrf = sign_in(client, tokens["screener"])
    cases = [
        ("/ui/screen/name", {"name": "Kim", "birth_date": "84"}, "birth"),
        ("/ui/screen/name", {"name": "Kim", "country": "Atlantis"}, "Atlantis"),
        ("/ui/screen/deal", {"deal_text": "deal_id: x\n"}, "contract_date"),
        ("/ui/screen/deal", {"deal_text": running_example(), "on": "soon"}, "on:"),
    ]
    for path, data, expected in cases:
        page = client.post(path, data={**data, "csrf": csrf})
        assert page.status_code == 200
        assert 'class="error" role="alert"' in page.text and expected in page.text, expected


def test_a_file_wins_over_the_text(client: TestClient, tokens: dict[str, str]) -> None:
    csrf = sign_in(client, tokens["screener"])
    upload = {"deal_file": ("deal.json", b'{"deal_id": "only-an-id"}', "application/json")}
    page = client.post(
        "/ui/screen/deal", data={"deal_text": running_example(), "csrf": csrf}, files=upload
    )
    assert "BLOCKED" not in page.text and "contract_date" in page.text
