"""Database work off the UI thread, and the one signal that says what a write changed.

The UI thread never touches the database: a screen hands a service function to
`run_query` (a read) or `run_change` (a write), which calls `fn(session, *args)` on a
QThreadPool thread inside its own `db.session_scope()` and brings the result, or the
exception, back to the UI thread by signal. Worker code never calls a widget, so a slow
or unreachable PostgreSQL server leaves the window responsive.

A write must say what it changes (`@writes(...)`, app/services/changes.py): once its unit
of work committed, `run_change` announces those kinds on `change_bus().changed`, and each
screen decides whether it shows any of them (ui/screen.py). No screen refreshes another.

Long work (imports, exports, PDF batches) asks for a `TaskControl`: it reports
progress and notices when the person cancels, and a cancelled unit of work rolls back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from app.db import Database
from app.services.changes import writes_of


@dataclass(frozen=True)
class Change:
    """What a write changed (`kinds`, app/services/changes.py) and the QObject that asked
    for it (`source`, None when unknown): a screen that updated itself may ignore it."""

    kinds: frozenset[str]
    source: QObject | None = None


class ChangeBus(QObject):
    """The one application-wide signal: `changed(Change)` after a write committed."""

    changed = Signal(object)

    def announce(self, kinds: Iterable[str], source: QObject | None = None) -> None:
        self.changed.emit(Change(frozenset(kinds), source))


_bus: ChangeBus | None = None


def change_bus() -> ChangeBus:
    """The application's ChangeBus (made on first use, on the UI thread)."""
    global _bus
    if _bus is None or not shiboken6.isValid(_bus):
        _bus = ChangeBus()
    return _bus


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a failure
    """Raised inside a worker function when the person cancelled; the session rolls back."""


class TaskControl:
    """What a long-running function receives to report progress and notice cancellation.

    Plain Python: app.services functions can accept it without knowing about Qt.
    """

    def __init__(self, report: Callable[[int, str], None] | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop here (raise Cancelled) if the person cancelled."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, percent: int, message: str = "") -> None:
        """Report how far the work is (0-100) with a short text; also a cancellation point."""
        self.check()
        if self._report is not None:
            self._report(max(0, min(100, int(percent))), message)


class WorkerSignals(QObject):
    """Emitted from the worker thread; Task relays them on the UI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)
    cancelled = Signal()


class _Worker(QRunnable):
    def __init__(
        self,
        db: Database,
        fn: Callable[..., Any],
        args: tuple[Any, ...],
        signals: WorkerSignals,
        control: TaskControl | None,
    ) -> None:
        super().__init__()
        # The Task owns this object; the pool must not delete it behind Python's back.
        self.setAutoDelete(False)
        self._db = db
        self._fn = fn
        self._args = args
        self._signals = signals
        self._control = control

    def run(self) -> None:
        signals = self._signals
        try:
            if self._control is not None:
                self._control.check()
            with self._db.session_scope() as session:
                if self._control is None:
                    result = self._fn(session, *self._args)
                else:
                    result = self._fn(session, *self._args, control=self._control)
        except Cancelled:
            signals.cancelled.emit()
        except Exception as exc:  # every failure belongs to the UI thread, which explains it
            signals.failed.emit(exc)
        else:
            signals.finished.emit(result)


_active: set[Task] = set()


class Task(QObject):
    """One unit of work on the thread pool, as seen from the UI thread.

    Its signals are emitted on the UI thread: `finished(result)`, `failed(exception)`,
    `progress(percent, text)` and `cancelled()`; exactly one of finished, failed or
    cancelled ends it.
    """

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)
    cancelled = Signal()

    def __init__(
        self,
        db: Database,
        fn: Callable[..., Any],
        args: tuple[Any, ...] = (),
        with_control: bool = False,
    ) -> None:
        super().__init__()
        self._signals = WorkerSignals()
        queued = Qt.ConnectionType.QueuedConnection
        self._signals.finished.connect(self._on_finished, queued)
        self._signals.failed.connect(self._on_failed, queued)
        self._signals.progress.connect(self._on_progress, queued)
        self._signals.cancelled.connect(self._on_cancelled, queued)
        self.control = TaskControl(self._signals.progress.emit) if with_control else None
        self._runnable = _Worker(db, fn, args, self._signals, self.control)
        self._running = False

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        # Held until the end: a Task nobody else references must still deliver its result.
        _active.add(self)
        self._running = True
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; only work started with a control can."""
        if self.control is not None:
            self.control.cancel()

    def _end(self) -> None:
        self._running = False
        _active.discard(self)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc: object) -> None:
        self._end()
        self.failed.emit(exc)

    @Slot(int, str)
    def _on_progress(self, percent: int, text: str) -> None:
        if self._running:
            self.progress.emit(percent, text)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()


def _guard(callback: Callable[..., Any] | None, context: QObject | None) -> Callable[..., Any]:
    def call(*args: Any) -> None:
        # The screen that asked may have been closed while the work ran.
        if callback is not None and (context is None or shiboken6.isValid(context)):
            callback(*args)

    return call


def _report_unhandled(exc: object) -> None:
    from ui.errors import handle_exception

    if isinstance(exc, BaseException):
        handle_exception(type(exc), exc, exc.__traceback__)


def _run(
    db: Database,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    on_done: Callable[[Any], None] | None,
    on_error: Callable[[BaseException], None] | None,
    on_progress: Callable[[int, str], None] | None,
    on_cancelled: Callable[[], None] | None,
    context: QObject | None,
    with_control: bool,
) -> Task:
    task = Task(db, fn, args, with_control=with_control)
    task.finished.connect(_guard(on_done, context))
    task.failed.connect(_guard(on_error or _report_unhandled, context))
    if on_progress is not None:
        task.progress.connect(_guard(on_progress, context))
    if on_cancelled is not None:
        task.cancelled.connect(_guard(on_cancelled, context))
    return task


def _asker(on_done: Callable[[Any], None] | None, context: QObject | None) -> QObject | None:
    """Who asked: `context`, else the QObject a bound `on_done` belongs to."""
    if context is not None:
        return context
    owner = getattr(on_done, "__self__", None)
    return owner if isinstance(owner, QObject) else None


def _name(fn: Callable[..., Any]) -> str:
    while isinstance(fn, partial):
        fn = fn.func
    return getattr(fn, "__qualname__", repr(fn))


def run_query(
    db: Database,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    context: QObject | None = None,
    with_control: bool = False,
) -> Task:
    """Read: run `fn(session, *args)` on the thread pool; call back on the UI thread.

    With `with_control`, fn is also given `control=TaskControl` for progress and
    cancellation. Callbacks are skipped once `context` (by default the object a bound
    `on_done` belongs to) has been deleted. Without `on_error`, a failure goes to the
    application's error handler: logged, and explained in a dialog. A function that
    declares `writes` is refused (TypeError): its change would go unannounced.
    """
    if (declared := writes_of(fn)) is not None:
        raise TypeError(f"{_name(fn)} writes {', '.join(sorted(declared))}: use run_change")
    context = _asker(on_done, context)
    task = _run(db, fn, args, on_done, on_error, on_progress, on_cancelled, context, with_control)
    task.start()
    return task


def run_change(
    db: Database,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    context: QObject | None = None,
    with_control: bool = False,
) -> Task:
    """Write: as `run_query`, then, once the unit of work committed, announce the kinds
    `fn` declares (`@writes`) on `change_bus()`, naming the asker (`context`). A failed or
    cancelled write rolled back and announces nothing. A function without a `writes`
    declaration is refused (TypeError) before anything runs.
    """
    kinds = writes_of(fn)
    if kinds is None:
        raise TypeError(f"{_name(fn)} declares no writes: mark it @writes(...) or use run_query")
    context = _asker(on_done, context)
    task = _run(db, fn, args, on_done, on_error, on_progress, on_cancelled, context, with_control)
    # Not guarded by the context: the write committed even if the asker is gone. After
    # on_done, so the asker has taken its result in before any screen hears of it.
    task.finished.connect(lambda _result: change_bus().announce(kinds, context))
    task.start()
    return task


class LatestOnly:
    """Reads of which only the newest counts: the answer (or failure) of a call
    made before another one is dropped, so a slow reply for an old filter never
    overwrites the new one's."""

    def __init__(self, db: Database, context: QObject) -> None:
        self._db = db
        self._context = context
        self._generation = 0

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> Task:
        self._generation += 1
        generation = self._generation

        def current(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if generation == self._generation else None

        return run_query(
            self._db,
            fn,
            *args,
            on_done=current(on_done),
            on_error=current(on_error),
            context=self._context,
        )


def wait_for_workers(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (at shutdown, before the database is disposed)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def run_and_wait(
    db: Database, fn: Callable[..., Any], *args: Any, timeout_ms: int = 120_000
) -> Any:
    """Run `fn(session, *args)` on a worker and wait for it with a local event loop.

    For start-up steps that have nothing to show before the answer (a screenshot run):
    the database is still only touched off the UI thread. Raises the worker's exception,
    or TimeoutError when no answer came in time.
    """
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: BaseException) -> None:
        outcome["error"] = exc
        loop.quit()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    run_query(db, fn, *args, on_done=done, on_error=failed)
    if not outcome:
        loop.exec()
    timer.stop()
    if "error" in outcome:
        raise outcome["error"]
    if "result" not in outcome:
        raise TimeoutError(f"no answer from the database within {timeout_ms // 1000} s")
    return outcome["result"]
