from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tradeguard.store import audit
from tradeguard.store.alerts import AlertStore
from tradeguard.store.database import open_database
from tradeguard.store.errors import Conflict, Forbidden
from tradeguard.store.screenings import Hit, Screening, ScreeningStore


def _alert(db: Engine) -> int:
    hit = Hit("test:ivan", "h" * 64, 0.93, True, {"entity_id": "test:ivan"})
    screening = Screening("k_a", "match", {"name": "Ivan"}, [], "algo", "1", 0.8, [hit])
    return ScreeningStore(db).record(screening).alert_ids[0]


@pytest.fixture()
def db(db_url: str) -> Engine:
    return open_database(db_url)


def test_four_eyes_close_an_alert(db: Engine) -> None:
    store = AlertStore(db)
    alert_id = _alert(db)
    proposed = store.propose(alert_id, "k_rev1", "false_positive", "different birth year")
    assert proposed.status == "proposed" and proposed.proposed_by == "k_rev1"
    closed = store.confirm(alert_id, "k_rev2", "agree")
    assert closed.status == "closed" and closed.decision == "false_positive"
    assert closed.confirmed_by == "k_rev2"
    actions = [(d["action"], d["key_id"]) for d in store.decisions(alert_id)]
    assert actions == [("propose", "k_rev1"), ("confirm", "k_rev2")]
    with db.connect() as conn:
        kinds = [r.kind for r in audit.records(conn)]
        assert audit.verify(conn).ok
    assert kinds == ["screening.match", "alert.propose", "alert.confirm"]


def test_confirming_ones_own_proposal_is_refused(db: Engine) -> None:
    store = AlertStore(db)
    alert_id = _alert(db)
    store.propose(alert_id, "k_rev1", "true_match", "same passport")
    with pytest.raises(Forbidden, match="different reviewer"):
        store.confirm(alert_id, "k_rev1", "")
    assert store.get(alert_id).status == "proposed"
    with db.connect() as conn:
        assert [r.kind for r in audit.records(conn)] == ["screening.match", "alert.propose"]


def test_reject_reopens_and_order_is_enforced(db: Engine) -> None:
    store = AlertStore(db)
    alert_id = _alert(db)
    with pytest.raises(Conflict, match="propose"):
        store.confirm(alert_id, "k_rev2", "")
    store.propose(alert_id, "k_rev1", "true_match", "looks right")
    with pytest.raises(Conflict, match="open alert"):
        store.propose(alert_id, "k_rev2", "false_positive", "no")
    reopened = store.reject(alert_id, "k_rev2", "birth year differs")
    assert reopened.status == "open" and reopened.proposal is None
    assert [a.id for a in store.find("open")] == [alert_id]
