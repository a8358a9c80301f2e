"""The first start on an empty database: the person at the seat becomes administrator."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.db import Database
from app.services.access.seat import create_first_admin_at_seat
from ui.widgets.form_dialog import FormDialog, SaveCall


class FirstAdminDialog(FormDialog):
    """Username, full name and the password twice; `signed_in(SignedIn)` once created."""

    signed_in = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.setObjectName("FirstAdminDialog")
        self.set_heading(
            self.tr("Create the first administrator"),
            self.tr(
                "This database has no administrator yet. The account you create now manages "
                "users, stores and settings: after this, each agent and supervisor gets "
                "their own account from the Admin screen. Keep its password safe."
            ),
        )
        self.username_edit = QLineEdit(objectName="UsernameEdit")
        self.username_edit.setPlaceholderText(self.tr("e.g. lan.nguyen"))
        self.full_name_edit = QLineEdit(objectName="FullNameEdit")
        self.full_name_edit.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.password_edit = QLineEdit(objectName="PasswordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(objectName="PasswordAgainEdit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(
            "username",
            self.tr("&Username"),
            self.username_edit,
            self.tr("Letters a-z without accents, digits and dots; used to sign in."),
        )
        self.add_field("full_name", self.tr("&Full name"), self.full_name_edit)
        self.add_field(
            "password",
            self.tr("&Password"),
            self.password_edit,
            self.tr("At least 8 characters."),
        )
        self.add_field("password_again", self.tr("Password &again"), self.again_edit)
        self.save_button.setText(self.tr("Create administrator"))
        self.cancel_button.setText(self.tr("Quit"))
        self.cancel_button.setToolTip(self.tr("Close CareDesk without creating an account (Esc)"))
        self.busy_text = self.tr("Creating the account…")
        self.saved.connect(self.signed_in.emit)
        self.setMinimumWidth(560)
        self.username_edit.setFocus()

    def save_call(self) -> SaveCall:
        return create_first_admin_at_seat, (
            self.username_edit.text(),
            self.full_name_edit.text(),
            self.password_edit.text(),
            self.again_edit.text(),
        )
