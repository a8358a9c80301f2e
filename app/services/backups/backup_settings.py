"""Where backups go: a folder an administrator may choose (a USB disk, a synced folder),
by default "backups" beside the SQLite file (for PostgreSQL, in the data folder)."""

from __future__ import annotations

import os
from pathlib import Path

from app.config import data_dir
from app.db import Database
from app.errors import ValidationError
from app.i18n import t
from app.services.settings_store import SettingDef, read_setting

DEFAULT_FOLDER_NAME = "backups"


def check_folder_setting(value: object) -> str:
    """A folder given as a whole path ("" keeps the default folder)."""
    text = str(value or "").strip()
    if text and not os.path.isabs(os.path.expanduser(text)):
        raise ValidationError(
            t(
                "Give the whole path of the folder, for example {example}, or leave it "
                "empty for the “backups” folder beside the database.",
                example="E:\\CareDesk" if os.name == "nt" else "/media/usb/CareDesk",
            ),
            "folder",
        )
    return text


BACKUP_FOLDER = SettingDef("backup.folder", str, "", check=check_folder_setting)
BACKUP_SETTINGS: tuple[SettingDef, ...] = (BACKUP_FOLDER,)


def backup_labels() -> dict[str, str]:
    return {BACKUP_FOLDER.key: t("Backup folder (empty: the “backups” folder beside the database)")}


def default_backup_folder(db: Database) -> Path:
    """ "backups" beside the SQLite file; for PostgreSQL, in the data folder."""
    source = db.sqlite_path
    base = source.parent if source is not None else data_dir()
    return base / DEFAULT_FOLDER_NAME


def backup_folder(db: Database) -> Path:
    """The folder chosen in the settings (read in a session of its own), or the default."""
    with db.session_scope() as session:
        chosen = str(read_setting(session, BACKUP_FOLDER) or "").strip()
    return Path(chosen).expanduser() if chosen else default_backup_folder(db)
