"""The import window: choose a file, see how it reads, match its columns, check, import.

Every step that reads the file or the database runs on a worker, so the window stays
alive on a 100,000-row file; nothing is written before Import, and Cancel during the
import undoes what was written. Back goes to any earlier step until then, with every
choice kept. The window is not modal: the person can look things up meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError
from app.services.actor import Actor
from app.services.imports.encodings import Detected
from app.services.imports.fields import CALLS, CUSTOMERS, PURCHASES
from app.services.imports.files import CSV, ImportFile
from app.services.imports.jobs import check_file, read_file, write_plan
from app.services.imports.report import ImportReport
from app.services.imports.runner import ImportOptions, Inspection, Plan
from ui.errors import log_exception, user_message
from ui.imports.choose_page import ChoosePage
from ui.imports.mapping_memory import remember_mapping, remembered_mapping
from ui.imports.mapping_page import MappingPage
from ui.imports.preview_page import PreviewPage
from ui.imports.report_page import ReportPage
from ui.imports.run_page import RunPage
from ui.imports.source_page import SourcePage
from ui.imports.stop_question import stop_question
from ui.window_chrome import resize_to_screen
from ui.workers import Task, run_change, run_query

CHOOSE, SOURCE, MAPPING, PREVIEW, RUN, REPORT = range(6)
# Fits a 1366x768 laptop at 125 % (about 1090x570 logical pixels once the taskbar and
# the title bar are taken off).
SIZE = (960, 560)


class ImportWizard(QDialog):
    """`imported(report)` after an import that finished; the database changed."""

    imported = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, kind: str = CUSTOMERS, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self._db = db
        self._actor = actor
        self._kind = kind
        self._path = ""
        self._encoding: str | None = None  # chosen by the person; None: as detected
        self._sheet = ""
        self._detected: Detected | None = None  # the guess when the file was first read
        self._file: ImportFile | None = None
        self._inspection: Inspection | None = None
        self._reading = 0  # the newest reading asked for; older answers are dropped
        self._read_pending = False
        self._mappings: dict[tuple[str, tuple[str, ...]], dict[int, str]] = {}
        self._remembered: set[tuple[str, tuple[str, ...]]] = set()
        self._plan: Plan | None = None
        self._checking = 0
        self._task: Task | None = None
        self._stopping = False
        self._outcome = ""  # after Import: "done", "cancelled" or "failed"
        self.confirm_box: QMessageBox | None = None
        self.confirm_stop_button: QPushButton | None = None

        self.title_label = QLabel("", objectName="DialogTitle")
        self.step_label = QLabel("", objectName="DialogNote")
        self.choose_page = ChoosePage(kind)
        self.source_page = SourcePage()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.run_page = RunPage()
        self.report_page = ReportPage(db)
        self.pages = QStackedWidget(objectName="ImportPages")
        for page in (
            self.choose_page,
            self.source_page,
            self.mapping_page,
            self.preview_page,
            self.run_page,
            self.report_page,
        ):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self.tr("< &Back"), objectName="ImportBack")
        self.next_button = QPushButton(self.tr("&Next >"), objectName="ImportNext")
        self.cancel_button = QPushButton(self.tr("Cancel"), objectName="ImportCancel")
        self.back_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title_label)
        heading.addWidget(self.step_label)
        layout.addLayout(heading)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.choose_page.changed.connect(self._update)
        self.source_page.encoding_chosen.connect(self._encoding_chosen)
        self.source_page.sheet_chosen.connect(self._sheet_chosen)
        self.mapping_page.changed.connect(self._mapping_changed)
        self.mapping_page.suggest_requested.connect(self._suggest)
        self.preview_page.stop_requested.connect(self._stop_check)
        self.setMinimumSize(640, 440)
        resize_to_screen(self, SIZE)
        self._show_page(CHOOSE)

    # -- where we are --------------------------------------------------------------------------

    def step(self) -> int:
        return self.pages.currentIndex()

    def plan(self) -> Plan | None:
        return self._plan

    def inspection(self) -> Inspection | None:
        return self._inspection

    def is_importing(self) -> bool:
        return self.step() == RUN and self._task is not None and self._task.is_running

    def is_busy(self) -> bool:
        """A worker of this window is reading, checking or writing."""
        return self._task is not None and self._task.is_running

    def _show_page(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self._update()
        focus = {
            CHOOSE: self.choose_page.path_edit,
            SOURCE: self.next_button,
            MAPPING: self.mapping_page.combos[0] if self.mapping_page.combos else None,
            PREVIEW: self.preview_page.table,
            REPORT: self.next_button,
        }.get(step)
        if focus is not None:
            focus.setFocus()

    def _update(self) -> None:
        """Title, step and buttons as the current page and its state allow."""
        step = self.step()
        kind = self._kind if step > CHOOSE else self.choose_page.kind()
        title = {
            PURCHASES: self.tr("Import purchases"),
            CALLS: self.tr("Import call records"),
        }.get(kind, self.tr("Import customers"))
        self.setWindowTitle(title)
        self.title_label.setText(title)
        names = (
            self.tr("What to import"),
            self.tr("How the file reads"),
            self.tr("Columns"),
            self.tr("Check and preview"),
            self.tr("Import"),
            self.tr("Report"),
        )
        self.step_label.setText(
            self.tr("Step {step} of {steps}: {name}").format(
                step=step + 1, steps=len(names), name=names[step]
            )
        )
        checking = step == PREVIEW and self.is_busy()
        self.back_button.setEnabled(
            step in (SOURCE, MAPPING, PREVIEW)
            or (step == REPORT and self._outcome in ("cancelled", "failed"))
        )
        # After an import that wrote its rows there is no going back: only Close.
        self.back_button.setVisible(not (step == REPORT and self._outcome == "done"))
        self.cancel_button.setVisible(step != REPORT)
        self.cancel_button.setEnabled(not self._stopping)
        if step == PREVIEW:
            self.next_button.setText(self.tr("&Import"))
            good = self._plan is not None and self.preview_page.importable() > 0
            self.next_button.setEnabled(good and not checking)
        elif step == REPORT:
            self.next_button.setText(self.tr("&Close"))
            self.next_button.setEnabled(True)
        else:
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setEnabled(
                (step == CHOOSE and self.choose_page.is_complete())
                or (step == SOURCE and self.source_page.is_ready())
                or (step == MAPPING and self.mapping_page.is_complete())
            )
        # A disabled default button loses the role: Enter must go on again afterwards.
        self.next_button.setDefault(True)

    # -- moving --------------------------------------------------------------------------------

    def go_next(self) -> None:
        if not self.next_button.isEnabled():
            return
        step = self.step()
        if step == CHOOSE:
            self._start_reading()
        elif step == SOURCE:
            self._show_mapping()
        elif step == MAPPING:
            self._start_check()
        elif step == PREVIEW:
            self._start_import()
        elif step == REPORT:
            self.accept()

    def go_back(self) -> None:
        if not self.back_button.isEnabled():
            return
        step = self.step()
        if step == SOURCE:
            self._reading += 1  # a reading still under way no longer matters
            self._read_pending = False
            self._show_page(CHOOSE)
        elif step == MAPPING:
            self._show_page(SOURCE)
        elif step == PREVIEW:
            self._stop_check()
        elif step == REPORT:
            self._start_check()  # the database may have changed: check again

    # -- step 2: reading the file ------------------------------------------------------------

    def _start_reading(self) -> None:
        path = self.choose_page.path()
        if path != self._path:
            # Another file: its encoding and sheet are its own.
            self._path, self._encoding, self._sheet, self._detected = path, None, "", None
        self._kind = self.choose_page.kind()
        self._show_page(SOURCE)
        self._read()

    def _read(self) -> None:
        self._reading += 1
        reading = self._reading
        self._inspection = None
        self._read_pending = True
        options = ImportOptions(self._kind, encoding=self._encoding, sheet=self._sheet)
        self.source_page.show_reading(Path(self._path).name)
        self._update()
        run_query(
            self._db,
            read_file,
            self._path,
            options,
            on_done=lambda result: self._read_done(reading, result),
            on_error=lambda exc: self._read_failed(reading, exc),
            context=self,
        )

    def is_reading(self) -> bool:
        """The file is being read (step 2 waits for it)."""
        return self._read_pending

    def _read_done(self, reading: int, result: tuple[ImportFile, Inspection]) -> None:
        if reading != self._reading:
            return
        self._read_pending = False
        self._file, self._inspection = result
        source = self._inspection.source
        if source.kind == CSV and self._detected is None:
            self._detected = source.encoding
        self.source_page.show_inspection(self._inspection, self._detected)
        self._update()

    def _read_failed(self, reading: int, exc: BaseException) -> None:
        if reading != self._reading:
            return
        self._read_pending = False
        self._inspection = None
        message = self._message(exc, "Import: the file could not be read")
        encoding_wrong = isinstance(exc, CareDeskError) and exc.field == "encoding"
        self.source_page.show_refusal(
            message,
            encoding_may_help=encoding_wrong or self._detected is not None,
            detected=self._detected,
        )
        self._update()

    def _encoding_chosen(self, code: str) -> None:
        self._encoding = code
        self._read()

    def _sheet_chosen(self, name: str) -> None:
        self._sheet = name
        self._read()

    # -- step 3: columns -----------------------------------------------------------------------

    def _layout_key(self) -> tuple[str, tuple[str, ...]]:
        assert self._inspection is not None
        return self._kind, tuple(self._inspection.header.names)

    def _show_mapping(self) -> None:
        inspection = self._inspection
        assert inspection is not None
        key = self._layout_key()
        if key not in self._mappings:
            remembered = remembered_mapping(*key)
            self._mappings[key] = remembered or dict(inspection.mapping)
            if remembered:
                self._remembered.add(key)
        self.mapping_page.set_columns(
            self._kind, inspection, self._mappings[key], key in self._remembered
        )
        if self._kind == CALLS:
            # Master.csv has fixed columns: nothing to match, straight on to the check.
            self._start_check()
            return
        self._show_page(MAPPING)

    def _mapping_changed(self) -> None:
        key = self._layout_key()
        self._mappings[key] = self.mapping_page.mapping()
        self._remembered.discard(key)
        self._update()

    def _suggest(self) -> None:
        assert self._inspection is not None
        self.mapping_page.set_mapping(dict(self._inspection.mapping))
        self._mapping_changed()

    # -- step 4: check and preview -------------------------------------------------------------

    def _options(self) -> ImportOptions:
        assert self._inspection is not None
        source = self._inspection.source
        encoding = source.encoding.encoding if source.encoding is not None else None
        return ImportOptions(
            self._kind,
            encoding=encoding,
            sheet=source.sheet,
            mapping=self.mapping_page.mapping(),
            update_existing=self.mapping_page.update_existing(),
        )

    def _start_check(self) -> None:
        if self.step() == MAPPING:
            key = self._layout_key()
            remember_mapping(*key, self.mapping_page.mapping())
        self._checking += 1
        checking = self._checking
        self._plan = None
        self._outcome = ""
        self.preview_page.show_checking()
        self._show_page(PREVIEW)
        self._task = run_query(
            self._db,
            check_file,
            self._actor,
            self._file,
            self._options(),
            on_done=lambda plan: self._checked(checking, plan),
            on_error=lambda exc: self._check_failed(checking, exc),
            on_progress=lambda percent, text: self._check_progress(checking, percent, text),
            on_cancelled=lambda: None,
            context=self,
            with_control=True,
        )
        self._update()

    def _check_progress(self, checking: int, percent: int, text: str) -> None:
        if checking == self._checking:
            self.preview_page.show_progress(percent, text)

    def _checked(self, checking: int, plan: Plan) -> None:
        if checking != self._checking:
            return
        self._plan = plan
        self.preview_page.show_plan(plan)
        self._update()
        if self.step() == PREVIEW:
            self.preview_page.table.setFocus()

    def _check_failed(self, checking: int, exc: BaseException) -> None:
        if checking != self._checking:
            return
        self.preview_page.show_failure(self._message(exc, "Import: the file could not be checked"))
        self._update()

    def _stop_check(self) -> None:
        """Stop (or Back) during the check: it ends, and the columns are on screen again
        (the file as read for call records, whose columns are fixed)."""
        self._checking += 1
        if self._task is not None and self._task.is_running:
            self._task.cancel()
        self._plan = None
        self._show_page(SOURCE if self._kind == CALLS else MAPPING)

    # -- step 5: import ------------------------------------------------------------------------

    def _start_import(self) -> None:
        plan = self._plan
        if plan is None:
            return
        self._outcome = ""
        self._stopping = False
        self.run_page.start()
        self._task = run_change(
            self._db,
            write_plan,
            self._db,
            self._actor,
            plan,
            on_done=self._imported,
            on_error=self._import_failed,
            on_progress=self.run_page.show_progress,
            on_cancelled=self._import_cancelled,
            context=self,
            with_control=True,
        )
        self._show_page(RUN)

    def _imported(self, report: ImportReport) -> None:
        self._finish("done")
        self.report_page.show_report(report)
        self._show_page(REPORT)
        self.imported.emit(report)

    def _import_cancelled(self) -> None:
        self._finish("cancelled")
        self.report_page.show_cancelled()
        self._show_page(REPORT)

    def _import_failed(self, exc: BaseException) -> None:
        self._finish("failed")
        self.report_page.show_failure(self._message(exc, "Import: writing failed"))
        self._show_page(REPORT)

    def _finish(self, outcome: str) -> None:
        self._outcome = outcome
        self._stopping = False
        if self.confirm_box is not None:
            self.confirm_box.close()  # the question no longer stands
            self.confirm_box = None

    # -- cancelling ----------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel or the window's close: during the import, ask first."""
        if self.is_importing():
            self.ask_stop()
            return
        self._checking += 1
        self._reading += 1
        if self._task is not None and self._task.is_running:
            self._task.cancel()  # a check writes nothing: it just stops
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_importing():
            event.ignore()
            self.ask_stop()
            return
        super().closeEvent(event)

    def ask_stop(self) -> QMessageBox | None:
        """Ask whether to stop the import under way (not modal: the import goes on)."""
        if self._stopping or not self.is_importing():
            return None
        if self.confirm_box is not None:
            self.confirm_box.raise_()
            return self.confirm_box
        box, stop = stop_question(self)
        stop.clicked.connect(self._stop_import)
        box.finished.connect(self._question_closed)
        self.confirm_box, self.confirm_stop_button = box, stop
        box.open()
        return box

    def _question_closed(self, _result: int) -> None:
        self.confirm_box = None
        self.confirm_stop_button = None

    def _stop_import(self) -> None:
        if self._task is not None and self._task.is_running:
            self._stopping = True
            self._task.cancel()
            self.run_page.show_stopping()
            self._update()

    # -- messages ------------------------------------------------------------------------------

    def _message(self, exc: BaseException, log_what: str) -> str:
        """A refusal's own words; anything else is logged and explained without details."""
        if isinstance(exc, CareDeskError):
            return exc.message
        log_exception(exc, log_what)
        text, advice = user_message(exc)
        return f"{text}\n{advice}" if advice else text
