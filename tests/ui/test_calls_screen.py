"""The Calls screen: the log, its filters and totals, export, linking a caller, opening one."""

from __future__ import annotations

import csv
import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.models import Interaction
from app.services.actor import Actor
from app.services.contacts.call_log_export import export_call_log
from tests.scenarios import UNKNOWN_PHONE
from tests.ui.date_typing import enter_date
from ui.calls.call_log_model import COLUMNS
from ui.calls.calls_screen import CallsScreen
from ui.calls.link_caller_dialog import LinkCallerDialog
from ui.main_window import MainWindow

TIMEOUT = 10_000


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin, log):
    def make(actor: Actor = seat_admin, read_only: bool = False) -> CallsScreen:
        page = CallsScreen(sqlite_db, actor, read_only)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.show()
        wait_totals(qtbot, page)
        return page

    return make


def wait_totals(qtbot, page: CallsScreen) -> None:
    qtbot.waitUntil(lambda: page.totals_label.text() != "Counting…", timeout=TIMEOUT)


def column(page: CallsScreen, name: str) -> list[str]:
    model = page.model
    return [model.index(r, COLUMNS.index(name)).data() for r in range(model.rowCount())]


def filter_by(qtbot, page: CallsScreen, change) -> None:
    with qtbot.waitSignal(page.model.first_page_loaded, timeout=TIMEOUT):
        change()
    wait_totals(qtbot, page)


def test_lists_every_contact_newest_first_with_totals(screen, log):
    page = screen()

    assert page.header.title_label.text() == "Calls"
    assert page.state_label.text().startswith("Updated ")
    assert page.model.rowCount() == 12
    assert page.model.rows()[0].id == log.ids[0]
    assert column(page, "time")[0] == "10/03/2025 10:00"
    # Yến's four phone calls have durations: 1, 4, 7 and 10 minutes.
    assert page.totals_label.text() == "12 contacts · total 22:00 · average 5:30"
    assert page.actions.correction_button.isEnabled()


def test_filters_narrow_the_rows_and_the_totals(qtbot, screen, log):
    page = screen()
    bar = page.filters
    assert "Trần Thị Yến" in [bar.agent_combo.itemText(i) for i in range(bar.agent_combo.count())]

    filter_by(qtbot, page, lambda: bar.choose(bar.agent_combo, log.agents["khoa"]))
    assert set(column(page, "agent")) == {"Lý Minh Khoa"}
    assert page.totals_label.text() == "8 contacts"

    filter_by(qtbot, page, lambda: bar.choose(bar.direction_combo, "in"))
    assert set(column(page, "direction")) == {"Inbound"}
    assert page.totals_label.text() == "4 contacts"

    filter_by(qtbot, page, lambda: page.set_customer_filter(log.customers["dao"], "Nguyễn Thị Đào"))
    assert set(column(page, "customer")) == {"Nguyễn Thị Đào"}
    assert bar.customer_label.text() == "Nguyễn Thị Đào"
    assert page.totals_label.text() == "3 contacts"

    filter_by(qtbot, page, lambda: enter_date(qtbot, bar.to_edit, "9/3/2025"))
    assert page.model.rowCount() == 0
    assert page.list_stack.currentWidget() is page.empty_label
    assert page.totals_label.text() == "0 contacts"

    filter_by(qtbot, page, bar.clear_button.click)
    assert page.model.rowCount() == 12
    assert bar.customer_label.isHidden()


def test_days_the_wrong_way_round_are_explained_not_sent(qtbot, screen):
    page = screen()
    bar = page.filters
    filter_by(qtbot, page, lambda: enter_date(qtbot, bar.from_edit, "10/03/2025"))
    with qtbot.assertNotEmitted(bar.changed):
        enter_date(qtbot, bar.to_edit, "1/3/2025")

    assert "before the start date" in bar.to_edit.error_text()
    assert bar.to_edit.text() == "01/03/2025"
    assert page.model.current_filter().date_to is None
    assert page.model.rowCount() == 12  # the last valid list stays


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_writes_the_filtered_rows_with_progress(qtbot, screen, log, tmp_path, fmt):
    page = screen()
    filter_by(qtbot, page, lambda: page.filters.choose(page.filters.agent_combo, log.agents["yen"]))
    path = tmp_path / f"calls.{fmt}"
    percents: list[int] = []
    page.exporter.progressed.connect(percents.append)

    with qtbot.waitSignal(page.exporter.finished, timeout=TIMEOUT) as done:
        page.exporter.export_to(str(path))

    assert done.args == [4, str(path)]
    assert percents and percents[-1] == 100
    assert page.exporter.progress_dialog is None
    if fmt == "csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        sheet = openpyxl.load_workbook(path, read_only=True).active
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][:3] == ["Time", "Customer code", "Customer"]
    assert len(rows) == 5
    assert {r[8] for r in rows[1:]} == {"Trần Thị Yến"}
    box = page.exporter.message_box
    assert "4 contacts were exported" in box.text() and str(path) in box.text()
    box.close()


def test_cancelling_an_export_leaves_no_file(qtbot, monkeypatch, screen, tmp_path):
    page = screen()
    go_on = threading.Event()

    def held_export(session, f, path, control):
        go_on.wait(TIMEOUT / 1000)  # until the person has pressed Cancel
        return export_call_log(session, f, path, control=control)

    monkeypatch.setattr(page.exporter, "service", held_export)
    folder = tmp_path / "exports"
    folder.mkdir()
    page.exporter.export_to(str(folder / "calls.csv"))
    dialog = page.exporter.progress_dialog
    assert dialog.isVisible() and dialog.labelText() == "Exporting the call log…"

    with qtbot.waitSignal(page.exporter.cancelled, timeout=TIMEOUT):
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button
        go_on.set()

    assert list(folder.iterdir()) == []  # neither the file nor a half-written one
    assert page.exporter.message_box is None


def test_a_failed_export_says_why(qtbot, screen, tmp_path):
    page = screen()
    with qtbot.waitSignal(page.exporter.failed, timeout=TIMEOUT) as failed:
        page.exporter.export_to(str(tmp_path / "gone" / "calls.csv"))

    assert "does not exist" in failed.args[0]
    box = page.exporter.message_box
    assert box.icon() == QMessageBox.Icon.Warning and "does not exist" in box.text()
    box.close()


def test_an_unknown_caller_is_linked_to_a_customer(qtbot, sqlite_db, add_customer, screen, log):
    page = screen()
    newest_unknown = page.model.rows().index(
        next(r for r in page.model.rows() if r.customer_id is None)
    )
    page.table.setFocus()
    page.table.selectRow(newest_unknown)
    assert page.actions.link_button.isEnabled()
    assert column(page, "customer")[newest_unknown] == "0901234567"
    lan = add_customer("Phạm Thị Lan", "0933111222")

    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on an unknown caller: link it
    dialog = page.actions.current_dialog()
    assert isinstance(dialog, LinkCallerDialog)
    assert "0901234567" in dialog.intro.text()
    with qtbot.waitSignal(dialog.picker.chosen_changed, timeout=TIMEOUT):
        dialog.picker.search_now("0933111222")
    assert dialog.picker.chosen().id == lan.id
    with qtbot.waitSignal(page.model.first_page_loaded, timeout=TIMEOUT):
        dialog.save_button.click()

    with sqlite_db.session_scope() as s:
        linked = {s.get(Interaction, i).customer_id for i in log.unknown_ids}
        assert linked == {lan.id}  # both contacts from the number
        assert s.get(Interaction, log.unknown_ids[0]).phone_e164 == UNKNOWN_PHONE
    assert column(page, "customer")[newest_unknown] == "Phạm Thị Lan"
    assert not page.actions.link_button.isEnabled()


def test_double_click_or_enter_opens_the_customer(qtbot, screen, log):
    page = screen()
    rect = page.table.visualRect(page.model.index(1, COLUMNS.index("customer")))
    with qtbot.waitSignal(page.open_customer_requested, timeout=TIMEOUT) as opened:
        # A real double-click: the first click, then the second arriving as a double-click.
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [log.customers["dao"]]

    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(page.open_customer_requested, timeout=TIMEOUT) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [log.customers["hung"]]


def test_buttons_follow_the_role_and_read_only(qtbot, screen, as_role):
    seat_agent = screen(as_role("agent"))
    assert seat_agent.topics_button.isHidden()
    with qtbot.waitSignal(seat_agent.new_contact_requested, timeout=TIMEOUT):
        seat_agent.new_button.click()

    supervisor = screen(as_role("supervisor"))
    assert not supervisor.topics_button.isHidden()

    picture = screen(read_only=True)
    picture.table.selectRow(picture.model.rowCount() - 1)  # an unknown caller
    assert not picture.actions.link_button.isEnabled()
    assert not picture.actions.correction_button.isEnabled()
    assert picture.actions.link() is None


def test_the_window_lists_calls_after_customers(qtbot, sqlite_db, seat_admin, log):
    win = MainWindow(sqlite_db, seat_admin)
    qtbot.addWidget(win)
    keys = win.screen_keys()
    assert keys[keys.index("customers") + 1] == "calls"
    calls = win.get_screen("calls")
    with qtbot.waitSignal(calls.loaded, timeout=TIMEOUT):
        win.show()
        win.show_screen("calls")
    calls.open_customer_requested.emit(log.customers["dao"])
    assert win.current_screen_key() == "customers"


def test_the_customer_button_lists_one_customers_contacts(qtbot, screen, log):
    page = screen()
    dialog = page.filters.choose_customer()
    with qtbot.waitSignal(dialog.picker.chosen_changed, timeout=TIMEOUT):
        dialog.picker.search_now("0912345678")
    assert dialog.chosen().full_name == "Nguyễn Thị Đào"
    assert dialog.picker.state_label.text() == "Choose the customer:"

    filter_by(qtbot, page, dialog.ok_button.click)
    assert set(column(page, "customer")) == {"Nguyễn Thị Đào"}
    assert page.filters.customer_label.text() == "Nguyễn Thị Đào"
    assert page.filters.customer_clear.isVisible()

    filter_by(qtbot, page, page.filters.customer_clear.click)
    assert page.model.rowCount() == 12


def test_correction_and_topics_open_their_dialogs(qtbot, screen, as_role):
    page = screen(as_role("supervisor"))
    page.table.selectRow(0)
    page.actions.correction_button.click()
    correction = page.actions.current_dialog()
    assert type(correction).__name__ == "CorrectionDialog"
    assert correction.interaction_id() == page.model.row_at(0).id
    assert "10/03/2025 10:00 · Lê Văn Hùng · Phone · Warranty" in correction.summary_label.text()
    correction.reject()

    page.topics_button.click()
    assert type(page.topics_dialog).__name__ == "TopicsDialog"
    page.topics_dialog.reject()
