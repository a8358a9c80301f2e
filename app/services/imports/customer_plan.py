"""What each row of a customer file will do: create, update, skip, or nothing (an error).

An existing customer is found by code, then by a phone together with the name: a number
alone does not say who it is, since a household shares one (a parent registered under a
child's mobile). A row whose number belongs to someone else with another name creates a
customer of its own, and the shared number is a note in the report. Two rows saying the
same thing twice are one customer; the second is skipped with a note.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import t
from app.models import Customer, CustomerPhone
from app.services.customers.customer_input import display_phone
from app.services.imports.customer_rows import Columns, CustomerRow
from app.services.imports.report import RowIssue
from app.text import fold

CREATE, UPDATE, SKIP, ERROR = "create", "update", "skip", "error"
_LOOKUP = 900  # values per IN (...): under SQLite's old 999-parameter limit


@dataclass(frozen=True)
class _Known:
    id: int
    code: str
    name: str
    archived: bool
    merged: bool

    @property
    def key(self) -> str:
        return fold(self.name)


@dataclass
class Decision:
    action: str  # CREATE, UPDATE, SKIP or ERROR
    target: int | None = None  # the existing customer an UPDATE changes


def plan_customers(
    session: Session, rows: list[CustomerRow], columns: Columns, *, update_existing: bool
) -> list[Decision]:
    """One decision per row; errors and notes found on the way are added to the rows."""
    planner = _Planner(session, columns, update_existing)
    decisions: list[Decision] = []
    for start in range(0, len(rows), _LOOKUP):
        decisions += planner.batch(rows[start : start + _LOOKUP])
    return decisions


class _Planner:
    def __init__(self, session: Session, columns: Columns, update_existing: bool) -> None:
        self.session, self.columns, self.update_existing = session, columns, update_existing
        self.codes: dict[str, int] = {}  # code named in the file -> its first row
        self.same: dict[tuple[str, ...], int] = {}  # the row's cells -> first row with them
        self.numbers: dict[str, list[tuple[int, str]]] = {}  # e164 -> [(row, name key)]
        self.names: dict[int, str] = {}  # row -> full name, for the household notes

    def batch(self, rows: list[CustomerRow]) -> list[Decision]:
        by_code = self._by_code(str(r.values["code"]) for r in rows if "code" in r.values)
        owners = self._owners(p.e164 for r in rows for p in r.phones)
        return [self._decide(row, by_code, owners) for row in rows]

    def _error(self, row: CustomerRow, field: str, message: str) -> Decision:
        row.errors.append(RowIssue(row.number, self.columns.name(field), message, field))
        return Decision(ERROR)

    def _note(self, row: CustomerRow, field: str, message: str) -> None:
        row.notes.append(RowIssue(row.number, self.columns.name(field), message, field))

    def _decide(self, row: CustomerRow, by_code: dict, owners: dict) -> Decision:
        if row.errors:
            return Decision(ERROR)
        first = self.same.setdefault(row.raw, row.number)
        if first != row.number:
            self._note(row, "", t("Row {row} says the same: skipped.", row=first))
            return Decision(SKIP)
        code = row.values.get("code")
        target = by_code.get(code) if code else None
        if code and code in self.codes:
            return self._error(
                row,
                "code",
                t("{code} is also on row {row} of this file.", code=code, row=self.codes[code]),
            )
        if target is not None and target.merged:
            return self._error(
                row,
                "code",
                t(
                    "{code} was merged into another customer: use that customer's code.",
                    code=target.code,
                ),
            )
        name = row.values.get("full_name")
        key = row.key or None
        if target is None and key is not None:
            target = self._by_phone_and_name(row, owners, key)
        if target is not None and target.archived:
            return self._error(
                row,
                "code" if code else "phone",
                t(
                    "{name} ({code}) is archived: restore the customer first, then import this row "
                    "again.",
                    name=target.name,
                    code=target.code,
                ),
            )
        if target is None and key is None:
            return self._error(row, "full_name", t("Type the customer's full name."))
        clash = self._same_person_in_file(row, key or (target.key if target else ""))
        if clash is not None:
            return self._error(
                row,
                "phone",
                t(
                    "Row {row} has the same name and phone with other details: merge the two rows "
                    "into one.",
                    row=clash,
                ),
            )
        if code:
            self.codes[code] = row.number
        self._households(row, owners, target, key or (target.key if target else ""))
        self.names[row.number] = str(name or (target.name if target else ""))
        if target is None:
            return Decision(CREATE)
        if not self.update_existing:
            self._note(
                row,
                "code" if code in by_code else "phone",
                t(
                    "{name} ({code}) is already a customer: skipped, as chosen.",
                    name=target.name,
                    code=target.code,
                ),
            )
            return Decision(SKIP)
        return Decision(UPDATE, target.id)

    def _by_phone_and_name(self, row: CustomerRow, owners: dict, key: str) -> _Known | None:
        for phone in row.phones:
            same = [k for k in owners.get(phone.e164, ()) if k.key == key and not k.merged]
            if same:
                return min(same, key=lambda k: (k.archived, k.id))
        return None

    def _same_person_in_file(self, row: CustomerRow, key: str) -> int | None:
        for phone in row.phones:
            for number, other in self.numbers.get(phone.e164, ()):
                if other == key:
                    return number
        return None

    def _households(self, row: CustomerRow, owners: dict, target: _Known | None, key: str) -> None:
        for phone in row.phones:
            shown = display_phone(phone.national)
            others = [
                k
                for k in owners.get(phone.e164, ())
                if not k.archived and not k.merged and (target is None or k.id != target.id)
            ]
            for other in others:
                self._note(
                    row,
                    "phone",
                    t(
                        "{phone} is also the number of {name} ({code}): both keep it (same "
                        "household).",
                        phone=shown,
                        name=other.name,
                        code=other.code,
                    ),
                )
            for number, _ in self.numbers.get(phone.e164, ()):
                self._note(
                    row,
                    "phone",
                    t(
                        "{phone} is also the number of {name} on row {row}: both keep it (same "
                        "household).",
                        phone=shown,
                        name=self.names[number],
                        row=number,
                    ),
                )
            self.numbers.setdefault(phone.e164, []).append((row.number, key))

    def _by_code(self, codes: Iterable[str]) -> dict[str, _Known]:
        wanted = list(set(codes))
        if not wanted:
            return {}
        query = select(
            Customer.id,
            Customer.code,
            Customer.full_name,
            Customer.archived_at,
            Customer.merged_into_id,
        ).where(Customer.code.in_(wanted))
        return {row[1]: _known(*row) for row in self.session.execute(query)}

    def _owners(self, numbers: Iterable[str]) -> dict[str, list[_Known]]:
        wanted = list(set(numbers))
        found: dict[str, list[_Known]] = {}
        if not wanted:
            return found
        query = (
            select(
                CustomerPhone.e164,
                Customer.id,
                Customer.code,
                Customer.full_name,
                Customer.archived_at,
                Customer.merged_into_id,
            )
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(CustomerPhone.e164.in_(wanted))
            .order_by(Customer.id)
        )
        for e164, *rest in self.session.execute(query):
            found.setdefault(e164, []).append(_known(*rest))
        return found


def _known(cid: int, code: str, name: str, archived_at: object, merged_into: object) -> _Known:
    return _Known(cid, code, name, archived_at is not None, merged_into is not None)
