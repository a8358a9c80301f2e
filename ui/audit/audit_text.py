"""How an audit entry reads on screen: labels for its kind of record and its action, the
record and the person it names, and its changes as "field: before → after"."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.services.audit_views import NamedEntry
from ui.audit.audit_fields import FieldLabels, readable_key
from ui.audit.audit_records import RecordText
from ui.audit.audit_values import ValueText

ARROW = "→"
CLI_PREFIX = "os:"
SYSTEM_PREFIX = "system:"
# A field that only repeats another one of the same entry, in the words of that one: the
# merged customer's code beside the merged customer, the linked customer's beside them.
REPEATS = {"merged_code": "merged_id", "customer_code": "customer_id"}
EMPTY = (None, "", [], {})


def entity_labels() -> dict[str, str]:
    return {
        "user": QCoreApplication.translate("AuditEntity", "User"),
        "store": QCoreApplication.translate("AuditEntity", "Store"),
        "setting": QCoreApplication.translate("AuditEntity", "Setting"),
        "database": QCoreApplication.translate("AuditEntity", "Database"),
        "customer": QCoreApplication.translate("AuditEntity", "Customer"),
        "complaint": QCoreApplication.translate("AuditEntity", "Complaint"),
        "claim": QCoreApplication.translate("AuditEntity", "Claim"),
        "interaction": QCoreApplication.translate("AuditEntity", "Contact"),
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


def who_label(actor: str, full_name: str = "") -> str:
    """A user by full name when known; the admin CLI's OS login and an automatic pass
    say what they are."""
    if full_name:
        return full_name
    if actor.startswith(CLI_PREFIX):
        return QCoreApplication.translate("AuditText", "{login} (command line)").format(
            login=actor[len(CLI_PREFIX) :]
        )
    if actor.startswith(SYSTEM_PREFIX):
        process = actor[len(SYSTEM_PREFIX) :]
        if process == "sla":
            process = QCoreApplication.translate("AuditText", "SLA check")
        return QCoreApplication.translate("AuditText", "{process} (automatic)").format(
            process=process
        )
    return actor


def who_choice(actor: str, names: Mapping[str, str]) -> str:
    """An actor in the Who list: "Nguyễn Thị Lan (lan.nguyen)", so two namesakes differ."""
    full_name = names.get(actor, "")
    return f"{full_name} ({actor})" if full_name else who_label(actor)


class AuditFormatter:
    """Formats entries with labels looked up once (not once per painted cell)."""

    def __init__(self) -> None:
        self.entities = entity_labels()
        self.actions = action_labels()
        self.fields = FieldLabels()
        self.records = RecordText(self.entities)
        self.values = ValueText(self.fields, self.records)

    def entity(self, value: str) -> str:
        # A kind or action a newer version writes still reads as words.
        return self.entities.get(value) or readable_key(value)

    def action(self, value: str) -> str:
        return self.actions.get(value) or readable_key(value)

    def field(self, entity: str, name: str) -> str:
        return self.fields.label(entity, name)

    def record(self, entry: NamedEntry) -> str:
        """The record the entry is about, by its number, code or name."""
        return self.records.record(entry.subject)

    def who(self, entry: NamedEntry) -> str:
        return who_label(entry.entry.actor, entry.actor_name)

    def changes(self, entry: NamedEntry) -> list[tuple[str, str, str]]:
        """(field label, before, after) for each field the entry names, in a stable order."""
        row = entry.entry
        before, after = row.before or {}, row.after or {}
        names = [
            name
            for name in dict.fromkeys([*before, *after])
            if REPEATS.get(name) not in before.keys() | after.keys()
            # A new record's empty fields say nothing: only what it was given is listed.
            and (before or after.get(name) not in EMPTY)
        ]
        return [
            (
                self.field(row.entity, name),
                self.values.text(entry, name, before.get(name)) if name in before else "",
                self.values.text(entry, name, after.get(name)) if name in after else "",
            )
            for name in names
        ]

    def summary(self, entry: NamedEntry) -> str:
        """One line: "Full name: A → B; Active: Yes → No" (just the values when created)."""
        parts = []
        for name, old, new in self.changes(entry):
            if old and new:
                parts.append(f"{name}: {old} {ARROW} {new}")
            else:
                parts.append(f"{name}: {new or old}")
        return "; ".join(parts)
