"""Who may change what: every (role, service) pair; refused ones change nothing."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import app.services
from app.errors import PermissionDenied
from app.models import AuditEntry, Role
from app.services.demo import generate
from tests.unit.access_cases import (
    MECHANISMS,
    MUTATIONS,
    READ_ONLY,
    WALKED_ELSEWHERE,
    build_world,
    state,
)

PAIRS = [(name, role) for name in MUTATIONS for role in Role]


@pytest.mark.parametrize(("name", "role"), PAIRS, ids=[f"{n}-{r}" for n, r in PAIRS])
def test_role_may_or_may_not_change_data(db, name, role):
    world = build_world(db)
    allowed_roles, call = MUTATIONS[name]
    with db.session_scope() as s:
        before = state(s)
    if role in allowed_roles:
        with db.session_scope() as s:
            call(s, world.actors[role], world)
        with db.session_scope() as s:
            assert state(s) != before
    else:
        with pytest.raises(PermissionDenied) as refused, db.session_scope() as s:
            call(s, world.actors[role], world)
        names = {Role.SUPERVISOR: "supervisors", Role.ADMIN: "administrators"}
        may = " and ".join(names[r] for r in names if r in allowed_roles)
        assert f"Only {may} may" in refused.value.message
        with db.session_scope() as s:
            assert state(s) == before


def test_an_agent_cannot_load_demo_data(db):
    world = build_world(db)
    with pytest.raises(PermissionDenied, match="Only administrators may load data"):
        generate(db, customers=1, actor=world.actors[Role.AGENT])


def test_the_audit_trail_is_for_supervisors_and_admins(db):
    from app.services.audit import AuditFilter, search_audit

    world = build_world(db)
    with db.session_scope() as s:
        with pytest.raises(PermissionDenied, match="Only supervisors and administrators"):
            search_audit(s, world.actors[Role.AGENT], AuditFilter())
        assert search_audit(s, world.actors[Role.SUPERVISOR], AuditFilter())


def _services_taking_an_actor() -> set[str]:
    found = set()
    for module_info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        module = importlib.import_module(module_info.name)
        for fn_name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or fn_name.startswith("_"):
                continue
            if "actor" in inspect.signature(fn).parameters:
                short = module.__name__.rsplit(".", 1)[-1]
                found.add(f"{short}.{fn_name}")
    return found


def test_every_service_taking_an_actor_is_walked():
    walked = set(MUTATIONS) | READ_ONLY | WALKED_ELSEWHERE | MECHANISMS
    assert _services_taking_an_actor() - walked == set()


def test_audit_entries_exist_for_the_world(db):
    build_world(db)
    with db.session_scope() as s:
        # first admin, 2 stores, 3 users, 1 disable, 1 manual customer tier
        assert s.query(AuditEntry).count() == 8
