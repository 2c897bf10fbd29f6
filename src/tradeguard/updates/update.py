"""`lists update`: fetch each configured source and apply it; one source failing leaves the
others updated and its own old version serving."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from tradeguard.engine import Engine
from tradeguard.lists.base import ListFormatError
from tradeguard.store.errors import StoreError
from tradeguard.updates.apply import Applied, apply_parsed, parse, rescreen_after
from tradeguard.updates.fetch import fetch
from tradeguard.updates.rescreen import RescreenReport
from tradeguard.updates.sources import Source


@dataclass(slots=True, frozen=True)
class SourceResult:
    source: str
    applied: list[Applied]
    error: str | None = None


@dataclass(slots=True, frozen=True)
class UpdateRun:
    results: list[SourceResult]
    rescreen: RescreenReport

    @property
    def ok(self) -> bool:
        return all(r.error is None for r in self.results)


def update_sources(
    engine: Engine, sources: Sequence[Source], force: bool = False, actor: str | None = None
) -> UpdateRun:
    results = [_update_one(engine, source, force, actor) for source in sources]
    applied = [a for r in results for a in r.applied]
    return UpdateRun(results, rescreen_after(engine, applied, actor))


def _update_one(engine: Engine, source: Source, force: bool, actor: str | None) -> SourceResult:
    with tempfile.TemporaryDirectory(prefix=f"tradeguard-{source.name}-") as tmp:
        try:
            files = fetch(source, Path(tmp))
        except StoreError as error:
            engine.store.record_failure(
                [d.url for d in source.downloads], error.message, source.list_id
            )
            return SourceResult(source.name, [], error.message)
        try:
            return SourceResult(
                source.name,
                apply_parsed(
                    engine, parse(engine, files, source.format, source.list_id), force, actor
                ),
            )
        except (ListFormatError, ValueError, StoreError) as error:
            # parse() and the shrink guard have recorded the failure already.
            return SourceResult(source.name, [], str(error))
