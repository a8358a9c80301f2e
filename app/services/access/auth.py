"""Signing in, the first administrator, the idle lock and one's own password.

Failed attempts are counted in the database, so restarting the app does not reset
them. A failed sign-in is an outcome, not an exception: the attempt must be committed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import Conflict, ValidationError
from app.i18n import t
from app.models import Role, User, utcnow
from app.services import audit
from app.services.access import passwords
from app.services.access.users import check_full_name, check_username, get_user_by_username
from app.services.actor import Actor
from app.services.changes import writes

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)


@dataclass(frozen=True)
class SignInResult:
    actor: Actor | None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.actor is not None


def needs_first_admin(session: Session) -> bool:
    """True until an active administrator with a password exists."""
    found = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.is_active.is_(True), User.password_hash.is_not(None))
    )
    return not found


@writes("user")
def create_first_admin(
    session: Session, username: str, full_name: str, password: str, password_again: str
) -> Actor:
    """The first start on an empty database: the person at the seat becomes administrator."""
    if not needs_first_admin(session):
        raise Conflict(t("An administrator already exists: sign in instead."))
    username = check_username(session, username)
    full_name = check_full_name(full_name)
    passwords.check_new_password(password, password_again)
    user = User(
        username=username,
        full_name=full_name,
        role=Role.ADMIN,
        tier=3,
        password_hash=passwords.hash_password(password),
        last_login_at=utcnow(),
    )
    session.add(user)
    session.flush()
    actor = Actor.of(user)
    audit.record(
        session,
        actor,
        "user",
        user.id,
        "create_first_admin",
        None,
        audit.snapshot(user, ("username", "full_name", "role", "tier")),
    )
    return actor


def _find(session: Session, username: str) -> User | None:
    key = (username or "").strip().lower()
    return session.scalars(select(User).where(func.lower(User.username) == key)).first()


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds() / 60))


def _check_password(session: Session, user: User, password: str, now: datetime) -> str | None:
    """None when the password is right; otherwise the message, with the attempt counted."""
    if user.locked_until is not None and now < user.locked_until:
        return t(
            "Too many wrong passwords for {username}: try again in {minutes} min.",
            username=user.username,
            minutes=_minutes_left(user.locked_until, now),
        )
    if passwords.verify_password(user.password_hash, password):
        return None
    before = audit.snapshot(user, ("failed_attempts", "locked_until"))
    user.failed_attempts = (user.failed_attempts or 0) + 1
    if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
        user.failed_attempts = 0
        user.locked_until = now + LOCKOUT
        message = t(
            "Too many wrong passwords for {username}: try again in {minutes} min.",
            username=user.username,
            minutes=_minutes_left(user.locked_until, now),
        )
    else:
        message = None
    audit.record(
        session,
        Actor.of(user),
        "user",
        user.id,
        "sign_in_failed",
        before,
        audit.snapshot(user, ("failed_attempts", "locked_until")),
    )
    return message or ""


@writes("user")
def sign_in(
    session: Session, username: str, password: str, now: datetime | None = None
) -> SignInResult:
    now = now or utcnow()
    wrong = t("Wrong username or password.")
    user = _find(session, username)
    if user is None or user.password_hash is None:
        return SignInResult(None, wrong)
    problem = _check_password(session, user, password, now)
    if problem is not None:
        return SignInResult(None, problem or wrong)
    if not user.is_active:
        return SignInResult(
            None,
            t("The account {username} is disabled: ask an administrator.", username=user.username),
        )
    tracked = ("failed_attempts", "locked_until", "last_login_at")
    before = audit.snapshot(user, tracked)
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    audit.record(
        session, Actor.of(user), "user", user.id, "sign_in", before, audit.snapshot(user, tracked)
    )
    return SignInResult(Actor.of(user))


@writes("user")
def unlock(
    session: Session, actor: Actor, password: str, now: datetime | None = None
) -> SignInResult:
    """Unlock an idle-locked seat: only the password of the user who locked it opens it."""
    now = now or utcnow()
    user = session.get(User, actor.user_id)
    if user is None or not user.is_active:
        return SignInResult(None, t("This account is no longer active: choose Switch user."))
    problem = _check_password(session, user, password, now)
    if problem is not None:
        return SignInResult(
            None,
            problem
            or t(
                "That is not the password of {name}. Only {name} can unlock this seat; "
                "to work as yourself, choose Switch user.",
                name=user.full_name,
            ),
        )
    before = audit.snapshot(user, ("failed_attempts",))
    user.failed_attempts = 0
    audit.record(
        session,
        actor,
        "user",
        user.id,
        "unlock",
        before,
        audit.snapshot(user, ("failed_attempts",)),
    )
    return SignInResult(Actor.of(user))


def change_own_password(session: Session, actor: Actor, current: str, new: str, again: str) -> None:
    user = session.get(User, actor.user_id)
    if user is None or not passwords.verify_password(user.password_hash, current):
        raise ValidationError(t("The current password is not right."), "current_password")
    passwords.check_new_password(new, again)
    user.password_hash = passwords.hash_password(new)
    audit.record(
        session, actor, "user", user.id, "change_password", None, {"password_changed": True}
    )


# Renders screenshots of a database with nobody in it yet; it never writes anything.
SCREENSHOT_ACTOR = Actor(
    user_id=None,
    username="screenshot",
    full_name="Screenshot",
    role=Role.ADMIN,
    tier=3,
    is_system=True,
)


def screenshot_actor(session: Session, username: str | None) -> Actor:
    """Who a `--screenshot` renders as: `username` (NotFound if unknown), by default the
    first active administrator, else SCREENSHOT_ACTOR. Whoever can run a screenshot on the
    data can read it anyway, so no password is asked.
    """
    if username:
        return Actor.of(get_user_by_username(session, username))
    first = session.scalars(
        select(User).where(User.role == Role.ADMIN, User.is_active.is_(True)).order_by(User.id)
    ).first()
    return Actor.of(first) if first is not None else SCREENSHOT_ACTOR
