"""Bring a database up to the newest schema with the migrations shipped in the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect

_SCRIPTS = Path(__file__).parent / "migrations"
# The revision that matches stores created before migrations existed (list tables only).
_PRE_MIGRATION_REVISION = "r0001"


def upgrade(engine: Engine) -> None:
    """Run every pending migration in one transaction; a store from before migrations existed
    is first marked as being at the list-tables revision so its data is kept."""
    with engine.begin() as connection:
        config = Config()
        config.set_main_option("script_location", str(_SCRIPTS))
        config.attributes["connection"] = connection
        tables = set(inspect(connection).get_table_names())
        if "list_versions" in tables and "alembic_version" not in tables:
            command.stamp(config, _PRE_MIGRATION_REVISION)
        command.upgrade(config, "head")
