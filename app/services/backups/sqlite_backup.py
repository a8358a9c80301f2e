"""Taking a backup of the SQLite database: one zip file and its sidecar.

The copy is made with SQLite's online backup API in ONE step, so it is a consistent
snapshot of the WAL database even while other connections write; it is checked
(quick_check, rows per table: sqlite_checks.py says why not the full check) before it is
compressed into the zip with its manifest. Everything is written under temporary names in
the target folder and renamed once flushed to the disk, then the checksum is read back
from the file written.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from datetime import datetime
from pathlib import Path

from app.db import SQLITE_BUSY_TIMEOUT_MS, Database
from app.i18n import t
from app.services.backups.backup_errors import BackupFailed, writing_in
from app.services.backups.backup_files import (
    create_private,
    flush_to_disk,
    open_private,
    place,
    remove_quietly,
    report,
    temp_path,
    with_sqlite_companions,
    write_sidecar,
)
from app.services.backups.manifest import (
    CHUNK,
    DB_ENTRY,
    MANIFEST_ENTRY,
    SQLITE,
    BackupInfo,
    app_version,
    inner_manifest,
    sha256_of,
    sidecar_of,
)
from app.services.backups.schema import model_tables
from app.services.backups.sqlite_checks import (
    QUICK,
    connect_copy,
    count_rows,
    integrity_problem,
    stored_revision,
)

# zlib level 1: measured on a 1,000,000-customer database, level 1 compresses as well as
# level 6 to within a few per cent in a fraction of the time (docs/architecture.md).
ZIP_LEVEL = 1
ZIP64_FROM = 1 << 31


def take_sqlite(db: Database, final: Path, *, at: datetime, kind: str, control=None) -> BackupInfo:
    """Write the backup of `db` as `final` (a name no file has) and its sidecar."""
    source = db.sqlite_path
    if source is None:
        raise BackupFailed(t("A database kept in memory has no file to back up."))
    folder = final.parent
    copy, packed = temp_path(folder, ".db"), temp_path(folder, ".zip")
    placed = False
    try:
        with writing_in(folder):
            report(control, 0, t("Copying the database…"))
            create_private(copy)
            revision, counts = _snapshot(source, copy)
            report(control, 25, t("Compressing the copy…"))
            _compress(
                copy, packed, kind=kind, at=at, revision=revision, counts=counts, control=control
            )
            report(control, 90, t("Checking the file written…"))
            place(packed, final)
            placed = True
            sha256, size = sha256_of(final)
            info = BackupInfo(
                final, at, revision, counts, sha256, size, SQLITE, app_version(), kind
            )
            write_sidecar(info)
        return info
    except BaseException:
        if placed:
            remove_quietly([final, sidecar_of(final)])
        raise
    finally:
        remove_quietly([*with_sqlite_companions(copy), packed])


def _snapshot(source: Path, copy: Path) -> tuple[str, dict[str, int]]:
    """Copy the live database into `copy` in one step; check it; its revision and counts."""
    live = sqlite3.connect(source, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    target = sqlite3.connect(copy, isolation_level=None)
    try:
        live.backup(target, pages=-1)
    finally:
        target.close()
        live.close()
    conn = connect_copy(copy)
    try:
        problem = integrity_problem(conn, QUICK)
        if problem is not None:
            raise BackupFailed(
                t(
                    "The database failed SQLite's check ({problem}), so no "
                    "backup was made of it. Keep the last good backup and call for support.",
                    problem=problem,
                )
            )
        revision = stored_revision(conn)
        if revision is None:
            raise BackupFailed(t("The database has no schema revision: it is not CareDesk's."))
        return revision, count_rows(conn, model_tables(), missing_ok=True)
    finally:
        conn.close()


def _compress(
    copy: Path,
    packed: Path,
    *,
    kind: str,
    at: datetime,
    revision: str,
    counts: dict[str, int],
    control,
) -> None:
    size = copy.stat().st_size
    digest, done = hashlib.sha256(), 0
    text = t("Compressing the copy…")
    with open_private(packed) as handle:
        with zipfile.ZipFile(
            handle, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL
        ) as archive:
            with (
                archive.open(DB_ENTRY, "w", force_zip64=size >= ZIP64_FROM) as entry,
                copy.open("rb") as data,
            ):
                while chunk := data.read(CHUNK):
                    digest.update(chunk)
                    entry.write(chunk)
                    done += len(chunk)
                    report(control, 25 + 65 * done // max(size, 1), text)
            manifest = inner_manifest(
                kind=kind,
                taken_at=at,
                revision=revision,
                counts=counts,
                db_sha256=digest.hexdigest(),
            )
            archive.writestr(MANIFEST_ENTRY, manifest)
        flush_to_disk(handle)
