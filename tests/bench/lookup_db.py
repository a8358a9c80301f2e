"""The lookup benchmark's database: a demo load built once and kept for later runs.

SQLite: a file in tests/bench/.cache (git ignores *.db) named after the customers, seed
and day, built under a temporary name and renamed when complete, so an interrupted build
is never reused; later schema revisions are applied to it when it is reused. PostgreSQL
(--db): the database named, filled if empty, reused if it already holds that many
customers.

The demo gives each customer a handful of contacts; the profile figure needs customers
with a long history, so PROFILE_CUSTOMERS of them get extra calls up to
PROFILE_TIMELINE timeline items.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, text

from app.db import Database, migrate, open_database
from app.models import Claim, Complaint, Customer, Interaction, Reminder
from app.services.demo import generate

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
PROFILE_CUSTOMERS = 200
PROFILE_TIMELINE = 50


def open_lookup_database(args: argparse.Namespace) -> Database:
    if args.db:
        db = open_database(args.db)
        migrate(db)
        with db.session_scope() as s:
            have = s.scalar(select(func.count()).select_from(Customer)) or 0
        if have == 0:
            _build(db, args)
        elif have != args.customers:
            raise SystemExit(
                f"{db.describe()} holds {have:,} customers, not {args.customers:,}: "
                "give an empty database or the matching --customers"
            )
        else:
            print(f"reusing {db.describe()} ({have:,} customers)")
        return db
    name = f"lookup-{args.customers}-{args.seed}-{args.today.isoformat()}"
    return cached_sqlite(name, lambda db: _build(db, args))


def cached_sqlite(name: str, build: Callable[[Database], None]) -> Database:
    """The SQLite file CACHE_DIR/<name>.db, made by `build` on an empty migrated database
    the first time, reused (and upgraded to head) later."""
    CACHE_DIR.mkdir(exist_ok=True)
    path = CACHE_DIR / f"{name}.db"
    if path.exists():
        print(f"reusing {path}")
        db = open_database(f"sqlite:///{path}")
        # Newer revisions since it was built are applied as they would be for a user;
        # the copy made before upgrading is a second database's worth of disk: dropped.
        result = migrate(db)
        if result.backup is not None:
            result.backup.unlink()
        return db
    building = CACHE_DIR / f"{name}.building.db"
    for stale in CACHE_DIR.glob(f"{name}.building.db*"):
        stale.unlink()
    db = open_database(f"sqlite:///{building}")
    migrate(db)
    build(db)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    building.rename(path)
    return open_database(f"sqlite:///{path}")


def _build(db: Database, args: argparse.Namespace) -> None:
    print(f"building {db.describe()}: {args.customers:,} demo customers (once)")
    start = time.perf_counter()
    last = [-10]

    def progress(label: str, percent: int) -> None:
        if percent - last[0] >= 10:
            last[0] = percent
            print(f"  {time.perf_counter() - start:6.1f} s  {percent:3d}%  {label}", flush=True)

    generate(db, args.customers, args.seed, args.today, progress)
    print(f"  demo load: {time.perf_counter() - start:.1f} s")
    _lengthen_histories(db, args.seed)
    if not db.is_sqlite:
        # What autovacuum does shortly after a bulk load; the app itself never runs it.
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    print(f"  ready after {time.perf_counter() - start:.1f} s")


def _lengthen_histories(db: Database, seed: int) -> None:
    """Give PROFILE_CUSTOMERS customers PROFILE_TIMELINE timeline items (extra calls)."""
    rng = random.Random(seed)
    with db.session_scope() as s:
        top = s.scalar(select(func.max(Customer.id))) or 0
        chosen = sorted(rng.sample(range(1, top + 1), min(PROFILE_CUSTOMERS, top)))
        now = datetime(2026, 1, 1, 9, tzinfo=UTC)
        rows = []
        for cid in chosen:
            have = sum(
                s.scalar(select(func.count()).where(model.customer_id == cid)) or 0
                for model in (Interaction, Complaint, Claim, Reminder)
            )
            for n in range(max(0, PROFILE_TIMELINE - have)):
                started = now - timedelta(days=7 * n, minutes=rng.randint(0, 600))
                rows.append(
                    {
                        "customer_id": cid,
                        "channel": "phone",
                        "direction": "in",
                        "started_at": started,
                        "ended_at": started + timedelta(minutes=4),
                        "duration_seconds": 240,
                        "topic": "warranty",
                        "outcome": "information_given",
                        "notes": "Hỏi tình trạng bảo hành",
                        "created_at": started,
                    }
                )
        if rows:
            s.execute(insert(Interaction.__table__), rows)


def profile_customer_ids(db: Database) -> list[int]:
    """Customers whose timeline (calls, complaints, claims, reminders) has 50+ items."""
    with db.session_scope() as s:
        return list(
            s.scalars(
                select(Interaction.customer_id)
                .where(Interaction.customer_id.is_not(None))
                .group_by(Interaction.customer_id)
                .having(func.count() >= PROFILE_TIMELINE - 5)
                .order_by(Interaction.customer_id)
            )
        )
