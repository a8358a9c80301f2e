"""Slips as a counter uses them: numbered once, reprinted as copies, every print recorded.

The records a slip is printed from are rows (scenarios.slip_world), as another screen or
an import leaves them; the slip service reads the models directly.
"""

from __future__ import annotations

import io
import threading
import time

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.errors import NotFound, ValidationError
from app.models import (
    AuditEntry,
    Claim,
    Customer,
    Purchase,
    Slip,
    SlipPrint,
)
from app.services.actor import Actor
from app.services.settings import set_setting
from app.services.slips import slips
from app.slips import COPY_MARK
from tests import scenarios
from tests.factories import make_purchase
from tests.pdf_reading import pdf_text
from tests.scenarios import SLIPS_NOW


def issue(db, actor, kind: str, subject_id: int) -> slips.SlipView:
    with db.session_scope() as s:
        return slips.issue_slip(s, actor, kind, subject_id, now=SLIPS_NOW)


def audit_count(db) -> int:
    with db.session_scope() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry))


def test_each_kind_has_its_own_yearly_number(db, agent, slip_world):
    numbers = {
        kind: issue(db, agent, kind, slip_world.subject(kind)).number
        for kind in ("warranty", "claim", "return", "complaint")
    }
    assert numbers == {
        "warranty": "PBH-2026-000001",
        "claim": "PTN-2026-000001",
        "return": "PTH-2026-000001",
        "complaint": "PKN-2026-000001",
    }
    refund = issue(db, agent, "return", slip_world.refunded_claim_id)
    assert refund.number == "PTH-2026-000002"
    with db.session_scope() as s:
        slip = s.get(Slip, refund.id)
        assert (slip.claim_id, slip.customer_id, slip.store_id, slip.printed_by_id) == (
            slip_world.refunded_claim_id,
            slip_world.customer_id,
            slip_world.store_id,
            agent.user_id,
        )


def test_asking_again_gives_the_same_slip_and_number(db, agent, slip_world):
    first = issue(db, agent, "warranty", slip_world.purchase_id)
    entries = audit_count(db)
    again = issue(db, agent, "warranty", slip_world.purchase_id)
    assert (again.id, again.number) == (first.id, "PBH-2026-000001")
    assert audit_count(db) == entries  # nothing new was issued
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Slip)) == 1
        assert slips.slip_for(s, "warranty", slip_world.purchase_id) == again


def test_issuing_is_audited_with_the_number(db, agent, slip_world):
    view = issue(db, agent, "complaint", slip_world.complaint_id)
    with db.session_scope() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.entity, entry.entity_id, entry.action, entry.actor) == (
        "slip",
        str(view.id),
        "create",
        "yen.tran",
    )
    assert entry.after["number"] == "PKN-2026-000001"


def test_a_reprint_shows_what_was_printed_even_after_the_records_changed(db, agent, slip_world):
    view = issue(db, agent, "warranty", slip_world.purchase_id)
    with db.session_scope() as s:
        s.get(Customer, slip_world.customer_id).full_name = "Nguyễn Thị Ánh Hồng"
        set_setting(s, Actor.os_user(), "slip.terms.warranty", "Điều khoản mới của cửa hàng.")
    with db.session_scope() as s:
        again = slips.issue_slip(s, agent, "warranty", slip_world.purchase_id)
        text = pdf_text(slips.render(s, again.id, copy=True))
    assert again.number == view.number
    assert "Nguyễn Thị Ánh Hồng" not in text and "Nguyễn Thị Ánh" in text
    assert "Điều khoản mới" not in text and "Không bảo hành khi tem bảo hành" in text


def test_the_warranty_slip_says_when_the_warranty_ends(db, agent, slip_world):
    view = issue(db, agent, "warranty", slip_world.purchase_id)
    with db.session_scope() as s:
        text = pdf_text(slips.render(s, view.id))
    assert "PBH-2026-000001" in text and "22/11/2026" in text
    assert "24 months + 12 months extended" in text
    assert "Warranty until 01/11/2029" in text
    assert "9,490,000 ₫" in text
    assert "Điện máy Tràng Tiền" in text and "1 Tràng Tiền, Hoàn Kiếm, Hà Nội" in text
    assert "Tel. 024 3825 1234" in text and "0912 345 678" in text
    assert "12 Ngõ 5 Láng Hạ, Ba Đình, Hà Nội" in text
    assert "Trần Thị Yến" in text  # the staff member who issued it


def test_the_claim_receipt_says_in_words_why_it_is_in_warranty(db, agent, slip_world):
    with db.session_scope() as s:
        s.get(Claim, slip_world.claim_id).warranty_reason = "covered:2029-11-01"
    view = issue(db, agent, "claim", slip_world.claim_id)
    with db.session_scope() as s:
        text = pdf_text(slips.render(s, view.id))
    assert "In warranty until 01/11/2029" in text and "covered:" not in text


def test_return_slips_say_what_the_customer_got_back(db, agent, slip_world):
    exchanged = issue(db, agent, "return", slip_world.exchanged_claim_id)
    refunded = issue(db, agent, "return", slip_world.refunded_claim_id)
    with db.session_scope() as s:
        swap, money = (pdf_text(slips.render(s, v.id)) for v in (exchanged, refunded))
    assert "Replacement serial number SN-LG-000999" in swap and "Exchanged" in swap
    assert "Amount refunded 9,000,000 ₫" in money and "Refunded" in money


def test_a_return_slip_waits_until_the_claim_is_done_and_takes_no_number(db, agent, slip_world):
    with pytest.raises(ValidationError, match="still being worked on"), db.session_scope() as s:
        slips.issue_slip(s, agent, "return", slip_world.claim_id, now=SLIPS_NOW)
    assert issue(db, agent, "return", slip_world.refunded_claim_id).number == "PTH-2026-000001"


def test_unknown_kinds_and_subjects_are_refused(db, agent, slip_world):
    with pytest.raises(ValidationError, match="Choose a kind of slip"), db.session_scope() as s:
        slips.issue_slip(s, agent, "invoice", slip_world.purchase_id)
    with pytest.raises(NotFound, match="no longer exists"), db.session_scope() as s:
        slips.issue_slip(s, agent, "claim", 999_999)
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Slip)) == 0


def test_a_slip_prints_in_vietnamese_when_the_ui_is(db, agent, slip_world):
    from app import i18n

    i18n.set_language("vi")
    view = issue(db, agent, "claim", slip_world.claim_id)
    with db.session_scope() as s:
        text = pdf_text(slips.render(s, view.id))
    for words in (
        "PHIẾU TIẾP NHẬN BẢO HÀNH / ĐỔI TRẢ",
        "Số: PTN-2026-000001",
        "Khách hàng (ký, ghi rõ họ tên)",
        "Nhân viên",
        "Sửa chữa bảo hành",
        "Ngày hẹn trả 30/11/2026",
        "Còn hạn đến 01/11/2029",
    ):
        assert words in text


# -- printing and reprinting ---------------------------------------------------------------


def test_the_first_print_is_the_original_and_later_ones_are_copies(db, agent, admin, slip_world):
    view = issue(db, agent, "warranty", slip_world.purchase_id)
    with db.session_scope() as s:
        assert COPY_MARK not in pdf_text(slips.render(s, view.id))
        first = slips.record_print(s, agent, view.id, "printer")
    with db.session_scope() as s:
        assert COPY_MARK in pdf_text(slips.render(s, view.id))
        second = slips.record_print(s, admin, view.id, "pdf")
        third = slips.record_print(s, Actor.os_user(), view.id, "cli")
        history = slips.prints_of(s, view.id)
        assert slips.slip_for(s, "warranty", slip_world.purchase_id).times_printed == 3
    assert (first.is_copy, second.is_copy, third.is_copy) == (False, True, True)
    assert [(p.by_name, p.is_copy, p.target) for p in history] == [
        ("Trần Thị Yến", False, "printer"),
        ("Quản Trị Viên", True, "pdf"),
        (None, True, "cli"),
    ]


def test_a_failed_or_cancelled_print_leaves_the_next_one_the_original(db, agent, slip_world):
    view = issue(db, agent, "complaint", slip_world.complaint_id)
    # The printer refused: the caller records nothing, so the reprint is not a copy yet.
    with db.session_scope() as s:
        pdf = slips.render(s, view.id)
        assert COPY_MARK not in pdf_text(pdf)
        assert slips.prints_of(s, view.id) == []
        assert slips.record_print(s, agent, view.id, "printer").is_copy is False


def test_each_print_is_audited_once(db, agent, slip_world):
    view = issue(db, agent, "claim", slip_world.claim_id)
    before = audit_count(db)
    with db.session_scope() as s:
        slips.record_print(s, agent, view.id, "printer")
    assert audit_count(db) == before + 1
    with db.session_scope() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.entity, entry.action) == ("slip", "print")
    assert entry.after == {"number": "PTN-2026-000001", "target": "printer", "is_copy": False}


def test_a_print_to_nowhere_or_of_no_slip_is_refused(db, agent, slip_world):
    view = issue(db, agent, "claim", slip_world.claim_id)
    with pytest.raises(ValidationError, match="Say where the slip went"), db.session_scope() as s:
        slips.record_print(s, agent, view.id, "fax")
    with pytest.raises(NotFound), db.session_scope() as s:
        slips.record_print(s, agent, 999_999, "printer")
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(SlipPrint)) == 0


def test_the_layout_setting_chooses_the_paper(db, agent, slip_world):
    view = issue(db, agent, "warranty", slip_world.purchase_id)
    with db.session_scope() as s:
        a5 = PdfReader(io.BytesIO(slips.render(s, view.id))).pages[0].mediabox
        set_setting(s, Actor.os_user(), "slip.layout", "thermal80")
    with db.session_scope() as s:
        roll = PdfReader(io.BytesIO(slips.render(s, view.id))).pages[0].mediabox
    assert (round(float(a5.width)), round(float(a5.height))) == (420, 595)  # A5 in points
    assert round(float(roll.width) / 72 * 25.4) == 80


# -- numbers from several seats ------------------------------------------------------------


def test_two_seats_issuing_at_once_get_distinct_consecutive_numbers(db, agent):
    with db.session_scope() as s:
        worlds = [scenarios.slip_world(s, tag=str(n)) for n in (1, 2)]
    start = threading.Barrier(2)
    taken: list[str] = []
    errors: list[BaseException] = []

    def seat(purchase_id: int) -> None:
        try:
            start.wait(timeout=10)
            with db.session_scope() as s:
                taken.append(
                    slips.issue_slip(s, agent, "warranty", purchase_id, now=SLIPS_NOW).number
                )
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=seat, args=(w.purchase_id,)) for w in worlds]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert sorted(taken) == ["PBH-2026-000001", "PBH-2026-000002"]


def test_two_seats_printing_the_same_first_slip_share_it_and_its_number(db, agent, slip_world):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("seats waiting on each other's row locks: SQLite seats write one at a time")
    first_issued, first_may_commit = threading.Event(), threading.Event()
    taken: list[str] = []
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with db.session_scope() as s:
                taken.append(
                    slips.issue_slip(
                        s, agent, "warranty", slip_world.purchase_id, now=SLIPS_NOW
                    ).number
                )
                first_issued.set()
                first_may_commit.wait(timeout=10)  # the second seat queues meanwhile
        except BaseException as exc:
            errors.append(exc)

    def second() -> None:
        try:
            first_issued.wait(timeout=10)
            with db.session_scope() as s:
                taken.append(
                    slips.issue_slip(
                        s, agent, "warranty", slip_world.purchase_id, now=SLIPS_NOW
                    ).number
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    first_issued.wait(timeout=10)
    time.sleep(0.5)  # the second seat is now waiting for the counter
    first_may_commit.set()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert taken == ["PBH-2026-000001", "PBH-2026-000001"]
    with db.session_scope() as s:
        assert s.scalar(select(func.count()).select_from(Slip)) == 1
        # The number the second seat took while it waited went back: the next is 000002.
        assert (
            slips.issue_slip(
                s, agent, "warranty", scenarios.slip_world(s, tag="9").purchase_id, now=SLIPS_NOW
            ).number
            == "PBH-2026-000002"
        )


# -- finding a slip by a number a person types ---------------------------------------------


def test_a_number_finds_the_slip_or_what_it_is_for(db, agent, slip_world):
    view = issue(db, agent, "warranty", slip_world.purchase_id)
    with db.session_scope() as s:
        assert slips.find_subject(s, "warranty", "pbh-2026-000001 ") == (
            view.id,
            slip_world.purchase_id,
        )
        assert slips.find_subject(s, "warranty", "SN-LG-000123") == (None, slip_world.purchase_id)
        assert slips.find_subject(s, "warranty", "hđ-2026-0456") == (None, slip_world.purchase_id)
        assert slips.find_subject(s, "claim", "YC-2026-100001") == (None, slip_world.claim_id)
        assert slips.find_subject(s, "complaint", "KN-2026-100001") == (
            None,
            slip_world.complaint_id,
        )
        with pytest.raises(ValidationError, match="slip warranty PBH-2026-000001"):
            slips.find_subject(s, "claim", "PBH-2026-000001")
        with pytest.raises(NotFound, match="register the purchase"):
            slips.find_subject(s, "warranty", "SN-KHONG-CO")
        with pytest.raises(NotFound, match="YC-2026-000123"):
            slips.find_subject(s, "return", "YC-1999-1")


def test_an_invoice_of_several_products_asks_for_the_serial(db, agent, slip_world):
    with db.session_scope() as s:
        first = s.get(Purchase, slip_world.purchase_id)
        make_purchase(
            s,
            first.customer_id,
            product_id=first.product_id,
            serial_no="SN-LG-000124",
            invoice_no=first.invoice_no,
            purchase_date=first.purchase_date,
            warranty_end=first.warranty_end,
        )
    with db.session_scope() as s:
        with pytest.raises(ValidationError, match="give the product's serial number"):
            slips.find_subject(s, "warranty", "HĐ-2026-0456")
        assert slips.find_subject(s, "warranty", "SN-LG-000124")[0] is None
