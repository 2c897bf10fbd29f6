"""The check every list harness runs on an input: it loads whole, or it fails with
ListFormatError. Any other exception, or a loaded list the store could not take, is a crash."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import atheris
from common import Files

with atheris.instrument_imports(include=["tradeguard"]):
    from tradeguard.lists.base import ListData, ListFormatError
    from tradeguard.lists.registry import loader


def check(data: ListData) -> None:
    ids = [entity.id for entity in data.entities]
    if len(ids) != len(set(ids)):
        raise AssertionError(f"duplicate entity ids in {data.list_id}")
    for entity in data.entities:
        if not entity.names:
            raise AssertionError(f"{entity.id} has no name to screen against")


def list_test(
    fmt: str, names: Sequence[str] | Callable[[bytes], Sequence[str]]
) -> Callable[[bytes], None]:
    """The libFuzzer entry point for `fmt`; `names` are the file names the input is written to."""
    files = Files()
    # The registry imports a loader on first use; importing it here gets it instrumented.
    with atheris.instrument_imports(include=["tradeguard"]):
        chosen_loader = loader(fmt)

    def test(data: bytes) -> None:
        chosen = names(data) if callable(names) else names
        paths = files.write(chosen, data)
        try:
            loaded = chosen_loader.load(paths)
        except ListFormatError:
            return
        check(loaded)

    return test
