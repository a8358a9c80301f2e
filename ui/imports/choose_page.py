"""Step 1: what to import, and from which file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.imports.fields import CALLS, CUSTOMERS, PURCHASES
from ui.imports.mapping_check import kind_needs

SETTINGS_FOLDER = "imports/folder"


class ChoosePage(QWidget):
    """`changed()` whenever the kind or the path changes."""

    changed = Signal()

    def __init__(self, kind: str = CUSTOMERS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportChoosePage")
        self.file_dialog: QFileDialog | None = None

        self.customers_radio = QRadioButton(self.tr("&Customers"), objectName="ImportCustomers")
        self.purchases_radio = QRadioButton(self.tr("&Purchases"), objectName="ImportPurchases")
        self.calls_radio = QRadioButton(
            self.tr("C&alls from the telephone exchange (Asterisk)"), objectName="ImportCalls"
        )
        self.radios = {
            CUSTOMERS: self.customers_radio,
            PURCHASES: self.purchases_radio,
            CALLS: self.calls_radio,
        }
        self.kinds = QButtonGroup(self)
        for radio in self.radios.values():
            self.kinds.addButton(radio)
        self.radios.get(kind, self.customers_radio).setChecked(True)
        kinds = QVBoxLayout()
        kinds.setSpacing(4)
        self.needs_labels: dict[str, QLabel] = {}
        for what, radio in self.radios.items():
            needs = QLabel(kind_needs(what), objectName="FieldHint")
            needs.setWordWrap(True)
            needs.setContentsMargins(24, 0, 0, 6)  # under the radio's text, not its circle
            self.needs_labels[what] = needs
            kinds.addWidget(radio)
            kinds.addWidget(needs)

        self.path_edit = QLineEdit(objectName="ImportPath")
        self.path_edit.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("B&rowse…"), objectName="ImportBrowse")
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.setSpacing(8)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.formats_label = QLabel(
            self.tr(
                "A CSV file (any Vietnamese encoding, separated by commas, semicolons or tabs) "
                "or an Excel workbook (.xlsx), up to 100 MB. The first row, or a row under a "
                "title, must name the columns. Excel 97-2003 files (.xls): save them as .xlsx "
                "first."
            ),
            objectName="FieldHint",
        )
        self.formats_label.setWordWrap(True)
        path_box = QVBoxLayout()
        path_box.setSpacing(4)
        path_box.addLayout(path_row)
        path_box.addWidget(self.formats_label)

        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        what = QLabel(self.tr("What to import:"))
        what.setBuddy(self.customers_radio)
        form.addRow(what, kinds)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, path_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        self.kinds.buttonToggled.connect(self._kind_toggled)
        self.path_edit.textChanged.connect(lambda _text: self.changed.emit())

    def kind(self) -> str:
        return next((k for k, radio in self.radios.items() if radio.isChecked()), CUSTOMERS)

    def path(self) -> str:
        return self.path_edit.text().strip()

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)

    def is_complete(self) -> bool:
        return bool(self.path())

    def _kind_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def browse(self) -> QFileDialog:
        """The file dialog (not modal to the rest of the app; its choice fills the path)."""
        start = (
            self.path()
            or str(QSettings().value(SETTINGS_FOLDER, ""))
            or (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        )
        dialog = QFileDialog(self, self.tr("Choose the file to import"), start)
        dialog.setObjectName("ImportFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [self.tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv)"), self.tr("All files (*)")]
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._chosen)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, path: str) -> None:
        if path:
            QSettings().setValue(SETTINGS_FOLDER, str(Path(path).parent))
            self.set_path(path)
