"""Fixtures for news tests: the seed article (read, never copied) and a sample-list engine."""

from __future__ import annotations

import os

import pytest

from news.seed import PUBLISHED, SEED_ARTICLE
from tradeguard.engine import Engine
from tradeguard.lists.sample import bundled_path
from tradeguard.news import ArticleReport, read_article


@pytest.fixture(scope="session")
def article() -> str:
    if not SEED_ARTICLE.is_file():
        message = f"seed article not found at {SEED_ARTICLE}"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message + "; CI=true requires it")
        pytest.skip(message)
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    engine = Engine.open(tmp_path_factory.mktemp("tg-news"))
    engine.load([bundled_path()])
    return engine


@pytest.fixture(scope="session")
def sample_report(article: str, sample_engine: Engine) -> ArticleReport:
    return read_article(article, sample_engine, PUBLISHED)
