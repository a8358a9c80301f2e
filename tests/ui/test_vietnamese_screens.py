"""The whole UI in Vietnamese: every screen and the main dialogs, read as a person sees
them, show no English source string of the catalogue (one that has a Vietnamese)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from tests import scenarios
from tests.ui.visible_text import english_sources, untranslated
from ui.customers import CustomersScreen
from ui.imports import ImportWizard
from ui.main_window import MainWindow
from ui.widgets.record_table import select_row
from ui.workers import wait_for_workers

TIMEOUT = 10_000
# Data that happens to spell an English source: the first administrator's username.
DATA = ("'admin' (source 'admin')",)


@pytest.fixture
def world(sqlite_db, seat_admin, shop, trang, add_complaints):
    """A store with a sale, a claim, a customer's history, reminders and complaints."""
    purchase = shop.sell(sqlite_db, serial="SN55VI0001")
    claim = shop.take_in(sqlite_db, shop.sell(sqlite_db, serial="SN55VI0002"))
    with sqlite_db.session_scope() as s:
        scenarios.profile_history(s, seat_admin, shop.customer_id)
        inbox = scenarios.reminder_inbox(s, seat_admin, shop.agent, trang)
    complaints = add_complaints(2)
    return {
        "customer": shop.customer_id,
        "purchase": purchase,
        "claim": claim.id,
        "complaint": complaints[0],
        "reminder": inbox.today[1],
    }


class Reader:
    """Reads windows and keeps what was left in English, window by window."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.found: list[str] = []

    def read(self, label: str, window: QWidget) -> None:
        wait_for_workers(TIMEOUT)
        QApplication.processEvents()
        found = untranslated(window)
        self.found += [f"{label}: {line}" for line in found if not line.endswith(DATA)]

    def read_and_close(self, label: str, window: QWidget | None) -> None:
        assert window is not None, label
        self.qtbot.waitUntil(window.isVisible, timeout=TIMEOUT)
        self.read(label, window)
        window.close()


def test_the_detector_knows_english_and_leaves_vietnamese_alone():
    english = english_sources()
    assert english.match("Claims") == "Claims"
    assert english.match("Updated 10:00") == "Updated {time}"
    assert english.match("3 contacts") == "%n contacts"
    assert english.match("Bảo hành") is None
    assert english.match("SMS") is None  # the same in both languages
    assert english.match("Nguyễn Văn An · KH0000001") is None


def test_every_screen_and_dialog_is_in_vietnamese(qtbot, sqlite_db, seat_admin, world, vietnamese):
    reader = Reader(qtbot)
    win = MainWindow(sqlite_db, seat_admin, remember_state=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    with qtbot.waitSignal(win.get_screen("home").loaded, timeout=TIMEOUT):
        win.show()

    for key in win.screen_keys():
        screen = win.get_screen(key)
        if key != "home":
            with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
                win.show_screen(key)
        reader.read(f"screen {key}", win)
        for tabs in screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                reader.read(f"screen {key} tab {index}", win)

    customers = win.get_screen("customers")
    assert isinstance(customers, CustomersScreen)
    reader.read_and_close("new customer", customers.new_customer())
    with qtbot.waitSignal(customers.profile_loaded, timeout=TIMEOUT):
        win.open_customer(world["customer"])
    reader.read("customer profile", win)
    panel = customers.profile_page.reminder_panel
    with qtbot.waitSignal(panel.loaded, timeout=TIMEOUT):
        win.open_reminder(world["reminder"])
    reader.read("reminder on the profile", win)

    reader.read_and_close("new contact", win.new_contact(world["customer"]))
    reader.read_and_close("new complaint", win.new_complaint(world["customer"]))
    complaint = win.open_complaint(world["complaint"])
    qtbot.waitSignal(complaint.loaded, timeout=TIMEOUT).wait()
    reader.read_and_close("complaint", complaint)
    form = win.new_claim(world["purchase"])
    assert form is not None
    qtbot.waitSignal(form.purchase_loaded, timeout=TIMEOUT).wait()
    reader.read_and_close("claim form", form)
    claim = win.open_claim(world["claim"])
    qtbot.waitSignal(claim.loaded, timeout=TIMEOUT).wait()
    reader.read_and_close("claim", claim)
    reader.read_and_close("purchase form", win.claim_windows.register_purchase())

    reminders = win.get_screen("reminders")
    with qtbot.waitSignal(reminders.loaded, timeout=TIMEOUT):
        win.show_screen("reminders")
        reminders.choose_scope("all")
    select_row(reminders.table, 0)
    row = reminders.selected()
    assert row is not None
    reader.read_and_close("snooze", reminders.work.choose_snooze(row))
    reader.read_and_close("complete", reminders.work.complete(row))
    reader.read_and_close("reassign", reminders.work.reassign(row))

    wizard = ImportWizard(sqlite_db, seat_admin)
    qtbot.addWidget(wizard)
    wizard.show()
    reader.read_and_close("import wizard", wizard)
    reader.read_and_close("about", win.show_about())

    assert not reader.found, "English left on screen:\n" + "\n".join(reader.found)
