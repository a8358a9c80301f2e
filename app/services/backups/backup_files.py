"""Backup files on disk: their names, private temporary files, fsync, atomic placement.

Nothing half-written ever carries a backup's name: each file is written under a hidden
temporary name in the same folder, flushed to the disk (fsync), then renamed, and the
folder itself is flushed so the rename survives a power cut. Files are readable by their
owner only (0600): they hold the whole customer base.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from app.services.backups.manifest import (
    KIND_BACKUP,
    KIND_BEFORE_RESTORE,
    BackupInfo,
    sidecar_of,
    to_json,
)
from app.timeutil import zone

PREFIXES = {KIND_BACKUP: "caredesk-backup", KIND_BEFORE_RESTORE: "caredesk-before-restore"}


def backup_name(kind: str, at: datetime, suffix: str) -> str:
    """caredesk-backup-2026-12-07-070001.zip: the store's local time, to the second."""
    local = at.astimezone(zone())
    return f"{PREFIXES[kind]}-{local:%Y-%m-%d-%H%M%S}{suffix}"


def free_name(folder: Path, kind: str, at: datetime, suffix: str) -> Path:
    """A name in `folder` no file has yet (…-2, …-3 when two are taken the same second)."""
    first = folder / backup_name(kind, at, suffix)
    path, n = first, 1
    while path.exists() or sidecar_of(path).exists():
        n += 1
        path = first.with_name(first.name.removesuffix(suffix) + f"-{n}{suffix}")
    return path


def temp_path(folder: Path, suffix: str) -> Path:
    return folder / f".caredesk-{uuid.uuid4().hex[:12]}{suffix}.tmp"


def open_private(path: Path) -> BinaryIO:
    """A new file only its owner may read, open for writing (never an existing one)."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(path, flags, 0o600), "wb")


def create_private(path: Path) -> None:
    open_private(path).close()


def flush_to_disk(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def place(temp: Path, final: Path) -> None:
    """Give a flushed temporary file its final name, durably."""
    os.replace(temp, final)
    fsync_folder(final.parent)


def write_sidecar(info: BackupInfo) -> Path:
    """The sidecar beside the backup, written whole or not at all."""
    final = sidecar_of(info.path)
    temp = temp_path(final.parent, ".json")
    try:
        with open_private(temp) as handle:
            handle.write(json.dumps(to_json(info), ensure_ascii=False, indent=1).encode("utf-8"))
            flush_to_disk(handle)
        place(temp, final)
    finally:
        remove_quietly([temp])
    return final


def remove_quietly(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def with_sqlite_companions(path: Path) -> list[Path]:
    """The file and the journal files SQLite may have left beside it."""
    return [path, *(path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm"))]


def report(control, percent: int, text: str) -> None:
    """Tell a TaskControl-like `control` how far the work is (it raises when cancelled)."""
    if control is not None:
        control.progress(percent, text)


class Scaled:
    """A part of a longer task: its 0-100 reported as `start`-`end` of the whole."""

    def __init__(self, control, start: int, end: int) -> None:
        self.control, self.start, self.end = control, start, end

    def progress(self, percent: int, text: str = "") -> None:
        report(self.control, self.start + (self.end - self.start) * percent // 100, text)


ZIP, SQLITE_FILE, PG_DUMP = "zip", "sqlite-file", "pg-dump"


def signature(path: Path) -> str | None:
    """What a file is by its first bytes: a zip, an SQLite database, a pg_dump archive."""
    with path.open("rb") as handle:
        head = handle.read(16)
    if head.startswith(b"PK\x03\x04"):
        return ZIP
    if head.startswith(b"SQLite format 3\x00"):
        return SQLITE_FILE
    if head.startswith(b"PGDMP"):
        return PG_DUMP
    return None
