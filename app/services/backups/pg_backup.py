"""Taking a backup of a PostgreSQL database: `pg_dump --format=custom` and its sidecar.

The rows per table and the schema revision are read in a REPEATABLE READ transaction
whose snapshot pg_dump is given (--snapshot), so the sidecar describes exactly the data
in the dump while other seats keep writing.
"""

from __future__ import annotations

import os
import shlex
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, inspect, select, text

from app.db import Database
from app.i18n import t
from app.models import Base
from app.services.backups import backup_errors
from app.services.backups.backup_errors import BackupFailed, writing_in
from app.services.backups.backup_files import (
    create_private,
    place,
    remove_quietly,
    report,
    temp_path,
    write_sidecar,
)
from app.services.backups.manifest import (
    POSTGRESQL,
    BackupInfo,
    app_version,
    sha256_of,
    sidecar_of,
)
from app.services.backups.pg_tools import ToolRun, connection_args, find_tool, run_tool, tool_env


def take_pg(db: Database, final: Path, *, at: datetime, kind: str, control=None) -> BackupInfo:
    """Dump `db` into `final` (a name no file has) and write its sidecar."""
    pg_dump = find_tool("pg_dump", BackupFailed)
    folder = final.parent
    temp = temp_path(folder, ".dump")
    placed = False
    try:
        with writing_in(folder):
            create_private(temp)
        report(control, 0, t("Copying the database…"))
        repeatable = db.engine.connect().execution_options(isolation_level="REPEATABLE READ")
        with repeatable as conn, conn.begin():
            snapshot = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            present = set(inspect(conn).get_table_names())
            counts = {
                table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for table in Base.metadata.sorted_tables
                if table.name in present  # a database at an older revision lacks some
            }
            args = [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={temp}"]
            run = run_tool(
                [*args, *connection_args(db.url)],
                tool_env(db.url),
                control,
                percent=10,
                text=t("Copying the database…"),
            )
        if run.returncode != 0:
            raise _dump_failed(folder, run)
        report(control, 90, t("Checking the file written…"))
        with writing_in(folder):
            with temp.open("r+b") as handle:
                os.fsync(handle.fileno())
            place(temp, final)
            placed = True
            sha256, size = sha256_of(final)
            info = BackupInfo(
                final, at, str(revision), counts, sha256, size, POSTGRESQL, app_version(), kind
            )
            write_sidecar(info)
        return info
    except BaseException:
        if placed:
            remove_quietly([final, sidecar_of(final)])
        raise
    finally:
        remove_quietly([temp])


def _dump_failed(folder: Path, run: ToolRun) -> BackupFailed:
    if "No space left" in run.stderr or "Disk quota" in run.stderr:
        return backup_errors.disk_full(folder)
    if "Read-only file system" in run.stderr:
        return backup_errors.read_only(folder)
    return BackupFailed(
        t(
            "pg_dump could not back the database up: {reason}. The backup was not made.",
            reason=run.reason,
        )
    )


def pg_backup_command(db: Database) -> str:
    """The pg_dump command an administrator can run for the same backup (no password:
    pg_dump asks for it, or reads PGPASSWORD or ~/.pgpass)."""
    args = ["pg_dump", "--format=custom", *connection_args(db.url), "--file=caredesk.dump"]
    if os.name == "nt":
        return subprocess.list2cmdline(args)
    return shlex.join(args)
