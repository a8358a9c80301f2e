"""import runs and their journal

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 14:00:00
"""

from alembic import op
import sqlalchemy as sa



revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'import_runs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('file_name', sa.String(length=260), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('created', sa.Integer(), nullable=False),
        sa.Column('updated', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_import_runs_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_runs')),
    )
    with op.batch_alter_table('import_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_runs_status'), ['status'], unique=False)

    op.create_table(
        'import_chunks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('run_id', sa.Integer(), nullable=False),
        sa.Column('created_ids', sa.JSON(), nullable=False),
        sa.Column('before', sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(['run_id'], ['import_runs.id'], name=op.f('fk_import_chunks_run_id_import_runs')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_import_chunks')),
    )
    with op.batch_alter_table('import_chunks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_import_chunks_run_id'), ['run_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('import_chunks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_chunks_run_id'))
    op.drop_table('import_chunks')
    with op.batch_alter_table('import_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_import_runs_status'))
    op.drop_table('import_runs')
