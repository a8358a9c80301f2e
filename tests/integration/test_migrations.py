"""The schema: upgrade, downgrade, upgrade again; models and migrations agree; backups."""

from __future__ import annotations

import shutil
import sqlite3
import stat

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app import db as app_db
from app.db import _alembic_config, current_revision, head_revision, migrate, open_database
from app.errors import DatabaseError
from app.models import Base


def _diff(db):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def test_upgrade_downgrade_upgrade_and_models_match(empty_db_url):
    db = open_database(empty_db_url)
    first = migrate(db)
    assert first.before is None and first.after == head_revision()
    assert _diff(db) == []

    cfg = _alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(db) is None
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}

    again = migrate(db)
    assert again.changed and again.after == head_revision()
    assert _diff(db) == []
    db.dispose()


def test_second_migrate_changes_nothing(empty_db_url):
    db = open_database(empty_db_url)
    migrate(db)
    second = migrate(db)
    assert not second.changed and second.backup is None
    db.dispose()


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.db"
    db = open_database(f"sqlite:///{path}")
    migrate(db)
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    before = path.read_bytes()
    db = open_database(f"sqlite:///{path}")
    with pytest.raises(DatabaseError, match="newer version of CareDesk"):
        migrate(db)
    db.dispose()
    assert path.read_bytes() == before


NEXT_REVISION = """
from alembic import op
import sqlalchemy as sa

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("stores") as batch:
        batch.add_column(sa.Column("fax", sa.String(40), nullable=True))


def downgrade():
    with op.batch_alter_table("stores") as batch:
        batch.drop_column("fax")
"""


def test_pending_migration_backs_up_the_sqlite_file_first(tmp_path, monkeypatch):
    path = tmp_path / "caredesk.db"
    db = open_database(f"sqlite:///{path}")
    migrate(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO stores (code, name, address, province, phone, is_active, "
            "created_at, updated_at, version) VALUES ('HN01', 'Cửa hàng Hà Nội', '', '', '', "
            "1, '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)"
        )
    # A newer app: the same migrations plus one revision.
    scripts = tmp_path / "migrations"
    shutil.copytree(app_db.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9001_add_fax.py").write_text(
        NEXT_REVISION.replace("{head}", head_revision())
    )
    monkeypatch.setattr(app_db, "MIGRATIONS_DIR", scripts)

    result = migrate(db)

    assert result.after == "9001" and result.backup == tmp_path / "caredesk.db.before-9001.bak"
    assert stat.S_IMODE(result.backup.stat().st_mode) == 0o600
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT name FROM stores").fetchall() == [("Cửa hàng Hà Nội",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "9001"
    assert "fax" in {c["name"] for c in inspect(db.engine).get_columns("stores")}
    db.dispose()
