"""The shell: navigation between the screens the signed-in user may use, menus, status bar,
and the seat's lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
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

from app.db import Database
from app.errors import CareDeskError
from app.formatting import format_count
from app.services.access.permissions import allowed
from app.services.actor import Actor
from app.services.reminders.reminder_detail import ReminderDetail, reminder_detail
from app.services.reminders.reminder_inbox import badge_count
from ui.about_dialog import AboutDialog
from ui.admin import AdminScreen
from ui.admin.backup_status import BackupStatusLabel
from ui.audit import AuditScreen
from ui.calls.caller_to_customer import CallerToCustomer
from ui.calls.calls_screen import CallsScreen
from ui.calls.contact_form import ContactForm
from ui.calls.contact_forms import ContactForms
from ui.claims.claim_dialog import ClaimDialog
from ui.claims.claim_form import ClaimForm
from ui.claims.claim_windows import ClaimWindows
from ui.claims.claims_screen import ClaimsScreen
from ui.complaints.complaint_dialog import ComplaintDialog
from ui.complaints.complaint_form import ComplaintForm
from ui.complaints.complaint_windows import ComplaintWindows
from ui.complaints.complaints_screen import ComplaintsScreen
from ui.customers import CustomersScreen
from ui.dashboard.dashboard_screen import DashboardScreen
from ui.dashboard.drill import Drill, show_drill
from ui.errors import show_error
from ui.home import HomeScreen
from ui.reminders.reminders_screen import RemindersScreen
from ui.screen import Screen
from ui.session.lock_page import LockPage
from ui.session.window_lock import WindowLock
from ui.widgets.form_dialog import FormDialog
from ui.window_chrome import (
    ask_discard_forms,
    build_menus,
    build_status_labels,
    build_top_bar,
    resize_to_screen,
)
from ui.workers import Change, change_bus, run_query

DEFAULT_SIZE = (1280, 800)
SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_LAST_SCREEN = "main_window/last_screen"
# Writes that can change how many reminders the badge counts.
BADGE_KINDS = frozenset({"reminder", "complaint", "contact"})

ScreenFactory = Callable[[], Screen]


class MainWindow(QMainWindow):
    """Navigation on the left, the current screen on the right, for `actor`.

    `remember_state=False` (screenshots) neither restores nor saves geometry and screen.
    `idle_ms`: lock the seat after that long without input (None: never). `read_only`
    (screenshots): nothing in the window changes data, and it never locks.
    `switch_user_requested()` asks the seat to sign out; `closed()` follows a close.
    """

    switch_user_requested = Signal()
    closed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        remember_state: bool = True,
        idle_ms: int | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle("CareDesk")
        self._db = db
        self.actor = actor
        self._remember_state = remember_state
        self._read_only = read_only
        self._discard_confirmed = False
        self._screens: dict[str, Screen] = {}

        self.navigation = QListWidget(objectName="Navigation")
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(objectName="ScreenStack")
        self.view_menu_actions: dict[str, QAction] = {}
        menus = build_menus(self)
        self.lock_action, self.switch_user_action = menus.lock_action, menus.switch_user_action
        self.quit_action, self.refresh_action = menus.quit_action, menus.refresh_action
        self.about_action, self.view_menu = menus.about_action, menus.view_menu
        self.find_action = menus.find_action
        self.new_contact_action = menus.new_contact_action
        self.new_contact_action.triggered.connect(self.new_contact_here)
        self.contact_forms = ContactForms(db, actor, self, self._customers_screen)
        self.caller_to_customer = CallerToCustomer(db, actor, self._customers_screen, self)
        self.complaint_windows = ComplaintWindows(db, actor, self)
        self.complaint_windows.open_customer_requested.connect(self.open_customer)
        self.claim_windows = ClaimWindows(db, actor, self)
        self.claim_windows.open_customer_requested.connect(self.open_customer)
        self._view_separator = menus.view_separator
        self.lock_action.triggered.connect(self.lock)
        self.switch_user_action.triggered.connect(self.request_switch_user)
        self.quit_action.triggered.connect(self.close)
        self.refresh_action.triggered.connect(self.refresh_current)
        self.about_action.triggered.connect(self.show_about)
        for number, (key, title, factory) in enumerate(self._screen_entries(), start=1):
            self._add_screen(key, title, factory, number)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        # One count for a burst of changes (an import, several saves at once).
        self._badge_timer = QTimer(self)
        self._badge_timer.setSingleShot(True)
        self._badge_timer.setInterval(0)
        self._badge_timer.timeout.connect(self.refresh_reminder_badge)
        self._connect_screens()

        brand = QLabel("CareDesk", objectName="Brand")
        nav_panel = QFrame(objectName="NavPanel")
        nav_layout = QVBoxLayout(nav_panel)
        nav_layout.setContentsMargins(0, 18, 0, 12)
        nav_layout.setSpacing(12)
        nav_layout.addWidget(brand)
        nav_layout.addWidget(self.navigation, 1)
        self.workspace = QWidget(objectName="Central")
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(nav_panel)
        layout.addLayout(self._build_main_column(db), 1)
        self.lock_page = LockPage(db, actor)
        self.root = QStackedWidget(objectName="RootStack")
        self.root.addWidget(self.workspace)
        self.root.addWidget(self.lock_page)
        self.setCentralWidget(self.root)
        self.window_lock = WindowLock(
            self.root,
            self.workspace,
            self.lock_page,
            [
                self.lock_action,
                self.refresh_action,
                self.about_action,
                self.find_action,
                self.new_contact_action,
            ]
            + list(self.view_menu_actions.values()),
            None if read_only else idle_ms,
        )
        self.lock_page.switch_user_requested.connect(self.request_switch_user)
        self.window_lock.lock_changed.connect(self._show_lock_state)
        self.lock_action.setEnabled(not read_only)
        self.switch_user_action.setEnabled(not read_only)

        self.user_label, self.database_label, self.language_label = build_status_labels(
            self, db, actor
        )
        self.backup_label = BackupStatusLabel(db, allowed(actor, "data.backup"), self)
        self.statusBar().addPermanentWidget(self.backup_label)
        resize_to_screen(self, DEFAULT_SIZE)
        self._restore_state()
        self.refresh_reminder_badge()

    def _screen_entries(self) -> list[tuple[str, str, ScreenFactory]]:
        # A screen the role may not use is not listed at all (the services refuse anyway).
        db, actor, read_only = self._db, self.actor, self._read_only
        entries: list[tuple[str, str, ScreenFactory]] = [
            ("home", self.tr("Home"), lambda: HomeScreen(db)),
            ("customers", self.tr("Customers"), lambda: CustomersScreen(db, actor, read_only)),
            ("calls", self.tr("Calls"), lambda: CallsScreen(db, actor, read_only)),
            ("reminders", self.tr("Reminders"), lambda: RemindersScreen(db, actor, read_only)),
            ("complaints", self.tr("Complaints"), lambda: ComplaintsScreen(db, actor, read_only)),
            ("claims", self.tr("Claims"), lambda: ClaimsScreen(db, actor, read_only)),
            # Supervisors see the team's figures; an agent, their own card.
            (
                "dashboard",
                self.tr("Dashboard") if allowed(actor, "kpi.view") else self.tr("My scorecard"),
                lambda: DashboardScreen(db, actor),
            ),
        ]
        can_admin = allowed(actor, "user.manage")
        if allowed(actor, "audit.view"):
            entries.append(
                ("audit", self.tr("Audit trail"), lambda: AuditScreen(db, actor, can_admin))
            )
        if can_admin:
            entries.append(("admin", self.tr("Admin"), lambda: AdminScreen(db, actor, read_only)))
        return entries

    def _build_main_column(self, db: Database) -> QVBoxLayout:
        """The search bar above the current screen; its result list floats over both."""
        top_bar, self.search = build_top_bar(db, self.workspace)
        self.search.customer_chosen.connect(self.open_customer)
        self.search.new_customer_requested.connect(self.new_customer)
        self.find_action.triggered.connect(self.search.focus_search)
        column = QVBoxLayout()
        column.setSpacing(0)
        column.addWidget(top_bar)
        column.addWidget(self.stack, 1)
        return column

    def _add_screen(self, key: str, title: str, factory: ScreenFactory, number: int) -> None:
        screen = factory()
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

    def _connect_screens(self) -> None:
        # Navigation only: which record to open, which form to start. What a save changed
        # reaches the screens on the change bus (ui/workers.py); each decides for itself.
        calls = self._screens.get("calls")
        if isinstance(calls, CallsScreen):
            calls.open_customer_requested.connect(self.open_customer)
            calls.new_contact_requested.connect(lambda: self.new_contact())
            calls.create_customer_requested.connect(self.caller_to_customer.start)
            self.caller_to_customer.failed.connect(
                lambda message: self.statusBar().showMessage(message, 15_000)
            )
        reminders = self._screens.get("reminders")
        if isinstance(reminders, RemindersScreen):
            reminders.open_reminder_requested.connect(self.open_reminder)
        complaints = self._screens.get("complaints")
        if isinstance(complaints, ComplaintsScreen):
            complaints.open_complaint_requested.connect(self.open_complaint)
            complaints.new_complaint_requested.connect(lambda: self.new_complaint())
        claims = self._screens.get("claims")
        if isinstance(claims, ClaimsScreen):
            claims.open_claim_requested.connect(self.open_claim)
            claims.new_claim_requested.connect(lambda row: self.new_claim(row.purchase_id, row))
            claims.warranty_slip_requested.connect(
                lambda row: self.claim_windows.open_slip("warranty", row.purchase_id)
            )
            claims.register_purchase_requested.connect(self.register_purchase)
            self.claim_windows.purchase_registered.connect(
                lambda view: claims.check_warranty(view.serial_no or view.invoice_no or "")
            )
        customers = self._screens.get("customers")
        if isinstance(customers, CustomersScreen):
            customers.profile_page.new_contact_requested.connect(self.new_contact)
            customers.profile_page.actions.new_complaint_requested.connect(self.new_complaint)
            sections = customers.profile_page.sections
            sections.claim_requested.connect(lambda pid: self.new_claim(pid))
            sections.warranty_slip_requested.connect(
                lambda pid: self.claim_windows.open_slip("warranty", pid)
            )
        dashboard = self._screens.get("dashboard")
        if isinstance(dashboard, DashboardScreen):
            dashboard.open_records_requested.connect(self.open_records)
            dashboard.open_complaint_requested.connect(self.open_complaint)
        audit = self._screens.get("audit")
        admin = self._screens.get("admin")
        if isinstance(audit, AuditScreen):
            audit.open_record_requested.connect(self.open_record)
        if isinstance(admin, AdminScreen):
            admin.idle_minutes_changed.connect(
                lambda minutes: self.window_lock.set_idle_ms(minutes * 60_000)
            )
        # The badge counts reminders; completing one logs a contact, a complaint's SLA
        # pass makes some: any of those may change the number.
        change_bus().changed.connect(self._changes_heard)

    # -- screens -------------------------------------------------------------------------

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

    def open_backups(self) -> None:
        """Admin > Backups, for whoever may see it (others stay where they are)."""
        admin = self._screens.get("admin")
        if isinstance(admin, AdminScreen) and admin.backups_tab is not None:
            self.show_screen("admin")
            admin.tabs.setCurrentWidget(admin.backups_tab)

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's profile (from the search, the audit trail or a link)."""
        customers = self._screens.get("customers")
        if isinstance(customers, CustomersScreen):
            self.show_screen("customers")
            customers.open_profile(customer_id)

    def open_records(self, drill: Drill) -> None:
        """The records behind a Dashboard figure, in their list screen, filtered."""
        screen = self._screens.get(drill.screen)
        if screen is not None:
            show_drill(screen, drill)  # before the first show, which reads the filters
            self.show_screen(drill.screen)

    def open_reminder(self, reminder_id: int) -> None:
        """Show a reminder on its customer's profile (reason, script, greeting, actions);
        one about a complaint with no customer opens the complaint."""
        run_query(
            self._db,
            reminder_detail,
            self.actor,
            reminder_id,
            on_done=self._show_reminder,
            on_error=self._reminder_failed,
            context=self,
        )

    def _show_reminder(self, detail: ReminderDetail) -> None:
        row = detail.row
        customers = self._customers_screen()
        if row.customer_id is not None and customers is not None:
            self.open_customer(row.customer_id)
            customers.profile_page.reminder_panel.show_detail(detail)
        elif row.subject_type == "complaint" and row.subject_id is not None:
            self.open_complaint(row.subject_id)
        else:
            self.statusBar().showMessage(
                self.tr("“{title}” is not about a customer on file: {reason}").format(
                    title=row.title, reason=detail.reason
                ),
                15_000,
            )

    def _reminder_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CareDeskError):
            self.statusBar().showMessage(exc.message, 15_000)
        else:
            show_error(exc, self)

    def _changes_heard(self, change: Change) -> None:
        if change.kinds & BADGE_KINDS:
            self._badge_timer.start()

    def refresh_reminder_badge(self) -> None:
        """Count the user's overdue and today's reminders (theirs and the pool's) on a
        worker and show the number on the Reminders navigation item."""
        if "reminders" not in self._screens:
            return
        run_query(
            self._db,
            badge_count,
            self.actor,
            on_done=self._show_reminder_badge,
            on_error=lambda _exc: None,
            context=self,
        )

    def _show_reminder_badge(self, count: int) -> None:
        keys = list(self._screens)
        item = self.navigation.item(keys.index("reminders"))
        title = self.tr("Reminders")
        item.setText(
            self.tr("{screen} ({count})").format(screen=title, count=format_count(count))
            if count
            else title
        )
        item.setData(Qt.ItemDataRole.UserRole + 1, count)

    def reminder_badge_count(self) -> int:
        """The number the badge shows (0 before it was counted)."""
        if "reminders" not in self._screens:
            return 0
        item = self.navigation.item(list(self._screens).index("reminders"))
        return int(item.data(Qt.ItemDataRole.UserRole + 1) or 0)

    def new_customer(self, prefill: str = "") -> None:
        """The create form, pre-filled with what was typed in the search."""
        customers = self._screens.get("customers")
        if isinstance(customers, CustomersScreen):
            customers.new_customer(prefill)

    def _customers_screen(self) -> CustomersScreen | None:
        customers = self._screens.get("customers")
        return customers if isinstance(customers, CustomersScreen) else None

    def new_contact(self, customer_id: int | None = None, phone: str = "") -> ContactForm | None:
        """A new contact form (not modal: others stay open beside it); None when read-only."""
        if self._read_only:
            return None
        form = self.contact_forms.open(customer_id, phone)
        form.complaint_requested.connect(self.new_complaint)
        return form

    def new_complaint(
        self, customer_id: int | None = None, description: str = ""
    ) -> ComplaintForm | None:
        """The complaint intake form (not modal); once saved, the complaint's dialog opens."""
        if self._read_only:
            return None
        return self.complaint_windows.new_complaint(customer_id, description)

    def open_complaint(self, complaint_id: int) -> ComplaintDialog:
        """The complaint's own window (brought to the front when already open)."""
        return self.complaint_windows.open_complaint(complaint_id)

    def new_claim(self, purchase_id: int | None = None, row: object = None) -> ClaimForm | None:
        """The claim intake form for a purchase; without one, the Claims screen's warranty
        check (a claim starts from the unit). None when read-only or no form opened."""
        if self._read_only:
            return None
        if purchase_id is None:
            claims = self._screens.get("claims")
            if isinstance(claims, ClaimsScreen):
                self.show_screen("claims")
                claims.focus_check()
            return None
        return self.claim_windows.new_claim(purchase_id, row)  # type: ignore[arg-type]

    def open_claim(self, claim_id: int) -> ClaimDialog:
        """The claim's own window (brought to the front when already open)."""
        return self.claim_windows.open_claim(claim_id)

    def register_purchase(self, serial: str = "", customer_id: int | None = None) -> None:
        """The purchase form; once saved, its warranty slip and the check show it."""
        if not self._read_only:
            self.claim_windows.register_purchase(serial, customer_id)

    def new_contact_here(self) -> ContactForm | None:
        """F2: for the customer highlighted in the search, else the profile on screen."""
        customer_id = self.search.highlighted_customer()
        self.search.close_popup()
        customers = self._customers_screen()
        on_profile = (
            customers is not None
            and self.current_screen() is customers
            and (customers.showing_profile())
        )
        if customer_id is None and on_profile:
            customer_id = customers.profile_page.customer_id()
        return self.new_contact(customer_id)

    def open_record(self, entity: str, entity_id: str) -> None:
        """Show the record an audit entry names on the screen that holds it."""
        if entity == "customer" and entity_id.isdigit():
            self.open_customer(int(entity_id))
            return
        admin = self._screens.get("admin")
        if isinstance(admin, AdminScreen) and admin.can_show(entity):
            self.show_screen("admin")
            admin.show_record(entity, entity_id)

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._db.describe(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the seat ------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.window_lock.is_locked

    def lock(self) -> None:
        if not self._read_only:
            self.window_lock.lock()

    def _show_lock_state(self, locked: bool) -> None:
        self.setWindowTitle(self.tr("CareDesk (locked)") if locked else "CareDesk")

    def open_forms(self) -> list[FormDialog]:
        """Forms open in this window, including those hidden while it is locked."""
        return [
            d
            for d in self.findChildren(FormDialog)
            if d.isVisible() or d in self.window_lock.hidden_dialogs()
        ]

    def confirm_discard(self, forms: int) -> bool:
        """Ask before open forms are thrown away; True to go ahead."""
        return ask_discard_forms(self, forms)

    def _may_discard_forms(self) -> bool:
        # A locked seat belongs to someone who is away: whoever is here may not see
        # their forms, so there is nothing to confirm.
        if self._discard_confirmed or self.is_locked():
            return True
        forms = self.open_forms()
        return not forms or self.confirm_discard(len(forms))

    def request_switch_user(self) -> None:
        """Sign out (after confirming open forms unless locked) so someone else can sign in."""
        if self._read_only or not self._may_discard_forms():
            return
        self._discard_confirmed = True
        self.switch_user_requested.emit()

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
        if not self._may_discard_forms():
            event.ignore()
            return
        self._discard_confirmed = True
        self.save_state()
        self.window_lock.stop()
        super().closeEvent(event)
        self.closed.emit()
