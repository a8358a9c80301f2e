"""What the KPI benchmark records of the SQL a run sends, the floors beside it, and plans.

`Recorder` listens to the engine (before/after_cursor_execute) and keeps each statement
with its parameters, the step that sent it (the innermost function of app/services/kpis
on the call stack that is not a shared helper, marked "previous" when its window is the
previous period and "by" when it groups) and its time: from its execute to the next
statement's (or the end of the call), so fetching and the step's own Python count too.

Floors are what the plain driver (sqlite3 / psycopg, no SQLAlchemy) takes for
comparable index work over the same UTC bounds: a COUNT(*) of the contacts by their
started_at index and a GROUP BY over the complaints by their opened_at index (by agent:
both grouped by agent); for the telephony steps a COUNT(*) of the PBX calls.
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event

from app.db import Database
from app.services.kpis.period import Period
from app.services.kpis.scope import Scope
from app.services.kpis.window import Window

HELPERS = frozenset({"distribution", "scope", "window", "sql_time"})
CONTACT_STEPS = ("contact_kpis.contacts",)
CONTACT_STEPS += ("sales_kpis.customers", "charts.contacts_per_day", "dashboard._tiers")
FLOORS = {
    ("contacts", False): "SELECT count(*) FROM interactions WHERE started_at >= {p} "
    "AND started_at < {p}",
    ("contacts", True): "SELECT agent_id, count(*) FROM interactions WHERE started_at >= {p} "
    "AND started_at < {p} GROUP BY agent_id",
    ("complaints", False): "SELECT category, count(*) FROM complaints WHERE opened_at >= {p} "
    "AND opened_at < {p} GROUP BY category",
    ("complaints", True): "SELECT assignee_id, count(*) FROM complaints WHERE opened_at >= {p} "
    "AND opened_at < {p} GROUP BY assignee_id",
    ("calls", False): "SELECT count(*) FROM pbx_calls WHERE started_at >= {p} AND started_at < {p}",
    ("calls", True): "SELECT agent_id, count(*) FROM pbx_calls WHERE started_at >= {p} "
    "AND started_at < {p} GROUP BY agent_id",
}


@dataclass
class Statement:
    step: str
    sql: str
    params: object
    start: float
    executed: float = 0.0  # inside cursor.execute
    took: float = 0.0  # to the next statement: execute, fetch and the step's Python


def step_of(frame, period: Period) -> str:
    """The KPI step on the stack: module.function, with (previous) and (by) marks."""
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        short = module.rsplit(".", 1)[-1]
        if module.startswith("app.services.kpis.") and short not in HELPERS:
            previous = grouped = False
            for value in frame.f_locals.values():
                if isinstance(value, Window) and value.period != period:
                    previous = True
                if isinstance(value, Scope) and value.group is not None:
                    grouped = True
            if frame.f_locals.get("by") is not None:
                grouped = True
            marks = (" (previous)" if previous else "") + (" (by)" if grouped else "")
            return f"{short}.{frame.f_code.co_name}{marks}"
        frame = frame.f_back
    return "other"


class Recorder:
    def __init__(self, db: Database) -> None:
        self.period: Period | None = None
        self.statements: list[Statement] = []
        event.listen(db.engine, "before_cursor_execute", self._before)
        event.listen(db.engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany) -> None:
        step = step_of(sys._getframe(1), self.period)
        self.statements.append(Statement(step, statement, parameters, time.perf_counter()))

    def _after(self, conn, cursor, statement, parameters, context, executemany) -> None:
        last = self.statements[-1]
        last.executed = time.perf_counter() - last.start

    def run(self, period: Period, call: Callable[[], object]) -> tuple[float, list[Statement]]:
        """Seconds the call took, and its statements."""
        self.period, self.statements = period, []
        start = time.perf_counter()
        call()
        end = time.perf_counter()
        done = self.statements
        for a, b in zip(done, done[1:], strict=False):
            a.took = b.start - a.start
        if done:
            done[-1].took = end - done[-1].start
        return end - start, done


def step_source(step: str) -> str:
    """Which floor compares with a step: the records it reads most of."""
    if step.startswith("phone_kpis."):
        return "calls"
    return "contacts" if step.split(" ")[0] in CONTACT_STEPS else "complaints"


class Driver:
    """The plain DB-API connection the floors and plans use."""

    def __init__(self, db: Database) -> None:
        self.sqlite = db.is_sqlite
        if self.sqlite:
            self.conn = sqlite3.connect(f"file:{db.sqlite_path}?mode=ro", uri=True)
            self.mark = "?"
        else:
            import psycopg

            url = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
            self.conn = psycopg.connect(url, autocommit=True)
            self.mark = "%s"

    def bound(self, at: datetime) -> object:
        # What SQLAlchemy binds for a UTCDateTime: naive UTC text on SQLite.
        return at.strftime("%Y-%m-%d %H:%M:%S.%f") if self.sqlite else at

    def timed(self, sql: str, params, runs: int) -> float:
        """Median seconds of execute + fetchall over `runs` runs (after one to warm up)."""
        times = []
        for _ in range(runs + 1):
            start = time.perf_counter()
            self.conn.execute(sql, params).fetchall()
            times.append(time.perf_counter() - start)
        return statistics.median(times[1:])

    def floor(self, source: str, grouped: bool, period: Period, runs: int) -> float:
        start, end = period.bounds()
        sql = FLOORS[(source, grouped)].format(p=self.mark)
        return self.timed(sql, (self.bound(start), self.bound(end)), runs)

    def plan(self, sql: str, params) -> list[str]:
        if not self.sqlite:
            rows = self.conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params).fetchall()
            return [row[0] for row in rows]
        rows = self.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        depth: dict[int, int] = {0: -1}
        lines = []
        for node, parent, _unused, detail in rows:
            depth[node] = depth.get(parent, -1) + 1
            lines.append("  " * depth[node] + detail)
        return lines

    def close(self) -> None:
        self.conn.close()
