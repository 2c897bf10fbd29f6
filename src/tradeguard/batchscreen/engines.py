"""Choose a backend by name, and the key that ties a checkpoint to the lists it scored against."""

from __future__ import annotations

from tradeguard.batchscreen.backend import Backend
from tradeguard.batchscreen.local import LocalBackend
from tradeguard.engine import Engine
from tradeguard.matching.cache import cache_key

SPARK_HINT = "pip install 'tradeguard[spark]'"


class SparkMissing(RuntimeError):
    def __init__(self) -> None:
        super().__init__(f"the Spark backend needs pyspark; install it with: {SPARK_HINT}")


def lists_key(engine: Engine) -> str:
    return cache_key([v.content_hash for v in engine.versions()])


def make_backend(
    engine: Engine,
    name: str,
    top: int,
    threshold: float | None,
    workers: int | None = None,
    master: str = "local[*]",
) -> tuple[Backend, str]:
    matcher = engine.matcher()  # raises NoListsLoaded before any file is touched
    if name == "spark":
        try:
            from tradeguard.batchscreen.sparkbackend import SparkBackend
        except ImportError as error:
            raise SparkMissing() from error
        return SparkBackend(matcher.index, top, threshold, master), lists_key(engine)
    return LocalBackend(matcher, top, threshold, workers), lists_key(engine)
