"""The tray icon: a message when reminders fall due while the window is behind others.

A desktop without a tray (some Linux sessions, the headless test machine) simply has no
tray messages; the in-window toasts still say everything.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon


class TrayNotifier(QObject):
    """Owns the tray icon; `activated()` when the person clicks the icon or a message."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        self.last_message: tuple[str, str] | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            style = QApplication.style()
            icon = QIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip("CareDesk")
            self.icon.activated.connect(lambda _reason: self.activated.emit())
            self.icon.messageClicked.connect(self.activated.emit)
            self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def notify(self, title: str, text: str) -> None:
        """Show a tray message (remembered in `last_message`, also without a tray)."""
        self.last_message = (title, text)
        if self.icon is not None:
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
