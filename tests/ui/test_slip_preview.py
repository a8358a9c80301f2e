"""The slip preview: the pages on screen, zoom, and a print or a saved PDF recorded only
once the printer or the file took it; a cancelled or failing print records nothing."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from app.services.slips.slips import prints_of, slip_for
from ui.slips import pdf_pages
from ui.slips.preview_dialog import SlipPreviewDialog

TIMEOUT = 15_000


@pytest.fixture
def purchase(sqlite_db, seat_agent, shop):
    return shop.sell(sqlite_db, serial="SN55A0001")


@pytest.fixture
def open_preview(qtbot, sqlite_db, seat_agent):
    def make(kind: str, subject_id: int) -> SlipPreviewDialog:
        preview = SlipPreviewDialog(sqlite_db, seat_agent, kind, subject_id, "Warranty slip")
        qtbot.addWidget(preview)
        with qtbot.waitSignal(preview.ready, timeout=TIMEOUT):
            preview.show()
        return preview

    return make


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)  # enough to read; keeps the test quick
    return printer


def prints(db, purchase_id: int) -> list:
    with db.session_scope() as s:
        slip = slip_for(s, "warranty", purchase_id)
        return prints_of(s, slip.id) if slip is not None else []


def test_the_slip_is_shown_with_its_number(open_preview, purchase):
    preview = open_preview("warranty", purchase)
    assert preview.slip is not None and preview.slip.number in preview.windowTitle()
    assert len(preview.page_labels()) == 1
    assert not preview.copy_label.isVisible()
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()


def test_zoom_makes_the_page_bigger_and_smaller(open_preview, purchase):
    preview = open_preview("warranty", purchase)
    width = preview.page_labels()[0].width()
    preview.zoom_in_button.click()
    assert preview.zoom() == 125 and preview.page_labels()[0].width() > width
    preview.zoom_by(-2)
    assert preview.zoom() == 75 and preview.page_labels()[0].width() < width
    assert preview.zoom_label.text() == "75 %"


def test_printing_to_a_pdf_printer_records_one_print_and_the_next_is_a_copy(
    qtbot, sqlite_db, open_preview, purchase, tmp_path
):
    preview = open_preview("warranty", purchase)
    target = tmp_path / "printed.pdf"
    with qtbot.waitSignal(preview.recorded, timeout=TIMEOUT) as recorded:
        assert preview.print_to(pdf_printer(target))
    assert recorded.args == ["pdf"]
    assert len(pypdf.PdfReader(target).pages) == 1
    [print_] = prints(sqlite_db, purchase)
    assert print_.target == "pdf" and not print_.is_copy and print_.by_name == "Trần Thị Yến"
    assert "recorded" in preview.status_text()
    qtbot.waitUntil(lambda: preview.slip is not None and preview.slip.copy, timeout=TIMEOUT)
    assert preview.copy_label.isVisible()

    again = open_preview("warranty", purchase)  # a reprint, later
    assert again.slip.number == preview.slip.number and again.copy_label.isVisible()
    assert "copy" in again.status_text()


def test_a_cancelled_print_dialog_records_nothing(
    qtbot, sqlite_db, open_preview, purchase, monkeypatch
):
    preview = open_preview("warranty", purchase)
    monkeypatch.setattr(QPrintDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    with qtbot.waitSignal(preview.outcome, timeout=TIMEOUT) as said:
        preview.print_button.click()
    assert "cancelled" in said.args[0] and "not recorded" in said.args[0]
    assert prints(sqlite_db, purchase) == []


class DeadPrinterPainter(pdf_pages.QPainter):
    """A painter whose printer never starts (switched off, out of paper, driver gone)."""

    def begin(self, device) -> bool:  # noqa: ANN001
        return False


def test_a_printer_that_fails_records_nothing_and_says_so(
    qtbot, sqlite_db, open_preview, purchase, tmp_path, monkeypatch
):
    preview = open_preview("warranty", purchase)
    monkeypatch.setattr(pdf_pages, "QPainter", DeadPrinterPainter)
    assert not preview.print_to(pdf_printer(tmp_path / "never.pdf"))
    assert "did not print" in preview.status_text()
    assert "not recorded" in preview.status_text()
    qtbot.wait(200)  # nothing is being recorded behind the message
    assert prints(sqlite_db, purchase) == []
    assert preview.print_button.isEnabled()


def test_save_as_pdf_writes_the_file_and_records_it(
    qtbot, sqlite_db, open_preview, purchase, tmp_path
):
    preview = open_preview("warranty", purchase)
    target = tmp_path / "slip.pdf"
    with qtbot.waitSignal(preview.recorded, timeout=TIMEOUT):
        assert preview.save_to(str(target))
    text = pypdf.PdfReader(target).pages[0].extract_text()
    assert "Nguyễn Văn An" in text and "Tivi Sony 55 inch" in text
    assert [p.target for p in prints(sqlite_db, purchase)] == ["pdf"]


def test_a_pdf_that_cannot_be_written_records_nothing(sqlite_db, open_preview, purchase, tmp_path):
    preview = open_preview("warranty", purchase)
    assert not preview.save_to(str(tmp_path / "no such folder" / "slip.pdf"))
    assert "could not be saved" in preview.status_text()
    # A folder where the file should go: written, then refused at the last step.
    folder = tmp_path / "out"
    (folder / "slip.pdf").mkdir(parents=True)
    assert not preview.save_to(str(folder / "slip.pdf"))
    assert "could not be saved" in preview.status_text()
    assert [p.name for p in folder.iterdir()] == ["slip.pdf"]  # no temporary file left
    assert prints(sqlite_db, purchase) == []


def test_a_slip_that_cannot_be_made_says_so(qtbot, sqlite_db, seat_agent):
    preview = SlipPreviewDialog(sqlite_db, seat_agent, "warranty", 999_999, "Warranty slip")
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.ready, timeout=TIMEOUT):
        preview.show()
    assert preview.slip is None
    assert preview.status_text()
    assert not preview.print_button.isEnabled() and not preview.save_button.isEnabled()
