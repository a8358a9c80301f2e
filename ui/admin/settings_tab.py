"""Admin > Settings: the shared settings this version has (the idle-lock time)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError
from app.services.actor import Actor
from app.services.settings import SETTINGS, label, set_setting
from ui.errors import log_exception
from ui.session.seat_work import IDLE_LOCK_SETTING
from ui.workers import Task, run_in_worker


class SettingsTab(QWidget):
    """The idle-lock minutes with Save; `idle_minutes_saved(minutes)` once stored."""

    idle_minutes_saved = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._task: Task | None = None
        definition = SETTINGS[IDLE_LOCK_SETTING]
        self.idle_spin = QSpinBox(objectName="IdleMinutes")
        self.idle_spin.setRange(definition.minimum or 1, definition.maximum or 480)
        self.idle_spin.setMinimumWidth(90)
        self.idle_spin.setToolTip(
            self.tr("A seat nobody touches for this long locks until its user types the "
                    "password again. Applies from the next sign-in on other seats.")
        )  # fmt: skip
        self.save_button = QPushButton(self.tr("&Save settings"), objectName="SaveSettings")
        self.save_button.clicked.connect(self.save)
        self.message_label = QLabel("", objectName="SettingsMessage")
        self.message_label.setWordWrap(True)

        group = QGroupBox(self.tr("Seats"), objectName="SettingsGroup")
        form = QFormLayout(group)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        caption = QLabel(label(IDLE_LOCK_SETTING))
        caption.setBuddy(self.idle_spin)
        form.addRow(caption, self.idle_spin)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(group)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_idle_minutes(self, minutes: int) -> None:
        self.idle_spin.setValue(minutes)

    def message(self) -> str:
        return self.message_label.text()

    def save(self) -> None:
        if self._read_only or (self._task is not None and self._task.is_running):
            return
        minutes = self.idle_spin.value()
        self.save_button.setEnabled(False)
        self.message_label.setText("")
        self._task = run_in_worker(
            self._db,
            set_setting,
            self._actor,
            IDLE_LOCK_SETTING,
            minutes,
            on_done=lambda _result: self._saved(minutes),
            on_error=self._failed,
            context=self,
        )

    def _saved(self, minutes: int) -> None:
        self.save_button.setEnabled(True)
        self.message_label.setProperty("tone", "ok")
        self.message_label.setText(self.tr("Saved."))
        self._repolish()
        self.idle_minutes_saved.emit(minutes)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, CareDeskError):
            text = exc.message
        else:
            log_exception(exc, "Settings could not be saved")
            text = self.tr("The settings could not be saved: the database did not answer. "
                           "Try again; if it keeps failing, tell IT support.")  # fmt: skip
        self.message_label.setProperty("tone", "error")
        self.message_label.setText(text)
        self._repolish()

    def _repolish(self) -> None:
        # A dynamic property used in the style sheet only applies after a re-polish.
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
