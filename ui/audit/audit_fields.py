"""The names of the fields an audit entry records, as the screens call them.

One table for every kind of record, since most fields mean the same thing wherever they
are (status, assignee_id, note...); a kind whose field means something else says so in
its own table. A field no table knows is still shown, its key made readable.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def common_labels() -> dict[str, str]:
    return {
        # people and places
        "username": translate("AuditField", "Username"),
        "full_name": translate("AuditField", "Full name"),
        "role": translate("AuditField", "Role"),
        "tier": translate("AuditField", "Tier", "escalation"),
        "store_id": translate("AuditField", "Store"),
        "is_active": translate("AuditField", "Active"),
        "active": translate("AuditField", "Active"),
        "failed_attempts": translate("AuditField", "Wrong passwords in a row"),
        "locked_until": translate("AuditField", "Locked until"),
        "last_login_at": translate("AuditField", "Last sign-in"),
        "password_changed": translate("AuditField", "Password changed"),
        "code": translate("AuditField", "Code"),
        "name": translate("AuditField", "Name"),
        "address": translate("AuditField", "Address"),
        "province": translate("AuditField", "Province"),
        "ward": translate("AuditField", "Ward / commune"),
        "phone": translate("AuditField", "Phone"),
        "value": translate("AuditField", "Value"),
        "customers": translate("AuditField", "Customers"),
        "seed": translate("AuditField", "Seed"),
        # customers
        "customer_id": translate("AuditField", "Customer"),
        "customer_code": translate("AuditField", "Customer code"),
        "email": translate("AuditField", "E-mail"),
        "birthday": translate("AuditField", "Birthday"),
        "gender": translate("AuditField", "Gender"),
        "marketing_consent": translate("AuditField", "Agrees to offers"),
        "notes": translate("AuditField", "Notes"),
        "archived_at": translate("AuditField", "Archived"),
        "phones": translate("AuditField", "Phones"),
        "tags": translate("AuditField", "Tags"),
        "important_dates": translate("AuditField", "Important dates"),
        "points": translate("AuditField", "Points"),
        "delta": translate("AuditField", "Points added or taken"),
        "reason": translate("AuditField", "Reason"),
        "override_tier": translate("AuditField", "Tier set by hand"),
        "override_reason": translate("AuditField", "Why it was set by hand"),
        "basis": translate("AuditField", "Tier based on"),
        "measure": translate("AuditField", "Measured"),
        "merged_id": translate("AuditField", "Merged customer"),
        "merged_code": translate("AuditField", "Merged customer"),
        "moved": translate("AuditField", "Moved over"),
        "purchases": translate("AuditField", "Purchases"),
        "interactions": translate("AuditField", "Contacts"),
        "complaints": translate("AuditField", "Complaints"),
        "claims": translate("AuditField", "Claims"),
        "slips": translate("AuditField", "Slips"),
        "reminders": translate("AuditField", "Reminders"),
        "points_entries": translate("AuditField", "Points entries"),
        "merged_customers": translate("AuditField", "Records merged earlier"),
        # complaints and claims
        "number": translate("AuditField", "Number"),
        "category": translate("AuditField", "Category"),
        "severity": translate("AuditField", "Severity"),
        "priority": translate("AuditField", "Priority"),
        "status": translate("AuditField", "Status"),
        "assignee_id": translate("AuditField", "Assigned to"),
        "note": translate("AuditField", "Note"),
        "automatic": translate("AuditField", "Automatic"),
        "kind": translate("AuditField", "Type"),
        "purchase_id": translate("AuditField", "Purchase"),
        "in_warranty": translate("AuditField", "In warranty"),
        "approved_by_id": translate("AuditField", "Approved by"),
        "quoted_cost_vnd": translate("AuditField", "Quoted cost"),
        "quote_accepted": translate("AuditField", "Quote accepted"),
        "rejection_code": translate("AuditField", "Rejected because"),
        "replacement_serial": translate("AuditField", "Replacement serial"),
        "replacement_purchase_id": translate("AuditField", "Replacement purchase"),
        "refund_vnd": translate("AuditField", "Refund"),
        "complaint_id": translate("AuditField", "Complaint"),
        "claim_id": translate("AuditField", "Claim"),
        # contacts
        "phone_e164": translate("AuditField", "Phone"),
        "channel": translate("AuditField", "Channel"),
        "direction": translate("AuditField", "Direction"),
        "started_at": translate("AuditField", "Started"),
        "duration_seconds": translate("AuditField", "Duration"),
        "topic": translate("AuditField", "Topic"),
        "outcome": translate("AuditField", "Outcome"),
        "callback_reminder_id": translate("AuditField", "Callback reminder"),
        "correction_id": translate("AuditField", "Correction"),
        "linked": translate("AuditField", "Contacts linked"),
        # products and purchases
        "sku": translate("AuditField", "SKU"),
        "brand": translate("AuditField", "Brand"),
        "warranty_months": translate("AuditField", "Warranty (months)"),
        "return_days": translate("AuditField", "Return within (days)"),
        "list_price_vnd": translate("AuditField", "List price"),
        "product_id": translate("AuditField", "Product"),
        "serial_no": translate("AuditField", "Serial number"),
        "invoice_no": translate("AuditField", "Invoice number"),
        "purchase_date": translate("AuditField", "Purchase date"),
        "delivery_date": translate("AuditField", "Delivery date"),
        "price_vnd": translate("AuditField", "Price"),
        "extended_warranty_months": translate("AuditField", "Extended warranty (months)"),
        "warranty_end": translate("AuditField", "Warranty ends"),
        "replaces_purchase_id": translate("AuditField", "Replaces purchase"),
        # reminders
        "snoozed_until": translate("AuditField", "Snoozed until"),
        "done_at": translate("AuditField", "Done at"),
        "done_by_id": translate("AuditField", "Done by"),
        "taken_at": translate("AuditField", "Taken at"),
        # topics, templates and slips
        "label": translate("AuditField", "Name"),
        "questions": translate("AuditField", "Questions"),
        "title": translate("AuditField", "Title"),
        "text": translate("AuditField", "Text"),
        "target": translate("AuditField", "Sent to"),
        "is_copy": translate("AuditField", "Copy", "slip copy"),
    }


def kind_labels() -> dict[str, dict[str, str]]:
    """Fields that mean something else on one kind of record."""
    return {
        "customer": {"tier": translate("AuditField", "Loyalty tier")},
        "claim": {"kind": translate("AuditField", "Claim type")},
        "slip": {"kind": translate("AuditField", "Slip type")},
    }


def readable_key(name: str) -> str:
    """A field no table knows, as words: "warranty_reason" -> "Warranty reason"."""
    words = name.removesuffix("_id").replace("_", " ").replace(".", " ").strip()
    return words[:1].upper() + words[1:] if words else name


class FieldLabels:
    """Field names per kind of record, looked up once (not once per painted cell)."""

    def __init__(self) -> None:
        self._common = common_labels()
        self._kinds = kind_labels()

    def label(self, entity: str, name: str) -> str:
        own = self._kinds.get(entity, {})
        return own.get(name) or self._common.get(name) or readable_key(name)
