"""pbx calls: call records imported from the telephone exchange (Asterisk Master.csv)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-11 09:00:00

The telephony KPIs (calls answered and abandoned, the wait before an answer, the hours
with more callers waiting than the target) are read from these rows. Each record is kept
once (unique_id: Asterisk's uniqueid or a hash of the record), indexed by when the call
started, alone and per agent.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pbx_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unique_id", sa.String(length=160), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("src", sa.String(length=80), nullable=False),
        sa.Column("phone_e164", sa.String(length=20), nullable=True),
        sa.Column("dst", sa.String(length=80), nullable=False),
        sa.Column("queue", sa.String(length=80), nullable=False),
        sa.Column("extension", sa.String(length=80), nullable=False),
        sa.Column("disposition", sa.String(length=20), nullable=False),
        sa.Column("wait_seconds", sa.Integer(), nullable=False),
        sa.Column("talk_seconds", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("inbound", sa.Boolean(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("import_run_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agent_id"], ["users.id"], name=op.f("fk_pbx_calls_agent_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_pbx_calls_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["import_run_id"],
            ["import_runs.id"],
            name=op.f("fk_pbx_calls_import_run_id_import_runs"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pbx_calls")),
        sa.UniqueConstraint("unique_id", name=op.f("uq_pbx_calls_unique_id")),
    )
    with op.batch_alter_table("pbx_calls", schema=None) as batch_op:
        batch_op.create_index("ix_pbx_calls_started_at", ["started_at"], unique=False)
        batch_op.create_index(
            "ix_pbx_calls_agent_id_started_at", ["agent_id", "started_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_pbx_calls_customer_id"), ["customer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pbx_calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pbx_calls_customer_id"))
        batch_op.drop_index("ix_pbx_calls_agent_id_started_at")
        batch_op.drop_index("ix_pbx_calls_started_at")
    op.drop_table("pbx_calls")
