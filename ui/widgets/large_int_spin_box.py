"""A spin box for whole numbers beyond QSpinBox's 32-bit range (VND amounts), no floats."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QWidget


class LargeIntSpinBox(QAbstractSpinBox):
    """An int with thousands separators (in the UI language) and an optional suffix.

    `valueChanged(value)` carries a Python int, which may exceed 32 bits.
    """

    valueChanged = Signal(object)

    def __init__(
        self,
        minimum: int = 0,
        maximum: int = 10**12,
        step: int = 1,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._minimum, self._maximum, self._step = minimum, maximum, step
        self._suffix = suffix
        self._value = minimum
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.lineEdit().setText(self.text_for(self._value))
        self.lineEdit().textEdited.connect(self._edited)
        self.editingFinished.connect(self._reformat)

    def minimum(self) -> int:
        return self._minimum

    def maximum(self) -> int:
        return self._maximum

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = max(self._minimum, min(self._maximum, int(value)))
        changed = value != self._value
        self._value = value
        self.lineEdit().setText(self.text_for(value))
        if changed:
            self.valueChanged.emit(value)

    def text_for(self, value: int) -> str:
        return QLocale().toString(value) + self._suffix

    def parse(self, text: str) -> int | None:
        digits = "".join(ch for ch in text if ch.isdigit())
        return int(digits) if digits else None

    def validate(self, text: str, pos: int) -> object:
        body = text.removesuffix(self._suffix) if self._suffix else text
        separator = QLocale().groupSeparator()
        if any(not (ch.isdigit() or ch == separator or ch.isspace()) for ch in body):
            return QValidator.State.Invalid, text, pos
        value = self.parse(body)
        if value is None or value < self._minimum:
            return QValidator.State.Intermediate, text, pos
        if value > self._maximum:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return self.text_for(self._value)

    def stepBy(self, steps: int) -> None:
        self.setValue(self._value + steps * self._step)
        self.selectAll()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._value > self._minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self._value < self._maximum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        text_width = self.fontMetrics().horizontalAdvance(self.text_for(self._maximum))
        return QSize(max(hint.width(), text_width + 40), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _edited(self, text: str) -> None:
        value = self.parse(text)
        if value is not None and self._minimum <= value <= self._maximum and value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _reformat(self) -> None:
        self.lineEdit().setText(self.text_for(self._value))
