"""The exports benchmark: the customer list and the call log to CSV and XLSX at 100,000
customers and 1,000,000 contacts, beside a plain sqlite3 floor.

    .venv/bin/python tests/bench/run.py exports [--customers 100000] [--interactions 1000000]
                                                [--tracemalloc]

The database is the call log benchmark's (tests/bench/calls.py: a demo load of the
customers topped up with generated contacts; SQLite, built once into tests/bench/.cache).
Each export runs in a fresh child process, so the memory figure is its own: the peak
resident memory above what the child held when it began (VmHWM after resetting it, on
Linux; ru_maxrss elsewhere). With --tracemalloc each runs once more under tracemalloc for
the peak of Python's own allocations (slower, so not timed). The floor, in the same run,
writes the same rows with sqlite3 and the csv module (and openpyxl's write-only mode with
plain values for XLSX): what a one-off script would take, with no app code in between.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import resource
import sqlite3
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from openpyxl import Workbook

from app.db import open_database
from app.services.contacts.call_log_export import export_call_log
from app.services.customers.customer_export import export_customers
from tests.bench.calls import open_calls_database

VIETNAM = timedelta(hours=7)  # no summer time: a fixed offset is what a plain script uses
CUSTOMERS_SQL = """
SELECT c.code, c.full_name,
       (SELECT e164 FROM customer_phones p WHERE p.customer_id = c.id
        ORDER BY p.is_primary DESC, p.id LIMIT 1),
       (SELECT group_concat(e164, '; ') FROM (SELECT e164 FROM customer_phones p
        WHERE p.customer_id = c.id ORDER BY p.is_primary DESC, p.id LIMIT -1 OFFSET 1)),
       c.email, c.gender, c.birthday, c.address, c.ward, c.province, c.tier, c.points,
       s.code, s.name, c.last_contact_at,
       (SELECT count(*) FROM complaints k WHERE k.customer_id = c.id
        AND k.archived_at IS NULL
        AND k.status IN ('new', 'in_progress', 'waiting_customer', 'reopened')),
       (SELECT group_concat(tag, '; ') FROM (SELECT tag FROM customer_tags t
        WHERE t.customer_id = c.id ORDER BY t.tag)),
       c.marketing_consent, c.created_at
FROM customers c LEFT JOIN stores s ON s.id = c.store_id
WHERE c.archived_at IS NULL AND c.merged_into_id IS NULL
ORDER BY c.code
"""
CONTACTS_SQL = """
SELECT i.started_at, c.code, c.full_name, i.phone_e164, i.channel, i.direction, i.topic,
       i.outcome, u.full_name, s.name, i.duration_seconds, i.satisfaction, i.notes
FROM interactions i
LEFT JOIN customers c ON c.id = i.customer_id
LEFT JOIN users u ON u.id = i.agent_id
LEFT JOIN stores s ON s.id = i.store_id
WHERE i.corrects_id IS NULL
ORDER BY i.started_at DESC, i.id DESC
"""


def exports_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--tracemalloc", action="store_true", help="also Python's peak")


# --- the floor: plain sqlite3 ----------------------------------------------------------------


def _day(text: str | None) -> str:
    return f"{text[8:10]}/{text[5:7]}/{text[:4]}" if text else ""


def _moment(text: str | None) -> str:
    if not text:
        return ""
    return (datetime.fromisoformat(text) + VIETNAM).strftime("%d/%m/%Y %H:%M:%S")


def _national(e164: str | None) -> str:
    return "0" + e164[3:] if e164 and e164.startswith("+84") else e164 or ""


def _floor_customer(r: tuple) -> list:
    others = "; ".join(_national(p) for p in r[3].split("; ")) if r[3] else ""
    return [r[0], r[1], _national(r[2]), others, *r[4:6], _day(r[6]), *r[7:14],
            _moment(r[14]), r[15], r[16] or "", r[17], _day(r[18])]  # fmt: skip


def _floor_contact(r: tuple) -> list:
    return [_moment(r[0]), r[1], r[2], _national(r[3]), *r[4:13]]


def floor(db_path: str, sql: str, shape: Callable[[tuple], list], path: Path) -> int:
    connection = sqlite3.connect(db_path)
    cursor = connection.execute(sql)
    header = [d[0] for d in cursor.description]
    n = 0
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in cursor:
                writer.writerow(shape(row))
                n += 1
    else:
        book = Workbook(write_only=True)
        sheet = book.create_sheet("floor")
        sheet.append(header)
        for row in cursor:
            sheet.append(shape(row))
            n += 1
        book.save(path)
    connection.close()
    return n


# --- measuring one run in a child process ----------------------------------------------------


def _status_kb(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _child(work: Callable[[], int], traced: bool, pipe) -> None:
    if traced:
        tracemalloc.start()
    start = _status_kb("VmRSS")
    try:
        Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from now
        peak_field = "VmHWM"
    except OSError:
        peak_field = None
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    began = time.perf_counter()
    rows = work()
    elapsed = time.perf_counter() - began
    if peak_field and start is not None:
        grown = (_status_kb(peak_field) or 0) - start
    else:
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    python_peak = tracemalloc.get_traced_memory()[1] if traced else None
    pipe.send((rows, elapsed, grown, python_peak))


def measure(work: Callable[[], int], traced: bool) -> tuple[int, float, int, int | None]:
    """(rows, seconds, peak resident KB above the start, tracemalloc peak bytes or None)."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(work, traced, send))
    child.start()
    result = receive.recv()
    child.join()
    return result


def _ours(url: str, export: Callable, path: Path) -> Callable[[], int]:
    def work() -> int:
        db = open_database(url)  # a child's own engine: none crosses a fork
        try:
            with db.session_scope() as session:
                return export(session, path)
        finally:
            db.dispose()

    return work


def bench_exports(args: argparse.Namespace) -> None:
    """Exports: customers and the call log to CSV and XLSX, time and memory beside a floor."""
    db = open_calls_database(args)
    url = db.url.render_as_string(hide_password=False)
    sqlite_path = str(db.sqlite_path) if db.is_sqlite else None
    db.dispose()
    print(f"\nexports of {args.customers:,} customers and {args.interactions:,} contacts")
    print(f"{'':34}{'rows':>10}{'time':>10}{'rows/s':>10}{'peak RSS +':>13}{'tracemalloc':>13}")
    lists = [
        ("customers", lambda s, p: export_customers(s, None, None, p), CUSTOMERS_SQL,
         _floor_customer),
        ("contacts", lambda s, p: export_call_log(s, None, p), CONTACTS_SQL, _floor_contact),
    ]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="caredesk-exports-") as folder:
        for name, export, sql, shape in lists:
            for fmt in ("csv", "xlsx"):
                path = Path(folder) / f"{name}.{fmt}"
                runs = [(f"{name} {fmt.upper()}", _ours(url, export, path))]
                if sqlite_path:
                    tool = "csv" if fmt == "csv" else "openpyxl"
                    floor_path = Path(folder) / f"{name}-floor.{fmt}"
                    runs.append(
                        (
                            f"  floor (sqlite3 + {tool})",
                            lambda sql=sql, shape=shape, p=floor_path: floor(
                                sqlite_path, sql, shape, p
                            ),
                        )
                    )
                for label, work in runs:
                    rows, seconds, grown_kb, _ = measure(work, traced=False)
                    traced = measure(work, traced=True)[3] if args.tracemalloc else None
                    print(
                        f"{label:<34}{rows:>10,}{seconds:>9.1f}s{rows / seconds:>10,.0f}"
                        f"{grown_kb / 1024:>10.1f} MB"
                        + (f"{traced / 2**20:>10.1f} MB" if traced is not None else ""),
                        flush=True,
                    )
                    path.unlink(missing_ok=True)
