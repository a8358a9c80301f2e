"""The import window driven as a person would: a file chosen, read, matched, checked,
imported, reported; and what it does with files it cannot read, a Cancel and Back."""

from __future__ import annotations

import csv
import threading
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QComboBox, QFileDialog, QVBoxLayout, QWidget
from sqlalchemy import func, select

import ui.imports.import_wizard as import_wizard
from app.config import log_file
from app.errors import PermissionDenied
from app.models import Customer, Purchase
from app.services.access.permissions import require
from app.services.changes import writes, writes_of
from app.services.imports.customer_plan import Decision
from app.services.imports.customer_rows import CustomerRow
from app.services.imports.fields import CUSTOMERS, PURCHASES
from app.services.imports.files import ImportFile
from app.services.imports.header import Header
from app.services.imports.report import RowIssue
from app.services.imports.runner import ImportOptions, Plan
from app.services.imports.sheets import TableSource
from tests.scenarios import new_customer
from tests.ui.conftest import OFFSCREEN_NOISE
from tests.ui.import_data import (
    CUSTOMER_HEADINGS,
    CUSTOMER_ROWS,
    EXCEL_CUSTOMERS,
    PURCHASE_CSV,
    customer_csv,
    many_customers,
    windows_1258,
    workbook,
)
from tests.unit.import_helpers import rows_per_transaction
from ui.admin import AdminScreen
from ui.customers import CustomersScreen
from ui.imports import ImportWizard
from ui.imports.import_wizard import CHOOSE, MAPPING, PREVIEW, REPORT, SOURCE
from ui.imports.preview_model import ERROR_TINT, NOTE_TINT, PreviewModel
from ui.imports.preview_page import summary_text
from ui.imports.raw_model import RawModel
from ui.workers import change_bus

TIMEOUT = 10_000
PHONE = 2  # the column "Liên lạc" of the customer file, which no name says is a phone


@pytest.fixture
def open_wizard(qtbot, db, admin):
    def make(kind: str = CUSTOMERS) -> ImportWizard:
        wizard = ImportWizard(db, admin, kind)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


def read(qtbot, wizard: ImportWizard, path: Path, kind: str = CUSTOMERS) -> None:
    """Choose `kind` and the file, press Next, and wait until the file is read."""
    page = wizard.choose_page
    (page.purchases_radio if kind == PURCHASES else page.customers_radio).setChecked(True)
    page.set_path(str(path))
    wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.is_reading(), timeout=TIMEOUT)


def reread(qtbot, wizard: ImportWizard, pick) -> None:
    pick()
    qtbot.waitUntil(lambda: not wizard.is_reading(), timeout=TIMEOUT)


def check(qtbot, wizard: ImportWizard) -> None:
    """Next on the Columns page: wait for the preview."""
    assert wizard.step() == MAPPING
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.plan() is not None, timeout=TIMEOUT)
    assert wizard.step() == PREVIEW


def import_now(qtbot, wizard: ImportWizard):
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as done:
        wizard.next_button.click()
    assert wizard.step() == REPORT
    return done.args[0]


def preview_row(wizard: ImportWizard, number: int) -> int:
    """The table row of the file's row `number`."""
    model = wizard.preview_page.model
    return next(r for r in range(model.rowCount()) if model.text(r, "row") == str(number))


def cell(wizard: ImportWizard, number: int, key: str):
    model = wizard.preview_page.model
    return model.index(preview_row(wizard, number), model.columns().index(key))


def customers(db) -> dict[str, dict[str, object]]:
    """Every customer by name: what the import stored."""
    with db.session_scope() as s:
        return {
            c.full_name: {
                "phones": [p.e164 for p in c.phones],
                "birthday": c.birthday,
                "province": c.province,
                "points": c.points,
            }
            for c in s.scalars(select(Customer))
        }


def count(db, model) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


# -- a whole customer import --------------------------------------------------------------


def test_a_windows_1258_customer_file_from_choice_to_report(qtbot, db, open_wizard, tmp_path):
    path = customer_csv(tmp_path / "khach-hang.csv")
    wizard = open_wizard()
    assert wizard.windowTitle() == "Import customers"
    assert not wizard.next_button.isEnabled()
    qtbot.keyClicks(wizard.choose_page.path_edit, str(path))
    qtbot.keyClick(wizard.choose_page.path_edit, Qt.Key.Key_Return)  # Enter is Next
    qtbot.waitUntil(lambda: not wizard.is_reading(), timeout=TIMEOUT)

    source, raw = wizard.source_page, wizard.source_page.model
    assert wizard.step() == SOURCE
    assert source.detected_label.text() == "Detected: Windows-1258 (Vietnamese ANSI)"
    assert source.encoding_combo.currentData() == "cp1258"
    assert source.separator_label.text() == "semicolon (;)"
    assert [raw.cell(0, c) for c in range(3)] == ["Mã KH", "Họ và tên", "Liên lạc"]
    assert raw.cell(1, 1) == "Nguyễn Thị Lan"
    assert source.header_label.text() == "row 1; 4 rows of data below it"
    assert wizard.next_button.isEnabled()

    # Read the wrong way, the names show garbled; UTF-8 cannot read the bytes at all.
    reread(qtbot, wizard, lambda: source.choose_encoding("vni"))
    assert raw.cell(0, 1) != "Họ và tên" and raw.cell(1, 1) != "Nguyễn Thị Lan"
    reread(qtbot, wizard, lambda: source.choose_encoding("utf-8"))
    assert "cannot be read as UTF-8" in source.banner.text() and source.banner.isVisible()
    assert source.table.isHidden() and not wizard.next_button.isEnabled()
    assert source.encoding_combo.isVisible()  # the way out stays on the page
    reread(qtbot, wizard, lambda: source.choose_encoding("cp1258"))
    assert raw.cell(0, 1) == "Họ và tên" and raw.cell(1, 1) == "Nguyễn Thị Lan"
    assert source.banner.isHidden()

    wizard.next_button.click()
    page = wizard.mapping_page
    assert wizard.step() == MAPPING
    assert page.mapping() == {
        0: "code",
        1: "full_name",
        3: "birthday",
        4: "province",
        5: "tier",
        6: "notes",
    }
    assert page.existing_box.isVisible() and page.update_existing()
    combo = page.combos[PHONE]
    assert combo.currentText() == "— Not imported —"
    combo.setCurrentIndex(combo.findText("Phone"))
    page.choose(6, "full_name")  # a field twice: said, and no going on
    assert page.problems_label.text() == (
        "“Full name” is chosen for “Họ và tên”, “Ghi chú”: keep it for one column only."
    )
    assert not wizard.next_button.isEnabled()
    page.choose(6, "notes")
    assert page.problems_label.isHidden() and wizard.next_button.isEnabled()

    check(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.summary_label.text() == "4 rows: 3 new, 0 to update, 0 skipped, 1 with errors"
    model = preview.model
    assert model.columns() == (
        "row",
        "action",
        "code",
        "full_name",
        "phone",
        "birthday",
        "province",
        "tier",
        "notes",
    )
    assert [model.text(r, "action") for r in range(4)] == ["New", "New", "Error", "New"]
    assert model.text(preview_row(wizard, 2), "phone") == "0912 345 678"
    assert model.text(preview_row(wizard, 3), "phone") == "0903 111 222"
    assert model.text(preview_row(wizard, 5), "phone") == "028 3823 4567"
    assert model.text(preview_row(wizard, 2), "tier") == "Gold"
    assert model.text(preview_row(wizard, 5), "birthday") == "21/03/1985"

    province = cell(wizard, 3, "province")
    assert province.data() == "TP. Hồ Chí Minh"
    assert "Bình Dương is now part of TP. Hồ Chí Minh" in province.data(Qt.ItemDataRole.ToolTipRole)
    assert province.data(Qt.ItemDataRole.BackgroundRole).color().name() == NOTE_TINT

    birthday = cell(wizard, 4, "birthday")
    message = "“31/02/1990” is not a date: February 1990 has 28 days."
    assert birthday.data(Qt.ItemDataRole.ToolTipRole) == message
    assert birthday.data(Qt.ItemDataRole.BackgroundRole).color().name() == ERROR_TINT
    assert birthday.data(Qt.ItemDataRole.FontRole).bold()
    assert isinstance(birthday.data(Qt.ItemDataRole.DecorationRole), QIcon)
    converted = cell(wizard, 4, "phone")
    assert converted.data() == "0389 123 456"
    assert "(2018 renumbering)" in converted.data(Qt.ItemDataRole.ToolTipRole)

    preview.table.selectRow(preview_row(wizard, 4))
    assert preview.detail_label.text().startswith("Row 4:\nError · Birthday (“Ngày sinh”): ")
    assert message in preview.detail_label.text()
    preview.problems_check.click()
    assert [model.text(r, "row") for r in range(model.rowCount())] == ["3", "4"]
    assert "4 rows:" in preview.summary_label.text()  # the summary still counts them all
    assert preview.hint_label.text().startswith("Import saves the 3 rows without errors")
    assert wizard.next_button.text() == "&Import"

    report = import_now(qtbot, wizard)
    assert (report.created, report.updated, report.skipped) == (3, 0, 1)
    page = wizard.report_page
    assert page.heading.text() == "Import finished"
    assert page.counts_label.text() == "Created: 3    Updated: 0    Skipped: 1"
    assert page.source_label.text() == "Read as: CSV, Windows-1258 (Vietnamese ANSI), separator “;”"
    lines = [
        (page.model.text(r, "row"), page.model.text(r, "kind"), page.model.text(r, "column"))
        for r in range(page.model.rowCount())
    ]
    assert lines == [
        ("3", "Note", "Tỉnh/Thành phố"),
        ("4", "Error", "Ngày sinh"),
        ("4", "Note", "Liên lạc"),
    ]
    assert not wizard.back_button.isVisible() and wizard.next_button.text() == "&Close"

    saved = tmp_path / "bao-cao.csv"
    dialog = page.ask_and_save()
    assert isinstance(dialog, QFileDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.nameFilters() == ["CSV file (*.csv)"]
    dialog.selectFile(str(saved))
    with qtbot.waitSignal(page.report_saved, timeout=TIMEOUT) as written:
        dialog.accept()
    assert written.args == [str(saved)]
    assert page.saved_label.text() == f"Saved to {saved}"
    with saved.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Row", "Column", "Kind", "Message"]
    assert ["4", "Ngày sinh", "Error", message] in rows
    assert ["Created", "3"] in rows and ["Skipped", "1"] in rows

    found = customers(db)
    assert sorted(found) == ["Nguyễn Thị Lan", "Phạm Minh Tuấn", "Trần Văn Bình"]
    assert found["Nguyễn Thị Lan"]["phones"] == ["+84912345678"]
    assert found["Nguyễn Thị Lan"]["birthday"] == date(1960, 3, 8)
    assert found["Trần Văn Bình"]["province"] == "TP. Hồ Chí Minh"

    wizard.next_button.click()  # Close
    assert not wizard.isVisible()


def test_browse_offers_spreadsheets_and_fills_the_path(qtbot, open_wizard, tmp_path):
    path = customer_csv(tmp_path / "khach-hang.csv")
    wizard = open_wizard()
    wizard.choose_page.browse_button.click()
    dialog = wizard.choose_page.file_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.nameFilters() == ["Spreadsheets (*.csv *.xlsx *.txt *.tsv)", "All files (*)"]
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    dialog.selectFile(str(path))
    dialog.accept()
    assert wizard.choose_page.path() == str(path)
    assert wizard.next_button.isEnabled()


def test_an_uncertain_guess_asks_to_check_the_names(qtbot, open_wizard, tmp_path):
    path = tmp_path / "ngan.csv"
    path.write_bytes(windows_1258("ho ten;sdt\r\nLê Lợi;0912345678\r\n"))
    wizard = open_wizard()
    read(qtbot, wizard, path)
    warning = wizard.source_page.warning_label
    assert warning.isVisible()
    assert warning.text() == (
        "Check that the names below read right; if not, pick another encoding."
    )


def test_a_workbook_with_a_title_row_numbers_and_serial_dates(qtbot, db, open_wizard, tmp_path):
    path = tmp_path / "khach.xlsx"
    path.write_bytes(
        workbook(
            EXCEL_CUSTOMERS,
            title="DANH SÁCH KHÁCH HÀNG 2024",
            before={"Hướng dẫn": [["Ghi danh sách khách vào sheet Khách hàng"]]},
        )
    )
    wizard = open_wizard()
    read(qtbot, wizard, path)
    source = wizard.source_page
    # The first sheet holds only instructions: the person picks the list's sheet.
    assert source.sheet_combo.isVisible()
    assert [source.sheet_combo.itemText(i) for i in range(2)] == ["Hướng dẫn", "Khách hàng"]
    assert not source.encoding_combo.isVisible()
    reread(qtbot, wizard, lambda: source.choose_sheet("Khách hàng"))
    assert source.header_label.text() == "row 2; 2 rows of data below it"  # under the title
    raw = source.model
    assert raw.headerData(0, Qt.Orientation.Vertical) == "2"
    assert [raw.cell(0, c) for c in range(4)] == ["Họ tên", "Số điện thoại", "Ngày sinh", "Điểm"]
    assert raw.cell(1, 1) == "912345678"  # as Excel holds it: the leading zero is gone

    wizard.next_button.click()
    assert wizard.mapping_page.mapping() == {0: "full_name", 1: "phone", 2: "birthday", 3: "points"}
    check(qtbot, wizard)
    model = wizard.preview_page.model
    assert wizard.preview_page.summary_label.text() == (
        "2 rows: 2 new, 0 to update, 0 skipped, 0 with errors"
    )
    assert [model.text(r, "phone") for r in range(2)] == ["0912 345 678", "0987 654 321"]
    assert [model.text(r, "birthday") for r in range(2)] == ["21/03/1985", "01/03/1985"]
    assert [model.text(r, "points") for r in range(2)] == ["1,200", "15"]

    report = import_now(qtbot, wizard)
    assert report.created == 2
    assert wizard.report_page.source_label.text() == ("Read as: Excel workbook, sheet “Khách hàng”")
    found = customers(db)
    assert found["Phạm Thị Hoa"]["phones"] == ["+84912345678"]
    assert found["Vũ Văn Nam"]["birthday"] == date(1985, 3, 1)
    assert found["Phạm Thị Hoa"]["points"] == 1200


# -- stopping ----------------------------------------------------------------------------


def test_cancel_during_the_import_undoes_what_was_written(
    qtbot, db, open_wizard, tmp_path, monkeypatch
):
    rows_per_transaction(monkeypatch, 2)  # several transactions for 7 rows
    path = customer_csv(tmp_path / "nhieu.csv", many_customers(7))
    written, go_on = threading.Event(), threading.Event()
    real_write = import_wizard.write_plan

    @writes(*writes_of(real_write))
    def held_write(session, db_, actor, plan, control):
        class Held:
            def progress(self, percent: int, message: str = "") -> None:
                if percent > 0:  # a chunk is in the database: hold here until Cancel
                    written.set()
                    go_on.wait(TIMEOUT / 1000)
                control.progress(percent, message)

        return real_write(session, db_, actor, plan, control=Held())

    monkeypatch.setattr(import_wizard, "write_plan", held_write)
    wizard = open_wizard()
    read(qtbot, wizard, path)
    wizard.next_button.click()
    wizard.mapping_page.choose(PHONE, "phone")
    check(qtbot, wizard)
    wizard.next_button.click()  # Import
    qtbot.waitUntil(written.is_set, timeout=TIMEOUT)
    assert count(db, Customer) == 2  # the first transaction is in
    assert not wizard.back_button.isEnabled()

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    box = wizard.confirm_box
    assert box is not None and wizard.isVisible()  # Esc asks; it does not close
    assert box.text().startswith("Cancel undoes everything imported so far")
    with qtbot.assertNotEmitted(wizard.imported), qtbot.assertNotEmitted(change_bus().changed):
        wizard.confirm_stop_button.click()
        assert wizard.run_page.heading.text() == "Cancelling…"
        go_on.set()
        qtbot.waitUntil(lambda: wizard.step() == REPORT, timeout=TIMEOUT)

    assert wizard.report_page.heading.text() == "Cancelled: nothing was changed."
    assert count(db, Customer) == 0
    assert wizard.back_button.isEnabled()  # back to the preview, to try again


def test_keep_importing_lets_the_import_finish(qtbot, db, open_wizard, tmp_path, monkeypatch):
    path = customer_csv(tmp_path / "kh.csv")
    go_on = threading.Event()
    real_write = import_wizard.write_plan

    @writes(*writes_of(real_write))
    def held_write(session, db_, actor, plan, control):
        go_on.wait(TIMEOUT / 1000)
        return real_write(session, db_, actor, plan, control=control)

    monkeypatch.setattr(import_wizard, "write_plan", held_write)
    wizard = open_wizard()
    read(qtbot, wizard, path)
    wizard.next_button.click()
    check(qtbot, wizard)
    wizard.next_button.click()
    wizard.cancel_button.click()
    box = wizard.confirm_box
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        box.escapeButton().click()  # Keep importing
        go_on.set()
    assert wizard.report_page.heading.text() == "Import finished"
    assert count(db, Customer) == 3


def test_a_failed_import_explains_without_details_and_can_be_tried_again(
    qtbot, db, open_wizard, tmp_path, monkeypatch
):
    real_write = import_wizard.write_plan

    @writes(*writes_of(real_write))
    def broken_write(session, db_, actor, plan, control):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(import_wizard, "write_plan", broken_write)
    wizard = open_wizard()
    read(qtbot, wizard, customer_csv(tmp_path / "kh.csv"))
    wizard.next_button.click()
    check(qtbot, wizard)
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.step() == REPORT, timeout=TIMEOUT)

    page = wizard.report_page
    assert page.heading.text() == "The import did not finish: what it had saved was undone."
    assert page.banner.text().startswith("Something went wrong.")
    assert "disk is full" not in page.banner.text()
    assert "the disk is full" in log_file().read_text(encoding="utf-8")
    assert count(db, Customer) == 0

    monkeypatch.setattr(import_wizard, "write_plan", real_write)
    wizard.back_button.click()  # checks the file again
    qtbot.waitUntil(lambda: wizard.plan() is not None, timeout=TIMEOUT)
    assert import_now(qtbot, wizard).created == 3


def test_a_user_who_may_not_load_data_is_told_at_the_check(qtbot, sqlite_db, seat_agent, tmp_path):
    wizard = ImportWizard(sqlite_db, seat_agent)
    qtbot.addWidget(wizard)
    wizard.show()
    read(qtbot, wizard, customer_csv(tmp_path / "kh.csv"))
    wizard.next_button.click()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: wizard.preview_page.banner.isVisible(), timeout=TIMEOUT)
    with pytest.raises(PermissionDenied) as refused:
        require(seat_agent, "data.load")
    assert wizard.preview_page.banner.text() == refused.value.message
    assert not wizard.next_button.isEnabled()


# -- files that cannot be imported ---------------------------------------------------------


def test_files_that_cannot_be_read_get_one_message_and_no_next(qtbot, db, open_wizard, tmp_path):
    wizard = open_wizard()
    source = wizard.source_page

    scan = tmp_path / "khach.csv"
    scan.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    read(qtbot, wizard, scan)
    assert source.banner.text().startswith(
        "This file is neither a CSV file nor an Excel workbook (.xlsx)."
    )
    assert source.banner.isVisible() and source.table.isHidden()
    assert not source.encoding_combo.isVisible()
    assert not wizard.next_button.isEnabled()

    wizard.back_button.click()
    assert wizard.step() == CHOOSE and wizard.choose_page.path() == str(scan)
    headless = tmp_path / "khach.xlsx"
    headless.write_bytes(
        workbook(
            [["Phạm Thị Hoa", 912345678, datetime(1985, 3, 21)], ["Vũ Văn Nam", 987654321, 31107]]
        )
    )
    read(qtbot, wizard, headless)
    assert source.banner.text().startswith(
        "The first row holds data (“Phạm Thị Hoa”, “912345678”, “21/03/1985”), not column names"
    )
    assert not wizard.next_button.isEnabled()

    wizard.back_button.click()
    read(qtbot, wizard, tmp_path / "gone.csv")
    assert source.banner.text() == f"There is no file {tmp_path / 'gone.csv'}."
    assert not wizard.next_button.isEnabled()
    assert count(db, Customer) == 0


# -- choices kept and remembered -----------------------------------------------------------


def test_back_keeps_every_choice(qtbot, open_wizard, tmp_path):
    path = customer_csv(tmp_path / "kh.csv")
    wizard = open_wizard()
    read(qtbot, wizard, path)
    reread(qtbot, wizard, lambda: wizard.source_page.choose_encoding("tcvn3"))
    reread(qtbot, wizard, lambda: wizard.source_page.choose_encoding("cp1258"))
    wizard.next_button.click()
    wizard.mapping_page.choose(PHONE, "phone")
    wizard.mapping_page.choose(5, None)
    wizard.mapping_page.skip_radio.setChecked(True)
    check(qtbot, wizard)
    wizard.preview_page.problems_check.setChecked(True)
    chosen = wizard.mapping_page.mapping()

    wizard.back_button.click()
    assert wizard.step() == MAPPING and wizard.mapping_page.mapping() == chosen
    wizard.back_button.click()
    assert wizard.step() == SOURCE
    assert wizard.source_page.encoding_combo.currentData() == "cp1258"
    wizard.back_button.click()
    assert wizard.step() == CHOOSE and wizard.choose_page.path() == str(path)

    read(qtbot, wizard, path)
    wizard.next_button.click()
    assert wizard.mapping_page.mapping() == chosen
    assert not wizard.mapping_page.update_existing()
    check(qtbot, wizard)
    assert wizard.preview_page.problems_check.isChecked()
    assert wizard.preview_page.model.rowCount() == 2


def test_the_columns_chosen_are_offered_for_the_next_file_like_it(qtbot, open_wizard, tmp_path):
    first = customer_csv(tmp_path / "thang-1.csv")
    wizard = open_wizard()
    read(qtbot, wizard, first)
    wizard.next_button.click()
    assert wizard.mapping_page.remembered_box.isHidden()
    wizard.mapping_page.choose(PHONE, "phone")
    check(qtbot, wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # before Import, Esc closes without asking
    assert not wizard.isVisible() and wizard.confirm_box is None

    second = customer_csv(tmp_path / "thang-2.csv", CUSTOMER_ROWS[:2])
    again = open_wizard()
    read(qtbot, again, second)
    again.next_button.click()
    page = again.mapping_page
    assert page.mapping()[PHONE] == "phone"
    assert page.remembered_box.isVisible()
    page.suggest_button.click()
    assert PHONE not in page.mapping() and page.remembered_box.isHidden()

    other = tmp_path / "khac.csv"
    other.write_bytes(windows_1258(";".join(CUSTOMER_HEADINGS[1:]) + "\r\nAn;0912345678;;;;\r\n"))
    again.back_button.click()
    again.back_button.click()
    read(qtbot, again, other)
    again.next_button.click()
    assert again.mapping_page.remembered_box.isHidden()


# -- purchases ---------------------------------------------------------------------------


def test_a_purchase_file_from_choice_to_report(qtbot, db, admin, open_wizard, tmp_path):
    with db.session_scope() as s:
        an = new_customer(s, admin, "Nguyễn Văn An", "0912 345 678")
    path = tmp_path / "mua-hang.csv"
    path.write_text(PURCHASE_CSV.replace("KH0000001", an.code), encoding="utf-8")
    wizard = open_wizard()
    read(qtbot, wizard, path, PURCHASES)
    assert wizard.windowTitle() == "Import purchases"
    assert wizard.source_page.detected_label.text() == "Detected: UTF-8"
    wizard.next_button.click()
    assert not wizard.mapping_page.existing_box.isVisible()
    assert set(wizard.mapping_page.mapping().values()) >= {"customer_code", "sku", "purchase_date"}
    check(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.summary_label.text() == (
        "3 rows: 2 new purchases, 0 skipped, 1 with errors; 2 new products"
    )
    model = preview.model
    assert model.text(0, "price_vnd") == "12,990,000 ₫"
    assert model.text(0, "purchase_date") == "31/01/2024"
    assert model.text(1, "phone") == "0912 345 678"
    unknown = cell(wizard, 4, "phone")
    assert "No customer has the number 0999 999 999" in unknown.data(Qt.ItemDataRole.ToolTipRole)

    report = import_now(qtbot, wizard)
    assert (report.created, report.products_created) == (2, 2)
    assert wizard.report_page.counts_label.text() == ("Created: 2    New products: 2    Skipped: 1")
    assert count(db, Purchase) == 2


# -- entry points and size ---------------------------------------------------------------


# The offscreen platform says it cannot raise a window; a real desktop does.
@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "This plugin does not support raise")
def test_admins_open_the_import_from_admin_and_customers(qtbot, sqlite_db, seat_admin, seat_agent):
    admin_screen = AdminScreen(sqlite_db, seat_admin)
    qtbot.addWidget(admin_screen)
    assert admin_screen.import_button.text() == "&Import data…"
    assert not admin_screen.import_button.isHidden()
    wizard = admin_screen.open_import()
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    assert admin_screen.open_import() is wizard  # brought up, not a second one
    assert not wizard.isModal()
    wizard.close()

    screen = CustomersScreen(sqlite_db, seat_admin)
    qtbot.addWidget(screen)
    assert not screen.list_page.import_button.isHidden()
    wizard = screen.open_import()
    assert wizard.choose_page.kind() == CUSTOMERS
    wizard.close()

    for hidden in (
        CustomersScreen(sqlite_db, seat_agent),
        CustomersScreen(sqlite_db, seat_admin, True),
    ):
        qtbot.addWidget(hidden)
        assert hidden.list_page.import_button.isHidden()
        assert hidden.open_import() is None


def test_an_import_from_the_customers_screen_refreshes_the_list(
    qtbot, sqlite_db, seat_admin, tmp_path
):
    # In its window, as in the app: the import window belongs to the window, not the screen.
    window = QWidget()
    qtbot.addWidget(window)
    screen = CustomersScreen(sqlite_db, seat_admin, parent=window)
    QVBoxLayout(window).addWidget(screen)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        window.show()
    assert screen.list_page.model.rowCount() == 0
    wizard = screen.open_import()
    read(qtbot, wizard, customer_csv(tmp_path / "kh.csv"))
    wizard.next_button.click()
    check(qtbot, wizard)
    with (
        qtbot.waitSignal(change_bus().changed, timeout=TIMEOUT) as announced,
        qtbot.waitSignal(screen.list_page.loaded, timeout=TIMEOUT),
    ):
        wizard.next_button.click()
    assert {"customer", "purchase"} <= announced.args[0].kinds
    assert announced.args[0].source is wizard
    assert screen.list_page.model.rowCount() == 3
    wizard.close()


def test_every_step_fits_a_laptop_screen(qtbot, open_wizard, tmp_path):
    wizard = open_wizard()
    limit = QSize(1000, 600)

    def fits() -> bool:
        hint = wizard.minimumSizeHint()
        return hint.width() <= limit.width() and hint.height() <= limit.height()

    assert wizard.width() <= limit.width() and wizard.height() <= limit.height()
    assert fits()
    read(qtbot, wizard, customer_csv(tmp_path / "kh.csv"))
    assert fits()
    wizard.next_button.click()
    assert fits()
    check(qtbot, wizard)
    assert fits()


# -- the models ----------------------------------------------------------------------------


def synthetic_plan(rows: int) -> Plan:
    """A checked plan of `rows` customers without the database: every 10th with a note,
    every 100th with an error."""
    checked, decisions = [], []
    for n in range(rows):
        row = CustomerRow(n + 2, values={"full_name": f"Khách {n}", "points": n * 1000})
        action = "create"
        if n % 100 == 99:
            row.errors.append(RowIssue(n + 2, "Điểm", "Bad points.", "points"))
            action = "error"
        elif n % 10 == 9:
            row.notes.append(RowIssue(n + 2, "", "Row 1 says the same: skipped."))
            action = "skip"
        checked.append(row)
        decisions.append(Decision(action))
    header = Header(1, ("Họ tên", "Điểm"), 0)
    return Plan(
        ImportFile("x.csv", content=b""),
        ImportOptions(CUSTOMERS),
        TableSource("csv"),
        header,
        {0: "full_name", 1: "points"},
        checked,
        decisions,
    )


def test_the_preview_model_serves_a_large_plan_without_copying_it(qtbot, qtmodeltester):
    small = PreviewModel()
    small.set_plan(synthetic_plan(120))
    qtmodeltester.check(small)
    small.set_problems_only(True)
    qtmodeltester.check(small)

    model = PreviewModel()
    plan = synthetic_plan(100_000)
    model.set_plan(plan)
    assert model.rowCount() == 100_000
    last = model.index(99_999, model.columns().index("points"))
    assert last.data() == "99,999,000"
    assert last.data(Qt.ItemDataRole.TextAlignmentRole) is not None
    bad = model.index(99, model.columns().index("points"))
    assert bad.data() == "99,000" and isinstance(bad.data(Qt.ItemDataRole.FontRole), QFont)
    skipped = model.index(9, 0)
    assert skipped.data(Qt.ItemDataRole.BackgroundRole).color().name() == NOTE_TINT
    assert model.index(9, 1).data() == "Skip"
    model.set_problems_only(True)
    assert model.rowCount() == 10_000
    assert model.index(0, 0).data() == "11"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == 9
    assert isinstance(model.index(9, 1).data(Qt.ItemDataRole.ForegroundRole), QBrush)


def test_the_summary_groups_numbers_as_the_language_writes_them(vietnamese):
    plan = synthetic_plan(1_234)
    assert summary_text(plan).startswith("1.234 ")


def test_the_raw_model_shows_the_file_as_read(qtmodeltester, tmp_path):
    from app.services.imports.runner import inspect_file

    path = customer_csv(tmp_path / "kh.csv")
    model = RawModel()
    model.set_inspection(inspect_file(ImportFile.from_path(path), ImportOptions(CUSTOMERS)))
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 7
    assert model.headerData(6, Qt.Orientation.Horizontal) == "G"
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.FontRole), QFont)
    assert model.index(1, 1).data() == "Nguyễn Thị Lan"


def test_the_import_as_choices_name_every_field(qtbot, open_wizard, tmp_path):
    wizard = open_wizard()
    read(qtbot, wizard, customer_csv(tmp_path / "kh.csv"))
    wizard.next_button.click()
    combo: QComboBox = wizard.mapping_page.combos[0]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts[0] == "— Not imported —"
    assert "Full name" in texts and "Province / city" in texts and len(texts) == 14
