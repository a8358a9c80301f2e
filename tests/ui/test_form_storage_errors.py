"""A save that finds the database busy: the form says so in its own banner, keeps every
value typed, and the same Save works once the other program lets go."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from app.db import Database, open_database
from app.models import Interaction
from app.services.complaints.complaints import ComplaintInput, complaint_detail, open_complaint
from app.services.contacts.interactions import get_interaction
from tests.helpers_qt import type_text
from ui.calls.contact_form import ContactForm
from ui.complaints.complaint_dialog import ComplaintDialog

TIMEOUT = 10_000
BUSY = (
    "The database is busy: another program (or another CareDesk window) is writing to it. "
    "Nothing was saved and what you typed is kept: wait a moment and save again."
)
NOTES = "Khách hỏi cách vệ sinh lồng giặt; đã hướng dẫn qua điện thoại."
RESOLUTION = "Thay máy nén mới, khách hài lòng."


@pytest.fixture
def quick(sqlite_db) -> Database:
    """The test's database as a seat sees it, giving up on a busy file after 0.3 s."""
    database = open_database(f"sqlite:///{sqlite_db.sqlite_path}", busy_timeout_ms=300)
    yield database
    database.dispose()


@pytest.fixture
def no_generic_dialog(monkeypatch) -> list[BaseException]:
    """What reached the application's error dialog or the log as unexpected (nothing may)."""
    reached: list[BaseException] = []
    monkeypatch.setattr("ui.errors.handle_exception", lambda _t, exc, _tb: reached.append(exc))
    monkeypatch.setattr(
        "ui.widgets.form_dialog.log_exception", lambda exc, _what="": reached.append(exc)
    )
    return reached


class Holder:
    """Another program holding the write lock on the file, until `release()`."""

    def __init__(self, db: Database) -> None:
        self.conn = sqlite3.connect(str(db.sqlite_path), timeout=0, isolation_level=None)
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        self.conn.rollback()
        self.conn.close()


def pick(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))
    assert combo.currentData() == value


def test_a_contact_saved_on_a_busy_database_keeps_everything_and_saves_later(
    qtbot, sqlite_db, quick, seat_agent, dao, no_generic_dialog
):
    form = ContactForm(quick, seat_agent, dao.id)
    qtbot.addWidget(form)
    with qtbot.waitSignal(form.loaded, timeout=TIMEOUT):
        form.show()
    pick(form.channel_combo, "store_visit")
    pick(form.topic_combo, "warranty")
    pick(form.outcome_combo, "information_given")
    pick(form.satisfaction_combo, 4)
    type_text(qtbot, form.notes_edit, NOTES)

    holder = Holder(sqlite_db)
    form.save_button.click()
    qtbot.waitUntil(lambda: form.banner_text() != "", timeout=TIMEOUT)
    assert form.banner_text() == BUSY
    assert form.isVisible() and not form.is_busy()
    assert form.notes_edit.toPlainText() == NOTES
    assert (form.channel_combo.currentData(), form.topic_combo.key()) == ("store_visit", "warranty")
    assert form.outcome_combo.currentData() == "information_given"
    assert form.satisfaction_combo.currentData() == 4
    assert form.customer.customer_id() == dao.id
    with sqlite_db.session_scope() as s:
        assert s.scalars(select(Interaction.id)).all() == []

    holder.release()
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    with sqlite_db.session_scope() as s:
        view = get_interaction(s, saved.args[0].id)
    assert (view.customer_id, view.channel, view.topic) == (dao.id, "store_visit", "warranty")
    assert (view.outcome, view.satisfaction, view.notes) == ("information_given", 4, NOTES)
    assert no_generic_dialog == []


@pytest.fixture
def complaint(sqlite_db, seat_agent, dao):
    data = ComplaintInput(dao.id, "product_defect", "Tủ lạnh không lạnh ngăn dưới")
    with sqlite_db.session_scope() as s:
        return open_complaint(s, seat_agent, data)


def test_a_resolve_step_on_a_busy_database_keeps_everything_and_saves_later(
    qtbot, sqlite_db, quick, seat_agent, complaint, no_generic_dialog
):
    dialog = ComplaintDialog(quick, seat_agent, complaint.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=TIMEOUT):
        dialog.show()
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=TIMEOUT, order="strict"):
        dialog.buttons["start"].click()
    dialog.buttons["resolve"].click()
    form = dialog.step
    pick(form.type_combo, "repair")
    type_text(qtbot, form.notes_edit, RESOLUTION)
    form.vnd_spin.setValue(200_000)
    form.points_spin.setValue(500)
    form.first_contact_check.setChecked(True)

    holder = Holder(sqlite_db)
    form.save_button.click()
    qtbot.waitUntil(lambda: form.banner_text() != "", timeout=TIMEOUT)
    assert form.banner_text() == BUSY
    assert form.isVisible() and dialog.header.value("status") == "In progress"
    assert (form.type_combo.currentData(), form.notes_edit.toPlainText()) == ("repair", RESOLUTION)
    assert (form.vnd_spin.value(), form.points_spin.value()) == (200_000, 500)
    assert form.first_contact_check.isChecked()
    with sqlite_db.session_scope() as s:
        assert complaint_detail(s, complaint.id).complaint.status == "in_progress"

    holder.release()
    with qtbot.waitSignals([dialog.changed, dialog.loaded], timeout=TIMEOUT):
        form.save_button.click()
    assert dialog.header.value("status") == "Resolved"
    with sqlite_db.session_scope() as s:
        detail = complaint_detail(s, complaint.id)
    assert (detail.resolution_type, detail.resolution_notes) == ("repair", RESOLUTION)
    assert (detail.compensation_vnd, detail.compensation_points) == (200_000, 500)
    assert [e.kind for e in detail.events].count("resolved") == 1
    assert no_generic_dialog == []
