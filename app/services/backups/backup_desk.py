"""Backups as the window uses them: the status bar's word on the last good copy, the
Admin tab's list, and the session-first calls a worker runs (ui/workers.py hands every
call a session of its own; a backup works on the database file, so it takes `db` too).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.i18n import t
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.backups.backup_settings import BACKUP_FOLDER, backup_folder
from app.services.backups.manifest import BackupInfo, last_good_backup, list_backups
from app.services.backups.pg_backup import pg_backup_command
from app.services.backups.restore import RestoreResult, check_backup, restore_backup
from app.services.backups.taking import take_backup
from app.services.changes import KINDS, writes
from app.services.settings import label
from app.services.settings_store import write_setting
from app.timeutil import now_utc

# The status bar warns once the last good copy is older than this.
WARN_AFTER = timedelta(days=3)


@dataclass(frozen=True)
class BackupStatus:
    """What the status bar says: nothing on PostgreSQL (the server's administrator keeps
    its backups), else when the last good copy was made and whether that is too long ago."""

    applies: bool
    last: datetime | None = None
    warn: bool = False


@dataclass(frozen=True)
class BackupsView:
    """The Admin > Backups tab: where copies go, the copies there, and for PostgreSQL the
    command a server administrator runs instead."""

    sqlite: bool
    folder: Path
    backups: tuple[BackupInfo, ...]
    pg_command: str = ""
    status: BackupStatus = BackupStatus(False)


def status_of(last: BackupInfo | None, now: datetime) -> BackupStatus:
    """The word on `last` (None: no copy yet) at `now`: a warning when none was made in
    the last three days."""
    if last is None:
        return BackupStatus(True, None, True)
    return BackupStatus(True, last.taken_at, now - last.taken_at > WARN_AFTER)


def backup_status(session: Session, db: Database, now: datetime | None = None) -> BackupStatus:
    if not db.is_sqlite or db.sqlite_path is None:
        return BackupStatus(False)
    return status_of(last_good_backup(backup_folder(db)), now or now_utc())


def read_backups(session: Session, db: Database) -> BackupsView:
    if not db.is_sqlite:
        return BackupsView(False, backup_folder(db), (), pg_backup_command(db))
    folder = backup_folder(db)
    status = status_of(last_good_backup(folder), now_utc())
    return BackupsView(True, folder, tuple(list_backups(folder)), status=status)


@writes("backup")
def back_up_now(session: Session, db: Database, actor: Actor, control=None) -> BackupInfo:
    """A copy now, into the backup folder (the daily copies' retention does not touch it
    until it is one of many on its day)."""
    require(actor, "data.backup")
    return take_backup(db, control=control)


def check_restore(session: Session, actor: Actor, path: Path) -> BackupInfo:
    """What restoring `path` would bring back, checked without touching anything."""
    require(actor, "data.backup")
    return check_backup(path)


@writes(*KINDS)
def restore_now(
    session: Session, db: Database, actor: Actor, path: Path, control=None
) -> RestoreResult:
    """Replace the data with the backup at `path` (the current data is kept aside first)."""
    require(actor, "data.backup")
    session.close()  # the worker's session must hold no connection while the file changes
    return restore_backup(db, path, control=control)


@writes("setting", "backup")
def choose_backup_folder(session: Session, actor: Actor, folder: str) -> Path:
    """Keep the copies in `folder` from now on (a USB disk, a synced folder): it must exist
    and take a file."""
    require(actor, "data.backup")
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise ValidationError(t("The folder {folder} does not exist.", folder=path), "folder")
    probe = path / f".caredesk-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ValidationError(
            t(
                "CareDesk cannot write to {folder} ({reason}). Choose a folder you can "
                "save files in.",
                folder=path,
                reason=exc.strerror or exc,
            ),
            "folder",
        ) from None
    write_setting(
        session, actor, BACKUP_FOLDER, lambda: label(BACKUP_FOLDER.key), str(path.resolve())
    )
    return path.resolve()
