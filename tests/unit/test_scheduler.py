"""The scheduler: both jobs run at start, every tick after, and the rules again after a sleep."""

from __future__ import annotations

import threading
from datetime import datetime

from app.scheduler import JUMP_SECONDS, CareScheduler


class Clocks:
    def __init__(self) -> None:
        self.wall, self.mono = 1_000_000.0, 50.0

    def advance(self, wall: float, mono: float | None = None) -> None:
        self.wall += wall
        self.mono += wall if mono is None else mono


def _scheduler(clocks: Clocks, tick=lambda now: None, daily=lambda now: None) -> CareScheduler:
    return CareScheduler(tick, daily, wall=lambda: clocks.wall, monotonic=lambda: clocks.mono)


def test_a_clock_that_runs_with_the_machine_is_no_jump():
    clocks = Clocks()
    scheduler = _scheduler(clocks)
    assert not scheduler.clock_jumped()  # the first look only remembers
    clocks.advance(60)
    assert not scheduler.clock_jumped()
    clocks.advance(3600)  # an hour of work, both clocks moved together
    assert not scheduler.clock_jumped()


def test_a_sleep_is_a_jump_of_the_wall_clock_only():
    clocks = Clocks()
    scheduler = _scheduler(clocks)
    scheduler.clock_jumped()
    clocks.advance(wall=3 * 86400, mono=60)  # three days asleep, one minute awake
    assert scheduler.clock_jumped()
    clocks.advance(60)
    assert not scheduler.clock_jumped()  # and once only


def test_a_small_drift_is_not_a_jump():
    clocks = Clocks()
    scheduler = _scheduler(clocks)
    scheduler.clock_jumped()
    clocks.advance(wall=60 + JUMP_SECONDS - 1, mono=60)
    assert not scheduler.clock_jumped()


def test_both_jobs_run_at_start_with_an_aware_moment_and_a_failure_does_not_stop_them():
    seen: dict[str, list[datetime]] = {"tick": [], "daily": []}
    ticked, ran = threading.Event(), threading.Event()

    def tick(now: datetime) -> None:
        seen["tick"].append(now)
        if len(seen["tick"]) >= 2:
            ticked.set()
        raise RuntimeError("the database went away")  # logged, and the next tick comes

    def daily(now: datetime) -> None:
        seen["daily"].append(now)
        ran.set()

    scheduler = CareScheduler(tick, daily, tick_seconds=1)
    scheduler.start()
    try:
        assert ran.wait(10), "the daily rules did not run at start"
        assert ticked.wait(10), "the tick did not run again after a failed run"
    finally:
        scheduler.shutdown()
    assert not scheduler.running
    assert len(seen["daily"]) == 1
    assert all(moment.tzinfo is not None for moment in seen["tick"] + seen["daily"])


def test_the_rules_run_again_when_the_machine_wakes():
    clocks = Clocks()
    daily_runs, woke, first_tick = [], threading.Event(), threading.Event()

    def daily(now: datetime) -> None:
        daily_runs.append(now)
        if len(daily_runs) == 2:
            woke.set()

    scheduler = CareScheduler(
        lambda now: first_tick.set(),
        daily,
        tick_seconds=1,
        wall=lambda: clocks.wall,
        monotonic=lambda: clocks.mono,
    )
    scheduler.start()
    try:
        assert first_tick.wait(10)
        clocks.advance(wall=86400, mono=1)  # next tick sees a day gone by in a second
        assert woke.wait(10), "the daily rules did not run after the wake-up"
    finally:
        scheduler.shutdown()
