"""The backups benchmark: a full backup and a verified restore of a million-customer file.

    .venv/bin/python tests/bench/run.py backups [--customers 1000000] [--purchases 2000000]

The database is the reminders benchmark's (built once, set-based, kept in
tests/bench/.cache): a million customers, two million purchases, complaints and a million
reminders. With --demo it is the lookup benchmark's instead: a million demo customers with
their phones, name index, contacts, complaints, claims and reminders (a larger file, closer
to a real store's; built once, which takes a while). Printed next to the floor measured in
the same run: plain sqlite3's online backup of the same file into an uncompressed copy,
with nothing checked. The restore works on a scratch copy of the file, so the cached
database is never replaced.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from app.db import open_database
from app.services.backups.restore import restore_backup
from app.services.backups.taking import take_backup
from tests.bench.lookup_db import cached_sqlite, open_lookup_database
from tests.bench.reminders import _fill, reminders_options

TARGET_BACKUP_S = 60.0


def backups_options(parser: argparse.ArgumentParser) -> None:
    reminders_options(parser)
    parser.add_argument("--demo", action="store_true", help="the lookup benchmark's demo file")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 3, 15))


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _floor(source: Path, folder: Path) -> float:
    start = time.perf_counter()
    src, dst = sqlite3.connect(source), sqlite3.connect(folder / "floor.db")
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return time.perf_counter() - start


def bench_backups(args: argparse.Namespace) -> None:
    """Backup and verified restore of the million-customer file, next to plain sqlite3."""
    if args.db:
        raise SystemExit("the backups benchmark uses its own SQLite file; leave out --db")
    if args.demo:
        db = open_lookup_database(args)
    else:
        name = f"reminders-{args.customers}-{args.purchases}-{args.complaints}-{args.reminders}"
        db = cached_sqlite(name, lambda db: _fill(db, args))
    source = db.sqlite_path
    assert source is not None
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = source.stat().st_size
    print(f"database: {source} ({size / 2**20:,.0f} MiB)")
    with tempfile.TemporaryDirectory(prefix="caredesk-bench-", dir=source.parent) as tmp:
        folder = Path(tmp)
        floor = _floor(source, folder)
        (folder / "floor.db").unlink()
        print(f"floor   plain sqlite3 backup (uncompressed, unchecked): {floor:6.1f} s")

        before = _peak_mib()
        start = time.perf_counter()
        info = take_backup(db, folder)
        took = time.perf_counter() - start
        print(
            f"backup  CareDesk (snapshot, quick_check, counts, zip, checksum): "
            f"{took:6.1f} s  target <= {TARGET_BACKUP_S:.0f} s  "
            f"file {info.size / 2**20:,.0f} MiB ({info.size / size:.0%} of the database)  "
            f"peak RSS {_peak_mib():,.0f} MiB (was {before:,.0f})"
        )
        print(
            f"        counts: customers {info.counts['customers']:,}, contacts "
            f"{info.counts['interactions']:,}, purchases {info.counts['purchases']:,}, "
            f"reminders {info.counts['reminders']:,}"
        )
        db.dispose()

        scratch = folder / "scratch.db"
        shutil.copyfile(source, scratch)
        target = open_database(f"sqlite:///{scratch}")
        start = time.perf_counter()
        result = restore_backup(target, info.path)
        took = time.perf_counter() - start
        target.dispose()
        print(
            f"restore CareDesk (integrity_check, counts, current data kept aside, copy in): "
            f"{took:6.1f} s  "
            f"restored customers {result.info.counts['customers']:,}  "
            f"peak RSS {_peak_mib():,.0f} MiB"
        )
