"""The backups of a folder, the daily backup and the copies kept, on real files.

Monday 7 December 2026 is the newest day; the local day is Hà Nội's (UTC+7), so 07:00
there is 00:00 UTC and midnight there is 17:00 UTC the day before.
"""

from __future__ import annotations

import json
import zipfile
from datetime import date, datetime, timedelta

import pytest

from app.services.backups import (
    apply_retention,
    backup_due,
    daily_backup,
    last_good_backup,
    list_backups,
    take_backup,
)
from app.services.backups.manifest import KIND_BEFORE_RESTORE
from app.services.backups.taking import take_kind
from app.services.settings import set_setting
from app.timeutil import zone
from tests import scenarios


def local(day: str, hour: int = 7, minute: int = 0, second: int = 0) -> datetime:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), tzinfo=zone()).replace(
        hour=hour, minute=minute, second=second
    )


def names(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".json"))


def test_retention_keeps_seven_days_four_weeks_and_the_newest_of_each_month(sqlite_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    first = date(2026, 10, 25)
    for n in range(44):  # every morning from Sunday 25 October to Monday 7 December
        take_backup(sqlite_db, folder, at=local((first + timedelta(days=n)).isoformat()))
    take_backup(sqlite_db, folder, at=local("2026-12-07", 15))  # a second one that Monday
    take_kind(sqlite_db, folder, kind=KIND_BEFORE_RESTORE, at=local("2026-11-10", 10))
    take_backup(sqlite_db, folder / "truoc-khi-nang-cap.zip", at=local("2026-11-10", 11))

    deleted = apply_retention(folder)

    assert names(folder) == [
        "caredesk-backup-2026-10-31-070000.zip",  # the newest of October
        "caredesk-backup-2026-11-22-070000.zip",  # Sunday: the newest of its week
        "caredesk-backup-2026-11-29-070000.zip",  # Sunday: the newest of its week
        "caredesk-backup-2026-11-30-070000.zip",  # the newest of November
        "caredesk-backup-2026-12-01-070000.zip",  # the last seven days...
        "caredesk-backup-2026-12-02-070000.zip",
        "caredesk-backup-2026-12-03-070000.zip",
        "caredesk-backup-2026-12-04-070000.zip",
        "caredesk-backup-2026-12-05-070000.zip",
        "caredesk-backup-2026-12-06-070000.zip",
        "caredesk-backup-2026-12-07-150000.zip",  # ...of which Monday's newest
        "caredesk-before-restore-2026-11-10-100000.zip",  # a restore's copy stays
        "truoc-khi-nang-cap.zip",  # and so does a file a person named
    ]
    assert len(deleted) == 45 - 11
    assert folder / "caredesk-backup-2026-12-07-070000.zip" in deleted
    assert folder / "caredesk-backup-2026-11-28-070000.zip" in deleted
    assert sorted(p.name for p in folder.iterdir() if p.name.endswith(".json")) == [
        n + ".json" for n in names(folder)
    ]
    assert apply_retention(folder) == []


def test_the_local_day_decides_what_is_kept(sqlite_db, tmp_path):
    # 23:30 and 00:30 in Hà Nội are two local days, though one UTC day (16:30, 17:30).
    late = take_backup(sqlite_db, tmp_path, at=local("2026-12-06", 23, 30))
    early = take_backup(sqlite_db, tmp_path, at=local("2026-12-07", 0, 30))
    assert late.taken_at.date() == early.taken_at.date()

    assert apply_retention(tmp_path, zone()) == []
    assert [b.path for b in list_backups(tmp_path)] == [early.path, late.path]


def test_two_utc_days_can_be_one_local_day_whose_older_copy_goes(sqlite_db, tmp_path):
    # 00:30 and 15:00 in Hà Nội on 7 December: 17:30 on the 6th and 08:00 on the 7th in UTC.
    early = take_backup(sqlite_db, tmp_path, at=local("2026-12-07", 0, 30))
    later = take_backup(sqlite_db, tmp_path, at=local("2026-12-07", 15))
    assert early.taken_at.date() != later.taken_at.date()

    assert apply_retention(tmp_path, "Asia/Ho_Chi_Minh") == [early.path]
    assert [b.path for b in list_backups(tmp_path)] == [later.path]
    assert not early.path.with_name(early.path.name + ".json").exists()


def test_the_zone_given_by_name_is_the_one_that_counts(sqlite_db, tmp_path):
    # 23:30 on the 6th and 00:30 on the 7th in Hà Nội are 01:30 and 02:30 on the 7th in Tokyo.
    late = take_backup(sqlite_db, tmp_path, at=local("2026-12-06", 23, 30))
    early = take_backup(sqlite_db, tmp_path, at=local("2026-12-07", 0, 30))

    assert apply_retention(tmp_path, "Asia/Tokyo") == [late.path]
    assert [b.path for b in list_backups(tmp_path)] == [early.path]


def test_list_backups_newest_first_and_files_without_a_manifest_left_out(sqlite_db, tmp_path):
    older = take_backup(sqlite_db, tmp_path, at=local("2026-12-05"))
    newer = take_backup(sqlite_db, tmp_path, at=local("2026-12-06"))
    alone = take_backup(sqlite_db, tmp_path, at=local("2026-12-04"))
    alone.path.with_name(alone.path.name + ".json").unlink()  # the zip's manifest says
    (tmp_path / "notes.txt").write_text("không phải bản sao lưu")
    with zipfile.ZipFile(tmp_path / "photos.zip", "w") as archive:
        archive.writestr("a.jpg", b"...")
    broken = take_backup(sqlite_db, tmp_path, at=local("2026-12-07"))
    broken.path.with_name(broken.path.name + ".json").write_text("{not json")

    listed = list_backups(tmp_path)

    assert [b.path for b in listed] == [newer.path, older.path, alone.path]
    assert listed[2].counts == alone.counts and listed[2].sha256 == alone.sha256
    assert list_backups(tmp_path / "no such folder") == []


def test_the_last_good_backup_is_the_newest_whole_one(sqlite_db, tmp_path):
    assert last_good_backup(tmp_path) is None
    good = take_backup(sqlite_db, tmp_path, at=local("2026-12-05"))
    cut = take_backup(sqlite_db, tmp_path, at=local("2026-12-06"))
    take_kind(sqlite_db, tmp_path, kind=KIND_BEFORE_RESTORE, at=local("2026-12-07"))
    assert last_good_backup(tmp_path) == cut

    cut.path.write_bytes(cut.path.read_bytes()[:-10])

    assert last_good_backup(tmp_path) == good


@pytest.mark.parametrize(
    ("now", "due"),
    [
        (local("2026-12-07", 23, 59, 59), False),  # the same local day as the backup
        (local("2026-12-08", 0, 0, 0), True),  # the next local day: 17:00 UTC, Dec 7
    ],
)
def test_a_backup_is_due_once_the_local_day_after_the_last_one_begins(
    sqlite_db, tmp_path, now, due
):
    take_backup(sqlite_db, tmp_path, at=local("2026-12-07", 7))
    assert backup_due(tmp_path, now) is due


def test_a_backup_just_after_midnight_counts_for_the_new_local_day(sqlite_db, tmp_path):
    take_backup(sqlite_db, tmp_path, at=local("2026-12-08", 0, 0, 1))  # 17:00:01 UTC Dec 7
    assert backup_due(tmp_path, local("2026-12-07", 23, 59, 59)) is True
    assert backup_due(tmp_path, local("2026-12-08", 6)) is False


def test_a_copy_kept_aside_by_a_restore_is_not_the_days_backup(sqlite_db, tmp_path):
    take_kind(sqlite_db, tmp_path, kind=KIND_BEFORE_RESTORE, at=local("2026-12-07", 9))
    assert backup_due(tmp_path, local("2026-12-07", 10)) is True
    assert backup_due(tmp_path / "empty", local("2026-12-07", 10)) is True


def test_the_daily_backup_runs_once_a_local_day_into_the_folder_of_the_settings(
    sqlite_db, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    with sqlite_db.session_scope() as s:
        set_setting(s, scenarios.first_admin(s), "backup.folder", str(usb))
    for n in range(10):  # the mornings of 20 to 29 November
        take_backup(sqlite_db, usb, at=local("2026-11-20") + timedelta(days=n))

    morning = daily_backup(sqlite_db, local("2026-12-07", 7))
    again = daily_backup(sqlite_db, local("2026-12-07", 23, 59, 59))
    next_day = daily_backup(sqlite_db, local("2026-12-08", 0, 0, 0))

    assert morning is not None and morning.path.parent == usb
    assert morning.taken_at == local("2026-12-07", 7) and morning.counts["users"] == 1
    assert again is None
    assert next_day is not None and next_day.path.name == "caredesk-backup-2026-12-08-000000.zip"
    # After 7 December the seven days with a copy are 7 December and 24-29 November, and
    # Sunday 22 November is the newest of its week: 20, 21 and 23 November go. After 8
    # December the seven days are 8 and 7 December and 25-29 November: 24 November goes.
    assert names(usb) == [
        "caredesk-backup-2026-11-22-070000.zip",
        "caredesk-backup-2026-11-25-070000.zip",
        "caredesk-backup-2026-11-26-070000.zip",
        "caredesk-backup-2026-11-27-070000.zip",
        "caredesk-backup-2026-11-28-070000.zip",
        "caredesk-backup-2026-11-29-070000.zip",
        "caredesk-backup-2026-12-07-070000.zip",
        "caredesk-backup-2026-12-08-000000.zip",
    ]


def test_the_sidecar_of_a_daily_backup_is_valid_json_with_its_fields(sqlite_db, tmp_path):
    info = daily_backup(sqlite_db, local("2026-12-07", 7))
    sidecar = json.loads(info.path.with_name(info.path.name + ".json").read_text())
    assert sidecar["taken_at"] == "2026-12-07T00:00:00+00:00"
    assert info.path.parent == tmp_path / "backups"
