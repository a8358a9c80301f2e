"""What a seat asks at sign-in and at first start, in the same unit of work as the
sign-in: the window that opens already knows after how many idle minutes it locks.

Each returns plain values, so the dialogs never hold ORM objects.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.access.access_settings import IDLE_LOCK
from app.services.access.auth import create_first_admin, sign_in
from app.services.actor import Actor
from app.services.changes import writes
from app.services.settings_store import read_setting

IDLE_LOCK_SETTING = IDLE_LOCK.key


@dataclass(frozen=True)
class SignedIn:
    """Who now works at the seat, and after how many idle minutes it locks."""

    actor: Actor
    idle_minutes: int


@dataclass(frozen=True)
class SignInOutcome:
    signed_in: SignedIn | None
    message: str | None = None


def idle_minutes(session: Session) -> int:
    return int(read_setting(session, IDLE_LOCK))  # type: ignore[call-overload]


@writes("user")
def sign_in_at_seat(session: Session, username: str, password: str) -> SignInOutcome:
    """A refused sign-in is an outcome (its failed attempt must be committed), not an error."""
    result = sign_in(session, username, password)
    if result.actor is None:
        return SignInOutcome(None, result.message)
    return SignInOutcome(SignedIn(result.actor, idle_minutes(session)))


@writes("user")
def create_first_admin_at_seat(
    session: Session, username: str, full_name: str, password: str, password_again: str
) -> SignedIn:
    actor = create_first_admin(session, username, full_name, password, password_again)
    return SignedIn(actor, idle_minutes(session))
