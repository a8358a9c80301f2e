"""The audit trail written to CSV or XLSX: the entries a filter lets through, newest first,
with who did it, the record it is about by its number, code or name, and its changes as
"field: before → after" (a field that points to a record names that record).

Entries come from the trail's own query (audit_batches, which checks who may read it)
500 at a time, each batch named with audit_names.name_entries as the screen's pages are.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator

from sqlalchemy.orm import Session

from app.formatting import format_count
from app.i18n import t, tn
from app.services.actor import Actor
from app.services.audit import AuditFilter, audit_batches, count_audit
from app.services.audit_labels import action_names, entity_names, who_name
from app.services.audit_names import NamedEntry, RecordName, name_entries
from app.services.exports.table_file import Column, Progress, export_target, write_table

ARROW = "→"
SEPARATOR = " · "


def _columns() -> list[Column]:
    return [
        Column(t("Time"), "datetime"),
        Column(t("Who"), width=22),
        Column(t("Username"), width=16),
        Column(t("Type"), width=14),
        Column(t("Record"), width=28),
        Column(t("Record id"), width=10),
        Column(t("Action"), width=18),
        Column(t("Changes"), width=60),
    ]


class _Words:
    """Records and values in words, with the labels looked up once."""

    def __init__(self) -> None:
        self.entities, self.actions = entity_names(), action_names()
        self.yes, self.no = t("Yes"), t("No")

    def record(self, name: RecordName) -> str:
        if not name.found:
            entity = self.entities.get(name.kind, name.kind)
            return t("{entity} #{id} (no longer exists)", entity=entity, id=name.id)
        customer = name.customer
        parts = [name.code, name.name]
        if customer is not None and customer.found:
            parts.append(f"{customer.name} ({customer.code})")
        return SEPARATOR.join(p for p in parts if p) or name.id

    def value(self, entry: NamedEntry, field: str, value: object) -> str:
        named = entry.reference(field, value)
        if named is not None and named.kind == "user" and named.found:
            return named.name or named.code  # a colleague by name
        if named is not None:
            return self.record(named)
        if isinstance(value, bool):
            return self.yes if value else self.no
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False)
        return "" if value is None else str(value)

    def changes(self, entry: NamedEntry) -> str:
        before, after = entry.entry.before or {}, entry.entry.after or {}
        parts = []
        for field in dict.fromkeys([*before, *after]):
            old = self.value(entry, field, before.get(field)) if field in before else ""
            new = self.value(entry, field, after.get(field)) if field in after else ""
            if old and new:
                parts.append(f"{field}: {old} {ARROW} {new}")
            elif old or new:
                parts.append(f"{field}: {new or old}")
        return "; ".join(parts)


def _lines(session: Session, batches: Iterator) -> Iterator[list[object]]:
    words = _Words()
    for rows in batches:
        for named in name_entries(session, rows):
            row = named.entry
            yield [
                row.at,
                who_name(row.actor, named.actor_name),
                row.actor,
                words.entities.get(row.entity, row.entity),
                words.record(named.subject),
                row.entity_id,
                words.actions.get(row.action, row.action),
                words.changes(named),
            ]


def export_audit(
    session: Session,
    actor: Actor,
    f: AuditFilter,
    path: str | os.PathLike,
    fmt: str | None = None,
    control: Progress | None = None,
) -> int:
    """Write the entries matching `f`, newest first, to `path` (format from `fmt` or the
    extension); return how many were written. Supervisors and administrators only."""
    export_target(path, fmt)  # a wrong name is refused before the trail is read
    batches = audit_batches(session, actor, f)  # refuses someone who may not read it
    return write_table(
        path,
        _columns(),
        _lines(session, batches),
        count_audit(session, actor, f),
        fmt=fmt,
        control=control,
        sheet=t("Audit trail"),
        counted=lambda done, n: tn(
            "{done} of {n} entry", "{done} of {n} entries", n, done=format_count(done)
        ),
    )
