"""Checking a PostgreSQL dump and restoring it with pg_restore.

The dump's sidecar is required (it holds the checksum, the rows and the revision);
`pg_restore --list` reads the archive, and the revision inside the dump must be the
one the sidecar names. The current database is kept aside with pg_dump first, then
`pg_restore --clean --if-exists --no-owner --single-transaction` replaces it: all of
it, or (on any error) none of it.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL

from app.db import Database, migrate
from app.i18n import t
from app.services.backups import backup_errors as refusal
from app.services.backups.backup_errors import BackupRefused
from app.services.backups.backup_files import PG_DUMP, Scaled, report
from app.services.backups.manifest import (
    POSTGRESQL,
    BackupInfo,
    RestoreResult,
    sha256_of,
    sidecar_of,
)
from app.services.backups.pg_tools import ToolRun, connection_args, find_tool, run_tool, tool_env
from app.services.backups.restore_checks import described
from app.services.backups.schema import is_older, revision_known
from app.services.backups.taking import keep_aside

_TABLE = re.compile(r"^\d+; \d+ \d+ TABLE (?!DATA )(\S+) (\S+) ", re.MULTILINE)
_VERSION_COPY = re.compile(r"^COPY \S*alembic_version \(version_num\) FROM stdin;\n(\S+)\n", re.M)


def check_pg(path: Path) -> BackupInfo:
    """Everything the restore checks on a dump; BackupRefused saying what is wrong."""
    info, _ = _checked(path)
    return info


def _checked(path: Path) -> tuple[BackupInfo, set[str]]:
    recorded = described(path, PG_DUMP)
    if recorded is None:
        raise BackupRefused(
            t(
                "{path} has no description file beside it ({sidecar}). Copy that file "
                "together with the dump. Nothing was changed.",
                path=path,
                sidecar=sidecar_of(path).name,
            )
        )
    if recorded.backend != POSTGRESQL:
        raise refusal.not_a_backup(path)
    if sha256_of(path) != (recorded.sha256, recorded.size):
        raise refusal.damaged(path, refusal.checksum_differs())
    if not revision_known(recorded.revision):
        raise refusal.newer_version(path, recorded.revision)
    pg_restore = find_tool("pg_restore", BackupRefused)
    listing = run_tool([pg_restore, "--list", str(path)], tool_env_plain())
    if listing.returncode != 0:
        raise refusal.damaged(path, listing.reason)
    data = run_tool(
        [pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(path)],
        tool_env_plain(),
    )
    found = _VERSION_COPY.search(data.stdout)
    if data.returncode != 0 or found is None or found.group(1) != recorded.revision:
        raise refusal.damaged(path, t("its schema is not the one its manifest names"))
    return recorded, {name for _, name in _TABLE.findall(listing.stdout)}


def tool_env_plain() -> dict[str, str]:
    """The environment for reading a dump file (no server involved)."""
    return tool_env(URL.create("postgresql"))


def restore_pg(db: Database, path: Path, control=None) -> RestoreResult:
    report(control, 0, t("Checking the backup…"))
    info, tables = _checked(path)
    pg_restore = find_tool("pg_restore", BackupRefused)
    find_tool("pg_dump", BackupRefused)  # the current data is kept aside with it
    aside = keep_aside(db, Scaled(control, 10, 60))
    report(control, 60, t("Putting the backup's data in place…"))
    db.dispose()
    # Tables of a later schema than the backup's would stay, holding the replaced data
    # (and their foreign keys would stop the restore): they go, their rows are in `aside`.
    extra = set(inspect(db.engine).get_table_names()) - tables
    if extra:
        with db.engine.begin() as conn:
            for name in sorted(extra):
                conn.execute(text(f'DROP TABLE IF EXISTS "{name}" CASCADE'))
    run = _pg_restore(db, pg_restore, path)
    if run.returncode != 0:
        if extra:  # put back the database as it was, from the copy just taken
            _pg_restore(db, pg_restore, aside.path)
        db.dispose()
        raise _restore_failed(path, run)
    upgraded_from = None
    if is_older(info.revision):
        migrate(db)
        upgraded_from = info.revision
    db.dispose()
    return RestoreResult(info, aside.path, upgraded_from)


def _pg_restore(db: Database, pg_restore: str, path: Path) -> ToolRun:
    args = [pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction"]
    return run_tool(
        [*args, *connection_args(db.url), str(path)], tool_env(db.url, lock_timeout=True)
    )


def _restore_failed(path: Path, run: ToolRun) -> BackupRefused:
    if "lock timeout" in run.stderr:
        return BackupRefused(
            t(
                "Other seats are using the database, so {path} was not restored. Close "
                "CareDesk on the other seats and restore again. Nothing was changed.",
                path=path,
            )
        )
    return BackupRefused(
        t(
            "pg_restore could not restore {path}: {reason}. Nothing was changed.",
            path=path,
            reason=run.reason,
        )
    )
