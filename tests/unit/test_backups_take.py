"""Taking an SQLite backup: one private zip with its manifest and a sidecar, written whole
or not at all; a folder that cannot take it is said so in one message."""

from __future__ import annotations

import errno
import hashlib
import io
import json
import os
import stat
import zipfile
from datetime import UTC, datetime

import pytest

from app.errors import ValidationError
from app.services.backups import (
    BackupFailed,
    backup_files,
    backup_folder,
    default_backup_folder,
    list_backups,
    sqlite_backup,
    take_backup,
)
from app.services.settings import set_setting
from tests import scenarios
from tests.factories import make_customer
from tests.unit.backup_cases import MORNING, every_row


@pytest.fixture
def shop(sqlite_db):
    """Two customers, An and Bình, in a migrated SQLite database beside an empty folder."""
    with sqlite_db.session_scope() as s:
        make_customer(s, "Nguyễn Văn An", phones=["0912 345 678"])
        make_customer(s, "Trần Thị Bình", phones=["0903 123 456"])
    return sqlite_db


def files_in(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_a_backup_is_a_private_zip_with_its_manifest_and_a_sidecar(shop, tmp_path):
    info = take_backup(shop, at=MORNING)

    folder = tmp_path / "backups"  # beside caredesk.db
    assert info.path == folder / "caredesk-backup-2026-12-07-070001.zip"
    assert files_in(folder) == [
        "caredesk-backup-2026-12-07-070001.zip",
        "caredesk-backup-2026-12-07-070001.zip.json",
    ]
    assert info.taken_at == MORNING and info.backend == "sqlite" and info.kind == "backup"
    assert info.counts["customers"] == 2 and info.counts["customer_phones"] == 2
    assert info.counts["complaints"] == 0
    data = info.path.read_bytes()
    assert info.sha256 == hashlib.sha256(data).hexdigest() and info.size == len(data)
    for name in files_in(folder):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600

    with zipfile.ZipFile(info.path) as archive:
        assert sorted(archive.namelist()) == ["caredesk.db", "manifest.json"]
        assert archive.getinfo("caredesk.db").compress_type == zipfile.ZIP_DEFLATED
        inner = json.loads(archive.read("manifest.json"))
        db_bytes = archive.read("caredesk.db")
    assert inner["revision"] == info.revision and inner["counts"] == info.counts
    assert inner["taken_at"] == "2026-12-07T00:00:01+00:00"
    assert inner["db_sha256"] == hashlib.sha256(db_bytes).hexdigest()
    assert db_bytes.startswith(b"SQLite format 3\x00")

    sidecar = json.loads((folder / "caredesk-backup-2026-12-07-070001.zip.json").read_text())
    assert sidecar["sha256"] == info.sha256 and sidecar["size"] == info.size
    assert sidecar["counts"] == info.counts and sidecar["revision"] == info.revision
    assert sidecar["kind"] == "backup" and sidecar["backend"] == "sqlite"
    assert list_backups(folder) == [info]


def test_the_database_is_left_as_it_was(shop):
    before = every_row(shop)
    take_backup(shop, at=MORNING)
    assert every_row(shop) == before


def test_a_folder_given_gets_a_named_file_and_a_file_name_is_kept(shop, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    into_folder = take_backup(shop, usb, at=MORNING)
    named = take_backup(shop, usb / "truoc-khi-nang-cap.zip", at=MORNING)

    assert into_folder.path == usb / "caredesk-backup-2026-12-07-070001.zip"
    assert named.path == usb / "truoc-khi-nang-cap.zip"
    assert (usb / "truoc-khi-nang-cap.zip.json").exists()


def test_two_backups_in_the_same_second_get_two_names(shop, tmp_path):
    first = take_backup(shop, at=MORNING)
    second = take_backup(shop, at=MORNING)
    assert first.path.name == "caredesk-backup-2026-12-07-070001.zip"
    assert second.path.name == "caredesk-backup-2026-12-07-070001-2.zip"


def test_an_existing_file_is_not_overwritten(shop, tmp_path):
    mine = tmp_path / "mine.zip"
    mine.write_bytes(b"the admin's own file")
    with pytest.raises(BackupFailed, match="already exists: give the backup another file name"):
        take_backup(shop, mine, at=MORNING)
    assert mine.read_bytes() == b"the admin's own file"


def test_the_folder_of_the_settings_is_used_and_a_relative_one_refused(shop, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    assert backup_folder(shop) == default_backup_folder(shop) == tmp_path / "backups"
    with shop.session_scope() as s:
        admin = scenarios.first_admin(s)
        with pytest.raises(ValidationError, match="Give the whole path of the folder"):
            set_setting(s, admin, "backup.folder", "usb/backups")
        set_setting(s, admin, "backup.folder", f"  {usb}  ")

    info = take_backup(shop, at=MORNING)

    assert backup_folder(shop) == usb
    assert info.path.parent == usb
    assert not (tmp_path / "backups").exists()


def test_a_chosen_folder_that_is_missing_is_not_made(shop, tmp_path):
    unplugged = tmp_path / "usb" / "backups"
    with shop.session_scope() as s:
        set_setting(s, scenarios.first_admin(s), "backup.folder", str(unplugged))

    with pytest.raises(BackupFailed) as refused:
        take_backup(shop, at=MORNING)

    assert refused.value.message == (
        f"The backup folder {unplugged} does not exist. If it is on a USB disk, plug the "
        "disk in; otherwise choose another folder."
    )
    assert not (tmp_path / "usb").exists()


def test_a_file_where_the_folder_should_be(shop, tmp_path):
    (tmp_path / "usb").write_text("not a folder")
    with pytest.raises(BackupFailed, match="is a file, not a folder"):
        take_backup(shop, tmp_path / "usb" / "x.zip", at=MORNING)


def _failing_open(monkeypatch, folder, code):
    """os.open refusing every file in `folder` with `code`, as that disk would."""
    real_open = os.open

    def fake(path, *args, **kwargs):
        if os.path.dirname(os.fspath(path)) == str(folder):
            raise OSError(code, os.strerror(code), os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.EROFS, "The backup folder {folder} is read-only (a locked USB disk?)."),
        (errno.EACCES, "CareDesk may not write in the backup folder {folder}."),
    ],
)
def test_a_read_only_or_forbidden_folder(shop, tmp_path, monkeypatch, code, message):
    usb = tmp_path / "usb"
    usb.mkdir()
    before = every_row(shop)
    _failing_open(monkeypatch, usb, code)

    with pytest.raises(BackupFailed) as refused:
        take_backup(shop, usb, at=MORNING)

    monkeypatch.undo()
    assert refused.value.message.startswith(message.format(folder=usb))
    assert files_in(usb) == []
    assert every_row(shop) == before


@pytest.mark.skipif(
    getattr(os, "geteuid", lambda: -1)() in (0, -1), reason="permission bits bind no root"
)
def test_a_folder_without_write_permission(shop, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(BackupFailed, match="CareDesk may not write in the backup folder"):
            take_backup(shop, locked, at=MORNING)
    finally:
        locked.chmod(0o700)
    assert files_in(locked) == []


class FillsUp(io.RawIOBase):
    """A file on a disk with `room` bytes left: then every write fails with ENOSPC."""

    def __init__(self, handle, room: int) -> None:
        self.handle, self.room = handle, room

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.handle.write(data)

    def seek(self, *args) -> int:
        return self.handle.seek(*args)

    def tell(self) -> int:
        return self.handle.tell()

    def flush(self) -> None:
        self.handle.flush()

    def fileno(self) -> int:
        return self.handle.fileno()

    def close(self) -> None:
        if not self.closed:
            super().close()
            self.handle.close()


@pytest.mark.parametrize("room", [0, 5000])
def test_a_full_disk_while_the_zip_is_written(shop, tmp_path, monkeypatch, room):
    usb = tmp_path / "usb"
    usb.mkdir()
    before = every_row(shop)
    real = backup_files.open_private
    monkeypatch.setattr(sqlite_backup, "open_private", lambda path: FillsUp(real(path), room))

    with pytest.raises(BackupFailed) as refused:
        take_backup(shop, usb, at=MORNING)

    assert refused.value.message == (
        f"The disk of the backup folder {usb} is full. The backup was not made; free "
        "some space or choose another folder."
    )
    assert files_in(usb) == []  # no temporary file, nothing under the final name
    assert every_row(shop) == before


def test_a_full_disk_while_the_sidecar_is_written_leaves_no_zip_either(shop, tmp_path, monkeypatch):
    real = backup_files.open_private
    monkeypatch.setattr(backup_files, "open_private", lambda path: FillsUp(real(path), 10))

    with pytest.raises(BackupFailed, match="is full. The backup was not made"):
        take_backup(shop, tmp_path, at=MORNING)

    assert [name for name in files_in(tmp_path) if not name.startswith("caredesk.db")] == []


class Cancelled(Exception):
    pass


class CancelWhenCompressing:
    def __init__(self) -> None:
        self.reports: list[tuple[int, str]] = []

    def progress(self, percent: int, text: str) -> None:
        self.reports.append((percent, text))
        if text == "Compressing the copy…":
            raise Cancelled


def test_a_cancelled_backup_leaves_nothing(shop, tmp_path):
    control = CancelWhenCompressing()
    with pytest.raises(Cancelled):
        take_backup(shop, at=datetime(2026, 12, 7, tzinfo=UTC), control=control)
    assert control.reports == [(0, "Copying the database…"), (25, "Compressing the copy…")]
    assert files_in(tmp_path / "backups") == []
