"""The demo Builder: a customer with everything around them, batch after batch.

The row makers are mixins, one per kind of row; the Builder puts them together, draws up
front who will complain or bring a claim, and makes each customer in a fixed order so
that the same seed gives the same data.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.models import ClaimKind, ClaimStatus, ComplaintStatus, Severity
from app.services.customers.name_index import token_rows
from app.services.demo import chain, frequencies, texts
from app.services.demo.complaint_sources import ComplaintSources
from app.services.demo.purchases import PurchaseRows
from app.services.demo.records import Cust
from app.services.demo.reference import ReferenceRows
from app.services.demo.reminders import ReminderRows
from app.services.demo.sla_rules import SlaRules
from app.text import fold

S = ComplaintStatus


# Every row maker, each listed before the ones it builds on, as Python's method order asks.
class Builder(ReferenceRows, PurchaseRows, ComplaintSources, ReminderRows):
    """Makes the rows: `rows` for the current batch, `late` for what is numbered at the end."""

    def __init__(
        self,
        seed: int,
        today: date,
        customers: int,
        bases: dict[str, int],
        sla: SlaRules | None = None,
    ) -> None:
        super().__init__(seed, today, bases, sla)
        rng = self.rng
        # Who complains about anything and who brings a claim is drawn up front, so the
        # first of them can be given the statuses a small demo would otherwise miss.
        share = frequencies.COMPLAINTS_PER_CUSTOMER
        n_complaints = min(customers, max(round(customers * share), len(S)))
        cover = frequencies.CLAIM_COVER
        n_claims = min(customers, max(round(customers * 0.02), len(cover)))
        self.complaint_plan: dict[int, tuple[ComplaintStatus, Severity] | None] = {
            pos: (list(S)[i], list(Severity)[i % len(Severity)]) if i < len(S) else None
            for i, pos in enumerate(rng.sample(range(customers), n_complaints))
        }
        self.claim_plan: dict[int, tuple[ClaimKind, ClaimStatus]] = {
            pos: cover[i] if i < len(cover) else self.pick("CLAIM_PLANS")
            for i, pos in enumerate(rng.sample(range(customers), n_claims))
        }

    def customers(self, first: int, count: int) -> None:
        for position in range(first, first + count):
            self.customer(position)
        for _ in range(max(1, count * 3 // 200)):
            self.unknown_caller()

    def customer(self, position: int) -> None:
        rng = self.rng
        cid = self.next_id("customers")
        gender, full_name = self.name()
        name_key = self.folded.get(full_name) or self.folded.setdefault(full_name, fold(full_name))
        province, _, wards, streets, area = self.pick("AREAS")
        store_id = self.store_ids[self.one(chain.HOME_STORES[province])]
        c = Cust(cid, full_name, store_id, self.birthday())
        phones = self.phones(c, area, old_format=position == 0)
        plan = self.claim_plan.get(position)
        bought = self.purchases(c, plan)
        spend = sum(b.price for b in bought)
        tier = "member"
        for threshold, name in frequencies.TIER_SPEND:
            tier = name if spend >= threshold else tier
        consent = self.random() < 0.55
        self.interactions(c, bought)
        complained = position in self.complaint_plan
        self.complaints(c, bought, tier, complained, self.complaint_plan.get(position))
        if plan:
            self.claim(c, bought[0], *plan)
        self.tags(c, complained)
        self.ledger(c, bought, tier)
        self.reminders(c, bought, full_name, tier, consent)
        first = min((b.day for b in bought), default=rng.randint(self.t - 1460, self.t - 1))
        created = self.moment(max(first - self.below(31), self.t - 1500))
        if c.last is not None:
            created = min(created, c.last - timedelta(days=self.below(31)))
        self.rows["customers"].append(
            {
                "id": cid,
                "code": f"KH{cid:07d}",
                "full_name": full_name,
                "name_key": name_key,
                "gender": gender,
                "birthday": c.birthday,
                "email": self.email(name_key, c.birthday),
                "province": province,
                "ward": self.one(wards),
                "address": self.address(province, streets),
                "tier": tier,
                "points": c.points,
                "marketing_consent": consent,
                "store_id": c.store_id,
                "notes": self.one(texts.CUSTOMER_NOTES) if self.random() < 0.05 else "",
                "last_contact_at": c.last,
                "archived_at": None,
                "merged_into_id": None,
                "created_at": created,
                "updated_at": c.last or created,
                "version": 1,
            }
        )
        self.rows["customer_name_tokens"].extend(token_rows(cid, full_name))
        self.rows["customer_phones"].extend(phones)
