"""Who is acting: the signed-in user at a seat, or the OS user running the admin CLI."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from app.models import Role, User


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role
    tier: int = 1
    store_id: int | None = None
    # True for the admin CLI: whoever runs it already holds the database.
    is_system: bool = False

    @property
    def audit_name(self) -> str:
        return self.username

    @classmethod
    def of(cls, user: User) -> Actor:
        return cls(
            user_id=user.id,
            username=user.username,
            full_name=user.full_name,
            role=Role(user.role),
            tier=user.tier,
            store_id=user.store_id,
        )

    @classmethod
    def os_user(cls) -> Actor:
        """The admin CLI acts as the operating-system account that runs it."""
        try:
            login = getpass.getuser()
        except Exception:  # no login name in some containers and services
            login = "unknown"
        return cls(
            user_id=None,
            username=f"os:{login}",
            full_name=login,
            role=Role.ADMIN,
            tier=3,
            is_system=True,
        )
