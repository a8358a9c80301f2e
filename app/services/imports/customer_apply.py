"""Writing a planned customer file, a thousand rows per transaction.

New customers go in with one multi-row INSERT per table (customers, phones, tags, points
ledger, name index, audit trail): at 100,000 rows a statement per row would be most of
the time. Updates go through the ORM as an edit on the form does: each one merges with
what the customer has (a filled cell replaces, phones and tags are added, never removed).
Each transaction journals what it wrote (journal.py), in that same transaction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.models import (
    AuditEntry,
    Customer,
    CustomerNameToken,
    CustomerPhone,
    CustomerTag,
    PointsEntry,
    Tier,
    utcnow,
)
from app.services import audit
from app.services.actor import Actor
from app.services.customers.customer_input import CleanPhone, check_tags
from app.services.customers.customer_views import AUDITED, national_of, snapshot
from app.services.customers.customers import set_phones, set_tags
from app.services.customers.name_index import reindex_customer_names, token_rows
from app.services.imports.bulk_insert import insert_rows
from app.services.imports.customer_rows import CustomerRow
from app.services.loyalty.ledger_text import import_reason
from app.services.numbering import format_customer_code, reserve_customer_codes
from app.services.stored_text import ENGLISH
from app.text import fold

# Fields a file may set on a customer who already exists (phones and tags are added).
UPDATED = ("email", "birthday", "gender", "address", "ward", "province", "notes", "tier")
_BEFORE = (*UPDATED, "points")


def ledger_reason() -> str:
    """The English kept in the ledger; the profile words it from the "import" source."""
    return import_reason(ENGLISH)


class CustomerWriter:
    """Writes one transaction's rows and says what it wrote, for the journal."""

    def __init__(self, session: Session, actor: Actor, floor: int) -> None:
        self.session, self.actor = session, actor
        self.floor = floor  # generated codes go above every KH code the file names
        self.created: dict[str, list[int]] = {"customers": []}
        self.now = utcnow()  # the stamp of this transaction's ledger rows and audit entries
        self.changed: dict[str, dict] = {}  # customer id -> as it was before

    @property
    def before(self) -> dict:
        """What the undo needs of the customers this transaction changed."""
        if not self.changed:
            return {}
        return {"at": self.now.isoformat(), "customers": self.changed}

    # ------------------------------------------------------------------ new customers

    def create(self, rows: list[CustomerRow]) -> None:
        if not rows:
            return
        generated = sum("code" not in r.values for r in rows)
        number = reserve_customer_codes(self.session, generated, self.floor) if generated else 0
        now, records = self.now, []
        for row in rows:
            v = row.values
            code = v.get("code")
            if code is None:
                code, number = format_customer_code(number), number + 1
            records.append(
                {
                    "code": code,
                    "full_name": v["full_name"],
                    "name_key": row.key,
                    "gender": v.get("gender"),
                    "birthday": v.get("birthday"),
                    "email": v.get("email"),
                    "province": v.get("province", ""),
                    "ward": v.get("ward", ""),
                    "address": v.get("address", ""),
                    "tier": v.get("tier", Tier.MEMBER),
                    "points": v.get("points", 0),
                    "marketing_consent": False,
                    "store_id": None,
                    "notes": v.get("notes", ""),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        # A plain multi-row INSERT, then the ids by code (unique): an INSERT ... RETURNING
        # that must keep the rows' order is one statement per row on SQLite.
        table = Customer.__table__
        insert_rows(self.session, table, records)
        codes = [r["code"] for r in records]
        found = dict(
            self.session.execute(
                select(table.c.code, table.c.id).where(table.c.code.in_(codes))
            ).all()
        )
        ids = [found[code] for code in codes]
        self.created["customers"] += ids
        self._children(rows, records, ids, now)

    def _children(self, rows: list[CustomerRow], records: list[dict], ids: list[int], now) -> None:
        phones, tags, ledger, tokens, entries = [], [], [], [], []
        for row, record, cid in zip(rows, records, ids, strict=True):
            phones += [
                {
                    "customer_id": cid,
                    "e164": p.e164,
                    "raw": p.raw,
                    "label": p.label,
                    "digits_rev": _digits_rev(p),
                    "is_primary": i == 0,
                }
                for i, p in enumerate(row.phones)
            ]
            own_tags: list[str] = row.values.get("tags", [])  # type: ignore[assignment]
            tags += [{"customer_id": cid, "tag": tag} for tag in own_tags]
            if record["points"]:
                ledger.append(self._ledger_row(cid, record["points"], now))
            tokens += token_rows(cid, record["full_name"])
            own = [(p.e164, p.label, i == 0) for i, p in enumerate(row.phones)]
            after = _created_snapshot(record, own, own_tags)
            entries.append(self._entry(cid, "create", None, after, now))
        self._insert(CustomerPhone, phones)
        self._insert(CustomerTag, tags)
        self._insert(CustomerNameToken, tokens)
        # Their ledger rows and audit entries go with them when an undo deletes them.
        self._insert(PointsEntry, ledger)
        self._insert(AuditEntry, entries)

    def _insert(self, model: type, values: list[dict]) -> None:
        insert_rows(self.session, model.__table__, values)

    def _ledger_row(self, customer_id: int, delta: int, now) -> dict:
        # The balance a file sets is explained in the ledger, so the sum stays the balance.
        return {
            "customer_id": customer_id,
            "delta": delta,
            "reason": ledger_reason(),
            "source_type": "import",
            "source_id": None,
            "created_at": now,
            "created_by_id": self.actor.user_id,
        }

    def _entry(self, cid: int, action: str, before: dict | None, after: dict, now) -> dict:
        # As audit.record writes one, in a multi-row INSERT (the ORM would add one each).
        return {
            "at": now,
            "user_id": self.actor.user_id,
            "actor": self.actor.audit_name,
            "entity": "customer",
            "entity_id": str(cid),
            "action": action,
            "before": before,
            "after": after,
        }

    # ------------------------------------------------------------------ existing customers

    def update(self, rows: list[tuple[CustomerRow, int]]) -> None:
        if not rows:
            return
        customers = {
            c.id: c
            for c in self.session.scalars(
                select(Customer)
                .where(Customer.id.in_([cid for _, cid in rows]))
                .options(selectinload(Customer.phones), selectinload(Customer.tags))
            )
        }
        now, renamed, ledger, entries = self.now, [], [], []
        for row, cid in rows:
            customer = customers[cid]
            self.changed[str(cid)] = _image(customer)
            before = snapshot(customer) | {"points": customer.points}
            if self._apply(customer, row, ledger, now):
                renamed.append(cid)
            after = snapshot(customer) | {"points": customer.points}
            if after != before:
                customer.updated_at = now  # phones and tags count as a change of version too
                changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
                entries.append(
                    self._entry(
                        cid,
                        "update",
                        {k: before.get(k) for k in changed},
                        {k: after.get(k) for k in changed},
                        now,
                    )
                )
        self.session.flush()
        reindex_customer_names(self.session, renamed)
        self._insert(PointsEntry, ledger)
        self._insert(AuditEntry, entries)

    def _apply(self, customer: Customer, row: CustomerRow, ledger: list[dict], now) -> bool:
        """A filled cell replaces the value, phones and tags are added. True if renamed."""
        v = row.values
        renamed = "full_name" in v and _better_name(str(v["full_name"]), customer.full_name)
        if renamed:
            customer.full_name = v["full_name"]  # type: ignore[assignment]
            customer.name_key = fold(customer.full_name)
        for name in UPDATED:
            if name in v:
                setattr(customer, name, v[name])
        have = {p.e164 for p in customer.phones}
        extra = [p for p in row.phones if p.e164 not in have]
        if extra:
            first = not customer.phones  # a customer without a number gets a primary one
            extra = [replace(p, is_primary=first and i == 0) for i, p in enumerate(extra)]
            kept = [
                CleanPhone(p.e164, p.raw, national_of(p.e164), p.label, p.is_primary, None)
                for p in customer.phones
            ]
            set_phones(customer, [*kept, *extra])
        if "tags" in v:
            set_tags(customer, check_tags([*(g.tag for g in customer.tags), *v["tags"]]))  # type: ignore[list-item]
        points = v.get("points")
        if points is not None and points != customer.points:
            ledger.append(self._ledger_row(customer.id, points - customer.points, now))  # type: ignore[operator]
            customer.points = points  # type: ignore[assignment]
        return renamed


def _digits_rev(phone: CleanPhone) -> str:
    # A Vietnamese national number is digits already; reversing is all the index needs.
    return phone.national[::-1] if phone.national.isdigit() else phone.digits_rev


def _created_snapshot(record: dict, phones: list, tags: list[str]) -> dict[str, object]:
    """What snapshot_of() gives for a customer made from `record`, without the object.

    Built field by field: at 100,000 customers the generic snapshot is a second apiece.
    """
    data = {name: _plain(record.get(name)) for name in AUDITED}
    ordered = sorted(phones, key=lambda p: (not p[2], p[0]))
    data["phones"] = [
        {"e164": e, "label": label, "primary": primary} for e, label, primary in ordered
    ]
    data["tags"] = sorted(tags, key=str.casefold)
    data["points"] = record["points"]
    return data


def _plain(value: object) -> object:
    """As audit.snapshot() stores a value: an enum by its value, a date as ISO text."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def _better_name(new: str, old: str) -> bool:
    """Whether a file's spelling of the name should replace the stored one.

    A filled cell replaces the value, but "NGUYEN THI DAO" or "NGUYỄN THỊ ĐÀO" from an old
    export is the same name as "Nguyễn Thị Đào" written with less (no accents, no case):
    it does not replace a spelling that says more. A corrected tone ("Bính") does.
    """
    if new == old:
        return False
    if fold(new) != fold(old):
        return True
    lost_accents = new.isascii() and not old.isascii()
    lost_case = new.isupper() and not old.isupper()
    return not (lost_accents or lost_case)


def _image(customer: Customer) -> dict:
    """The customer as the undo of this import must put it back."""
    fields = {name: audit.snapshot(customer, (name,))[name] for name in _BEFORE}
    return {
        "full_name": customer.full_name,
        "name_key": customer.name_key,
        "fields": fields,
        "phones": [
            {"e164": p.e164, "raw": p.raw, "label": p.label, "primary": p.is_primary}
            for p in customer.phones
        ],
        "tags": [g.tag for g in customer.tags],
    }
