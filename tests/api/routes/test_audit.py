from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from api.api_support import bearer, person_query
from tradeguard.api.routes import audit as audit_route
from tradeguard.cli import main
from tradeguard.store.audit import canonical, record_hash
from tradeguard.store.keys import KeyStore


def _days() -> tuple[str, str, str]:
    """Yesterday, today and tomorrow (UTC) as the test runs, not as the module was collected:
    a run that crossed midnight read the records of its new day as tomorrow's."""
    today = datetime.now(UTC).date()
    one = timedelta(days=1)
    return (today - one).isoformat(), today.isoformat(), (today + one).isoformat()


def _export(client: TestClient, token: str, **params: str) -> tuple[int, str, dict[str, str]]:
    response = client.get("/audit/export", params=params, headers=bearer(token))
    return response.status_code, response.text, dict(response.headers)


def _cli_export(home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *args: str) -> str:
    monkeypatch.setenv("TRADEGUARD_HOME", str(home))
    target = tmp_path / "cli-export"
    result = CliRunner().invoke(main, ["audit", "export", *args, "-o", str(target)])
    assert result.exit_code == 0, result.output
    return target.read_bytes().decode("utf-8")


@pytest.fixture()
def screened(client: TestClient, tokens: dict[str, str]) -> None:
    """Key records from the fixtures, then a screening with a non-ASCII name and an alert."""
    for name in ("Ким Чен Ын", "Kim Jong Un"):
        client.post("/match", json=person_query(name), headers=bearer(tokens["screener"]))


@pytest.mark.usefixtures("screened")
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_is_what_the_cli_writes(
    client: TestClient,
    tokens: dict[str, str],
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    fmt: str,
) -> None:
    yesterday, _, tomorrow = _days()
    # Small chunks, so the stream is cut into many pieces and must still join up exactly.
    monkeypatch.setattr(audit_route, "_CHUNK", 100)
    status, body, headers = _export(
        client, tokens["admin"], **{"from": yesterday, "to": tomorrow, "format": fmt}
    )
    assert status == 200
    assert body == _cli_export(
        home, monkeypatch, tmp_path, "--from", yesterday, "--to", tomorrow, "--format", fmt
    )
    assert headers["content-type"].startswith("text/csv" if fmt == "csv" else "application/x-nd")
    assert f'filename="audit-{yesterday}-{tomorrow}.{fmt}"' in headers["content-disposition"]


@pytest.mark.usefixtures("screened")
def test_exported_records_can_be_reverified(client: TestClient, tokens: dict[str, str]) -> None:
    _, body, _ = _export(client, tokens["admin"])
    records = [json.loads(line) for line in body.splitlines()]
    kinds = [r["kind"] for r in records]
    assert kinds[-3:] == ["screening.match", "screening.match", "audit.export"]
    assert records[-2]["payload"]["request"]  # the screened query is the evidence
    prev = "0" * 64
    for r in records:
        payload = canonical(r["payload"])
        assert r["prev_hash"] == prev
        assert record_hash(r["seq"], r["at"], r["kind"], r["actor"], payload, prev) == r["hash"]
        prev = r["hash"]


@pytest.mark.usefixtures("screened")
def test_csv_export_keeps_the_hashed_payload(client: TestClient, tokens: dict[str, str]) -> None:
    _, body, _ = _export(client, tokens["admin"], format="csv")
    rows = list(csv.DictReader(io.StringIO(body)))
    assert rows[0]["kind"] == "key.create"
    assert all(b["prev_hash"] == a["hash"] for a, b in zip(rows, rows[1:], strict=False))
    assert "Ким Чен Ын" in rows[-3]["payload"]


def test_dates_bound_the_export(client: TestClient, tokens: dict[str, str]) -> None:
    yesterday, today, tomorrow = _days()
    status, body, _ = _export(client, tokens["admin"], **{"from": tomorrow})
    assert (status, body) == (200, "")
    _, header_only, _ = _export(client, tokens["admin"], to=yesterday, format="csv")
    assert header_only.splitlines() == ["seq,at,kind,actor,payload,prev_hash,hash"]
    _, todays, _ = _export(client, tokens["admin"], **{"from": today})
    kinds = [json.loads(line)["kind"] for line in todays.splitlines()]
    assert kinds == ["key.create"] * 4 + ["audit.export"] * 3  # each export is recorded


def test_each_export_is_recorded_with_who_asked(client: TestClient, tokens: dict[str, str]) -> None:
    yesterday, _, _ = _days()
    _export(client, tokens["reviewer"], **{"from": yesterday, "format": "csv"})
    search = client.get("/audit/search", params={"kind": "audit"}, headers=bearer(tokens["admin"]))
    (record,) = search.json()["records"]
    keys = KeyStore(client.app.state.service.db).all()  # type: ignore[attr-defined]
    (reviewer,) = [k.id for k in keys if k.role == "reviewer" and k.label is None]
    assert record["actor"] == reviewer
    assert record["payload"] == {"from": yesterday, "to": None, "format": "csv"}


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"from": "2026-13-01"}, "from"),
        ({"from": "2026-02-30"}, "from"),
        ({"to": "01/02/2026"}, "to"),
        ({"to": "2026-01-01T00:00"}, "to"),
    ],
)
def test_bad_dates_are_422_naming_the_parameter(
    client: TestClient, tokens: dict[str, str], params: dict[str, str], named: str
) -> None:
    for path in ("/audit/export", "/audit/search"):
        response = client.get(path, params=params, headers=bearer(tokens["admin"]))
        assert response.status_code == 422
        detail = response.json()["detail"]
        assert detail.startswith(f"{named}: ") and "YYYY-MM-DD" in detail


def test_reversed_dates_are_422(client: TestClient, tokens: dict[str, str]) -> None:
    yesterday, _, tomorrow = _days()
    status, body, _ = _export(client, tokens["admin"], **{"from": tomorrow, "to": yesterday})
    assert status == 422 and "swap" in body


def test_unknown_format_is_422(client: TestClient, tokens: dict[str, str]) -> None:
    status, body, _ = _export(client, tokens["admin"], format="xml")
    assert status == 422 and "format" in body


def test_export_and_search_are_for_readers_of_everything(
    client: TestClient, tokens: dict[str, str]
) -> None:
    for path in ("/audit/export", "/audit/search"):
        assert client.get(path, headers=bearer(tokens["screener"])).status_code == 403
        for role in ("reviewer", "admin"):
            assert client.get(path, headers=bearer(tokens[role])).status_code == 200, (path, role)


@pytest.mark.usefixtures("screened")
def test_search_by_kind_actor_and_date(client: TestClient, tokens: dict[str, str]) -> None:
    _, _, tomorrow = _days()
    admin = bearer(tokens["admin"])
    everything = client.get("/audit/search", headers=admin).json()
    seqs = [r["seq"] for r in everything["records"]]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) == 6
    assert everything["next_before"] is None
    screenings = client.get("/audit/search", params={"kind": "screening"}, headers=admin).json()
    assert [r["kind"] for r in screenings["records"]] == ["screening.match"] * 2
    exact = client.get("/audit/search", params={"kind": "key.create"}, headers=admin).json()
    assert len(exact["records"]) == 4
    screener = screenings["records"][0]["actor"]
    mine = client.get("/audit/search", params={"actor": screener}, headers=admin).json()
    assert {r["actor"] for r in mine["records"]} == {screener}
    later = client.get("/audit/search", params={"from": tomorrow}, headers=admin).json()
    assert later["records"] == []


@pytest.mark.usefixtures("screened")
def test_search_pages_newest_first(client: TestClient, tokens: dict[str, str]) -> None:
    admin = bearer(tokens["admin"])
    seen: list[int] = []
    params: dict[str, int] = {"limit": 4}
    while True:
        page = client.get("/audit/search", params=params, headers=admin).json()
        seen += [r["seq"] for r in page["records"]]
        if page["next_before"] is None:
            break
        params["before"] = page["next_before"]
    assert seen == [6, 5, 4, 3, 2, 1]
