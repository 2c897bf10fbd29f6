from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rigour.territories import lookup_territory

from tradeguard import territory_names
from tradeguard.territory_names import cache_path, territory_code

# Codes, strong and weak names, nationalities, non-ASCII Latin and other scripts, and text
# that is no territory: the forms list files write.
TEXTS = [
    "RU",
    "rus",
    "Russia",
    "Russian Federation",
    "Iranian",
    "Burma",
    "Korea, North",
    "Bahamas, The",
    "Türkiye",
    "Turkiye",
    "Côte d'Ivoire",
    "Cote d Ivoire",
    "São Tomé and Príncipe",
    "Россия",
    "Беларусь",
    "ایران",
    "朝鲜",
    "Hong Kong",
    "None Identified",
    "(a) Malaysia, (b) Indonesia",
    "9",
    "",
]


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    territory_names._names.cache_clear()
    yield tmp_path
    territory_names._names.cache_clear()


@pytest.mark.parametrize("text", TEXTS)
def test_resolves_as_rigour_does(text: str, cache_home: Path) -> None:
    expected = lookup_territory(text)
    assert territory_code(text) == (expected.code if expected else None)


def test_the_table_is_read_back_without_rebuilding(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert territory_code("Türkiye") == "tr"
    assert cache_path().is_relative_to(cache_home) and cache_path().exists()
    territory_names._names.cache_clear()  # as a new process would start

    def rebuilt() -> None:
        raise AssertionError("rebuilt although the cache file was there")

    monkeypatch.setattr(territory_names, "_rigour_table", rebuilt)
    assert territory_code("Iranian") == "ir"


@pytest.mark.parametrize("text", TEXTS)
def test_without_rigours_private_table_lookups_go_to_rigour(
    text: str, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(territory_names.rigour_lookup, "_get_territory_names")
    expected = lookup_territory(text)
    assert territory_code(text) == (expected.code if expected else None)
    assert not cache_path().exists()


def test_a_torn_cache_file_is_built_again(cache_home: Path) -> None:
    path = cache_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"russia": "r', encoding="utf-8")
    assert territory_code("Russia") == "ru"
    assert json.loads(path.read_text(encoding="utf-8"))["russia"] == "ru"
    assert not list(path.parent.glob(".territory-names-*"))  # no temporary file left


def test_an_unwritable_cache_folder_only_costs_time(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = cache_home / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert territory_code("Korea, North") == "kp"
    assert not cache_path().exists()
