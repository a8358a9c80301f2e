"""What the Admin screen reads in one unit of work (a worker function)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.services.access.stores import StoreView, list_stores
from app.services.access.users import UserView, list_users
from app.services.settings import all_settings
from ui.session.seat_work import idle_minutes


@dataclass(frozen=True)
class AdminData:
    users: list[UserView]
    stores: list[StoreView]
    idle_minutes: int
    settings: dict[str, object]


def read_admin(session: Any) -> AdminData:
    return AdminData(
        list_users(session), list_stores(session), idle_minutes(session), all_settings(session)
    )
