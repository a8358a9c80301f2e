"""A reminder opened on the customer's profile: reason, script, greeting to copy, and
Snooze / Complete, with the contact logged on the timeline."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from app.services.reminders.reminder_actions import complete_reminder
from ui.customers import CustomersScreen
from ui.main_window import MainWindow
from ui.reminders.reminder_dialogs import CompleteDialog
from ui.reminders.reminder_panel import ReminderPanel

TIMEOUT = 10_000


@pytest.fixture
def window(qtbot, sqlite_db, seat_agent, inbox) -> MainWindow:
    win = MainWindow(sqlite_db, seat_agent, remember_state=False)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    return win


def open_on_profile(qtbot, win: MainWindow, reminder_id: int) -> ReminderPanel:
    customers = win.get_screen("customers")
    assert isinstance(customers, CustomersScreen)
    panel = customers.profile_page.reminder_panel
    with (
        qtbot.waitSignal(panel.loaded, timeout=TIMEOUT),
        qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT),
    ):
        win.show()
        win.open_reminder(reminder_id)
    return panel


def contacts(win: MainWindow) -> list:
    profile = win.get_screen("customers").profile_page.profile()
    return [item for item in profile.timeline if item.kind == "interaction"]


def test_opening_a_reminder_shows_the_profile_with_reason_script_and_greeting(qtbot, window, inbox):
    birthday = inbox.today[1]
    panel = open_on_profile(qtbot, window, birthday)

    assert window.current_screen_key() == "customers"
    profile = window.get_screen("customers").profile_page.profile()
    assert profile.header.full_name == "Nguyễn Thị Đào"
    assert panel.isVisible()
    assert panel.reminder_id() == birthday
    assert panel.title_label.text() == "Chúc mừng sinh nhật"
    assert panel.reason_label.text() == "<b>Birthday:</b> It is the customer&#x27;s birthday."
    reason, script = panel.reason_text().split("\n")
    assert reason == "It is the customer's birthday."
    assert script.startswith("Wish the customer a happy birthday")
    # The greeting is filled for her: "chị" (she is a woman) and her given name.
    greeting = panel.greeting_edit.toPlainText()
    assert "chị Đào" in greeting
    assert "{" not in greeting
    assert panel.complete_button.isEnabled()


def test_copy_puts_the_greeting_on_the_clipboard(qtbot, window, inbox):
    panel = open_on_profile(qtbot, window, inbox.today[1])
    QGuiApplication.clipboard().clear()

    panel.copy_button.click()

    assert QGuiApplication.clipboard().text() == panel.greeting_edit.toPlainText()
    assert "Chúc mừng sinh nhật chị Đào" in QGuiApplication.clipboard().text()
    assert panel.copied_label.text() == "Copied."


def test_a_reminder_without_a_greeting_has_no_copy(qtbot, window, inbox):
    panel = open_on_profile(qtbot, window, inbox.overdue)  # a promised callback

    assert panel.reason_text().startswith("A callback was promised to the customer.")
    assert panel.copy_button.isHidden()
    assert panel.greeting_box.isHidden()


def test_completing_logs_a_contact_on_the_profile(qtbot, window, inbox):
    panel = open_on_profile(qtbot, window, inbox.today[0])
    assert contacts(window) == []
    page = window.get_screen("customers").profile_page
    form = panel.complete()
    assert isinstance(form, CompleteDialog)
    form.outcome_combo.setCurrentIndex(form.outcome_combo.findData("reached"))
    form.note_edit.setPlainText("Khách hài lòng, hẹn mua thêm")

    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        form.save_button.click()

    logged = contacts(window)
    assert len(logged) == 1
    assert "Khách hài lòng, hẹn mua thêm" in logged[0].detail
    assert panel.message_label.text() == "Completed. The contact is on the timeline below."
    assert panel.due_label.text().startswith("Done ")
    assert not panel.complete_button.isEnabled()
    assert not panel.snooze_button.isEnabled()
    # The badge follows: overdue 1 + today 2 + pool 1 before, one fewer now.
    item = window.navigation.item(window.screen_keys().index("reminders"))
    qtbot.waitUntil(lambda: item.text() == "Reminders (3)", timeout=TIMEOUT)


def test_completing_one_someone_else_completed_names_them_and_logs_nothing_twice(
    qtbot, sqlite_db, window, inbox, add_actor
):
    boss = add_actor("ha.le", "Lê Thu Hà", "supervisor")
    panel = open_on_profile(qtbot, window, inbox.today[0])
    form = panel.complete()
    with sqlite_db.session_scope() as s:
        complete_reminder(s, boss, inbox.today[0], "reached", "Chị Hà đã gọi")

    form.save_button.click()
    qtbot.waitUntil(lambda: form.banner_text() != "", timeout=TIMEOUT)

    assert "Lê Thu Hà completed this reminder" in form.banner_text()
    assert form.isVisible()
    qtbot.waitUntil(lambda: panel.due_label.text().startswith("Done "), timeout=TIMEOUT)
    assert "Lê Thu Hà" in panel.due_label.text()
    form.reject()
    page = window.get_screen("customers").profile_page
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.refresh()
    assert len(contacts(window)) == 1  # Hà's call only


def test_the_panel_goes_when_another_customer_is_opened(
    qtbot, sqlite_db, window, add_customer, inbox
):
    panel = open_on_profile(qtbot, window, inbox.today[0])
    other = add_customer("Lê Văn Hùng", "0912345678", actor=window.actor)
    customers = window.get_screen("customers")

    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT):
        window.open_customer(other.id)

    assert panel.isHidden()
    assert panel.reminder_id() is None


def test_someone_elses_reminder_says_whose_it_is(qtbot, window, inbox):
    panel = open_on_profile(qtbot, window, inbox.others)

    assert not panel.complete_button.isEnabled()
    assert not panel.snooze_button.isEnabled()
    assert panel.message_label.text() == (
        "This is Đỗ Thu Trang's reminder: they or a supervisor can work it."
    )
    assert panel.complete() is None
