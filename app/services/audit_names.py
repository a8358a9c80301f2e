"""The audit trail in words: a page of entries with every record it names looked up.

The page itself comes from app.services.audit (search_audit checks who may read it);
this names what is on it.

A page names records in two places: the entry's own (entity, entity_id) and fields whose
values are ids (assignee_id 9, customer_id 123...). All of them are collected first and
asked for in one query per table, so a page costs the same handful of queries whether it
names one customer or a hundred. A record that no longer exists comes back not `found`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User
from app.services import audit_lookup
from app.services.audit import AuditRow
from app.services.audit_views import NamedEntry, RecordName, reference_id, reference_kind

__all__ = ["NamedEntry", "RecordName", "full_names", "name_entries"]

Key = tuple[str, str]
# Kinds kept in a list inside a setting row rather than in a table of their own.
LISTED = ("call_topic", "reply_template")


def name_entries(session: Session, rows: Sequence[AuditRow]) -> list[NamedEntry]:
    """`rows` with the names of their records, their fields' records and their users."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        wanted[row.entity].add(row.entity_id)
        if row.user_id is not None:
            wanted["user"].add(str(row.user_id))
        for kind, ident in _pointed_to(row):
            wanted[kind].add(ident)
    found = _look_up(session, wanted)
    return [_named(row, found) for row in rows]


def full_names(session: Session, usernames: Iterable[str]) -> dict[str, str]:
    """The full name of each user among `usernames` (the actors of the trail's entries:
    the command line and automatic passes are no users and have none)."""
    wanted = sorted(set(usernames))
    rows = session.execute(select(User.username, User.full_name).where(User.username.in_(wanted)))
    return {username: full_name for username, full_name in rows}


def _pointed_to(row: AuditRow) -> list[Key]:
    """The (kind, id) of every record a field of `row` points to."""
    keys = []
    for side in (row.before or {}, row.after or {}):
        for name, value in side.items():
            kind, ident = reference_kind(name), reference_id(value)
            if kind is not None and ident is not None:
                keys.append((kind, ident))
    return keys


def _look_up(session: Session, wanted: dict[str, set[str]]) -> dict[Key, RecordName]:
    found: dict[Key, RecordName] = {}
    # BY_ID asks for contacts and reminders before customers: the customers they bring
    # join the one customer query rather than making a second.
    for kind, look_up in audit_lookup.BY_ID.items():
        if not wanted.get(kind):
            continue
        for ident, name in look_up(session, wanted[kind]).items():
            found[(kind, ident)] = name
            if name.customer is not None:
                wanted["customer"].add(name.customer.id)
    if any(wanted.get(kind) for kind in LISTED):
        listed = audit_lookup.listed(
            session, wanted.get("call_topic", set()), wanted.get("reply_template", set())
        )
        found.update({(name.kind, name.id): name for name in listed.values()})
    for key, name in found.items():
        if name.customer is not None:
            customer = found.get(("customer", name.customer.id), name.customer)
            found[key] = replace(name, customer=customer)
    return found


def _named(row: AuditRow, found: dict[Key, RecordName]) -> NamedEntry:
    subject = found.get((row.entity, row.entity_id))
    if subject is None:
        looked_up = row.entity in audit_lookup.BY_ID or row.entity in LISTED
        # A kind with no table (the database a demo was loaded into) cannot be gone.
        subject = (
            RecordName(row.entity, row.entity_id)
            if looked_up
            else RecordName(row.entity, row.entity_id, True, row.entity_id)
        )
    user = found.get(("user", str(row.user_id))) if row.user_id is not None else None
    references = {key: found.get(key) or RecordName(*key) for key in _pointed_to(row)}
    return NamedEntry(row, subject, user.name if user else "", references)
