"""Taking a claim in: the warranty decided at intake, late returns, refusals, numbering."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app import i18n
from app.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, Claim, ClaimEvent, ClaimStatus, Customer
from app.services.claims.claim_detail import claim_detail
from app.services.claims.claim_workflow import change_claim_status
from app.services.claims.claims import ClaimInput, open_claim
from app.services.customers.customer_timeline import timeline


def test_an_in_warranty_repair_is_taken_in_with_its_reason(db, counter):
    pid = counter.sell(db, date(2026, 10, 20))
    claim = counter.take_in(db, pid, expected_return_date=date(2026, 11, 12))
    assert (claim.number, claim.kind, claim.status) == ("YC-2026-000001", "repair", "received")
    assert (claim.in_warranty, claim.warranty_reason) == (True, "covered:2028-10-20")
    assert claim.quoted_cost_vnd is None
    with db.session_scope() as s:
        detail = claim_detail(s, claim.id)
        event = s.scalars(select(ClaimEvent)).one()
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "claim")).one()
    assert detail.warranty_reason_text == "In warranty until 20/10/2028"
    assert detail.accessories == "Điều khiển"
    assert detail.condition_on_receipt == "Trầy xước nhẹ ở cạnh."
    assert (event.kind, event.to_status, event.note) == (
        "opened",
        "received",
        "Tivi có tiếng nhưng không lên hình.",
    )
    assert audit.action == "create" and audit.after["number"] == "YC-2026-000001"
    i18n.set_language("vi")
    with db.session_scope() as s:
        assert claim_detail(s, claim.id).warranty_reason_text == "Còn bảo hành đến 20/10/2028"


def test_an_expired_unit_is_an_out_of_warranty_repair_with_a_quote(db, counter):
    # 24 months from 10 January 2024: the last covered day was 10 January 2026.
    pid = counter.sell(db, date(2024, 1, 10))
    claim = counter.take_in(db, pid, quoted_cost_vnd=1_200_000, quote_accepted=None)
    assert (claim.in_warranty, claim.warranty_reason) == (False, "expired:2026-01-10")
    assert (claim.quoted_cost_vnd, claim.quote_accepted) == (1_200_000, None)
    with db.session_scope() as s:
        assert claim_detail(s, claim.id).warranty_reason_text == "Warranty ended on 10/01/2026"


def test_the_warranty_is_judged_on_the_local_day_of_intake(db, counter):
    """Ends 2 November: at 23:30 on the 2nd in Hà Nội it is covered, 30 minutes later not."""
    pid = counter.sell(db, date(2024, 11, 2))
    last_minute = datetime(2026, 11, 2, 16, 30, tzinfo=UTC)
    with db.session_scope() as s:
        inside = open_claim(
            s, counter.agent, ClaimInput(pid, "repair", "Không lên nguồn."), now=last_minute
        )
    assert inside.in_warranty
    with db.session_scope() as s:
        s.get(Claim, inside.id).status = ClaimStatus.RETURNED
    with db.session_scope() as s:
        after = open_claim(
            s,
            counter.agent,
            ClaimInput(pid, "repair", "Không lên nguồn."),
            now=datetime(2026, 11, 2, 17, 0, tzinfo=UTC),
        )
    assert not after.in_warranty


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"purchase_id": None}, "purchase", "choose the purchase"),
        ({"kind": "upgrade"}, "kind", "repair, exchange or return"),
        ({"fault_description": "  "}, "fault_description", "describe the fault"),
        ({"kind": "return", "fault_description": ""}, "fault_description", "reason for the return"),
        ({"expected_return_date": date(2026, 11, 1)}, "expected_return_date", "in the past"),
        ({"accessories": "x" * 2001}, "accessories", "at most 2,000"),
    ],
)
def test_bad_intake_is_refused_and_nothing_is_written(db, counter, changes, field, words):
    pid = counter.sell(db, date(2026, 10, 25))
    changes = dict(changes)
    with pytest.raises(ValidationError) as refused:
        counter.take_in(db, changes.pop("purchase_id", pid), **changes)
    assert refused.value.field == field
    assert words in refused.value.message.lower()
    with db.session_scope() as s:
        assert s.scalars(select(Claim)).all() == []


def test_an_out_of_warranty_quote_must_be_a_sum_of_money(db, counter):
    pid = counter.sell(db, date(2023, 1, 1))
    with pytest.raises(ValidationError, match="quoted cost the customer accepted") as refused:
        counter.take_in(db, pid, quote_accepted=True)
    assert refused.value.field == "quote"
    with pytest.raises(ValidationError, match="0 or more"):
        counter.take_in(db, pid, quoted_cost_vnd=-5)


def test_a_claim_for_an_archived_customer_is_refused(db, counter):
    pid = counter.sell(db, date(2026, 10, 25))
    with db.session_scope() as s:
        s.get(Customer, counter.customer_id).archived_at = datetime(2026, 11, 1, tzinfo=UTC)
    with pytest.raises(ValidationError, match=r"Nguyễn Văn An \(.*\) is archived") as refused:
        counter.take_in(db, pid)
    assert refused.value.field == "customer"
    with db.session_scope() as s:
        assert s.scalars(select(Claim)).all() == []


def test_a_unit_already_in_a_claim_is_not_taken_in_twice(db, counter):
    pid = counter.sell(db, date(2026, 10, 25))
    counter.take_in(db, pid)
    with pytest.raises(ValidationError, match="already in claim YC-2026-000001"):
        counter.take_in(db, pid, kind="exchange")


def test_a_late_return_needs_a_supervisor_who_is_recorded(db, counter):
    # 15 days to return: bought 16 days before the visit.
    late = counter.sell(db, date(2026, 10, 17))
    with pytest.raises(PermissionDenied) as refused:
        counter.take_in(db, late, kind="return", fault_description="Khách đổi ý.")
    assert "16 days after the sale, past the 15-day return window" in refused.value.message
    assert "a supervisor must approve it" in refused.value.message
    claim = counter.take_in(
        db, late, kind="return", fault_description="Khách đổi ý.", actor=counter.supervisor
    )
    with db.session_scope() as s:
        assert s.get(Claim, claim.id).approved_by_id == counter.supervisor.user_id
        assert claim_detail(s, claim.id).approved_by_name == "Lê Thu Hà"
    # On the last day of the window an agent takes it in alone.
    on_time = counter.sell(db, date(2026, 10, 18), serial="SN55A0002")
    claim = counter.take_in(db, on_time, kind="return", fault_description="Khách đổi ý.")
    with db.session_scope() as s:
        assert s.get(Claim, claim.id).approved_by_id is None


def test_two_seats_taking_claims_at_once_get_consecutive_numbers(db, counter):
    ids = [counter.sell(db, date(2026, 10, 25), serial=f"SN55B000{n}") for n in range(2)]
    start = threading.Barrier(2)
    numbers: list[str] = []
    errors: list[BaseException] = []

    def seat(purchase_id: int) -> None:
        try:
            start.wait()
            with db.session_scope() as s:
                claim = open_claim(
                    s, counter.agent, ClaimInput(purchase_id, "repair", "Hỏng."), now=counter.now
                )
            numbers.append(claim.number)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=seat, args=(pid,)) for pid in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers) == ["YC-2026-000001", "YC-2026-000002"]


def test_the_customer_timeline_shows_the_claim_as_it_is_now(db, counter):
    pid = counter.sell(db, date(2026, 10, 25))
    claim = counter.take_in(db, pid)
    with db.session_scope() as s:
        change_claim_status(s, counter.agent, claim.id, "diagnosing")
    with db.session_scope() as s:
        [item] = [i for i in timeline(s, counter.customer_id) if i.kind == "claim"]
    assert (item.number, item.status, item.claim_kind) == (claim.number, "diagnosing", "repair")
    assert item.title == "Tivi Sony 55 inch"
