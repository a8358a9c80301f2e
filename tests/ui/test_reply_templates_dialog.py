"""Reply templates: a supervisor writes one, an agent inserts it filled in on a complaint
and copies it; an unknown placeholder is named under the text; switched off, it is no
longer offered; the Complaints screen offers the editor to supervisors only."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.complaints.reply_templates import list_templates, save_template
from tests.factories import make_product, make_purchase
from tests.helpers_qt import type_text
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.complaints.complaints_screen import ComplaintsScreen
from ui.complaints.templates_dialog import TemplatesDialog

TIMEOUT = 10_000


@pytest.fixture
def complaint(sqlite_db, add_customer, seat_agent):
    """Đào's late fridge delivery."""
    customer = add_customer("Nguyễn Thị Đào", "0912 345 678")
    with sqlite_db.session_scope() as s:
        fridge = make_product(s, "TL-311", "Tủ lạnh Toshiba 311 lít")
        bought = make_purchase(
            s,
            customer.id,
            product_id=fridge.id,
            purchase_date=date(2026, 10, 1),
            warranty_end=date(2028, 10, 1),
        )
        data = ComplaintInput(customer.id, "delivery", "Giao trễ 5 ngày", purchase_id=bought.id)
        return open_complaint(s, seat_agent, data)


def open_templates(qtbot, db, actor) -> TemplatesDialog:
    dialog = TemplatesDialog(db, actor)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.show()
    return dialog


def open_complaint_window(qtbot, db, actor, complaint_id) -> ComplaintDialog:
    dialog = ComplaintDialog(db, actor, complaint_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignals([dialog.loaded, dialog.template_tools.listed], timeout=TIMEOUT):
        dialog.show()
    return dialog


def menu_titles(dialog: ComplaintDialog) -> list[str]:
    return [a.text() for a in dialog.template_tools.menu.actions() if not a.isSeparator()]


def test_a_supervisor_writes_a_template_and_an_agent_inserts_it_filled_in(
    qtbot, sqlite_db, supervisor, seat_agent, complaint
):
    editor_dialog = open_templates(qtbot, sqlite_db, supervisor)
    assert editor_dialog.empty_label.isVisible()
    assert not editor_dialog.editor.isEnabled()

    editor_dialog.add_button.click()
    editor = editor_dialog.editor
    assert editor.title_edit.hasFocus()
    editor.category_combo.setCurrentIndex(editor.category_combo.findData("delivery"))
    type_text(qtbot, editor.title_edit, "Xin lỗi giao trễ")
    type_text(qtbot, editor.text_edit, "Kính gửi ")
    editor.placeholder_buttons["customer_name"].click()
    type_text(qtbot, editor.text_edit, ", khiếu nại ")
    editor.placeholder_buttons["complaint_no"].click()
    type_text(qtbot, editor.text_edit, " về ")
    editor.placeholder_buttons["product"].click()
    type_text(qtbot, editor.text_edit, " sẽ xong trước ")
    editor.placeholder_buttons["due_date"].click()
    type_text(qtbot, editor.text_edit, ".")
    assert editor.text_edit.toPlainText() == (
        "Kính gửi {customer_name}, khiếu nại {complaint_no} về {product} sẽ xong trước {due_date}."
    )
    assert editor.field_error("text") == ""
    assert editor_dialog.template_list.texts() == ["Delivery", "Xin lỗi giao trễ *"]
    with qtbot.waitSignal(editor_dialog.saved, timeout=TIMEOUT) as done:
        editor_dialog.save_button.click()
    assert done.args[0].category == "delivery"
    assert editor_dialog.template_list.texts() == ["Delivery", "Xin lỗi giao trễ"]
    assert editor_dialog.status_label.text() == "Saved “Xin lỗi giao trễ”."
    assert editor_dialog.unsaved_templates() == []

    window = open_complaint_window(qtbot, sqlite_db, seat_agent, complaint.id)
    assert menu_titles(window) == ["Xin lỗi giao trễ"]
    note = window.note_edit
    type_text(qtbot, note, "Đã gọi. ")
    tools = window.template_tools
    with qtbot.waitSignal(tools.inserted, timeout=TIMEOUT):
        tools.menu.actions()[1].trigger()  # [0] is the "Delivery" section heading
    expected = (
        f"Đã gọi. Kính gửi Nguyễn Thị Đào, khiếu nại {complaint.number} về Tủ lạnh Toshiba "
        "311 lít sẽ xong trước "
    )
    assert note.toPlainText().startswith(expected)
    assert "{" not in note.toPlainText()
    assert tools.status() == "Inserted “Xin lỗi giao trễ”."

    with qtbot.waitSignals([window.changed, window.loaded], timeout=TIMEOUT):
        window.reply_button.click()
    last = window.timeline.texts()[-1]
    assert "Reply to the customer" in last and expected in last


def test_copy_puts_the_filled_text_on_the_clipboard(
    qtbot, sqlite_db, supervisor, seat_agent, complaint
):
    with sqlite_db.session_scope() as s:
        save_template(s, supervisor, None, "", "Cảm ơn", "Cảm ơn {customer_name} đã chờ.")
    window = open_complaint_window(qtbot, sqlite_db, seat_agent, complaint.id)
    tools = window.template_tools
    assert menu_titles(window) == ["Cảm ơn"]  # one for every category
    tools.copy_button.click()
    assert tools.status() == "Nothing to copy yet: write or insert a text first."

    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(tools.inserted, timeout=TIMEOUT):
        tools.menu.actions()[1].trigger()
    with qtbot.waitSignal(tools.copied) as copied:
        tools.copy_button.click()
    assert copied.args[0] == "Cảm ơn Nguyễn Thị Đào đã chờ."
    assert QGuiApplication.clipboard().text() == "Cảm ơn Nguyễn Thị Đào đã chờ."
    assert tools.status() == "Copied 29 characters for an e-mail or SMS."
    assert window.note_edit.toPlainText() == "Cảm ơn Nguyễn Thị Đào đã chờ."  # still there


def test_an_unknown_placeholder_is_named_and_nothing_is_lost(qtbot, sqlite_db, supervisor):
    dialog = open_templates(qtbot, sqlite_db, supervisor)
    dialog.add_button.click()
    editor = dialog.editor
    type_text(qtbot, editor.title_edit, "Hẹn lịch")
    type_text(qtbot, editor.text_edit, "Chào {customer_name}, hẹn {ngay_hen}")
    # Named while typing, before any Save.
    assert editor.field_error("text").startswith("{ngay_hen} cannot be filled in")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert "{customer_name}, {complaint_no}, {product}, {due_date}" in editor.field_error("text")
    assert editor.text_edit.toPlainText() == "Chào {customer_name}, hẹn {ngay_hen}"
    assert editor.title_edit.text() == "Hẹn lịch"
    with sqlite_db.session_scope() as s:
        assert list_templates(s) == ()

    editor.text_edit.clear()
    assert editor.field_error("text") == ""
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert editor.field_error("text") == "Write the text of the template."


def test_a_switched_off_template_is_no_longer_offered(
    qtbot, sqlite_db, supervisor, seat_agent, complaint
):
    with sqlite_db.session_scope() as s:
        save_template(s, supervisor, None, "delivery", "Xin lỗi", "Xin lỗi {customer_name}.")
        save_template(s, supervisor, None, "billing", "Hoá đơn", "Hoá đơn {complaint_no}.")
        save_template(s, supervisor, None, "", "Cảm ơn", "Cảm ơn {customer_name}.")
    dialog = open_templates(qtbot, sqlite_db, supervisor)
    assert dialog.template_list.texts() == [
        "Every category",
        "Cảm ơn",
        "Delivery",
        "Xin lỗi",
        "Billing",
        "Hoá đơn",
    ]
    assert dialog.current_entry().name() == "Cảm ơn"
    assert dialog.select_template("Xin lỗi")
    dialog.editor.active_check.setChecked(False)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT):
        dialog.save_button.click()
    assert "Xin lỗi (switched off)" in dialog.template_list.texts()

    window = open_complaint_window(qtbot, sqlite_db, seat_agent, complaint.id)
    assert menu_titles(window) == ["Cảm ơn"]


def test_closing_with_an_unsaved_template_asks_first(qtbot, sqlite_db, supervisor):
    dialog = open_templates(qtbot, sqlite_db, supervisor)
    dialog.add_button.click()
    type_text(qtbot, dialog.editor.title_edit, "Chưa lưu")
    dialog.reject()
    assert dialog.isVisible()
    box = dialog.findChild(QMessageBox, "UnsavedTopicsBox")
    assert box is not None and "Chưa lưu" in box.text()


def test_only_supervisors_get_the_templates_button(qtbot, sqlite_db, seat_agent, supervisor):
    for actor, allowed in ((seat_agent, False), (supervisor, True)):
        page = ComplaintsScreen(sqlite_db, actor)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.show()
        assert page.templates_button.isEnabled() is allowed
        if allowed:
            dialog = page.open_templates()
            qtbot.waitUntil(lambda d=dialog: not d.is_busy(), timeout=TIMEOUT)
            assert dialog.isVisible()
            assert page.open_templates() is dialog  # one at a time
            dialog.reject()
