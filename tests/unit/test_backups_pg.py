"""PostgreSQL backups: pg_dump and pg_restore, the password never on a command line.

With CAREDESK_TEST_PG_URL set, pg_dump and pg_restore must be installed: a machine
without them fails these tests (saying so) rather than skipping them.
"""

from __future__ import annotations

import json
import shutil

import pytest
from alembic import command

from app.db import _alembic_config, head_revision, migrate, open_database
from app.services.backups import (
    BackupFailed,
    BackupRefused,
    check_backup,
    daily_backup,
    pg_backup_command,
    restore_backup,
    take_backup,
)
from app.services.backups.pg_tools import connection_args, tool_env
from tests.conftest import reset_pg_schema, truncate_all
from tests.unit.backup_cases import MORNING, customer_count, every_row, store_world

ADDRESS = "postgresql+psycopg://care:s3cr3t@db.cuahang.vn:5433/caredesk"


@pytest.fixture
def pg_tools() -> None:
    for tool in ("pg_dump", "pg_restore"):
        if shutil.which(tool) is None:
            pytest.fail(
                f"{tool} is not on PATH, and CAREDESK_TEST_PG_URL is set: install the "
                "PostgreSQL client tools (Debian/Ubuntu: apt install postgresql-client)"
            )


@pytest.fixture
def pg_db(pg_database, pg_tools):
    """The test server's database, migrated and emptied."""
    migrate(pg_database)
    truncate_all(pg_database)
    return pg_database


def test_the_command_shown_to_an_admin_has_no_password():
    db = open_database(ADDRESS + "?sslmode=require", check=False)
    assert pg_backup_command(db) == (
        "pg_dump --format=custom --host=db.cuahang.vn --port=5433 --username=care "
        "'--dbname=dbname=caredesk sslmode=require' --file=caredesk.dump"
    )
    plain = open_database(ADDRESS, check=False)
    assert pg_backup_command(plain) == (
        "pg_dump --format=custom --host=db.cuahang.vn --port=5433 --username=care "
        "--dbname=caredesk --file=caredesk.dump"
    )


def test_the_password_goes_in_the_environment_not_the_arguments():
    url = open_database(ADDRESS, check=False).url
    assert "s3cr3t" not in " ".join(connection_args(url))
    assert tool_env(url)["PGPASSWORD"] == "s3cr3t"


def test_without_pg_dump_the_message_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump, no pg_restore
    db = open_database(ADDRESS, check=False)
    with pytest.raises(BackupFailed) as failed:
        take_backup(db, tmp_path, at=MORNING)
    assert failed.value.message == (
        "pg_dump was not found. Install the PostgreSQL client tools: on Debian or Ubuntu "
        "“sudo apt install postgresql-client”; on Windows the “Command Line Tools” of the "
        "PostgreSQL installer, with its bin folder added to PATH."
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.pg
def test_a_dump_restores_every_record_of_every_table(pg_db, tmp_path):
    store_world(pg_db)
    at_backup = every_row(pg_db)
    info = take_backup(pg_db, tmp_path, at=MORNING)
    assert info.path == tmp_path / "caredesk-backup-2026-12-07-070001.dump"
    assert info.backend == "postgresql" and info.revision == head_revision()
    assert info.counts == {name: len(rows) for name, rows in at_backup.items()}
    sidecar = json.loads((tmp_path / (info.path.name + ".json")).read_text())
    assert sidecar["sha256"] == info.sha256 and sidecar["counts"] == info.counts
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM slip_prints")
        conn.exec_driver_sql("UPDATE customers SET notes = 'đã sửa'")
    changed = every_row(pg_db)

    result = restore_backup(pg_db, info.path)

    assert every_row(pg_db) == at_backup
    assert result.upgraded_from is None and result.info.counts == info.counts
    assert result.kept_aside.name.startswith("caredesk-before-restore-")
    assert result.kept_aside.suffix == ".dump"
    restore_backup(pg_db, result.kept_aside)
    assert every_row(pg_db) == changed


@pytest.mark.pg
def test_a_damaged_dump_or_one_without_its_sidecar_is_refused(pg_db, tmp_path):
    store_world(pg_db)
    info = take_backup(pg_db, tmp_path, at=MORNING)
    with pg_db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM slip_prints")
    rows = every_row(pg_db)
    data = info.path.read_bytes()

    info.path.write_bytes(data[: len(data) // 2])
    with pytest.raises(BackupRefused, match="the file differs from the checksum recorded"):
        restore_backup(pg_db, info.path)
    info.path.write_bytes(data)
    (tmp_path / (info.path.name + ".json")).unlink()
    with pytest.raises(BackupRefused, match="has no description file beside it"):
        check_backup(info.path)

    assert every_row(pg_db) == rows
    assert [p.name for p in tmp_path.iterdir()] == [info.path.name]


@pytest.mark.pg
def test_an_sqlite_backup_is_refused_by_a_postgresql_database(pg_db, sqlite_db, tmp_path):
    zipped = take_backup(sqlite_db, tmp_path, at=MORNING)
    with pytest.raises(BackupRefused, match="is a backup of an SQLite file; this CareDesk"):
        restore_backup(pg_db, zipped.path)


@pytest.mark.pg
def test_the_daily_backup_is_the_servers_administrators_job(pg_db, tmp_path):
    assert daily_backup(pg_db, MORNING) is None
    assert not (tmp_path / "backups").exists()


@pytest.mark.pg
def test_an_older_dump_is_upgraded_when_restored(pg_database, pg_tools, tmp_path):
    url = pg_database.url.render_as_string(hide_password=False)
    reset_pg_schema(url)
    old = open_database(url)
    cfg = _alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")  # before the import journal tables (0011)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO stores (code, name, address, province, phone, is_active, "
            "created_at, updated_at, version) VALUES ('DN01', 'Cửa hàng Đà Nẵng', '', "
            "'Đà Nẵng', '', true, now(), now(), 1)"
        )
    older = take_backup(old, tmp_path, at=MORNING)
    assert older.revision == "0010" and "import_runs" not in older.counts
    migrate(old)
    store_world(old)  # the data of today's schema, with rows in the newer tables

    result = restore_backup(old, older.path)

    assert result.upgraded_from == "0010"
    rows = every_row(old)
    assert [r[1:3] for r in rows["stores"]] == [("DN01", "Cửa hàng Đà Nẵng")]
    assert rows["import_runs"] == [] and customer_count(old) == 0
    old.dispose()
    migrate(pg_database)
