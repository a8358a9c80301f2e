"""Taking a unit in: what the form says about the warranty before saving, the quote of an
out-of-warranty repair, a late return that needs a supervisor, and refusals that keep
what was typed."""

from __future__ import annotations

import pytest

from app.models import Claim
from app.services.claims.claims import ClaimView
from tests.helpers_qt import type_text
from ui.claims.claim_form import ClaimForm

TIMEOUT = 10_000
FAULT = "Tivi có tiếng nhưng không lên hình, đèn nguồn nháy đỏ."


@pytest.fixture
def open_form(qtbot, sqlite_db):
    def make(actor, purchase_id: int, kind: str = "repair") -> ClaimForm:
        form = ClaimForm(sqlite_db, actor, purchase_id, kind=kind)
        qtbot.addWidget(form)
        with qtbot.waitSignal(form.purchase_loaded, timeout=TIMEOUT):
            form.show()
        return form

    return make


def claims(db) -> int:
    with db.session_scope() as s:
        return s.query(Claim).count()


def test_an_in_warranty_repair_is_taken_in(qtbot, sqlite_db, open_form, seat_agent, shop):
    pid = shop.sell(sqlite_db, serial="SN55A0001", days_ago=100)
    form = open_form(seat_agent, pid)
    assert "SN55A0001" in form.unit_label.text() and "Nguyễn Văn An" in form.unit_label.text()
    assert form.warranty_label.text().startswith("In warranty: until")
    assert not form.quote_spin.isVisible()  # nothing to pay
    type_text(qtbot, form.fault_edit, FAULT)
    type_text(qtbot, form.accessories_edit, "Điều khiển, chân đế")
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    view = saved.args[0]
    assert isinstance(view, ClaimView)
    assert view.number.startswith("YC-") and view.status == "received" and view.in_warranty


def test_an_expired_repair_asks_for_the_quote(qtbot, sqlite_db, open_form, seat_agent, shop):
    pid = shop.sell(sqlite_db, serial="SN55OLD1", days_ago=800)  # 24 months are over
    form = open_form(seat_agent, pid)
    assert form.warranty_label.text().startswith("Expired: the warranty ended on")
    assert "charged" in form.warranty_label.text()
    assert form.quote_spin.isVisible() and form.quote_check.isVisible()
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("exchange"))
    assert not form.quote_spin.isVisible()  # only a repair is quoted
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("repair"))
    type_text(qtbot, form.fault_edit, FAULT)
    form.quote_spin.setValue(1_200_000)
    form.quote_check.setChecked(True)
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    view = saved.args[0]
    assert not view.in_warranty
    assert view.quoted_cost_vnd == 1_200_000 and view.quote_accepted is True


def test_a_late_return_by_an_agent_says_a_supervisor_must_approve(
    qtbot, sqlite_db, open_form, seat_agent, shop
):
    pid = shop.sell(sqlite_db, serial="SN55LATE", days_ago=40)  # 15 days to return it
    form = open_form(seat_agent, pid, kind="return")
    note = form.approval_label.text()
    assert form.approval_label.isVisible()
    assert "Return window closed" in note and "supervisor must approve" in note
    type_text(qtbot, form.fault_edit, "Khách đổi ý, không muốn dùng nữa.")
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=TIMEOUT)
    assert "supervisor must approve" in form.banner_text()
    assert form.isVisible() and form.fault_edit.toPlainText().startswith("Khách đổi ý")
    assert claims(sqlite_db) == 0


def test_a_supervisor_approves_a_late_return_by_taking_it_in(
    qtbot, sqlite_db, open_form, seat_agent, shop
):
    pid = shop.sell(sqlite_db, serial="SN55LATE2", days_ago=40)
    form = open_form(shop.supervisor, pid, kind="return")
    assert "you approve" in form.approval_label.text()
    type_text(qtbot, form.fault_edit, "Khách đổi ý.")
    with qtbot.waitSignal(form.saved, timeout=TIMEOUT) as saved:
        form.save_button.click()
    assert saved.args[0].kind == "return"


def test_an_empty_fault_is_refused_under_the_fault(qtbot, sqlite_db, open_form, seat_agent, shop):
    pid = shop.sell(sqlite_db, serial="SN55A0009")
    form = open_form(seat_agent, pid)
    type_text(qtbot, form.condition_edit, "Trầy xước nhẹ")
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.is_busy(), timeout=TIMEOUT)
    assert form.field_error("fault_description")
    assert form.fault_edit.hasFocus()
    assert form.condition_edit.toPlainText() == "Trầy xước nhẹ"
    assert claims(sqlite_db) == 0
