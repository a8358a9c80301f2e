"""The shell: navigation between the screens that exist, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n as app_i18n
from app.db import Database
from ui.about_dialog import AboutDialog
from ui.home import HomeScreen
from ui.i18n import language_name
from ui.screen import Screen

DEFAULT_SIZE = (1280, 800)
SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_LAST_SCREEN = "main_window/last_screen"

ScreenFactory = Callable[[Database], Screen]


class MainWindow(QMainWindow):
    """Navigation on the left, the current screen on the right.

    `remember_state=False` (screenshots) neither restores nor saves geometry and screen.
    """

    def __init__(
        self, db: Database, remember_state: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle("CareDesk")
        self._db = db
        self._remember_state = remember_state
        self._screens: dict[str, Screen] = {}

        self.navigation = QListWidget(objectName="Navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(objectName="ScreenStack")
        self.view_menu_actions: dict[str, QAction] = {}
        self._build_menus()
        for number, (key, title, factory) in enumerate(self._screen_entries(), start=1):
            self._add_screen(key, title, factory, number)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        brand = QLabel("CareDesk", objectName="Brand")
        nav_panel = QFrame(objectName="NavPanel")
        nav_layout = QVBoxLayout(nav_panel)
        nav_layout.setContentsMargins(0, 18, 0, 12)
        nav_layout.setSpacing(12)
        nav_layout.addWidget(brand)
        nav_layout.addWidget(self.navigation, 1)
        central = QWidget(objectName="Central")
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(nav_panel)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(
            self.tr("Database: {what}").format(what=db.describe()), objectName="DatabaseStatus"
        )
        self.database_label.setToolTip(db.describe())
        self.language_label = QLabel(
            self.tr("Language: {name}").format(name=language_name(app_i18n.language())),
            objectName="LanguageStatus",
        )
        self.statusBar().addPermanentWidget(self.database_label)
        self.statusBar().addPermanentWidget(self.language_label)

        self._resize_to_fit()
        self._restore_state()

    def _resize_to_fit(self) -> None:
        # 1366x768 laptops are common at counters: never open larger than the screen.
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width())
            height = min(height, available.height())
        self.resize(width, height)

    def _screen_entries(self) -> list[tuple[str, str, ScreenFactory]]:
        # Only screens that work are listed: a later issue adds its screen here.
        return [("home", self.tr("Home"), lambda db: HomeScreen(db))]

    def _add_screen(self, key: str, title: str, factory: ScreenFactory, number: int) -> None:
        screen = factory(self._db)
        self._screens[key] = screen
        self.stack.addWidget(screen)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        shortcut = QKeySequence(f"Ctrl+{number}")
        item.setToolTip(f"{title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        self.navigation.addItem(item)
        action = QAction(title, self)
        action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False, k=key: self.show_screen(k))
        self.view_menu.insertAction(self._view_separator, action)
        self.view_menu_actions[key] = action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self._view_separator = self.view_menu.addSeparator()
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.refresh_action.setToolTip(self.tr("Read the current screen again (F5)"))
        self.refresh_action.triggered.connect(self.refresh_current)
        self.view_menu.addAction(self.refresh_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About CareDesk"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def screen_keys(self) -> tuple[str, ...]:
        return tuple(self._screens)

    def get_screen(self, key: str) -> Screen:
        return self._screens[key]

    def current_screen_key(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def current_screen(self) -> Screen:
        return self._screens[self.current_screen_key()]

    def show_screen(self, key: str) -> None:
        """Make `key` the current screen (an unknown key is ignored)."""
        keys = list(self._screens)
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))

    def refresh_current(self) -> None:
        self.current_screen().refresh()

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._db.describe(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _restore_state(self) -> None:
        last = "home"
        if self._remember_state:
            settings = QSettings()
            geometry = settings.value(SETTINGS_GEOMETRY)
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
            last = str(settings.value(SETTINGS_LAST_SCREEN, "home"))
        self.show_screen(last if last in self._screens else "home")

    def save_state(self) -> None:
        if not self._remember_state:
            return
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_LAST_SCREEN, self.current_screen_key())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
