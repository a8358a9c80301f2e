"""Workers: the service call runs off the UI thread, results and errors come back by signal,
and a write that committed is announced on the change bus."""

from __future__ import annotations

import threading
from functools import partial

import pytest
import shiboken6
from PySide6.QtWidgets import QWidget
from sqlalchemy import func, select

from app.errors import ValidationError
from app.models import Store
from app.services.changes import writes
from ui.workers import (
    Change,
    TaskControl,
    change_bus,
    run_change,
    run_query,
    wait_for_workers,
)


def count_stores(session) -> tuple[int, str]:
    return session.scalar(select(func.count()).select_from(Store)), threading.current_thread().name


@writes("store")
def add_store(session, code: str) -> str:
    session.add(Store(code=code, name="Cửa hàng Quận 3"))
    return code


@pytest.fixture
def heard(qtbot):
    """Every Change announced during the test, in order."""
    changes: list[Change] = []
    bus = change_bus()
    bus.changed.connect(changes.append)
    yield changes
    bus.changed.disconnect(changes.append)


def test_result_arrives_on_the_ui_thread_from_another_thread(qtbot, sqlite_db):
    seen = {}

    def done(result):
        seen["result"] = result
        seen["thread"] = threading.current_thread()

    task = run_query(sqlite_db, count_stores, on_done=done)
    with qtbot.waitSignal(task.finished, timeout=10_000) as blocker:
        pass

    count, worker_thread = blocker.args[0]
    assert count == 0
    assert worker_thread != threading.main_thread().name
    assert seen["thread"] is threading.main_thread()
    assert not task.is_running


def test_the_unit_of_work_is_committed(qtbot, sqlite_db):
    task = run_change(sqlite_db, add_store, "Q3", on_done=lambda _: None)
    with qtbot.waitSignal(task.finished, timeout=10_000) as blocker:
        pass
    assert blocker.args == ["Q3"]
    with sqlite_db.session_scope() as s:
        assert s.scalar(select(Store.code)) == "Q3"


def test_a_committed_write_announces_its_kinds_and_who_asked(qtbot, sqlite_db, heard):
    asker = QWidget()
    qtbot.addWidget(asker)
    stored = []

    def done(code: str) -> None:
        # Announced after the asker took its result in: the store is there to read.
        with sqlite_db.session_scope() as s:
            stored.append(s.scalar(select(Store.code)))
        assert heard == []

    with qtbot.waitSignal(change_bus().changed, timeout=10_000) as announced:
        run_change(sqlite_db, add_store, "Q3", on_done=done, context=asker)

    assert announced.args == [Change(frozenset({"store"}), asker)]
    assert stored == ["Q3"]
    assert heard == [Change(frozenset({"store"}), asker)]


def test_a_write_through_partial_announces_what_the_function_declares(qtbot, sqlite_db, heard):
    task = run_change(sqlite_db, partial(add_store, code="Q5"), on_done=lambda _: None)
    qtbot.waitUntil(lambda: not task.is_running, timeout=10_000)

    assert [c.kinds for c in heard] == [{"store"}]
    assert heard[0].source is None


def test_an_undeclared_function_is_refused_as_a_change_before_it_runs(qtbot, sqlite_db, heard):
    ran = []

    def sneaky(session):
        ran.append(True)

    with pytest.raises(TypeError, match="sneaky declares no writes"):
        run_change(sqlite_db, sneaky, on_done=lambda _: None)
    with pytest.raises(TypeError, match="add_store writes store: use run_change"):
        run_query(sqlite_db, add_store, "Q4", on_done=lambda _: None)
    assert wait_for_workers(5_000)
    assert ran == [] and heard == []
    with sqlite_db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Store)) == 0


def test_an_error_is_delivered_not_raised_and_the_work_is_rolled_back(qtbot, sqlite_db, heard):
    @writes("store")
    def add_then_fail(session):
        session.add(Store(code="BAD", name="Không lưu"))
        session.flush()
        raise ValidationError("Mã cửa hàng đã tồn tại.")

    errors = []
    task = run_change(sqlite_db, add_then_fail, on_done=lambda _: None, on_error=errors.append)
    with qtbot.waitSignal(task.failed, timeout=10_000) as blocker:
        pass

    assert isinstance(blocker.args[0], ValidationError)
    assert errors and errors[0].message == "Mã cửa hàng đã tồn tại."
    with sqlite_db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Store)) == 0
    qtbot.wait(20)
    assert heard == []  # nothing was written, so nothing is announced


def test_progress_is_reported_and_cancel_stops_and_rolls_back(qtbot, sqlite_db, heard):
    started = threading.Event()
    release = threading.Event()

    @writes("store")
    def long_import(session, rows: int, control: TaskControl):
        for n in range(rows):
            session.add(Store(code=f"S{n}", name=f"Cửa hàng {n}"))
            control.progress(n * 100 // rows, f"Dòng {n + 1}/{rows}")
            if n == 1:
                started.set()
                release.wait(10)
        return rows

    progress, cancelled = [], []
    task = run_change(
        sqlite_db,
        long_import,
        10,
        on_done=lambda _: None,
        on_progress=lambda pct, text: progress.append((pct, text)),
        on_cancelled=lambda: cancelled.append(True),
        with_control=True,
    )
    assert started.wait(10)
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=10_000)
    with qtbot.waitSignal(task.cancelled, timeout=10_000):
        task.cancel()
        release.set()

    assert progress[:2] == [(0, "Dòng 1/10"), (10, "Dòng 2/10")]
    assert cancelled == [True]
    with sqlite_db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Store)) == 0
    assert heard == []  # a cancelled write rolled back: nothing to announce


def test_progress_runs_to_the_end_when_not_cancelled(qtbot, sqlite_db):
    def steps(session, control: TaskControl):
        for pct in (0, 50, 100):
            control.progress(pct, "")
        return "ok"

    task = run_query(sqlite_db, steps, on_done=lambda _: None, with_control=True)
    with qtbot.waitSignals([task.progress] * 3 + [task.finished], timeout=10_000):
        pass
    assert not task.is_running


def test_callbacks_are_skipped_when_the_asking_screen_is_gone(qtbot, sqlite_db):
    gate = threading.Event()

    class Screen(QWidget):
        def __init__(self):
            super().__init__()
            self.results = []

        def show_result(self, result):
            self.results.append(result)

    screen = Screen()
    calls = []

    def slow(session):
        gate.wait(10)
        return 1

    task = run_query(sqlite_db, slow, on_done=screen.show_result)
    task.finished.connect(lambda result: calls.append(result))
    screen.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(screen), timeout=5_000)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        gate.set()
    assert calls == [1]  # the task finished; the deleted screen was not called


def test_only_the_newest_of_several_calls_is_answered(qtbot, sqlite_db):
    from ui.workers import LatestOnly

    release = threading.Event()

    def slow(session, label: str) -> str:
        release.wait(timeout=10)
        return label

    owner = QWidget()
    qtbot.addWidget(owner)
    answers, failures = [], []
    latest = LatestOnly(sqlite_db, owner)
    old = latest.run(slow, "old filter", on_done=answers.append, on_error=failures.append)
    new = latest.run(count_stores, on_done=answers.append, on_error=failures.append)
    qtbot.waitUntil(lambda: not new.is_running, timeout=10_000)
    release.set()
    qtbot.waitUntil(lambda: not old.is_running, timeout=10_000)
    qtbot.wait(50)
    assert [a[0] for a in answers] == [0] and failures == []  # the old answer was dropped
