"""Token buckets: each caller may send `burst` requests at once, then `rate` per second.

Buckets are keyed by an API key's id or a client address, never by a secret. They live in
this process only, so with `--workers N` a key may send N times the rate.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from tradeguard.api.settings import Settings

# Callers remembered at once, so that a flood of client addresses cannot grow memory without
# bound; ten thousand buckets take about a megabyte.
MAX_CALLERS = 10_000


@dataclass(slots=True)
class _Bucket:
    tokens: float
    at: float


class TokenBuckets:
    """One bucket per caller; safe to share between the threads that run sync routes."""

    def __init__(
        self,
        rate: float,
        burst: int,
        clock: Callable[[], float] = time.monotonic,
        max_callers: int = MAX_CALLERS,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be above 0 and burst at least 1")
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self.max_callers = max_callers
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, caller: str) -> float:
        """Spend one token: 0 if the request may go ahead, else the seconds until it may."""
        with self._lock:
            bucket = self._refilled(caller)
            if bucket.tokens >= 1:
                bucket.tokens -= 1
                return 0.0
            return (1 - bucket.tokens) / self.rate

    def wait(self, caller: str) -> float:
        """The seconds until `caller` has a token, without spending one."""
        with self._lock:
            bucket = self._buckets.get(caller)
            if bucket is None:
                return 0.0
            tokens = self._tokens(bucket, self.clock())
            return 0.0 if tokens >= 1 else (1 - tokens) / self.rate

    def _refilled(self, caller: str) -> _Bucket:
        now = self.clock()
        bucket = self._buckets.get(caller)
        if bucket is None:
            self._forget_some()
            bucket = self._buckets[caller] = _Bucket(float(self.burst), now)
        else:
            bucket.tokens, bucket.at = self._tokens(bucket, now), now
            self._buckets.move_to_end(caller)
        return bucket

    def _tokens(self, bucket: _Bucket, now: float) -> float:
        # max(): a clock that steps back must not drain a bucket.
        return min(float(self.burst), bucket.tokens + max(0.0, now - bucket.at) * self.rate)

    def _forget_some(self) -> None:
        # The least recent caller has had the longest to refill, so it is the likeliest to be
        # full, and a full bucket is the same as none. A busy one forgotten gets a fresh burst.
        while len(self._buckets) >= self.max_callers:
            self._buckets.popitem(last=False)


def retry_after(seconds: float) -> str:
    """A Retry-After value: whole seconds, rounded up, at least 1."""
    return str(max(1, math.ceil(seconds)))


@dataclass(slots=True, frozen=True)
class RateLimits:
    """The service's two limits; None where turned off (a rate of 0)."""

    per_key: TokenBuckets | None
    # Requests with an unknown key, per client address.
    failures: TokenBuckets | None

    @classmethod
    def from_settings(
        cls, settings: Settings, clock: Callable[[], float] = time.monotonic
    ) -> RateLimits:
        return cls(
            _buckets(settings.rate_per_second, settings.rate_burst, clock),
            _buckets(settings.auth_failures_per_second, settings.auth_failure_burst, clock),
        )


def _buckets(rate: float, burst: int, clock: Callable[[], float]) -> TokenBuckets | None:
    return TokenBuckets(rate, burst, clock) if rate > 0 else None
