"""The province box of every form: the 34 provinces and cities, found however they are typed.

Typing filters the list without caring for accents, case or spacing, and knows the short
forms and the old provinces ("ha noi", "hn", "Sai Gon", "binh duong" all find their
province). An old name gets a line under the box saying where it went ("Bình Dương is now
part of TP. Hồ Chí Minh"); a stored value that is no province at all is shown as it is,
with the reason, until it is changed. Whether a name is accepted is still the service's
call at Save: this box only helps the person get it right first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QVBoxLayout, QWidget

from app.errors import ValidationError
from app.provinces import (
    PROVINCES,
    ProvinceMatch,
    check_province,
    explain_choice,
    match_province,
    province_key,
    search_keys,
)

# Where each item keeps its search keys, space-separated: the completer matches on them.
KEYS_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldedCompleter(QCompleter):
    """Matches the typed text, folded into a province key, anywhere in an item's keys, and
    puts the item's name (not its keys) into the box."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt override)
        return [province_key(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class ProvinceCombo(QComboBox):
    """An editable box of the 34 provinces; `text()` and `setText()` as on a line edit.

    `messages` holds the lines shown under the box (the old-name hint, the reason a stored
    value is refused); the form puts it under the field. A form saves `value()`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProvinceCombo")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        for row, name in enumerate(PROVINCES):
            self.addItem(name)
            self.setItemData(row, " ".join(search_keys(name)), KEYS_ROLE)
        self.setCurrentIndex(-1)
        completer = FoldedCompleter(self.model(), self)
        completer.setCompletionRole(KEYS_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(8)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type or choose, e.g. Hà Nội"))

        self.messages = QWidget(objectName="ProvinceMessages")
        self.hint_label = QLabel("", objectName="FieldHint")
        self.hint_label.setWordWrap(True)
        self.problem_label = QLabel("", objectName="FieldError")
        self.problem_label.setWordWrap(True)
        column = QVBoxLayout(self.messages)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(self.hint_label)
        column.addWidget(self.problem_label)
        self._show(hint="", problem="")

        self._typed = ""
        # The old province the shown name was reached from ("Bình Dương" -> TP. HCM).
        self._mapped: ProvinceMatch | None = None
        self.lineEdit().textEdited.connect(self._edited)
        self.lineEdit().returnPressed.connect(self._commit)
        self.lineEdit().editingFinished.connect(self._commit)
        completer.activated[QModelIndex].connect(self._completed)

    # -- like a line edit ------------------------------------------------------------------

    def text(self) -> str:
        return self.currentText()

    def value(self) -> str:
        """What to save: the old name typed while the box shows the province it became,
        so that the service, which decides, also tells the agent after saving (as it does
        for renumbered phones); otherwise the text shown."""
        shown = self.currentText()
        if self._mapped is not None and self._mapped.name == shown and self._mapped.old_name:
            return self._mapped.old_name
        return shown

    def setText(self, text: str) -> None:  # noqa: N802 (the QLineEdit spelling)
        """Show a stored value: its hint if it is an old name, its reason if no province."""
        self._typed = text
        self._mapped = None
        self._set_text(text)
        found = match_province(text)
        if found is not None:
            self._show(hint=found.note() or "", problem="")
            return
        try:
            check_province(text)
            problem = ""
        except ValidationError as exc:
            problem = exc.message
        self._show(hint="", problem=problem)

    def hint(self) -> str:
        """The old-name line under the box ("" when hidden)."""
        return self.hint_label.text() if not self.hint_label.isHidden() else ""

    def problem(self) -> str:
        """The reason a stored value is refused ("" when hidden)."""
        return self.problem_label.text() if not self.problem_label.isHidden() else ""

    # -- typing ------------------------------------------------------------------------------

    def _edited(self, text: str) -> None:
        self._typed = text
        self._mapped = None
        found = match_province(text)
        self._show(hint=(found.note() or "") if found else "", problem="")

    def _completed(self, index: QModelIndex) -> None:
        chosen = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        self._settle(chosen, explain_choice(self._typed, chosen))

    def _commit(self) -> None:
        """Enter or leaving the box: a recognised spelling becomes the province's name."""
        text = self.currentText()
        found = match_province(text)
        if found is not None and found.name != text:
            self._settle(found.name, found)
        elif found is None and self.completer().popup().isVisible():
            # Enter on a filtered list takes its first line, as a search box does.
            first = self.completer().completionModel().index(0, 0)
            if first.isValid():
                self.completer().popup().hide()
                self._completed(first)

    def _settle(self, name: str, why: ProvinceMatch | None) -> None:
        self._set_text(name)
        self._mapped = why
        self._show(hint=(why.note() or "") if why is not None else "", problem="")

    def _set_text(self, text: str) -> None:
        row = self.findText(text, Qt.MatchFlag.MatchExactly)
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText(text)

    def _show(self, hint: str, problem: str) -> None:
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            # Saving hands the word to the service: its refusal, if any, is shown in the
            # form's own line for the field, not twice.
            self._show(hint=self.hint(), problem="")
