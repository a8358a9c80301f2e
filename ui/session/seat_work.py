"""What the seat asks the database at sign-in, unlock and screenshot time (worker functions).

Each takes the worker's session first and returns plain values, so the dialogs never
hold ORM objects. The idle-lock minutes are read in the same unit of work as the
sign-in: the window that opens already knows when to lock.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.services.access.auth import create_first_admin, sign_in
from app.services.actor import Actor
from app.services.settings import get_setting

IDLE_LOCK_SETTING = "session.idle_lock_minutes"


@dataclass(frozen=True)
class SignedIn:
    """Who now works at the seat, and after how many idle minutes it locks."""

    actor: Actor
    idle_minutes: int


@dataclass(frozen=True)
class SignInOutcome:
    signed_in: SignedIn | None
    message: str | None = None


def idle_minutes(session: Any) -> int:
    return int(get_setting(session, IDLE_LOCK_SETTING))  # type: ignore[call-overload]


def sign_in_at_seat(session: Any, username: str, password: str) -> SignInOutcome:
    """A refused sign-in is an outcome (its failed attempt must be committed), not an error."""
    result = sign_in(session, username, password)
    if result.actor is None:
        return SignInOutcome(None, result.message)
    return SignInOutcome(SignedIn(result.actor, idle_minutes(session)))


def create_first_admin_at_seat(
    session: Any, username: str, full_name: str, password: str, password_again: str
) -> SignedIn:
    actor = create_first_admin(session, username, full_name, password, password_again)
    return SignedIn(actor, idle_minutes(session))
