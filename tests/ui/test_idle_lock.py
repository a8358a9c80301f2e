"""The idle lock keeps open work for the same user; Switch user hands the seat over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.helpers_qt import type_text
from tests.scenarios import ADMIN_PASSWORD, STAFF_PASSWORD
from ui.main_window import MainWindow
from ui.session.seat import Seat
from ui.session.sign_in_dialog import SignInDialog

TIMEOUT = 10_000
IDLE_MS = 300


@pytest.fixture
def confirmations(monkeypatch):
    """Answers to "close open forms?" (True: discard), and the questions asked."""
    asked: list[int] = []
    answer = {"value": True}

    def confirm(self, forms: int) -> bool:
        asked.append(forms)
        return answer["value"]

    monkeypatch.setattr(MainWindow, "confirm_discard", confirm)
    return asked, answer


@pytest.fixture
def window(qtbot, sqlite_db, seat_admin, confirmations):
    def make(actor=seat_admin, idle_ms: int | None = IDLE_MS) -> MainWindow:
        win = MainWindow(sqlite_db, actor, remember_state=False, idle_ms=idle_ms)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


def open_admin(qtbot, win: MainWindow):
    admin = win.get_screen("admin")
    with qtbot.waitSignal(admin.loaded, timeout=TIMEOUT):
        win.show_screen("admin")
    return admin


def unlock_with(qtbot, win: MainWindow, password: str) -> None:
    page = win.lock_page
    page.password_edit.setText(password)
    qtbot.keyClick(page.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=TIMEOUT)


def test_idle_seat_locks_and_the_open_form_survives_the_unlock(qtbot, window):
    win = window()
    admin = open_admin(qtbot, win)
    dialog = admin.users_tab.add()
    qtbot.keyClicks(dialog.username_edit, "lan.nguyen")
    type_text(qtbot, dialog.full_name_edit, "Nguyễn Thị Lan")

    with qtbot.waitSignal(win.window_lock.lock_changed, timeout=TIMEOUT) as locked:
        pass  # nobody touches anything

    assert locked.args == [True]
    assert win.is_locked()
    assert win.root.currentWidget() is win.lock_page
    assert not dialog.isVisible()
    assert not win.refresh_action.isEnabled()
    assert win.switch_user_action.isEnabled()
    assert "Quản Trị Viên (admin)" in win.lock_page.who_label.text()

    with qtbot.waitSignal(win.window_lock.lock_changed, timeout=TIMEOUT) as unlocked:
        unlock_with(qtbot, win, ADMIN_PASSWORD)

    assert unlocked.args == [False]
    assert win.root.currentWidget() is win.workspace
    assert dialog.isVisible()
    assert dialog.username_edit.text() == "lan.nguyen"
    assert dialog.full_name_edit.text() == "Nguyễn Thị Lan"
    assert win.refresh_action.isEnabled()
    dialog.reject()


def test_another_users_password_does_not_unlock(qtbot, window, add_staff):
    add_staff("lan.nguyen", "Nguyễn Thị Lan")
    win = window()
    win.lock()

    unlock_with(qtbot, win, STAFF_PASSWORD)

    assert win.is_locked()
    assert "Only Quản Trị Viên can unlock this seat" in win.lock_page.message()
    assert win.lock_page.password_edit.text() == ""


def test_lock_now_from_the_file_menu(qtbot, window):
    win = window(idle_ms=None)
    assert win.lock_action.shortcut().toString() == "Ctrl+L"
    win.lock_action.trigger()
    assert win.is_locked()
    assert win.windowTitle() == "CareDesk (locked)"
    unlock_with(qtbot, win, ADMIN_PASSWORD)
    assert not win.is_locked()
    assert win.windowTitle() == "CareDesk"


def test_a_new_idle_time_saved_on_the_admin_screen_applies_at_once(qtbot, window):
    win = window(idle_ms=None)
    admin = open_admin(qtbot, win)
    settings = admin.settings_tab
    assert settings.idle_spin.value() == 15
    settings.idle_spin.setValue(3)
    with qtbot.waitSignal(settings.idle_minutes_saved, timeout=TIMEOUT):
        settings.save_button.click()
    assert settings.message() == "Saved."
    assert win.window_lock.idle_ms() == 3 * 60_000


def test_switch_user_with_an_open_form_asks_first(qtbot, window, confirmations):
    asked, answer = confirmations
    win = window(idle_ms=None)
    admin = open_admin(qtbot, win)
    dialog = admin.users_tab.add()
    answer["value"] = False

    with qtbot.assertNotEmitted(win.switch_user_requested):
        win.switch_user_action.trigger()
    assert asked == [1]
    assert dialog.isVisible()

    answer["value"] = True
    with qtbot.waitSignal(win.switch_user_requested):
        win.switch_user_action.trigger()
    assert asked == [1, 1]


def test_switch_user_on_a_locked_seat_needs_no_confirmation(qtbot, window, confirmations):
    asked, _answer = confirmations
    win = window(idle_ms=None)
    open_admin(qtbot, win).users_tab.add()
    win.lock()

    with qtbot.waitSignal(win.switch_user_requested):
        win.lock_page.switch_button.click()
    assert asked == []


@pytest.fixture
def seat(qtbot, sqlite_db, confirmations):
    desk = Seat(sqlite_db, remember_state=False)
    with qtbot.waitSignal(desk.dialog_shown, timeout=TIMEOUT):
        desk.start()
    yield desk
    desk.close_all()


def sign_in(qtbot, desk: Seat, username: str, password: str) -> MainWindow:
    dialog = desk.dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.keyClicks(dialog.username_edit, username)
    qtbot.keyClicks(dialog.password_edit, password)
    with qtbot.waitSignal(desk.window_opened, timeout=TIMEOUT) as opened:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    return opened.args[0]


def test_switch_user_returns_to_sign_in_and_opens_a_fresh_window(
    qtbot, seat_admin, add_staff, seat
):
    add_staff("lan.nguyen", "Nguyễn Thị Lan")
    first = sign_in(qtbot, seat, "admin", ADMIN_PASSWORD)
    assert first.switch_user_action.shortcut().toString() == "Ctrl+Shift+L"

    with qtbot.waitSignal(seat.dialog_shown, timeout=TIMEOUT) as shown:
        first.switch_user_action.trigger()

    assert isinstance(shown.args[0], SignInDialog)
    assert shown.args[0].username_edit.text() == ""
    assert not first.isVisible()
    second = sign_in(qtbot, seat, "lan.nguyen", STAFF_PASSWORD)
    assert second is not first
    assert second.user_label.text() == "Nguyễn Thị Lan (Agent)"


def test_closing_the_window_ends_the_seat(qtbot, seat_admin, seat):
    win = sign_in(qtbot, seat, "admin", ADMIN_PASSWORD)
    with qtbot.waitSignal(seat.finished, timeout=TIMEOUT) as ended:
        win.quit_action.trigger()
    assert ended.args == [0]
