"""Every change of data writes exactly one audit entry, with who, what, before and after."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Role
from app.services.audit import AuditFilter, audit_choices, count_audit, search_audit
from tests.unit.access_cases import MUTATIONS, build_world
from tests.unit.audit_cases import EXPECTED


def _entries(s) -> int:
    return s.scalar(select(func.count()).select_from(AuditEntry))


def test_the_table_names_every_mutation():
    assert set(EXPECTED) == set(MUTATIONS)


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_change_writes_one_entry_with_before_and_after(db, name):
    world = build_world(db)
    admin = world.actors[Role.ADMIN]
    with db.session_scope() as s:
        before = _entries(s)
        MUTATIONS[name][1](s, admin, world)
    entity, action, has_before = EXPECTED[name]
    with db.session_scope() as s:
        assert _entries(s) == before + 1
        entry = search_audit(s, admin, AuditFilter(), limit=1)[0]
    assert (entry.entity, entry.action, entry.actor) == (entity, action, "admin")
    assert entry.user_id == admin.user_id and entry.after
    assert bool(entry.before) is has_before
    assert "password_hash" not in (entry.before or {}) | entry.after


def test_an_update_records_only_the_fields_that_changed(db):
    world = build_world(db)
    with db.session_scope() as s:
        MUTATIONS["users.update_user"][1](s, world.actors[Role.ADMIN], world)
    with db.session_scope() as s:
        entry = search_audit(s, world.actors[Role.ADMIN], AuditFilter(action="update"))[0]
    assert entry.before == {
        "full_name": "Nguyễn Thị Lan",
        "role": "agent",
        "tier": 1,
        "store_id": world.store_id,
    }
    assert entry.after == {
        "full_name": "Nguyễn Thị Lan Anh",
        "role": "supervisor",
        "tier": 2,
        "store_id": world.other_store_id,
    }


def test_saving_without_a_change_writes_nothing(db):
    from app.services.access.users import update_user

    world = build_world(db)
    with db.session_scope() as s:
        before = _entries(s)
        update_user(s, world.actors[Role.ADMIN], world.agent_id, full_name="Nguyễn Thị Lan")
    with db.session_scope() as s:
        assert _entries(s) == before


def test_filters_by_user_entity_action_and_local_day(db):
    world = build_world(db)
    admin = world.actors[Role.ADMIN]
    with db.session_scope() as s:
        assert count_audit(s, admin, AuditFilter(entity="store")) == 2
        assert count_audit(s, admin, AuditFilter(action="disable")) == 1
        assert count_audit(s, admin, AuditFilter(user_id=admin.user_id)) == 7
        assert count_audit(s, admin, AuditFilter(date_to=date(2000, 1, 1))) == 0
        # + the supervisor's manual tier for Bình
        assert count_audit(s, admin, AuditFilter(date_from=date.today())) == 8
        actors, entities, actions = audit_choices(s, admin)
    assert actors == ["admin", "hung.tran"] and entities == ["customer", "store", "user"]
    assert {"create", "create_first_admin", "disable"} <= set(actions)
