"""Restoring an SQLite backup: the data comes back record for record, the data it
replaces is kept aside, an older backup is upgraded, and a file that is not a whole
CareDesk backup of this version or older is refused with the database untouched."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from alembic import command

from app.db import _alembic_config, head_revision, open_database
from app.services.actor import Actor
from app.services.backups import (
    BackupRefused,
    check_backup,
    list_backups,
    restore_backup,
    sqlite_checks,
    sqlite_restore,
    take_backup,
)
from app.services.settings import set_setting
from tests.factories import make_customer
from tests.unit.backup_cases import MORNING, customer_count, every_row, store_world


@pytest.fixture
def world(sqlite_db):
    store_world(sqlite_db)
    return sqlite_db


def change_everything(db) -> None:
    """What happens after the backup: a customer added, a record deleted, one edited."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM slip_prints")
        conn.exec_driver_sql("UPDATE customers SET notes = 'đã sửa sau sao lưu'")
    with db.session_scope() as s:
        make_customer(s, "Đỗ Văn Mới", phones=["0977 000 111"])


def test_a_restore_brings_back_every_record_of_every_table(world, tmp_path):
    at_backup = every_row(world)
    assert all(at_backup.values())  # the world has rows in every table
    info = take_backup(world, at=MORNING)
    change_everything(world)
    changed = every_row(world)

    result = restore_backup(world, info.path)

    assert every_row(world) == at_backup
    assert result.info.taken_at == MORNING
    assert result.info.counts == {name: len(rows) for name, rows in at_backup.items()}
    assert result.upgraded_from is None
    # The data replaced is a backup of its own, named for a person to recognise.
    assert result.kept_aside.parent == tmp_path / "backups"
    assert result.kept_aside.name.startswith("caredesk-before-restore-")
    aside = check_backup(result.kept_aside)
    assert aside.kind == "before-restore"
    assert aside.counts["customers"] == 4 and aside.counts["slip_prints"] == 0
    restore_backup(world, result.kept_aside)
    assert every_row(world) == changed


def test_the_live_file_keeps_its_mode_and_an_open_engine_sees_the_data(world, tmp_path):
    info = take_backup(world, at=MORNING)
    change_everything(world)
    live = tmp_path / "caredesk.db"
    mode = live.stat().st_mode
    other_seat = open_database(f"sqlite:///{live}")
    assert customer_count(other_seat) == 4

    restore_backup(world, info.path)

    assert live.stat().st_mode == mode
    assert customer_count(other_seat) == 3
    with sqlite3.connect(live) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other_seat.dispose()


def test_a_zip_copied_alone_still_restores(world, tmp_path):
    info = take_backup(world, at=MORNING)
    stick = tmp_path / "usb"
    stick.mkdir()
    alone = Path(shutil.copy(info.path, stick))
    change_everything(world)

    result = restore_backup(world, alone)

    assert result.info.counts == info.counts and result.info.sha256 == info.sha256
    assert customer_count(world) == 3


def test_check_backup_says_what_a_backup_holds_and_touches_nothing(world, tmp_path):
    info = take_backup(world, at=MORNING)
    before = every_row(world)

    checked = check_backup(info.path)

    assert checked == info
    assert every_row(world) == before
    assert [b.path for b in list_backups(tmp_path / "backups")] == [info.path]


# --- refusals -------------------------------------------------------------------------------


def rezip(info, target: Path, *, revision: str | None = None, extra_customers: int = 0) -> Path:
    """A copy of a backup zip whose manifest (and database) were edited, without a sidecar:
    `revision` written in both, or the customers counted `extra_customers` too many."""
    work = target.with_suffix(".work.db")
    with zipfile.ZipFile(info.path) as archive:
        work.write_bytes(archive.read("caredesk.db"))
        manifest = json.loads(archive.read("manifest.json"))
    if revision:
        with sqlite3.connect(work) as conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        manifest["revision"] = revision
    manifest["counts"]["customers"] += extra_customers
    data = work.read_bytes()
    manifest["db_sha256"] = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("caredesk.db", data)
        archive.writestr("manifest.json", json.dumps(manifest))
    work.unlink()
    return target


@pytest.fixture
def backed_up(world, tmp_path):
    """The world's backup, then a change: what a refused restore must leave in place."""
    info = take_backup(world, at=MORNING)
    change_everything(world)
    return info


def refused(db, path: Path, tmp_path: Path) -> str:
    """Restore `path`, expect a refusal; the database and the backup folder unchanged."""
    rows = every_row(db)
    folder = sorted((tmp_path / "backups").iterdir())
    with pytest.raises(BackupRefused) as refusal:
        restore_backup(db, path)
    with pytest.raises(BackupRefused) as checked:
        check_backup(path)
    assert checked.value.message == refusal.value.message
    assert every_row(db) == rows
    assert sorted((tmp_path / "backups").iterdir()) == folder  # nothing kept aside
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".caredesk")] == []
    return refusal.value.message


def test_a_text_file_is_not_a_backup(world, backed_up, tmp_path):
    notes = tmp_path / "ghi-chu.zip"
    notes.write_text("Danh sách khách hàng", encoding="utf-8")
    assert refused(world, notes, tmp_path) == (
        f"{notes} is not a CareDesk backup. Choose a file CareDesk made, named like "
        "caredesk-backup-….zip. Nothing was changed."
    )


def test_a_database_file_is_not_a_backup(world, backed_up, tmp_path):
    plain = tmp_path / "copy.db"
    shutil.copy(tmp_path / "caredesk.db", plain)
    assert refused(world, plain, tmp_path).startswith(f"{plain} is not a CareDesk backup.")


def test_a_zip_of_something_else_is_not_a_backup(world, backed_up, tmp_path):
    other = tmp_path / "photos.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("caredesk.db", b"SQLite format 3\x00")
    assert refused(world, other, tmp_path).startswith(f"{other} is not a CareDesk backup.")


def test_a_missing_file(world, backed_up, tmp_path):
    gone = tmp_path / "gone.zip"
    assert refused(world, gone, tmp_path) == f"{gone} does not exist: choose the backup file again."


def test_a_backup_from_a_newer_version_is_refused(world, backed_up, tmp_path):
    newer = rezip(backed_up, tmp_path / "newer.zip", revision="ffff9999")
    assert refused(world, newer, tmp_path) == (
        f"{newer} was made by a newer version of CareDesk (schema ffff9999). Install that "
        "version to restore it. Nothing was changed."
    )


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_a_truncated_zip_is_damaged(world, backed_up, tmp_path, keep):
    data = backed_up.path.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert refused(world, cut, tmp_path) == (
        f"{cut} is damaged (the file is cut short or its contents do not match their "
        "checksums) and cannot be restored. Nothing was changed; try another copy."
    )


def test_a_zip_with_a_flipped_byte_fails_its_crc(world, backed_up, tmp_path):
    data = bytearray(backed_up.path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(data))
    assert "is damaged (the file is cut short or its contents do not match" in refused(
        world, flipped, tmp_path
    )


def test_a_backup_that_differs_from_its_sidecar_is_damaged(world, backed_up, tmp_path):
    sidecar = backed_up.path.with_name(backed_up.path.name + ".json")
    recorded = json.loads(sidecar.read_text())
    recorded["sha256"] = "0" * 64
    sidecar.write_text(json.dumps(recorded))
    assert refused(world, backed_up.path, tmp_path) == (
        f"{backed_up.path} is damaged (the file differs from the checksum recorded when it "
        "was made) and cannot be restored. Nothing was changed; try another copy."
    )


def test_a_truncated_backup_beside_its_sidecar_is_damaged(world, backed_up, tmp_path):
    data = backed_up.path.read_bytes()
    backed_up.path.write_bytes(data[:-100])
    assert "the file differs from the checksum recorded" in refused(world, backed_up.path, tmp_path)


def test_counts_that_do_not_match_the_database_in_the_zip(world, backed_up, tmp_path):
    wrong = rezip(backed_up, tmp_path / "wrong.zip", extra_customers=1)
    assert refused(world, wrong, tmp_path) == (
        f"{wrong} is damaged (it does not hold the rows its manifest lists) and cannot be "
        "restored. Nothing was changed; try another copy."
    )


# --- an older backup ------------------------------------------------------------------------


def test_a_backup_of_an_older_schema_is_upgraded_when_restored(world, tmp_path):
    old_path = tmp_path / "old" / "caredesk.db"
    old_path.parent.mkdir()
    old = open_database(f"sqlite:///{old_path}")
    cfg = _alembic_config()
    with old.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0010")  # before the import journal tables (0011)
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO stores (code, name, address, province, phone, is_active, "
            "created_at, updated_at, version) VALUES ('DN01', 'Cửa hàng Đà Nẵng', '', "
            "'Đà Nẵng', '', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00', 1)"
        )
    old_backup = take_backup(old, tmp_path / "old", at=MORNING)
    old.dispose()
    assert old_backup.revision == "0010" and "import_runs" not in old_backup.counts

    result = restore_backup(world, old_backup.path)

    assert result.upgraded_from == "0010"
    with sqlite3.connect(tmp_path / "caredesk.db") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        assert conn.execute("SELECT code, name FROM stores").fetchall() == [
            ("DN01", "Cửa hàng Đà Nẵng")
        ]
        assert conn.execute("SELECT COUNT(*) FROM customers").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM import_runs").fetchone()[0] == 0
    assert every_row(world)["stores"][0][1] == "DN01"


class Cancelled(Exception):
    pass


class CancelWhileChecking:
    """A person who presses Cancel once the unpacked database is being checked."""

    def progress(self, percent: int, text: str) -> None:
        # The unpacking reports up to 20 %, the integrity check 24 % (60 % of the first 40).
        if text == "Checking the backup…" and percent >= 24:
            raise Cancelled


def test_a_restore_cancelled_during_the_integrity_check_changes_nothing(
    world, backed_up, tmp_path, monkeypatch
):
    monkeypatch.setattr(sqlite_checks, "PROGRESS_EVERY", 100)  # a small file: hear often
    monkeypatch.setattr(sqlite_restore, "_PASSED", set())  # not checked before
    rows = every_row(world)

    with pytest.raises(Cancelled):
        restore_backup(world, backed_up.path, control=CancelWhileChecking())

    assert every_row(world) == rows
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [
        backed_up.path.name,
        backed_up.path.name + ".json",
    ]  # nothing kept aside: the restore stopped before that
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".caredesk")] == []


def test_no_restore_when_the_current_data_cannot_be_kept_aside(world, backed_up, tmp_path):
    unplugged = tmp_path / "usb"
    with world.session_scope() as s:
        set_setting(s, Actor.os_user(), "backup.folder", str(unplugged))
    rows = every_row(world)

    with pytest.raises(BackupRefused) as refusal:
        restore_backup(world, backed_up.path)

    assert refusal.value.message == (
        "The current data could not be kept aside first, so nothing was restored. The "
        f"backup folder {unplugged} does not exist. If it is on a USB disk, plug the disk "
        "in; otherwise choose another folder."
    )
    assert every_row(world) == rows
