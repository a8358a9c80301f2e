"""The complaint dialog: a complaint walked through its statuses by its buttons, the
timeline growing with each step, a stale save named and refused, steps that do not apply
disabled."""

from __future__ import annotations

import pytest

from app.services.actor import Actor
from app.services.complaints.complaint_actions import add_note
from app.services.complaints.complaints import ComplaintInput, open_complaint
from tests.helpers_qt import type_text
from ui.complaints.complaint_dialog import ComplaintDialog

TIMEOUT = 10_000
NOTE = "Đã gọi lại, khách hẹn mang máy đến cửa hàng thứ Bảy."


@pytest.fixture
def complaint(sqlite_db, add_customer, seat_agent):
    customer = add_customer("Nguyễn Thị Đào", "0912 345 678")
    data = ComplaintInput(customer.id, "product_defect", "Tủ lạnh không lạnh ngăn dưới")
    with sqlite_db.session_scope() as s:
        return open_complaint(s, seat_agent, data)


@pytest.fixture
def open_dialog(qtbot, sqlite_db):
    def make(actor: Actor, complaint_id: int) -> ComplaintDialog:
        dialog = ComplaintDialog(sqlite_db, actor, complaint_id)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
            dialog.show()
        return dialog

    return make


def step(qtbot, dialog: ComplaintDialog, key: str) -> None:
    """Press an action button and wait until the complaint was saved and read again."""
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=TIMEOUT, order="strict"):
        dialog.buttons[key].click()


def through_step_dialog(qtbot, dialog: ComplaintDialog, key: str, fill) -> None:
    dialog.buttons[key].click()
    form = dialog.step
    assert form is not None and form.isVisible()
    fill(form)
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=TIMEOUT):
        form.save_button.click()


def test_the_dialog_walks_a_complaint_from_new_to_closed(qtbot, seat_agent, complaint, open_dialog):
    dialog = open_dialog(seat_agent, complaint.id)
    assert complaint.number in dialog.header.title.text()
    assert dialog.header.value("status") == "New"
    assert "left to first response" in dialog.header.value("sla")
    assert dialog.enabled_actions() == {"start", "take", "escalate", "cancel"}
    assert dialog.buttons["priority"].isHidden()  # an agent may not change it

    step(qtbot, dialog, "take")
    assert dialog.header.value("assignee") == "Trần Thị Yến"
    step(qtbot, dialog, "start")
    assert dialog.header.value("status") == "In progress"
    step(qtbot, dialog, "wait")
    assert dialog.header.value("status") == "Waiting for customer"
    assert "paused" in dialog.header.value("sla")
    assert dialog.enabled_actions() == {"resume", "escalate", "resolve", "cancel"}
    step(qtbot, dialog, "resume")
    assert dialog.header.value("status") == "In progress"

    def resolve(form) -> None:
        form.type_combo.setCurrentIndex(form.type_combo.findData("repair"))
        type_text(qtbot, form.notes_edit, "Thay máy nén, khách hài lòng")
        form.vnd_spin.setValue(200_000)

    through_step_dialog(qtbot, dialog, "resolve", resolve)
    assert dialog.header.value("status") == "Resolved"
    assert dialog.enabled_actions() == {"close", "reopen"}

    def close(form) -> None:
        form.confirmed_check.setChecked(True)
        form.csat_combo.setCurrentIndex(form.csat_combo.findData(5))
        form.ces_combo.setCurrentIndex(form.ces_combo.findData(4))
        type_text(qtbot, form.comment_edit, "Anh kỹ thuật làm nhanh, cảm ơn")

    through_step_dialog(qtbot, dialog, "close", close)
    assert dialog.header.value("status") == "Closed"
    assert "No clock runs" in dialog.header.value("sla")
    assert dialog.enabled_actions() == {"reopen"}
    assert not dialog.note_button.isEnabled()

    texts = dialog.timeline.texts()
    assert len(texts) == 7
    assert "Opened the complaint" in texts[0]
    assert "Trần Thị Yến" in texts[1] and "Assigned" in texts[1]
    assert "New → In progress" in texts[2]
    assert "In progress → Waiting for customer" in texts[3]
    assert "Waiting for customer → In progress" in texts[4]
    assert "Resolved: Repair" in texts[5] and "200,000 ₫" in texts[5]
    assert "Thay máy nén, khách hài lòng" in texts[5]
    assert "In progress → Resolved" in texts[5]
    assert "CSAT 5/5 · CES 4/5" in texts[6] and "Resolved → Closed" in texts[6]
    assert "Anh kỹ thuật làm nhanh, cảm ơn" in texts[6]  # the customer's words are kept


def test_a_reply_is_on_the_timeline_and_clears_the_box(qtbot, seat_agent, complaint, open_dialog):
    dialog = open_dialog(seat_agent, complaint.id)
    type_text(qtbot, dialog.note_edit, NOTE)
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=TIMEOUT):
        dialog.reply_button.click()
    assert dialog.note_edit.toPlainText() == ""
    last = dialog.timeline.texts()[-1]
    assert "Reply to the customer" in last and NOTE in last
    assert "left to resolution" in dialog.header.value("sla")


def test_a_stale_save_names_who_changed_it_and_keeps_the_note(
    qtbot, sqlite_db, seat_agent, supervisor, complaint, open_dialog
):
    dialog = open_dialog(seat_agent, complaint.id)
    with sqlite_db.session_scope() as s:
        add_note(s, supervisor, complaint.id, "Khách VIP, ưu tiên xử lý")
    type_text(qtbot, dialog.note_edit, NOTE)
    dialog.note_button.click()
    qtbot.waitUntil(lambda: dialog.banner_text() != "", timeout=TIMEOUT)
    assert "Lê Thu Hà" in dialog.banner_text()
    assert "Reload" in dialog.banner_text()
    assert dialog.note_edit.toPlainText() == NOTE
    assert len(dialog.timeline.texts()) == 1

    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.reload_button.click()
    assert "Khách VIP, ưu tiên xử lý" in dialog.timeline.texts()[-1]
    assert dialog.note_edit.toPlainText() == NOTE
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=TIMEOUT):
        dialog.note_button.click()
    assert NOTE in dialog.timeline.texts()[-1]


def test_a_step_without_its_reason_says_so_and_keeps_the_dialog(
    qtbot, seat_agent, complaint, open_dialog
):
    dialog = open_dialog(seat_agent, complaint.id)
    dialog.buttons["cancel"].click()
    form = dialog.step
    form.save_button.click()
    qtbot.waitUntil(lambda: form.field_error("reason") != "", timeout=TIMEOUT)
    assert form.isVisible()
    assert dialog.header.value("status") == "New"


def test_negative_compensation_is_refused_under_the_field(
    qtbot, seat_agent, complaint, open_dialog
):
    dialog = open_dialog(seat_agent, complaint.id)
    step(qtbot, dialog, "start")
    dialog.buttons["resolve"].click()
    form = dialog.step
    form.type_combo.setCurrentIndex(form.type_combo.findData("refund"))
    type_text(qtbot, form.notes_edit, "Hoàn tiền")
    form.vnd_spin.setValue(-50_000)
    form.save_button.click()
    qtbot.waitUntil(lambda: form.field_error("compensation") != "", timeout=TIMEOUT)
    assert "negative" in form.field_error("compensation")
    assert form.notes_edit.toPlainText() == "Hoàn tiền"


def test_a_supervisor_changes_the_priority(qtbot, supervisor, complaint, open_dialog):
    dialog = open_dialog(supervisor, complaint.id)
    assert not dialog.buttons["priority"].isHidden()

    def fill(form) -> None:
        form.priority_combo.setCurrentIndex(form.priority_combo.findData("critical"))
        type_text(qtbot, form.reason_edit, "Khách sắp đi nước ngoài")

    through_step_dialog(qtbot, dialog, "priority", fill)
    assert dialog.header.value("priority") == "Critical"
    assert "Priority changed from Normal to Critical" in dialog.timeline.texts()[-1]


def test_an_agent_only_takes_a_supervisor_reassigns(
    qtbot, seat_agent, supervisor, complaint, open_dialog
):
    mine = open_dialog(seat_agent, complaint.id)
    assert mine.buttons["reassign"].isHidden()
    assert "take" in mine.enabled_actions() and "reassign" not in mine.enabled_actions()
    mine.close()

    dialog = open_dialog(supervisor, complaint.id)
    assert "reassign" in dialog.enabled_actions()
    dialog.buttons["reassign"].click()
    form = dialog.step
    qtbot.waitUntil(lambda: form.save_button.isEnabled(), timeout=TIMEOUT)
    offered = [form.staff_combo.itemText(i) for i in range(form.staff_combo.count())]
    assert offered == ["Lê Thu Hà (ha.le)", "Quản Trị Viên (admin)", "Trần Thị Yến (yen.tran)"]
    assert form.choose(seat_agent.user_id)
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=TIMEOUT):
        form.save_button.click()
    assert dialog.header.value("assignee") == "Trần Thị Yến"
    last = dialog.timeline.texts()[-1]
    assert "Lê Thu Hà" in last and "Assigned to Trần Thị Yến" in last

    dialog.buttons["reassign"].click()  # the one who has it now is not offered again
    form = dialog.step
    qtbot.waitUntil(lambda: form.save_button.isEnabled(), timeout=TIMEOUT)
    assert form.staff_combo.findData(seat_agent.user_id) == -1
    assert "Trần Thị Yến" in form.intro.text()
    form.reject()
