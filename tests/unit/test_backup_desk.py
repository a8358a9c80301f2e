"""Who may back up, restore and move the backups: administrators only; a refusal writes
nothing and changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.errors import PermissionDenied
from app.models import Customer, Setting
from app.services.backups.backup_desk import (
    back_up_now,
    check_restore,
    choose_backup_folder,
    restore_now,
)
from tests import scenarios
from tests.factories import make_customer


@pytest.fixture
def desk(sqlite_db):
    with sqlite_db.session_scope() as s:
        admin = scenarios.first_admin(s)
        agent = scenarios.staff_member(s, admin)
        supervisor = scenarios.staff_member(s, admin, "tam.dang", "Đặng Thanh Tâm", "supervisor")
        make_customer(s, "Nguyễn Thị Đào")
    return sqlite_db, admin, agent, supervisor


def names(db) -> list[str]:
    with db.session_scope() as s:
        return sorted(s.scalars(select(Customer.full_name)))


def test_only_an_administrator_backs_up(desk):
    db, admin, agent, supervisor = desk
    folder = db.sqlite_path.parent / "backups"
    for refused in (agent, supervisor):
        with db.session_scope() as s, pytest.raises(PermissionDenied):
            back_up_now(s, db, refused)
    assert not folder.exists() or list(folder.iterdir()) == []

    with db.session_scope() as s:
        info = back_up_now(s, db, admin)
    assert info.counts["customers"] == 1
    assert sorted(p.name for p in folder.iterdir()) == [info.path.name, info.path.name + ".json"]


def test_only_an_administrator_restores_or_looks_into_a_backup(desk):
    db, admin, agent, supervisor = desk
    with db.session_scope() as s:
        copy = back_up_now(s, db, admin).path
        make_customer(s, "Lê Thị Hoa")
    for refused in (agent, supervisor):
        with db.session_scope() as s, pytest.raises(PermissionDenied):
            check_restore(s, refused, copy)
        with db.session_scope() as s, pytest.raises(PermissionDenied):
            restore_now(s, db, refused, copy)
    assert names(db) == ["Lê Thị Hoa", "Nguyễn Thị Đào"]

    with db.session_scope() as s:
        assert check_restore(s, admin, copy).counts["customers"] == 1
    with db.session_scope() as s:
        restore_now(s, db, admin, copy)
    assert names(db) == ["Nguyễn Thị Đào"]


def test_only_an_administrator_moves_the_backups(desk, tmp_path):
    db, admin, agent, supervisor = desk
    usb = tmp_path / "usb"
    usb.mkdir()
    for refused in (agent, supervisor):
        with db.session_scope() as s, pytest.raises(PermissionDenied):
            choose_backup_folder(s, refused, str(usb))
        with db.session_scope() as s:
            assert s.get(Setting, "backup.folder") is None

    with db.session_scope() as s:
        assert choose_backup_folder(s, admin, str(usb)) == usb
    with db.session_scope() as s:
        assert s.get(Setting, "backup.folder").value == str(usb)
