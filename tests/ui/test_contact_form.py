"""Logging a contact: the form filled with the keyboard alone, callbacks, unknown callers,
refusals that keep every value, several forms at once, and F2 from anywhere."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.models import CustomerPhone, Reminder
from app.services.contacts.call_topics import save_topic
from app.services.contacts.interactions import (
    InteractionInput,
    InteractionView,
    get_interaction,
    log_interaction,
)
from app.timeutil import now_utc
from tests.factories import make_phone
from tests.helpers_qt import type_text
from ui.calls.contact_form import ContactForm
from ui.main_window import MainWindow

TIMEOUT = 10_000
QUESTIONS = ("Số serial trên tem máy là gì?", "Máy mua ở cửa hàng nào?", "Lỗi từ khi nào?")


@pytest.fixture
def warranty_script(sqlite_db, seat_admin):
    with sqlite_db.session_scope() as s:
        save_topic(s, seat_admin, "warranty", QUESTIONS)


@pytest.fixture
def open_form(qtbot, sqlite_db, seat_agent):
    def make(customer_id: int | None = None, phone: str = "") -> ContactForm:
        form = ContactForm(sqlite_db, seat_agent, customer_id, phone)
        qtbot.addWidget(form)
        with qtbot.waitSignal(form.loaded, timeout=TIMEOUT):
            form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow, timeout=TIMEOUT)
        return form

    return make


def focused():
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def save(qtbot, form: ContactForm) -> InteractionView:
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    assert isinstance(saved.args[0], InteractionView)
    return saved.args[0]


def refused(qtbot, form: ContactForm) -> None:
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=TIMEOUT)
    assert form.isVisible()


def stored(db, interaction_id: int) -> InteractionView:
    with db.session_scope() as s:
        return get_interaction(s, interaction_id)


def test_a_contact_is_logged_with_the_keyboard_alone(
    qtbot, sqlite_db, open_form, dao, warranty_script
):
    form = open_form(dao.id)
    assert form.customer.name_label.text() == f"Nguyễn Thị Đào · {dao.code}"
    assert form.windowTitle() == "New contact: Nguyễn Thị Đào"
    assert focused() is form.topic_combo  # the customer is known: the topic comes first
    assert form.topic_combo.currentText() == "Other"
    assert form.channel_combo.currentText() == "Phone"
    assert form.direction_combo.currentText() == "Inbound"

    press(qtbot, Qt.Key.Key_Up, 6)  # Other -> ... -> Warranty
    assert form.topic_combo.currentText() == "Warranty"
    assert [e.accessibleName() for e in form.script.edits] == list(QUESTIONS)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.script.edits[0]
    qtbot.keyClicks(focused(), "5CD1234XYZ")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, focused(), "Cửa hàng Quận 1")
    press(qtbot, Qt.Key.Key_Tab, 2)  # the third question stays unanswered
    assert focused() is form.outcome_combo
    press(qtbot, Qt.Key.Key_Down)
    assert form.outcome_combo.currentText() == "Resolved on first contact"
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.notes_edit
    type_text(qtbot, focused(), "Khách hỏi cách vệ sinh lồng giặt; đã hướng dẫn.")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.satisfaction_combo
    press(qtbot, Qt.Key.Key_Down, 4)
    assert form.satisfaction_combo.currentData() == 4

    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        press(qtbot, Qt.Key.Key_Return)
    assert not form.isVisible()

    view = stored(sqlite_db, saved.args[0].id)
    assert view.customer_id == dao.id
    assert (view.channel, view.direction, view.topic) == ("phone", "in", "warranty")
    assert view.outcome == "resolved_first_contact"
    assert view.notes == "Khách hỏi cách vệ sinh lồng giặt; đã hướng dẫn."
    assert view.satisfaction == 4
    assert view.agent_name == "Trần Thị Yến"
    assert [(a.question, a.answer) for a in view.script_answers] == [
        (QUESTIONS[0], "5CD1234XYZ"),
        (QUESTIONS[1], "Cửa hàng Quận 1"),
    ]
    assert view.duration_seconds is not None  # timed from the form's opening to Save
    assert view.callback_reminder_id is None


def test_answers_come_back_when_the_topic_is_chosen_again(qtbot, open_form, dao, warranty_script):
    form = open_form(dao.id)
    form.topic_combo.setCurrentIndex(form.topic_combo.findData("warranty"))
    form.script.edits[0].setText("5CD1234XYZ")
    form.topic_combo.setCurrentIndex(form.topic_combo.findData("praise"))
    assert form.script.edits == []
    assert form.script.parentWidget().isHidden()  # praise has no script: no row
    form.topic_combo.setCurrentIndex(form.topic_combo.findData("warranty"))
    assert form.script.edits[0].text() == "5CD1234XYZ"
    assert all(edit.isVisible() for edit in form.script.edits)


def test_a_callback_outcome_creates_the_reminder(qtbot, sqlite_db, open_form, dao):
    form = open_form(dao.id)
    assert not form.callback.isVisible()
    form.outcome_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down, 3)
    assert form.outcome_combo.currentText() == "Callback needed"
    assert form.callback.isVisible()
    offered = form.callback.moment()
    in_an_hour = now_utc() + timedelta(hours=1)
    assert abs((offered - in_an_hour).total_seconds()) < 120
    shop_clock = offered.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).strftime("%d/%m/%Y %H:%M")
    assert form.callback.edit.text() == shop_clock  # whatever the machine's zone
    press(qtbot, Qt.Key.Key_Tab, 2)  # the date-time field, then the pool box
    assert focused() is form.callback.pool_check
    press(qtbot, Qt.Key.Key_Space)
    type_text(qtbot, form.notes_edit, "Khách muốn được gọi lại sau giờ làm.")

    view = save(qtbot, form)

    assert view.callback_reminder_id is not None
    with sqlite_db.session_scope() as s:
        reminder = s.get(Reminder, view.callback_reminder_id)
        assert reminder.customer_id == dao.id
        assert reminder.assignee_id is None  # left to the shared pool
        assert reminder.due_at.replace(tzinfo=None) == offered.replace(tzinfo=None)
        assert reminder.title == "Call back Nguyễn Thị Đào"


def test_an_unknown_number_is_logged_against_the_number(qtbot, sqlite_db, open_form):
    form = open_form(phone="0909 000 111")

    assert not form.customer.is_fixed()
    assert form.phone.edit.text() == "0909 000 111"
    assert form.phone.hint_label.isVisible()
    assert form.phone.hint_label.text() == (
        "No customer has 0909 000 111: the contact is logged against the number; you can "
        "link it later."
    )
    with qtbot.waitSignal(form.create_customer_requested, timeout=TIMEOUT) as asked:
        form.phone.create_button.click()
    assert asked.args == ["0909 000 111"]
    type_text(qtbot, form.notes_edit, "Khách hỏi giá máy lạnh, chưa cho biết tên.")

    view = stored(sqlite_db, save(qtbot, form).id)
    assert view.customer_id is None
    assert view.phone_e164 == "+84909000111"


def test_a_typed_number_chooses_its_only_owner(qtbot, open_form, dao):
    form = open_form()
    assert focused() is form.customer.picker.edit
    press(qtbot, Qt.Key.Key_Tab, 2)  # past the (empty) result list
    assert focused() is form.phone.edit
    with qtbot.waitSignal(form.customer.loaded, timeout=TIMEOUT):
        qtbot.keyClicks(focused(), "0912345678")
        press(qtbot, Qt.Key.Key_Tab)  # leaving the field looks the number up

    assert form.customer.is_fixed()
    assert form.customer.customer_id() == dao.id
    assert not form.phone.hint_label.isVisible()


def test_a_shared_number_offers_its_owners(qtbot, sqlite_db, add_customer, open_form, dao):
    # A shop line two customers gave (imported records may share a number).
    other = add_customer("Nguyễn Văn Nam", "0987 000 111")
    with sqlite_db.session_scope() as s:
        shared = s.scalars(select(CustomerPhone).where(CustomerPhone.customer_id == dao.id)).one()
        make_phone(s, other.id, shared.raw, label="work")
    form = open_form()
    with qtbot.waitSignal(form.customer.picker.runner.results, timeout=TIMEOUT):
        qtbot.keyClicks(form.phone.edit, "0912 345 678")
        form.phone.check()

    assert not form.customer.is_fixed()
    picker = form.customer.picker
    assert {
        picker.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(picker.list.count())
    } == {dao.id, other.id}
    assert form.customer.customer_id() in (dao.id, other.id)


def test_an_end_before_the_start_is_refused_under_the_times(qtbot, open_form, dao):
    form = open_form(dao.id)
    type_text(qtbot, form.notes_edit, "Gọi nhỡ.")
    assert "Alt+E" in form.clock.end_button.toolTip()
    qtbot.keyClick(focused(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(form.clock.is_ended, timeout=TIMEOUT)  # a shortcut animates the click
    assert not form.clock.is_running()
    assert form.clock.end_edit.isVisible()
    form.start_edit.set_moment(now_utc() + timedelta(minutes=3))

    refused(qtbot, form)

    assert "is before the start" in form.field_error("ended_at")
    assert form.notes_edit.toPlainText() == "Gọi nhỡ."


def test_a_note_too_long_is_refused_and_kept(qtbot, open_form, dao):
    form = open_form(dao.id)
    text = ("Máy kêu to, " * 10_000)[:99_999] + "."
    assert len(text) == 100_000
    form.notes_edit.setPlainText(text)

    refused(qtbot, form)

    assert "100,000 characters" in form.field_error("notes")
    assert "20,000" in form.field_error("notes")
    assert form.notes_edit.toPlainText() == text


def test_nothing_chosen_and_no_number_asks_for_one(qtbot, open_form):
    form = open_form()
    refused(qtbot, form)
    assert form.field_error("customer").startswith("Choose the customer")


def test_esc_asks_before_typed_notes_are_thrown_away(qtbot, open_form, dao):
    form = open_form(dao.id)
    press(qtbot, Qt.Key.Key_Escape)
    assert not form.isVisible()  # nothing typed: closes at once

    form = open_form(dao.id)
    type_text(qtbot, form.notes_edit, "Khách đang chờ máy.")
    press(qtbot, Qt.Key.Key_Escape)
    box = form.discard_box
    assert form.isVisible() and box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert form.isVisible()
    assert form.notes_edit.toPlainText() == "Khách đang chờ máy."

    form.reject()
    form.discard_box.button(QMessageBox.StandardButton.Discard).click()
    assert not form.isVisible()


@pytest.fixture
def window(qtbot, sqlite_db, seat_agent):
    win = MainWindow(sqlite_db, seat_agent, remember_state=False)
    win.confirm_discard = lambda _forms: True  # closing at the end of a test asks no one
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.get_screen("home").loaded, timeout=TIMEOUT):
        win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=TIMEOUT)
    return win


def contact_forms(win: MainWindow) -> list[ContactForm]:
    return [f for f in win.open_forms() if isinstance(f, ContactForm)]


def test_two_forms_open_at_once_keep_their_values(qtbot, sqlite_db, add_customer, window, dao):
    nam = add_customer("Lê Văn Nam", "0987 654 321")
    first = window.new_contact(dao.id)
    with qtbot.waitSignal(first.loaded, timeout=TIMEOUT):
        pass
    type_text(qtbot, first.notes_edit, "Cuộc gọi thứ nhất")
    second = window.new_contact(nam.id)  # a second call comes in
    with qtbot.waitSignal(second.loaded, timeout=TIMEOUT):
        pass
    type_text(qtbot, second.notes_edit, "Cuộc gọi thứ hai")

    assert contact_forms(window) == [first, second]
    assert first.isVisible() and not first.isModal()
    assert first.notes_edit.toPlainText() == "Cuộc gọi thứ nhất"
    assert second.notes_edit.toPlainText() == "Cuộc gọi thứ hai"
    assert first.customer.customer_id() == dao.id
    assert second.customer.customer_id() == nam.id
    assert second.pos() != first.pos()  # beside it, not on top

    save(qtbot, second)
    assert contact_forms(window) == [first]
    assert first.notes_edit.toPlainText() == "Cuộc gọi thứ nhất"


def test_f2_opens_a_contact_form_from_anywhere(qtbot, window):
    assert "F2" in window.new_contact_action.shortcut().toString()
    window.get_screen("home").setFocus()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F2)

    forms = contact_forms(window)
    assert len(forms) == 1
    assert forms[0].customer.customer_id() is None
    assert not forms[0].customer.is_fixed()


def test_f2_on_a_search_result_logs_a_contact_for_that_customer(qtbot, window, dao):
    search = window.search
    search.focus_search()
    with qtbot.waitSignal(search.runner.results, timeout=TIMEOUT):
        qtbot.keyClicks(search.edit, "dao")
    assert search.highlighted_customer() == dao.id

    qtbot.keyClick(search.edit, Qt.Key.Key_F2)

    (form,) = contact_forms(window)
    assert form.customer.is_fixed()
    assert form.customer.customer_id() == dao.id
    assert not search.popup.isVisible()


def test_f2_on_a_profile_and_the_profile_refreshes_after_save(qtbot, window, dao):
    customers = window.get_screen("customers")
    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT):
        window.open_customer(dao.id)
    assert "F2" in customers.profile_page.actions.new_contact_button.toolTip()
    customers.profile_page.sections.timeline.setFocus()

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F2)

    (form,) = contact_forms(window)
    assert form.customer.customer_id() == dao.id
    with qtbot.waitSignal(form.loaded, timeout=TIMEOUT):
        pass
    type_text(qtbot, form.notes_edit, "Khách xác nhận lịch giao hàng.")
    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT) as reloaded:
        save(qtbot, form)
    timeline = reloaded.args[0].timeline
    assert timeline[0].detail == "Khách xác nhận lịch giao hàng."


def test_the_profile_button_opens_a_form_for_that_customer(qtbot, window, dao):
    customers = window.get_screen("customers")
    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT):
        window.open_customer(dao.id)
    customers.profile_page.actions.new_contact_button.click()
    (form,) = contact_forms(window)
    assert form.customer.customer_id() == dao.id


def test_a_caller_made_a_customer_owns_the_contact(qtbot, window):
    form = window.new_contact(phone="0909 000 111")
    with qtbot.waitSignal(form.loaded, timeout=TIMEOUT):
        pass
    form.phone.create_button.click()
    dialog = window.get_screen("customers").current_dialog()
    assert dialog is not None
    assert dialog.phones.rows[0].number_edit.text() == "0909 000 111"
    type_text(qtbot, dialog.full_name_edit, "Phan Thị Mai")
    with qtbot.waitSignal(form.customer.loaded, timeout=TIMEOUT):
        dialog.save_button.click()

    assert form.customer.is_fixed()
    assert form.customer.name_label.text().startswith("Phan Thị Mai · ")


def test_read_only_window_opens_no_form(qtbot, sqlite_db, seat_admin):
    win = MainWindow(sqlite_db, seat_admin, remember_state=False, read_only=True)
    qtbot.addWidget(win)
    assert win.new_contact() is None


def test_a_logged_contact_appears_at_the_top_of_the_call_log(qtbot, window, dao):
    window.show_screen("calls")
    calls = window.get_screen("calls")
    qtbot.waitUntil(lambda: not calls.is_loading(), timeout=TIMEOUT)
    form = window.new_contact(dao.id)
    with qtbot.waitSignal(form.loaded, timeout=TIMEOUT):
        pass
    type_text(qtbot, form.notes_edit, "Khách hỏi giờ mở cửa cửa hàng.")

    with qtbot.waitSignal(calls.model.first_page_loaded, timeout=TIMEOUT):
        logged = save(qtbot, form)

    assert calls.model.row_at(0).id == logged.id
    assert calls.model.row_at(0).notes == "Khách hỏi giờ mở cửa cửa hàng."


def test_an_unknown_caller_in_the_call_log_becomes_a_customer_with_their_contacts(
    qtbot, sqlite_db, window, seat_agent
):
    start = now_utc() - timedelta(hours=3)
    with sqlite_db.session_scope() as s:
        first, second = (
            log_interaction(
                s,
                seat_agent,
                InteractionInput(
                    "phone", "in", start + timedelta(minutes=m), phone=typed, topic="delivery"
                ),
            )
            for m, typed in ((0, "0909 000 111"), (30, "+84 909 000 111"))
        )
    window.show_screen("calls")
    calls = window.get_screen("calls")
    qtbot.waitUntil(lambda: calls.model.rowCount() == 2, timeout=TIMEOUT)
    calls.table.selectRow(0)
    assert calls.actions.create_button.isEnabled()

    calls.actions.create_button.click()
    dialog = window.get_screen("customers").current_dialog()
    assert dialog.phones.rows[0].number_edit.text() == "0909000111"
    type_text(qtbot, dialog.full_name_edit, "Phan Thị Mai")
    with qtbot.waitSignal(window.caller_to_customer.linked, timeout=TIMEOUT) as linked:
        dialog.save_button.click()

    customer_id, count = linked.args
    assert count == 2
    assert {stored(sqlite_db, i.id).customer_id for i in (first, second)} == {customer_id}
    qtbot.waitUntil(
        lambda: calls.model.rowCount() == 2 and calls.model.row_at(0).customer_id == customer_id,
        timeout=TIMEOUT,
    )
    assert not calls.actions.create_button.isEnabled()
