"""Loading checked import rows, one batch at a time.

New customers go in with a few multi-row INSERTs per batch (customers, phones, tags,
ledger, name index, audit): a 10,000-row file loads in seconds. Updates go through the
ORM like an edit on the form, since each one has to merge with what the customer has.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import SimpleNamespace

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from app.i18n import t
from app.models import (
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
from app.services.customer_csv import CsvTable
from app.services.customer_input import CleanPhone, check_tags
from app.services.customer_views import national_of, snapshot, snapshot_of
from app.services.customers import phone_owners, set_phones, set_tags
from app.services.name_index import reindex_customer_names, token_rows
from app.services.numbering import format_customer_code, reserve_customer_codes
from app.text import fold


@dataclass(frozen=True)
class RowError:
    row: int  # as a spreadsheet numbers it: the header is row 1
    column: str  # the column's name as in the file; "" for the whole row
    message: str


@dataclass
class CheckedRow:
    number: int
    values: dict[str, object] = field(default_factory=dict)  # field -> clean value
    phones: list[CleanPhone] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


class BatchLoader:
    """Creates and updates the customers of a file, batch after batch, in one transaction."""

    def __init__(self, session: Session, actor: Actor, table: CsvTable, floor: int) -> None:
        self.session, self.actor, self.table = session, actor, table
        self.floor = floor  # generated codes go above every KH code the file names
        self.created, self.updated = 0, 0
        self.errors: list[RowError] = []
        self.new_codes: dict[str, int] = {}  # code given to a new customer -> its row
        self.claimed: dict[str, tuple[int, str]] = {}  # e164 -> (first row, whose: _who)

    def _error(self, row: CheckedRow, column: str, message: str) -> None:
        header = self.table.columns[column][1] if column in self.table.columns else ""
        row.errors.append(RowError(row.number, header, message))

    def _check(self, row: CheckedRow, customer: Customer | None, owners: dict) -> bool:
        code = row.values.get("code")
        if code in self.new_codes:
            self._error(row, "code", t("{code} is also on row {row} of this file.", code=code,
                                       row=self.new_codes[code]))  # fmt: skip
        elif customer is not None and customer.merged_into_id is not None:
            message = t("{code} was merged into another customer: use that customer's code.",
                        code=customer.code)  # fmt: skip
            self._error(row, "code", message)
        named = "full_name" in row.values or any(  # or already said what is wrong with it
            e.column in ("", self.table.columns["full_name"][1]) for e in row.errors
        )
        if customer is None and not named:
            self._error(row, "full_name", t("Type the customer's full name."))
        mine, who = (customer.id if customer is not None else None), _who(row, customer)
        for p in row.phones:
            owner, earlier = owners.get(p.e164), self.claimed.get(p.e164)
            if earlier is not None and earlier[1] != who:
                message = t("{phone} is also on row {row} of this file.", phone=p.raw,
                            row=earlier[0])  # fmt: skip
                self._error(row, "phone", message)
            elif owner is not None and owner[0] != mine:
                message = t("{phone} already belongs to {name} ({code}): put {code} in the code "
                            "column to update that customer.", phone=p.raw, name=owner[2],
                            code=owner[1])  # fmt: skip
                self._error(row, "phone", message)
        return not row.errors

    def load(self, batch: list[CheckedRow]) -> None:
        codes = [r.values["code"] for r in batch if "code" in r.values]
        existing = {c.code: c for c in self.session.scalars(
            select(Customer).where(Customer.code.in_(codes))
            .options(selectinload(Customer.phones), selectinload(Customer.tags)))}  # fmt: skip
        owners = phone_owners(self.session, (p.e164 for r in batch for p in r.phones))
        creates, renamed = [], []
        for row in batch:
            customer = existing.get(row.values.get("code"))  # type: ignore[arg-type]
            if not self._check(row, customer, owners):
                self.errors.extend(row.errors)
                continue
            for p in row.phones:
                self.claimed.setdefault(p.e164, (row.number, _who(row, customer)))
            if customer is None:
                if "code" in row.values:
                    self.new_codes[row.values["code"]] = row.number  # type: ignore[index]
                creates.append(row)
            elif self._update(customer, row):
                renamed.append(customer.id)
        self._create(creates)
        self.session.flush()
        reindex_customer_names(self.session, renamed)

    def _update(self, customer: Customer, row: CheckedRow) -> bool:
        """A filled cell replaces the value, phones and tags are added. True if renamed."""
        v = row.values
        before = snapshot(customer) | {"points": customer.points}
        renamed = customer.full_name != v.get("full_name", customer.full_name)
        if "full_name" in v:
            customer.full_name = v["full_name"]  # type: ignore[assignment]
            customer.name_key = fold(customer.full_name)
        for name in ("email", "birthday", "address", "province", "notes", "tier"):
            if name in v:
                setattr(customer, name, v[name])
        have = {p.e164 for p in customer.phones}
        extra = [p for p in row.phones if p.e164 not in have]
        if extra:
            first = not customer.phones  # a customer without a number gets a primary one
            extra = [replace(p, is_primary=first and i == 0) for i, p in enumerate(extra)]
            kept = [CleanPhone(p.e164, p.raw, national_of(p.e164), p.label, p.is_primary, None)
                    for p in customer.phones]  # fmt: skip
            set_phones(customer, [*kept, *extra])
        if "tags" in v:
            set_tags(customer, check_tags([*(g.tag for g in customer.tags), *v["tags"]]))
        if "points" in v and v["points"] != customer.points:
            self._ledger(customer.id, v["points"] - customer.points)  # type: ignore[operator]
            customer.points = v["points"]  # type: ignore[assignment]
        after = snapshot(customer) | {"points": customer.points}
        self.updated += 1
        if after != before:
            customer.updated_at = utcnow()  # phones and tags count as a change of version too
            audit.record(self.session, self.actor, "customer", customer.id, "update", before,
                         after)  # fmt: skip
        return renamed

    def _ledger(self, customer_id: int, delta: int) -> None:
        # The balance a file sets is explained in the ledger, so the sum stays the balance.
        self.session.add(PointsEntry(customer_id=customer_id, delta=delta,
                                     reason=t("Balance set by an import"),
                                     created_by_id=self.actor.user_id))  # fmt: skip

    def _create(self, rows: list[CheckedRow]) -> None:
        if not rows:
            return
        generated = sum("code" not in r.values for r in rows)
        number = reserve_customer_codes(self.session, generated, self.floor) if generated else 0
        now, records = utcnow(), []
        for row in rows:
            v = row.values
            code = v.get("code")
            if code is None:
                code, number = format_customer_code(number), number + 1
            records.append({
                "code": code, "full_name": v["full_name"], "name_key": fold(v["full_name"]),
                "gender": None, "birthday": v.get("birthday"), "email": v.get("email"),
                "province": v.get("province", ""), "district": "", "address": v.get("address", ""),
                "tier": v.get("tier", Tier.MEMBER), "points": v.get("points", 0),
                "marketing_consent": False, "store_id": None, "notes": v.get("notes", ""),
                "created_at": now, "updated_at": now, "version": 1,
            })  # fmt: skip
        ids = self.session.scalars(
            insert(Customer).returning(Customer.id, sort_by_parameter_order=True), records
        ).all()
        self._children(rows, records, ids)
        self.created += len(ids)

    def _children(self, rows: list[CheckedRow], records: list[dict], ids: list[int]) -> None:
        phones, tags, ledger, tokens = [], [], [], []
        for row, record, cid in zip(rows, records, ids, strict=True):
            # The first number of the cell is the primary one.
            own = [(p.e164, p.label, i == 0) for i, p in enumerate(row.phones)]
            phones += [{"customer_id": cid, "e164": p.e164, "raw": p.raw, "label": p.label,
                        "digits_rev": p.digits_rev, "is_primary": i == 0}
                       for i, p in enumerate(row.phones)]  # fmt: skip
            own_tags = row.values.get("tags", [])
            tags += [{"customer_id": cid, "tag": tag} for tag in own_tags]  # type: ignore[union-attr]
            if record["points"]:
                ledger.append({"customer_id": cid, "delta": record["points"],
                               "reason": t("Balance set by an import"),
                               "created_by_id": self.actor.user_id})  # fmt: skip
            tokens += token_rows(cid, record["full_name"])
            fields = SimpleNamespace(**record, archived_at=None)
            after = snapshot_of(fields, own, own_tags) | {"points": record["points"]}  # type: ignore[arg-type]
            audit.record(self.session, self.actor, "customer", cid, "create", None, after)
        for model, values in ((CustomerPhone, phones), (CustomerTag, tags),
                              (PointsEntry, ledger), (CustomerNameToken, tokens)):  # fmt: skip
            if values:
                self.session.execute(insert(model), values)


def _who(row: CheckedRow, customer: Customer | None) -> str:
    """Who a row is about: a code (existing or given), else the row itself (a new customer)."""
    if customer is not None:
        return customer.code
    return str(row.values.get("code") or f"row {row.number}")
