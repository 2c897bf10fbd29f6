"""The review queue's filters run in the database, newest first."""

from __future__ import annotations

from fastapi import FastAPI

from tradeguard.api.screening import MatchParams, screen_example
from tradeguard.api.yente import EntityExample
from tradeguard.store.alerts import AlertStore
from tradeguard.store.keys import KeyStore
from tradeguard.web.alertqueue import QueueFilter, newest


def _alerts(app: FastAPI, names: list[str]) -> list[int]:
    svc = app.state.service
    key = KeyStore(svc.db).all()[0]
    params = MatchParams(0.7, 0.5, 5, "default")
    found: list[int] = []
    for name in names:
        example = EntityExample(schema="Person", properties={"name": [name]})
        found += screen_example(svc, key, example, params)["alert_ids"]
    return found


def test_filters_and_order(app: FastAPI, tokens: dict[str, str]) -> None:
    first, second = _alerts(app, ["Kim Jong Un", "Vladimir Putin"])
    db = app.state.service.db
    assert [a.id for a in newest(db, QueueFilter(), 10)] == [second, first]
    reviewer = next(k for k in KeyStore(db).all() if k.role == "reviewer")
    AlertStore(db).propose(first, reviewer.id, "true_match", "checked")
    assert [a.id for a in newest(db, QueueFilter(status="proposed"), 10)] == [first]
    assert newest(db, QueueFilter(list_id="un-sc"), 10) == []
    assert len(newest(db, QueueFilter(list_id="tradeguard-sample"), 10)) == 2
    assert newest(db, QueueFilter(min_score=1.01), 10) == []
    assert len(newest(db, QueueFilter(), 1)) == 1
