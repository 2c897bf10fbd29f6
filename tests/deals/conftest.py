"""Fixtures for deal tests: an engine with the bundled sample list, and a one-line deal factory."""

from __future__ import annotations

from typing import Any

import pytest

from deals.factories import DealFactory, deal_dict
from tradeguard.deals import Deal, parse_deal
from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path


@pytest.fixture(scope="session")
def sample_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = Engine.open(tmp_path_factory.mktemp("tg-deals"))
    engine.load([bundled_path()])
    return engine


@pytest.fixture()
def make_deal() -> DealFactory:
    """`make_deal("870380", 30000, propulsion="electric")` builds a validated Deal in one line."""

    def build(*args: Any, **kwargs: Any) -> Deal:
        return parse_deal(deal_dict(*args, **kwargs))

    return build
