"""KPI indexes: complaints by first response, its due time and closing

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-08 01:00:00

The Dashboard reads the complaints first answered, due for a first answer and closed in a
period; without these indexes each of those statements read all complaints (measured by
tests/bench/kpis.py: 38-45 ms against 2-10 ms a statement at 200,000 complaints).
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_complaints_first_response_at", "first_response_at"),
    ("ix_complaints_first_response_due", "first_response_due"),
    ("ix_complaints_closed_at", "closed_at"),
)


def upgrade() -> None:
    for name, column in INDEXES:
        op.create_index(name, "complaints", [column])


def downgrade() -> None:
    for name, _ in INDEXES:
        op.drop_index(name, table_name="complaints")
