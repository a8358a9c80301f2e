"""Checking a backup file and restoring it, on SQLite or PostgreSQL.

The file says what it is by its first bytes (a zip made from an SQLite database, or a
pg_dump archive), not by its name. A refusal (BackupRefused) always leaves the current
data as it was.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from app.config import data_dir
from app.db import Database
from app.services.backups import backup_errors as refusal
from app.services.backups.backup_files import PG_DUMP, ZIP, signature
from app.services.backups.manifest import POSTGRESQL, SQLITE, BackupInfo, RestoreResult
from app.services.backups.pg_restore import check_pg, restore_pg
from app.services.backups.sqlite_restore import checked_copy, restore_sqlite


def _what(path: Path) -> str | None:
    if not path.is_file():
        raise refusal.not_found(path)
    try:
        return signature(path)
    except OSError:
        raise refusal.not_found(path) from None


def _scratch() -> Path:
    """Where a backup is unpacked to be checked: the data folder (on the disk the database
    is on, unlike a /tmp that may be memory), else the system's temporary folder."""
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir())
    return folder


def check_backup(path: Path) -> BackupInfo:
    """Every check a restore makes, without touching any database; BackupRefused."""
    path = Path(path)
    kind = _what(path)
    if kind == ZIP:
        with checked_copy(path, _scratch()) as (info, _):
            return info
    if kind == PG_DUMP:
        return check_pg(path)
    raise refusal.not_a_backup(path)


def restore_backup(db: Database, path: Path, control=None) -> RestoreResult:
    """Replace the data of `db` with the backup's, the current data kept aside first."""
    path = Path(path)
    kind = _what(path)
    if kind not in (ZIP, PG_DUMP):
        raise refusal.not_a_backup(path)
    if db.is_sqlite and kind != ZIP:
        raise refusal.other_backend(path, POSTGRESQL)
    if not db.is_sqlite and kind != PG_DUMP:
        raise refusal.other_backend(path, SQLITE)
    if db.is_sqlite:
        return restore_sqlite(db, path, control)
    return restore_pg(db, path, control)
