"""Users: add, edit, disable, reset passwords; the last active administrator stays."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import t
from app.models import Role, Store, User
from app.services import audit
from app.services.access import passwords
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.stale import refuse_stale
from app.text import fold, nfc

USERNAME_MAX = 60
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]*")
DEFAULT_TIER = {Role.AGENT: 1, Role.SUPERVISOR: 2, Role.ADMIN: 3}
AUDITED = ("username", "full_name", "role", "tier", "store_id", "is_active")


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    role: str
    tier: int
    store_id: int | None
    store_code: str | None
    store_name: str | None
    is_active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    version: int


def check_username(session: Session, username: str, user_id: int | None = None) -> str:
    name = (username or "").strip().lower()
    if not name:
        raise ValidationError(t("Type a username."), "username")
    if any(c.isspace() for c in name):
        raise ValidationError(
            t("A username cannot contain spaces: use a dot, as in lan.nguyen."), "username"
        )
    if len(name) > USERNAME_MAX:
        raise ValidationError(
            t("The username is too long: use at most {n} characters.", n=USERNAME_MAX), "username"
        )
    if len(name) < 2 or not _USERNAME.fullmatch(name):
        raise ValidationError(
            t(
                "A username has 2 or more letters a-z without accents, digits, dots, dashes or "
                "underscores, as in lan.nguyen."
            ),
            "username",
        )
    taken = session.scalar(
        select(User.id).where(func.lower(User.username) == name, User.id != (user_id or -1))
    )
    if taken is not None:
        raise ValidationError(t("The username {username} is taken.", username=name), "username")
    return name


def check_full_name(full_name: str) -> str:
    name = nfc(full_name or "")
    if not name:
        raise ValidationError(t("Type the person's full name."), "full_name")
    if len(name) > 200:
        raise ValidationError(t("The full name is too long: at most 200 characters."), "full_name")
    return name


def _role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise ValidationError(
            t("Unknown role “{role}”: choose agent, supervisor or admin.", role=value), "role"
        ) from None


def _tier(value: int) -> int:
    if value not in (1, 2, 3):
        raise ValidationError(
            t("The escalation tier is 1 (agent), 2 (supervisor) or 3 (manager)."), "tier"
        )
    return value


def _store_id(session: Session, store_id: int | None) -> int | None:
    if store_id is not None and session.get(Store, store_id) is None:
        raise NotFound(t("That store does not exist any more."))
    return store_id


def store_id_for_code(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    found = session.scalar(select(Store.id).where(func.upper(Store.code) == code.strip().upper()))
    if found is None:
        raise NotFound(t("There is no store with the code {code}.", code=code))
    return found


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(t("That user does not exist."))
    return user


def get_user_by_username(session: Session, username: str) -> User:
    user = session.scalars(
        select(User).where(func.lower(User.username) == (username or "").strip().lower())
    ).first()
    if user is None:
        raise NotFound(t("There is no user {username}.", username=username))
    return user


def _view(session: Session, user: User) -> UserView:
    store = session.get(Store, user.store_id) if user.store_id else None
    return UserView(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=str(user.role),
        tier=user.tier,
        store_id=user.store_id,
        store_code=store.code if store else None,
        store_name=store.name if store else None,
        is_active=user.is_active,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        version=user.version,
    )


def list_users(session: Session) -> list[UserView]:
    # Vietnamese order: by the accent-free name, so "Đỗ" sorts with "Do", not after "Võ".
    users = sorted(
        session.scalars(select(User)), key=lambda u: (not u.is_active, fold(u.full_name))
    )
    return [_view(session, u) for u in users]


def active_users(session: Session) -> list[UserView]:
    """The people work can be given to, in Vietnamese name order."""
    return [user for user in list_users(session) if user.is_active]


def _keep_an_admin(session: Session, user: User) -> None:
    """Refuse to leave the database without an active administrator.

    The active admins are locked, so two admins disabling each other from two seats at
    once cannot both succeed.
    """
    admins = session.scalars(
        select(User.id).where(User.role == Role.ADMIN, User.is_active.is_(True)).with_for_update()
    ).all()
    if set(admins) <= {user.id}:
        raise ValidationError(
            t(
                "{name} is the last active administrator: make another user administrator first.",
                name=user.full_name,
            ),
        )


@writes("user")
def add_user(
    session: Session,
    actor: Actor,
    username: str,
    full_name: str,
    role: str | Role,
    password: str,
    password_again: str | None = None,
    store_id: int | None = None,
    tier: int | None = None,
) -> UserView:
    require(actor, "user.manage")
    role = _role(role)
    user = User(
        username=check_username(session, username),
        full_name=check_full_name(full_name),
        role=role,
        tier=_tier(tier if tier is not None else DEFAULT_TIER[role]),
        store_id=_store_id(session, store_id),
        is_active=True,
    )
    passwords.check_new_password(password, password_again)
    user.password_hash = passwords.hash_password(password)
    session.add(user)
    session.flush()
    audit.record(session, actor, "user", user.id, "create", None, audit.snapshot(user, AUDITED))
    return _view(session, user)


_UNSET = object()


@writes("user")
def update_user(
    session: Session,
    actor: Actor,
    user_id: int,
    *,
    full_name: str | None = None,
    role: str | Role | None = None,
    tier: int | None = None,
    store_id: int | None | object = _UNSET,
    is_active: bool | None = None,
    expected_version: int | None = None,
) -> UserView:
    """Change any of a user's details; one audit entry with the fields that changed."""
    require(actor, "user.manage")
    user = _get(session, user_id)
    refuse_stale(user.version, expected_version, user.full_name)
    before = audit.snapshot(user, AUDITED)
    if full_name is not None:
        user.full_name = check_full_name(full_name)
    if tier is not None:
        user.tier = _tier(tier)
    if store_id is not _UNSET:
        user.store_id = _store_id(session, store_id)  # type: ignore[arg-type]
    new_role = _role(role) if role is not None else user.role
    losing_admin = (
        user.role == Role.ADMIN
        and user.is_active
        and (new_role != Role.ADMIN or is_active is False)
    )
    if is_active is False and user.id == actor.user_id:
        raise ValidationError(t("You cannot disable your own account."))
    if losing_admin:
        _keep_an_admin(session, user)
    user.role = new_role
    if is_active is not None:
        user.is_active = is_active
    after = audit.snapshot(user, AUDITED)
    if after != before:
        action = "update"
        if before["is_active"] != after["is_active"]:
            action = "enable" if user.is_active else "disable"
        audit.record(session, actor, "user", user.id, action, before, after)
    return _view(session, user)


@writes("user")
def set_active(session: Session, actor: Actor, user_id: int, active: bool) -> UserView:
    return update_user(session, actor, user_id, is_active=active)


@writes("user")
def reset_password(
    session: Session, actor: Actor, user_id: int, password: str, password_again: str | None = None
) -> UserView:
    """An administrator sets a new password (the user forgot theirs); also lifts a lockout."""
    require(actor, "user.manage")
    user = _get(session, user_id)
    passwords.check_new_password(password, password_again)
    before = audit.snapshot(user, ("failed_attempts", "locked_until"))
    user.password_hash = passwords.hash_password(password)
    user.failed_attempts = 0
    user.locked_until = None
    after = audit.snapshot(user, ("failed_attempts", "locked_until"))
    # The trail says that the password changed, never what it is.
    audit.record(
        session,
        actor,
        "user",
        user.id,
        "reset_password",
        before,
        {**after, "password_changed": True},
    )
    return _view(session, user)
