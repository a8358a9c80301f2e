"""late reminders: reminders.late, and complaints by resolved_at

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-10 09:00:00

The reminder rules now make every reminder whose reason still holds however long the desk
was closed; one made after its due local day is marked `late` (reminders made before this
revision were not: false). The callback rule looks at complaints resolved in a range of
days, so resolved_at is indexed.

The column is added without batch mode: SQLite adds a NOT NULL column with a constant
default in place, where a batch would copy the whole reminders table.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "reminders",
        sa.Column("late", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaints_resolved_at"), ["resolved_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_resolved_at"))
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_column("late")
