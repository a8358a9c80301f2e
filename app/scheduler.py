"""APScheduler wiring: the jobs that trigger scans. No Qt; results leave through callbacks.

Reminders are rows, not jobs (DESIGN.md): the scheduler only says *when* to look. Two
jobs run on a `BackgroundScheduler` with the in-memory job store, each coalesced, with no
misfire limit and one instance at a time:

- `tick`, every minute: the SLA pass over open complaints, then the scan for reminders
  that fell due (the caller decides whose and how they are announced);
- `daily`, at 07:00 local time: the reminder rules.

Both also run at start, so whatever fell due while the app was closed is there at once,
and `daily` runs again when the wall clock jumps (the machine slept or its clock was set):
the minute job notices that wall time moved further than the monotonic clock did.
Each job opens its own session; an error is logged and the next run tries again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as clock_time

from apscheduler.schedulers.background import BackgroundScheduler

from app.timeutil import now_utc, zone

log = logging.getLogger("caredesk.scheduler")

TICK_SECONDS = 60
DAILY_AT = clock_time(7, 0)
# Wall time running ahead of monotonic time by more than this means the machine slept
# (or its clock was changed): the daily rules run again at once.
JUMP_SECONDS = 300

Job = Callable[[datetime], object]


class CareScheduler:
    """Runs `tick(now)` every minute and `daily(now)` each morning, off the caller's thread."""

    def __init__(
        self,
        tick: Job,
        daily: Job,
        *,
        tick_seconds: int = TICK_SECONDS,
        daily_at: clock_time = DAILY_AT,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._tick, self._daily = tick, daily
        self._tick_seconds, self._daily_at = tick_seconds, daily_at
        self._wall, self._monotonic = wall, monotonic
        self._last: tuple[float, float] | None = None
        self._scheduler = BackgroundScheduler(
            timezone=zone(),
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1},
        )

    @property
    def running(self) -> bool:
        return self._scheduler.running

    def start(self) -> None:
        """Start both jobs; each runs once straight away (daily first, then tick)."""
        now = datetime.now(zone())
        self._scheduler.add_job(
            self._run_daily,
            "cron",
            hour=self._daily_at.hour,
            minute=self._daily_at.minute,
            id="daily",
            next_run_time=now,
        )
        self._scheduler.add_job(
            self._run_tick,
            "interval",
            seconds=self._tick_seconds,
            id="tick",
            next_run_time=now + timedelta(seconds=1),
        )
        self._scheduler.start()

    def shutdown(self) -> None:
        """Stop without waiting for a running job: its session rolls back or commits alone."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def run_daily_soon(self) -> None:
        """Run the daily rules now (coalesced with a run already due)."""
        if self._scheduler.running:
            self._scheduler.modify_job("daily", next_run_time=datetime.now(zone()))

    def clock_jumped(self) -> bool:
        """True when wall time moved further than monotonic time since the last check."""
        wall, mono = self._wall(), self._monotonic()
        last, self._last = self._last, (wall, mono)
        if last is None:
            return False
        return (wall - last[0]) - (mono - last[1]) > JUMP_SECONDS

    def _run_tick(self) -> None:
        if self.clock_jumped():
            log.info("wall clock jumped; running the daily rules again")
            self.run_daily_soon()
        _guarded("tick", self._tick)

    def _run_daily(self) -> None:
        _guarded("daily", self._daily)


def _guarded(name: str, job: Job) -> None:
    try:
        job(now_utc())
    except Exception:  # a failed run must not stop the next one
        log.exception("scheduled job %s failed", name)
