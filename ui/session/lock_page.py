"""The page that covers a locked window: only the same user's password opens it again."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.errors import CareDeskError
from app.services.access.auth import SignInResult, unlock
from app.services.actor import Actor
from ui.errors import log_exception
from ui.workers import Task, run_change


class LockPage(QWidget):
    """Password of the signed-in user, Unlock, and Switch user for someone else.

    `unlocked(Actor)` when the password was right; `switch_user_requested()` when the
    person at the seat is someone else.
    """

    unlocked = Signal(object)
    switch_user_requested = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LockPage")
        # A plain QWidget paints a style-sheet background only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._db = db
        self._actor = actor
        self._task: Task | None = None

        self.title_label = QLabel(self.tr("This seat is locked"), objectName="LockTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who_label = QLabel(
            self.tr(
                "{name} ({username}) is signed in. Their open screens and forms are kept as "
                "they were; type {name}'s password to go on."
            ).format(name=actor.full_name, username=actor.username),
            objectName="LockText",
        )
        self.who_label.setWordWrap(True)
        self.who_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit = QLineEdit(objectName="UnlockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("Password of {name}").format(name=actor.full_name)
        )
        self.password_edit.returnPressed.connect(self.submit)
        self.message_label = QLabel("", objectName="FormBanner")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.unlock_button = QPushButton(self.tr("Unlock"), objectName="UnlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.setToolTip(self.tr("Unlock with the password (Enter)"))
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(self.tr("Switch user"), objectName="SwitchUserButton")
        self.switch_button.setToolTip(
            self.tr(
                "Sign {name} out and let someone else sign in; {name}'s open forms are closed"
            ).format(name=actor.full_name)
        )
        self.switch_button.clicked.connect(self.switch_user_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)

        card = QFrame(objectName="LockCard")
        card.setFixedWidth(460)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 22)
        inner.setSpacing(14)
        inner.addWidget(self.title_label)
        inner.addWidget(self.who_label)
        inner.addWidget(self.password_edit)
        inner.addWidget(self.message_label)
        inner.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def message(self) -> str:
        return self.message_label.text() if not self.message_label.isHidden() else ""

    def reset(self) -> None:
        """Ready for a new lock: empty password, no old message, the cursor in the field."""
        self.password_edit.clear()
        self.message_label.hide()
        self.message_label.clear()
        self.password_edit.setFocus()

    def is_busy(self) -> bool:
        return self._task is not None and self._task.is_running

    def submit(self) -> None:
        if self.is_busy():
            return
        self._set_busy(True)
        self._task = run_change(
            self._db,
            unlock,
            self._actor,
            self.password_edit.text(),
            on_done=self._answered,
            on_error=self._failed,
            context=self,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.password_edit, self.unlock_button, self.switch_button):
            widget.setEnabled(not busy)
        if not busy:
            self.password_edit.setFocus()

    def _answered(self, result: SignInResult) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        if result.actor is not None:
            self.message_label.hide()
            self.unlocked.emit(result.actor)
            return
        self._show(result.message or "")

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, CareDeskError):
            self._show(exc.message)
            return
        log_exception(exc, "Unlocking failed")
        self._show(
            self.tr(
                "The password could not be checked: the database did not answer. Try again; "
                "if it keeps failing, choose Switch user or tell IT support."
            )
        )

    def _show(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()
