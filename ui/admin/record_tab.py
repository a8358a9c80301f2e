"""What the Users and Stores tabs share: a table, Add and Edit with their keys, the dialogs."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_table import make_record_table, select_row, selected_row


def _keys(*keys: str) -> str:
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class RecordTab(QWidget):
    """A list of records with Add (Ins, Ctrl+N) and Edit (Enter, double-click).

    F2 is not Edit here: it logs a new contact from every screen of the window.

    `changed(record_id)` after a dialog saved (the screen reloads and selects it);
    `reload_requested()` when a save met someone else's change.
    """

    changed = Signal(int)
    reload_requested = Signal()

    def __init__(
        self, model: QAbstractItemModel, table_name: str, read_only: bool, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._read_only = read_only
        self._dialog: FormDialog | None = None
        self.table = make_record_table(model, table_name)
        self.table.activated.connect(lambda _index: self.edit())
        self.add_button = QPushButton(objectName="AddButton")
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(objectName="EditButton")
        self.edit_button.clicked.connect(self.edit)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        self._stretch_at = self.buttons.count()
        self.buttons.addStretch(1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in ("Ins", "Ctrl+N"):
            QShortcut(QKeySequence(key), self, self.add, context=context)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        model.modelReset.connect(self.update_buttons)

    def set_button_texts(self, add: str, add_tip: str, edit: str, edit_tip: str) -> None:
        """Captions, with the keys in the tooltips so people learn them."""
        self.add_button.setText(add)
        self.add_button.setToolTip(f"{add_tip} ({_keys('Ins', 'Ctrl+N')})")
        self.edit_button.setText(edit)
        enter = QCoreApplication.translate("RecordTab", "Enter")
        self.edit_button.setToolTip(f"{edit_tip} ({enter})")

    def add_action_button(self, button: QPushButton) -> None:
        """A further button after Add and Edit, before the stretch."""
        self.buttons.insertWidget(self._stretch_at, button)
        self._stretch_at += 1

    def current_row(self) -> int | None:
        return selected_row(self.table)

    def select_id(self, record_id: int) -> bool:
        row = self.row_of(record_id)
        if row is None:
            return False
        select_row(self.table, row)
        return True

    def select_first(self) -> None:
        """Keyboard first: Enter edits the top row without a click."""
        if self.model.rowCount() > 0:
            select_row(self.table, 0)

    def row_of(self, record_id: int) -> int | None:
        raise NotImplementedError

    def update_buttons(self) -> None:
        self.edit_button.setEnabled(self.current_row() is not None)

    def add(self) -> None:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def open_dialog(self, dialog: FormDialog) -> FormDialog | None:
        """Open `dialog` over the window (not in a screenshot, which changes nothing)."""
        if self._read_only:
            dialog.deleteLater()
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self.changed.emit(result.id))
        dialog.conflict.connect(lambda _message: self.reload_requested.emit())
        self._dialog = dialog
        dialog.open()
        return dialog

    def current_dialog(self) -> FormDialog | None:
        """The dialog this tab opened last, while it is still open."""
        dialog = self._dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None
