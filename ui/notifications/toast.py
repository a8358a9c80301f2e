"""Toasts: short notices stacked in the window's bottom-right corner.

Each shows a title, a line of text and an *Open* button; it closes by itself after a
while, on *Open*, or on ×. At most a few are shown at once: more are folded into one
"and N more" notice, so a morning with forty birthdays is not forty boxes.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

SHOW_MS = 12_000
MAX_SHOWN = 3
MARGIN = 16
WIDTH = 360


class Toast(QFrame):
    """One notice. `on_open` (optional) runs when the person presses Open."""

    def __init__(
        self, title: str, text: str, on_open: Callable[[], None] | None, parent: QWidget
    ) -> None:
        super().__init__(parent, objectName="Toast")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(WIDTH)
        self.title_label = QLabel(title, objectName="ToastTitle")
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(text, objectName="ToastText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setVisible(on_open is not None)
        close = QPushButton("×", objectName="ToastClose")
        close.setToolTip(self.tr("Dismiss"))
        close.setFlat(True)
        close.clicked.connect(self.close)
        self._on_open = on_open
        self.open_button.clicked.connect(self._open)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 10)
        layout.addLayout(head)
        layout.addWidget(self.text_label)
        layout.addLayout(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        QTimer.singleShot(SHOW_MS, self, self.close)

    def _open(self) -> None:
        if self._on_open is not None:
            self._on_open()
        self.close()


class ToastStack(QObject):
    """Places toasts over `host` (the main window's central area), newest at the bottom."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self._host = host
        self._toasts: list[Toast] = []
        self._more: Toast | None = None
        host.installEventFilter(self)

    def shown(self) -> list[Toast]:
        """The toasts on screen now, oldest first (the fold-up notice last, if any)."""
        alive = [t for t in self._toasts if shiboken6.isValid(t)]
        if self._more is not None and shiboken6.isValid(self._more):
            alive.append(self._more)
        return alive

    def show(
        self, title: str, text: str, on_open: Callable[[], None] | None = None
    ) -> Toast | None:
        """Show a notice; once MAX_SHOWN are up, count it in the "more" notice instead."""
        self._toasts = [t for t in self._toasts if shiboken6.isValid(t)]
        if len(self._toasts) >= MAX_SHOWN:
            self._fold(on_open)
            return None
        toast = Toast(title, text, on_open, self._host)
        toast.destroyed.connect(self._place)
        self._toasts.append(toast)
        toast.show()
        toast.raise_()
        self._place()
        return toast

    def _fold(self, on_open: Callable[[], None] | None) -> None:
        more = self._more if self._more is not None and shiboken6.isValid(self._more) else None
        count = 1 if more is None else more.property("count") + 1
        if more is not None:
            more.close()
        text = self.tr("%n more reminder(s) fell due.", "", count)
        self._more = Toast(self.tr("More reminders"), text, on_open, self._host)
        self._more.setProperty("count", count)
        self._more.destroyed.connect(self._place)
        self._more.show()
        self._place()

    def _place(self, *_args: object) -> None:
        if not shiboken6.isValid(self._host):
            return
        bottom = self._host.height() - MARGIN
        right = self._host.width() - MARGIN
        for toast in reversed(self.shown()):
            if not shiboken6.isValid(toast):
                continue
            toast.adjustSize()
            bottom -= toast.height()
            toast.move(right - toast.width(), bottom)
            toast.raise_()
            bottom -= 8

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False
