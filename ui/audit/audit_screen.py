"""Audit trail: who changed what and when, filtered, with the record it names a click away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_count
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.audit import AuditFilter, AuditRow
from app.services.audit_export import export_audit
from app.services.audit_reads import AuditChoices, audit_filter_choices
from app.services.changes import KINDS
from app.timeutil import local_date, now_utc
from ui.audit.audit_details import AuditDetails
from ui.audit.audit_filters import AuditFilterBar
from ui.audit.audit_model import COLUMNS, AuditModel
from ui.screen import Screen
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.list_export import ListExport
from ui.widgets.record_table import make_record_table, select_row, selected_row
from ui.widgets.screen_header import ScreenHeader
from ui.workers import Task, run_query

# Records kept on the Admin screen (which only administrators have).
ADMIN_RECORDS = frozenset({"user", "store", "setting"})
# Records every role can open: a customer's profile.
CUSTOMER_RECORDS = frozenset({"customer"})


class AuditScreen(Screen):
    """Filters, the entries newest first (paged as it scrolls), and the selected entry.

    `open_record_requested(entity, entity_id)` asks the window to show that record.
    `can_open_admin`: whether the Admin screen is there to open users and stores on.
    """

    open_record_requested = Signal(str, str)
    # Every write leaves its entries in the trail.
    watches = KINDS

    def __init__(
        self,
        db: Database,
        actor: Actor,
        can_open_admin: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AuditScreen")
        self._db = db
        self._actor = actor
        self._can_open_admin = can_open_admin
        self._choices_task: Task | None = None

        # The entries the filters list, as the table was read.
        self.exporter = ListExport(
            db,
            self,
            title=self.tr("Export the audit trail"),
            file_stem=self.tr("audit-trail-{day}"),
            settings_key="audit/export_folder",
            service=export_audit,
            shown=lambda: (actor, self.model.current_filter()),
            allowed=allowed(actor, "audit.view"),
        )
        self.header = ScreenHeader(
            self.tr("Audit trail"),
            self.tr("Refresh"),
            self.tr("Read the trail again (F5)"),
            [self.exporter.button],
            spacing=12,
        )
        self.title_label = self.header.title_label
        self.state_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = self.header.error_label

        self.filters = AuditFilterBar(local_date(now_utc()))
        self.filters.changed.connect(self._filter_changed)
        self.model = AuditModel(db, actor, parent=self)
        self.model.page_loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._show_error)
        self.table = make_record_table(self.model, "AuditTable")
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            self.table,
            grow=column("changes"),
            # The record and its changes share the room: neither is squeezed to a stub
            # while the other keeps a long name or a long list whole.
            give_way=[
                (column("record"), 280),
                (column("changes"), 300),
                (column("record"), 180),
                (column("changes"), 200),
                (column("who"), 90),
                (column("entity"), 80),
            ],
        )
        self.empty_label = QLabel(
            self.tr("No entries match these filters."), objectName="EmptyState"
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.details = AuditDetails()
        self.details.open_button.clicked.connect(self.open_selected)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.empty_label, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, objectName="AuditSplitter")
        splitter.addWidget(list_box)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        # Room for a few changed fields under the list; the splitter moves it.
        splitter.setSizes([500, 240])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        self._row_changed(QModelIndex())

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the filter lists and the first page again."""
        if self._choices_task is not None and self._choices_task.is_running:
            return
        self.start_loading("choices", "page")
        self.header.show_loading()
        self._choices_task = run_query(
            self._db,
            audit_filter_choices,
            self._actor,
            on_done=self._show_choices,
            on_error=self._show_error,
        )
        self.model.set_filter(self.filters.current())

    def _filter_changed(self, f: AuditFilter) -> None:
        self.also_loading("page")
        self.header.show_loading(lock_refresh=False)
        self.model.set_filter(f)

    def _show_choices(self, choices: AuditChoices) -> None:
        self.filters.blockSignals(True)
        self.filters.set_choices(*choices)
        self.filters.blockSignals(False)
        self.part_loaded("choices")

    def _page_loaded(self, total: int) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows:
            select_row(self.table, 0)
        else:
            self._row_changed(QModelIndex())
        # Refresh is enabled by _finished once the filter lists are in as well.
        self.header.show_state(self.tr("Entries: {count}").format(count=format_count(total)))
        self.part_loaded("page")

    def all_loaded(self) -> None:
        self.refresh_button.setEnabled(True)
        self.loaded.emit(self.model.total())

    def _show_error(self, exc: Any) -> None:
        self.fail_loading(
            exc,
            "The audit trail could not be read",
            self.tr(
                "The audit trail could not be read from the database. Press Refresh (F5) to "
                "try again; if it keeps failing, tell IT support."
            ),
        )

    # -- the selected entry --------------------------------------------------------------

    def selected_entry(self) -> AuditRow | None:
        row = selected_row(self.table)
        return self.model.row_at(row) if row is not None else None

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        named = self.model.named_at(current.row()) if current.isValid() else None
        entry = named.entry if named is not None else None
        self.details.show_entry(named, self.model.formatter())
        button = self.details.open_button
        reason = self.cannot_open_reason(entry)
        button.setEnabled(entry is not None and reason is None)
        button.setToolTip(reason or self.tr("Show this record on its screen (Enter)"))

    def cannot_open_reason(self, entry: AuditRow | None) -> str | None:
        """Why `entry`'s record cannot be opened here, or None when it can."""
        if entry is None:
            return self.tr("Select an entry first")
        if entry.entity in CUSTOMER_RECORDS:
            return None
        if entry.entity in ADMIN_RECORDS:
            if self._can_open_admin:
                return None
            return self.tr(
                "Users, stores and settings are on the Admin screen, which only "
                "administrators have."
            )
        return self.tr("CareDesk has no screen that shows {entity} records.").format(
            entity=self.model.formatter().entity(entry.entity).lower()
        )

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.cannot_open_reason(entry) is None:
            self.open_record_requested.emit(entry.entity, entry.entity_id)
