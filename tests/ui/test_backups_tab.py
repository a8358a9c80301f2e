"""Admin > Backups and the status bar's word on backups, as an administrator uses them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.models import Customer
from ui.admin import AdminScreen
from ui.admin.backup_status import BackupStatusLabel
from ui.workers import change_bus

TIMEOUT = 20_000


@pytest.fixture
def tab(qtbot, sqlite_db, seat_admin):
    page = AdminScreen(sqlite_db, seat_admin)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    backups = page.backups_tab
    qtbot.waitUntil(lambda: backups.view() is not None and not backups.is_busy(), timeout=TIMEOUT)
    page.tabs.setCurrentWidget(backups)
    return backups


def customers_in(db) -> list[str]:
    with db.session_scope() as s:
        return sorted(s.scalars(select(Customer.full_name)))


def back_up(qtbot, tab) -> None:
    tab.back_up()
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.table.rowCount() > 0, timeout=TIMEOUT)


def test_back_up_now_lists_the_copy_with_what_it_holds(qtbot, tab, sqlite_db, add_customer):
    add_customer("Nguyễn Thị Đào", "0912345678")
    add_customer("Trần Văn Minh", "0987654321")
    assert tab.table.rowCount() == 0
    assert tab.last_label.text().startswith("No backup has been made yet.")

    back_up(qtbot, tab)

    assert tab.table.rowCount() == 1
    assert tab.table.item(0, 2).text() == "2"  # customers
    assert tab.table.item(0, 6).text().endswith(".zip")
    assert (sqlite_db.sqlite_path.parent / "backups" / tab.table.item(0, 6).text()).is_file()
    assert tab.message_label.text().startswith("Backup made: ")
    assert tab.last_label.text().startswith("Last good backup: ")
    assert tab.last_label.property("tone") == ""


def test_restore_asks_first_then_brings_the_copy_back(qtbot, tab, sqlite_db, add_customer):
    add_customer("Nguyễn Thị Đào", "0912345678")
    back_up(qtbot, tab)
    add_customer("Lê Thị Hoa", "0933333333")  # saved after the copy: a restore takes it away

    with qtbot.waitSignal(change_bus().changed, timeout=TIMEOUT) as changed:
        tab.restore_selected()
        qtbot.waitUntil(lambda: tab.confirmation is not None, timeout=TIMEOUT)
        box: QMessageBox = tab.confirmation
        assert box.text().startswith("Restore the backup made on ")
        assert "1 customer, 0 contacts, 0 complaints and 0 claims" in box.informativeText()
        assert box.defaultButton().text() == "&Keep the current data"
        [restore] = [b for b in box.buttons() if b.objectName() == "ConfirmRestore"]
        restore.click()
        qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)

    assert "customer" in changed.args[0].kinds  # every screen reads again
    assert customers_in(sqlite_db) == ["Nguyễn Thị Đào"]
    text = tab.message_label.text()
    assert text.startswith("Restored the backup made on ")
    assert "1 customer, 0 contacts, 0 complaints and 0 claims" in text
    assert "The data from before the restore is kept in " in text
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2, timeout=TIMEOUT)
    assert tab.table.item(0, 6).text().startswith("caredesk-before-restore-")
    assert tab.table.item(0, 2).text() == "2"  # the two customers it replaced


def test_keeping_the_current_data_restores_nothing(qtbot, tab, sqlite_db, add_customer):
    add_customer("Nguyễn Thị Đào", "0912345678")
    back_up(qtbot, tab)
    add_customer("Lê Thị Hoa", "0933333333")

    tab.restore_selected()
    qtbot.waitUntil(lambda: tab.confirmation is not None, timeout=TIMEOUT)
    tab.confirmation.reject()
    qtbot.wait(200)

    assert customers_in(sqlite_db) == ["Lê Thị Hoa", "Nguyễn Thị Đào"]
    assert not tab.is_busy()


def test_a_file_that_is_not_a_backup_is_refused_in_words(qtbot, tab, sqlite_db, tmp_path, dao):
    letter = tmp_path / "letter.zip"
    letter.write_text("not a backup", encoding="utf-8")

    tab.restore_path(letter)
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.message_label.text() != "", timeout=TIMEOUT)

    assert "is not a CareDesk backup" in tab.message_label.text()
    assert tab.message_label.property("tone") == "error"
    assert tab.confirmation is None
    assert customers_in(sqlite_db) == ["Nguyễn Thị Đào"]


def test_a_read_only_administrator_has_no_backups_tab(qtbot, sqlite_db, seat_admin):
    page = AdminScreen(sqlite_db, seat_admin, read_only=True)
    qtbot.addWidget(page)
    assert page.backups_tab is None
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles == ["&Users", "S&tores", "Setti&ngs"]


def test_status_bar_warns_until_a_copy_is_made_then_names_it(qtbot, tab, sqlite_db):
    label = BackupStatusLabel(sqlite_db, can_back_up=True)
    qtbot.addWidget(label)
    qtbot.waitUntil(lambda: label.status is not None, timeout=TIMEOUT)
    assert label.text() == "⚠ No backup yet"
    assert label.toolTip() == "No backup for more than 3 days. Make one in Admin > Backups."

    back_up(qtbot, tab)  # announces "backup" on the change bus: the label reads again

    qtbot.waitUntil(lambda: label.text().startswith("Last backup: "), timeout=TIMEOUT)
    assert label.property("tone") == ""
    assert label.toolTip() == "A copy of the data is made every day."


def test_copies_go_to_the_folder_the_administrator_chose(qtbot, tab, tmp_path, dao):
    usb = tmp_path / "usb"
    usb.mkdir()

    tab.set_folder(str(usb))
    qtbot.waitUntil(lambda: tab.view().folder == usb and not tab.is_busy(), timeout=TIMEOUT)
    assert tab.message_label.text() == f"From now on the copies are kept in {usb}."
    assert tab.folder_label.text() == f"Copies are kept in: {usb}"

    back_up(qtbot, tab)
    assert sorted(p.suffix for p in usb.iterdir()) == [".json", ".zip"]


def test_a_folder_that_does_not_exist_is_refused_and_the_old_one_kept(
    qtbot, tab, sqlite_db, tmp_path
):
    before = tab.view().folder
    gone = tmp_path / "unplugged"

    tab.set_folder(str(gone))
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.message_label.text() != "", timeout=TIMEOUT)

    assert tab.message_label.text() == f"The folder {gone} does not exist."
    assert tab.message_label.property("tone") == "error"
    tab.refresh()
    qtbot.waitUntil(lambda: not tab.is_busy(), timeout=TIMEOUT)
    assert tab.view().folder == before == sqlite_db.sqlite_path.parent / "backups"
