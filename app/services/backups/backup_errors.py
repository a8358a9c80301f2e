"""What goes wrong with a backup, in words for the person at the counter.

Taking one fails (BackupFailed) because of the folder it goes to: missing (a USB disk
not plugged in), not a folder, read-only, not allowed, full. Restoring one is refused
(BackupRefused) because of the file: not a backup, damaged, from a newer version. Either
way nothing was changed, and the message says so.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import CareDeskError
from app.i18n import t


class BackupFailed(CareDeskError):
    """A backup could not be taken; the message says why and that nothing was changed."""


class BackupRefused(CareDeskError):
    """A backup was not restored; the message says why. The current data is untouched."""


def folder_missing(folder: Path) -> BackupFailed:
    return BackupFailed(
        t(
            "The backup folder {folder} does not exist. If it is on a USB disk, plug the "
            "disk in; otherwise choose another folder.",
            folder=folder,
        )
    )


def not_a_folder(folder: Path) -> BackupFailed:
    return BackupFailed(
        t("{folder} is a file, not a folder: choose a folder for the backups.", folder=folder)
    )


def read_only(folder: Path) -> BackupFailed:
    return BackupFailed(
        t(
            "The backup folder {folder} is read-only (a locked USB disk?). The backup was "
            "not made; choose another folder.",
            folder=folder,
        )
    )


def not_allowed(folder: Path) -> BackupFailed:
    return BackupFailed(
        t(
            "CareDesk may not write in the backup folder {folder}. The backup was not "
            "made; choose another folder or ask for access to this one.",
            folder=folder,
        )
    )


def disk_full(folder: Path) -> BackupFailed:
    return BackupFailed(
        t(
            "The disk of the backup folder {folder} is full. The backup was not made; "
            "free some space or choose another folder.",
            folder=folder,
        )
    )


def already_exists(path: Path) -> BackupFailed:
    return BackupFailed(t("{path} already exists: give the backup another file name.", path=path))


def tool_missing(tool: str) -> str:
    return t(
        "{tool} was not found. Install the PostgreSQL client tools: on Debian or Ubuntu "
        "“sudo apt install postgresql-client”; on Windows the “Command Line Tools” of the "
        "PostgreSQL installer, with its bin folder added to PATH.",
        tool=tool,
    )


def _from_errno(code: int | None, folder: Path) -> BackupFailed | None:
    if code in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return disk_full(folder)
    if code == errno.EROFS:
        return read_only(folder)
    if code in (errno.EACCES, errno.EPERM):
        return not_allowed(folder)
    if code == errno.ENOENT:
        return folder_missing(folder)
    return None


def _from_sqlite(message: str, folder: Path) -> BackupFailed | None:
    text = message.lower()
    if "disk is full" in text:
        return disk_full(folder)
    if "readonly" in text or "read-only" in text:
        return read_only(folder)
    if "unable to open" in text:
        return not_allowed(folder)
    return None


@contextmanager
def writing_in(folder: Path) -> Iterator[None]:
    """Turn an operating-system or SQLite write error into the BackupFailed it means."""
    try:
        yield
    except OSError as exc:
        known = _from_errno(exc.errno, folder)
        if known is None:
            reason = exc.strerror or str(exc)
            known = BackupFailed(
                t(
                    "The backup could not be written in {folder}: {reason}. The backup "
                    "was not made.",
                    folder=folder,
                    reason=reason,
                )
            )
        raise known from exc
    except sqlite3.OperationalError as exc:
        known = _from_sqlite(str(exc), folder)
        if known is None:
            raise
        raise known from exc


def check_folder(folder: Path) -> None:
    """The folder exists, is one, and a file can be made in it: else BackupFailed."""
    if not folder.exists():
        raise folder_missing(folder)
    if not folder.is_dir():
        raise not_a_folder(folder)
    probe = folder / f".caredesk-write-test-{os.getpid()}"
    with writing_in(folder):
        os.close(os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600))
        os.unlink(probe)


def not_found(path: Path) -> BackupRefused:
    return BackupRefused(t("{path} does not exist: choose the backup file again.", path=path))


def not_a_backup(path: Path) -> BackupRefused:
    return BackupRefused(
        t(
            "{path} is not a CareDesk backup. Choose a file CareDesk made, named like "
            "caredesk-backup-….zip. Nothing was changed.",
            path=path,
        )
    )


def damaged(path: Path, reason: str) -> BackupRefused:
    return BackupRefused(
        t(
            "{path} is damaged ({reason}) and cannot be restored. Nothing was changed; "
            "try another copy.",
            path=path,
            reason=reason,
        )
    )


def newer_version(path: Path, revision: str) -> BackupRefused:
    return BackupRefused(
        t(
            "{path} was made by a newer version of CareDesk (schema {revision}). Install "
            "that version to restore it. Nothing was changed.",
            path=path,
            revision=revision,
        )
    )


def other_backend(path: Path, backend: str) -> BackupRefused:
    if backend == "postgresql":
        return BackupRefused(
            t(
                "{path} is a backup of a PostgreSQL database; this CareDesk works on an "
                "SQLite file. Nothing was changed.",
                path=path,
            )
        )
    return BackupRefused(
        t(
            "{path} is a backup of an SQLite file; this CareDesk works on a PostgreSQL "
            "database. Nothing was changed.",
            path=path,
        )
    )


def cut_short() -> str:
    return t("the file is cut short or its contents do not match their checksums")


def checksum_differs() -> str:
    return t("the file differs from the checksum recorded when it was made")
