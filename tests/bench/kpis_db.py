"""The KPI benchmark's database: built once per schema head, size and seed, then reused.

SQLite: tests/bench/.cache/kpis-<head>-b<BUILD>-<sizes>-<seed>.db (git ignores *.db),
built under a temporary name and renamed when complete, so an interrupted build is never
reused; files of another schema head or builder are removed when a new one is built
(a smaller --scale file sits beside the full one). PostgreSQL: the database named; the
table bench_kpi_build says what it holds, and the schema is dropped and migrated again
when that differs (or on --rebuild).

A build migrates to head, drops the secondary indexes of the tables it fills, streams
the rows in (sqlite3 executemany with the journal and syncing off; PostgreSQL COPY with
foreign-key triggers off), re-creates the indexes from their own definitions (a sort,
far quicker than millions of random inserts), sets each customer's last contact from
the contacts as the app keeps it, and runs ANALYZE (VACUUM ANALYZE on PostgreSQL).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import text

from app.db import Database, head_revision, migrate, open_database
from tests.bench.kpis_complaint_rows import COMPLAINT_COLUMNS, EVENT_COLUMNS, complaint_rows
from tests.bench.kpis_contact_rows import interaction_rows, pbx_call_rows, reminder_rows
from tests.bench.kpis_rows import COLUMNS, Batch, Sizes, World, new_world
from tests.bench.kpis_sales_rows import claim_rows, customer_rows, purchase_rows, reference_rows

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
BUILD = 2  # raise when the generated records change: cached databases are then rebuilt
ALL_COLUMNS = COLUMNS | {"complaints": COMPLAINT_COLUMNS, "complaint_events": EVENT_COLUMNS}
FILLED = ("customers", "purchases", "claims", "complaints", "complaint_events")
FILLED += ("interactions", "reminders", "pbx_calls")
LAST_CONTACT = (
    "UPDATE customers SET last_contact_at = (SELECT max(i.started_at) FROM interactions i "
    "WHERE i.customer_id = customers.id AND i.corrects_id IS NULL)"
)
PG_INDEXES = (
    "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x "
    "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid "
    "WHERE t.relname = %s AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
    "WHERE c.conindid = i.oid AND c.contype IN ('p', 'u', 'x'))"
)


def schema() -> str:
    """What makes a built database out of date: the schema head and this builder."""
    return f"{head_revision()}-b{BUILD}"


def spec(sizes: Sizes, seed: int) -> str:
    return f"{schema()}-{sizes.interactions}-{sizes.complaints}-{seed}"


def open_kpi_database(kind: str, pg_url: str, sizes: Sizes, seed: int, rebuild: bool) -> Database:
    """The benchmark's database at schema head, built if missing or out of date."""
    wanted = spec(sizes, seed)
    if kind == "sqlite":
        return _sqlite(wanted, sizes, seed, rebuild)
    db = open_database(pg_url)
    with db.engine.connect() as conn:
        held = None
        if conn.scalar(text("SELECT to_regclass('bench_kpi_build')")) is not None:
            held = conn.scalar(text("SELECT spec FROM bench_kpi_build"))
    if held == wanted and not rebuild:
        print(f"reusing {db.describe()} ({held})")
        return db
    print(f"building {db.describe()} ({wanted}; it held {held or 'nothing of ours'})")
    with db.engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    migrate(db)
    raw = db.engine.raw_connection()
    try:
        _build(_PgSink(raw.driver_connection), new_world(sizes, False, seed))
        raw.driver_connection.execute("CREATE TABLE bench_kpi_build (spec text)")
        raw.driver_connection.execute("INSERT INTO bench_kpi_build VALUES (%s)", (wanted,))
        raw.driver_connection.commit()
    finally:
        raw.close()
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        start = time.perf_counter()
        conn.execute(text("VACUUM ANALYZE"))
        print(f"  VACUUM ANALYZE: {time.perf_counter() - start:.1f} s")
    return db


def _sqlite(wanted: str, sizes: Sizes, seed: int, rebuild: bool) -> Database:
    CACHE_DIR.mkdir(exist_ok=True)
    path = CACHE_DIR / f"kpis-{wanted}.db"
    if path.exists() and not rebuild:
        print(f"reusing {path}")
        return open_database(f"sqlite:///{path}")
    for stale in CACHE_DIR.glob("kpis-*.db*"):
        if not stale.name.startswith(f"kpis-{schema()}-"):
            stale.unlink()  # an older schema or builder: gigabytes nobody will read again
    building = CACHE_DIR / f"kpis-{wanted}.building.db"
    for half in CACHE_DIR.glob(f"{building.name}*"):
        half.unlink()  # an interrupted build
    print(f"building {building.name} (renamed when complete)")
    db = open_database(f"sqlite:///{building}")
    migrate(db)
    db.dispose()
    conn = sqlite3.connect(building, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=OFF")  # a half-built file is thrown away anyway
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA cache_size=-1000000")  # 1 GB for the index sorts
        conn.execute("PRAGMA temp_store=MEMORY")
        _build(_SqliteSink(conn), new_world(sizes, True, seed))
        start = time.perf_counter()
        conn.execute("ANALYZE")
        print(f"  ANALYZE: {time.perf_counter() - start:.1f} s")
        conn.execute("PRAGMA journal_mode=WAL")  # as the app keeps it
    finally:
        conn.close()
    building.rename(path)
    return open_database(f"sqlite:///{path}")


class _SqliteSink:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def indexes(self, table: str) -> list[tuple[str, str]]:
        return self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        ).fetchall()

    def run(self, sql: str) -> None:
        self.conn.execute(sql)

    def write(self, table: str, rows: list[tuple]) -> None:
        columns = ALL_COLUMNS[table]
        marks = ", ".join("?" * len(columns))
        self.conn.execute("BEGIN")
        self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
        self.conn.execute("COMMIT")

    def done(self) -> None:
        pass


class _PgSink:
    def __init__(self, conn) -> None:  # a psycopg.Connection
        self.conn = conn
        conn.execute("SET session_replication_role = replica")  # no FK trigger per row
        conn.execute("SET maintenance_work_mem = '1GB'")

    def indexes(self, table: str) -> list[tuple[str, str]]:
        return self.conn.execute(PG_INDEXES, (table,)).fetchall()

    def run(self, sql: str) -> None:
        self.conn.execute(sql)
        self.conn.commit()

    def write(self, table: str, rows: list[tuple]) -> None:
        columns = ", ".join(ALL_COLUMNS[table])
        with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        self.conn.commit()

    def done(self) -> None:
        for table in ("stores", "users", "products", *FILLED):
            self.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT max(id) FROM {table}))"
            )
        self.conn.execute("RESET session_replication_role")
        self.conn.commit()


def _streams(w: World) -> Iterator[Iterator[Batch]]:
    yield reference_rows(w)
    yield customer_rows(w)
    yield purchase_rows(w)
    yield claim_rows(w)
    yield complaint_rows(w)  # before the contacts, which point at complaints
    yield interaction_rows(w)
    yield reminder_rows(w)
    yield pbx_call_rows(w)


def _build(sink, w: World) -> None:
    print(f"  {w.sizes.text()}")
    start = time.perf_counter()

    def say(what: str) -> None:
        print(f"  {time.perf_counter() - start:7.1f} s  {what}", flush=True)

    dropped = []
    for table in FILLED:
        for name, definition in sink.indexes(table):
            sink.run(f"DROP INDEX {name}")
            dropped.append(definition)
    counts: dict[str, int] = {}
    for stream in _streams(w):
        for batch in stream:
            for table, rows in batch.items():
                if rows:
                    sink.write(table, rows)
                    before = counts.get(table, 0)
                    counts[table] = before + len(rows)
                    if counts[table] // 1_000_000 > before // 1_000_000:
                        say(f"{table}: {counts[table]:,}")
    say("rows in: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    for definition in dropped:
        sink.run(definition)
    say(f"{len(dropped)} indexes re-created")
    sink.run(LAST_CONTACT)
    sink.done()
    say("customers' last contact set")
