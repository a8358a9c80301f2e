"""Backups of the store's database: taking them, keeping the right ones, restoring them.

taking.py (where a backup goes) -> sqlite_backup.py (zip) / pg_backup.py (pg_dump);
restore.py -> sqlite_restore.py / pg_restore.py (checks first, the current data kept
aside, then the backup's data in place); daily.py (the day's backup and retention.py's
rule); manifest.py (BackupInfo, the sidecar, the backups in a folder); backup_files.py
(names, atomic writes); backup_errors.py (the messages); backup_settings.py (the folder);
backup_desk.py (the calls the window's workers make).
"""

from app.services.backups.backup_errors import BackupFailed, BackupRefused
from app.services.backups.backup_settings import (
    BACKUP_FOLDER,
    backup_folder,
    default_backup_folder,
)
from app.services.backups.daily import apply_retention, backup_due, daily_backup
from app.services.backups.manifest import (
    BackupInfo,
    RestoreResult,
    last_good_backup,
    list_backups,
)
from app.services.backups.pg_backup import pg_backup_command
from app.services.backups.restore import check_backup, restore_backup
from app.services.backups.taking import take_backup

__all__ = [
    "BACKUP_FOLDER",
    "BackupFailed",
    "BackupInfo",
    "BackupRefused",
    "RestoreResult",
    "apply_retention",
    "backup_due",
    "backup_folder",
    "check_backup",
    "daily_backup",
    "default_backup_folder",
    "last_good_backup",
    "list_backups",
    "pg_backup_command",
    "restore_backup",
    "take_backup",
]
