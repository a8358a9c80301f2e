"""Warranty, exchange and return claims, with the steps each went through."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from app.models import Channel, ClaimKind, ClaimStatus, Direction, Outcome
from app.services.claims.claim_labels import warranty_reason
from app.services.demo import frequencies, texts
from app.services.demo.contacts import ContactRows
from app.services.demo.records import Bought, Cust

K, C = ClaimKind, ClaimStatus
IN, OUT = Direction.INBOUND, Direction.OUTBOUND
# (rejection code, the words the customer was told); one is drawn per rejected claim.
_REJECTIONS = (
    ("misuse", texts.REJECTIONS[0]),
    ("misuse", texts.REJECTIONS[1]),
    ("no_fault_found", "Kỹ thuật kiểm tra kỹ, máy hoạt động bình thường, không phát hiện lỗi."),
    ("misuse", texts.REJECTIONS[3]),
)
_RETURN_REJECTIONS = (("misuse", texts.REJECTIONS[2]),)
_DECLINED_QUOTE = "Hết bảo hành, khách không đồng ý báo giá sửa chữa."
# The step each status is reached by (claim_workflow's event kinds).
_STEP_KINDS = {C.REJECTED: "rejected", C.EXCHANGED: "exchanged", C.REFUNDED: "refunded"}


def _claim_path(rng: random.Random, kind: ClaimKind, status: ClaimStatus) -> list[ClaimStatus]:
    """The statuses a claim went through to reach `status`."""
    if kind is K.RETURN:
        return [C.RECEIVED] if status is C.RECEIVED else [C.RECEIVED, status]
    if status is C.REJECTED or kind is K.EXCHANGE:
        full = [C.RECEIVED, C.DIAGNOSING, status]
    else:
        full = [C.RECEIVED, C.DIAGNOSING, C.WAITING_PARTS, C.REPAIRING, C.READY, C.RETURNED]
        if status is not C.WAITING_PARTS and rng.random() < 0.6:
            full.remove(C.WAITING_PARTS)
    return full[: full.index(status) + 1]


class ClaimRows(ContactRows):
    """A claim on a purchase, its events and the contacts it brought."""

    def claim(
        self,
        c: Cust,
        b: Bought,
        kind: ClaimKind,
        status: ClaimStatus,
        day: int | None = None,
        fault: str | None = None,
    ) -> None:
        """A claim received on ordinal `day` (else the customer's planned claim day), with
        the fault the customer reported (else one typical of the product)."""
        rng, p = self.rng, b.product
        path = _claim_path(rng, kind, status)
        day = max(day or c.claim_day, b.start)
        received = self.moment(day, 8, 20)
        offsets, h = [0.0], 0.0
        for step in path[1:]:
            low, high, _ = frequencies.CLAIM_STEPS[step]
            h += rng.uniform(low, high)
            offsets.append(h)
        room = (self.end - received).total_seconds() / 3600 - 0.5
        if h > room:
            # Squeeze a recent claim's steps so that its history ends before today, at
            # a different moment for each claim.
            target = room * rng.uniform(0.3, 0.95)
            offsets = [o * target / h for o in offsets]
        at = [received + timedelta(seconds=int(o * 3600)) for o in offsets]
        in_warranty = date.fromordinal(day) <= b.warranty_end
        reason = warranty_reason(in_warranty, b.warranty_end)
        if fault is None and kind is K.RETURN:
            fault = self.one(texts.RETURN_REASONS)
        elif fault is None:
            fault = self.one(texts.FAULTS[p.category])
            if kind is K.EXCHANGE:
                fault += " " + texts.EXCHANGE_REASONS[0]
        qid = self.next_id("claims")
        refund = None
        if status is C.REFUNDED:
            # A restocking fee for an opened box, never a refund above what was paid.
            refund = b.price - b.price * self.one((0, 0, 5, 10)) // 100 // 10_000 * 10_000
        code, rejection = None, None
        if status is C.REJECTED:
            code, rejection = self.one(_RETURN_REJECTIONS if kind is K.RETURN else _REJECTIONS)
            if not in_warranty and kind is not K.RETURN:
                code, rejection = "out_of_warranty", _DECLINED_QUOTE
        creator, assignee = self.staff(b.store_id, False)[0], self.staff(b.store_id, False)[0]
        closed = status in (C.RETURNED, C.EXCHANGED, C.REFUNDED)
        repair = kind is K.REPAIR
        quoted = repair and not in_warranty
        # Out of warranty, the repair went ahead only once the quote was accepted.
        accepted = (
            (True if C.REPAIRING in path else False if status is C.REJECTED else None)
            if quoted
            else None
        )
        replacement = None
        if status is C.EXCHANGED:
            replacement = self.replacement(b, f"SN{p.serial_prefix}R{qid:08d}", at[-1])
        self.late["claims"].append(
            {
                "id": qid,
                "number": None,
                "_year": (received + self.offset).year,
                "kind": kind,
                "status": status,
                "customer_id": c.id,
                "purchase_id": b.id,
                "store_id": b.store_id,
                "created_by_id": creator,
                "assignee_id": assignee,
                "received_at": received,
                "fault_description": fault,
                "condition_on_receipt": self.one(texts.CONDITIONS),
                "accessories": texts.ACCESSORIES[p.category],
                "in_warranty": in_warranty,
                "warranty_reason": reason,
                "expected_return_date": date.fromordinal(day + rng.randint(7, 14))
                if repair
                else None,
                "quoted_cost_vnd": min(b.price // 2, rng.randint(3, 30) * 100_000)
                if quoted
                else None,
                "quote_accepted": accepted,
                "approved_by_id": None,
                "refund_vnd": refund,
                "replacement_serial": replacement[1] if replacement else None,
                "replacement_purchase_id": replacement[0] if replacement else None,
                "rejection_code": code,
                "rejection_reason": rejection,
                "closed_at": at[-1] if closed else None,
                "archived_at": None,
                "created_at": received,
                "updated_at": at[-1],
                "version": len(path) + (accepted is not None),
            }
        )
        if accepted is not None:
            self.late["claim_events"].append(
                {
                    "id": self.next_id("claim_events"),
                    "claim_id": qid,
                    "at": at[1] + (at[2] - at[1]) / 2,
                    "actor_id": assignee,
                    "kind": "quote",
                    "from_status": None,
                    "to_status": None,
                    "note": "",
                    "data": {
                        "quoted_cost_vnd": self.late["claims"][-1]["quoted_cost_vnd"],
                        "quote_accepted": accepted,
                    },
                }
            )
        for i, step in enumerate(path):
            note = (
                (rejection or "")
                if step is C.REJECTED
                else frequencies.CLAIM_STEPS[step][2]
                if i
                else fault
            )
            self.late["claim_events"].append(
                {
                    "id": self.next_id("claim_events"),
                    "claim_id": qid,
                    "at": at[i],
                    "actor_id": assignee if i else creator,
                    "kind": _STEP_KINDS.get(step, "status") if i else "opened",
                    "from_status": path[i - 1] if i else None,
                    "to_status": step,
                    "note": note,
                    "data": self.step_data(step, refund, code, replacement, p.id),
                }
            )
        self.interaction(
            c,
            received,
            Channel.STORE_VISIT,
            IN,
            "return" if kind is K.RETURN else "warranty",
            Outcome.INFORMATION_GIVEN,
            texts.CLAIM_CONTACT_NOTE.format(what=texts.CLAIM_WORDS[kind], product=p.name),
            claim_id=qid,
            late=True,
        )
        if C.READY in path:
            ready = at[path.index(C.READY)]
            call = self.sla.calendar.add(ready, 5 * 60)  # in the care centre's hours
            self.interaction(
                c,
                call if call < self.end else ready,
                Channel.PHONE,
                OUT,
                "warranty",
                Outcome.INFORMATION_GIVEN,
                texts.CLAIM_READY_NOTE.format(product=p.name),
                claim_id=qid,
                late=True,
            )

    @staticmethod
    def step_data(
        step: ClaimStatus,
        refund: int | None,
        code: str | None,
        replacement: tuple[int, str] | None,
        product_id: int,
    ) -> dict | None:
        """What the workflow records with a step that carries more than a status."""
        if step is C.REFUNDED:
            return {"refund_vnd": refund}
        if step is C.REJECTED:
            return {"rejection_code": code}
        if step is C.EXCHANGED and replacement:
            return {
                "replacement_serial": replacement[1],
                "replacement_purchase_id": replacement[0],
                "product_id": product_id,
            }
        return None

    def replacement(self, b: Bought, serial: str, at: datetime) -> tuple[int, str]:
        """The unit handed over on an exchange, as a purchase of its own: no new spend,
        the original sale's invoice, dates and warranty end (purchases.replacement_purchase)."""
        original = next(r for r in reversed(self.rows["purchases"]) if r["id"] == b.id)
        pid = self.next_id("purchases")
        self.rows["purchases"].append(
            {
                **original,
                "id": pid,
                "serial_no": serial,
                "price_vnd": 0,
                "replaces_purchase_id": b.id,
                **self.stamps(at),
            }
        )
        return pid, serial
