"""Which complaints, claims and calls a customer's year brings: a few of their recent
purchases go wrong, some customers complain about anything at all, and owners of the
defect model call, complain and bring it in for repair while its wave lasts."""

from __future__ import annotations

from app.models import (
    Channel,
    ClaimKind,
    ClaimStatus,
    ComplaintStatus,
    Direction,
    Outcome,
    Severity,
)
from app.services.demo import catalog, frequencies
from app.services.demo import complaint_texts as words
from app.services.demo.claims import ClaimRows
from app.services.demo.complaints import SEARCH_DAYS, ComplaintRows
from app.services.demo.records import Bought, Cust
from app.services.demo.story import YEAR

# A planned complaint about nothing bought, where its category needs a purchase.
NOT_ABOUT_A_PURCHASE = ("billing", "staff_attitude", "other")


class ComplaintSources(ComplaintRows, ClaimRows):
    def complaints(
        self,
        c: Cust,
        bought: list[Bought],
        tier: str,
        planned: bool,
        plan: tuple[ComplaintStatus, Severity] | None,
    ) -> None:
        """The customer's complaints: about purchases of the last year, the one planned
        for them up front (`plan`: the status and severity it must show), the wave's."""
        for b in bought:
            if b.day < self.t - YEAR or self.random() >= frequencies.COMPLAINTS_PER_PURCHASE:
                continue
            day = b.start + 1 + int(self.rng.expovariate(1 / 12))
            if day >= self.t:
                continue
            category = self.pick("PURCHASE_COMPLAINTS")
            if category in ("delivery", "installation") and (
                b.product.category not in catalog.DELIVERED
            ):
                category = "product_defect"
            self.complaint(c, tier, day, b, category)
        if planned:
            self.planned_complaint(c, bought, tier, plan)
        self.defect_wave(c, bought, tier)

    def planned_complaint(
        self,
        c: Cust,
        bought: list[Bought],
        tier: str,
        plan: tuple[ComplaintStatus, Severity] | None,
    ) -> None:
        status, severity = plan or (None, None)
        day = self.story.contact_day(self.random)
        last = self.t - SEARCH_DAYS - 1 if status else day  # bought before it was opened
        category = self.pick("COMPLAINT_CATEGORIES")
        candidates = [b for b in bought if b.start < last]
        purchase = self.one(candidates) if candidates else None
        if purchase is None and category in frequencies.PRODUCT_CATEGORIES:
            category = self.one(NOT_ABOUT_A_PURCHASE)
        self.complaint(c, tier, day, purchase, category, severity, status=status)

    def defect_wave(self, c: Cust, bought: list[Bought], tier: str) -> None:
        """What an owner of the defect model did while its wave lasted."""
        story = self.story
        for b in bought:
            if self.defect is None or b.product.id != self.defect.id:
                continue
            if b.start >= story.wave_end or b.warranty_end.toordinal() < story.wave_start:
                continue
            if self.random() < frequencies.WAVE_CONTACTS:
                day = story.wave_day(self.random, b.start + 1)
                if day is not None:
                    agent = self.staff(c.store_id, True)
                    note = words.WAVE_CONTACT.format(product=b.product.name)
                    outcome = self.outcome(agent[0], Channel.PHONE, Direction.INBOUND)
                    started = self.when(day, Channel.PHONE)
                    call = (Channel.PHONE, Direction.INBOUND, "warranty", outcome, note)
                    iid = self.interaction(c, started, *call, agent=agent)
                    if outcome is Outcome.CALLBACK_NEEDED:
                        self.callback(c, iid, started, agent, "warranty", note)
            if self.random() < frequencies.WAVE_COMPLAINTS:
                day = story.wave_day(self.random, b.start + 1)
                if day is not None:
                    self.complaint(c, tier, day, b, "product_defect", wave=True)
            if self.random() < frequencies.WAVE_CLAIMS:
                day = story.wave_day(self.random, b.start + 1)
                if day is not None:
                    status = ClaimStatus.RETURNED if day < self.t - 30 else ClaimStatus.REPAIRING
                    self.claim(c, b, ClaimKind.REPAIR, status, day, words.WAVE_FAULT)
