"""Forms and dialogs opened beside each other over the main window, never modal.

A new one goes a little below and right of the last one still open, so both stay
readable; asking for a record whose dialog is already open brings that one up instead.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QWidget

from app.db import Database
from app.services.actor import Actor

CASCADE = QPoint(36, 36)


class SideWindows(QObject):
    """Keeps the windows it opened over `window` for `actor`."""

    def __init__(self, db: Database, actor: Actor, window: QWidget) -> None:
        super().__init__(window)
        self._db = db
        self._actor = actor
        self._window = window
        self._open: list[QWidget] = []

    def open_windows(self) -> list[QWidget]:
        """The windows still open, oldest first."""
        self._open = [w for w in self._open if shiboken6.isValid(w) and w.isVisible()]
        return list(self._open)

    def _place(self, widget: QWidget) -> None:
        others = self.open_windows()
        widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        widget.show()
        if others:
            widget.move(others[-1].pos() + CASCADE)  # beside the last one, both readable
        widget.activateWindow()  # just shown, so on top: the keyboard goes to it
        self._open.append(widget)

    def _bring_up(self, kind: type, matches: Callable[[QWidget], bool]) -> QWidget | None:
        """The open window of `kind` that `matches`, raised to the front; else None."""
        for widget in self.open_windows():
            if isinstance(widget, kind) and matches(widget):
                widget.raise_()
                widget.activateWindow()
                return widget
        return None
