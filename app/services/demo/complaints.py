"""Complaints with their timeline, SLA state, resolution and the contacts around them."""

from __future__ import annotations

from datetime import timedelta

from app.models import Channel, ComplaintStatus, Direction, Outcome, Severity, SlaState
from app.services.demo import frequencies, texts
from app.services.demo.contacts import ContactRows
from app.services.demo.customers import CustomerDetails
from app.services.demo.records import Bought, Cust

S = ComplaintStatus
IN, OUT = Direction.INBOUND, Direction.OUTBOUND


_STEP_KINDS = {
    S.RESOLVED: "resolved",
    S.CLOSED: "closed",
    S.REOPENED: "reopened",
    S.CANCELLED: "cancelled",
}


class ComplaintRows(ContactRows, CustomerDetails):
    """A complaint, its events, the contacts it brought and any points given in apology."""

    def complaint(
        self, c: Cust, bought: list[Bought], plan: tuple[ComplaintStatus, Severity] | None
    ) -> None:
        rng = self.rng
        status, severity = plan or (self.pick("COMPLAINT_STATUSES"), self.pick("SEVERITIES"))
        fr_h, res_h = frequencies.SLA_HOURS[severity]
        if status is S.NEW:
            day = self.t - rng.randint(1, 2)
        elif status in (S.IN_PROGRESS, S.WAITING_CUSTOMER, S.RESOLVED, S.REOPENED):
            # Open ones are young: about a quarter have run past their resolution due time.
            day = self.t - rng.randint(1, 2 + res_h // 20)
        else:
            day = self.t - rng.randint(15, 700)
        candidates = [b for b in bought if b.start <= day]
        purchase = self.one(candidates) if candidates else None
        category = self.pick("COMPLAINT_CATEGORIES")
        if purchase is None and category in frequencies.PRODUCT_CATEGORIES:
            category = self.one(("billing", "staff_attitude", "other"))
        product = purchase.product.name if purchase else "sản phẩm"
        subcategory, description = self.one(texts.COMPLAINTS[category])
        description = description.format(product=product)

        # The timeline, in hours after opening.
        fcr = status in (S.RESOLVED, S.CLOSED) and self.random() < 0.15
        fr = rng.uniform(0.05, 0.3) if fcr else rng.uniform(0.1, 1.3) * fr_h
        res = fr + 0.01 if fcr else max(fr + 1, rng.uniform(0.1, 1.2) * res_h)
        steps: list[tuple[float, ComplaintStatus, ComplaintStatus]] = []
        if status is S.CANCELLED:
            steps = [(rng.uniform(1, 72), S.NEW, S.CANCELLED)]
        elif status is not S.NEW:
            steps = [(fr, S.NEW, S.IN_PROGRESS)]
            if status is S.WAITING_CUSTOMER:
                steps.append((fr + rng.uniform(2, 48), S.IN_PROGRESS, S.WAITING_CUSTOMER))
            elif status in (S.RESOLVED, S.CLOSED, S.REOPENED):
                steps.append((res, S.IN_PROGRESS, S.RESOLVED))
                if status is S.CLOSED:
                    steps.append((res + rng.uniform(48, 168), S.RESOLVED, S.CLOSED))
                elif status is S.REOPENED:
                    steps.append((res + rng.uniform(24, 120), S.RESOLVED, S.REOPENED))
        last = steps[-1][0] if steps else 0.0
        opened = min(self.moment(day), self.end - timedelta(hours=last + rng.uniform(0.1, 10)))
        opened = opened.replace(microsecond=0)
        hours = lambda h: opened + timedelta(seconds=int(h * 3600))  # noqa: E731

        roll = self.random()
        tier = 1
        if severity is Severity.CRITICAL:
            tier = 2 if roll < 0.6 else 3
        elif (severity is Severity.HIGH and roll < 0.4) or roll < 0.08:
            tier = 2
        channel = self.pick("COMPLAINT_CHANNELS")
        creator, store = self.staff(c.store_id, channel is not Channel.STORE_VISIT)
        assignee = None if status is S.NEW and roll < 0.5 else self.staff(c.store_id, True, tier)[0]
        resolved_at = hours(res) if status in (S.RESOLVED, S.CLOSED) else None
        res_due = hours(res_h)
        if resolved_at:
            sla = SlaState.MET if resolved_at <= res_due else SlaState.BREACHED
        elif status is S.CANCELLED:
            sla = SlaState.ON_TRACK
        elif self.end > res_due:
            sla = SlaState.BREACHED
        else:
            at_risk = (res_due - self.end) * 4 < res_due - opened
            sla = SlaState.AT_RISK if at_risk else SlaState.ON_TRACK
        kind, notes = self.one(texts.RESOLUTIONS) if resolved_at else (None, "")
        kid = self.next_id("complaints")
        comp_vnd = comp_points = 0
        if kind == "refund":
            comp_vnd = purchase.price if purchase else rng.randint(2, 20) * 50_000
        elif kind == "compensation":
            comp_vnd, comp_points = self.one(((200_000, 100), (300_000, 200), (500_000, 500)))
            self.points(
                c, comp_points, "Điểm tặng xin lỗi khách hàng", "complaint", kid, resolved_at
            )
        rated = resolved_at is not None and self.random() < 0.7
        self.late["complaints"].append(
            {
                "id": kid,
                "number": None,
                "_year": (opened + self.offset).year,
                "customer_id": c.id,
                "purchase_id": purchase.id if purchase else None,
                "category": category,
                "subcategory": subcategory,
                "channel": channel,
                "description": description,
                "severity": severity,
                "priority": severity if self.random() < 0.85 else self.pick("SEVERITIES"),
                "status": status,
                "tier": tier,
                "assignee_id": assignee,
                "store_id": store,
                "created_by_id": creator,
                "opened_at": opened,
                "first_response_at": hours(fr) if steps and status is not S.CANCELLED else None,
                "first_response_due": hours(fr_h),
                "resolution_due": res_due,
                "sla_state": sla,
                "resolved_at": resolved_at,
                "closed_at": hours(last) if status in (S.CLOSED, S.CANCELLED) else None,
                "resolution_type": kind,
                "resolution_notes": notes,
                "compensation_vnd": comp_vnd,
                "compensation_points": comp_points,
                "first_contact_resolution": fcr,
                "csat": self.pick("CSAT") if rated else None,
                "ces": self.pick("CES") if rated else None,
                "archived_at": None,
                "created_at": opened,
                "updated_at": hours(last),
                "version": 1 + len(steps),
            }
        )
        # The event kinds the complaint services write (services/complaints/complaint_workflow.py).
        events = [(0.0, "opened", None, S.NEW, description, None)]
        if tier > 1:
            events.append(
                (min(fr, 2) / 2, "escalated", None, None, f"Chuyển lên cấp {tier}.", {"tier": tier})
            )
        for h, before, after in steps:
            note = notes if after is S.RESOLVED else texts.COMPLAINT_NOTES.get(after, "")
            kind = _STEP_KINDS.get(after, "status")
            events.append((h, kind, before, after, note, None))
        for h, what, before, after, note, extra in sorted(events, key=lambda e: e[0]):
            self.late["complaint_events"].append(
                {
                    "id": self.next_id("complaint_events"),
                    "complaint_id": kid,
                    "at": hours(h),
                    "actor_id": creator if what == "opened" else assignee or creator,
                    "kind": what,
                    "from_status": before,
                    "to_status": after,
                    "note": note,
                    "data": extra,
                }
            )
        self.interaction(
            c,
            opened,
            channel,
            IN,
            "complaint",
            Outcome.COMPLAINT_OPENED,
            texts.COMPLAINT_CONTACT_NOTE.format(product=product),
            complaint_id=kid,
            late=True,
        )
        if resolved_at:
            self.interaction(
                c,
                resolved_at,
                Channel.PHONE,
                OUT,
                "complaint",
                Outcome.INFORMATION_GIVEN,
                texts.COMPLAINT_RESULT_NOTE,
                complaint_id=kid,
                late=True,
            )
            if self.local_day(resolved_at) >= self.t - 14:
                due = self.local_day(resolved_at) + 2
                c.due.append(("post_resolution", "complaint", kid, due))
