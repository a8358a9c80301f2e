"""Admin: users, stores and shared settings, for administrators."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.db import Database
from app.formatting import format_datetime
from app.services.actor import Actor
from app.timeutil import now_utc
from ui.admin.admin_data import AdminData, read_admin
from ui.admin.settings_tab import SettingsTab
from ui.admin.stores_tab import StoresTab
from ui.admin.users_tab import UsersTab
from ui.errors import failure_message
from ui.screen import Screen
from ui.widgets.screen_header import ScreenHeader
from ui.workers import Task, run_in_worker

# Audit entities this screen can open, and the tab that shows them.
RECORD_TABS = {"user": 0, "store": 1, "setting": 2}


class AdminScreen(Screen):
    """Tabs Users, Stores and Settings, read together in one worker call.

    `idle_minutes_changed(minutes)` when the idle-lock time was saved here.
    """

    idle_minutes_changed = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, read_only: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AdminScreen")
        self._db = db
        self._task: Task | None = None
        self._data: AdminData | None = None
        self._pending: tuple[str, str] | None = None
        self._updated_at = ""

        self.header = ScreenHeader(
            self.tr("Admin"),
            self.tr("Refresh"),
            self.tr("Read users, stores and settings again (F5)"),
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

    def data(self) -> AdminData | None:
        """What is on screen (None before the first successful load)."""
        return self._data

    def is_loading(self) -> bool:
        return self._task is not None and self._task.is_running

    def refresh(self) -> None:
        if self.is_loading():
            return
        self.header.show_loading()
        self._task = run_in_worker(
            self._db, read_admin, on_done=self._show, on_error=self._show_error
        )

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
            self.tr("{users} users, {stores} stores · updated {time}").format(
                users=len(data.users), stores=len(data.stores), time=self._updated_at
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
