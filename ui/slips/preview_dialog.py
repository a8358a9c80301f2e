"""A slip on screen before it goes to the customer: its pages, zoom, Print… and Save as PDF….

The slip is issued (or found again: a reprint keeps its number) and rendered by the slips
service on a worker; the pages are drawn here with pypdfium2. A print or a saved PDF is
recorded only once the printer or the file took it: a cancelled dialog, a printer that
will not start or a file that cannot be written records nothing, and says so. After the
first recorded print the pages are rendered again as a copy (BẢN SAO / COPY), as any
later print of the same number must be.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services.actor import Actor
from app.services.slips.slip_preview import PreparedSlip, prepare_slip, rendered_slip
from app.services.slips.slips import record_print
from ui.errors import failure_message, log_exception
from ui.slips.pdf_pages import print_pdf, render_pages, suit_printer, write_atomically
from ui.workers import Task, run_change, run_query

ZOOMS = (50, 75, 100, 125, 150, 200, 300)
SCREEN_DPI = 96.0
SETTINGS_FOLDER = "slips/last_folder"


class SlipPreviewDialog(QDialog):
    """`ready()` when the pages are on screen (or the slip could not be made: see
    `status_text()`); `recorded(target)` after a print ("printer") or a saved PDF ("pdf")
    was recorded; `outcome(text)` with every message shown under the pages."""

    ready = Signal()
    recorded = Signal(str)
    outcome = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        kind: str,
        subject_id: int,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SlipPreview")
        self.setModal(False)
        self._db = db
        self._actor = actor
        self._kind = kind
        self._subject_id = subject_id
        self._title = title or self.tr("Slip")
        self.slip: PreparedSlip | None = None
        self._zoom = 100
        self._page_labels: list[QLabel] = []
        self._task: Task | None = None
        self.setWindowTitle(self._title)

        self.heading = QLabel(self._title, objectName="DialogTitle")
        self.copy_label = QLabel(self.tr("Reprint: marked BẢN SAO / COPY"), objectName="CopyMark")
        self.copy_label.hide()
        self.zoom_out_button = self._button(self.tr("−"), self.tr("Zoom out (Ctrl+-)"), "ZoomOut")
        self.zoom_label = QLabel("100 %", objectName="ZoomLevel")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("300 %") + 12)
        self.zoom_in_button = self._button(self.tr("+"), self.tr("Zoom in (Ctrl++)"), "ZoomIn")
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom_by(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom_by(-1))
        self.save_button = self._button(
            self.tr("Save as &PDF…"), self.tr("Save the slip as a PDF file"), "SavePdf"
        )
        self.save_button.clicked.connect(self.ask_and_save)
        self.print_button = self._button(
            self.tr("&Print…"), self.tr("Print the slip (Ctrl+P)"), "PrintSlip"
        )
        self.print_button.clicked.connect(self.ask_and_print)
        QShortcut(QKeySequence.StandardKey.Print, self, self.ask_and_print)
        self.close_button = self._button(self.tr("Close"), "", "CloseSlip")
        self.close_button.clicked.connect(self.reject)

        self.pages = QWidget(objectName="SlipPages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setContentsMargins(16, 16, 16, 16)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea(objectName="SlipScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setWidget(self.pages)
        self.status = QLabel(self.tr("Preparing the slip…"), objectName="SlipStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.copy_label)
        tools = QHBoxLayout()
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_label)
        tools.addWidget(self.zoom_in_button)
        tools.addStretch(1)
        tools.addWidget(self.save_button)
        tools.addWidget(self.print_button)
        tools.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(tools)
        self.resize(720, 860)
        self._enable()
        self._task = run_change(
            db,
            prepare_slip,
            actor,
            kind,
            subject_id,
            on_done=self._show,
            on_error=self._prepare_failed,
            context=self,
        )

    def _button(self, text: str, tip: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
        return button

    # -- state -----------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def _enable(self) -> None:
        ready = self.slip is not None and not self.is_busy()
        for button in (self.save_button, self.print_button):
            button.setEnabled(ready)
        self.zoom_out_button.setEnabled(self.slip is not None and self._zoom > ZOOMS[0])
        self.zoom_in_button.setEnabled(self.slip is not None and self._zoom < ZOOMS[-1])

    def status_text(self) -> str:
        return self.status.text()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.outcome.emit(text)

    # -- the pages -------------------------------------------------------------------------

    def _show(self, prepared: PreparedSlip) -> None:
        self._task = None
        self.slip = prepared
        title = self.tr("{title} {number}").format(title=self._title, number=prepared.number)
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.copy_label.setVisible(prepared.copy)
        self._draw_pages()
        if prepared.copy:
            self.status.setText(
                self.tr(
                    "This slip was printed before: what you print now "
                    "is a copy with the same number."
                )
            )
        else:
            self.status.setText(self.tr("Check the slip, then print it or save it as a PDF."))
        self._enable()
        self.ready.emit()

    def _prepare_failed(self, exc: BaseException) -> None:
        self._task = None
        self.status.setText(
            failure_message(
                exc,
                "Slip preview: the slip could not be prepared",
                self.tr(
                    "The slip could not be prepared. Close this window and try again; if it "
                    "keeps failing, tell IT support."
                ),
            )
        )
        self._enable()
        self.ready.emit()

    def _draw_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._page_labels = []
        if self.slip is None:
            return
        ratio = self.devicePixelRatioF()
        for image in render_pages(self.slip.pdf, SCREEN_DPI * self._zoom / 100 * ratio):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            page = QLabel(objectName="SlipPage")
            page.setPixmap(pixmap)
            page.setFixedSize(pixmap.deviceIndependentSize().toSize())
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
            self._page_labels.append(page)
        self.zoom_label.setText(f"{self._zoom} %")

    def page_labels(self) -> list[QLabel]:
        return list(self._page_labels)

    def zoom(self) -> int:
        return self._zoom

    def zoom_by(self, steps: int) -> None:
        """One zoom step in (1) or out (-1)."""
        index = ZOOMS.index(self._zoom) + steps
        if self.slip is None or not 0 <= index < len(ZOOMS):
            return
        self._zoom = ZOOMS[index]
        self._draw_pages()
        self._enable()

    # -- printing ------------------------------------------------------------------------

    def ask_and_print(self) -> None:
        """Print…: the print dialog, then the pages onto the chosen printer."""
        if self.slip is None or self.is_busy():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        suit_printer(printer, self.slip.pdf)
        printer.setDocName(self.slip.number)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {number}").format(number=self.slip.number))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self._say(self.tr("Printing was cancelled: the slip is not recorded as printed."))
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Paint the slip onto `printer`; once it took the pages, record the print.

        Returns whether the printer took the pages (the record follows on a worker).
        """
        if self.slip is None or self.is_busy():
            return False
        try:
            print_pdf(self.slip.pdf, printer)
        except Exception as exc:  # a driver may fail any way: the person needs to know
            log_exception(exc, f"Slip preview: printing {self.slip.number} failed")
            self._say(
                self.tr(
                    "The printer did not print the slip, so it is not recorded as "
                    "printed. Check that the printer is on and has paper, then "
                    "press Print again."
                )
            )
            return False
        pdf_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        self._record("pdf" if pdf_file else "printer")
        return True

    def ask_and_save(self) -> None:
        """Save as PDF…: where to, then the file."""
        if self.slip is None or self.is_busy():
            return
        folder = str(QSettings().value(SETTINGS_FOLDER, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Save {number} as PDF").format(number=self.slip.number),
            str(Path(folder) / f"{self.slip.number}.pdf"),
            self.tr("PDF file (*.pdf)"),
        )
        if not path:
            self._say(self.tr("Saving was cancelled: the slip is not recorded as printed."))
            return
        if Path(path).suffix.lower() != ".pdf":
            path += ".pdf"
        QSettings().setValue(SETTINGS_FOLDER, str(Path(path).parent))
        self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the slip's PDF to `path` (whole or not at all); once written, record it."""
        if self.slip is None or self.is_busy():
            return False
        try:
            write_atomically(path, self.slip.pdf)
        except OSError as exc:
            self._say(
                self.tr(
                    "The PDF could not be saved to {path} ({error}), so the slip is "
                    "not recorded as printed. Choose another folder and try again."
                ).format(path=path, error=exc.strerror or exc)
            )
            return False
        self._record("pdf")
        return True

    def _record(self, target: str) -> None:
        assert self.slip is not None
        slip = self.slip
        self._say(self.tr("Recording the print…"))
        self._task = run_change(
            self._db,
            record_print,
            self._actor,
            slip.slip_id,
            target,
            on_done=lambda _r: self._recorded(slip, target),
            on_error=self._record_failed,
            context=self,
        )
        self._enable()

    def _recorded(self, slip: PreparedSlip, target: str) -> None:
        self._task = None
        if target == "pdf":
            text = self.tr("Saved as PDF and recorded.")
        else:
            text = self.tr("Sent to the printer and recorded.")
        self._say(text)
        self.recorded.emit(target)
        if not slip.copy:
            # From now on this number prints as a copy.
            self._task = run_query(
                self._db,
                rendered_slip,
                slip.slip_id,
                slip.number,
                slip.kind,
                on_done=lambda prepared: self._as_copy(prepared, text),
                on_error=self._prepare_failed,
                context=self,
            )
        self._enable()

    def _as_copy(self, prepared: PreparedSlip, text: str) -> None:
        self._task = None
        self.slip = prepared
        self.copy_label.setVisible(prepared.copy)
        self._draw_pages()
        self.status.setText(text + " " + self.tr("A further print is marked as a copy."))
        self._enable()

    def _record_failed(self, exc: BaseException) -> None:
        self._task = None
        self._say(
            failure_message(
                exc,
                "Slip preview: a print could not be recorded",
                self.tr(
                    "The slip went out but its print could not be recorded in the database. "
                    "Tell IT support; do not print it again just to record it."
                ),
            )
        )
        self._enable()
