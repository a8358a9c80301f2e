"""Taking a backup: where it goes, then the SQLite zip or the PostgreSQL dump.

`target` may be a folder (the file is named in it, e.g.
caredesk-backup-2026-12-07-070001.zip in the store's local time) or a file path; without
one the backup goes to the backup folder of the settings. The default folder is made
when missing; a chosen one is not (a USB disk that is not plugged in is said so).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from app.db import Database
from app.i18n import t
from app.services.backups.backup_errors import (
    BackupFailed,
    BackupRefused,
    already_exists,
    check_folder,
    writing_in,
)
from app.services.backups.backup_files import free_name
from app.services.backups.backup_settings import backup_folder, default_backup_folder
from app.services.backups.manifest import KIND_BACKUP, KIND_BEFORE_RESTORE, BackupInfo, sidecar_of
from app.services.backups.pg_backup import take_pg
from app.services.backups.sqlite_backup import take_sqlite
from app.timeutil import now_utc


def take_backup(
    db: Database, target: Path | None = None, *, at: datetime | None = None, control=None
) -> BackupInfo:
    """Back `db` up into `target` (a folder or a file; None: the backup folder)."""
    return take_kind(db, target, at=at, control=control, kind=KIND_BACKUP)


def take_kind(
    db: Database,
    target: Path | None = None,
    *,
    kind: str,
    at: datetime | None = None,
    control=None,
) -> BackupInfo:
    moment = (at or now_utc()).astimezone(UTC)
    suffix = ".zip" if db.is_sqlite else ".dump"
    final = _destination(db, target, kind, moment, suffix)
    if db.is_sqlite:
        return take_sqlite(db, final, at=moment, kind=kind, control=control)
    return take_pg(db, final, at=moment, kind=kind, control=control)


def keep_aside(db: Database, control=None) -> BackupInfo:
    """Before a restore: the current data as a backup ("before-restore") in the backup
    folder; BackupRefused (nothing restored) when it cannot be written."""
    try:
        return take_kind(db, kind=KIND_BEFORE_RESTORE, control=control)
    except BackupFailed as exc:
        raise BackupRefused(
            t(
                "The current data could not be kept aside first, so nothing was restored. {reason}",
                reason=exc.message,
            )
        ) from exc


def _destination(db: Database, target: Path | None, kind: str, at: datetime, suffix: str) -> Path:
    if target is None:
        folder = backup_folder(db)
        if folder == default_backup_folder(db) and not folder.exists():
            with writing_in(folder.parent):
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        check_folder(folder)
        return free_name(folder, kind, at, suffix)
    target = Path(os.path.expanduser(target))
    if target.is_dir() or not target.suffix:
        check_folder(target)
        return free_name(target, kind, at, suffix)
    check_folder(target.parent)
    if target.exists() or sidecar_of(target).exists():
        raise already_exists(target)
    return target
