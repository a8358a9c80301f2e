"""Admin: users, stores, shared settings and backups, for administrators."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from app.formatting import format_datetime
from app.services.access.admin_reads import AdminData, read_admin
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.timeutil import now_utc
from ui.admin.backups_tab import BackupsTab
from ui.admin.settings_tab import SettingsTab
from ui.admin.stores_tab import StoresTab
from ui.admin.users_tab import UsersTab
from ui.errors import failure_message
from ui.imports import ImportWizard
from ui.screen import Screen
from ui.widgets.screen_header import ScreenHeader
from ui.workers import Task, run_query

# Audit entities this screen can open, and the tab that shows them.
RECORD_TABS = {"user": 0, "store": 1, "setting": 2}


class AdminScreen(Screen):
    """Tabs Users, Stores and Settings, read together in one worker call, and Backups
    (for whoever may back up and restore), read on its own: it looks at files.

    `idle_minutes_changed(minutes)` when the idle-lock time was saved here. What an import
    started here wrote reaches the screens that show it on the change bus.
    """

    idle_minutes_changed = Signal(int)
    watches = frozenset({"user", "store", "setting", "backup"})

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AdminScreen")
        self._db = db
        self._actor = actor
        self._task: Task | None = None
        self._import_wizard: ImportWizard | None = None
        self._data: AdminData | None = None
        self._pending: tuple[str, str] | None = None
        self._updated_at = ""

        self.import_button = QPushButton(self.tr("&Import data…"), objectName="ImportData")
        self.import_button.setToolTip(
            self.tr(
                "Bring customers or purchases in from a CSV file or an Excel workbook, or the "
                "call records of the telephone exchange (Asterisk's Master.csv)"
            )
        )
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(not read_only and allowed(actor, "data.load"))
        self.header = ScreenHeader(
            self.tr("Admin"),
            self.tr("Refresh"),
            self.tr("Read users, stores and settings again (F5)"),
            buttons=[self.import_button],
            spacing=10,
        )
        self.title_label = self.header.title_label
        self.state_label = self.header.state_label
        self.refresh_button = self.header.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.error_label = self.header.error_label

        self.users_tab = UsersTab(db, actor, read_only)
        self.stores_tab = StoresTab(db, actor, read_only)
        self.settings_tab = SettingsTab(db, actor, read_only)
        self.tabs = QTabWidget(objectName="AdminTabs")
        self.tabs.addTab(self.users_tab, self.tr("&Users"))
        self.tabs.addTab(self.stores_tab, self.tr("S&tores"))
        self.tabs.addTab(self.settings_tab, self.tr("Setti&ngs"))
        self.backups_tab: BackupsTab | None = None
        if not read_only and allowed(actor, "data.backup"):
            self.backups_tab = BackupsTab(db, actor)
            self.tabs.addTab(self.backups_tab, self.tr("&Backups"))
        for tab, entity in ((self.users_tab, "user"), (self.stores_tab, "store")):
            tab.changed.connect(lambda record_id, e=entity: self.show_record(e, str(record_id)))
            tab.reload_requested.connect(self.refresh)
        self.settings_tab.idle_minutes_saved.connect(self.idle_minutes_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)

    def open_import(self) -> ImportWizard | None:
        """The import window (not modal); the one already open is brought to the front."""
        if self.import_button.isHidden():
            return None
        wizard = self._import_wizard
        if wizard is not None and shiboken6.isValid(wizard) and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        wizard = ImportWizard(self._db, self._actor, parent=self.window())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._import_wizard = wizard
        wizard.show()
        return wizard

    def data(self) -> AdminData | None:
        """What is on screen (None before the first successful load)."""
        return self._data

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    def refresh(self) -> None:
        if self.is_loading():
            return
        self.header.show_loading()
        self._task = run_query(self._db, read_admin, on_done=self._show, on_error=self._show_error)
        if self.backups_tab is not None:
            self.backups_tab.refresh()

    def can_show(self, entity: str) -> bool:
        return entity in RECORD_TABS

    def show_record(self, entity: str, entity_id: str) -> None:
        """Switch to the tab of `entity` and select that record once fresh data is in."""
        if entity not in RECORD_TABS:
            return
        self.tabs.setCurrentIndex(RECORD_TABS[entity])
        self._pending = (entity, entity_id)
        if self.is_loading():
            return  # the load under way selects it
        self.refresh()

    def _select_pending(self) -> None:
        if self._pending is None:
            return
        entity, entity_id = self._pending
        self._pending = None
        tab = {"user": self.users_tab, "store": self.stores_tab}.get(entity)
        if tab is not None and entity_id.isdigit() and tab.select_id(int(entity_id)):
            tab.table.setFocus()
        elif entity == "setting":
            self.settings_tab.idle_spin.setFocus()

    def _show(self, data: AdminData) -> None:
        self._data = data
        self.users_tab.set_data(data.users, data.stores)
        self.stores_tab.set_stores(data.stores)
        self.settings_tab.set_values(data.settings)
        self._select_pending()
        self._updated_at = format_datetime(now_utc())
        self.header.show_loaded(
            self.tr("{users}, {stores} · updated {time}").format(
                users=self.tr("%n user(s)", "", len(data.users)),
                stores=self.tr("%n store(s)", "", len(data.stores)),
                time=self._updated_at,
            )
        )
        self.loaded.emit(data)

    def _show_error(self, exc: BaseException) -> None:
        message = failure_message(
            exc,
            "Admin data could not be read",
            self.tr(
                "Users and stores could not be read from the database. Press Refresh (F5) "
                "to try again; if it keeps failing, tell IT support."
            ),
        )
        self.header.show_failure(message)
        self.load_failed.emit(message)
