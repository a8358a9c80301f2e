"""Contacts: calls, chats, visits and the rest, with customers and with unknown callers."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.models import Channel, Direction, Outcome
from app.services.demo import frequencies, texts
from app.services.demo.phones import PhoneRows
from app.services.demo.records import Bought, Cust

IN, OUT = Direction.INBOUND, Direction.OUTBOUND


class ContactRows(PhoneRows):
    """Interactions: a customer's everyday contacts, unknown callers, and the contacts
    complaints and claims bring with them."""

    def interactions(self, c: Cust, bought: list[Bought]) -> None:
        for _ in range(self.pick("CONTACTS_PER_CUSTOMER")):
            covered = bool(self.interaction_cover)
            if covered:
                channel, direction, outcome = self.interaction_cover.pop(0)
            else:
                channel = self.pick("CHANNELS")
                direction = OUT if self.random() < frequencies.OUTBOUND_SHARE[channel] else IN
                outcome = self.pick("OUTCOMES")
                if direction is OUT and channel is Channel.PHONE:
                    roll = self.random()
                    if roll < 0.2:
                        outcome = Outcome.NO_ANSWER if roll < 0.18 else Outcome.WRONG_NUMBER
            topic = self.pick("TOPICS")
            if bought and self.random() < 0.6:
                # Most contacts come in the weeks after a purchase and are about it.
                b = self.one(bought)
                day, product = b.day + int(self.rng.expovariate(1 / 20)), b.product.name
            else:
                day, product = self.t - 1 - self.below(730), self.pick("PRODUCTS").name
            day = max(self.t - 730, min(day, self.t - 1))
            if covered and outcome is Outcome.CALLBACK_NEEDED:
                day = self.t - 1  # so that any demo has a reminder due today
            if outcome is Outcome.NO_ANSWER:
                notes = texts.NO_ANSWER_NOTE
            elif outcome is Outcome.WRONG_NUMBER:
                notes = texts.WRONG_NUMBER_NOTE
            else:
                notes = self.one(texts.NOTES[topic]).format(product=product)
                if outcome is Outcome.CALLBACK_NEEDED:
                    notes += texts.CALLBACK_SUFFIX
            self.interaction(c, self.moment(day), channel, direction, topic, outcome, notes)

    def unknown_caller(self) -> None:
        national = self.mobile()[0]
        outcome = Outcome.WRONG_NUMBER if self.random() < 0.1 else Outcome.INFORMATION_GIVEN
        self.interaction(
            None,
            self.moment(self.t - 1 - self.below(730)),
            Channel.PHONE,
            IN,
            self.one(("product_question", "warranty", "other")),
            outcome,
            self.one(texts.UNKNOWN_CALLER_NOTES),
            phone="+84" + national[1:],
        )

    def interaction(
        self,
        c: Cust | None,
        started: datetime,
        channel: Channel,
        direction: Direction,
        topic: str,
        outcome: Outcome,
        notes: str,
        complaint_id: int | None = None,
        claim_id: int | None = None,
        phone: str | None = None,
        late: bool = False,
    ) -> None:
        iid = self.next_id("interactions")
        duration = ended = satisfaction = None
        if channel is Channel.PHONE:
            if outcome is Outcome.NO_ANSWER:
                duration = 0
            elif outcome is Outcome.WRONG_NUMBER:
                duration = 10 + self.below(36)
            else:
                duration = min(1800, max(30, int(self.rng.lognormvariate(5.3, 0.6))))
            ended = started + timedelta(seconds=duration)
        answered = outcome in (Outcome.RESOLVED_FIRST_CONTACT, Outcome.INFORMATION_GIVEN)
        if direction is IN and answered and self.random() < 0.25:
            satisfaction = self.pick("SATISFACTION")
        remote = channel not in (Channel.STORE_VISIT, Channel.ON_SITE)
        agent, store = self.staff(c.store_id if c else None, remote)
        if c is not None and channel in (Channel.PHONE, Channel.SMS):
            phone = c.e164
        (self.late if late else self.rows)["interactions"].append(
            {
                "id": iid,
                "customer_id": c.id if c else None,
                "phone_e164": phone,
                "channel": channel,
                "direction": direction,
                "started_at": started,
                "ended_at": ended,
                "duration_seconds": duration,
                "topic": topic,
                "outcome": outcome,
                "notes": notes,
                "satisfaction": satisfaction,
                "agent_id": agent,
                "store_id": store,
                "complaint_id": complaint_id,
                "claim_id": claim_id,
                "corrects_id": None,
                "created_at": ended or started,
            }
        )
        if c is None:
            return
        if c.last is None or started > c.last:
            c.last = started
        if outcome is Outcome.CALLBACK_NEEDED and self.local_day(started) >= self.t - 10:
            c.due.append(("callback", "interaction", iid, self.local_day(started) + 1))
