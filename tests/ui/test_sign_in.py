"""Start-up at a seat: the first administrator, then sign-in; refusals shown in the dialog."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.access.auth import MAX_FAILED_ATTEMPTS
from app.services.access.users import set_active
from tests.helpers_qt import type_text
from tests.scenarios import ADMIN_PASSWORD, STAFF_PASSWORD
from ui import errors
from ui.app import SCREENS, run
from ui.main_window import MainWindow
from ui.session.first_admin_dialog import FirstAdminDialog
from ui.session.seat import Seat
from ui.session.sign_in_dialog import SignInDialog

TIMEOUT = 10_000


@pytest.fixture
def seat(qtbot, sqlite_db):
    """Start a seat on `sqlite_db` and wait for its first dialog."""
    made: list[Seat] = []

    def start() -> Seat:
        seat = Seat(sqlite_db, remember_state=False)
        made.append(seat)
        with qtbot.waitSignal(seat.dialog_shown, timeout=TIMEOUT):
            seat.start()
        return seat

    yield start
    for seat in made:
        seat.close_all()


def submit(qtbot, dialog) -> None:
    """Press Enter in the dialog's last field and wait for the worker's answer."""
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)


def sign_in(qtbot, dialog: SignInDialog, username: str, password: str) -> None:
    dialog.username_edit.clear()
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    submit(qtbot, dialog)


def test_an_empty_database_asks_for_the_first_administrator(qtbot, seat):
    desk = seat()
    dialog = desk.dialog
    assert isinstance(dialog, FirstAdminDialog)
    assert "manages users, stores and settings" in dialog.intro.text()

    qtbot.keyClicks(dialog.username_edit, "bao.tran")
    type_text(qtbot, dialog.full_name_edit, "Trần Quốc Bảo")
    qtbot.keyClicks(dialog.password_edit, "mat-khau-manh")
    qtbot.keyClicks(dialog.again_edit, "mat-khau-manh")
    with qtbot.waitSignal(desk.window_opened, timeout=TIMEOUT) as opened:
        qtbot.keyClick(dialog.again_edit, Qt.Key.Key_Return)

    window = opened.args[0]
    assert isinstance(window, MainWindow)
    assert window.actor.username == "bao.tran"
    assert window.user_label.text() == "Trần Quốc Bảo (Administrator)"
    assert window.screen_keys() == SCREENS


def test_first_administrator_with_bad_input_keeps_what_was_typed(qtbot, seat):
    dialog = seat().dialog
    qtbot.keyClicks(dialog.username_edit, "bao tran")
    type_text(qtbot, dialog.full_name_edit, "Trần Quốc Bảo")
    qtbot.keyClicks(dialog.password_edit, "x")
    qtbot.keyClicks(dialog.again_edit, "x")
    submit(qtbot, dialog)

    assert "cannot contain spaces" in dialog.field_error("username")
    assert dialog.isVisible()
    assert dialog.username_edit.text() == "bao tran"
    assert dialog.full_name_edit.text() == "Trần Quốc Bảo"

    dialog.username_edit.setText("bao.tran")
    submit(qtbot, dialog)
    assert dialog.field_error("username") == ""
    assert "too short" in dialog.field_error("password")


def test_a_wrong_password_is_refused_in_the_dialog(qtbot, seat, seat_admin):
    dialog = seat().dialog
    assert isinstance(dialog, SignInDialog)

    sign_in(qtbot, dialog, "admin", "not-the-password")

    assert dialog.isVisible()
    assert dialog.banner_text() == "Wrong username or password."
    assert dialog.username_edit.text() == "admin"
    assert dialog.password_edit.text() == ""
    assert dialog.password_edit.hasFocus()


def test_five_wrong_passwords_lock_the_account_for_minutes(qtbot, seat, seat_admin):
    dialog = seat().dialog
    for _ in range(MAX_FAILED_ATTEMPTS):
        sign_in(qtbot, dialog, "admin", "wrong-password")

    assert "Too many wrong passwords for admin" in dialog.banner_text()
    assert "5 min" in dialog.banner_text()

    # Even the right password waits for the lockout to end.
    sign_in(qtbot, dialog, "admin", ADMIN_PASSWORD)
    assert "try again in" in dialog.banner_text()
    assert dialog.isVisible()


def test_a_disabled_user_is_refused(qtbot, sqlite_db, seat, seat_admin, add_staff):
    lan = add_staff("lan.nguyen", "Nguyễn Thị Lan")
    with sqlite_db.session_scope() as s:
        set_active(s, seat_admin, lan.id, False)
    dialog = seat().dialog

    sign_in(qtbot, dialog, "lan.nguyen", STAFF_PASSWORD)

    assert "disabled" in dialog.banner_text()
    assert dialog.isVisible()


def test_the_right_password_opens_the_window_for_that_user(qtbot, seat, add_staff):
    add_staff("lan.nguyen", "Nguyễn Thị Lan")
    desk = seat()
    with qtbot.waitSignal(desk.window_opened, timeout=TIMEOUT) as opened:
        sign_in(qtbot, desk.dialog, "lan.nguyen", STAFF_PASSWORD)

    window = opened.args[0]
    assert window.user_label.text() == "Nguyễn Thị Lan (Agent)"
    assert window.user_label.toolTip() == "Signed in as lan.nguyen"
    assert desk.dialog is None
    # The configured idle time (the default 15 minutes) was read at sign-in.
    assert window.window_lock.idle_ms() == 15 * 60_000


def test_vietnamese_sign_in_dialog(qtbot, seat, seat_admin, vietnamese):
    dialog = seat().dialog
    assert dialog.windowTitle() == "Đăng nhập CareDesk"
    assert dialog.save_button.text() == "Đăng nhập"
    sign_in(qtbot, dialog, "admin", "sai-mat-khau")
    assert dialog.banner_text() == "Sai tên đăng nhập hoặc mật khẩu."


def test_cancel_ends_the_seat_with_exit_code_0(qtbot, seat, seat_admin):
    desk = seat()
    with qtbot.waitSignal(desk.finished, timeout=TIMEOUT) as ended:
        qtbot.keyClick(desk.dialog, Qt.Key.Key_Escape)
    assert ended.args == [0]


def test_run_shows_the_sign_in_and_quitting_it_returns_0(qtbot, sqlite_db, seat_admin, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(errors, "_interactive", errors._interactive)
    seen: list[str] = []

    def quit_the_dialog() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SignInDialog)]
        visible = [d for d in dialogs if d.isVisible()]
        if not visible:
            QTimer.singleShot(20, quit_the_dialog)
            return
        seen.append(visible[0].windowTitle())
        visible[0].cancel_button.click()

    QTimer.singleShot(0, quit_the_dialog)
    assert run(f"sqlite:///{sqlite_db.sqlite_path}", "en") == 0
    assert seen == ["Sign in to CareDesk"]
