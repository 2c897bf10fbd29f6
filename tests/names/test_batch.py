import multiprocessing
import os
import time

import pytest

from tradeguard.names import NameForm, listed_forms
from tradeguard.names.batch import (
    ENV_PROCESSES,
    MAX_PROCESSES,
    NameKey,
    analysed_names,
    default_processes,
)

NAMES: list[NameKey] = [
    ("Vladimir Vladimirovich PUTIN", "Person", None),
    ("Путин Владимир Владимирович", "Person", "rus"),
    ("АО «Объединенная Приборостроительная Корпорация»", "LegalEntity", None),
    ("Islamic Revolutionary Guard Corps", "Organization", None),
    ("محمد بن سلمان", "Person", "ara"),
    ("김정은", "Person", None),
    ("习近平", "Person", "zho"),
    ("中国电子科技集团有限公司", "Company", None),
    ("OOO Aurus", "Company", None),
    ("SEA BREEZE", "Vessel", None),
]


def test_the_forms_are_listed_forms_of_each_distinct_name() -> None:
    analysed = analysed_names(NAMES + NAMES[:3])
    assert list(analysed) == NAMES
    assert all(analysed[key] == listed_forms(*key) for key in NAMES)


def test_several_processes_give_the_same_forms_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # Enough names that every chunk has some, spread over scripts and schemas.
    names = [(f"{value} {n}", schema, lang) for n in range(8) for value, schema, lang in NAMES]
    serial = analysed_names(names, processes=1)
    here: list[NameKey] = []

    def slowly(value: str, schema: str | None, lang: str | None) -> tuple[NameForm, ...]:
        # Slow, so that the worker has started before this process has taken every chunk
        # (`here` counts this process's names only).
        here.append((value, schema, lang))
        time.sleep(0.05)
        return listed_forms(value, schema, lang)

    monkeypatch.setattr("tradeguard.names.batch.listed_forms", slowly)
    parallel = analysed_names(names, processes=2, min_names=0)
    assert parallel == serial
    assert set(parallel) == set(names)
    assert 0 < len(here) < len(names)  # both processes did part of it


def _dies(names: list[NameKey]) -> None:
    os._exit(1)  # as a spawned worker stopped by a script with no __main__ guard


def test_a_worker_that_cannot_start_leaves_its_names_to_this_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = [(f"{value} {n}", schema, lang) for n in range(8) for value, schema, lang in NAMES]
    serial = analysed_names(names)

    # Forked, the worker runs this replacement: its pool breaks at the first chunk it takes.
    monkeypatch.setattr("tradeguard.names.batch._packed_forms", _dies)
    monkeypatch.setattr(
        "tradeguard.names.batch._context", lambda: multiprocessing.get_context("fork")
    )
    assert analysed_names(names, processes=2, min_names=0) == serial


def test_few_names_stay_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr("tradeguard.names.batch.ProcessPoolExecutor", no_pool)
    assert analysed_names(NAMES, processes=4) == analysed_names(NAMES)


def test_default_processes_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PROCESSES, raising=False)
    assert 1 <= default_processes() <= MAX_PROCESSES
    monkeypatch.setenv(ENV_PROCESSES, " 3 ")
    assert default_processes() == 3


@pytest.mark.parametrize(("value", "message"), [("two", "whole number"), ("0", "at least 1")])
def test_a_bad_process_count_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, value: str, message: str
) -> None:
    monkeypatch.setenv(ENV_PROCESSES, value)
    with pytest.raises(ValueError, match=message):
        default_processes()
