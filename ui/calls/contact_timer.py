"""When a contact started, how long it has lasted, and End.

The clock starts when the form opens, which is when the call was picked up. A start
typed by hand means the contact is logged afterwards: its length is then only known
once End is pressed (or an end is typed), never guessed from the time of saving.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.timeutil import now_utc
from ui.calls.zone_time import ZoneDateTimeEdit

END_KEYS = "Alt+E"  # the button's mnemonic (Ctrl+E is "end of line" in text fields)
TICK_MS = 1000


def clock_text(seconds: float) -> str:
    """mm:ss, or h:mm:ss from an hour on; a start in the future counts as 00:00."""
    total = max(0, int(seconds))
    minutes, secs = divmod(total, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class ContactClock(QWidget):
    """The running clock and End for `start_edit`; after End, the end time (editable).

    `ended()` once End was pressed.
    """

    ended = Signal()

    def __init__(self, start_edit: ZoneDateTimeEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_edit = start_edit
        self._opened_at = now_utc()
        self._start_typed = False
        self._ended_at: datetime | None = None
        self._end_typed = False
        start_edit.set_moment(self._opened_at)
        start_edit.dateTimeChanged.connect(self._start_changed)

        self.clock_label = QLabel("00:00", objectName="ContactClock")
        self.clock_label.setMinimumWidth(64)
        self.end_button = QPushButton(self.tr("&End"), objectName="EndContact")
        self.end_button.setAutoDefault(False)  # Enter saves the form, wherever the focus is
        keys = QKeySequence(END_KEYS)
        self.end_button.setShortcut(keys)
        self.end_button.setToolTip(
            self.tr("The contact is over: stamp the end time and the length ({keys})").format(
                keys=keys.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.end_button.clicked.connect(self.end)
        self.end_caption = QLabel(self.tr("Ended"))
        self.end_edit = ZoneDateTimeEdit(self._opened_at)
        self.end_edit.setObjectName("ContactEnd")
        self.end_edit.dateTimeChanged.connect(self._end_changed)
        self.end_caption.setBuddy(self.end_edit)
        self.end_caption.hide()
        self.end_edit.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.clock_label)
        row.addWidget(self.end_button)
        row.addWidget(self.end_caption)
        row.addWidget(self.end_edit, 1)
        row.addStretch(0)
        self.setFocusProxy(self.end_button)

        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        self.tick()

    # -- the values the form saves ---------------------------------------------------------

    def started_at(self) -> datetime:
        """The start to the second while it is the form's opening time, else as typed."""
        return self.start_edit.moment() if self._start_typed else self._opened_at

    def is_ended(self) -> bool:
        return self._ended_at is not None

    def ended_at(self) -> datetime | None:
        """The end after End (as typed, if it was changed), else None."""
        if self._ended_at is None:
            return None
        return self.end_edit.moment() if self._end_typed else self._ended_at

    def end_for_save(self, now: datetime | None = None) -> datetime | None:
        """The end to save: End's, or, for a contact timed from the form's opening, the
        moment of saving (saving ends it); None for a contact logged afterwards."""
        if self._ended_at is not None:
            return self.ended_at()
        return None if self._start_typed else (now or now_utc())

    def is_running(self) -> bool:
        return self._timer.isActive()

    # -- what happens ------------------------------------------------------------------------

    def end(self) -> None:
        if self._ended_at is not None:
            return
        self._ended_at = now_utc()
        self._timer.stop()
        self.end_edit.blockSignals(True)
        self.end_edit.set_moment(self._ended_at)
        self.end_edit.blockSignals(False)
        self.end_button.hide()
        self.end_caption.show()
        self.end_edit.show()
        self.setFocusProxy(self.end_edit)
        self.tick()
        self.ended.emit()

    def tick(self) -> None:
        end = self.ended_at() or now_utc()
        seconds = (end - self.started_at()).total_seconds()
        self.clock_label.setText(clock_text(seconds))
        self.clock_label.setToolTip(
            self.tr("Length of the contact")
            if self._ended_at
            else self.tr("Running since the start")
        )

    def _start_changed(self) -> None:
        self._start_typed = True
        self.tick()

    def _end_changed(self) -> None:
        self._end_typed = True
        self.tick()
