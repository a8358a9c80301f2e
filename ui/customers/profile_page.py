"""One customer's 360° profile: header, the actions that work today, and the sections.

Opened from the search, the customer list or a link; reads everything in one worker
call (app.services.customers.customer_profile). Actions a role may not use are not shown at all;
those that do not apply now (editing an archived customer) are shown disabled with the
reason in their tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.db import Database
from app.services.actor import Actor
from app.services.customers.customer_merge import MergeResult
from app.services.customers.customer_profile import CustomerProfile, customer_profile
from app.services.customers.customer_views import CustomerView
from ui.customers.profile_actions import EDIT_KEYS, ProfileActions, keys_text
from ui.customers.profile_header import ProfileHeaderCard
from ui.customers.profile_sections import ProfileSections
from ui.errors import failure_message
from ui.reminders.reminder_panel import ReminderPanel
from ui.workers import Task, run_query


class ProfilePage(QWidget):
    """`back_requested()`; `loaded(profile)` / `load_failed(message)`; `customer_changed(id)`
    after a save changed a customer; `list_changed()` when customers were added, archived
    or merged; `open_customer_requested(id)` to show another customer;
    `new_contact_requested(id)` to log a contact with this customer (F2 is the window's)."""

    back_requested = Signal()
    loaded = Signal(object)
    load_failed = Signal(str)
    customer_changed = Signal(int)
    list_changed = Signal()
    open_customer_requested = Signal(int)
    new_contact_requested = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ProfilePage")
        self._db = db
        self._actor = actor
        self._customer_id: int | None = None
        self._profile: CustomerProfile | None = None
        self._task: Task | None = None
        self._notes: list[str] = []

        self.actions = ProfileActions(db, actor, read_only)
        self.back_button = QPushButton(self.tr("← Customer list"), objectName="BackButton")
        self.back_button.setToolTip(
            self.tr("Back to the customer list ({keys})").format(keys=keys_text("Alt+Left"))
        )
        self.back_button.clicked.connect(self.back_requested)
        self.state_label = QLabel("", objectName="ScreenState")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.state_label, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch(1)
        top.addWidget(self.actions.new_complaint_button)
        top.addWidget(self.actions.new_contact_button)
        self.error_label = QLabel("", objectName="ErrorBanner")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.info_label = QLabel("", objectName="InfoBanner")
        self.info_label.setWordWrap(True)
        self.info_label.hide()
        self.header = ProfileHeaderCard()

        self.actions.saved.connect(self._saved)
        self.actions.conflict.connect(self.refresh)
        self.actions.open_customer_requested.connect(self.open_customer_requested)
        self.actions.new_contact_requested.connect(self.new_contact_requested)
        self.sections = ProfileSections(can_correct=not read_only)
        self.sections.correction_requested.connect(self.actions.add_correction)
        # A reminder opened from the inbox or a notice: worked here, above the profile.
        self.reminder_panel = ReminderPanel(db, actor, read_only)
        # Completing one logs a contact: the timeline here, and the list's last contact.
        self.reminder_panel.changed.connect(lambda row: self._saved("reminder", row))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 18)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.reminder_panel)
        layout.addWidget(self.header)
        layout.addWidget(self.actions)
        layout.addWidget(self.sections, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(EDIT_KEYS), self, self.actions.edit, context=context)
        QShortcut(QKeySequence("Alt+Left"), self, self.back_requested.emit, context=context)

    # -- loading ---------------------------------------------------------------------------

    def customer_id(self) -> int | None:
        return self._customer_id

    def profile(self) -> CustomerProfile | None:
        return self._profile

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    def open(self, customer_id: int) -> None:
        """Show `customer_id` (the previous customer stays until it has loaded)."""
        if customer_id != self._customer_id:
            self._notes = []
            self.info_label.hide()
            self.reminder_panel.clear()
        self._customer_id = customer_id
        self.refresh()

    def refresh(self) -> None:
        if self._customer_id is None:
            return
        self.state_label.setText(self.tr("Loading…"))
        customer_id = self._customer_id
        self._task = run_query(
            self._db,
            customer_profile,
            self._actor,
            customer_id,
            on_done=lambda profile: self._show(customer_id, profile),
            on_error=lambda exc: self._failed(customer_id, exc),
            context=self,
        )

    def _show(self, customer_id: int, profile: CustomerProfile) -> None:
        if customer_id != self._customer_id:
            return  # another customer was opened meanwhile
        self._profile = profile
        h = profile.header
        self._customer_id = h.id  # a merged record opens the one it went into
        self.header.show_header(h)
        self.sections.set_profile(profile)
        notes = list(self._notes)
        if profile.redirected_from:
            notes.insert(
                0,
                self.tr("{old} was merged into this customer; this is the record to use.").format(
                    old=profile.redirected_from
                ),
            )
        if h.archived_at is not None:
            notes.append(
                self.tr(
                    "This customer is archived: search and the list do not show "
                    "them. Restore them to make changes."
                )
            )
        if h.merged_codes:
            notes.append(
                self.tr("Also found by the merged records {codes}.").format(
                    codes=", ".join(h.merged_codes)
                )
            )
        self.info_label.setText("\n".join(notes))
        self.info_label.setVisible(bool(notes))
        self.error_label.hide()
        self.state_label.setText("")
        self.actions.show_header(h)
        self.loaded.emit(profile)

    def _failed(self, customer_id: int, exc: BaseException) -> None:
        if customer_id != self._customer_id:
            return
        message = failure_message(
            exc,
            "A customer profile could not be read",
            self.tr(
                "This customer could not be read from the database. Press F5 to "
                "try again; if it keeps failing, tell IT support."
            ),
        )
        self.error_label.setText(message)
        self.error_label.show()
        self.state_label.setText(self.tr("Not updated"))
        self.load_failed.emit(message)

    # -- after a dialog saved -----------------------------------------------------------

    def _saved(self, action: str, result: object) -> None:
        if action == "edit" and isinstance(result, CustomerView):
            # Old numbers converted on save: said once, on the profile the agent sees next.
            self._notes = list(result.conversion_notes)
        if action == "merge" and isinstance(result, MergeResult):
            self._notes = [
                self.tr("{old} was merged into this customer.").format(old=result.merged_code)
            ]
            self._customer_id = result.kept.id
        self.refresh()
        if self._customer_id is not None:
            self.customer_changed.emit(self._customer_id)
        if action in ("merge", "archive"):
            self.list_changed.emit()

    def show_notes(self, notes: Sequence[str]) -> None:
        """Messages to show with the next load (a new customer's converted numbers)."""
        self._notes = list(notes)
