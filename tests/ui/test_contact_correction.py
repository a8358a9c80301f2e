"""A logged contact on the profile's timeline, in full, and corrected without being changed:
the correction note shows under the original, whose text stays as it was."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.contacts.interactions import (
    InteractionInput,
    ScriptAnswer,
    get_interaction,
    log_interaction,
)
from app.timeutil import now_utc
from tests import scenarios
from tests.helpers_qt import type_text
from ui.calls.correction_dialog import CorrectionDialog
from ui.customers import CustomersScreen
from ui.customers.profile_models import timeline_model, timeline_rows
from ui.widgets.record_table import select_row

TIMEOUT = 10_000
NOTES = "Khách báo máy giặt kêu to khi vắt. Đã hướng dẫn kiểm tra chân đế."


@pytest.fixture
def contact(sqlite_db, seat_agent, dao):
    start = now_utc() - timedelta(hours=2)
    data = InteractionInput(
        channel="phone",
        direction="in",
        started_at=start,
        ended_at=start + timedelta(minutes=4, seconds=32),
        customer_id=dao.id,
        topic="warranty",
        outcome="resolved_first_contact",
        notes=NOTES,
        satisfaction=4,
        script_answers=(
            ScriptAnswer("Số serial trên tem máy là gì?", "5CD1234XYZ"),
            ScriptAnswer("Máy mua ở cửa hàng nào", "Quận 1"),
        ),
    )
    with sqlite_db.session_scope() as s:
        return log_interaction(s, seat_agent, data)


@pytest.fixture
def profile(qtbot, sqlite_db, seat_agent, dao, contact):
    screen = CustomersScreen(sqlite_db, seat_agent)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.show()
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        screen.open_profile(dao.id)
    return screen.profile_page


def test_the_timeline_shows_a_contact_in_full(qtbot, profile, contact):
    sections = profile.sections
    model = sections.timeline.model
    assert model.text(0, "what") == "Phone · Inbound · Warranty"
    assert model.text(0, "status") == "Resolved on first contact"
    assert model.text(0, "length") == "4:32"
    assert model.text(0, "by") == "Trần Thị Yến"
    tooltip = model.index(0, model.column_keys().index("detail")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Satisfaction: 4/5" in tooltip
    assert "5CD1234XYZ" in tooltip

    select_row(sections.timeline.table, 0)
    detail = sections.timeline_detail.text()
    assert "Agent: Trần Thị Yến · Length: 4:32 · Outcome: Resolved on first contact" in detail
    assert "Satisfaction: 4/5" in detail
    assert NOTES in detail
    assert "Số serial trên tem máy là gì? 5CD1234XYZ" in detail
    assert "Máy mua ở cửa hàng nào: Quận 1" in detail


def test_a_correction_shows_under_the_unchanged_original(qtbot, sqlite_db, profile, contact):
    sections = profile.sections
    table = sections.timeline.table
    table.setFocus()
    select_row(table, 0)
    assert sections.timeline_detail.correction_button.isEnabled()

    # Keyboard: the button's Alt+C mnemonic.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: profile.actions.current_dialog() is not None, timeout=TIMEOUT)
    dialog = profile.actions.current_dialog()
    assert isinstance(dialog, CorrectionDialog)
    assert dialog.interaction_id() == contact.id
    assert "Phone · Inbound · Warranty · Trần Thị Yến" in dialog.summary_label.text()
    assert "Khách báo máy giặt kêu to khi vắt." in dialog.summary_label.text()

    dialog.save_button.click()  # nothing typed yet
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert dialog.field_error("note") == "Type the correction."

    type_text(qtbot, dialog.note_edit, "Số serial đúng là 5CD1234XZY (khách đọc nhầm).")
    with qtbot.waitSignal(profile.loaded, timeout=TIMEOUT):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    model = sections.timeline.model
    assert model.rowCount() == 2
    assert model.text(0, "detail") == NOTES  # the original, as it was
    assert model.text(1, "kind") == "↳ Correction"
    assert model.text(1, "what") == "Phone · Inbound · Warranty"
    assert model.text(1, "detail") == "Số serial đúng là 5CD1234XZY (khách đọc nhầm)."
    assert model.text(1, "by") == "Trần Thị Yến"
    assert table.selectionModel().selectedRows()[0].row() == 0  # still on the contact
    detail = sections.timeline_detail.text()
    assert "Khách báo máy giặt kêu to khi vắt." in detail
    assert "Correction, " in detail
    assert "Trần Thị Yến: Số serial đúng là 5CD1234XZY (khách đọc nhầm)." in detail
    assert sections.tabText(0) == "History (1)"

    with sqlite_db.session_scope() as s:
        stored = get_interaction(s, contact.id)
    assert stored.notes == NOTES
    assert [c.note for c in stored.corrections] == [
        "Số serial đúng là 5CD1234XZY (khách đọc nhầm)."
    ]


def test_a_correction_row_corrects_its_contact(qtbot, sqlite_db, seat_agent, profile, contact):
    from app.services.contacts.interactions import add_correction

    with sqlite_db.session_scope() as s:
        add_correction(s, seat_agent, contact.id, "Khách gọi lại lúc 15:00.")
    with qtbot.waitSignal(profile.loaded, timeout=TIMEOUT):
        profile.refresh()
    sections = profile.sections
    select_row(sections.timeline.table, 1)  # the correction row

    with qtbot.waitSignal(sections.correction_requested, timeout=TIMEOUT) as asked:
        sections.correction_action.trigger()  # the row's context menu
    assert asked.args[0] == contact.id


def test_only_contacts_can_be_corrected(qtbot, sqlite_db, seat_admin, dao):
    with sqlite_db.session_scope() as s:
        scenarios.profile_history(s, seat_admin, dao.id)
    screen = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.show()
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        screen.open_profile(dao.id)
    sections = screen.profile_page.sections
    select_row(sections.timeline.table, 0)  # a reminder
    assert not sections.timeline_detail.correction_button.isEnabled()
    assert not sections.correction_action.isEnabled()
    assert "Gọi lại báo tình trạng sửa máy giặt" in sections.timeline_detail.text()


def test_a_read_only_profile_offers_no_correction(qtbot, sqlite_db, seat_admin, dao, contact):
    screen = CustomersScreen(sqlite_db, seat_admin, read_only=True)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        screen.show()
    with qtbot.waitSignal(screen.profile_loaded, timeout=TIMEOUT):
        screen.open_profile(dao.id)
    page = screen.profile_page
    assert not page.sections.timeline_detail.correction_button.isVisible()
    assert not page.actions.new_contact_button.isVisible()
    assert page.actions.add_correction(contact.id, "") is None


def test_timeline_model_with_corrections_passes_qt_checks(
    qtmodeltester, sqlite_db, seat_agent, contact, dao
):
    from app.services.contacts.interactions import add_correction
    from app.services.customers.customer_timeline import timeline

    with sqlite_db.session_scope() as s:
        add_correction(s, seat_agent, contact.id, "Bổ sung: khách dùng máy 2 năm.")
        items = tuple(timeline(s, dao.id))
    model = timeline_model()
    model.set_records(timeline_rows(items))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
