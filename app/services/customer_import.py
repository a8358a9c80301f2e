"""`import customers`: load a CSV file of customers; good rows load, bad rows are reported.

A row whose code exists updates that customer: a filled cell replaces the value, an empty
one leaves it, and phones and tags are added to those the customer has (an import never
takes a number or a tag away). A row without a code, or with a code not in use, creates
a customer. Rows are checked with the rules of the customer form, then loaded in batches.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.services.actor import Actor
from app.services.customer_csv import (
    CsvTable,
    parse_date,
    parse_points,
    parse_tier,
    read_customer_csv,
    split_list,
)
from app.services.customer_import_batch import BatchLoader, CheckedRow, RowError
from app.services.customer_input import (
    CleanPhone,
    PhoneInput,
    check_birthday,
    check_email,
    check_full_name,
    check_notes,
    check_phone,
    check_tags,
    check_text,
)
from app.services.numbering import customer_code_value
from app.services.permissions import require
from app.timeutil import local_date, now_utc

BATCH = 500
CODE_MAX = 20


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    errors: tuple[RowError, ...]
    ignored_columns: tuple[str, ...]
    dry_run: bool

    def as_json(self) -> dict[str, object]:
        return {"created": self.created, "updated": self.updated, "skipped": self.skipped,
                "errors": [asdict(e) for e in self.errors]}  # fmt: skip


def _check_cells(table: CsvTable, number: int, cells: list[str], today: date) -> CheckedRow:
    """Every filled cell checked with the form's rules; each bad one becomes an error."""
    row = CheckedRow(number)
    if len(cells) > table.width:
        message = t("This row has {cells} cells but the header has {columns}: put a value "
                    "that contains the separator in double quotes.",
                    cells=len(cells), columns=table.width)  # fmt: skip
        row.errors.append(RowError(number, "", message))
        return row
    checks = {
        "code": _code, "full_name": check_full_name, "email": check_email,
        "birthday": lambda v: check_birthday(parse_date(v), today), "tier": parse_tier,
        "address": lambda v: check_text(v, "address", 400), "points": parse_points,
        "province": lambda v: check_text(v, "province", 100), "notes": check_notes,
        "tags": lambda v: check_tags(split_list(v)), "phone": _phones,
    }  # fmt: skip
    for name, (index, header) in table.columns.items():
        cell = cells[index].strip() if index < len(cells) else ""
        if not cell:
            continue
        try:
            row.values[name] = checks[name](cell)
        except ValidationError as exc:
            row.errors.append(RowError(number, header, exc.message))
    row.phones = row.values.pop("phone", [])  # type: ignore[assignment]
    return row


def _code(text: str) -> str:
    code = text.strip().upper()
    if len(code) > CODE_MAX or not code.replace("-", "").replace("_", "").isalnum():
        raise ValidationError(
            t("“{code}” is not a customer code: letters and digits, at most {n}, such as "
              "KH0000123.", code=text.strip(), n=CODE_MAX), "code"
        )  # fmt: skip
    return code


def _phones(text: str) -> list[CleanPhone]:
    phones = []
    for part in split_list(text):
        clean = check_phone(PhoneInput(part))
        # A landline in the phone column is the home number, not a mobile.
        phones.append(replace(clean, label="home") if clean.national.startswith("02") else clean)
    return phones


def import_customers(
    session: Session, actor: Actor, content: bytes, *, dry_run: bool = False,
    today: date | None = None,
) -> ImportResult:  # fmt: skip
    """Load customers from CSV bytes. With `dry_run` everything is checked exactly as for a
    real load, then the session is rolled back: run it in a unit of work of its own."""
    require(actor, "data.load")
    table = read_customer_csv(content)
    day = today or local_date(now_utc())
    rows = [_check_cells(table, n, cells, day) for n, cells in table.rows if any(
        c.strip() for c in cells)]  # fmt: skip
    explicit = [customer_code_value(str(r.values.get("code", ""))) or 0 for r in rows]
    loader = BatchLoader(session, actor, table, max(explicit, default=0))
    for start in range(0, len(rows), BATCH):
        loader.load(rows[start : start + BATCH])
    errors = sorted(loader.errors, key=lambda e: e.row)
    result = ImportResult(loader.created, loader.updated, len({e.row for e in errors}),
                          tuple(errors), table.ignored, dry_run)  # fmt: skip
    if dry_run:
        session.rollback()
    return result
