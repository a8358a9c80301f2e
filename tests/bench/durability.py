"""What synchronous=FULL costs: commits per second, FULL against NORMAL (both in WAL).

    .venv/bin/python tests/bench/run.py durability [--commits 500] [--folder DIR]
    .venv/bin/python tests/bench/durability.py [--commits 500] [--folder DIR]

Two writers, each run with FULL and with NORMAL on a new file:

- plain sqlite3: one small row per transaction, the floor of a commit's cost;
- CareDesk: one contact per unit of work through `log_interaction` and
  `Database.session_scope`, as the contact form saves (audit entry and all).

The file goes in --folder (default: tests/bench/.cache): it must be on the disk whose
cost is measured, never a tmpfs, where an fsync costs nothing.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

# Runnable as a plain script from the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import event  # noqa: E402

from app.db import Database, migrate, open_database  # noqa: E402
from app.services.actor import Actor  # noqa: E402
from app.services.contacts.interactions import InteractionInput, log_interaction  # noqa: E402
from app.timeutil import now_utc  # noqa: E402
from tests import scenarios  # noqa: E402

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
MODES = ("FULL", "NORMAL")


def plain_sqlite(path: Path, mode: str, commits: int) -> float:
    """Seconds for `commits` one-row transactions with plain sqlite3."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={mode}")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")
    began = time.perf_counter()
    for n in range(commits):
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (note) VALUES (?)", (f"contact {n}",))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - began
    conn.close()
    return elapsed


def caredesk(path: Path, mode: str, commits: int) -> float:
    """Seconds for `commits` contacts saved through the service, one per unit of work."""
    db = open_database(f"sqlite:///{path}")
    migrate(db)
    if mode != "FULL":  # after the app's own settings, on every connection
        event.listen(db.engine, "connect", _synchronous(mode))
        db.engine.dispose()
    actor = Actor.os_user()
    with db.session_scope() as s:
        customer = scenarios.new_customer(s, actor, "Nguyễn Thị Đào", "0912 345 678")
    _check_mode(db, mode)
    began = time.perf_counter()
    for n in range(commits):
        start = now_utc() - timedelta(minutes=3)
        end = start + timedelta(minutes=2)
        data = InteractionInput("phone", "in", start, end, customer_id=customer.id, notes=f"{n}")
        with db.session_scope() as s:
            log_interaction(s, actor, data)
    elapsed = time.perf_counter() - began
    db.dispose()
    return elapsed


def _synchronous(mode: str) -> Callable:
    def set_mode(dbapi_conn, _record) -> None:
        dbapi_conn.execute(f"PRAGMA synchronous={mode}")

    return set_mode


def _check_mode(db: Database, mode: str) -> None:
    with db.engine.connect() as conn:
        found = conn.exec_driver_sql("PRAGMA synchronous").scalar()
    assert found == {"FULL": 2, "NORMAL": 1}[mode], f"synchronous is {found}, not {mode}"


def bench_durability(args: argparse.Namespace) -> None:
    """Commits per second with synchronous=FULL and NORMAL, plain sqlite3 and CareDesk."""
    folder = Path(args.folder) if args.folder else CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    print(f"folder: {folder.resolve()}  commits per run: {args.commits:,}")
    print(f"SQLite {sqlite3.sqlite_version}, journal_mode=WAL\n")
    print(f"{'writer':<28}{'FULL':>14}{'NORMAL':>14}{'FULL/NORMAL':>14}")
    writers = (("plain sqlite3 (1 row)", plain_sqlite), ("CareDesk (log a contact)", caredesk))
    for label, writer in writers:
        rates = {}
        for mode in MODES:
            with tempfile.TemporaryDirectory(prefix="caredesk-durability-", dir=folder) as tmp:
                seconds = writer(Path(tmp) / "bench.db", mode, args.commits)
            rates[mode] = args.commits / seconds
        ratio = rates["FULL"] / rates["NORMAL"]
        print(f"{label:<28}{rates['FULL']:>10,.0f} c/s{rates['NORMAL']:>10,.0f} c/s{ratio:>13.0%}")


def durability_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--commits", type=int, default=500)
    parser.add_argument("--folder", help="where the files go (default: tests/bench/.cache)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    durability_options(parser)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    bench_durability(parser.parse_args())
