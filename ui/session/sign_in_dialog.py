"""The sign-in dialog shown at every start (and after Switch user)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.db import Database
from app.services.access.seat import SignInOutcome, sign_in_at_seat
from ui.widgets.form_dialog import FormDialog, SaveCall


class SignInDialog(FormDialog):
    """Username and password; Enter signs in. `signed_in(SignedIn)` when it worked.

    A refusal (wrong password, locked or disabled account) is shown in the dialog; the
    username stays, the password is cleared for the next try.
    """

    signed_in = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("SignInDialog")
        self.set_heading(
            self.tr("Sign in to CareDesk"),
            self.tr("Every call, complaint and change you make is recorded under your name."),
        )
        self.username_edit = QLineEdit(objectName="UsernameEdit")
        self.username_edit.setPlaceholderText(self.tr("e.g. lan.nguyen"))
        self.password_edit = QLineEdit(objectName="PasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("username", self.tr("&Username"), self.username_edit)
        self.add_field("password", self.tr("&Password"), self.password_edit)
        # Several seats may share one PostgreSQL server or one file: say which this is.
        self.database_label = QLabel(
            self.tr("Database: {what}").format(what=db.describe()), objectName="DialogNote"
        )
        self.database_label.setWordWrap(True)
        self.form.addRow(self.database_label)
        self.save_button.setText(self.tr("Sign in"))
        self.cancel_button.setText(self.tr("Quit"))
        self.cancel_button.setToolTip(self.tr("Close CareDesk without signing in (Esc)"))
        self.busy_text = self.tr("Signing in…")
        self.saved.connect(lambda outcome: self.signed_in.emit(outcome.signed_in))
        self.username_edit.setFocus()

    def save_call(self) -> SaveCall:
        return sign_in_at_seat, (self.username_edit.text(), self.password_edit.text())

    def accept_result(self, result: object) -> bool:
        assert isinstance(result, SignInOutcome)
        if result.signed_in is not None:
            return True
        self.password_edit.clear()
        self.show_message(result.message or "")
        self.password_edit.setFocus()
        return False
