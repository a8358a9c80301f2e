"""Benchmarks, printed as figures (never timed assertions in the test run).

    .venv/bin/python tests/bench/run.py demo [--customers 100000] [--db URL]
    .venv/bin/python tests/bench/run.py lookup [--customers 1000000] [--db URL]
    .venv/bin/python tests/bench/run.py calls [--interactions 5000000] [--db URL]
    .venv/bin/python tests/bench/run.py complaints [--complaints 200000] [--db URL]
    .venv/bin/python tests/bench/run.py slips [--samples 50] [--batch 1000] [--db URL]
    .venv/bin/python tests/bench/run.py reminders [--customers 1000000] [--purchases 2000000]
    .venv/bin/python tests/bench/run.py purchases [--purchases 100000] [--db URL]
    .venv/bin/python tests/bench/run.py customers [--customers 100000]
    .venv/bin/python tests/bench/run.py exports [--customers 100000] [--interactions 1000000]
    .venv/bin/python tests/bench/run.py durability [--commits 500] [--folder DIR]
    .venv/bin/python tests/bench/run.py backups [--customers 1000000] [--purchases 2000000]

Each benchmark is a function taking the parsed arguments, registered in BENCHMARKS with
the options it adds. `demo` works on a fresh temporary SQLite file unless --db names
another empty database; `lookup` builds its database once and reuses it (see lookup_db).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

# Runnable as a plain script from the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.db import Database, migrate, open_database  # noqa: E402
from app.services.demo import generate  # noqa: E402
from tests.bench.backups import backups_options, bench_backups  # noqa: E402
from tests.bench.calls import bench_calls, calls_options  # noqa: E402
from tests.bench.complaints import bench_complaints, complaints_options  # noqa: E402
from tests.bench.customer_import import bench_customers, customers_options  # noqa: E402
from tests.bench.durability import bench_durability, durability_options  # noqa: E402
from tests.bench.exports import bench_exports, exports_options  # noqa: E402
from tests.bench.lookup import bench_lookup, lookup_options  # noqa: E402
from tests.bench.purchase_import import bench_purchases, purchases_options  # noqa: E402
from tests.bench.reminders import bench_reminders, reminders_options  # noqa: E402
from tests.bench.slips import bench_slips, slips_options  # noqa: E402


def fresh_database(args: argparse.Namespace, folder: Path) -> Database:
    url = args.db or f"sqlite:///{folder / 'bench.db'}"
    db = open_database(url)
    migrate(db)
    return db


def bench_demo(args: argparse.Namespace) -> None:
    """Demo data load: the whole customer base with calls, complaints, claims, reminders."""
    with tempfile.TemporaryDirectory(prefix="caredesk-bench-") as folder:
        db = fresh_database(args, Path(folder))
        print(f"database: {db.describe()}")
        print(f"customers: {args.customers:,}  seed: {args.seed}  today: {args.today}")
        shown: list[tuple[str, int]] = [("", -100)]

        def progress(label: str, percent: int) -> None:
            if label != shown[-1][0] or percent - shown[-1][1] >= 10:
                shown.append((label, percent))
                print(f"  {time.perf_counter() - start:6.1f} s  {percent:3d}%  {label}")

        start = time.perf_counter()
        summary = generate(db, args.customers, args.seed, args.today, progress)
        elapsed = time.perf_counter() - start
        db.dispose()

        print(f"\nwall time: {elapsed:.2f} s")
        print(f"rows: {summary.total:,}  ({summary.total / elapsed:,.0f} rows/s)")
        for name, count in asdict(summary).items():
            print(f"  {name:<18} {count:>10,}")


def _demo_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())


BENCHMARKS: dict[str, tuple[Callable[[argparse.Namespace], None], Callable]] = {
    "demo": (bench_demo, _demo_options),
    "lookup": (bench_lookup, lookup_options),
    "calls": (bench_calls, calls_options),
    "complaints": (bench_complaints, complaints_options),
    "slips": (bench_slips, slips_options),
    "reminders": (bench_reminders, reminders_options),
    "purchases": (bench_purchases, purchases_options),
    "customers": (bench_customers, customers_options),
    "exports": (bench_exports, exports_options),
    "durability": (bench_durability, durability_options),
    "backups": (bench_backups, backups_options),
}


def main(argv: list[str] | None = None) -> int:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="benchmark", required=True)
    for name, (function, add_options) in BENCHMARKS.items():
        help_line = function.__doc__.splitlines()[0]
        add_options(commands.add_parser(name, parents=[common], help=help_line))
    args = parser.parse_args(argv)
    BENCHMARKS[args.benchmark][0](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
