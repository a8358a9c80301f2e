"""The complaints benchmark: the queue's first page at 200,000 complaints, and the SLA pass.

    .venv/bin/python tests/bench/run.py complaints [--complaints 200000] [--open 50000] [--db URL]

A demo load (customers, staff, stores) topped up with generated complaints: `--open` of
them open (new, in progress, waiting, reopened) with due times around now, the rest
closed or cancelled. SLA pass figures run inside a transaction that is rolled back, so
every run starts from the same state.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app.db import Database, migrate, open_database
from app.models import Complaint, Customer, Role, Store, User
from app.services.actor import Actor
from app.services.complaints.complaint_queue import QueueFilter, queue_counts, queue_page
from app.services.complaints.sla_pass import evaluate_sla
from app.services.demo import generate
from tests.bench.lookup_db import cached_sqlite

NOW = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 in Hà Nội
BATCH = 20_000
OPEN = ("new", "in_progress", "waiting_customer", "reopened")
CATEGORIES = (
    "product_defect",
    "delivery",
    "installation",
    "billing",
    "staff_attitude",
    "warranty_service",
    "other",
)
TARGET_PAGE_MS, TARGET_PASS_S = 100, 1.0


def complaints_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--complaints", type=int, default=200_000)
    parser.add_argument("--open", type=int, default=50_000)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--samples", type=int, default=100)


def _fill(db: Database, args: argparse.Namespace) -> None:
    print(f"building {db.describe()}: {args.complaints:,} complaints, {args.open:,} open (once)")
    start = time.perf_counter()
    generate(db, args.customers, args.seed, date(2026, 11, 1))
    rng = random.Random(args.seed)
    with db.session_scope() as s:
        customers = s.scalar(select(func.max(Customer.id)))
        agents = list(s.scalars(select(User.id).where(User.role == "agent")))
        stores = list(s.scalars(select(Store.id)))
    made = 0
    while made < args.complaints:
        rows = []
        for n in range(made, min(made + BATCH, args.complaints)):
            is_open = n < args.open
            opened = NOW - timedelta(hours=rng.uniform(1, 72 if is_open else 24 * 700))
            due = opened + timedelta(hours=rng.choice((8, 24, 48, 72)))
            rows.append(
                {
                    "number": f"KN-B-{n + 1:07d}",
                    "customer_id": rng.randint(1, customers),
                    "category": rng.choice(CATEGORIES),
                    "subcategory": "",
                    "channel": "phone",
                    "description": "Khách phản ánh sản phẩm lỗi.",
                    "severity": rng.choice(("low", "normal", "normal", "high", "critical")),
                    "priority": rng.choice(("low", "normal", "normal", "high", "critical")),
                    "status": rng.choice(OPEN) if is_open else rng.choice(("closed", "cancelled")),
                    "tier": rng.choice((1, 1, 1, 2, 3)),
                    "assignee_id": rng.choice(agents) if rng.random() < 0.7 else None,
                    "store_id": rng.choice(stores),
                    "opened_at": opened,
                    "first_response_at": opened + timedelta(hours=1)
                    if rng.random() < 0.8
                    else None,
                    "first_response_due": opened + timedelta(hours=8),
                    "resolution_due": due,
                    "sla_state": "on_track",
                    "resolution_notes": "",
                    "compensation_vnd": 0,
                    "compensation_points": 0,
                    "first_contact_resolution": False,
                    "created_at": opened,
                    "updated_at": opened,
                    "version": 1,
                }
            )
        with db.session_scope() as s:
            s.execute(insert(Complaint.__table__), rows)
        made += len(rows)
        print(f"  {time.perf_counter() - start:7.1f} s  {made:>9,} complaints", flush=True)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))


def _open_database(args: argparse.Namespace) -> Database:
    if args.db:
        db = open_database(args.db)
        migrate(db)
        with db.session_scope() as s:
            if not s.scalar(select(func.count()).select_from(Complaint)):
                _fill(db, args)
        return db
    name = f"complaints-{args.complaints}-{args.open}-{args.customers}-{args.seed}"
    return cached_sqlite(name, lambda db: _fill(db, args))


def _line(label: str, times: list[float], target: str = "") -> str:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
    return f"  {label:<36} p50 {p50:8.2f} ms   p95 {p95:8.2f} ms{target}"


def bench_complaints(args: argparse.Namespace) -> None:
    """Complaints: the queue's first page at 200k complaints and the SLA pass over the open."""
    db = _open_database(args)
    with db.session_scope() as s:
        count = s.scalar(select(func.count()).select_from(Complaint))
        agent = Actor.of(s.scalars(select(User).where(User.role == "agent")).first())
        boss = Actor.of(s.scalars(select(User).where(User.role == Role.ADMIN)).first())
    print(f"database: {db.describe()}  complaints: {count:,}")
    cases = [
        ("mine (agent)", agent, "mine", QueueFilter()),
        ("team (agent)", agent, "team", QueueFilter()),
        ("unassigned (agent)", agent, "unassigned", QueueFilter()),
        ("all (admin)", boss, "all", QueueFilter()),
        ("all, priority critical", boss, "all", QueueFilter(priority="critical")),
        (
            "all, category billing + waiting",
            boss,
            "all",
            QueueFilter(category="billing", status="waiting_customer"),
        ),
    ]
    print("queue first page (200 rows, least time left first):")
    every: list[float] = []
    for label, actor, queue, f in cases:
        times = []
        for _ in range(args.samples):
            start = time.perf_counter()
            with db.session_scope() as s:
                queue_page(s, actor, queue, f)
            times.append((time.perf_counter() - start) * 1000)
        every += times
        print(_line(label, times))
    print(_line("all queues together", every, f"  (target p95 <= {TARGET_PAGE_MS} ms)"))
    start = time.perf_counter()
    with db.session_scope() as s:
        counts = queue_counts(s, boss)
    print(f"  counts for the tabs {counts}: {(time.perf_counter() - start) * 1000:.1f} ms")
    print("SLA pass over every open complaint (each run rolled back afterwards):")
    for at in (NOW, NOW + timedelta(hours=4)):
        with db.engine.connect() as conn:
            transaction = conn.begin()
            session = Session(bind=conn)
            for label in ("catching up", "the next pass"):
                start = time.perf_counter()
                result = evaluate_sla(session, at)
                elapsed = time.perf_counter() - start
                print(
                    f"  {at:%d/%m %H:%M} UTC, {label:<13} {elapsed:5.2f} s for "
                    f"{result.checked:,} open (at risk {result.at_risk:,}, breached "
                    f"{result.breached:,}, escalated {result.escalated:,})"
                    f"  (target <= {TARGET_PASS_S} s)"
                )
            session.close()
            transaction.rollback()
    db.dispose()
