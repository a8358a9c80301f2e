"""What the Admin screen shows, read in one unit of work: users, stores, settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.access.seat import idle_minutes
from app.services.access.stores import StoreView, list_stores
from app.services.access.users import UserView, list_users
from app.services.settings import all_settings


@dataclass(frozen=True)
class AdminData:
    users: list[UserView]
    stores: list[StoreView]
    idle_minutes: int
    settings: dict[str, object]


def read_admin(session: Session) -> AdminData:
    return AdminData(
        list_users(session), list_stores(session), idle_minutes(session), all_settings(session)
    )
