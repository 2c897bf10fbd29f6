from __future__ import annotations

from pathlib import Path

import pytest

from tradeguard.updates.sources import DEFAULTS, SourceConfigError, load_sources


def test_defaults_without_a_config(tmp_path: Path) -> None:
    sources = load_sources(tmp_path)
    assert set(sources) == set(DEFAULTS)
    assert [d.name for d in sources["ofac"].downloads] == [
        "sdn.csv",
        "alt.csv",
        "add.csv",
        "sdn_comments.csv",
    ]


def test_config_in_home_replaces_defaults(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text(
        '[sources.un]\nformat = "un"\nlist_id = "un-sc"\n'
        'urls = [{url = "http://127.0.0.1:9/x?token=1", name = "un.xml"}]\n'
    )
    sources = load_sources(tmp_path)
    assert list(sources) == ["un"]
    assert sources["un"].downloads[0].name == "un.xml"


def test_broken_config_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text("[sources.un]\nurls = []\n")
    with pytest.raises(SourceConfigError, match="format"):
        load_sources(tmp_path)
    with pytest.raises(SourceConfigError, match="no such"):
        load_sources(tmp_path, tmp_path / "missing.toml")
