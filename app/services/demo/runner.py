"""generate(): a demo load in one transaction, customers in batches, progress reported.

Rows are plain dicts inserted with Core executemany in chunks; the Builder assigns ids
itself so that children point at parents without round-trips. Complaints and claims wait
to the end, when their per-year numbers can be handed out in date order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from app.db import Database
from app.errors import ValidationError
from app.i18n import t, tn
from app.models import Base, Customer, Store, User
from app.services import audit
from app.services.access import passwords
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.demo import chain
from app.services.demo.builder import Builder
from app.services.demo.case_numbers import number_cases
from app.services.demo.sla_rules import read_sla_rules
from app.services.demo.summary import DemoSummary

Progress = Callable[[str, int], None]

BATCH_CUSTOMERS = 5_000
CHUNK_ROWS = 10_000
# Parents before children: SQLite checks foreign keys row by row.
BATCH_TABLES = (
    "customers",
    "customer_name_tokens",
    "customer_phones",
    "customer_tags",
    "important_dates",
    "purchases",
    "points_entries",
    "interactions",
    "reminders",
)
LATE_TABLES = ("complaints", "complaint_events", "claims", "claim_events", "interactions")
# The name index is keyed by (token, customer): it has no id of its own to hand out.
ID_TABLES = (
    "stores",
    "users",
    "products",
    *(name for name in BATCH_TABLES if name != "customer_name_tokens"),
    *LATE_TABLES[:-1],
)


def generate(
    db: Database,
    customers: int = 1000,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
    actor: Actor | None = None,
    staff_password: str | None = None,
) -> DemoSummary:
    """Fill an empty database with `customers` demo customers and everything around them.

    The same seed and `today` give the same data. It all goes in one transaction: a
    failure leaves the database as it was. With `staff_password`, every demo user can
    sign in with it.
    """
    actor = actor or Actor.os_user()
    require(actor, "data.load")
    if staff_password is not None:
        passwords.check_new_password(staff_password)
    if customers < 1:
        raise ValidationError(t("Give a number of demo customers of at least 1."))
    report = progress or (lambda _label, _percent: None)
    tables = Base.metadata.tables
    with db.session_scope() as session:
        existing = session.scalar(select(func.count()).select_from(Customer))
        if existing:
            raise ValidationError(
                tn(
                    "This database already has {n} customer: demo data goes only into an "
                    "empty database. Use --db with a new file.",
                    "This database already has {n} customers: demo data goes only into an "
                    "empty database. Use --db with a new file.",
                    existing,
                )
            )
        _refuse_clashes(session)
        # Offsets keep explicit ids clear of rows made before (an admin user, a store).
        bases = {n: session.scalar(select(func.max(tables[n].c.id))) or 0 for n in ID_TABLES}
        today = today or date.today()
        builder = Builder(seed, today, customers, bases, read_sla_rules(session, today))
        report(t("Creating stores, staff and products"), 0)
        builder.reference_rows()
        _flush(session, builder.rows, ("stores", "users", "products"))
        done = 0
        while done < customers:
            size = min(BATCH_CUSTOMERS, customers - done)
            builder.customers(done, size)
            _flush(session, builder.rows, BATCH_TABLES)
            done += size
            report(t("Creating customers, purchases and contacts"), 2 + 88 * done // customers)
        report(t("Numbering complaints and claims"), 90)
        counters = number_cases(session, builder.late)
        _flush(session, builder.late, LATE_TABLES)
        if session.get_bind().dialect.name == "postgresql":
            _reset_sequences(session, [tables[name] for name in ID_TABLES])
        counts = {name: builder.ids[name] - bases[name] for name in ID_TABLES}
        if staff_password is not None:
            # One hash for all: demo accounts share the password by design.
            session.execute(
                update(tables["users"])
                .where(tables["users"].c.id > bases["users"])
                .values(password_hash=passwords.hash_password(staff_password))
            )
        audit.record(
            session,
            actor,
            "database",
            "demo",
            "load_demo",
            None,
            {"customers": customers, "seed": seed},
        )
        report(t("Saving"), 96)
    report(t("Demo data ready"), 100)
    return DemoSummary(**counts, document_counters=counters)


def _refuse_clashes(session: Session) -> None:
    """Demo staff and stores have fixed names: refuse before inserting, not halfway."""
    usernames = [row[0] for row in chain.USERS]
    codes = [row[0] for row in chain.STORES]
    taken = [
        *session.scalars(select(User.username).where(User.username.in_(usernames))),
        *session.scalars(select(Store.code).where(Store.code.in_(codes))),
    ]
    if taken:
        raise ValidationError(
            t(
                "The demo would create {names}, which this database already has: demo data "
                "goes only into a new database. Use --db with a new file.",
                names=", ".join(sorted(taken)),
            )
        )


def _flush(session: Session, rows: dict[str, list[dict]], names: Sequence[str]) -> None:
    for name in names:
        batch = rows.pop(name, [])
        table = Base.metadata.tables[name]
        for start in range(0, len(batch), CHUNK_ROWS):
            session.execute(insert(table), batch[start : start + CHUNK_ROWS])


def _reset_sequences(session: Session, tables: Sequence[Table]) -> None:
    # Rows went in with explicit ids, which PostgreSQL's sequences never saw.
    for table in tables:
        top = select(func.max(table.c.id)).scalar_subquery()
        session.execute(select(func.setval(func.pg_get_serial_sequence(table.name, "id"), top)))
