"""Step 6: what the import did, every error and note, and the report as a CSV file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError
from app.formatting import format_count
from app.services.imports.fields import CALLS, PURCHASES
from app.services.imports.jobs import save_report
from app.services.imports.report import ImportReport
from app.timeutil import local_date, now_utc
from ui.errors import log_exception
from ui.imports.preview_model import ERROR_TEXT
from ui.models.records_model import Column, RecordsModel
from ui.widgets.record_table import make_record_table
from ui.workers import Task, run_query

SETTINGS_FOLDER = "imports/report_folder"


@dataclass(frozen=True)
class IssueLine:
    row: int
    column: str
    kind: str  # translated: Error / Note
    message: str
    is_error: bool


class ReportPage(QWidget):
    """`report_saved(path)` once the CSV file is written; `save_failed(message)`."""

    report_saved = Signal(str)
    save_failed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportReportPage")
        self._db = db
        self._report: ImportReport | None = None
        self._task: Task | None = None
        self.save_dialog: QFileDialog | None = None

        self.heading = QLabel("", objectName="SectionTitle")
        self.heading.setWordWrap(True)
        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.again_label = QLabel(
            self.tr("Back checks the file again, to import it once more; Close ends here."),
            objectName="DialogIntro",
        )
        self.again_label.setWordWrap(True)
        self.counts_label = QLabel("", objectName="ImportCounts")
        self.counts_label.setWordWrap(True)
        self.source_label = QLabel("", objectName="FieldHint")
        self.source_label.setWordWrap(True)
        self.ignored_label = QLabel("", objectName="FieldHint")
        self.ignored_label.setWordWrap(True)
        self.issues_label = QLabel("", objectName="DetailsHeading")
        self.model = RecordsModel(self._columns(), self)
        self.table = make_record_table(self.model, "ImportIssuesTable")
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setResizeContentsPrecision(100)  # widths: the first rows
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("&Save report as CSV…"), objectName="SaveReport")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.ask_and_save)
        self.saved_label = QLabel("", objectName="FieldHint")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save_row = QHBoxLayout()
        save_row.setSpacing(12)
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_label, 1)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(6)
        details.addWidget(self.counts_label)
        details.addWidget(self.source_label)
        details.addWidget(self.ignored_label)
        details.addWidget(self.issues_label)
        details.addWidget(self.table, 1)
        details.addLayout(save_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.again_label)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)

    def _columns(self) -> list[Column]:
        def colour(line: IssueLine) -> str | None:
            return ERROR_TEXT if line.is_error else None

        return [
            Column("row", self.tr("Row"), lambda line: str(line.row), align_right=True),
            Column("column", self.tr("Column"), lambda line: line.column),
            Column("kind", self.tr("Kind"), lambda line: line.kind, colour=colour),
            Column(
                "message",
                self.tr("Message"),
                lambda line: line.message,
                tooltip=lambda line: line.message,
            ),
        ]

    # -- what happened -------------------------------------------------------------------------

    def report(self) -> ImportReport | None:
        return self._report

    def show_report(self, report: ImportReport) -> None:
        self._report = report
        self.banner.hide()
        self.again_label.hide()
        self.details.show()
        self.heading.setText(self.tr("Import finished"))
        created = self.tr("Created: {count}").format(count=format_count(report.created))
        skipped = self.tr("Skipped: {count}").format(count=format_count(report.skipped))
        if report.kind == PURCHASES:  # a file never updates a purchase; it may add products
            middle = self.tr("New products: {count}").format(
                count=format_count(report.products_created)
            )
        else:
            middle = self.tr("Updated: {count}").format(count=format_count(report.updated))
        counts = (created, skipped) if report.kind == CALLS else (created, middle, skipped)
        self.counts_label.setText("    ".join(counts))
        self.source_label.setText(self.tr("Read as: {source}").format(source=report.source))
        self.ignored_label.setText(
            self.tr("Columns not imported: {columns}").format(
                columns=", ".join(f"“{c}”" for c in report.ignored_columns)
            )
        )
        self.ignored_label.setVisible(bool(report.ignored_columns))
        lines = issue_lines(report, self.tr("Error"), self.tr("Note"))
        self.model.set_records(lines)
        self.issues_label.setText(
            self.tr("Errors: {errors} · Notes: {notes}").format(
                errors=format_count(len(report.errors)), notes=format_count(len(report.notes))
            )
        )
        self.table.setVisible(bool(lines))
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, min(220, max(120, self.table.sizeHintForColumn(1))))
        self.table.resizeColumnToContents(2)
        self.saved_label.clear()
        self.save_button.setVisible(True)

    def show_cancelled(self) -> None:
        self._report = None
        self.heading.setText(self.tr("Cancelled: nothing was changed."))
        self.banner.hide()
        self.again_label.show()
        self.details.hide()

    def show_failure(self, message: str) -> None:
        self._report = None
        self.heading.setText(self.tr("The import did not finish: what it had saved was undone."))
        self.banner.setText(message)
        self.banner.show()
        self.again_label.show()
        self.details.hide()

    # -- saving --------------------------------------------------------------------------------

    def is_saving(self) -> bool:
        return self._task is not None and self._task.is_running

    def ask_and_save(self) -> QFileDialog | None:
        """Ask where to save the report, then write it there."""
        if self._report is None or self.is_saving():
            return None
        folder = str(QSettings().value(SETTINGS_FOLDER, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        name = self.tr("import-report-{day}").format(day=local_date(now_utc()).isoformat())
        dialog = QFileDialog(self, self.tr("Save the import report"), str(Path(folder) / name))
        dialog.setObjectName("ImportReportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("CSV file (*.csv)")])
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self._chosen)
        self.save_dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, path: str) -> None:
        if not path:
            return
        if Path(path).suffix.lower() != ".csv":
            path += ".csv"
        QSettings().setValue(SETTINGS_FOLDER, str(Path(path).parent))
        self.save_to(path)

    def save_to(self, path: str) -> Task | None:
        """Write the report to `path` on a worker."""
        if self._report is None or self.is_saving():
            return None
        self.save_button.setEnabled(False)
        self.saved_label.setText(self.tr("Saving…"))
        self._task = run_query(
            self._db,
            save_report,
            self._report,
            path,
            on_done=self._saved,
            on_error=self._save_failed,
            context=self,
        )
        return self._task

    def _saved(self, path: str) -> None:
        self.save_button.setEnabled(True)
        self.saved_label.setText(self.tr("Saved to {path}").format(path=path))
        self.report_saved.emit(path)

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, CareDeskError):
            message = exc.message
        elif isinstance(exc, OSError):
            log_exception(exc, "Import report: the file could not be written")
            message = self.tr(
                "The report could not be written: {reason}. Close the file if it is open in "
                "another program, or choose another folder."
            ).format(reason=exc.strerror or str(exc))
        else:
            log_exception(exc, "Import report: saving failed")
            message = self.tr("The report could not be saved. Try again, or tell IT support.")
        self.saved_label.setText(message)
        self.save_failed.emit(message)


def issue_lines(report: ImportReport, error: str, note: str) -> list[IssueLine]:
    """Errors and notes in row order, a row's errors before its notes (as the CSV file)."""
    lines = [IssueLine(i.row, i.column, error, i.message, True) for i in report.errors]
    lines += [IssueLine(i.row, i.column, note, i.message, False) for i in report.notes]
    return sorted(lines, key=lambda line: (line.row, not line.is_error))
