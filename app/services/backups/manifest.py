"""What a backup holds, as its manifest says: the BackupInfo of a file.

A backup file has a sidecar `<file>.json` beside it (the BackupInfo fields, with the
checksum and size of the file as written). An SQLite backup also carries its own
`manifest.json` inside the zip (with the checksum of the database in it), so a zip
copied alone to a USB stick still says what it is. The backups of a folder are the files
whose manifest can be read; the last good one is the newest whose checksum still holds.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

FORMAT = "caredesk-backup"
FORMAT_VERSION = 1
SIDECAR_SUFFIX = ".json"
KIND_BACKUP = "backup"
KIND_BEFORE_RESTORE = "before-restore"
KINDS = (KIND_BACKUP, KIND_BEFORE_RESTORE)
SQLITE, POSTGRESQL = "sqlite", "postgresql"
DB_ENTRY = "caredesk.db"  # in an SQLite backup zip: the database
MANIFEST_ENTRY = "manifest.json"  # and this manifest
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError)
CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, read from its manifest."""

    path: Path  # the backup file
    taken_at: datetime  # aware, UTC
    revision: str  # alembic revision of the data in it
    counts: dict[str, int] = field(hash=False)  # rows per table
    sha256: str  # of the backup file as written
    size: int  # bytes of the backup file
    backend: str  # "sqlite" | "postgresql"
    app_version: str
    kind: str = KIND_BACKUP  # "backup", or "before-restore": the data a restore replaced


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo  # what was restored (its date and counts)
    kept_aside: Path  # where the data that was there before is kept (a backup file)
    upgraded_from: str | None  # the backup's revision when it was upgraded to this schema


def app_version() -> str:
    try:
        return metadata.version("caredesk")
    except metadata.PackageNotFoundError:
        return "unknown"


def sidecar_of(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def to_json(info: BackupInfo) -> dict[str, object]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": info.kind,
        "file": info.path.name,
        "taken_at": info.taken_at.astimezone(UTC).isoformat(),
        "revision": info.revision,
        "counts": dict(info.counts),
        "sha256": info.sha256,
        "size": info.size,
        "backend": info.backend,
        "app_version": info.app_version,
    }


def _counts(value: object) -> dict[str, int]:
    if not isinstance(value, dict):
        raise ValueError("counts")
    counts = {str(k): v for k, v in value.items()}
    if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()):
        raise ValueError("counts")
    return counts


def _moment(value: object) -> datetime:
    moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise ValueError("taken_at")
    return moment.astimezone(UTC)


def from_json(data: object, path: Path, sha256: str, size: int) -> BackupInfo:
    """The BackupInfo a manifest describes; ValueError when it is not a CareDesk manifest."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("format")
    kind = data.get("kind", KIND_BACKUP)
    backend = data.get("backend")
    revision = data.get("revision")
    if kind not in KINDS or backend not in (SQLITE, POSTGRESQL) or not isinstance(revision, str):
        raise ValueError("fields")
    return BackupInfo(
        path=path,
        taken_at=_moment(data.get("taken_at")),
        revision=revision,
        counts=_counts(data.get("counts")),
        sha256=sha256,
        size=size,
        backend=str(backend),
        app_version=str(data.get("app_version", "")),
        kind=str(kind),
    )


def read_sidecar(path: Path) -> BackupInfo | None:
    """The BackupInfo the sidecar beside `path` records (checksum and size as written);
    None when there is no sidecar, ValueError when there is one that is not readable."""
    sidecar = sidecar_of(path)
    if not sidecar.exists():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        sha256, size = data["sha256"], data["size"]
    except (OSError, UnicodeDecodeError, KeyError, TypeError) as exc:
        raise ValueError("sidecar") from exc
    if not isinstance(sha256, str) or not isinstance(size, int) or data.get("file") != path.name:
        raise ValueError("sidecar")
    return from_json(data, path, sha256, size)


def inner_manifest(
    *, kind: str, taken_at: datetime, revision: str, counts: dict[str, int], db_sha256: str
) -> bytes:
    """The manifest.json inside an SQLite backup zip (the checksum of the database in it)."""
    return json.dumps(
        {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "kind": kind,
            "taken_at": taken_at.astimezone(UTC).isoformat(),
            "revision": revision,
            "counts": counts,
            "db_sha256": db_sha256,
            "backend": SQLITE,
            "app_version": app_version(),
        },
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")


def sha256_of(path: Path) -> tuple[str, int]:
    """The checksum and size of the file as it is on disk."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def zip_info(path: Path) -> BackupInfo | None:
    """What a backup zip without its sidecar holds, from the manifest inside (None when it
    has none that can be read); its checksum is computed from the file."""
    try:
        with zipfile.ZipFile(path) as archive:
            data = json.loads(archive.read(MANIFEST_ENTRY).decode("utf-8"))
        sha256, size = sha256_of(path)
        return from_json(data, path, sha256, size)
    except (*ZIP_ERRORS, OSError, KeyError, ValueError):
        return None


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first; a file without a readable manifest is left out."""
    try:
        entries = [p for p in Path(folder).iterdir() if p.is_file()]
    except OSError:
        return []
    found = []
    for path in entries:
        if path.name.startswith(".") or path.name.endswith(SIDECAR_SUFFIX):
            continue
        try:
            info = read_sidecar(path)
        except ValueError:
            continue
        if info is None and path.suffix.lower() == ".zip":
            info = zip_info(path)
        if info is not None:
            found.append(info)
    return sorted(found, key=lambda i: (i.taken_at, i.path.name), reverse=True)


# Files found whole, by path, size and modification time: the status bar asks often, and
# a large backup takes seconds to read.
_WHOLE: set[tuple[str, int, int, str]] = set()


def _is_whole(info: BackupInfo) -> bool:
    try:
        stat = info.path.stat()
        key = (str(info.path), stat.st_size, stat.st_mtime_ns, info.sha256)
        if key in _WHOLE:
            return True
        whole = sha256_of(info.path) == (info.sha256, info.size)
    except OSError:
        return False
    if whole:
        _WHOLE.add(key)
    return whole


def last_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup (not a copy kept aside by a restore) whose file is whole: its
    checksum and size as written."""
    for info in list_backups(folder):
        if info.kind == KIND_BACKUP and _is_whole(info):
            return info
    return None
