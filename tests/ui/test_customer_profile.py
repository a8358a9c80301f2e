"""The 360° profile: who the customer is, what they bought and its warranty, everything
that happened newest first, points and dates; actions only for those who may use them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.formatting import format_date
from app.services.actor import Actor
from app.services.claims.customer_dates import age_on, days_until_birthday
from app.services.customers.customers import add_important_date
from tests import scenarios
from tests.factories import make_store
from ui.customers import CustomersScreen
from ui.customers.loyalty_dialogs import AdjustPointsDialog, TierDialog
from ui.customers.merge_dialog import MergeDialog
from ui.customers.profile_models import (
    dates_model,
    ledger_model,
    purchases_model,
    timeline_model,
)

TIMEOUT = 10_000


@pytest.fixture
def screen(qtbot, sqlite_db, seat_admin):
    def make(actor: Actor = seat_admin) -> CustomersScreen:
        page = CustomersScreen(sqlite_db, actor)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
            page.show()
        return page

    return make


def open_profile(qtbot, page: CustomersScreen, customer_id: int):
    with qtbot.waitSignal(page.profile_loaded, timeout=TIMEOUT) as opened:
        page.open_profile(customer_id)
    return opened.args[0]


def save(qtbot, page: CustomersScreen, dialog) -> None:
    with qtbot.waitSignal(page.profile_loaded, timeout=TIMEOUT):
        dialog.save_button.click()


@pytest.fixture
def dao(sqlite_db, seat_admin, add_customer):
    with sqlite_db.session_scope() as s:
        store = make_store(s, "HCM01", "Cửa hàng Quận 1", province="TP. Hồ Chí Minh").id
    view = add_customer(
        "Nguyễn Thị Đào",
        "0912 345 678",
        "0283 823 4567",
        birthday=date(1958, 4, 30),
        email="dao.nguyen@gmail.com",
        address="12 Lê Lợi",
        ward="Phường Bến Thành",
        province="TP. Hồ Chí Minh",
        store_id=store,
        tags=("người cao tuổi", "sống một mình"),
        marketing_consent=True,
        notes="Nghe kém: nói to và chậm.",
    )
    with sqlite_db.session_scope() as s:
        add_important_date(s, seat_admin, view.id, "Ngày cưới", date(1980, 12, 20))
    return view


def test_header_shows_who_the_customer_is_and_how_to_reach_them(
    qtbot, screen, sqlite_db, seat_admin, dao
):
    with sqlite_db.session_scope() as s:
        history = scenarios.profile_history(s, seat_admin, dao.id)
    page = screen()
    profile = open_profile(qtbot, page, dao.id)

    card = page.profile_page.header
    assert card.name_label.text() == "Nguyễn Thị Đào"
    assert card.code_label.text() == dao.code
    assert card.tier_badge.text() == "Member"
    assert card.tier_badge.property("tier") == "member"
    assert card.points_label.text() == "120 points"
    assert [line.number_label.text() for line in card.phone_lines] == [
        "0912 345 678",
        "028 3823 4567",
    ]
    assert card.phone_lines[0].caption_label.text() == "Mobile, primary"
    age = age_on(date(1958, 4, 30), history.today)
    days = days_until_birthday(date(1958, 4, 30), history.today)
    expected_when = {0: "birthday today", 1: "birthday tomorrow"}.get(days, f"in {days} days")
    assert card.birthday_label.text() == f"30/04/1958 · {age} years old · {expected_when}"
    assert card.email_label.text() == "dao.nguyen@gmail.com"
    assert card.address_label.text() == "12 Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh"
    assert card.store_label.text() == "Cửa hàng Quận 1"
    assert card.consent_label.text() == "Agrees to receive offers"
    assert card.notes_label.text() == "Nghe kém: nói to và chậm."
    assert profile.header.tags == ("người cao tuổi", "sống một mình")

    card.phone_lines[1].copy_button.click()
    assert QGuiApplication.clipboard().text() == "02838234567"
    assert card.phone_lines[1].copy_button.text() == "Copied"


def test_purchases_show_their_warranty_state_in_colour(qtbot, screen, sqlite_db, seat_admin, dao):
    with sqlite_db.session_scope() as s:
        history = scenarios.profile_history(s, seat_admin, dao.id)
    page = screen()
    open_profile(qtbot, page, dao.id)

    sections = page.profile_page.sections
    model = sections.purchases.model
    assert sections.tabText(1) == "Purchases (3)"
    assert [model.text(r, "product") for r in range(3)] == [
        "Tủ lạnh Toshiba 311 lít",
        "Máy giặt 9 kg",
        "Quạt đứng Senko",
    ]
    assert model.text(0, "warranty") == (
        f"In warranty until {format_date(history.in_warranty_end)}"
    )
    assert model.text(1, "warranty") == (
        f"Ending soon: until {format_date(history.ending_soon_end)} (10 days left)"
    )
    assert model.text(2, "warranty") == f"Warranty ended {format_date(history.expired_end)}"
    assert model.text(0, "price") == "12,490,000 ₫"
    warranty = model.column_keys().index("warranty")
    foreground = Qt.ItemDataRole.ForegroundRole
    colours = [model.index(r, warranty).data(foreground).color().name() for r in range(3)]
    assert colours == ["#1f7a3d", "#b45309", "#b42318"]


def test_timeline_is_newest_first_with_every_kind_of_contact(
    qtbot, screen, sqlite_db, seat_admin, dao
):
    with sqlite_db.session_scope() as s:
        scenarios.profile_history(s, seat_admin, dao.id)
    page = screen()
    open_profile(qtbot, page, dao.id)

    sections = page.profile_page.sections
    timeline = sections.timeline.model
    assert sections.tabText(0) == "History (4)"
    assert [timeline.text(r, "kind") for r in range(4)] == [
        "Reminder",
        "Claim",
        "Complaint",
        "Contact",
    ]
    assert timeline.text(0, "what") == "Gọi lại báo tình trạng sửa máy giặt"
    assert timeline.text(0, "status") == "To do"
    assert timeline.text(1, "what") == "BH-2025-00001 · Repair · Máy giặt 9 kg"
    assert timeline.text(1, "status") == "Repairing"
    assert timeline.text(2, "what") == "KN-2025-00001 · Product defect"
    assert timeline.text(2, "status") == "In progress"
    assert timeline.text(3, "what") == "Phone · Inbound · Warranty"
    assert timeline.text(3, "status") == "Complaint opened"
    assert timeline.text(3, "detail") == "Khách báo máy giặt kêu to khi vắt"
    assert timeline.index(0, 1).data(Qt.ItemDataRole.DecorationRole) is not None

    ledger = sections.ledger.model
    assert ledger.text(0, "points") == "+120"
    assert ledger.text(0, "reason") == "Tích điểm mua tủ lạnh"
    dates = sections.dates.model
    assert dates.text(0, "label") == "Ngày cưới"
    assert dates.text(0, "repeats") == "Every year"


def test_an_empty_history_says_so(qtbot, screen, sqlite_db, add_customer):
    view = add_customer("Trần Văn Bình")
    page = screen()
    open_profile(qtbot, page, view.id)

    sections = page.profile_page.sections
    assert sections.timeline.currentWidget() is sections.timeline.empty_label
    assert sections.tabText(1) == "Purchases (0)"
    assert page.profile_page.header.phone_lines == []


def test_section_models_pass_qt_checks(qtmodeltester, qtbot, screen, sqlite_db, seat_admin, dao):
    with sqlite_db.session_scope() as s:
        scenarios.profile_history(s, seat_admin, dao.id)
    page = screen()
    profile = open_profile(qtbot, page, dao.id)

    for make, records in (
        (timeline_model, profile.timeline),
        (purchases_model, profile.purchases),
        (ledger_model, profile.ledger),
        (dates_model, profile.important_dates),
    ):
        model = make()
        qtmodeltester.check(model)
        model.set_records(records)
        qtmodeltester.check(model)


def test_an_agent_has_edit_only(qtbot, screen, as_role, dao):
    page = screen(as_role("agent"))
    open_profile(qtbot, page, dao.id)

    actions = page.profile_page.actions
    assert actions.edit_button.isVisible()
    assert actions.edit_button.isEnabled()
    for hidden in (
        actions.points_button,
        actions.tier_button,
        actions.merge_button,
        actions.archive_button,
    ):
        assert not hidden.isVisible()
    assert actions.merge() is None
    texts = {b.text() for b in page.profile_page.findChildren(type(actions.edit_button))}
    for missing in ("Log a call", "New complaint", "New claim", "Schedule callback"):
        assert not any(missing in t for t in texts)


def test_a_supervisor_archives_and_restores(qtbot, screen, as_role, dao):
    page = screen(as_role("supervisor"))
    open_profile(qtbot, page, dao.id)
    actions = page.profile_page.actions
    assert actions.archive_button.text() == "&Archive…"

    dialog = actions.archive_or_restore()
    with qtbot.waitSignal(page.list_page.loaded, timeout=TIMEOUT):
        save(qtbot, page, dialog)

    card = page.profile_page.header
    assert card.status_label.isVisible()
    assert "archived" in page.profile_page.info_label.text()
    assert actions.archive_button.text() == "&Restore…"
    assert not actions.edit_button.isEnabled()
    assert actions.edit_button.toolTip() == "Restore the customer first"
    assert page.list_page.model.rowCount() == 0  # archived: not listed

    with qtbot.waitSignal(page.list_page.loaded, timeout=TIMEOUT):
        save(qtbot, page, actions.archive_or_restore())
    assert not card.status_label.isVisible()
    assert actions.edit_button.isEnabled()
    assert page.list_page.model.rowCount() == 1


def test_merge_moves_everything_into_the_customer_kept(
    qtbot, screen, sqlite_db, seat_admin, as_role, add_customer, dao
):
    with sqlite_db.session_scope() as s:
        scenarios.profile_history(s, seat_admin, dao.id)
    kept = add_customer("Nguyễn Thị Hồng Đào", "0987 654 321")
    page = screen(as_role("supervisor"))
    open_profile(qtbot, page, dao.id)

    dialog = page.profile_page.actions.merge()
    assert isinstance(dialog, MergeDialog)
    assert not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.picker.runner.results, timeout=TIMEOUT):
        dialog.picker.search_now("dao")
    assert dialog.picker.list.count() == 1  # the customer being merged is never offered
    assert dialog.picker.chosen().id == kept.id
    assert dao.code in dialog.summary_label.text()
    assert kept.code in dialog.summary_label.text()

    with qtbot.waitSignal(page.profile_loaded, timeout=TIMEOUT) as opened:
        dialog.save_button.click()
    profile = opened.args[0]
    assert profile.header.id == kept.id
    assert dao.code in profile.header.merged_codes
    assert len(profile.purchases) == 3
    assert f"{dao.code} was merged into this customer." in page.profile_page.info_label.text()


def test_points_and_tier_by_hand(qtbot, screen, sqlite_db, seat_admin, as_role, dao):
    page = screen(as_role("supervisor"))
    open_profile(qtbot, page, dao.id)
    actions = page.profile_page.actions

    dialog = actions.adjust_points()
    assert isinstance(dialog, AdjustPointsDialog)
    dialog.points_spin.setValue(-5)
    dialog.reason_edit.setText("Trừ nhầm")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert "cannot go below zero" in dialog.field_error("points")
    assert dialog.reason_edit.text() == "Trừ nhầm"

    dialog.points_spin.setValue(50)
    save(qtbot, page, dialog)
    assert page.profile_page.header.points_label.text() == "50 points"

    dialog = actions.set_tier()
    assert isinstance(dialog, TierDialog)
    dialog.tier_combo.setCurrentIndex(dialog.tier_combo.findData("vip"))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert dialog.field_error("reason") != ""
    dialog.reason_edit.setText("Khách hàng doanh nghiệp lớn")
    save(qtbot, page, dialog)

    badge = page.profile_page.header.tier_badge
    assert badge.text() == "VIP"
    assert badge.toolTip() == "Tier set by hand"
    dialog = actions.set_tier()
    assert not dialog.automatic_check.isHidden()
    assert "Khách hàng doanh nghiệp lớn" in dialog.intro.text()
    dialog.reject()
