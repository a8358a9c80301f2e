"""The daily backup and which copies are kept.

The daily job (SQLite only: a PostgreSQL server is backed up by its administrator)
takes a backup the first time it runs on a local day at the store and then deletes the
copies the retention rule (retention.py: 7 daily, 4 weekly, 12 monthly) does not keep.
The rule counts only the copies CareDesk named (caredesk-backup-…): a copy kept aside by
a restore (caredesk-before-restore-…) or a file a person named stays until they delete it.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from app.db import Database
from app.services.backups.backup_files import PREFIXES, remove_quietly
from app.services.backups.backup_settings import backup_folder
from app.services.backups.manifest import KIND_BACKUP, BackupInfo, list_backups, sidecar_of
from app.services.backups.retention import copies_to_keep
from app.services.backups.taking import take_backup
from app.timeutil import zone

log = logging.getLogger(__name__)


def apply_retention(folder: Path, tz: ZoneInfo | str | None = None) -> list[Path]:
    """Delete the backups copies_to_keep() does not keep (days in `tz`, by default the
    store's zone); the files deleted, newest first."""
    local = zone(tz) if isinstance(tz, str) else tz or zone()
    copies = [
        i
        for i in list_backups(folder)
        if i.kind == KIND_BACKUP and i.path.name.startswith(PREFIXES[KIND_BACKUP] + "-")
    ]
    kept = copies_to_keep(i.taken_at.astimezone(local) for i in copies)
    deleted = []
    for info in copies:
        if info.taken_at.astimezone(local) in kept:
            continue
        try:
            info.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("old backup %s not deleted: %s", info.path, exc)
            continue
        remove_quietly([sidecar_of(info.path)])
        deleted.append(info.path)
    return deleted


def backup_due(folder: Path, now: datetime) -> bool:
    """True when no backup was taken on `now`'s local day at the store."""
    today = now.astimezone(zone()).date()
    return not any(
        i.kind == KIND_BACKUP and i.taken_at.astimezone(zone()).date() == today
        for i in list_backups(folder)
    )


def daily_backup(db: Database, now: datetime) -> BackupInfo | None:
    """SQLite: the day's backup into the backup folder if none was taken yet today, then
    the retention rule; None when one was (and always on PostgreSQL)."""
    if not db.is_sqlite:
        return None
    folder = backup_folder(db)
    if not backup_due(folder, now):
        return None
    info = take_backup(db, at=now)
    apply_retention(folder)
    return info
