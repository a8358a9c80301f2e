"""How a record an audit entry names reads: a customer by code and name, a complaint by
its number, a colleague by name, and a record that is gone by its kind and old id."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.formatting import format_date, format_datetime
from app.services.audit_views import RecordName
from ui.audit.audit_fields import readable_key
from ui.customer_text import phone_display
from ui.labels import channel_labels, label, topic_labels

SEPARATOR = " · "


translate = QCoreApplication.translate


class RecordText:
    """Words for RecordNames; `entities` are the labels of the kinds of record."""

    def __init__(self, entities: Mapping[str, str]) -> None:
        self._entities = entities
        self._channels = channel_labels()
        self._topics = topic_labels()
        self._gone = translate("AuditRecord", "{entity} #{id} (no longer exists)")
        self._demo = translate("AuditRecord", "Demo data")
        self._unknown_caller = translate("AuditRecord", "Unknown caller")
        self._serial = translate("AuditRecord", "{product} · serial {serial}")
        self._invoice = translate("AuditRecord", "{product} · invoice {invoice}")
        self._bought = translate("AuditRecord", "{product} · bought {day}")

    def record(self, name: RecordName) -> str:
        """The record as the entry's subject: "KH0000123 · Nguyễn Thị Lan", "KN-2026-000224"."""
        if not name.found:
            entity = self._entities.get(name.kind) or readable_key(name.kind)
            return self._gone.format(entity=entity, id=name.id)
        match name.kind:
            case "customer" | "user" | "store" | "product":
                return SEPARATOR.join(part for part in (name.code, name.name) if part)
            case "complaint" | "claim" | "slip":
                return name.code
            case "purchase":
                return self._purchase(name)
            case "interaction":
                return self._contact(name)
            case "reminder":
                return self._reminder(name)
            case "setting" | "reply_template":
                return name.name or name.code or name.id
            case "call_topic":
                return name.name or label(self._topics, name.code)
            case "database" if name.id == "demo":
                return self._demo
        return name.code or name.id

    def value(self, name: RecordName) -> str:
        """The record as a field's value: a colleague by full name, the rest as above."""
        if name.kind == "user" and name.found:
            return name.name or name.code
        return self.record(name)

    def _customer(self, name: RecordName) -> str:
        """A customer inside another record's name: "Nguyễn Thị Lan (KH0000123)"."""
        if not name.found:
            return self.record(name)
        return f"{name.name} ({name.code})"

    def _reminder(self, name: RecordName) -> str:
        customer = name.customer
        if customer is None:
            return name.name
        if customer.found and customer.name and customer.name in name.name:
            # "Call back Nguyễn Thị Lan": the title names her already; her code tells
            # her from a namesake.
            return SEPARATOR.join((name.name, customer.code))
        return SEPARATOR.join((name.name, self._customer(customer)))

    def _purchase(self, name: RecordName) -> str:
        if name.code_kind == "serial":
            return self._serial.format(product=name.name, serial=name.code)
        if name.code_kind == "invoice":
            return self._invoice.format(product=name.name, invoice=name.code)
        return self._bought.format(product=name.name, day=format_date(name.day))

    def _contact(self, name: RecordName) -> str:
        if name.customer is not None:
            who = self._customer(name.customer)
        elif name.code:
            who = phone_display(name.code)
        else:
            who = self._unknown_caller
        parts = (label(self._channels, name.channel), format_datetime(name.at), who)
        return SEPARATOR.join(part for part in parts if part)
