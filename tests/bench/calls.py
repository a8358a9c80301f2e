"""The call log benchmark: saving a contact, and the log's first page at 5 million contacts.

    .venv/bin/python tests/bench/run.py calls [--interactions 5000000] [--db URL]

The database is a demo load (customers, staff, stores, their contacts) topped up with
generated contacts to the size asked for, spread over three years with the mix of
channels, topics and outcomes a care centre sees. SQLite: built once into
tests/bench/.cache and reused; PostgreSQL (--db): filled if empty, reused if it
already holds that many contacts.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select, text

from app.db import Database, migrate, open_database
from app.models import Customer, Interaction, Store, User
from app.services.actor import Actor
from app.services.contacts.call_log import CallLogFilter, call_log_page, call_log_totals
from app.services.contacts.interactions import InteractionInput, log_interaction
from app.services.demo import generate
from tests.bench.lookup_db import cached_sqlite

BATCH = 50_000
END = datetime(2026, 11, 1, tzinfo=UTC)
SPAN = timedelta(days=3 * 365)
CHANNELS = (
    ("phone", 60),
    ("chat", 12),
    ("email", 8),
    ("social", 7),
    ("sms", 4),
    ("store_visit", 6),
    ("on_site", 2),
    ("web_form", 1),
)
TOPICS = (
    ("product_question", 20),
    ("usage_guidance", 15),
    ("warranty", 20),
    ("return", 6),
    ("delivery", 12),
    ("billing", 7),
    ("complaint", 8),
    ("praise", 3),
    ("other", 9),
)
OUTCOMES = (
    ("resolved_first_contact", 40),
    ("information_given", 30),
    ("callback_needed", 8),
    ("complaint_opened", 5),
    ("escalated", 3),
    ("no_answer", 12),
    ("wrong_number", 2),
)
TARGET_SAVE_MS, TARGET_PAGE_MS = 20, 150


def calls_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--interactions", type=int, default=5_000_000)
    parser.add_argument("--customers", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--samples", type=int, default=100, help="timed runs per figure")


def _pick(rng: random.Random, weighted: Sequence[tuple[str, int]]) -> Callable[[], str]:
    values, weights = zip(*weighted, strict=True)
    return lambda: rng.choices(values, weights)[0]


def _fill(db: Database, args: argparse.Namespace) -> None:
    print(
        f"building {db.describe()}: {args.customers:,} demo customers, then contacts "
        f"up to {args.interactions:,} (once)"
    )
    start = time.perf_counter()
    generate(db, args.customers, args.seed, date(2026, 11, 1))
    rng = random.Random(args.seed)
    channel, topic, outcome = _pick(rng, CHANNELS), _pick(rng, TOPICS), _pick(rng, OUTCOMES)
    with db.session_scope() as s:
        have = s.scalar(select(func.count()).select_from(Interaction)) or 0
        customers = s.scalar(select(func.max(Customer.id))) or 1
        agents = list(s.scalars(select(User.id)))
        stores = list(s.scalars(select(Store.id)))
    table = Interaction.__table__
    while have < args.interactions:
        rows = []
        for _ in range(min(BATCH, args.interactions - have)):
            at = END - SPAN * rng.random()
            seconds = rng.randint(20, 1200)
            known = rng.random() < 0.97
            rows.append(
                {
                    "customer_id": rng.randint(1, customers) if known else None,
                    "phone_e164": None if known else f"+849{rng.randint(10**7, 10**8 - 1)}",
                    "channel": channel(),
                    "direction": "in" if rng.random() < 0.7 else "out",
                    "started_at": at,
                    "ended_at": at + timedelta(seconds=seconds),
                    "duration_seconds": seconds,
                    "topic": topic(),
                    "outcome": outcome(),
                    "notes": "Khách hỏi về sản phẩm, đã hướng dẫn chi tiết.",
                    "agent_id": rng.choice(agents),
                    "store_id": rng.choice(stores),
                    "created_at": at,
                }
            )
        with db.session_scope() as s:
            s.execute(insert(table), rows)
        have += len(rows)
        print(f"  {time.perf_counter() - start:7.1f} s  {have:>10,} contacts", flush=True)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    print(f"  ready after {time.perf_counter() - start:.1f} s")


def open_calls_database(args: argparse.Namespace) -> Database:
    if args.db:
        db = open_database(args.db)
        migrate(db)
        with db.session_scope() as s:
            have = s.scalar(select(func.count()).select_from(Interaction)) or 0
        if have == 0:
            _fill(db, args)
        elif have < args.interactions:
            raise SystemExit(f"{db.describe()} holds {have:,} contacts: give an empty database")
        return db
    name = f"calls-{args.interactions}-{args.customers}-{args.seed}"
    return cached_sqlite(name, lambda db: _fill(db, args))


def _ms(run: Callable[[object], object], inputs: Sequence[object]) -> list[float]:
    run(inputs[0])  # warm the caches and the connection pool
    times = []
    for item in inputs:
        start = time.perf_counter()
        run(item)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _line(label: str, times: list[float], target: int | None = None) -> str:
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
    goal = f"  (target p95 <= {target} ms)" if target else ""
    return f"  {label:<38} p50 {p50:8.2f} ms   p95 {p95:8.2f} ms{goal}"


def _filters(db: Database, rng: random.Random) -> list[tuple[str, CallLogFilter]]:
    with db.session_scope() as s:
        agent = rng.choice(list(s.scalars(select(User.id))))
        store = rng.choice(list(s.scalars(select(Store.id))))
        customer = s.scalar(
            select(Interaction.customer_id)
            .where(Interaction.customer_id.is_not(None))
            .limit(1)
            .offset(rng.randint(0, 10_000))
        )
    last_week = (date(2026, 10, 25), date(2026, 10, 31))
    return [
        ("no filter", CallLogFilter()),
        ("channel email", CallLogFilter(channel="email")),
        ("agent", CallLogFilter(agent_id=agent)),
        ("store", CallLogFilter(store_id=store)),
        (
            "topic warranty + outcome no answer",
            CallLogFilter(topic="warranty", outcome="no_answer"),
        ),
        ("last 7 days", CallLogFilter(date_from=last_week[0], date_to=last_week[1])),
        (
            "agent + last 7 days",
            CallLogFilter(agent_id=agent, date_from=last_week[0], date_to=last_week[1]),
        ),
        ("customer", CallLogFilter(customer_id=customer)),
        ("outbound + web form (rare)", CallLogFilter(direction="out", channel="web_form")),
        (
            "wrong number + on site (rarest)",
            CallLogFilter(outcome="wrong_number", channel="on_site"),
        ),
    ]


def bench_calls(args: argparse.Namespace) -> None:
    """Call log: saving a contact (p95) and the first page with filters at 5M contacts."""
    db = open_calls_database(args)
    rng = random.Random(args.seed)
    with db.session_scope() as s:
        count = s.scalar(select(func.count()).select_from(Interaction))
        agent = Actor.of(s.scalars(select(User).where(User.role == "agent")).first())
        top = s.scalar(select(func.max(Customer.id)))
    print(f"database: {db.describe()}  contacts: {count:,}")

    def save(n: int) -> None:
        now = datetime.now(UTC)
        data = InteractionInput(
            "phone",
            "in",
            now - timedelta(minutes=5),
            now,
            customer_id=rng.randint(1, top),
            topic="warranty",
            outcome="callback_needed" if n % 5 == 0 else "information_given",
            notes="Khách hỏi thời hạn bảo hành, hẹn gọi lại.",
            callback_at=now + timedelta(days=1) if n % 5 == 0 else None,
        )
        with db.session_scope() as s:
            log_interaction(s, agent, data)

    print("saving a contact (one unit of work, committed):")
    print(_line("save", _ms(save, list(range(args.samples))), TARGET_SAVE_MS))

    def first_page(f: CallLogFilter) -> None:
        # One short unit of work per page, as the screen's worker does.
        with db.session_scope() as s:
            call_log_page(s, f)

    print("first page of the call log (200 rows, newest first):")
    every: list[float] = []
    for label, f in _filters(db, rng):
        times = _ms(first_page, [f] * args.samples)
        every += times
        print(_line(label, times))
    print(_line("all filters together", every, TARGET_PAGE_MS))
    print("totals for the filtered set (run beside the page, not part of the target):")
    for label, f in _filters(db, rng)[:4]:
        start = time.perf_counter()
        with db.session_scope() as s:
            call_log_totals(s, f)
        print(f"  {label:<38} {(time.perf_counter() - start) * 1000:8.1f} ms")
    db.dispose()
