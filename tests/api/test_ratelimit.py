"""Rate limits per API key and per address for unknown keys. A fake clock drives every bucket,
so nothing sleeps and nothing depends on how fast the machine is."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.api_support import bearer
from tradeguard.api.ratelimit import RateLimits, TokenBuckets, retry_after
from tradeguard.api.settings import Settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Recording(TokenBuckets):
    """Remembers whom it was asked about, to show what the buckets are keyed by."""

    def __init__(self, rate: float, burst: int, clock: Clock) -> None:
        super().__init__(rate, burst, clock)
        self.callers: list[str] = []

    def take(self, caller: str) -> float:
        self.callers.append(caller)
        return super().take(caller)


@pytest.fixture()
def clock() -> Clock:
    return Clock()


def _limit(app: FastAPI, clock: Clock, **settings: float) -> RateLimits:
    limits = RateLimits.from_settings(replace(Settings(), **settings), clock)
    app.state.rate_limits = limits
    return limits


def _lists(client: TestClient, token: str) -> int:
    return client.get("/lists", headers=bearer(token)).status_code


# --- the buckets ---------------------------------------------------------------------------


def test_a_burst_then_the_rate(clock: Clock) -> None:
    buckets = TokenBuckets(rate=2.0, burst=3, clock=clock)
    assert [buckets.take("k") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("k") == pytest.approx(0.5)  # one token refills in 1/rate seconds
    clock.now += 0.5
    assert buckets.take("k") == 0.0
    assert buckets.take("k") > 0


def test_refill_stops_at_the_burst(clock: Clock) -> None:
    buckets = TokenBuckets(rate=1.0, burst=2, clock=clock)
    buckets.take("k")
    clock.now += 3600
    assert [buckets.take("k") for _ in range(3)] == [0.0, 0.0, pytest.approx(1.0)]


def test_callers_have_their_own_buckets(clock: Clock) -> None:
    buckets = TokenBuckets(rate=1.0, burst=1, clock=clock)
    assert buckets.take("a") == 0.0
    assert buckets.take("a") > 0
    assert buckets.take("b") == 0.0


def test_wait_does_not_spend(clock: Clock) -> None:
    buckets = TokenBuckets(rate=1.0, burst=1, clock=clock)
    assert buckets.wait("a") == 0.0
    assert buckets.wait("a") == 0.0
    buckets.take("a")
    assert buckets.wait("a") == pytest.approx(1.0)


def test_memory_is_bounded_by_forgetting_the_least_recent(clock: Clock) -> None:
    buckets = TokenBuckets(rate=1.0, burst=1, clock=clock, max_callers=2)
    buckets.take("a")
    buckets.take("b")
    buckets.take("a")  # a is now the more recent
    buckets.take("c")  # forgets b
    assert buckets.take("b") == 0.0  # a fresh bucket
    assert buckets.take("c") > 0


def test_threads_share_one_budget(clock: Clock) -> None:
    buckets = TokenBuckets(rate=1.0, burst=50, clock=clock)
    allowed: list[bool] = []

    def spend() -> None:
        for _ in range(20):
            allowed.append(buckets.take("k") == 0.0)

    threads = [threading.Thread(target=spend) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # The clock stands still: exactly the burst gets through, however the threads interleave.
    assert allowed.count(True) == 50


def test_retry_after_is_whole_seconds_rounded_up() -> None:
    assert [retry_after(s) for s in (0.01, 1.0, 1.2, 7.9)] == ["1", "1", "2", "8"]


# --- settings ------------------------------------------------------------------------------


def test_defaults_leave_a_single_client_alone() -> None:
    settings = Settings()
    assert settings.rate_per_second >= 50 and settings.rate_burst >= 100


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRADEGUARD_RATE_LIMIT", "5")
    monkeypatch.setenv("TRADEGUARD_RATE_BURST", "10")
    monkeypatch.setenv("TRADEGUARD_AUTH_FAILURE_LIMIT", "0")
    limits = RateLimits.from_settings(Settings())
    assert limits.per_key is not None
    assert (limits.per_key.rate, limits.per_key.burst) == (5.0, 10)
    assert limits.failures is None  # 0 turns a limit off


@pytest.mark.parametrize(
    ("name", "value"),
    [("TRADEGUARD_RATE_LIMIT", "fast"), ("TRADEGUARD_RATE_LIMIT", "-1"),
     ("TRADEGUARD_RATE_BURST", "0"), ("TRADEGUARD_AUTH_FAILURE_BURST", "2.5")],
)  # fmt: skip
def test_bad_environment_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=name):
        Settings()


# --- over HTTP -----------------------------------------------------------------------------


def test_a_key_over_its_rate_gets_429_with_retry_after(
    app: FastAPI, client: TestClient, tokens: dict[str, str], clock: Clock
) -> None:
    _limit(app, clock, rate_per_second=0.5, rate_burst=2)
    assert [_lists(client, tokens["screener"]) for _ in range(2)] == [200, 200]
    refused = client.get("/lists", headers=bearer(tokens["screener"]))
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "2"
    detail = refused.json()["detail"]
    assert "0.5 requests per second per API key" in detail and "retry after" in detail
    assert _lists(client, tokens["reviewer"]) == 200  # another key has its own budget
    clock.now += 2
    assert _lists(client, tokens["screener"]) == 200


def test_buckets_are_keyed_by_key_id_never_the_key(
    app: FastAPI, client: TestClient, tokens: dict[str, str], clock: Clock
) -> None:
    spy = Recording(10.0, 10, clock)
    app.state.rate_limits = RateLimits(spy, None)
    _lists(client, tokens["screener"])
    (caller,) = spy.callers
    assert caller.startswith("k_") and tokens["screener"] not in caller


def test_no_key_and_unknown_keys_get_401_not_a_keys_budget(
    app: FastAPI, client: TestClient, tokens: dict[str, str], clock: Clock
) -> None:
    _limit(app, clock, rate_per_second=1, rate_burst=1, auth_failures_per_second=0)
    assert _lists(client, tokens["screener"]) == 200
    assert client.get("/lists").status_code == 401
    assert _lists(client, "tg_not-a-real-key") == 401
    assert _lists(client, tokens["screener"]) == 429


def test_public_endpoints_are_not_limited(app: FastAPI, client: TestClient, clock: Clock) -> None:
    _limit(app, clock, rate_per_second=1, rate_burst=1)
    assert {client.get("/healthz").status_code for _ in range(5)} == {200}


def test_an_address_sending_unknown_keys_is_slowed(
    app: FastAPI, client: TestClient, tokens: dict[str, str], clock: Clock
) -> None:
    _limit(app, clock, auth_failures_per_second=0.1, auth_failure_burst=3)
    assert [_lists(client, f"tg_guess-{i}") for i in range(3)] == [401, 401, 401]
    refused = client.get("/lists", headers=bearer("tg_guess-4"))
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "10"
    assert "unknown or revoked API key" in refused.json()["detail"]
    # Refused before the lookup, so a correct guess is not confirmed either.
    assert _lists(client, tokens["screener"]) == 429
    assert client.get("/lists").status_code == 401  # a missing key is no guess
    clock.now += 10
    assert _lists(client, tokens["screener"]) == 200


def test_limits_can_be_turned_off(
    app: FastAPI, client: TestClient, tokens: dict[str, str], clock: Clock
) -> None:
    limits = _limit(app, clock, rate_per_second=0, auth_failures_per_second=0)
    assert limits == RateLimits(None, None)
    assert {_lists(client, tokens["screener"]) for _ in range(5)} == {200}
