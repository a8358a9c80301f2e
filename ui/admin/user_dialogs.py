"""The Admin screen's user forms: add or edit, disable or enable, reset a password."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from app.db import Database
from app.models import Role
from app.services.access.stores import StoreView
from app.services.access.users import (
    DEFAULT_TIER,
    UserView,
    add_user,
    reset_password,
    set_active,
    update_user,
)
from app.services.actor import Actor
from ui.labels import role_labels, tier_labels
from ui.widgets.form_dialog import FormDialog, SaveCall


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UserDialog(FormDialog):
    """Add a user (`user` None) or edit one: name, role, tier, store; passwords when adding."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        stores: Sequence[StoreView],
        user: UserView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("UserDialog")
        self._actor = actor
        self._user = user
        self._version = user.version if user else None
        self._tier_touched = False
        if user is None:
            self.set_heading(
                self.tr("Add a user"),
                self.tr(
                    "The person signs in with this username and password; give them the "
                    "password in person."
                ),
            )
        else:
            self.set_heading(self.tr("Edit {name}").format(name=user.full_name))

        self.username_edit = QLineEdit(objectName="UsernameEdit")
        self.username_edit.setPlaceholderText(self.tr("e.g. lan.nguyen"))
        self.full_name_edit = QLineEdit(objectName="FullNameEdit")
        self.full_name_edit.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.role_combo = QComboBox(objectName="RoleCombo")
        for value, text in role_labels().items():
            self.role_combo.addItem(text, value)
        self.tier_combo = QComboBox(objectName="TierCombo")
        for value, text in tier_labels().items():
            self.tier_combo.addItem(text, value)
        self.store_combo = QComboBox(objectName="StoreCombo")
        self.store_combo.addItem(self.tr("No store"), None)
        for store in stores:
            if store.is_active or (user is not None and store.id == user.store_id):
                self.store_combo.addItem(f"{store.code} · {store.name}", store.id)

        self.add_field(
            "username",
            self.tr("&Username"),
            self.username_edit,
            ""
            if user
            else self.tr("Letters a-z without accents, digits and dots; used to sign in."),
        )
        self.add_field("full_name", self.tr("&Full name"), self.full_name_edit)
        self.add_field("role", self.tr("&Role"), self.role_combo)
        self.add_field(
            "tier",
            self.tr("Escalation &tier"),
            self.tier_combo,
            self.tr("Who complaints go to when they are escalated."),
        )
        self.add_field("store", self.tr("&Store"), self.store_combo)
        if user is None:
            self.password_edit = _password_edit("PasswordEdit")
            self.again_edit = _password_edit("PasswordAgainEdit")
            self.add_field(
                "password",
                self.tr("&Password"),
                self.password_edit,
                self.tr("At least 8 characters."),
            )
            self.add_field("password_again", self.tr("Password &again"), self.again_edit)
            self.save_button.setText(self.tr("Add user"))
            self._select(self.role_combo, Role.AGENT.value)
            self._follow_role()
        else:
            self.active_check = QCheckBox(self.tr("Can sign in"), objectName="ActiveCheck")
            self.add_field("is_active", self.tr("Account"), self.active_check)
            self.username_edit.setText(user.username)
            self.username_edit.setReadOnly(True)
            self.username_edit.setToolTip(
                self.tr("A username cannot change: it names the person in the audit trail.")
            )
            self.full_name_edit.setText(user.full_name)
            self._select(self.role_combo, user.role)
            self._select(self.tier_combo, user.tier)
            self._select(self.store_combo, user.store_id)
            self.active_check.setChecked(user.is_active)
            self._tier_touched = True
        self.role_combo.currentIndexChanged.connect(self._follow_role)
        self.tier_combo.activated.connect(self._touch_tier)
        (self.full_name_edit if user else self.username_edit).setFocus()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _touch_tier(self) -> None:
        self._tier_touched = True

    def _follow_role(self) -> None:
        # A new agent is tier 1, a supervisor 2, an admin 3, unless someone chose otherwise.
        if not self._tier_touched:
            role = Role(self.role_combo.currentData())
            self._select(self.tier_combo, DEFAULT_TIER[role])

    def user(self) -> UserView | None:
        return self._user

    def take_version(self, users: Sequence[UserView]) -> None:
        """After a conflict and reload: the next Save applies over the change just shown."""
        if self._user is not None:
            fresh = next((u for u in users if u.id == self._user.id), None)
            if fresh is not None:
                self._version = fresh.version

    def save_call(self) -> SaveCall:
        role = self.role_combo.currentData()
        tier = self.tier_combo.currentData()
        store_id = self.store_combo.currentData()
        if self._user is None:
            return add_user, (
                self._actor,
                self.username_edit.text(),
                self.full_name_edit.text(),
                role,
                self.password_edit.text(),
                self.again_edit.text(),
                store_id,
                tier,
            )
        call = partial(
            update_user,
            full_name=self.full_name_edit.text(),
            role=role,
            tier=tier,
            store_id=store_id,
            is_active=self.active_check.isChecked(),
            expected_version=self._version,
        )
        return call, (self._actor, self._user.id)


class SetActiveDialog(FormDialog):
    """Disable (or enable again) a user's account, saying what that means."""

    def __init__(
        self, db: Database, actor: Actor, user: UserView, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("SetActiveDialog")
        self._actor = actor
        self._user = user
        self._activate = not user.is_active
        name = user.full_name
        if self._activate:
            self.set_heading(
                self.tr("Enable {name}?").format(name=name),
                self.tr("{name} can sign in again with their password.").format(name=name),
            )
            self.save_button.setText(self.tr("Enable"))
        else:
            self.set_heading(
                self.tr("Disable {name}?").format(name=name),
                self.tr(
                    "{name} can no longer sign in. Their calls, complaints and the audit "
                    "trail keep their name; you can enable the account again at any "
                    "time."
                ).format(name=name),
            )
            self.save_button.setText(self.tr("Disable"))

    def save_call(self) -> SaveCall:
        return set_active, (self._actor, self._user.id, self._activate)


class ResetPasswordDialog(FormDialog):
    """An administrator sets a new password for someone who forgot theirs."""

    def __init__(
        self, db: Database, actor: Actor, user: UserView, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("ResetPasswordDialog")
        self._actor = actor
        self._user = user
        self.set_heading(
            self.tr("New password for {name}").format(name=user.full_name),
            self.tr(
                "Give the new password to {name} in person. It also lifts a lock after "
                "too many wrong passwords."
            ).format(name=user.full_name),
        )
        self.password_edit = _password_edit("PasswordEdit")
        self.again_edit = _password_edit("PasswordAgainEdit")
        self.add_field(
            "password",
            self.tr("New &password"),
            self.password_edit,
            self.tr("At least 8 characters."),
        )
        self.add_field("password_again", self.tr("Password &again"), self.again_edit)
        self.save_button.setText(self.tr("Set password"))
        self.password_edit.setFocus()

    def save_call(self) -> SaveCall:
        return reset_password, (
            self._actor,
            self._user.id,
            self.password_edit.text(),
            self.again_edit.text(),
        )
