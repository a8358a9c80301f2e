"""complaint timings: business seconds to first response and resolution, cancelled_at

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-08 09:00:00

The KPIs read how long complaints took in business hours from two columns written when the
first response is given and when the complaint is resolved; complaints already answered or
resolved get them here, from their timelines and the business calendar as set. A cancelled
complaint records when it was cancelled (from its "cancelled" event for the old ones), and
complaints are indexed by the time they were opened, contacts by their complaint.
"""

from datetime import UTC

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

BATCH = 2000


def _aware(value):
    if value is None or getattr(value, "tzinfo", None) is not None:
        return value
    return value.replace(tzinfo=UTC)


def _backfill(bind) -> None:
    from app.services.complaints.complaint_timing import business_seconds, waits
    from app.services.complaints.sla_settings import business_calendar

    session = Session(bind=bind)
    calendars = {}

    def calendar(at):
        if at.year not in calendars:
            calendars[at.year] = business_calendar(session, at)
        return calendars[at.year]

    complaints = sa.table(
        "complaints",
        sa.column("id", sa.Integer),
        sa.column("opened_at", sa.DateTime),
        sa.column("first_response_at", sa.DateTime),
        sa.column("resolved_at", sa.DateTime),
        sa.column("first_response_seconds", sa.Integer),
        sa.column("resolution_seconds", sa.Integer),
    )
    events = sa.table(
        "complaint_events",
        sa.column("complaint_id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("from_status", sa.String),
        sa.column("to_status", sa.String),
    )
    last = 0
    while True:
        rows = bind.execute(
            sa.select(
                complaints.c.id,
                complaints.c.opened_at,
                complaints.c.first_response_at,
                complaints.c.resolved_at,
            )
            .where(
                complaints.c.id > last,
                sa.or_(
                    complaints.c.first_response_at.is_not(None),
                    complaints.c.resolved_at.is_not(None),
                ),
            )
            .order_by(complaints.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        last = rows[-1].id
        moves: dict[int, list] = {}
        for cid, at, before, after in bind.execute(
            sa.select(
                events.c.complaint_id, events.c.at, events.c.from_status, events.c.to_status
            ).where(events.c.complaint_id.in_([r.id for r in rows]))
        ):
            moves.setdefault(cid, []).append((_aware(at), before, after))
        for row in rows:
            opened = _aware(row.opened_at)
            pauses = waits(moves.get(row.id, []))
            values = {}
            for column, at in (
                ("first_response_seconds", _aware(row.first_response_at)),
                ("resolution_seconds", _aware(row.resolved_at)),
            ):
                if at is not None:
                    values[column] = business_seconds(calendar(at), opened, at, pauses)
            bind.execute(
                complaints.update().where(complaints.c.id == row.id).values(**values)
            )
    session.close()


def upgrade() -> None:
    op.add_column("complaints", sa.Column("cancelled_at", sa.DateTime(timezone=True)))
    op.add_column("complaints", sa.Column("first_response_seconds", sa.Integer()))
    op.add_column("complaints", sa.Column("resolution_seconds", sa.Integer()))
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaints_opened_at"), ["opened_at"], unique=False)
    op.create_index(
        "ix_interactions_complaint",
        "interactions",
        ["complaint_id"],
        sqlite_where=sa.text("complaint_id IS NOT NULL"),
        postgresql_where=sa.text("complaint_id IS NOT NULL"),
    )
    op.execute(
        "UPDATE complaints SET cancelled_at = (SELECT max(e.at) FROM complaint_events e "
        "WHERE e.complaint_id = complaints.id AND e.to_status = 'cancelled') "
        "WHERE status = 'cancelled'"
    )
    _backfill(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_interactions_complaint", table_name="interactions")
    op.drop_index("ix_complaints_opened_at", table_name="complaints")
    # Not batch_alter_table: on SQLite that rebuilds the table, which foreign keys (on
    # while migrating) refuse for a table other rows point at (events, contacts, claims).
    # SQLite 3.35+ drops a column without an index or constraint in place.
    op.drop_column("complaints", "resolution_seconds")
    op.drop_column("complaints", "first_response_seconds")
    op.drop_column("complaints", "cancelled_at")
