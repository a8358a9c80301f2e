"""Taking a complaint in: the form filled with the keyboard, refusals that keep the text,
and the ways in (the window, a profile, a contact logged as "complaint opened")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.complaints.complaints import ComplaintView, complaint_detail
from tests import scenarios
from tests.helpers_qt import type_text
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.complaints.complaint_form import ComplaintForm
from ui.main_window import MainWindow

TIMEOUT = 10_000
WORDS = "Tủ lạnh kêu rất to vào ban đêm, khách đã gọi hai lần."


@pytest.fixture
def dao(dao, sqlite_db, seat_admin):
    """Đào (the conftest's), with purchases, a call, a complaint and a claim on her profile."""
    with sqlite_db.session_scope() as s:
        scenarios.profile_history(s, seat_admin, dao.id)
    return dao


@pytest.fixture
def open_form(qtbot, sqlite_db, seat_agent):
    def make(customer_id: int | None = None, description: str = "") -> ComplaintForm:
        form = ComplaintForm(sqlite_db, seat_agent, customer_id, description)
        qtbot.addWidget(form)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow, timeout=TIMEOUT)
        return form

    return make


@pytest.fixture
def main_window(qtbot, sqlite_db, seat_agent, monkeypatch):
    def make() -> MainWindow:
        window = MainWindow(sqlite_db, seat_agent, remember_state=False)
        qtbot.addWidget(window)
        # Closing at the end of a test throws away the forms left open, without asking.
        monkeypatch.setattr(window, "confirm_discard", lambda _forms: True)
        window.show()
        return window

    return make


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def refused(qtbot, form: ComplaintForm) -> None:
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=TIMEOUT)
    assert form.isVisible()


def test_a_complaint_is_taken_with_the_keyboard_alone(qtbot, sqlite_db, open_form, dao):
    form = open_form()
    assert form.customer.picker.edit.hasFocus()
    with qtbot.waitSignal(form.purchases_loaded, timeout=TIMEOUT):
        type_text(qtbot, form.customer.picker.edit, "Đào")
    assert form.customer.customer_id() == dao.id
    assert form.purchase_combo.count() == 4  # "none" and the three purchases, newest first
    assert "Tủ lạnh Toshiba 311 lít" in form.purchase_combo.itemText(1)

    form.purchase_combo.setFocus()
    press(qtbot, Qt.Key.Key_Down)  # the fridge
    press(qtbot, Qt.Key.Key_Tab)
    assert form.category_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, form.subcategory_edit, "Kêu to")
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert form.severity_combo.hasFocus()
    press(qtbot, Qt.Key.Key_Down)  # high
    press(qtbot, Qt.Key.Key_Tab)
    assert form.description_edit.hasFocus()
    type_text(qtbot, form.description_edit, WORDS)

    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    view = saved.args[0]
    assert isinstance(view, ComplaintView)
    assert (view.customer_id, view.category, view.severity) == (dao.id, "product_defect", "high")
    assert (view.subcategory, view.description, view.status) == ("Kêu to", WORDS, "new")
    with sqlite_db.session_scope() as s:
        assert complaint_detail(s, view.id).purchase_label == "Tủ lạnh Toshiba 311 lít · SNTL000311"


def test_without_a_customer_the_form_says_so_and_keeps_the_text(qtbot, open_form, dao):
    form = open_form()
    form.description_edit.setPlainText(WORDS)
    refused(qtbot, form)
    assert "customer" in form.field_error("customer").lower()
    assert form.description_edit.toPlainText() == WORDS


def test_a_description_far_too_long_is_refused_and_kept(qtbot, open_form, dao):
    form = open_form(dao.id)
    qtbot.waitUntil(lambda: form.customer.customer() is not None, timeout=TIMEOUT)
    text = "Máy lạnh chảy nước. " * 4_999 + "Máy lạnh chảy nước!!"  # 100,000 characters
    assert len(text) == 100_000
    form.description_edit.setPlainText(text)
    refused(qtbot, form)
    assert "100,000 characters" in form.field_error("description")
    assert form.description_edit.toPlainText() == text


def test_opened_for_a_customer_the_form_is_pre_filled(qtbot, open_form, dao):
    form = open_form(dao.id, "Khách báo máy giặt rung mạnh")
    qtbot.waitUntil(lambda: form.customer.customer() is not None, timeout=TIMEOUT)
    assert form.customer.is_fixed()
    assert "Nguyễn Thị Đào" in form.customer.name_label.text()
    assert form.description_edit.toPlainText() == "Khách báo máy giặt rung mạnh"
    assert "Nguyễn Thị Đào" in form.windowTitle()


def test_the_window_opens_the_complaint_once_it_is_saved(qtbot, main_window, dao):
    window = main_window()
    form = window.new_complaint(dao.id, WORDS)
    assert isinstance(form, ComplaintForm)
    qtbot.waitUntil(lambda: form.customer.customer() is not None, timeout=TIMEOUT)
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    dialogs = [d for d in window.findChildren(ComplaintDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=TIMEOUT)
    assert dialog.complaint_id == saved.args[0].id
    assert dialog.header.value("status") == "New"


def test_a_contact_logged_as_complaint_opened_opens_the_form_pre_filled(qtbot, main_window, dao):
    window = main_window()
    contact = window.new_contact(dao.id)
    qtbot.waitUntil(lambda: not contact.is_loading(), timeout=TIMEOUT)
    outcome = contact.outcome_combo
    outcome.setCurrentIndex(outcome.findData("complaint_opened"))
    contact.notes_edit.setPlainText(WORDS)
    with qtbot.waitSignal(contact.complaint_requested, timeout=TIMEOUT) as asked:
        contact.save_button.click()
    assert asked.args == [dao.id, WORDS]
    forms = [f for f in window.findChildren(ComplaintForm) if f.isVisible()]
    assert len(forms) == 1
    form = forms[0]
    qtbot.waitUntil(lambda: form.customer.customer() is not None, timeout=TIMEOUT)
    assert form.customer.is_fixed() and form.customer.customer_id() == dao.id
    assert form.description_edit.toPlainText() == WORDS


def test_new_complaint_on_a_profile_opens_the_form_for_that_customer(qtbot, main_window, dao):
    window = main_window()
    window.open_customer(dao.id)
    actions = window.get_screen("customers").profile_page.actions
    qtbot.waitUntil(actions.new_complaint_button.isEnabled, timeout=TIMEOUT)
    assert actions.new_complaint_button.isVisible()
    actions.new_complaint_button.click()
    forms = [f for f in window.findChildren(ComplaintForm) if f.isVisible()]
    assert len(forms) == 1 and forms[0].customer.customer_id() == dao.id
