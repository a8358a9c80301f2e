"""Signing in, lockouts, the idle lock, and passwords that are never kept in clear."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text

from app.errors import Conflict, NotFound, ValidationError
from app.logs import setup_file_logging
from app.models import AuditEntry, Role, User
from app.services.access import auth, users
from app.services.actor import Actor
from tests.scenarios import staff_member

NOW = datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
SECRET = "Mật-khẩu-bí-mật-42"


@pytest.fixture
def lan(db, admin) -> Actor:
    with db.session_scope() as s:
        return staff_member(s, admin, "lan.nguyen", "Nguyễn Thị Lan", password=SECRET)


def _sign_in(db, username, password, now=NOW):
    with db.session_scope() as s:
        return auth.sign_in(s, username, password, now=now)


def test_first_start_asks_for_an_administrator_once(db):
    with db.session_scope() as s:
        assert auth.needs_first_admin(s)
        actor = auth.create_first_admin(s, "Admin", "Quản Trị", "mat-khau-1", "mat-khau-1")
    assert actor.username == "admin" and actor.role == Role.ADMIN and actor.tier == 3
    with db.session_scope() as s:
        assert not auth.needs_first_admin(s)
        with pytest.raises(Conflict, match="already exists"):
            auth.create_first_admin(s, "other", "Người Khác", "mat-khau-2", "mat-khau-2")


def test_sign_in_with_the_right_password(db, lan):
    result = _sign_in(db, "LAN.NGUYEN ", SECRET)
    assert result.ok and result.actor.full_name == "Nguyễn Thị Lan"
    assert result.actor.role == Role.AGENT


@pytest.mark.parametrize("username", ["lan.nguyen", "nobody"])
def test_a_wrong_password_or_unknown_user_gets_the_same_answer(db, lan, username):
    result = _sign_in(db, username, "sai-mat-khau")
    assert not result.ok and result.message == "Wrong username or password."


def test_five_failures_lock_the_account_for_five_minutes_even_after_a_restart(db, lan):
    for _ in range(4):
        assert _sign_in(db, "lan.nguyen", "sai").message == "Wrong username or password."
    fifth = _sign_in(db, "lan.nguyen", "sai")
    assert "try again in 5 min" in fifth.message
    # A restart: a new engine on the same database still knows.
    db.dispose()
    still = _sign_in(db, "lan.nguyen", SECRET, now=NOW + timedelta(minutes=4))
    assert not still.ok and "try again in 1 min" in still.message
    later = _sign_in(db, "lan.nguyen", SECRET, now=NOW + timedelta(minutes=5, seconds=1))
    assert later.ok


def test_a_successful_sign_in_resets_the_count(db, lan):
    for _ in range(4):
        _sign_in(db, "lan.nguyen", "sai")
    assert _sign_in(db, "lan.nguyen", SECRET).ok
    for _ in range(4):
        assert _sign_in(db, "lan.nguyen", "sai").message == "Wrong username or password."


def test_an_admin_password_reset_lifts_a_lockout(db, admin, lan):
    for _ in range(5):
        _sign_in(db, "lan.nguyen", "sai")
    with db.session_scope() as s:
        users.reset_password(s, admin, lan.user_id, "mat-khau-moi")
    assert _sign_in(db, "lan.nguyen", "mat-khau-moi").ok


def test_a_disabled_user_cannot_sign_in(db, admin, lan):
    with db.session_scope() as s:
        users.set_active(s, admin, lan.user_id, False)
    result = _sign_in(db, "lan.nguyen", SECRET)
    assert not result.ok and "disabled" in result.message


def test_only_the_same_user_unlocks_the_seat(db, admin, lan):
    with db.session_scope() as s:
        refused = auth.unlock(s, lan, "mat-khau-1", now=NOW)  # the admin's password
    assert not refused.ok
    assert "Only Nguyễn Thị Lan can unlock this seat" in refused.message
    assert "Switch user" in refused.message
    with db.session_scope() as s:
        assert auth.unlock(s, lan, SECRET, now=NOW).ok


def test_change_own_password_needs_the_current_one(db, lan):
    with db.session_scope() as s, pytest.raises(ValidationError, match="current password"):
        auth.change_own_password(s, lan, "sai", "mat-khau-moi", "mat-khau-moi")
    with db.session_scope() as s:
        auth.change_own_password(s, lan, SECRET, "mat-khau-moi", "mat-khau-moi")
    assert _sign_in(db, "lan.nguyen", "mat-khau-moi").ok


@pytest.mark.parametrize(
    ("password", "again", "message"),
    [
        ("", "", "Type a password"),
        ("x", "x", "too short"),
        ("        ", "        ", "only spaces"),
        ("mat-khau-1", "mat-khau-2", "not the same"),
    ],
)
def test_bad_passwords_are_refused(db, admin, password, again, message):
    with db.session_scope() as s, pytest.raises(ValidationError, match=message):
        users.add_user(s, admin, "moi.nv", "Nhân Viên Mới", "agent", password, again)


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("lan nguyen", "cannot contain spaces"),
        ("a" * 300, "too long"),
        ("", "Type a username"),
        ("x", "2 or more letters"),
        ("nguyễn", "without accents"),
        ("admin", "is taken"),
    ],
)
def test_bad_usernames_are_refused(db, admin, username, message):
    with db.session_scope() as s, pytest.raises(ValidationError, match=message) as refused:
        users.add_user(s, admin, username, "Nhân Viên Mới", "agent", "mat-khau-9")
    assert refused.value.field == "username"


def test_the_last_active_admin_can_be_neither_disabled_nor_demoted(db, admin):
    with db.session_scope() as s:
        chi = staff_member(s, admin, "chi.le", "Lê Thị Chi", "admin")
    # Two admins: one may disable the other ...
    with db.session_scope() as s:
        users.set_active(s, chi, admin.user_id, False)
    # ... but then the last one can neither be disabled (by itself) nor demoted.
    with db.session_scope() as s, pytest.raises(ValidationError, match="your own account"):
        users.set_active(s, chi, chi.user_id, False)
    with db.session_scope() as s, pytest.raises(ValidationError, match="last active admin"):
        users.update_user(s, chi, chi.user_id, role="agent")
    with db.session_scope() as s, pytest.raises(ValidationError, match="last active admin"):
        users.set_active(s, Actor.os_user(), chi.user_id, False)
    with db.session_scope() as s:
        active_admins = s.scalars(
            select(User.username).where(User.role == Role.ADMIN, User.is_active.is_(True))
        ).all()
    assert active_admins == ["chi.le"]


def test_the_password_is_never_stored_logged_or_audited(db, admin, lan, caplog):
    log_path = setup_file_logging(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    _sign_in(db, "lan.nguyen", SECRET)
    _sign_in(db, "lan.nguyen", SECRET + "x")
    with db.session_scope() as s:
        users.reset_password(s, admin, lan.user_id, SECRET + "2")
        auth.unlock(s, lan, SECRET + "2")
        auth.change_own_password(s, lan, SECRET + "2", SECRET + "3", SECRET + "3")
    with db.session_scope() as s:
        audit_text = " ".join(
            f"{e.before} {e.after} {e.actor}" for e in s.scalars(select(AuditEntry))
        )
        hashes = s.scalars(select(User.password_hash)).all()
        if db.is_sqlite:
            s.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        else:
            dump = s.execute(text("SELECT string_agg(t::text, ' ') FROM users t")).scalar()
            audit_text += dump
    assert all(h.startswith("$argon2id$") for h in hashes)
    db.dispose()
    stored = db.sqlite_path.read_bytes() if db.is_sqlite else b""
    for secret in (SECRET, SECRET + "x", SECRET + "2", SECRET + "3"):
        assert secret not in audit_text and secret not in caplog.text
        assert secret.encode() not in stored
        assert log_path is None or secret not in log_path.read_text(encoding="utf-8")


def test_screenshots_render_as_the_first_active_admin_or_the_named_user(db):
    with db.session_scope() as s:
        assert auth.screenshot_actor(s, None) is auth.SCREENSHOT_ACTOR  # nobody yet
        first = auth.create_first_admin(s, "admin", "Quản Trị", "mat-khau-1", "mat-khau-1")
        users.add_user(s, first, "lan.nguyen", "Nguyễn Thị Lan", "agent", SECRET)
    with db.session_scope() as s:
        assert auth.screenshot_actor(s, None).username == "admin"
        assert auth.screenshot_actor(s, "LAN.NGUYEN").role == Role.AGENT
        with pytest.raises(NotFound, match="no user nobody"):
            auth.screenshot_actor(s, "nobody")
