"""The claim workflow: every legal and illegal step per kind, refunds, exchanges, quotes,
stale saves and who may change a claim; and the demo's claims follow the same table."""

from __future__ import annotations

import itertools
from collections import deque
from datetime import date

import pytest
from sqlalchemy import func, select

from app.errors import Conflict, PermissionDenied, ValidationError
from app.models import (
    AuditEntry,
    Claim,
    ClaimEvent,
    ClaimKind,
    ClaimStatus,
    Purchase,
)
from app.services.claims.claim_actions import add_claim_note, assign_claim, record_quote
from app.services.claims.claim_detail import claim_detail
from app.services.claims.claim_labels import REJECTION_CODES, warranty_reason_text
from app.services.claims.claim_outcomes import exchange_claim, refund_claim
from app.services.claims.claim_workflow import TRANSITIONS, change_claim_status, reject_claim
from app.services.claims.purchases import purchase_view
from app.services.claims.warranty_check import check_warranty
from app.services.demo import generate
from tests.factories import make_product

K, S = ClaimKind, ClaimStatus
_serials = itertools.count(1)


def path_to(kind: ClaimKind, status: ClaimStatus) -> list[ClaimStatus] | None:
    """The shortest legal way from Received to `status` (None: a kind never gets there)."""
    seen = {S.RECEIVED: [S.RECEIVED]}
    queue = deque([S.RECEIVED])
    while queue:
        here = queue.popleft()
        for nxt in sorted(TRANSITIONS[kind][here]):
            if nxt not in seen:
                seen[nxt] = [*seen[here], nxt]
                queue.append(nxt)
    return seen.get(status)


def step(db, actor, claim_id: int, to: ClaimStatus):
    with db.session_scope() as s:
        match to:
            case S.REJECTED:
                return reject_claim(
                    s, actor, claim_id, "no_fault_found", "Kiểm tra kỹ, máy hoạt động bình thường."
                )
            case S.EXCHANGED:
                return exchange_claim(s, actor, claim_id, f"SN55R{next(_serials):04d}")
            case S.REFUNDED:
                return refund_claim(s, actor, claim_id, 14_000_000, "Trừ phí mở hộp.")
            case _:
                return change_claim_status(s, actor, claim_id, to.value)


def claim_at(db, c, kind: ClaimKind, status: ClaimStatus) -> int:
    """A fresh in-warranty claim of `kind` brought to `status` through legal steps."""
    pid = c.sell(db, date(2026, 10, 25), serial=f"SN55A{next(_serials):04d}")
    claim = c.take_in(db, pid, kind=kind.value)
    for to in path_to(kind, status)[1:]:
        step(db, c.agent, claim.id, to)
    return claim.id


CASES = [(k, s) for k in K for s in S if path_to(k, s) is not None]


@pytest.mark.parametrize(("kind", "start"), CASES, ids=[f"{k}-{s}" for k, s in CASES])
def test_every_step_from_here_is_allowed_exactly_when_the_table_says(db, counter, kind, start):
    for target in S:
        if target is S.RECEIVED:
            assert all(S.RECEIVED not in nexts for nexts in TRANSITIONS[kind].values())
            continue
        cid = claim_at(db, counter, kind, start)
        with db.session_scope() as s:
            events = s.scalar(select(func.count()).select_from(ClaimEvent))
            audits = s.scalar(select(func.count()).select_from(AuditEntry))
        if target in TRANSITIONS[kind][start]:
            assert step(db, counter.agent, cid, target).status == target.value, target
            with db.session_scope() as s:
                claim = s.get(Claim, cid)
                assert s.scalar(select(func.count()).select_from(ClaimEvent)) == events + 1
                assert s.scalar(select(func.count()).select_from(AuditEntry)) == audits + 1
                assert (claim.closed_at is not None) is (
                    target in (S.RETURNED, S.EXCHANGED, S.REFUNDED)
                )
        else:
            with pytest.raises(ValidationError) as refused:
                step(db, counter.agent, cid, target)
            assert refused.value.field == "status", target
            assert "cannot become" in refused.value.message
            with db.session_scope() as s:
                assert s.get(Claim, cid).status is start
                assert s.scalar(select(func.count()).select_from(ClaimEvent)) == events


def test_the_table_follows_the_counter_workflow():
    repair = TRANSITIONS[K.REPAIR]
    happy = [S.RECEIVED, S.DIAGNOSING, S.WAITING_PARTS, S.REPAIRING, S.READY, S.RETURNED]
    assert all(b in repair[a] for a, b in itertools.pairwise(happy))
    assert {S.REPAIRING, S.READY, S.WAITING_PARTS} <= repair[S.DIAGNOSING]
    assert repair[S.WAITING_PARTS] >= {S.REPAIRING} and repair[S.REJECTED] == {S.RETURNED}
    for kind in K:
        assert S.REJECTED in TRANSITIONS[kind][S.RECEIVED] & TRANSITIONS[kind][S.DIAGNOSING]
        for status in (S.RETURNED, S.EXCHANGED, S.REFUNDED):
            assert TRANSITIONS[kind][status] == frozenset()
    assert path_to(K.REPAIR, S.REFUNDED) is None and path_to(K.RETURN, S.EXCHANGED) is None
    assert path_to(K.EXCHANGE, S.REPAIRING) is None


def test_a_rejection_needs_a_code_and_a_reason(db, counter):
    cid = claim_at(db, counter, K.REPAIR, S.DIAGNOSING)
    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        reject_claim(s, counter.agent, cid, "customer_angry", "Không rõ")
    assert refused.value.field == "rejection_code"
    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        reject_claim(s, counter.agent, cid, "misuse", "  ")
    assert refused.value.field == "rejection_reason"
    with db.session_scope() as s:
        reject_claim(s, counter.agent, cid, "misuse", "Máy bị vào nước.")
    with db.session_scope() as s:
        detail = claim_detail(s, cid)
    assert (detail.rejection_code, detail.rejection_label) == ("misuse", "Misuse or damage")
    assert detail.rejection_reason == "Máy bị vào nước." and detail.next_statuses == ("returned",)
    assert detail.events[-1].what == "rejected it"


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "above 0"),
        (-100_000, "above 0"),
        (15_000_001, "15,000,001 ₫ is more than the 15,000,000 ₫ paid"),
    ],
)
def test_a_refund_is_more_than_nothing_and_never_more_than_the_price(db, counter, amount, words):
    cid = claim_at(db, counter, K.RETURN, S.RECEIVED)
    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        refund_claim(s, counter.agent, cid, amount)
    assert refused.value.field == "refund_vnd" and words in refused.value.message
    with db.session_scope() as s:
        view = refund_claim(s, counter.agent, cid, 15_000_000)
        assert (view.status, s.get(Claim, cid).refund_vnd) == ("refunded", 15_000_000)


def test_an_exchange_hands_over_a_new_unit_that_keeps_the_warranty_end(db, counter):
    cid = claim_at(db, counter, K.EXCHANGE, S.DIAGNOSING)
    with db.session_scope() as s:
        original = s.get(Purchase, s.get(Claim, cid).purchase_id)
        end = original.warranty_end
    with db.session_scope() as s:
        exchange_claim(
            s, counter.agent, cid, "sn55x 9999", note="Đổi máy mới nguyên hộp.", now=counter.now
        )
    with db.session_scope() as s:
        claim = s.get(Claim, cid)
        new = purchase_view(s, claim.replacement_purchase_id)
        [now_has] = check_warranty(s, "SN55X9999", today=counter.today)
        [old] = check_warranty(s, original.serial_no, today=counter.today)
    assert (claim.status, claim.replacement_serial) == (S.EXCHANGED, "SN55X9999")
    assert (new.customer_id, new.product_id, new.serial_no) == (
        counter.customer_id,
        original.product_id,
        "SN55X9999",
    )
    assert (new.replaces_purchase_id, new.warranty_end, new.price_vnd) == (original.id, end, 0)
    assert new.purchase_date == original.purchase_date and now_has.warranty_end == end
    assert old.replaced_by_serial == "SN55X9999" and old.open_claim_number is None


def test_a_repair_may_end_in_a_replacement_of_another_model(db, counter):
    cid = claim_at(db, counter, K.REPAIR, S.WAITING_PARTS)
    with db.session_scope() as s:
        other = make_product(s, "TV-65", "Tivi Sony 65 inch")
        exchange_claim(s, counter.agent, cid, "SN65A0001", product_id=other.id)
        new = purchase_view(s, s.get(Claim, cid).replacement_purchase_id)
    assert new.product_name == "Tivi Sony 65 inch"
    # The replacement's refund is limited by what was paid for the original.
    later = counter.take_in(db, new.id, kind="return", fault_description="Khách đổi ý.")
    with pytest.raises(ValidationError, match="15,000,000 ₫ paid"), db.session_scope() as s:
        refund_claim(s, counter.agent, later.id, 16_000_000)


def test_a_replacement_serial_already_sold_is_refused(db, counter):
    counter.sell(db, date(2026, 9, 1), serial="SN55TAKEN")
    cid = claim_at(db, counter, K.EXCHANGE, S.RECEIVED)
    with (
        pytest.raises(ValidationError, match="SN55TAKEN is already registered to Nguyễn Văn An"),
        db.session_scope() as s,
    ):
        exchange_claim(s, counter.agent, cid, "sn55taken")
    with pytest.raises(ValidationError) as refused, db.session_scope() as s:
        exchange_claim(s, counter.agent, cid, "  ")
    assert refused.value.field == "replacement_serial"
    with db.session_scope() as s:
        assert s.get(Claim, cid).status is S.RECEIVED
        assert s.scalar(select(func.count()).select_from(Purchase)) == 2


def test_an_out_of_warranty_repair_waits_for_the_quote_to_be_accepted(db, counter):
    pid = counter.sell(db, date(2023, 5, 1))
    cid = counter.take_in(db, pid).id
    step(db, counter.agent, cid, S.DIAGNOSING)
    with pytest.raises(ValidationError, match="acceptance of the quoted cost") as refused:
        step(db, counter.agent, cid, S.REPAIRING)
    assert refused.value.field == "quote"
    with db.session_scope() as s:
        record_quote(s, counter.agent, cid, 1_500_000, False, "Khách chê đắt.")
    with pytest.raises(ValidationError, match="acceptance of the quoted cost"):
        step(db, counter.agent, cid, S.REPAIRING)
    with db.session_scope() as s:
        record_quote(s, counter.agent, cid, 1_200_000, True, "Khách đồng ý sau khi giảm giá.")
    assert step(db, counter.agent, cid, S.REPAIRING).status == "repairing"
    with db.session_scope() as s:
        detail = claim_detail(s, cid)
        with pytest.raises(ValidationError, match="can no longer change"):
            record_quote(s, counter.agent, cid, 900_000, True)
    assert (detail.claim.quoted_cost_vnd, detail.claim.quote_accepted) == (1_200_000, True)
    assert detail.needs_quote and [e.kind for e in detail.events].count("quote") == 2


def test_an_in_warranty_repair_has_no_quote(db, counter):
    cid = claim_at(db, counter, K.REPAIR, S.DIAGNOSING)
    with (
        pytest.raises(ValidationError, match="costs the customer nothing"),
        db.session_scope() as s,
    ):
        record_quote(s, counter.agent, cid, 500_000, True)


def test_a_stale_form_is_refused_naming_who_changed_what(db, counter):
    cid = claim_at(db, counter, K.REPAIR, S.RECEIVED)
    with db.session_scope() as s:
        version = s.get(Claim, cid).version
        change_claim_status(s, counter.supervisor, cid, "diagnosing")
    with pytest.raises(Conflict) as refused, db.session_scope() as s:
        change_claim_status(s, counter.agent, cid, "ready", expected_version=version)
    assert refused.value.message.startswith(
        "Lê Thu Hà changed its status (YC-2026-000001, now Diagnosing) while you were editing"
    )
    with db.session_scope() as s:
        version = s.get(Claim, cid).version
        add_claim_note(s, counter.supervisor, cid, "Đã báo khách chờ linh kiện.")
    with pytest.raises(Conflict, match="Lê Thu Hà added a note to it"), db.session_scope() as s:
        add_claim_note(s, counter.agent, cid, "Gọi khách", expected_version=version)


def test_an_agent_works_on_their_own_claims_and_the_shared_ones(db, counter):
    cid = claim_at(db, counter, K.REPAIR, S.RECEIVED)
    with db.session_scope() as s:
        assert assign_claim(s, counter.agent, cid, counter.agent.user_id).assignee_name == (
            "Trần Thị Yến"
        )
    with pytest.raises(PermissionDenied), db.session_scope() as s:
        assign_claim(s, counter.agent, cid, counter.supervisor.user_id)
    with db.session_scope() as s:
        assign_claim(s, counter.supervisor, cid, counter.supervisor.user_id)
    with pytest.raises(PermissionDenied), db.session_scope() as s:
        change_claim_status(s, counter.agent, cid, "diagnosing")
    with db.session_scope() as s:
        change_claim_status(s, counter.supervisor, cid, "diagnosing", "Kiểm tra bo mạch.")
        detail = claim_detail(s, cid)
    assert [e.kind for e in detail.events] == ["opened", "assigned", "assigned", "status"]
    assert detail.events[-1].note == "Kiểm tra bo mạch."
    assert detail.next_statuses == ("waiting_parts", "repairing", "ready", "rejected", "exchanged")


def test_demo_claims_follow_the_workflow(db):
    generate(db, customers=400, today=date(2026, 11, 20))
    with db.session_scope() as s:
        claims = s.scalars(select(Claim)).all()
        assert {c.kind for c in claims} == set(K) and {c.status for c in claims} == set(S)
        for claim in claims:
            steps = s.scalars(
                select(ClaimEvent)
                .where(ClaimEvent.claim_id == claim.id, ClaimEvent.to_status.is_not(None))
                .order_by(ClaimEvent.at, ClaimEvent.id)
            ).all()
            assert steps[0].kind == "opened" and steps[0].to_status == "received"
            for before, after in itertools.pairwise(steps):
                assert S(after.to_status) in TRANSITIONS[claim.kind][S(before.to_status)], (
                    claim.number,
                    before.to_status,
                    after.to_status,
                )
            assert steps[-1].to_status == claim.status.value
            assert warranty_reason_text(claim.warranty_reason) != claim.warranty_reason
            assert (claim.rejection_code in REJECTION_CODES) is (claim.status is S.REJECTED)
            if (
                claim.kind is K.REPAIR
                and not claim.in_warranty
                and claim.status in (S.REPAIRING, S.READY, S.RETURNED)
            ):
                assert claim.quote_accepted is True
            if claim.status is S.EXCHANGED:
                new = s.get(Purchase, claim.replacement_purchase_id)
                old = s.get(Purchase, claim.purchase_id)
                assert (new.serial_no, new.replaces_purchase_id) == (
                    claim.replacement_serial,
                    old.id,
                )
                assert (new.warranty_end, new.customer_id) == (old.warranty_end, old.customer_id)
