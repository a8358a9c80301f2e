"""Every service that changes data, as a table the access and audit tests walk.

A new service that takes an `actor` must be added here (or to READ_ONLY): the test
`test_every_service_taking_an_actor_is_walked` fails until it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Role, Store, User
from app.services import audit, settings, stores, users
from app.services.actor import Actor
from app.services.auth import create_first_admin

A, S, M = Role.AGENT, Role.SUPERVISOR, Role.ADMIN


@dataclass
class World:
    actors: dict[Role, Actor]
    agent_id: int
    disabled_id: int
    store_id: int
    other_store_id: int


def build_world(db: Database) -> World:
    with db.session_scope() as s:
        admin = create_first_admin(s, "admin", "Quản Trị Viên", "mat-khau-1", "mat-khau-1")
        hn = stores.add_store(s, admin, "HN01", "Cửa hàng Hà Nội", "1 Tràng Tiền", "024 3825 1234")
        dn = stores.add_store(s, admin, "DN01", "Cửa hàng Đà Nẵng")
        agent = users.add_user(s, admin, "lan.nguyen", "Nguyễn Thị Lan", "agent", "mat-khau-2",
                               store_id=hn.id)  # fmt: skip
        sup = users.add_user(s, admin, "hung.tran", "Trần Văn Hùng", "supervisor", "mat-khau-3")
        gone = users.add_user(s, admin, "cu.le", "Lê Văn Cũ", "agent", "mat-khau-4")
        users.set_active(s, admin, gone.id, False)

        def actor(view) -> Actor:
            return Actor.of(s.get(User, view.id))

        return World(
            actors={A: actor(agent), S: actor(sup), M: admin},
            agent_id=agent.id, disabled_id=gone.id, store_id=hn.id, other_store_id=dn.id,
        )  # fmt: skip


Mutation = Callable[[Session, Actor, World], object]

# qualified service name -> (roles allowed, how to call it)
MUTATIONS: dict[str, tuple[frozenset[Role], Mutation]] = {
    "users.add_user": (frozenset({M}), lambda s, a, w: users.add_user(
        s, a, "moi.nv", "Nhân Viên Mới", "agent", "mat-khau-9")),
    "users.update_user": (frozenset({M}), lambda s, a, w: users.update_user(
        s, a, w.agent_id, full_name="Nguyễn Thị Lan Anh", role="supervisor",
        store_id=w.other_store_id, tier=2)),
    "users.set_active": (frozenset({M}), lambda s, a, w: users.set_active(
        s, a, w.disabled_id, True)),
    "users.reset_password": (frozenset({M}), lambda s, a, w: users.reset_password(
        s, a, w.agent_id, "mat-khau-moi")),
    "stores.add_store": (frozenset({M}), lambda s, a, w: stores.add_store(
        s, a, "HCM01", "Cửa hàng Quận 1", "12 Lê Lợi", "028 3823 4567")),
    "stores.update_store": (frozenset({M}), lambda s, a, w: stores.update_store(
        s, a, w.store_id, code="HN01", name="Cửa hàng Hà Nội 1", address="1 Tràng Tiền")),
    "settings.set_setting": (frozenset({M}), lambda s, a, w: settings.set_setting(
        s, a, "session.idle_lock_minutes", 30)),
}  # fmt: skip

# Take an actor for the permission check but change nothing.
READ_ONLY = {"audit.count_audit", "audit.search_audit", "audit.audit_choices"}
# The mechanisms the services use, not services of their own.
MECHANISMS = {"audit.record", "permissions.allowed", "permissions.require",
              "permissions.require_owner_or"}  # fmt: skip
# Change data but are walked by their own tests (tests/unit/test_auth.py, test_demo.py).
WALKED_ELSEWHERE = {"auth.unlock", "auth.change_own_password", "demo.generate"}


def state(s: Session) -> tuple:
    """Everything the mutations could touch, as plain values."""
    people = s.execute(
        select(User.username, User.full_name, User.role, User.tier, User.store_id,
               User.is_active, User.password_hash).order_by(User.id)
    ).all()  # fmt: skip
    shops = s.execute(select(Store.code, Store.name, Store.address).order_by(Store.id)).all()
    idle = settings.get_setting(s, "session.idle_lock_minutes")
    return tuple(people), tuple(shops), idle, len(audit.search_audit(
        s, Actor.os_user(), audit.AuditFilter(), limit=10_000))  # fmt: skip
