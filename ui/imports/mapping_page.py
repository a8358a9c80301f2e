"""Step 3: which column holds what — one line per column of the file.

Each column shows its name and two values from the file beside an "Import as" choice,
suggested from the names (or as chosen last time for a file with the same names). A
field chosen twice or a needed field not chosen is said on the page, and the wizard
does not go on until it is put right.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.imports.fields import CUSTOMERS, FIELDS, field_label
from app.services.imports.runner import Inspection
from ui.imports.mapping_check import column_name, mapping_problems, needed_groups

NAME_WIDTH, SAMPLE_WIDTH = 210, 280


class MappingPage(QWidget):
    """`changed()` when a choice changes; `suggest_requested()` asks for the suggestion
    from the names instead of the remembered choice."""

    changed = Signal()
    suggest_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportMappingPage")
        self._kind = CUSTOMERS
        self._names: tuple[str, ...] = ()
        self.combos: list[QComboBox] = []

        self.intro = QLabel("", objectName="DialogIntro")
        self.intro.setWordWrap(True)
        self.remembered_label = QLabel(
            self.tr("Matched as you chose last time for a file with the same column names."),
            objectName="InfoBanner",
        )
        self.remembered_label.setWordWrap(True)
        self.suggest_button = QPushButton(self.tr("&Suggest from the names"))
        self.suggest_button.setAutoDefault(False)
        self.suggest_button.clicked.connect(self.suggest_requested)
        remembered = QHBoxLayout()
        remembered.setSpacing(10)
        remembered.addWidget(self.remembered_label, 1)
        remembered.addWidget(self.suggest_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.remembered_box = QWidget()
        self.remembered_box.setLayout(remembered)
        remembered.setContentsMargins(0, 0, 0, 0)
        self.remembered_box.hide()

        self.grid_widget = QWidget(objectName="ImportColumns")
        self.grid = QGridLayout(self.grid_widget)
        self.grid.setContentsMargins(4, 4, 12, 4)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(3, 1)  # the choices stay beside their examples
        self.scroll = QScrollArea(objectName="ImportColumnsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(self.grid_widget)

        self.problems_label = QLabel("", objectName="FieldError")
        self.problems_label.setWordWrap(True)
        self.problems_label.hide()

        self.existing_label = QLabel(
            self.tr("When a customer already exists (same code, or same phone and name):")
        )
        self.existing_label.setWordWrap(True)
        self.update_radio = QRadioButton(self.tr("&Update with the file's values"))
        self.skip_radio = QRadioButton(self.tr("&Leave as it is (skip)"))
        self.update_radio.setChecked(True)
        self.existing_group = QButtonGroup(self)
        self.existing_group.addButton(self.update_radio)
        self.existing_group.addButton(self.skip_radio)
        self.existing_group.buttonToggled.connect(lambda _b, on: on and self.changed.emit())
        existing_row = QHBoxLayout()
        existing_row.setSpacing(18)
        existing_row.addWidget(self.update_radio)
        existing_row.addWidget(self.skip_radio)
        existing_row.addStretch(1)
        self.existing_box = QWidget()
        existing = QVBoxLayout(self.existing_box)
        existing.setContentsMargins(0, 0, 0, 0)
        existing.setSpacing(4)
        existing.addWidget(self.existing_label)
        existing.addLayout(existing_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addWidget(self.remembered_box)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.existing_box)

    # -- filling -------------------------------------------------------------------------------

    def set_columns(
        self, kind: str, inspection: Inspection, mapping: dict[int, str], remembered: bool
    ) -> None:
        """One line per column of the file, with `mapping` chosen."""
        self._kind = kind
        self._names = tuple(inspection.header.names)
        self.intro.setText(self._intro_text(kind))
        self.remembered_box.setVisible(remembered)
        self.existing_box.setVisible(kind == CUSTOMERS)
        self._clear_grid()
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as"))
        ):
            caption = QLabel(text, objectName="DetailsHeading")
            self.grid.addWidget(caption, 0, column)
        for index, name in enumerate(self._names):
            self._add_line(index, name, _examples(inspection.sample, index), mapping.get(index))
        self.grid.setRowStretch(len(self._names) + 1, 1)
        self._check()

    def set_mapping(self, mapping: dict[int, str], remembered: bool = False) -> None:
        for index, combo in enumerate(self.combos):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(index))))
            combo.blockSignals(False)
        self.remembered_box.setVisible(remembered)
        self._check()

    def _intro_text(self, kind: str) -> str:
        needed = [
            self.tr("{first} or {second}").format(
                first=field_label(group[0]), second=field_label(group[1])
            )
            if len(group) > 1
            else field_label(group[0])
            for group in needed_groups(kind)
        ]
        return self.tr(
            "Choose what each column of the file holds; a column set to “— Not imported —” "
            "is left out. Needed: {fields}."
        ).format(fields=", ".join(needed))

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # out of the layout but still painted until deleted
                item.widget().deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        self.combos = []

    def _add_line(self, index: int, name: str, examples: list[str], chosen: str | None) -> None:
        shown = column_name(self._names, index)
        name_label = QLabel(self._elide(shown, NAME_WIDTH, bold=bool(name)))
        name_label.setToolTip(shown)
        if name:
            name_label.setStyleSheet("font-weight: bold;")
        sample_text = " · ".join(examples) if examples else self.tr("(empty in the first rows)")
        sample_label = QLabel(self._elide(sample_text, SAMPLE_WIDTH), objectName="FieldHint")
        sample_label.setToolTip(sample_text)
        sample_label.setMinimumWidth(SAMPLE_WIDTH)
        combo = QComboBox(objectName="ImportAs")
        combo.addItem(self.tr("— Not imported —"), None)
        for field in FIELDS[self._kind]:
            combo.addItem(field_label(field.name), field.name)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.setAccessibleName(self.tr("Import “{column}” as").format(column=shown))
        combo.currentIndexChanged.connect(self._combo_changed)
        row = index + 1
        self.grid.addWidget(name_label, row, 0)
        self.grid.addWidget(sample_label, row, 1)
        self.grid.addWidget(combo, row, 2)
        self.combos.append(combo)

    def _elide(self, text: str, width: int, bold: bool = False) -> str:
        font = self.font()
        font.setBold(bold)
        return QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)

    # -- reading -------------------------------------------------------------------------------

    def mapping(self) -> dict[int, str]:
        return {i: str(c.currentData()) for i, c in enumerate(self.combos) if c.currentData()}

    def update_existing(self) -> bool:
        return self.update_radio.isChecked()

    def problems(self) -> list[str]:
        return mapping_problems(self._kind, self._names, self.mapping())

    def is_complete(self) -> bool:
        return bool(self.combos) and not self.problems()

    def choose(self, index: int, field: str | None) -> None:
        """Set column `index` to `field` (None: not imported), as the person would."""
        combo = self.combos[index]
        combo.setCurrentIndex(combo.findData(field) if field else 0)

    def _combo_changed(self, _index: int) -> None:
        self.remembered_box.hide()
        self._check()
        self.changed.emit()

    def _check(self) -> None:
        problems = self.problems()
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))


def _examples(sample: Sequence[tuple[int, Sequence[str]]], index: int) -> list[str]:
    """The first two values the column holds in the sample rows."""
    found = [cells[index] for _, cells in sample if index < len(cells) and cells[index]]
    return found[:2]
