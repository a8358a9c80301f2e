"""Checking an SQLite backup zip and putting its data back in the live database.

Every check runs on a copy unpacked beside the database before anything is changed: the
sidecar's checksum (when it is there), the zip's CRCs, the checksum of the database in
it, SQLite's integrity check, the schema revision (one this version knows) and the rows
of every table against the manifest. Only then is the current data kept aside as a
backup, and the unpacked copy written into the live file with the online backup API (so
the file keeps its permissions and other connections see the restored data).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.db import SQLITE_BUSY_TIMEOUT_MS, Database, migrate
from app.i18n import t
from app.services.backups import backup_errors as refusal
from app.services.backups.backup_errors import BackupRefused
from app.services.backups.backup_files import (
    ZIP,
    Scaled,
    open_private,
    remove_quietly,
    report,
    temp_path,
    with_sqlite_companions,
)
from app.services.backups.manifest import (
    CHUNK,
    DB_ENTRY,
    MANIFEST_ENTRY,
    SQLITE,
    ZIP_ERRORS,
    BackupInfo,
    RestoreResult,
    from_json,
    sha256_of,
)
from app.services.backups.restore_checks import described
from app.services.backups.schema import is_older, revision_known
from app.services.backups.sqlite_checks import (
    FULL,
    connect_copy,
    count_rows,
    integrity_problem,
    stored_revision,
)
from app.services.backups.taking import keep_aside


@contextmanager
def checked_copy(path: Path, work: Path, control=None) -> Iterator[tuple[BackupInfo, Path]]:
    """The backup's manifest and its database unpacked in `work`, every check passed;
    BackupRefused otherwise. The unpacked copy is removed afterwards."""
    info, expected_sha = _read_zip(path)
    copy = temp_path(work, ".db")
    try:
        _unpack(path, copy, expected_sha, control)
        _check_database(path, copy, info, expected_sha, control)
        yield info, copy
    finally:
        remove_quietly(with_sqlite_companions(copy))


def _read_zip(path: Path) -> tuple[BackupInfo, str]:
    recorded = described(path, ZIP)
    sha256, size = sha256_of(path)
    if recorded is not None and (recorded.sha256, recorded.size) != (sha256, size):
        raise refusal.damaged(path, refusal.checksum_differs())
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {DB_ENTRY, MANIFEST_ENTRY} <= names:
                raise refusal.not_a_backup(path)
            data = json.loads(archive.read(MANIFEST_ENTRY).decode("utf-8"))
    except ZIP_ERRORS:
        raise refusal.damaged(path, refusal.cut_short()) from None
    except (UnicodeDecodeError, ValueError):
        raise refusal.not_a_backup(path) from None
    try:
        info = from_json(data, path, sha256, size)
        expected_sha = str(data["db_sha256"])
    except (ValueError, KeyError):
        raise refusal.not_a_backup(path) from None
    if info.backend != SQLITE:
        raise refusal.not_a_backup(path)
    if not revision_known(info.revision):
        raise refusal.newer_version(path, info.revision)
    return info, expected_sha


def _unpack(path: Path, copy: Path, expected_sha: str, control) -> None:
    digest = hashlib.sha256()
    text = t("Checking the backup…")
    try:
        with zipfile.ZipFile(path) as archive, archive.open(DB_ENTRY) as entry:
            total, done = max(archive.getinfo(DB_ENTRY).file_size, 1), 0
            with open_private(copy) as out:
                while chunk := entry.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
                    done += len(chunk)
                    report(control, 50 * done // total, text)
    except ZIP_ERRORS:
        raise refusal.damaged(path, refusal.cut_short()) from None
    except OSError as exc:
        raise BackupRefused(
            t(
                "The backup could not be unpacked in {folder} ({reason}). Nothing was "
                "changed; free some space there and try again.",
                folder=copy.parent,
                reason=exc.strerror or exc,
            )
        ) from None
    if digest.hexdigest() != expected_sha:
        raise refusal.damaged(path, refusal.cut_short())


# The checksums of the databases that passed integrity_check in this process: the same
# bytes are not checked twice (a check before the person confirms, then the restore).
_PASSED: set[str] = set()


def _check_database(path: Path, copy: Path, info: BackupInfo, sha256: str, control) -> None:
    try:
        conn = connect_copy(copy)
        try:
            problem = None
            if sha256 not in _PASSED:
                text = t("Checking the backup…")
                problem = integrity_problem(conn, FULL, control, 60, text)
            revision = stored_revision(conn)
            counts = None if problem else count_rows(conn, list(info.counts))
        finally:
            conn.close()
    except (sqlite3.DatabaseError, KeyError):
        problem = t("the database in it cannot be read")
    if problem is not None:
        raise refusal.damaged(
            path, t("the database in it fails SQLite's check: {problem}", problem=problem)
        )
    if revision != info.revision:
        raise refusal.damaged(path, t("its schema is not the one its manifest names"))
    if counts != info.counts:
        raise refusal.damaged(path, t("it does not hold the rows its manifest lists"))
    _PASSED.add(sha256)


def restore_sqlite(db: Database, path: Path, control=None) -> RestoreResult:
    """Check the backup, keep the current data aside, then put the backup's data in place."""
    live = db.sqlite_path
    if live is None:
        raise BackupRefused(t("A database kept in memory cannot be restored into."))
    with checked_copy(path, live.parent, Scaled(control, 0, 40)) as (info, copy):
        aside = keep_aside(db, Scaled(control, 40, 90))
        report(control, 90, t("Putting the backup's data in place…"))
        db.dispose()
        _copy_into(copy, live)
    upgraded_from = None
    if is_older(info.revision):
        migrate(db)
        upgraded_from = info.revision
    db.dispose()
    return RestoreResult(info, aside.path, upgraded_from)


def _copy_into(copy: Path, live: Path) -> None:
    """Write every page of `copy` into the live file in one step (one transaction)."""
    source = sqlite3.connect(copy)
    target = sqlite3.connect(live, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    try:
        source.backup(target, pages=-1)
    except sqlite3.DatabaseError as exc:  # its transaction rolled back: the data stays
        raise BackupRefused(
            t(
                "The backup's data could not be written into {path} ({reason}). The data "
                "there was left as it was.",
                path=live,
                reason=str(exc),
            )
        ) from exc
    finally:
        target.close()
        source.close()
