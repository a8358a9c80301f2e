"""What a seat and the Admin screen read: a sign-in with the idle-lock time, the Admin
screen's users, stores and settings, the people work can go to, the open stores, and
settings saved all together or not at all."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.models import User
from app.services.access.admin_reads import read_admin
from app.services.access.seat import (
    IDLE_LOCK_SETTING,
    create_first_admin_at_seat,
    sign_in_at_seat,
)
from app.services.access.stores import open_stores
from app.services.access.users import active_users, set_active
from app.services.settings import get_setting, save_settings, set_setting
from tests import scenarios
from tests.factories import make_store
from tests.scenarios import ADMIN_PASSWORD, STAFF_PASSWORD


def test_the_first_administrator_signs_in_with_the_default_idle_time(db):
    with db.session_scope() as s:
        signed_in = create_first_admin_at_seat(
            s, "admin", "Quản Trị Viên", ADMIN_PASSWORD, ADMIN_PASSWORD
        )

    assert signed_in.actor.username == "admin"
    assert signed_in.idle_minutes == 15


def test_a_sign_in_brings_the_idle_time_and_a_refusal_still_counts_the_attempt(db, admin):
    with db.session_scope() as s:
        set_setting(s, admin, IDLE_LOCK_SETTING, 10)
        agent = scenarios.staff_member(s, admin)
    with db.session_scope() as s:
        refused = sign_in_at_seat(s, "yen.tran", "sai-mat-khau")
    assert refused.signed_in is None and refused.message
    with db.session_scope() as s:
        assert s.get(User, agent.user_id).failed_attempts == 1  # committed

    with db.session_scope() as s:
        outcome = sign_in_at_seat(s, "yen.tran", STAFF_PASSWORD)
    assert outcome.signed_in is not None
    assert outcome.signed_in.actor.user_id == agent.user_id
    assert outcome.signed_in.idle_minutes == 10


def test_the_admin_screen_reads_users_stores_and_settings_together(db, admin):
    with db.session_scope() as s:
        make_store(s, "HN01", "Cửa hàng Hà Nội")
        make_store(s, "DN01", "Cửa hàng Đà Nẵng", is_active=False)
        set_setting(s, admin, IDLE_LOCK_SETTING, 30)
    with db.session_scope() as s:
        data = read_admin(s)

    assert [u.username for u in data.users] == ["admin"]
    assert [store.code for store in data.stores] == ["DN01", "HN01"]  # closed ones too
    assert data.idle_minutes == 30
    assert data.settings[IDLE_LOCK_SETTING] == 30


def test_work_goes_to_active_people_in_vietnamese_order(db, admin):
    with db.session_scope() as s:
        for username, name in (("vo.an", "Võ An"), ("do.binh", "Đỗ Bình"), ("le.cuc", "Lê Cúc")):
            scenarios.staff_member(s, admin, username, name)
    with db.session_scope() as s:
        binh = next(u for u in active_users(s) if u.username == "do.binh")
        set_active(s, admin, binh.id, False)
    with db.session_scope() as s:
        names = [u.full_name for u in active_users(s)]

    assert names == ["Lê Cúc", "Quản Trị Viên", "Võ An"]


def test_forms_offer_only_the_open_stores(db):
    with db.session_scope() as s:
        make_store(s, "SG01", "Cửa hàng Sài Gòn")
        make_store(s, "HN01", "Cửa hàng Hà Nội")
        make_store(s, "DN01", "Cửa hàng Đà Nẵng", is_active=False)
    with db.session_scope() as s:
        assert [store.code for store in open_stores(s)] == ["HN01", "SG01"]


def test_settings_are_saved_all_together_or_none_naming_the_refused_one(db, admin):
    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        save_settings(s, admin, {IDLE_LOCK_SETTING: 20, "sla.closes": "25:00"})
    assert refused.value.field == "sla.closes"
    with db.session_scope() as s:
        assert get_setting(s, IDLE_LOCK_SETTING) == 15  # not stored either

    with db.session_scope() as s:
        save_settings(s, admin, {IDLE_LOCK_SETTING: 20, "sla.closes": "18:00"})
    with db.session_scope() as s:
        assert (get_setting(s, IDLE_LOCK_SETTING), get_setting(s, "sla.closes")) == (20, "18:00")
