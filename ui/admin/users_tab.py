"""Admin > Users: the accounts, with Add, Edit, Disable/Enable and Reset password."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QPushButton, QWidget

from app.db import Database
from app.services.access.stores import StoreView
from app.services.access.users import UserView
from app.services.actor import Actor
from ui.admin.record_tab import RecordTab
from ui.admin.user_dialogs import ResetPasswordDialog, SetActiveDialog, UserDialog
from ui.admin.users_model import COLUMNS, UsersModel
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.form_dialog import FormDialog


class UsersTab(RecordTab):
    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        model = UsersModel()
        super().__init__(model, "UsersTable", read_only, parent)
        model.setParent(self)
        self.users_model = model
        self._db = db
        self._actor = actor
        self._stores: tuple[StoreView, ...] = ()
        self.set_button_texts(
            self.tr("&Add user"),
            self.tr("Add a user"),
            self.tr("&Edit"),
            self.tr("Edit the selected user's name, role, tier, store and status"),
        )
        self.active_button = QPushButton(self.tr("&Disable"), objectName="ActiveButton")
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button = QPushButton(self.tr("Reset &password"), objectName="PasswordButton")
        self.password_button.setToolTip(
            self.tr("Set a new password for the selected user; also lifts a lock")
        )
        self.password_button.clicked.connect(self.reset_password)
        self.add_action_button(self.active_button)
        self.add_action_button(self.password_button)
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            self.table,
            grow=column("full_name"),
            give_way=[
                (column("store"), 110),
                (column("last_login_at"), 120),
                (column("full_name"), 150),
            ],
        )
        self.update_buttons()

    def set_data(self, users: Sequence[UserView], stores: Sequence[StoreView]) -> None:
        selected = self.selected_user()
        self._stores = tuple(stores)
        self.users_model.set_users(users)
        if selected is None or not self.select_id(selected.id):
            self.select_first()
        dialog = self.current_dialog()
        if isinstance(dialog, UserDialog):
            dialog.take_version(users)

    def row_of(self, record_id: int) -> int | None:
        return self.users_model.row_of(record_id)

    def selected_user(self) -> UserView | None:
        row = self.current_row()
        return self.users_model.user_at(row) if row is not None else None

    def update_buttons(self) -> None:
        super().update_buttons()
        user = self.selected_user()
        self.password_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        if user is not None and not user.is_active:
            self.active_button.setText(self.tr("Ena&ble"))
            self.active_button.setToolTip(self.tr("Let the selected user sign in again"))
        else:
            self.active_button.setText(self.tr("&Disable"))
            self.active_button.setToolTip(
                self.tr("Stop the selected user from signing in; their records stay")
            )

    def add(self) -> FormDialog | None:
        return self.open_dialog(UserDialog(self._db, self._actor, self._stores, None, self))

    def edit(self) -> FormDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        return self.open_dialog(UserDialog(self._db, self._actor, self._stores, user, self))

    def toggle_active(self) -> FormDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        return self.open_dialog(SetActiveDialog(self._db, self._actor, user, self))

    def reset_password(self) -> FormDialog | None:
        user = self.selected_user()
        if user is None:
            return None
        return self.open_dialog(ResetPasswordDialog(self._db, self._actor, user, self))
