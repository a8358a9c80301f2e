"""The main window's menus and status bar, built apart from the window's behaviour.

Texts keep the "MainWindow" translation context: they are the window's own.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from app import i18n as app_i18n
from app.db import Database
from app.formatting import format_count
from app.services.actor import Actor
from ui.i18n import language_name
from ui.labels import label, role_labels
from ui.search import GlobalSearch


@dataclass(frozen=True)
class WindowMenus:
    lock_action: QAction
    switch_user_action: QAction
    quit_action: QAction
    view_menu: QMenu
    view_separator: QAction
    refresh_action: QAction
    find_action: QAction
    about_action: QAction
    new_contact_action: QAction


def build_menus(window: QMainWindow) -> WindowMenus:
    """File (new contact, lock, switch user, quit), View (the screens, refresh, find), Help (about).

    The caller connects the actions; screens are inserted before `view_separator`.
    """
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    new_contact_action = QAction(QCoreApplication.translate("MainWindow", "&New contact…"), window)
    new_contact_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
    new_contact_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow",
            "Log a call, visit or message; for the customer on screen or highlighted in the "
            "search (F2)",
        )
    )
    # From anywhere, a contact form included: a second call can come in at any time.
    new_contact_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    file_menu.addAction(new_contact_action)
    file_menu.addSeparator()
    lock_action = QAction(QCoreApplication.translate("MainWindow", "&Lock seat"), window)
    lock_action.setShortcut(QKeySequence("Ctrl+L"))
    lock_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Lock the seat while you are away (Ctrl+L)")
    )
    switch_user_action = QAction(QCoreApplication.translate("MainWindow", "&Switch user…"), window)
    switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    switch_user_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Sign out and let someone else sign in (Ctrl+Shift+L)"
        )
    )
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    if quit_action.shortcut().isEmpty():
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
    file_menu.addAction(lock_action)
    file_menu.addAction(switch_user_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_separator = view_menu.addSeparator()
    refresh_action = QAction(QCoreApplication.translate("MainWindow", "&Refresh"), window)
    refresh_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    refresh_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Read the current screen again (F5)")
    )
    view_menu.addAction(refresh_action)
    find_action = QAction(QCoreApplication.translate("MainWindow", "&Find a customer…"), window)
    find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence(Qt.Key.Key_F3)])
    find_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Search by name, phone, code, serial or invoice (Ctrl+F, F3)"
        )
    )
    # From anywhere in the window, also while a table or a form field has the focus.
    find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    view_menu.addAction(find_action)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about_action = QAction(QCoreApplication.translate("MainWindow", "&About CareDesk"), window)
    help_menu.addAction(about_action)
    return WindowMenus(
        lock_action,
        switch_user_action,
        quit_action,
        view_menu,
        view_separator,
        refresh_action,
        find_action,
        about_action,
        new_contact_action,
    )


def build_status_labels(window: QMainWindow, db: Database, actor: Actor) -> list[QLabel]:
    """Who is signed in, the database and the language, as permanent status-bar labels."""
    user_label = QLabel(
        QCoreApplication.translate("MainWindow", "{name} ({role})").format(
            name=actor.full_name, role=label(role_labels(), str(actor.role))
        ),
        objectName="UserStatus",
    )
    user_label.setToolTip(
        QCoreApplication.translate("MainWindow", "Signed in as {username}").format(
            username=actor.username
        )
    )
    database_label = QLabel(
        QCoreApplication.translate("MainWindow", "Database: {what}").format(what=db.describe()),
        objectName="DatabaseStatus",
    )
    database_label.setToolTip(db.describe())
    language_label = QLabel(
        QCoreApplication.translate("MainWindow", "Language: {name}").format(
            name=language_name(app_i18n.language())
        ),
        objectName="LanguageStatus",
    )
    labels = [user_label, database_label, language_label]
    for widget in labels:
        window.statusBar().addPermanentWidget(widget)
    return labels


def build_top_bar(db: Database, popup_host: QWidget) -> tuple[QFrame, GlobalSearch]:
    """The bar above the screens with the global search; its results float over `popup_host`."""
    top_bar = QFrame(objectName="TopBar")
    search = GlobalSearch(db, popup_host, top_bar)
    bar = QHBoxLayout(top_bar)
    bar.setContentsMargins(24, 6, 24, 6)
    bar.addWidget(search, 3)
    bar.addStretch(2)
    return top_bar, search


def ask_discard_forms(window: QWidget, forms: int) -> bool:
    """Ask before open forms are thrown away; True to go ahead."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Close open forms?"),
        QCoreApplication.translate(
            "MainWindow",
            "Forms still open: {count}. What was typed in them and not saved will be lost.",
        ).format(count=format_count(forms)),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        window,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    try:
        return box.exec() == QMessageBox.StandardButton.Discard
    finally:
        box.deleteLater()


def resize_to_screen(window: QWidget, size: tuple[int, int]) -> None:
    """`size`, or less: 1366x768 laptops are common at counters, never open larger."""
    width, height = size
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width())
        height = min(height, available.height())
    window.resize(width, height)
