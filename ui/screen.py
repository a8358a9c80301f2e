"""What every screen in the main window offers: refresh, and signals for its data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from app.formatting import format_datetime
from app.timeutil import now_utc
from ui.errors import failure_message
from ui.widgets.record_table import select_row


class Screen(QWidget):
    """A page of the main window that reads its data through a worker.

    `loaded(result)` is emitted when fresh data is on screen, `load_failed(message)` when
    reading failed (the message is what the person was shown). The first load starts
    when the screen is first shown.
    """

    loaded = Signal(object)
    load_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown_once = False
        self._waiting: set[str] = set()

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

    def refresh_if_shown(self) -> None:
        """Read the data again if it was read before (a screen never shown stays unread)."""
        if self._shown_once:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.refresh()


class ListScreen(Screen):
    """A screen whose main part is one paged table: `self.table` over `self.model`, in
    `self.list_stack` with `self.empty_label` for an empty list, sized by
    `self.column_fitter`, under `self.header` with its `self.refresh_button`."""

    def show_first_page(self, rows: int, empty_text: str, select: int = 0) -> None:
        """The model's first page is in: the table (row `select` chosen) or the sentence
        saying why it is empty, and when it was read."""
        self.list_stack.setCurrentWidget(self.table if rows else self.empty_label)
        self.empty_label.setText(empty_text)
        if rows:
            select_row(self.table, select)
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
