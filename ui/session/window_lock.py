"""Locking a window after idle time and bringing it back exactly as it was.

The lock page is the second page of the window's root stack: the screens (the first
page) stay alive underneath, and the dialogs open over them are only hidden, so an
unlock brings back every typed value and the focus where it was.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStackedWidget, QWidget

from app.services.actor import Actor
from ui.session.idle_watch import IdleWatch
from ui.session.lock_page import LockPage


class WindowLock(QObject):
    """Shows `page` instead of `workspace` after `idle_ms` without input (None: never).

    While locked, `lockable` actions are disabled (menus and their shortcuts cannot reach
    the screens) and the window's dialogs are hidden; `lock_changed(bool)` reports it.
    """

    lock_changed = Signal(bool)

    def __init__(
        self,
        root: QStackedWidget,
        workspace: QWidget,
        page: LockPage,
        lockable: Sequence[QAction],
        idle_ms: int | None,
    ) -> None:
        super().__init__(root)
        self._root = root
        self._workspace = workspace
        self._page = page
        self._lockable = tuple(lockable)
        self._idle_ms = idle_ms
        self._locked = False
        self._hidden_dialogs: list[QDialog] = []
        self._disabled: list[QAction] = []
        self._focus: QWidget | None = None
        self._watch = IdleWatch(idle_ms or 1, self)
        self._watch.idle.connect(self.lock)
        page.unlocked.connect(self.unlock)
        if idle_ms:
            self._watch.start()

    @property
    def is_locked(self) -> bool:
        return self._locked

    def idle_ms(self) -> int | None:
        return self._idle_ms

    def set_idle_ms(self, idle_ms: int | None) -> None:
        """A new idle time (the administrator changed it); counting starts again."""
        self._idle_ms = idle_ms
        if not idle_ms:
            self._watch.stop()
            return
        self._watch.set_interval(idle_ms)
        if not self._locked:
            self._watch.start()

    def stop(self) -> None:
        """The window is going away: stop watching the application's input."""
        self._watch.stop()

    def hidden_dialogs(self) -> list[QDialog]:
        return [d for d in self._hidden_dialogs if shiboken6.isValid(d)]

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self._watch.stop()
        window = self._root.window()
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self._belongs(focus, window) else None
        self._hidden_dialogs = []
        for dialog in window.findChildren(QDialog):
            if not dialog.isVisible():
                continue
            if isinstance(dialog, QMessageBox):
                # A question left open is answered "no": nothing is done on its behalf.
                dialog.reject()
            else:
                dialog.hide()
                self._hidden_dialogs.append(dialog)
        self._disabled = [a for a in self._lockable if a.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self._root.setCurrentWidget(self._page)
        window.activateWindow()
        self._page.reset()
        self.lock_changed.emit(True)

    def unlock(self, _actor: Actor | None = None) -> None:
        if not self._locked:
            return
        self._locked = False
        self._root.setCurrentWidget(self._workspace)
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        for dialog in self.hidden_dialogs():
            dialog.show()
        self._hidden_dialogs = []
        if self._focus is not None and shiboken6.isValid(self._focus):
            self._focus.window().activateWindow()
            self._focus.setFocus()
        self._focus = None
        if self._idle_ms:
            self._watch.start()
        self.lock_changed.emit(False)

    @staticmethod
    def _belongs(widget: QWidget, window: QWidget) -> bool:
        top = widget.window()
        while top is not None and top is not window:
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return top is window
