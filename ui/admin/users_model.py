"""Table model over the users list of the Admin screen."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.formatting import format_datetime
from app.services.access.users import UserView
from app.timeutil import now_utc
from ui.labels import label, role_labels, tier_labels
from ui.models.column_model import ColumnTableModel, Index

COLUMNS = (
    "username",
    "full_name",
    "role",
    "tier",
    "store",
    "status",
    "locked_until",
    "last_login_at",
)
DISABLED_COLOUR = "#7b8794"


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("UsersModel", "Username"),
        QCoreApplication.translate("UsersModel", "Full name"),
        QCoreApplication.translate("UsersModel", "Role"),
        QCoreApplication.translate("UsersModel", "Tier", "escalation"),
        QCoreApplication.translate("UsersModel", "Store"),
        QCoreApplication.translate("UsersModel", "Status"),
        QCoreApplication.translate("UsersModel", "Locked until"),
        QCoreApplication.translate("UsersModel", "Last sign-in"),
    )


def store_text(code: str | None, name: str | None) -> str:
    if not code:
        return ""
    return f"{code} · {name}" if name else code


class UsersModel(ColumnTableModel):
    """Read-only rows of UserView; Qt.UserRole gives the user id. Disabled users are grey."""

    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._users: tuple[UserView, ...] = ()
        self._now = now_utc()
        self._load_labels()

    def _load_labels(self) -> None:
        self._headers = _headers()
        self._roles = role_labels()
        self._tiers = tier_labels()
        self._active = QCoreApplication.translate("UsersModel", "Active")
        self._disabled = QCoreApplication.translate("UsersModel", "Disabled")

    def set_users(self, users: Sequence[UserView], now: datetime | None = None) -> None:
        self.beginResetModel()
        self._users = tuple(users)
        # A lockout that has run out is not shown: the person can sign in again.
        self._now = now or now_utc()
        self._load_labels()
        self.endResetModel()

    def users(self) -> tuple[UserView, ...]:
        return self._users

    def user_at(self, row: int) -> UserView:
        return self._users[row]

    def row_of(self, user_id: int) -> int | None:
        return next((r for r, u in enumerate(self._users) if u.id == user_id), None)

    def _row_count(self) -> int:
        return len(self._users)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._has_row(index):
            return None
        user = self._users[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(user, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "store" and user.store_name:
            return user.store_name
        if role == Qt.ItemDataRole.ForegroundRole and not user.is_active:
            return QBrush(QColor(DISABLED_COLOUR))
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        return None

    def _text(self, user: UserView, column: str) -> str:
        match column:
            case "username":
                return user.username
            case "full_name":
                return user.full_name
            case "role":
                return label(self._roles, user.role)
            case "tier":
                return self._tiers.get(user.tier, str(user.tier))
            case "store":
                return store_text(user.store_code, user.store_name)
            case "status":
                return self._active if user.is_active else self._disabled
            case "locked_until":
                locked = user.locked_until
                return format_datetime(locked) if locked and locked > self._now else ""
            case "last_login_at":
                return format_datetime(user.last_login_at)
        return ""
