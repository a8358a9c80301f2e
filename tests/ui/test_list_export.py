"""Export on a list screen, as the customer list offers it: what the list shows, in its
order, to CSV or Excel; the file offered in the folder used last; Cancel; a failure said
plainly with the screen still working; the button hidden from a role that may not read
the list."""

from __future__ import annotations

import errno
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.services.customers.customer_export import export_customers
from app.services.loyalty.loyalty import override_tier
from app.timeutil import local_date, now_utc
from tests.ui.export_files import TIMEOUT, csv_rows, export, xlsx_rows
from ui.audit import AuditScreen
from ui.customers import CustomersScreen
from ui.customers.customers_model import COLUMNS

HEADERS = ("Code", "Full name", "Phone", "Province", "Tier")


@pytest.fixture
def two(sqlite_db, seat_admin, add_customer):
    """Đào (Hà Nội, member) then Hùng (Đà Nẵng, gold): Đào first by code, Hùng by name."""
    dao = add_customer("Nguyễn Thị Đào", "0912 345 678", province="Hà Nội")
    hung = add_customer("Lê Văn Hùng", "0903 111 222", province="Đà Nẵng")
    with sqlite_db.session_scope() as s:
        override_tier(s, seat_admin, hung.id, "gold", "Khách quen")
    return dao, hung


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin, two):
    page = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    return page


def test_the_export_holds_the_customers_the_filter_keeps(qtbot, screen, two, tmp_path):
    dao, hung = two
    filters = screen.list_page.filters
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        filters.tier_combo.setCurrentIndex(filters.tier_combo.findData("gold"))
    path = tmp_path / "customers.csv"

    assert export(qtbot, screen.list_page.exporter, path) == 1

    assert csv_rows(path, *HEADERS) == [
        (hung.code, "Lê Văn Hùng", "0903 111 222", "Đà Nẵng", "Gold")
    ]
    assert screen.list_page.exporter.button.isEnabled()


def test_the_export_keeps_the_lists_order(qtbot, screen, two, tmp_path):
    dao, hung = two
    header = screen.list_page.table.horizontalHeader()
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        header.setSortIndicator(COLUMNS.index("full_name"), Qt.SortOrder.AscendingOrder)
    path = tmp_path / "customers.xlsx"

    assert export(qtbot, screen.list_page.exporter, path) == 2

    # By the name without accents: "le van hung" before "nguyen thi dao".
    assert xlsx_rows(path, *HEADERS) == [
        (hung.code, "Lê Văn Hùng", "0903 111 222", "Đà Nẵng", "Gold"),
        (dao.code, "Nguyễn Thị Đào", "0912 345 678", "Hà Nội", "Member"),
    ]


def test_the_file_offered_is_dated_in_the_folder_used_last(qtbot, monkeypatch, screen, tmp_path):
    exporter = screen.list_page.exporter
    asked: list[str] = []

    def save_as(_parent, _caption, offered, _kinds):
        asked.append(offered)
        # Typed without the extension the first time; the second, the person cancels.
        return (str(tmp_path / "cho-sep"), "") if len(asked) == 1 else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    with qtbot.waitSignal(exporter.finished, timeout=TIMEOUT) as done:
        exporter.xlsx_action.trigger()
    exporter.message_box.close()
    exporter.csv_action.trigger()

    day = local_date(now_utc()).isoformat()
    assert asked[0].endswith(f"customers-{day}.xlsx")
    assert done.args == [2, str(tmp_path / "cho-sep.xlsx")]
    assert asked[1] == str(tmp_path / f"customers-{day}.csv")
    assert QSettings().value("customers/export_folder") == str(tmp_path)
    assert exporter.progress_dialog is None  # nothing started after the Cancel


def test_cancel_leaves_no_file_and_the_button_comes_back(qtbot, monkeypatch, screen, tmp_path):
    exporter = screen.list_page.exporter
    go_on = threading.Event()

    def held(session, f, sort, path, control):
        go_on.wait(TIMEOUT / 1000)  # until the person has pressed Cancel
        return export_customers(session, f, sort, path, control=control)

    monkeypatch.setattr(exporter, "service", held)
    folder = tmp_path / "exports"
    folder.mkdir()
    exporter.export_to(str(folder / "customers.csv"))
    dialog = exporter.progress_dialog
    assert dialog.isVisible() and dialog.labelText() == "Exporting…"
    assert not exporter.button.isEnabled()  # one export at a time

    with qtbot.waitSignal(exporter.cancelled, timeout=TIMEOUT):
        dialog.findChild(QPushButton).click()  # the dialog's Cancel button
        go_on.set()

    assert list(folder.iterdir()) == []  # neither the file nor a half-written one
    assert exporter.message_box is None and exporter.progress_dialog is None
    assert exporter.button.isEnabled()


def test_a_missing_folder_is_explained_and_the_list_still_works(qtbot, screen, two, tmp_path):
    exporter = screen.list_page.exporter
    gone = tmp_path / "gone"
    with qtbot.waitSignal(exporter.failed, timeout=TIMEOUT) as failed:
        exporter.export_to(str(gone / "customers.csv"))

    assert failed.args == [f"The folder {gone} does not exist."]
    box = exporter.message_box
    assert box.icon() == QMessageBox.Icon.Warning and box.text() == failed.args[0]
    box.close()
    assert not gone.exists() and exporter.button.isEnabled()

    filters = screen.list_page.filters
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        filters.tier_combo.setCurrentIndex(filters.tier_combo.findData("gold"))
    assert screen.list_page.count_label.text() == "1 customer"
    assert export(qtbot, exporter, tmp_path / "customers.csv") == 1


def test_a_full_disk_gets_plain_advice(qtbot, monkeypatch, screen, tmp_path):
    exporter = screen.list_page.exporter

    def disk_full(session, f, sort, path, control):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exporter, "service", disk_full)
    with qtbot.waitSignal(exporter.failed, timeout=TIMEOUT) as failed:
        exporter.export_to(str(tmp_path / "customers.csv"))

    assert failed.args == ["The file could not be written: No space left on device"]
    box = exporter.message_box
    assert box.informativeText().startswith("Close the file if it is open in another program")
    box.close()
    assert list(tmp_path.glob("customers*")) == [] and exporter.button.isEnabled()


@pytest.mark.parametrize(("role", "shown"), [("agent", False), ("supervisor", True)])
def test_only_who_may_read_the_audit_trail_can_export_it(qtbot, sqlite_db, as_role, role, shown):
    page = AuditScreen(sqlite_db, as_role(role))
    qtbot.addWidget(page)

    assert page.exporter.button.isHidden() is not shown
    assert [a.text() for a in page.exporter.button.menu().actions()] == [
        "&CSV file…",
        "&Excel workbook…",
    ]
