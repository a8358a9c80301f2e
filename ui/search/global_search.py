"""The search field at the top of the window: Ctrl+F or F3 from anywhere, results as you
type, Enter opens the customer.

Keys stay with the field while the list is open: Up/Down and Page Up/Down move through
the results, Enter opens the selected one (or, pressed before the answer came, the best
match as soon as it arrives), Esc closes the list.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

from app.db import Database
from app.formatting import format_count
from ui.search.search_popup import SearchPopup
from ui.search.search_runner import SearchRunner

# Room for a full name or a pasted number; less on a narrow window.
FIELD_WIDTH = 520
FIELD_MIN_WIDTH = 260
PAGE_STEP = 5
# Focus that a person gave the field (not the window opening): shows recent customers.
_ASKED_FOCUS = (
    Qt.FocusReason.MouseFocusReason,
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


def native_keys(*keys: str) -> str:
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class GlobalSearch(QWidget):
    """`customer_chosen(id)` when a result is opened; `new_customer_requested(text)` asks
    for the create form, pre-filled from what was typed."""

    customer_chosen = Signal(int)
    new_customer_requested = Signal(str)

    def __init__(self, db: Database, popup_host: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GlobalSearchBox")
        self.edit = QLineEdit(objectName="GlobalSearch")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Find a customer: name, phone, code, serial… ({keys})").format(
                keys=native_keys("Ctrl+F")
            )
        )
        self.edit.setToolTip(
            self.tr(
                "Type a name (accents optional), a phone number or its last 4 digits, a "
                "customer code, a serial or invoice number, or an e-mail. From anywhere: "
                "{keys}."
            ).format(keys=native_keys("Ctrl+F", "F3"))
        )
        self.edit.setMinimumWidth(FIELD_MIN_WIDTH)
        self.setMaximumWidth(FIELD_WIDTH)
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._typed)
        self.popup = SearchPopup(popup_host)
        self.popup.chosen.connect(self._open)
        self.popup.new_customer_requested.connect(self.request_new_customer)
        self.runner = SearchRunner(db, parent=self)
        self.runner.results.connect(self._show_results)
        self.runner.failed.connect(self._show_failure)
        self._open_when_ready = False
        QShortcut(
            QKeySequence("Ctrl+N"),
            self.edit,
            self.request_new_customer,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_moved)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)

    # -- what the window asks ------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F / F3: the field takes the keyboard, its text selected to type over."""
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self._show_popup()

    def highlighted_customer(self) -> int | None:
        """The customer highlighted in the open result list (F2 logs a contact for them)."""
        return self.popup.current_id() if self.popup.isVisible() else None

    def close_popup(self) -> None:
        self._open_when_ready = False
        if self.popup.isVisible():
            self.popup.hide()
            QApplication.instance().removeEventFilter(self)

    def request_new_customer(self) -> None:
        self.close_popup()
        self.new_customer_requested.emit(self.edit.text().strip())

    # -- typing and answers --------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._open_when_ready = False
        self.runner.schedule(text)
        self.popup.set_state(self.tr("Searching…"))
        self._show_popup(search=False)

    def _show_popup(self, search: bool = True) -> None:
        text = self.edit.text()
        if search and self._needs_search(text):
            self.popup.set_state(self.tr("Searching…"))
            self.runner.run_now(text)
        if not self.popup.isVisible():
            QApplication.instance().installEventFilter(self)
        self.popup.show_under(self.edit)

    def _needs_search(self, text: str) -> bool:
        if self.runner.is_busy():
            return self.runner.pending_query() != text
        # Recent customers change with every call taken: asked again on each focus.
        return not text or self.runner.answered_query() != text

    def _show_results(self, query: str, hits: list) -> None:
        self.popup.set_hits(hits, query)
        if hits and hits[0].matched_by == "recent":
            # An empty query, or one with nothing to search in it (only spaces or dots).
            state = self.tr("Recent customers: type to search")
        elif hits:
            state = self.tr("Customers found: {count}").format(count=format_count(len(hits)))
        elif not query.strip():
            state = self.tr("No customers yet: create the first one.")
        else:
            state = self.tr("No customer matches “{query}”.").format(query=_shorten(query))
        self.popup.set_state(state)
        if self._open_when_ready:
            self._open_when_ready = False
            if hits:
                self._open(hits[0].id)

    def _show_failure(self, message: str) -> None:
        self._open_when_ready = False
        self.popup.set_hits([])
        self.popup.set_state(message)

    def _open_current(self) -> None:
        if self.runner.is_busy() or self.runner.answered_query() != self.edit.text():
            # Enter before the answer: open the best match when it comes.
            self._open_when_ready = True
            if not self.runner.is_busy():
                self.runner.run_now(self.edit.text())
            else:
                self.runner.flush()
            self._show_popup(search=False)
            return
        customer_id = self.popup.current_id()
        if customer_id is not None:
            self._open(customer_id)

    def _open(self, customer_id: int) -> None:
        self.close_popup()
        self.edit.selectAll()
        self.customer_chosen.emit(customer_id)

    # -- keys, focus and clicks ------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.edit and kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if watched is self.edit and kind == QEvent.Type.FocusIn:
            if event.reason() in _ASKED_FOCUS:  # type: ignore[attr-defined]
                self._show_popup()
        elif (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(watched, QWidget)
            and not self._inside(watched)
        ):
            self.close_popup()
        return False

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_PageDown: PAGE_STEP,
            Qt.Key.Key_PageUp: -PAGE_STEP,
        }
        if key in steps:
            if self.popup.isVisible():
                self.popup.step(steps[key])
            else:
                self._show_popup()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return True
        if key == Qt.Key.Key_Escape and self.popup.isVisible():
            self.close_popup()
            return True
        return False

    def _inside(self, widget: QWidget) -> bool:
        # The field's own clear button is a child of the field.
        return any(w is widget or w.isAncestorOf(widget) for w in (self.edit, self.popup))

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.popup):
            return
        if new is not None and not self._inside(new) and self.popup.isVisible():
            self.close_popup()


def _shorten(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
