"""The audit trail's kinds of record and actions in words, for an export or the command
line; the screen has its own Qt-translated copy (ui/audit/audit_text.py) with the same
English, so one translation serves both. A kind or action a newer version writes is
shown as it is stored."""

from __future__ import annotations

from app.i18n import t

CLI_PREFIX = "os:"
SYSTEM_PREFIX = "system:"


def entity_names() -> dict[str, str]:
    return {
        "user": t("User"),
        "store": t("Store"),
        "setting": t("Setting"),
        "database": t("Database"),
        "customer": t("Customer"),
        "complaint": t("Complaint"),
        "claim": t("Claim"),
        "interaction": t("Contact"),
        "reminder": t("Reminder"),
        "purchase": t("Purchase"),
        "product": t("Product"),
        "slip": t("Slip"),
        "call_topic": t("Call topic"),
        "reply_template": t("Reply template"),
    }


def action_names() -> dict[str, str]:
    return {
        "create": t("Created"),
        "update": t("Changed"),
        "disable": t("Disabled"),
        "enable": t("Enabled"),
        "reset_password": t("Password reset"),
        "sign_in": t("Signed in"),
        "sign_in_failed": t("Wrong password"),
        "unlock": t("Unlocked"),
        "change_password": t("Changed own password"),
        "create_first_admin": t("First administrator created"),
        "load_demo": t("Demo data loaded"),
        "archive": t("Archived"),
        "restore": t("Restored"),
        "assign": t("Assigned"),
        "escalate": t("Escalated"),
        "close": t("Closed"),
        "reopen": t("Reopened"),
        "import": t("Imported"),
        "add_date": t("Date added"),
        "remove_date": t("Date removed"),
        "merge": t("Merged"),
        "earn_points": t("Points earned"),
        "redeem_points": t("Points redeemed"),
        "adjust_points": t("Points adjusted"),
        "recompute_tier": t("Tier recomputed"),
        "override_tier": t("Tier set by hand"),
        "clear_tier_override": t("Tier by hand cleared"),
        "correct": t("Corrected"),
        "link_customer": t("Linked to a customer"),
        "status": t("Status changed"),
        "note": t("Note added"),
        "reply": t("Replied"),
        "change_priority": t("Priority changed"),
        "resolved": t("Resolved"),
        "closed": t("Closed"),
        "reopened": t("Reopened"),
        "cancelled": t("Cancelled"),
        "quote": t("Quote recorded"),
        "rejected": t("Rejected"),
        "exchanged": t("Exchanged"),
        "refunded": t("Refunded"),
        "retire": t("Retired"),
        "print": t("Printed"),
        "take": t("Taken"),
        "snooze": t("Snoozed"),
        "complete": t("Completed"),
        "reassign": t("Reassigned"),
    }


def who_name(actor: str, full_name: str = "") -> str:
    """A user by full name when known; the admin command line's OS login and an automatic
    pass say what they are."""
    if full_name:
        return full_name
    if actor.startswith(CLI_PREFIX):
        return t("{login} (command line)", login=actor[len(CLI_PREFIX) :])
    if actor.startswith(SYSTEM_PREFIX):
        process = actor[len(SYSTEM_PREFIX) :]
        if process == "sla":
            process = t("SLA check")
        return t("{process} (automatic)", process=process)
    return actor
