"""What the audit screen is given: each entry with the names of the records it points to.

The trail stores kinds and ids ("complaint" 224, assignee_id 9), as every record does;
these views carry what a person knows those records by (KN-2026-000224, Nguyễn Thị Lan).
They hold values only: the screen puts them into words in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from app.services.audit import AuditRow

# The record an id-valued field of an entry points to. A field not listed is a value.
REFERENCES: dict[str, str] = {
    "assignee_id": "user",
    "user_id": "user",
    "created_by_id": "user",
    "approved_by_id": "user",
    "done_by_id": "user",
    "printed_by_id": "user",
    "agent_id": "user",
    "updated_by_id": "user",
    "customer_id": "customer",
    "merged_id": "customer",
    "merged_into_id": "customer",
    "store_id": "store",
    "product_id": "product",
    "purchase_id": "purchase",
    "replacement_purchase_id": "purchase",
    "replaces_purchase_id": "purchase",
    "complaint_id": "complaint",
    "claim_id": "claim",
    "slip_id": "slip",
    "callback_reminder_id": "reminder",
    "correction_id": "interaction",
    "corrects_id": "interaction",
    # A contact's topic is a key: a built-in one or one a supervisor added.
    "topic": "call_topic",
}


def reference_kind(name: str) -> str | None:
    """The kind of record the field `name` points to, or None for a plain value."""
    return REFERENCES.get(name)


def reference_id(value: object) -> str | None:
    """How a stored field value names a record (as the trail's entity_id would)."""
    if value is None or isinstance(value, bool | dict | list):
        return None
    text = str(value)
    return text or None


@dataclass(frozen=True)
class RecordName:
    """The words a person knows one record by; `found` False: it no longer exists.

    kind and id are as the trail writes them ("customer", "123"). Which of the rest are
    set depends on the kind:
      customer: code (KH0000123) and name (full name)
      user: code (username) and name (full name)
      store, product: code (store code, SKU) and name
      complaint, claim, slip: code (the document number)
      purchase: name (the product), code (serial or invoice: `code_kind`), day (bought)
      interaction: channel, at, customer (None: an unknown caller, whose number is `code`)
      reminder: name (title) and customer
      setting: code (key) and name (its label); call_topic: code (key) and name ("" for
      a built-in topic, whose name is translated on screen); reply_template: name (title)
    """

    kind: str
    id: str
    found: bool = False
    code: str = ""
    name: str = ""
    code_kind: str = ""
    channel: str = ""
    at: datetime | None = None
    day: date | None = None
    customer: RecordName | None = None


@dataclass(frozen=True)
class NamedEntry:
    """An audit entry, the record it is about, and the records its fields point to.

    `actor_name`: the full name of the user who did it ("" for the command line or an
    automatic pass). `references` are keyed by (kind, id).
    """

    entry: AuditRow
    subject: RecordName
    actor_name: str = ""
    references: Mapping[tuple[str, str], RecordName] = field(default_factory=dict)

    def reference(self, name: str, value: object) -> RecordName | None:
        """The record field `name` with `value` points to (a gone one: not `found`), or
        None when the field holds a plain value."""
        kind = reference_kind(name)
        ident = reference_id(value)
        if kind is None or ident is None:
            return None
        return self.references.get((kind, ident)) or RecordName(kind, ident)
