"""Every change of data writes exactly one audit entry, with who, what, before and after."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.models import AuditEntry, Role
from app.services.audit import AuditFilter, audit_choices, count_audit, search_audit
from tests.unit.access_cases import MUTATIONS, build_world
from tests.unit.claim_access_cases import CLAIM_EXPECTED

EXPECTED = {
    "users.add_user": ("user", "create", False),
    "users.update_user": ("user", "update", True),
    "users.set_active": ("user", "enable", True),
    "users.reset_password": ("user", "reset_password", False),
    "stores.add_store": ("store", "create", False),
    "stores.update_store": ("store", "update", True),
    "settings.set_setting": ("setting", "update", True),
    "customers.create_customer": ("customer", "create", False),
    "customers.update_customer": ("customer", "update", True),
    "customers.archive_customer": ("customer", "archive", True),
    "customers.restore_customer": ("customer", "restore", True),
    "customers.add_important_date": ("customer", "add_date", True),
    "customers.remove_important_date": ("customer", "remove_date", True),
    "customer_merge.merge_customers": ("customer", "merge", True),
    "loyalty.recompute_tier": ("customer", "recompute_tier", True),
    "loyalty.override_tier": ("customer", "override_tier", True),
    "loyalty.clear_tier_override": ("customer", "clear_tier_override", True),
    "loyalty.earn_points": ("customer", "earn_points", True),
    "loyalty.redeem_points": ("customer", "redeem_points", True),
    "loyalty.adjust_points": ("customer", "adjust_points", True),
    "runner.run_import": ("customer", "create", False),
    "runner.run_import:purchases": ("purchase", "create", False),
    "interactions.log_interaction": ("interaction", "create", False),
    "interactions.add_correction": ("interaction", "correct", False),
    "interactions.link_caller": ("interaction", "link_customer", True),
    "call_topics.save_topic": ("call_topic", "update", True),
    "complaints.open_complaint": ("complaint", "create", False),
    "complaint_workflow.change_status": ("complaint", "status", True),
    "complaint_workflow.resolve_complaint": ("complaint", "resolved", True),
    "complaint_workflow.close_complaint": ("complaint", "closed", True),
    "complaint_workflow.reopen_complaint": ("complaint", "reopened", True),
    "complaint_workflow.cancel_complaint": ("complaint", "cancelled", True),
    "complaint_actions.add_note": ("complaint", "reply", False),
    "complaint_actions.assign_complaint": ("complaint", "assign", True),
    "complaint_actions.escalate_complaint": ("complaint", "escalate", True),
    "complaint_actions.change_priority": ("complaint", "change_priority", True),
    "reply_templates.save_template": ("reply_template", "create", False),
    "reminder_actions.take_reminder": ("reminder", "take", True),
    "reminder_actions.snooze_reminder": ("reminder", "snooze", True),
    "reminder_actions.complete_reminder": ("reminder", "complete", True),
    "reminder_actions.reassign_reminder": ("reminder", "reassign", True),
    "slips.issue_slip": ("slip", "create", False),
    "slips.record_print": ("slip", "print", False),
}
EXPECTED.update(CLAIM_EXPECTED)  # purchases, products and claims


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
