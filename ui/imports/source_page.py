"""Step 2: how the file reads — encoding and separator, or sheet — and the rows as read.

A wrong guess shows at once as garbled names in the table; another encoding or sheet is
read again on a worker. A file that cannot be read is one message in place of the
table, with the choices that may fix it still there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.imports.encodings import ENCODINGS, Detected, encoding_label
from app.services.imports.files import CSV
from app.services.imports.runner import Inspection
from ui.imports.raw_model import RawModel
from ui.widgets.record_table import make_record_table

RAW_COLUMN_MAX = 240  # a long address cell must not push the other columns out of sight
WARNING_STYLE = (
    "QLabel { background: #fff7e0; border: 1px solid #f0d58a; border-radius: 6px;"
    " color: #3b2a00; padding: 6px 10px; }"
)


class SourcePage(QWidget):
    """`encoding_chosen(code)` and `sheet_chosen(name)` when the person picks another."""

    encoding_chosen = Signal(str)
    sheet_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportSourcePage")
        self._ready = False
        self._file_name = ""

        self.state_label = QLabel("", objectName="BusyState")
        self.banner = QLabel("", objectName="FormBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Its own height, not the table's room when the table is hidden.
        self.banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.banner.hide()

        self.file_label = QLabel("", objectName="ImportFileName")
        self.file_label.setWordWrap(True)
        self.encoding_combo = QComboBox(objectName="ImportEncoding")
        self.encoding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code in ENCODINGS:
            self.encoding_combo.addItem(encoding_label(code), code)
        self.encoding_combo.activated.connect(self._encoding_activated)
        self.detected_label = QLabel("", objectName="FieldHint")
        self.detected_label.setWordWrap(True)
        encoding_row = QWidget()
        row = QHBoxLayout(encoding_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self.encoding_combo)
        row.addWidget(self.detected_label, 1)
        self.warning_label = QLabel(
            self.tr("Check that the names below read right; if not, pick another encoding."),
            objectName="ImportEncodingWarning",
        )
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.separator_label = QLabel("")
        self.sheet_combo = QComboBox(objectName="ImportSheet")
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet_combo.activated.connect(self._sheet_activated)
        self.sheet_label = QLabel("")
        self.header_label = QLabel("")
        self.header_label.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(16)
        self.form.setVerticalSpacing(8)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("File:"), self.file_label)
        self._add_row(self.tr("&Encoding:"), encoding_row, self.encoding_combo)
        self.form.addRow("", self.warning_label)
        self.form.addRow(self.tr("Separator:"), self.separator_label)
        self._add_row(self.tr("S&heet:"), self.sheet_combo, self.sheet_combo)
        self.form.addRow(self.tr("Sheet:"), self.sheet_label)
        self.form.addRow(self.tr("Column names:"), self.header_label)
        self._encoding_row = encoding_row

        self.model = RawModel(self)
        self.table = make_record_table(self.model, "ImportRawTable")
        self.table.setShowGrid(True)
        self.table.verticalHeader().show()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table_caption = QLabel(
            self.tr("The file as read: the column names (in bold) and the first rows."),
            objectName="FieldHint",
        )
        self.table_caption.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.state_label)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.table_caption)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden
        self._show_rows(csv=False, xlsx=False)

    def _add_row(self, caption: str, widget: QWidget, buddy: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(buddy)
        self.form.addRow(label, widget)

    # -- showing -----------------------------------------------------------------------------

    def is_ready(self) -> bool:
        """Whether a reading of the file is on screen (Next may go on)."""
        return self._ready

    def show_reading(self, file_name: str) -> None:
        self._ready = False
        self._file_name = file_name
        self.file_label.setText(file_name)
        self.state_label.setText(self.tr("Reading the file…"))
        self.state_label.show()
        self.encoding_combo.setEnabled(False)
        self.sheet_combo.setEnabled(False)

    def show_inspection(self, inspection: Inspection, detected: Detected | None) -> None:
        """The file as read; `detected` is the encoding guessed when it was first read."""
        self._ready = True
        source = inspection.source
        self.state_label.hide()
        self.banner.hide()
        kind = self.tr("CSV file") if source.kind == CSV else self.tr("Excel workbook")
        self.file_label.setText(f"{self._file_name} · {kind}")
        if source.kind == CSV and source.encoding is not None:
            self._choose(self.encoding_combo, source.encoding.encoding)
            self._show_detected(detected or source.encoding)
            self.separator_label.setText(separator_name(source.delimiter))
        else:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(list(source.sheets))
            self._choose(self.sheet_combo, source.sheet, by_text=True)
            self.sheet_label.setText(source.sheet)
        several = len(source.sheets) > 1
        self._show_rows(csv=source.kind == CSV, xlsx=source.kind != CSV, sheets=several)
        self.form.setRowVisible(self.warning_label, detected is not None and not detected.confident)
        if inspection.header.position < 0:  # Asterisk's Master.csv: fixed columns
            self.header_label.setText(
                self.tr("none: every line is a call, in Asterisk's own columns")
            )
        else:
            self.header_label.setText(
                self.tr("row {row}; %n row(s) of data below it", "", inspection.rows).format(
                    row=inspection.header.row
                )
            )
        self.model.set_inspection(inspection)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if self.table.columnWidth(column) > RAW_COLUMN_MAX:
                self.table.setColumnWidth(column, RAW_COLUMN_MAX)
        self.table.show()
        self.table_caption.show()

    def show_refusal(
        self, message: str, *, encoding_may_help: bool, detected: Detected | None
    ) -> None:
        """The file could not be read: `message` in place of the table. When another
        encoding may read it, the encoding choice stays."""
        self._ready = False
        self.state_label.hide()
        self.banner.setText(message)
        self.banner.show()
        self.model.set_inspection(None)
        self.table.hide()
        self.table_caption.hide()
        self.header_label.clear()
        self._show_rows(csv=encoding_may_help, xlsx=False, separator=False, header=False)
        if encoding_may_help and detected is not None:
            self._show_detected(detected)

    def _show_detected(self, detected: Detected) -> None:
        self.detected_label.setText(
            self.tr("Detected: {encoding}").format(encoding=encoding_label(detected.encoding))
        )

    def _show_rows(
        self,
        *,
        csv: bool,
        xlsx: bool,
        sheets: bool = False,
        separator: bool = True,
        header: bool = True,
    ) -> None:
        self.encoding_combo.setEnabled(True)
        self.sheet_combo.setEnabled(True)
        self.form.setRowVisible(self._encoding_row, csv)
        self.form.setRowVisible(self.warning_label, False)
        self.form.setRowVisible(self.separator_label, csv and separator)
        self.form.setRowVisible(self.sheet_combo, xlsx and sheets)
        self.form.setRowVisible(self.sheet_label, xlsx and not sheets)
        self.form.setRowVisible(self.header_label, (csv or xlsx) and header)

    @staticmethod
    def _choose(combo: QComboBox, value: str, by_text: bool = False) -> None:
        index = combo.findText(value) if by_text else combo.findData(value)
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # -- choosing ----------------------------------------------------------------------------

    def choose_encoding(self, code: str) -> None:
        """Pick `code` as the person would in the combo."""
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(code))
        self._encoding_activated(self.encoding_combo.currentIndex())

    def choose_sheet(self, name: str) -> None:
        self.sheet_combo.setCurrentIndex(self.sheet_combo.findText(name))
        self._sheet_activated(self.sheet_combo.currentIndex())

    def _encoding_activated(self, index: int) -> None:
        code = self.encoding_combo.itemData(index)
        if code:
            self.encoding_chosen.emit(str(code))

    def _sheet_activated(self, index: int) -> None:
        name = self.sheet_combo.itemText(index)
        if name:
            self.sheet_chosen.emit(name)


def separator_name(delimiter: str) -> str:
    """The separator in words and as typed: "semicolon (;)"."""
    names = {
        ",": QCoreApplication.translate("ImportSeparator", "comma"),
        ";": QCoreApplication.translate("ImportSeparator", "semicolon"),
        "\t": QCoreApplication.translate("ImportSeparator", "tab"),
        "|": QCoreApplication.translate("ImportSeparator", "vertical bar"),
    }
    name = names.get(delimiter)
    if delimiter == "\t":
        return str(name)
    return f"{name} ({delimiter})" if name else f"“{delimiter}”"
