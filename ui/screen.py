"""What every screen in the main window offers: refresh, signals for its data, and
catching up with the changes it watches."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.formatting import format_datetime
from app.timeutil import now_utc
from ui.errors import failure_message
from ui.widgets.record_table import select_row, selected_row
from ui.workers import Change, change_bus

# A change heard while a read is under way: that read may have begun before the write
# committed, so the screen reads again once it is in, checking this often.
BUSY_RETRY_MS = 50


class Screen(QWidget):
    """A page of the main window that reads its data through a worker.

    `loaded(result)` is emitted when fresh data is on screen, `load_failed(message)` when
    reading failed (the message is what the person was shown). The first load starts
    when the screen is first shown.

    `watches`: the kinds of record (app/services/changes.py) the screen shows. When a
    write of one of them is announced (ui/workers.py), a screen on view reads again once
    the burst of announcements is over; a hidden one is stale and reads again when next
    shown; one never shown stays unread. A change asked for from inside the screen is
    left to the screen, which updates itself after its own writes (`made_here`).
    """

    loaded = Signal(object)
    load_failed = Signal(str)

    watches: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_once = False
        self._stale = False
        self._waiting: set[str] = set()
        # One read for a burst of changes (an import's rows, several saves at once).
        self._catch_up = QTimer(self)
        self._catch_up.setSingleShot(True)
        self._catch_up.setInterval(0)
        self._catch_up.timeout.connect(self._catch_up_now)
        change_bus().changed.connect(self._heard)

    def refresh(self) -> None:
        """Read the data again (F5)."""
        raise NotImplementedError

    def is_loading(self) -> bool:
        return bool(self._waiting)

    # A load made of several parts read on workers at once (a page, its totals, the
    # filter choices...): `all_loaded()` runs when the last part is in.

    def start_loading(self, *parts: str) -> None:
        self._waiting = set(parts)

    def also_loading(self, *parts: str) -> None:
        self._waiting.update(parts)

    def part_loaded(self, part: str) -> None:
        self._waiting.discard(part)
        if not self._waiting:
            self.all_loaded()

    def stop_loading(self) -> None:
        """A part failed: nothing more is waited for."""
        self._waiting.clear()

    def all_loaded(self) -> None:
        """Every part of the load is on screen."""

    def fail_loading(self, exc: BaseException, log_what: str, fallback: str) -> None:
        """A part could not be read: say so in the header (`self.header`, a ScreenHeader),
        stop waiting for the rest, and emit `load_failed` with what the person read.
        A CareDeskError's own message is shown, anything else is logged as `log_what` and
        shown as `fallback` (translated by the screen, naming what it failed to read)."""
        message = failure_message(exc, log_what, fallback)
        self.header.show_failure(message)
        self.stop_loading()
        self.load_failed.emit(message)

    # -- changes made elsewhere ------------------------------------------------------------

    def is_stale(self) -> bool:
        """A change this screen watches came in and has not been read yet."""
        return self._stale

    def made_here(self, change: Change) -> bool:
        """Whether `change` was asked for from this screen or a widget inside it."""
        source: QObject | None = change.source
        while source is not None and shiboken6.isValid(source):
            if source is self:
                return True
            source = source.parent()
        return False

    def refresh_for_changes(self) -> None:
        """Read again after changes made elsewhere (a screen may keep its place)."""
        self.refresh()

    def _heard(self, change: Change) -> None:
        if not self._shown_once or not (change.kinds & self.watches) or self.made_here(change):
            return
        self._stale = True
        if self.isVisible():
            self._catch_up.start(0)

    def _catch_up_now(self) -> None:
        if not self._stale or not self.isVisible():
            return
        if self.is_loading():
            self._catch_up.start(BUSY_RETRY_MS)
            return
        self._stale = False
        self.refresh_for_changes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self._stale = False
            self.refresh()
        elif self._stale:
            self._catch_up.start(0)


class ListScreen(Screen):
    """A screen whose main part is one paged table: `self.table` over `self.model`, in
    `self.list_stack` with `self.empty_label` for an empty list, sized by
    `self.column_fitter`, under `self.header` with its `self.refresh_button`.

    The model gives a row's record id for Qt.UserRole: a read after changes made
    elsewhere keeps that record chosen and the list scrolled where it was."""

    # (record id chosen, scroll position) to come back to on the next first page.
    _place: tuple[object, int] | None = None

    def refresh_for_changes(self) -> None:
        row = selected_row(self.table)
        chosen = None if row is None else self.model.index(row, 0).data(Qt.ItemDataRole.UserRole)
        self._place = (chosen, self.table.verticalScrollBar().value())
        self.refresh()

    def show_first_page(self, rows: int, empty_text: str, select: int = 0) -> None:
        """The model's first page is in: the table (row `select` chosen) or the sentence
        saying why it is empty, and when it was read."""
        place, self._place = self._place, None
        self.list_stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.empty_label.setText(empty_text)
        if rows:
            kept = self._row_of(place[0]) if place is not None else None
            select_row(self.table, select if kept is None else kept)
            if place is not None:
                self.table.verticalScrollBar().setValue(place[1])
        self.column_fitter.fit()
        self.first_page_shown()
        updated = QCoreApplication.translate("ListScreen", "Updated {time}")
        self.header.show_state(updated.format(time=format_datetime(now_utc())))
        self.part_loaded("page")

    def first_page_shown(self) -> None:
        """The first page and its selection are on screen (buttons may follow it)."""

    def all_loaded(self) -> None:
        self.refresh_button.setEnabled(True)
        self.loaded.emit(self.model.rowCount())

    def _row_of(self, record_id: object) -> int | None:
        if record_id is None:
            return None
        user = Qt.ItemDataRole.UserRole
        rows = range(self.model.rowCount())
        return next((r for r in rows if self.model.index(r, 0).data(user) == record_id), None)
