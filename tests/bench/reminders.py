"""The reminders benchmark: the daily rule run over a million customers, and the due scan.

    .venv/bin/python tests/bench/run.py reminders [--customers 1000000] [--purchases 2000000]

An SQLite file built once set-based (recursive CTEs, no Python loop over rows) and kept
in tests/bench/.cache: customers with birthdays, tiers, genders and last contacts spread
over the past year and a half; purchases over three years with deliveries and warranty
ends; resolved complaints; and a million old reminders (mostly done, the open ones
already announced, a few hundred waiting to be announced), so the scan has a realistic
table to skip. Each rule run happens inside a transaction that is rolled back, so every
run starts from the same state.

The rule run is timed three ways: the first run ever (nothing recorded: every reason
still true is looked for, however old), the daily run (the rules ran the day before) and
the run after the desk was closed 30 days; each followed by a second run at the same
moment, which makes nothing. The runs before the timed one are not timed.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Customer, Purchase, Reminder, Role
from app.services.actor import Actor
from app.services.reminders.quiet_rule import quiet_settings
from app.services.reminders.reminder_inbox import (
    badge_count,
    due_scan,
    fell_due_while_closed,
    reminder_page,
)
from app.services.reminders.reminder_rules import generate_reminders
from app.services.reminders.reminder_settings import rule_config
from app.services.reminders.rule_runs import record_run
from tests.bench.lookup_db import cached_sqlite

# Friday 20/11/2026, 07:00 in Hà Nội: when the daily job runs.
NOW = datetime(2026, 11, 20, 0, 0, tzinfo=UTC)
TARGET_RUN_S, TARGET_SCAN_MS = 5.0, 50.0
STORES, PRODUCTS = 20, 50


def reminders_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--purchases", type=int, default=2_000_000)
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--reminders", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=50)


def _numbers(n: int) -> str:
    return f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) "


_STAMP = "'2026-01-01 00:00:00.000000'"


def _fill(db: Database, args: argparse.Namespace) -> None:
    c, p, k, r = args.customers, args.purchases, args.complaints, args.reminders
    print(
        f"building {db.describe()}: {c:,} customers, {p:,} purchases, {k:,} complaints, "
        f"{r:,} reminders (once)"
    )
    steps = [
        (
            "stores",
            _numbers(STORES)
            + f"""
            INSERT INTO stores (id, code, name, address, province, phone, is_active,
                                created_at, updated_at, version)
            SELECT i, 'CH' || printf('%02d', i), 'Cửa hàng ' || i, '', '', '', 1,
                   {_STAMP}, {_STAMP}, 1 FROM n""",
        ),
        (
            "products",
            _numbers(PRODUCTS)
            + f"""
            INSERT INTO products (id, sku, name, name_key, brand, category, warranty_months,
                                  return_days, list_price_vnd, is_active, created_at,
                                  updated_at, version)
            SELECT i, 'SP' || i, 'Sản phẩm ' || i, 'san pham ' || i, '', '', 12, 7,
                   5000000, 1, {_STAMP}, {_STAMP}, 1 FROM n""",
        ),
        # Tiers: half members, then silver, gold, platinum, vip; a fifth without a
        # birthday; 70 % contacted some time in the last 540 days.
        (
            "customers",
            _numbers(c)
            + f"""
            INSERT INTO customers (id, code, full_name, name_key, gender, birthday, province,
                                   ward, address, tier, points, marketing_consent,
                                   store_id, notes, last_contact_at, created_at, updated_at,
                                   version)
            SELECT i, 'KB' || printf('%07d', i), 'Khách Hàng ' || i, 'khach hang ' || i,
                   CASE i % 3 WHEN 0 THEN 'female' WHEN 1 THEN 'male' END,
                   CASE WHEN i % 5 THEN date('1950-01-01', '+' || ((i * 7919) % 20000)
                                             || ' days') END,
                   '', '', '',
                   CASE i % 10 WHEN 5 THEN 'silver' WHEN 6 THEN 'silver' WHEN 7 THEN 'gold'
                               WHEN 8 THEN 'platinum' WHEN 9 THEN 'vip' ELSE 'member' END,
                   0, 0, 1 + i % {STORES}, '',
                   CASE WHEN i % 10 < 7 THEN datetime('2025-06-01 03:00:00',
                        '+' || ((i * 104729) % 540) || ' days') || '.000000' END,
                   {_STAMP}, {_STAMP}, 1
            FROM n""",
        ),
        # Three years of purchases; half delivered a few days later; 12 or 24 months.
        (
            "purchases",
            _numbers(p)
            + f"""
            INSERT INTO purchases (id, customer_id, product_id, store_id, purchase_date,
                                   delivery_date, price_vnd, warranty_months,
                                   extended_warranty_months, warranty_end, created_at,
                                   updated_at, version)
            SELECT i, customer_id, 1 + i % {PRODUCTS}, 1 + i % {STORES}, day,
                   CASE WHEN i % 2 THEN date(day, '+' || (i % 5) || ' days') END, 5000000,
                   12 + 12 * (i % 2), 0, date(day, '+' || (12 + 12 * (i % 2)) || ' months'),
                   {_STAMP}, {_STAMP}, 1
            FROM (SELECT i, 1 + (i * 2654435761) % {c} AS customer_id,
                         date('2023-11-25', '+' || (i % 1096) || ' days') AS day FROM n)""",
        ),
        # Complaints over the last year, most resolved then closed.
        (
            "complaints",
            _numbers(k)
            + f"""
            INSERT INTO complaints (id, number, customer_id, category, subcategory, channel,
                                    description, severity, priority, status, tier, opened_at,
                                    resolved_at, sla_state, resolution_notes,
                                    compensation_vnd, compensation_points,
                                    first_contact_resolution, created_at, updated_at, version)
            SELECT i, 'KN-B-' || i, 1 + (i * 40503) % {c}, 'delivery', '', 'phone', 'Giao trễ',
                   'normal', 'normal', CASE WHEN i % 10 THEN 'closed' ELSE 'in_progress' END,
                   1, opened, CASE WHEN i % 10 THEN datetime(opened, '+2 days') || '.000000'
                   END, 'on_track', '', 0, 0, 0, {_STAMP}, {_STAMP}, 1
            FROM (SELECT i, datetime('2025-11-20 02:00:00', '+' || (i % 365) || ' days',
                                     '+' || (i % 600) || ' minutes') || '.000000' AS opened
                  FROM n)""",
        ),
        # Old reminders: 90 % done; the open ones were announced, except the last few
        # hundred (due in the last hours), which the scan must find.
        (
            "reminders",
            _numbers(r)
            + f"""
            INSERT INTO reminders (id, unique_key, rule, subject_type, subject_id, customer_id,
                                   due_at, title, notes, assignee_id, store_id, status,
                                   notified_at, created_at, updated_at, version)
            SELECT i, 'bench:customer:' || i, 'birthday', 'customer', cid, cid, due,
                   'Chúc mừng sinh nhật', '', NULL, 1 + i % {STORES},
                   CASE WHEN i % 10 AND i <= {r - 300} THEN 'done' ELSE 'open' END,
                   CASE WHEN i <= {r - 300} THEN due END, {_STAMP}, {_STAMP}, 1
            FROM (SELECT i, 1 + (i * 7) % {c} AS cid,
                         datetime('2026-11-20 00:00:00', '-' || ({r} - i) || ' minutes')
                         || '.000000' AS due FROM n)""",
        ),
    ]
    start = time.perf_counter()
    with db.engine.begin() as conn:
        for label, sql in steps:
            conn.exec_driver_sql(sql)
            print(f"  {time.perf_counter() - start:7.1f} s  {label}", flush=True)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    print(f"  ready after {time.perf_counter() - start:.1f} s")


def _line(label: str, times: list[float], target: str = "") -> str:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
    return f"  {label:<40} p50 {p50:8.2f} ms   p95 {p95:8.2f} ms{target}"


def _timed(db: Database, samples: int, call) -> list[float]:
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        with db.session_scope() as s:
            call(s)
        times.append((time.perf_counter() - start) * 1000)
    return times


def bench_reminders(args: argparse.Namespace) -> None:
    """Reminders: the daily rule run over 1M customers / 2M purchases, and the due scan."""
    if args.db:
        raise SystemExit("the reminders benchmark builds its own SQLite file; leave out --db")
    name = f"reminders-{args.customers}-{args.purchases}-{args.complaints}-{args.reminders}"
    db = cached_sqlite(name, lambda db: _fill(db, args))
    with db.session_scope() as s:
        customers = s.scalar(select(func.count()).select_from(Customer))
        purchases = s.scalar(select(func.count()).select_from(Purchase))
        held = s.scalar(select(func.count()).select_from(Reminder))
    print(
        f"database: {db.describe()}  customers: {customers:,}  purchases: {purchases:,}  "
        f"reminders: {held:,}"
    )
    print(f"rule runs at {NOW:%d/%m %H:%M} UTC (each rolled back afterwards):")
    for label, closed_days in (
        ("first run ever", None),
        ("daily (ran yesterday)", 1),
        ("after 30 days closed", 30),
    ):
        with db.engine.connect() as conn:
            transaction = conn.begin()
            session = Session(bind=conn)
            if closed_days is not None:
                # The run before, itself a daily one (its own last run the day before).
                before = NOW - timedelta(days=closed_days)
                config = rule_config(session)
                record_run(session, "inactive", quiet_settings(config), before - timedelta(1))
                generate_reminders(session, before)
            for run in (label, "  a second run"):
                start = time.perf_counter()
                counts = generate_reminders(session, NOW)
                elapsed = time.perf_counter() - start
                made = ", ".join(f"{rule} {n:,}" for rule, n in counts.items())
                print(
                    f"  {run:<24} {elapsed:6.2f} s  ({made})  (target <= {TARGET_RUN_S} s)",
                    flush=True,
                )
            session.close()
            transaction.rollback()
    # The inbox as an agent of store 1 sees it (the bench file holds no users).
    agent = Actor(user_id=1, username="bench", full_name="Bench", role=Role.AGENT, store_id=1)
    print(f"due scan and inbox ({args.samples} samples each):")
    scan = _timed(db, args.samples, lambda s: due_scan(s, NOW))
    found = len(due_scan_once(db))
    print(
        _line(
            f"due scan, everyone ({found} found)",
            scan,
            f"  (target p95 <= {TARGET_SCAN_MS:.0f} ms)",
        )
    )
    print(
        _line(
            "due scan, one seat",
            _timed(db, args.samples, lambda s: due_scan(s, NOW, user_id=agent.user_id, store_id=1)),
        )
    )
    print(
        _line(
            "fell due while closed (summary)",
            _timed(db, args.samples, lambda s: fell_due_while_closed(s, NOW)),
        )
    )
    print(
        _line(
            "inbox: today, pool (first page)",
            _timed(db, args.samples, lambda s: reminder_page(s, agent, "today", "pool", NOW)),
        )
    )
    print(_line("badge count", _timed(db, args.samples, lambda s: badge_count(s, agent, NOW))))
    db.dispose()


def due_scan_once(db: Database):
    with db.session_scope() as s:
        return due_scan(s, NOW)
