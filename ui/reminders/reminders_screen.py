"""Reminders: the follow-ups an agent owes, overdue first, and the shared pool to take from.

Tabs for Overdue, Today, Upcoming and Done with their counts; a scope (mine, the shared
pool, and every reminder for supervisors); the actions under the list follow the
selected reminder. Counts and pages come from workers; overdue reminders are red.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.formatting import format_count, format_datetime
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.reminders.greetings import export_greetings
from app.services.reminders.reminder_export import export_reminders
from app.services.reminders.reminder_inbox import TABS, ReminderRow, reminder_counts, scopes_for
from app.timeutil import local_date, now_utc
from ui.complaints.complaints_screen import RowColourDelegate
from ui.errors import failure_message
from ui.reminders.reminder_inbox_model import COLUMNS, ReminderInboxModel
from ui.reminders.reminder_work import ReminderWork
from ui.screen import ListScreen
from ui.widgets.column_fit import ColumnFitter
from ui.widgets.list_export import ListExport
from ui.widgets.record_table import make_record_table, select_row, selected_row
from ui.widgets.screen_header import ScreenHeader
from ui.workers import LatestOnly, run_query

TAKE_KEY = "Ctrl+T"
COMPLETE_KEY = "Ctrl+D"


class RemindersScreen(ListScreen):
    """`open_reminder_requested(id)` on Open, Enter or a double-click; `loaded(rows)` once
    the counts and the first page are in. What its actions change goes on the change bus
    (the window's badge follows it)."""

    open_reminder_requested = Signal(int)
    watches = frozenset({"reminder"})

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RemindersScreen")
        self._db = db
        self._actor = actor
        self._read_only = read_only
        self._counts: dict[str, int] = {}
        self._counting = LatestOnly(db, self)
        self._select_id: int | None = None
        # Until the first counts are in: an empty scope hands over to the next one.
        self._seeking = True

        self.export_button = QPushButton(
            self.tr("Export today's greetings…"), objectName="ExportGreetings"
        )
        self.export_button.setToolTip(
            self.tr(
                "Write today's greetings (phone, name, text) to a CSV file for the SMS "
                "gateway; CareDesk sends nothing itself"
            )
        )
        self.export_button.clicked.connect(self.export_greetings)
        self.export_button.setEnabled(not read_only)
        # What the table shows: the tab and the scope it was read with.
        self.exporter = ListExport(
            db,
            self,
            title=self.tr("Export the reminders"),
            file_stem=self.tr("reminders-{day}"),
            settings_key="reminders/export_folder",
            service=export_reminders,
            shown=lambda: (actor, *self.model.current_query()),
            allowed=allowed(actor, "reminder.work"),
        )
        self.header = ScreenHeader(
            self.tr("Reminders"),
            self.tr("Refresh"),
            self.tr("Read the reminders again (F5)"),
            [self.export_button, self.exporter.button],
            spacing=12,
        )
        self.state_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = self.header.error_label
        self.notice_label = QLabel("", objectName="ReminderNotice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice_label.hide()
        self.info_label = QLabel("", objectName="InfoBanner")
        self.info_label.setWordWrap(True)
        self.info_label.hide()

        self.tabs = QTabBar(objectName="ReminderTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for tab in TABS:
            self.tabs.setTabData(self.tabs.addTab(self._tab_name(tab)), tab)
        self.tabs.setCurrentIndex(TABS.index("today"))
        self.tabs.currentChanged.connect(self._query_changed)
        self.scope_combo = QComboBox(objectName="ReminderScope")
        names = self._scope_names()
        for scope in scopes_for(actor):
            self.scope_combo.addItem(names[scope], scope)
        self.scope_combo.currentIndexChanged.connect(self._scope_changed)
        scope_caption = QLabel(self.tr("&Show"))
        scope_caption.setBuddy(self.scope_combo)

        self.model = ReminderInboxModel(db, actor, parent=self)
        self.model.first_page_loaded.connect(self._first_page)
        self.model.load_failed.connect(self._show_error)
        self.table = self._make_table()
        self.empty_label = QLabel("", objectName="EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.empty_label)

        self.work = ReminderWork(db, actor, self, read_only)
        self.work.changed.connect(self._after_change)
        self.work.refused.connect(self._refused)
        self.work.busy_changed.connect(lambda _busy: self._update_actions())
        actions = self._make_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        tab_row = QHBoxLayout()
        tab_row.addWidget(self.tabs, 0, Qt.AlignmentFlag.AlignBottom)
        tab_row.addStretch(1)
        tab_row.addWidget(scope_caption)
        tab_row.addWidget(self.scope_combo)
        layout.addLayout(tab_row)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.info_label)
        layout.addWidget(self.list_stack, 1)
        layout.addLayout(actions)
        self._update_actions()

    def _make_table(self) -> QTableView:
        table = make_record_table(self.model, "RemindersTable")
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        table.setItemDelegate(RowColourDelegate(table))
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        column = COLUMNS.index
        self.column_fitter = ColumnFitter(
            table,
            grow=column("title"),
            give_way=[
                (column("title"), 140),
                (column("kind"), 80),
                (column("customer"), 120),
                (column("status"), 90),
                (column("assignee"), 130),
                (column("phone"), 100),
            ],
        )
        return table

    def _make_actions(self) -> QHBoxLayout:
        def keys(sequence: str) -> str:
            return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)

        self.take_button = QPushButton(self.tr("&Take"), objectName="TakeReminder")
        self.take_button.setToolTip(
            self.tr("Make this reminder from the shared pool yours ({keys})").format(
                keys=keys(TAKE_KEY)
            )
        )
        self.take_button.clicked.connect(self.take_selected)
        self.snooze_button = QPushButton(self.tr("&Snooze"), objectName="SnoozeReminder")
        self.snooze_button.setToolTip(self.tr("Put the reminder off for a while"))
        self.snooze_button.setMenu(self.work.snooze_menu(self.snooze_button, self.selected))
        self.complete_button = QPushButton(self.tr("&Complete…"), objectName="CompleteReminder")
        self.complete_button.setToolTip(
            self.tr(
                "Record how the follow-up went; the contact goes on the customer's "
                "timeline ({keys})"
            ).format(keys=keys(COMPLETE_KEY))
        )
        self.complete_button.clicked.connect(self.complete_selected)
        self.reassign_button = QPushButton(self.tr("&Reassign…"), objectName="ReassignReminder")
        self.reassign_button.setToolTip(
            self.tr("Give the reminder to someone else or back to the shared pool")
        )
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.reassign_button.setVisible(self.work.shows_reassign)
        self.open_button = QPushButton(self.tr("&Open"), objectName="OpenReminder")
        self.open_button.setToolTip(
            self.tr(
                "Open the customer's profile with the reason, the call script and the "
                "greeting (Enter)"
            )
        )
        self.open_button.clicked.connect(self.open_selected)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence(TAKE_KEY), self, self.take_selected, context=context)
        QShortcut(QKeySequence(COMPLETE_KEY), self, self.complete_selected, context=context)
        row = QHBoxLayout()
        row.setSpacing(8)
        for button in (
            self.take_button,
            self.snooze_button,
            self.complete_button,
            self.reassign_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.open_button)
        return row

    def _tab_name(self, tab: str) -> str:
        names = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "upcoming": self.tr("Upcoming"),
            "done": self.tr("Done"),
        }
        name = names.get(tab, tab)
        if tab not in self._counts:
            return name
        return self.tr("{tab} ({count})").format(tab=name, count=format_count(self._counts[tab]))

    def _scope_names(self) -> dict[str, str]:
        return {
            "mine": self.tr("Mine"),
            "pool": self.tr("Shared pool"),
            "all": self.tr("All reminders"),
        }

    # -- loading ---------------------------------------------------------------------------

    def current_tab(self) -> str:
        return self.tabs.tabData(self.tabs.currentIndex())

    def current_scope(self) -> str:
        return self.scope_combo.currentData()

    def choose_tab(self, tab: str) -> None:
        """Show `tab`, as a click on it would."""
        for index in range(self.tabs.count()):
            if self.tabs.tabData(index) == tab:
                self.tabs.setCurrentIndex(index)

    def choose_scope(self, scope: str) -> None:
        index = self.scope_combo.findData(scope)
        if index >= 0:
            self.scope_combo.setCurrentIndex(index)

    def tab_counts(self) -> dict[str, int]:
        return dict(self._counts)

    def refresh(self) -> None:
        """F5: the counts and the first page again (the last action's message goes)."""
        self.notice_label.hide()
        self.info_label.hide()
        self.start_loading("counts", "page")
        self.header.show_loading()
        self._count()
        self.model.set_query(self.current_tab(), self.current_scope())

    def _count(self) -> None:
        self._counting.run(
            reminder_counts,
            self._actor,
            self.current_scope(),
            on_done=self._show_counts,
            on_error=self._show_error,
        )

    def _query_changed(self, _index: int = 0) -> None:
        if not self._shown_once:
            return
        self.also_loading("page")
        self.header.show_loading(lock_refresh=False)
        self.model.set_query(self.current_tab(), self.current_scope())

    def _scope_changed(self, _index: int) -> None:
        if not self._shown_once:
            return
        self.also_loading("counts")
        self._count()
        self._query_changed()

    def _show_counts(self, counts: dict[str, int]) -> None:
        self._counts = dict(counts)
        for index in range(self.tabs.count()):
            self.tabs.setTabText(index, self._tab_name(self.tabs.tabData(index)))
        if self._seeking:
            next_scope = self.scope_combo.currentIndex() + 1
            if not any(counts.values()) and next_scope < self.scope_combo.count():
                # Nothing of one's own yet: open on the pool (then all) when it has work.
                # The load goes on: the next scope's counts and page are waited for.
                self.scope_combo.setCurrentIndex(next_scope)
                return
            self._seeking = False
            if counts.get("overdue"):
                # What was promised and missed comes first.
                self.choose_tab("overdue")
            elif not counts.get("today") and counts.get("upcoming"):
                self.choose_tab("upcoming")
        self.part_loaded("counts")

    def _first_page(self, rows: int) -> None:
        wanted = self.model.find(self._select_id) if self._select_id is not None else None
        self._select_id = None
        self.show_first_page(rows, self._empty_text(), wanted if wanted is not None else 0)

    def first_page_shown(self) -> None:
        self._update_actions()

    def _empty_text(self) -> str:
        tab, scope = self.model.current_query()
        if tab == "done":
            return self.tr("Nothing done here yet.")
        if scope == "pool":
            return {
                "overdue": self.tr("Nothing overdue waits in the shared pool."),
                "today": self.tr("Nothing due today waits in the shared pool."),
                "upcoming": self.tr("Nothing planned waits in the shared pool."),
            }.get(tab, "")
        return {
            "overdue": self.tr("Nothing overdue. Well done."),
            "today": self.tr("Nothing more due today."),
            "upcoming": self.tr("Nothing planned yet."),
        }.get(tab, "")

    def _show_error(self, exc: Any) -> None:
        self.fail_loading(
            exc,
            "The reminders could not be read",
            self.tr(
                "The reminders could not be read from the database. Press Refresh (F5) "
                "to try again; if it keeps failing, tell IT support."
            ),
        )

    # -- rows ------------------------------------------------------------------------------

    def selected(self) -> ReminderRow | None:
        row = selected_row(self.table)
        if (
            row is None
            or row >= self.model.rowCount()
            or self.list_stack.currentWidget() is (self.empty_label)
        ):
            return None
        return self.model.row_at(row)

    def select_reminder(self, reminder_id: int) -> bool:
        """Select `reminder_id` if it is in the list shown; whether it was."""
        row = self.model.find(reminder_id)
        if row is not None:
            select_row(self.table, row)
        return row is not None

    def _update_actions(self) -> None:
        row = self.selected()
        busy = self.work.is_busy()
        self.take_button.setEnabled(not busy and self.work.can_take(row))
        self.snooze_button.setEnabled(not busy and self.work.can_change(row))
        self.complete_button.setEnabled(not busy and self.work.can_change(row))
        self.reassign_button.setEnabled(not busy and self.work.can_reassign(row))
        self.open_button.setEnabled(row is not None)

    def _activated(self, index) -> None:  # noqa: ANN001 - a QModelIndex
        if index.isValid() and index.row() < self.model.rowCount():
            self.open_reminder_requested.emit(self.model.row_at(index.row()).id)

    def _context_menu(self, point) -> None:  # noqa: ANN001 - a QPoint
        row = self.selected()
        if row is None:
            return
        menu = QMenu(self)
        for button in (
            self.take_button,
            self.complete_button,
            self.reassign_button,
            self.open_button,
        ):
            if button.isVisible():
                action = menu.addAction(button.text().replace("&", ""), button.click)
                action.setEnabled(button.isEnabled())
        snooze = menu.addMenu(self.snooze_button.text().replace("&", ""))
        snooze.setEnabled(self.snooze_button.isEnabled())
        for action in self.snooze_button.menu().actions():
            snooze.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- actions ---------------------------------------------------------------------------

    def take_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.work.take(row)

    def complete_selected(self):  # noqa: ANN201 - the dialog, or None
        row = self.selected()
        return self.work.complete(row) if row is not None else None

    def reassign_selected(self):  # noqa: ANN201 - the dialog, or None
        row = self.selected()
        return self.work.reassign(row) if row is not None else None

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_reminder_requested.emit(row.id)

    def _after_change(self, row: ReminderRow | None) -> None:
        self.notice_label.hide()
        if row is not None:
            self._say_done(row)
        self.reload()

    def _say_done(self, row: ReminderRow) -> None:
        if row.status == "done":
            text = self.tr("Completed: {title}. It is under Done.")
        elif row.snoozed_until is not None and local_date(row.when) > local_date(now_utc()):
            text = self.tr("Snoozed to {time}: {title}. It is under Upcoming.")
        elif row.snoozed_until is not None:
            text = self.tr("Snoozed to {time}: {title}.")
        elif row.assignee_id == self._actor.user_id:
            text = self.tr("Taken: {title} is in your reminders (Show: Mine).")
            self._select_id = row.id
        else:
            text = self.tr("Given to {who}: {title}.")
        self.info_label.setText(
            text.format(
                title=row.title,
                time=format_datetime(row.when),
                who=row.assignee_name or self._scope_names()["pool"],
            )
        )
        self.info_label.show()

    def _refused(self, message: str) -> None:
        """Someone else was quicker, or the service said no: said plainly, list reread."""
        self.info_label.hide()
        self.notice_label.setText(message)
        self.notice_label.show()
        self.reload()

    def reload(self) -> None:
        """Counts and the page again, keeping tab, scope and messages."""
        if not self._shown_once:
            return
        self.also_loading("counts", "page")
        self._count()
        self.model.set_query(self.current_tab(), self.current_scope())

    # -- export ----------------------------------------------------------------------------

    def export_greetings(self) -> None:
        """Ask where, then write today's greeting list there on a worker."""
        if self._read_only:
            return
        name = self.tr("greetings-{date}.csv").format(date=f"{local_date(now_utc()):%Y-%m-%d}")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export today's greetings"),
            str(Path(QDir.homePath()) / name),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        if not path.lower().endswith(".csv"):
            path += ".csv"
        self.export_button.setEnabled(False)
        run_query(
            self._db,
            export_greetings,
            path,
            on_done=lambda count: self._exported(path, count),
            on_error=self._export_failed,
            context=self,
        )

    def _exported(self, path: str, count: int) -> None:
        self.export_button.setEnabled(True)
        self.notice_label.hide()
        if count:
            text = self.tr("%n greeting(s) written to {path}.", "", count).format(path=path)
        else:
            text = self.tr("No greetings are due today; {path} holds only the header row.").format(
                path=path
            )
        self.info_label.setText(text)
        self.info_label.show()

    def _export_failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.info_label.hide()
        self.notice_label.setText(
            failure_message(
                exc,
                "Today's greetings could not be exported",
                self.tr(
                    "The greetings could not be written. Check that the folder exists and "
                    "you may write there, then try again."
                ),
            )
        )
        self.notice_label.show()
