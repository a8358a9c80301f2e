"""What every screen in the main window offers: refresh, and signals for its data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class Screen(QWidget):
    """A page of the main window that reads its data through a worker.

    `loaded(result)` is emitted when fresh data is on screen, `load_failed(message)` when
    reading failed (the message is what the person was shown). The first load starts
    when the screen is first shown.
    """

    loaded = Signal(object)
    load_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_once = False

    def refresh(self) -> None:
        """Read the data again (F5)."""
        raise NotImplementedError

    def is_loading(self) -> bool:
        return False

    def refresh_if_shown(self) -> None:
        """Read the data again if it was read before (a screen never shown stays unread)."""
        if self._shown_once:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()
