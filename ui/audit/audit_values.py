"""How the value of a field reads in the audit trail.

The trail keeps values as the records hold them: keys ("in_progress"), ids, ISO dates,
integer VND, lists of phones. Each is shown as the screens show it: a translated label,
the record or colleague it points to, dd/MM/yyyy (HH:mm) in the app's zone, 1.234.567 ₫.
A value of a kind nothing here knows is shown as it is rather than hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from app.formatting import format_count, format_date, format_datetime, format_duration, format_vnd
from app.services.audit_views import NamedEntry
from ui.audit.audit_fields import FieldLabels
from ui.audit.audit_records import RecordText
from ui.customer_text import phone_display, signed_points
from ui.labels import (
    channel_labels,
    claim_kind_labels,
    claim_rejection_labels,
    claim_status_labels,
    complaint_category_labels,
    complaint_status_labels,
    customer_tier_labels,
    direction_labels,
    gender_labels,
    label,
    loyalty_basis_labels,
    outcome_labels,
    phone_label_labels,
    print_target_labels,
    reminder_outcome_labels,
    reminder_status_labels,
    role_labels,
    severity_labels,
    slip_kind_labels,
    tier_labels,
)

NOTHING = "–"
# Fields holding a day without a time (stored "2026-05-20").
DATE_FIELDS = frozenset(
    {"birthday", "purchase_date", "delivery_date", "warranty_end", "expected_return_date", "date"}
)
# Fields holding a moment (stored ISO with its offset), beside those named *_at.
MOMENT_FIELDS = frozenset({"locked_until", "snoozed_until", "resolution_due"})


translate = QCoreApplication.translate


def _one_line(text: str) -> str:
    """Several lines (a note, slip terms) as one, for a table cell."""
    return " ".join(text.split())


class ValueText:
    """Values of fields in words, with label tables looked up once."""

    def __init__(self, fields: FieldLabels, records: RecordText) -> None:
        self._fields = fields
        self._records = records
        self._yes = QCoreApplication.translate("AuditText", "Yes")
        self._no = QCoreApplication.translate("AuditText", "No")
        # The same key means another list on another kind of record: status of what?
        self._by_kind: dict[tuple[str, str], dict[str, str]] = {
            ("complaint", "status"): complaint_status_labels(),
            ("claim", "status"): claim_status_labels(),
            ("reminder", "status"): reminder_status_labels(),
            ("claim", "kind"): claim_kind_labels(),
            ("slip", "kind"): slip_kind_labels(),
            ("interaction", "outcome"): outcome_labels(),
            ("reminder", "outcome"): reminder_outcome_labels(),
        }
        self._by_field: dict[str, dict[str, str]] = {
            "role": role_labels(),
            "override_tier": customer_tier_labels(),
            "gender": gender_labels(),
            "channel": channel_labels(),
            "direction": direction_labels(),
            "severity": severity_labels(),
            "priority": severity_labels(),
            "category": complaint_category_labels(),
            "rejection_code": claim_rejection_labels(),
            "basis": loyalty_basis_labels(),
            "target": print_target_labels(),
        }
        self._customer_tiers = customer_tier_labels()
        self._escalation_tiers = tier_labels()
        self._phone_kinds = phone_label_labels()
        self._main_phone = translate("AuditValue", "{phone} ({kind}, main)")
        self._phone = translate("AuditValue", "{phone} ({kind})")
        self._once = translate("AuditValue", "{label} ({day}, once)")
        self._yearly = translate("AuditValue", "{label} ({day})")
        self._special: dict[str, Callable[[object, NamedEntry], str]] = {
            "tier": self._tier,
            "phones": self._phones,
            "important_dates": self._dates,
            "moved": self._moved,
            "questions": lambda v, _e: " / ".join(map(str, v)) if isinstance(v, list) else str(v),
            "tags": lambda v, _e: ", ".join(map(str, v)) if isinstance(v, list) else str(v),
            "points": lambda v, _e: format_count(v) if isinstance(v, int) else str(v),
            "delta": lambda v, _e: signed_points(v) if isinstance(v, int) else str(v),
            "measure": self._measure,
            "duration_seconds": lambda v, _e: format_duration(v) if isinstance(v, int) else str(v),
            "phone_e164": lambda v, _e: phone_display(str(v)),
            "value": self._setting_value,
        }

    def text(self, entry: NamedEntry, name: str, value: object) -> str:
        """The value `name` has in `entry`, in words; "–" for nothing."""
        if value is None or value == "" or value == []:
            return NOTHING
        if isinstance(value, bool):
            return self._yes if value else self._no
        pointed = entry.reference(name, value)
        if pointed is not None:
            return self._records.value(pointed)
        special = self._special.get(name)
        if special is not None:
            return special(value, entry)
        table = self._by_kind.get((entry.entry.entity, name)) or self._by_field.get(name)
        if table is not None and isinstance(value, str):
            return label(table, value)
        return self._plain(name, value)

    def _plain(self, name: str, value: object) -> str:
        if isinstance(value, str):
            if name in DATE_FIELDS:
                return _day(value)
            if name.endswith("_at") or name in MOMENT_FIELDS:
                return _moment(value)
            return _one_line(value)
        if isinstance(value, int) and name.endswith("_vnd"):
            return format_vnd(value)
        if isinstance(value, dict):
            return ", ".join(
                f"{self._fields.label('', str(k))}: {self._plain(str(k), v)}"
                for k, v in value.items()
            )
        if isinstance(value, list):
            return ", ".join(self._plain(name, v) for v in value)
        if isinstance(value, bool):
            return self._yes if value else self._no
        return str(value)

    def _tier(self, value: object, _entry: NamedEntry) -> str:
        # Users and complaints have escalation tiers (1-3); customers loyalty tiers.
        if isinstance(value, int):
            return self._escalation_tiers.get(value, str(value))
        return label(self._customer_tiers, str(value))

    def _phones(self, value: object, _entry: NamedEntry) -> str:
        if not isinstance(value, list):
            return str(value)
        shown = []
        for phone in value:
            if not isinstance(phone, dict):
                shown.append(str(phone))
                continue
            text = self._main_phone if phone.get("primary") else self._phone
            kind = label(self._phone_kinds, str(phone.get("label") or "mobile"))
            shown.append(text.format(phone=phone_display(str(phone.get("e164", ""))), kind=kind))
        return ", ".join(shown)

    def _dates(self, value: object, _entry: NamedEntry) -> str:
        if not isinstance(value, list):
            return str(value)
        shown = []
        for item in value:
            if isinstance(item, dict):
                text = self._yearly if item.get("yearly", True) else self._once
                day = _day(str(item.get("date", "")))
                shown.append(text.format(label=item.get("label", ""), day=day))
        return ", ".join(shown)

    def _moved(self, value: object, _entry: NamedEntry) -> str:
        """What a merge brought over: only the kinds it moved something of."""
        if not isinstance(value, dict):
            return str(value)
        counts = [
            f"{self._fields.label('customer', str(kind))}: {format_count(count)}"
            for kind, count in value.items()
            if isinstance(count, int) and count
        ]
        return ", ".join(counts) or NOTHING

    def _measure(self, value: object, entry: NamedEntry) -> str:
        # What the tier was computed from: yearly spend (VND) or points.
        if not isinstance(value, int):
            return str(value)
        basis = (entry.entry.after or {}).get("basis")
        return format_vnd(value) if basis == "spend" else format_count(value)

    def _setting_value(self, value: object, entry: NamedEntry) -> str:
        key = entry.entry.entity_id if entry.entry.entity == "setting" else ""
        if isinstance(value, int) and key.startswith("loyalty.spend."):
            return format_vnd(value)
        if isinstance(value, str) and key == "loyalty.basis":
            return label(self._by_field["basis"], value)
        if isinstance(value, str) and key.endswith(".tiers"):
            tiers = (label(self._customer_tiers, t.strip()) for t in value.split(","))
            return ", ".join(t for t in tiers if t) or NOTHING
        return self._plain("value", value)


def _day(value: str) -> str:
    try:
        return format_date(date.fromisoformat(value[:10]))
    except ValueError:
        return value


def _moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    # Written timezone-aware; an older naive value was UTC all the same.
    return format_datetime(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
