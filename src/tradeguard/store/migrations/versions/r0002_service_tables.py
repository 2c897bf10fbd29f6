"""Service tables: API keys, screenings, matches, counterparties, alerts, decisions and the
hash-chained audit log; diff counts on list versions and the list a failure belongs to.

Revision ID: r0002
Revises: r0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r0002"
down_revision = "r0001"

_TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("list_versions") as batch:
        for column in ("added", "removed", "changed"):
            batch.add_column(sa.Column(column, sa.Integer))
    with op.batch_alter_table("load_failures") as batch:
        batch.add_column(sa.Column("list_id", sa.String(100)))
    _create_access_tables()
    _create_screening_tables()
    _create_review_tables()
    _create_audit_tables()


def _create_access_tables() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("label", sa.Text),
        sa.Column("created_at", _TZ, nullable=False),
        sa.Column("revoked_at", _TZ),
    )


def _create_screening_tables() -> None:
    op.create_table(
        "screenings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", _TZ, nullable=False),
        sa.Column("key_id", sa.String(32)),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("request", sa.JSON, nullable=False),
        sa.Column("versions", sa.JSON, nullable=False),
        sa.Column("algorithm", sa.String(60), nullable=False),
        sa.Column("algorithm_version", sa.String(20), nullable=False),
        sa.Column("threshold", sa.Float, nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("audit_seq", sa.Integer),
    )
    op.create_index("ix_screenings_key", "screenings", ["key_id"])
    op.create_table(
        "matches",
        sa.Column("screening_id", sa.Integer, sa.ForeignKey("screenings.id"), primary_key=True),
        sa.Column("rank", sa.Integer, primary_key=True),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("alert", sa.Boolean, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_table(
        "counterparties",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("external_id", sa.String(200), nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("schema", sa.String(20)),
        sa.Column("birth_date", sa.String(10)),
        sa.Column("country", sa.String(2)),
        sa.Column("key_id", sa.String(32)),
        sa.Column("created_at", _TZ, nullable=False),
    )


def _create_review_tables() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", _TZ, nullable=False),
        sa.Column("screening_id", sa.Integer, sa.ForeignKey("screenings.id")),
        sa.Column("counterparty_id", sa.Integer, sa.ForeignKey("counterparties.id")),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("entity_hash", sa.String(64), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("proposal", sa.String(20)),
        sa.Column("proposed_by", sa.String(32)),
        sa.Column("decision", sa.String(20)),
        sa.Column("confirmed_by", sa.String(32)),
    )
    op.create_index("ix_alerts_pair", "alerts", ["counterparty_id", "entity_id"])
    op.create_index("ix_alerts_status", "alerts", ["status"])
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.Integer, sa.ForeignKey("alerts.id"), nullable=False),
        sa.Column("at", _TZ, nullable=False),
        sa.Column("key_id", sa.String(32), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("decision", sa.String(20), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
    )


def _create_audit_tables() -> None:
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(32)),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    # The lock row must exist before the first append; "0"*64 is the chain's genesis hash.
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": "0" * 64}])


def downgrade() -> None:
    for table in (
        "audit_head",
        "audit_log",
        "decisions",
        "alerts",
        "counterparties",
        "matches",
        "screenings",
        "api_keys",
    ):
        op.drop_table(table)
    with op.batch_alter_table("load_failures") as batch:
        batch.drop_column("list_id")
    with op.batch_alter_table("list_versions") as batch:
        for column in ("added", "removed", "changed"):
            batch.drop_column(column)
