"""How an audit entry reads on screen: labels for its entity, action and fields, and
its changes as "field: before → after"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.formatting import format_datetime
from app.services.audit import AuditRow
from ui.labels import label, role_labels, tier_labels

ARROW = "→"
NOTHING = "–"
CLI_PREFIX = "os:"


def entity_labels() -> dict[str, str]:
    return {
        "user": QCoreApplication.translate("AuditEntity", "User"),
        "store": QCoreApplication.translate("AuditEntity", "Store"),
        "setting": QCoreApplication.translate("AuditEntity", "Setting"),
        "database": QCoreApplication.translate("AuditEntity", "Database"),
        "customer": QCoreApplication.translate("AuditEntity", "Customer"),
        "complaint": QCoreApplication.translate("AuditEntity", "Complaint"),
        "claim": QCoreApplication.translate("AuditEntity", "Claim"),
        "interaction": QCoreApplication.translate("AuditEntity", "Interaction"),
        "reminder": QCoreApplication.translate("AuditEntity", "Reminder"),
        "purchase": QCoreApplication.translate("AuditEntity", "Purchase"),
        "product": QCoreApplication.translate("AuditEntity", "Product"),
        "slip": QCoreApplication.translate("AuditEntity", "Slip"),
        "call_topic": QCoreApplication.translate("AuditEntity", "Call topic"),
        "reply_template": QCoreApplication.translate("AuditEntity", "Reply template"),
    }


def action_labels() -> dict[str, str]:
    return {
        "create": QCoreApplication.translate("AuditAction", "Created"),
        "update": QCoreApplication.translate("AuditAction", "Changed"),
        "disable": QCoreApplication.translate("AuditAction", "Disabled"),
        "enable": QCoreApplication.translate("AuditAction", "Enabled"),
        "reset_password": QCoreApplication.translate("AuditAction", "Password reset"),
        "sign_in": QCoreApplication.translate("AuditAction", "Signed in"),
        "sign_in_failed": QCoreApplication.translate("AuditAction", "Wrong password"),
        "unlock": QCoreApplication.translate("AuditAction", "Unlocked"),
        "change_password": QCoreApplication.translate("AuditAction", "Changed own password"),
        "create_first_admin": QCoreApplication.translate(
            "AuditAction", "First administrator created"
        ),
        "load_demo": QCoreApplication.translate("AuditAction", "Demo data loaded"),
        "archive": QCoreApplication.translate("AuditAction", "Archived"),
        "restore": QCoreApplication.translate("AuditAction", "Restored"),
        "assign": QCoreApplication.translate("AuditAction", "Assigned"),
        "escalate": QCoreApplication.translate("AuditAction", "Escalated"),
        "close": QCoreApplication.translate("AuditAction", "Closed"),
        "reopen": QCoreApplication.translate("AuditAction", "Reopened"),
        "import": QCoreApplication.translate("AuditAction", "Imported"),
        "add_date": QCoreApplication.translate("AuditAction", "Date added"),
        "remove_date": QCoreApplication.translate("AuditAction", "Date removed"),
        "merge": QCoreApplication.translate("AuditAction", "Merged"),
        "earn_points": QCoreApplication.translate("AuditAction", "Points earned"),
        "redeem_points": QCoreApplication.translate("AuditAction", "Points redeemed"),
        "adjust_points": QCoreApplication.translate("AuditAction", "Points adjusted"),
        "recompute_tier": QCoreApplication.translate("AuditAction", "Tier recomputed"),
        "override_tier": QCoreApplication.translate("AuditAction", "Tier set by hand"),
        "clear_tier_override": QCoreApplication.translate("AuditAction", "Tier by hand cleared"),
        "correct": QCoreApplication.translate("AuditAction", "Corrected"),
        "link_customer": QCoreApplication.translate("AuditAction", "Linked to a customer"),
        "status": QCoreApplication.translate("AuditAction", "Status changed"),
        "note": QCoreApplication.translate("AuditAction", "Note added"),
        "reply": QCoreApplication.translate("AuditAction", "Replied"),
        "change_priority": QCoreApplication.translate("AuditAction", "Priority changed"),
        "resolved": QCoreApplication.translate("AuditAction", "Resolved"),
        "closed": QCoreApplication.translate("AuditAction", "Closed"),
        "reopened": QCoreApplication.translate("AuditAction", "Reopened"),
        "cancelled": QCoreApplication.translate("AuditAction", "Cancelled"),
        "quote": QCoreApplication.translate("AuditAction", "Quote recorded"),
        "rejected": QCoreApplication.translate("AuditAction", "Rejected"),
        "exchanged": QCoreApplication.translate("AuditAction", "Exchanged"),
        "refunded": QCoreApplication.translate("AuditAction", "Refunded"),
        "retire": QCoreApplication.translate("AuditAction", "Retired"),
        "print": QCoreApplication.translate("AuditAction", "Printed"),
        "take": QCoreApplication.translate("AuditAction", "Taken"),
        "snooze": QCoreApplication.translate("AuditAction", "Snoozed"),
        "complete": QCoreApplication.translate("AuditAction", "Completed"),
        "reassign": QCoreApplication.translate("AuditAction", "Reassigned"),
    }


def field_labels() -> dict[str, str]:
    return {
        "username": QCoreApplication.translate("AuditField", "Username"),
        "full_name": QCoreApplication.translate("AuditField", "Full name"),
        "role": QCoreApplication.translate("AuditField", "Role"),
        "tier": QCoreApplication.translate("AuditField", "Tier"),
        "store_id": QCoreApplication.translate("AuditField", "Store (id)"),
        "is_active": QCoreApplication.translate("AuditField", "Active"),
        "failed_attempts": QCoreApplication.translate("AuditField", "Wrong passwords in a row"),
        "locked_until": QCoreApplication.translate("AuditField", "Locked until"),
        "last_login_at": QCoreApplication.translate("AuditField", "Last sign-in"),
        "code": QCoreApplication.translate("AuditField", "Code"),
        "name": QCoreApplication.translate("AuditField", "Name"),
        "address": QCoreApplication.translate("AuditField", "Address"),
        "province": QCoreApplication.translate("AuditField", "Province"),
        "phone": QCoreApplication.translate("AuditField", "Phone"),
        "value": QCoreApplication.translate("AuditField", "Value"),
        "customers": QCoreApplication.translate("AuditField", "Customers"),
        "seed": QCoreApplication.translate("AuditField", "Seed"),
    }


def who_label(actor: str) -> str:
    """The signed-in user's name as it is; the admin CLI's OS login says so."""
    if actor.startswith(CLI_PREFIX):
        return QCoreApplication.translate("AuditText", "{login} (command line)").format(
            login=actor[len(CLI_PREFIX) :]
        )
    return actor


class AuditFormatter:
    """Formats entries with labels looked up once (not once per painted cell)."""

    def __init__(self) -> None:
        self.entities = entity_labels()
        self.actions = action_labels()
        self.fields = field_labels()
        self._roles = role_labels()
        self._tiers = tier_labels()
        self._yes = QCoreApplication.translate("AuditText", "Yes")
        self._no = QCoreApplication.translate("AuditText", "No")

    def entity(self, value: str) -> str:
        return label(self.entities, value)

    def action(self, value: str) -> str:
        return label(self.actions, value)

    def field(self, name: str) -> str:
        return label(self.fields, name)

    def value(self, name: str, value: object) -> str:
        if value is None or value == "":
            return NOTHING
        if isinstance(value, bool):
            return self._yes if value else self._no
        if name == "role":
            return label(self._roles, str(value))
        if name == "tier" and isinstance(value, int):
            return self._tiers.get(value, str(value))
        if isinstance(value, str) and (name.endswith("_at") or name.endswith("_until")):
            try:
                return format_datetime(datetime.fromisoformat(value))
            except ValueError:
                return value
        return str(value)

    def changes(self, row: AuditRow) -> list[tuple[str, str, str]]:
        """(field label, before, after) for each field the entry names, in a stable order."""
        before, after = row.before or {}, row.after or {}
        names = list(dict.fromkeys([*before, *after]))
        return [
            (
                self.field(name),
                self.value(name, before.get(name)) if name in before else "",
                self.value(name, after.get(name)) if name in after else "",
            )
            for name in names
        ]

    def summary(self, row: AuditRow) -> str:
        """One line: "Full name: A → B; Active: Yes → No" (just the values when created)."""
        parts = []
        for name, old, new in self.changes(row):
            if old and new:
                parts.append(f"{name}: {old} {ARROW} {new}")
            else:
                parts.append(f"{name}: {new or old}")
        return "; ".join(parts)
