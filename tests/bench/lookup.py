"""The lookup benchmark: how fast an agent finds a customer, opens them, and lists them all.

    .venv/bin/python tests/bench/run.py lookup [--customers 1000000] [--db URL]

Every query is drawn from the data in the database (numbers as they were typed, codes,
serials, words of real names) and timed as the app runs it: one unit of work each.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from pathlib import Path

from sqlalchemy import func, select, text

from app.db import Database, open_database
from app.models import Customer, CustomerPhone, Purchase
from app.services.customers.customer_list import (
    CustomerListFilter,
    CustomerListSort,
    customer_ids,
    customer_rows,
)
from app.services.customers.customer_search import search_customers
from tests.bench.lookup_db import open_lookup_database, profile_customer_ids

TARGETS_MS = {
    "phone exact": 10,
    "phone last 4 digits": 10,
    "code": 10,
    "serial": 10,
    "name, 1 word": 30,
    "name, 2 words": 30,
    "profile, 50 timeline items": 30,
}
PAGE = 200


def lookup_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    # A fixed day, so the cached database stays valid from one day to the next.
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 3, 15))
    parser.add_argument("--samples", type=int, default=200, help="queries per kind")
    parser.add_argument("--naive-samples", type=int, default=20, help="LIKE scans per kind")
    parser.add_argument("--list-runs", type=int, default=10, help="first-page loads timed")


def bench_lookup(args: argparse.Namespace) -> None:
    """Search, profile and customer list at scale: p50/p95 latency and scrolling memory."""
    db = open_lookup_database(args)
    print(f"database: {db.describe()}  customers: {args.customers:,}  seed: {args.seed}")
    rng = random.Random(args.seed)
    queries = _sample_queries(db, rng, args.samples)
    results: list[tuple[str, list[float]]] = []
    found: dict[str, set[str]] = {}

    def search(kind: str, query: str) -> None:
        with db.session_scope() as s:
            if search_customers(s, query):
                found[kind].add(query)

    for kind, sample in queries.items():
        found[kind] = set()
        results.append((kind, _timed(partial(search, kind), sample)))
    print("queries that found someone (each drawn from a real customer):")
    for kind, sample in queries.items():
        print(f"  {kind:<22} {sum(q in found[kind] for q in sample)}/{len(sample)}")

    profile = _profile_runner(db)
    if profile is not None:
        label, run = profile
        ids = profile_customer_ids(db)
        results.append((label, _timed(run, [ids[i % len(ids)] for i in range(args.samples)])))

    def first_page(sort: CustomerListSort) -> None:
        with db.session_scope() as s:
            ids = customer_ids(s, CustomerListFilter(), sort)
            customer_rows(s, ids[:100])

    for column in ("code", "full_name", "last_contact_at"):
        sort = CustomerListSort(column)
        results.append((f"list first page, by {column}", _timed(first_page, [sort] * 10)))

    def page(offset: int) -> None:
        with db.session_scope() as s:
            customer_rows(s, all_ids[offset : offset + PAGE])

    with db.session_scope() as s:
        all_ids = customer_ids(s)
    offsets = [rng.randrange(0, max(1, len(all_ids) - PAGE)) for _ in range(args.samples)]
    results.append((f"list page of {PAGE} rows", _timed(page, offsets)))

    naive = _naive_runner(db)
    for kind in ("name, 1 word", "name, 2 words"):
        sample = queries[kind][: args.naive_samples]
        for column in ("full_name", "name_key"):
            label = f"naive {kind}: {column} LIKE '%...%'"
            results.append((label, _timed(lambda q, c=column: naive(q, c), sample)))

    _print_table(results)
    print()
    _print_scrolling(db, args)
    db.dispose()


# --- the queries -------------------------------------------------------------------------


def _sample_queries(db: Database, rng: random.Random, n: int) -> dict[str, list[str]]:
    with db.session_scope() as s:
        top_customer = s.scalar(select(func.max(Customer.id)))
        top_phone = s.scalar(select(func.max(CustomerPhone.id)))
        top_purchase = s.scalar(select(func.max(Purchase.id)))

        def pick(column, top: int, count: int = n) -> list:
            ids = [rng.randint(1, top) for _ in range(count * 2)]
            model = column.class_
            values = dict(s.execute(select(model.id, column).where(model.id.in_(ids))).all())
            return [values[i] for i in ids if values.get(i)][:count]

        typed = pick(CustomerPhone.raw, top_phone)
        tails = [number[-4:] for number in pick(CustomerPhone.e164, top_phone)]
        codes = [c.lower() if i % 2 else c for i, c in enumerate(pick(Customer.code, top_customer))]
        serials = pick(Purchase.serial_no, top_purchase)
        names = [key.split() for key in pick(Customer.name_key, top_customer, n * 2)]
    one_word = [rng.choice(words) for words in names[:n]]
    two_words = []
    for words in names[n:]:
        pair = rng.sample(words, 2) if len(words) >= 2 else words * 2
        two_words.append(" ".join(pair))
    return {
        "phone exact": typed,
        "phone last 4 digits": tails,
        "code": codes,
        "serial": serials,
        "name, 1 word": one_word,
        "name, 2 words": two_words,
    }


def _profile_runner(db: Database) -> tuple[str, Callable[[int], None]] | None:
    try:
        from app.services.customers.customer_profile import customer_profile
    except ImportError:
        print("app.services.customers.customer_profile is not there yet: profile not measured")
        return None
    from app.services.actor import Actor

    actor = Actor.os_user()

    def run(customer_id: int) -> None:
        with db.session_scope() as s:
            customer_profile(s, actor, customer_id)

    return "profile, 50 timeline items", run


def _naive_runner(db: Database) -> Callable[[str, str], None]:
    """What search would cost without the name index: a LIKE scan, stopping at 20 hits."""

    def run(query: str, column: str) -> None:
        words = query.split()
        where = " AND ".join(f"{column} LIKE :w{i}" for i in range(len(words)))
        values = {f"w{i}": f"%{word}%" for i, word in enumerate(words)}
        sql = text(f"SELECT id FROM customers WHERE {where} LIMIT 20")
        with db.session_scope() as s:
            s.execute(sql, values).all()

    return run


# --- timing and reporting -----------------------------------------------------------------


def _timed(run: Callable, inputs: Sequence) -> list[float]:
    for value in inputs[:5]:  # warm the caches the way a working day would
        run(value)
    times = []
    for value in inputs:
        start = time.perf_counter()
        run(value)
        times.append((time.perf_counter() - start) * 1000)
    return times


def _percentile(times: list[float], p: float) -> float:
    if len(times) == 1:
        return times[0]
    return statistics.quantiles(times, n=100, method="inclusive")[int(p) - 1]


def _print_table(results: list[tuple[str, list[float]]]) -> None:
    print(f"\n{'':<46} {'n':>4} {'p50 ms':>9} {'p95 ms':>9} {'target':>8}")
    for label, times in results:
        target = TARGETS_MS.get(label)
        p95 = _percentile(times, 95)
        verdict = "" if target is None else f"≤{target} {'ok' if p95 <= target else 'MISSED'}"
        print(
            f"{label:<46} {len(times):>4} {_percentile(times, 50):>9.2f} {p95:>9.2f} {verdict:>8}"
        )


def _print_scrolling(db: Database, args: argparse.Namespace) -> None:
    """Peak RSS of scrolling the whole list, measured in a fresh process of its own."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        baseline, peak, seconds, rows = pool.apply(_scroll, (db.url.render_as_string(False),))
    print(f"scrolling the whole list: {rows:,} rows in pages of {PAGE}, {seconds:.1f} s")
    print(f"  RSS before: {baseline:.0f} MB   peak RSS: {peak:.0f} MB   (target < 400 MB)")


def _scroll(url: str) -> tuple[float, float, float, int]:
    """customer_ids for everyone, then customer_rows page after page, keeping none."""
    db = open_database(url)
    with db.session_scope() as s:
        s.execute(select(1))
    baseline = _max_rss_mb()
    start = time.perf_counter()
    rows = 0
    with db.session_scope() as s:
        ids = customer_ids(s)
    for offset in range(0, len(ids), PAGE):
        with db.session_scope() as s:
            rows += len(customer_rows(s, ids[offset : offset + PAGE]))
    seconds = time.perf_counter() - start
    db.dispose()
    return baseline, _max_rss_mb(), seconds, rows


def _max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux: VmHWM, which starts afresh at exec; ru_maxrss would also count the parent's
    pages that the child shared between fork and exec.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20
