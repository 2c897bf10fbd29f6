from __future__ import annotations

import pytest

from tradeguard.store import audit
from tradeguard.store.database import open_database
from tradeguard.store.errors import Forbidden, NotFound
from tradeguard.store.screenings import Hit, Screening, ScreeningStore


def test_screening_is_recorded_and_audited(db_url: str) -> None:
    db = open_database(db_url)
    hits = [
        Hit("test:a", "a" * 64, 0.91, True, {"entity_id": "test:a", "score": 0.91}),
        Hit("test:b", "b" * 64, 0.55, False, {"entity_id": "test:b", "score": 0.55}),
    ]
    versions = [{"list_id": "test", "version_id": 1, "content_hash": "c" * 64}]
    screening = Screening("k_s", "match", {"name": "Ivan"}, versions, "algo", "1.0", 0.8, hits)
    recorded = ScreeningStore(db).record(screening)
    assert len(recorded.alert_ids) == 1
    got = ScreeningStore(db).get(recorded.screening_id, "k_s", see_all=False)
    assert got["decision"] == "alert"
    assert [r["entity_id"] for r in got["results"]] == ["test:a", "test:b"]
    with db.connect() as conn:
        (record,) = list(audit.records(conn))
    assert record.seq == recorded.audit_seq and record.actor == "k_s"
    payload = record.to_dict()["payload"]
    assert payload["versions"] == versions and payload["algorithm"] == "algo"
    assert payload["threshold"] == 0.8 and payload["decision"] == "alert"


def test_screener_sees_only_own_screenings(db_url: str) -> None:
    db = open_database(db_url)
    store = ScreeningStore(db)
    recorded = store.record(Screening("k_s", "match", {}, [], "algo", "1", 0.8))
    with pytest.raises(Forbidden):
        store.get(recorded.screening_id, "k_other", see_all=False)
    assert store.get(recorded.screening_id, "k_rev", see_all=True)["decision"] == "clear"
    with pytest.raises(NotFound):
        store.get(999, "k_s", see_all=True)
