"""Screen-pop: the phone rings, CareDesk comes forward on the caller (or a form for them)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.factories import make_phone
from tests.helpers_qt import type_text
from tests.scenarios import ADMIN_PASSWORD
from ui.calls.contact_form import ContactForm
from ui.main_window import MainWindow
from ui.screen_pop import ScreenPop
from ui.session.seat import Seat
from ui.workers import wait_for_workers

TIMEOUT = 10_000


@pytest.fixture
def window(qtbot, sqlite_db, seat_admin, monkeypatch):
    # Closing the window at the end of a test throws its open forms away without asking.
    monkeypatch.setattr(MainWindow, "confirm_discard", lambda _self, _forms: True)
    win = MainWindow(sqlite_db, seat_admin, remember_state=False, idle_ms=None)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def pop(window, sqlite_db) -> ScreenPop:
    return ScreenPop(window, sqlite_db)


def popped_profile(qtbot, window: MainWindow, pop: ScreenPop, phone: str):
    customers = window.get_screen("customers")
    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT) as loaded:
        pop.pop(phone)
    return loaded.args[0]


def popped_form(qtbot, pop: ScreenPop, phone: str) -> ContactForm:
    with qtbot.waitSignal(pop.popped, timeout=TIMEOUT) as popped:
        pop.pop(phone)
    form = popped.args[0]
    assert isinstance(form, ContactForm)
    qtbot.waitUntil(lambda: not form.is_loading(), timeout=TIMEOUT)
    return form


def test_a_known_caller_opens_their_profile(qtbot, window, pop, dao):
    window.show_screen("home")

    profile = popped_profile(qtbot, window, pop, "+84 912 345 678")

    customers = window.get_screen("customers")
    assert profile.header.id == dao.id
    assert profile.header.full_name == "Nguyễn Thị Đào"
    assert window.current_screen_key() == "customers"
    assert customers.showing_profile()
    assert customers.profile_page.customer_id() == dao.id
    assert window.open_forms() == []


def test_a_shared_number_opens_the_first_holder_and_says_how_many(
    qtbot, sqlite_db, add_customer, window, pop, dao
):
    # The forms refuse a number another customer has; older or imported records may not.
    hung = add_customer("Trần Văn Hùng", "0283 823 4567")
    with sqlite_db.session_scope() as s:
        make_phone(s, hung.id, "0912 345 678")

    profile = popped_profile(qtbot, window, pop, "0912345678")

    assert profile.header.id == dao.id  # the one whose primary number it is
    message = window.statusBar().currentMessage()
    assert "2 customers share the number 0912 345 678" in message


def test_an_unknown_caller_gets_a_contact_form_with_the_number(qtbot, window, pop):
    form = popped_form(qtbot, pop, "0909 123 456")

    assert form.isVisible() and not form.isModal()
    assert form.phone.text() == "0909123456"
    assert form.phone.create_button.isVisible()
    assert form.phone.create_button.text() == "Create customer…"
    assert form in window.open_forms()


def test_a_second_call_leaves_the_half_filled_form_as_it_is(qtbot, window, pop, dao):
    first = popped_form(qtbot, pop, "0909 123 456")
    type_text(qtbot, first.notes_edit, "Khách hỏi lịch bảo hành máy giặt")

    second = popped_form(qtbot, pop, "0938 765 432")
    popped_profile(qtbot, window, pop, "0912 345 678")  # and a known caller after that

    assert second is not first
    assert first.isVisible() and second.isVisible()
    assert first.notes_edit.toPlainText() == "Khách hỏi lịch bảo hành máy giặt"
    assert first.phone.text() == "0909123456"
    assert second.phone.text() == "0938765432"
    assert set(window.open_forms()) == {first, second}
    assert window.get_screen("customers").profile_page.customer_id() == dao.id


def test_a_lookup_on_a_locked_seat_waits_for_the_unlock(qtbot, window, pop, dao):
    window.lock()
    customers = window.get_screen("customers")

    with qtbot.assertNotEmitted(customers.profile_loaded, wait=300):
        pop.pop("0912 345 678")
        pop.pop("+84912345678")  # it rang again: still one caller
        wait_for_workers()
    assert window.is_locked()
    assert pop.waiting() == ["0912 345 678"]
    assert "unlocked" in window.statusBar().currentMessage()

    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT) as loaded:
        window.lock_page.password_edit.setText(ADMIN_PASSWORD)
        qtbot.keyClick(window.lock_page.password_edit, Qt.Key.Key_Return)

    assert loaded.args[0].header.id == dao.id
    assert pop.waiting() == []


def test_a_minimised_window_comes_back_for_the_caller(qtbot, window, pop, dao):
    window.showMinimized()

    popped_profile(qtbot, window, pop, "0912 345 678")

    assert not window.isMinimized()
    assert window.isVisible()


def test_a_number_that_cannot_be_looked_up_is_said_in_the_status_bar(qtbot, window, pop):
    with qtbot.waitSignal(pop.failed, timeout=TIMEOUT) as failed:
        pop.pop("abc")

    assert "Cannot look up the caller abc" in failed.args[0]
    assert "is not a phone number" in window.statusBar().currentMessage()
    assert window.open_forms() == []


def test_a_call_before_anyone_signed_in_pops_after_the_sign_in(qtbot, sqlite_db, seat_admin, dao):
    seat = Seat(sqlite_db, remember_state=False)
    with qtbot.waitSignal(seat.dialog_shown, timeout=TIMEOUT) as shown:
        seat.start()
    dialog = shown.args[0]
    try:
        seat.pop_caller("0912 345 678")
        assert seat.waiting_callers() == ["0912 345 678"]
        assert seat.window is None

        qtbot.keyClicks(dialog.username_edit, "admin")
        qtbot.keyClicks(dialog.password_edit, ADMIN_PASSWORD)
        with qtbot.waitSignal(seat.window_opened, timeout=TIMEOUT) as opened:
            qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        window = opened.args[0]
        customers = window.get_screen("customers")
        qtbot.waitUntil(lambda: customers.profile_page.profile() is not None, timeout=TIMEOUT)

        assert customers.profile_page.customer_id() == dao.id
        assert window.current_screen_key() == "customers"
        assert seat.waiting_callers() == []
    finally:
        seat.close_all()
