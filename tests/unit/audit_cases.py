"""What each service that changes data records in the audit trail: (entity, action, whether a
"before" is kept), by service function; the audit tests and the audit screen's wording test
both read it."""

from __future__ import annotations

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
