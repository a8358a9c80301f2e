"""How an import paces its transactions so other seats get their turn."""

from __future__ import annotations

import gc

import pytest

from app.services.imports import pacing
from app.services.imports.pacing import Pacer, without_collector


@pytest.fixture
def clock(monkeypatch):
    """perf_counter moved by hand, sleeps recorded instead of slept."""
    now, slept = [0.0], []
    monkeypatch.setattr(pacing.time, "perf_counter", lambda: now[0])
    monkeypatch.setattr(pacing.time, "sleep", slept.append)
    return now, slept


def test_transactions_grow_to_about_a_second_then_follow_the_machine(clock, monkeypatch):
    now, slept = clock
    monkeypatch.setattr(pacing, "FIRST_ROWS", 100)
    monkeypatch.setattr(pacing, "MOST_ROWS", 1000)
    seconds_per_row = [0.001] * 3 + [0.004] * 10  # the machine slows down half-way
    sizes = []
    for _start, part in Pacer(pauses=True).parts(list(range(2000))):
        sizes.append(len(part))
        now[0] += len(part) * seconds_per_row[len(sizes) - 1]
    # 100 rows took 0.1 s: doubled (never more at a time), up to the 1,000 limit; then
    # 1,000 rows took 4 s, so the next is the 250 rows that take 1 s.
    assert sizes == [100, 200, 400, 800, 250, 250]
    assert slept == [0.11] * 5  # after each transaction but the last


def test_postgresql_does_not_pause(clock):
    _now, slept = clock
    parts = [len(p) for _s, p in Pacer(pauses=False).parts(list(range(1200)))]
    assert parts == [500, 500, 200] and slept == []  # no time passed: the size stays


def test_a_transaction_taking_no_measurable_time_keeps_its_size():
    pacer = Pacer(pauses=False)
    pacer.took(500, 0.0)
    assert pacer.size == 500
    pacer.took(0, 1.0)
    assert pacer.size == 500
    pacer.took(1, 10.0)
    assert pacer.size == 1  # never nothing


def test_the_collector_is_off_while_an_import_runs_and_back_after():
    assert gc.isenabled()
    with without_collector():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with without_collector():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_the_collector_comes_back_after_a_failure():
    with pytest.raises(ValueError), without_collector():
        raise ValueError
    assert gc.isenabled()
