"""Contacts: calls, chats, visits and the rest, with customers and with unknown callers.

A year of them, busiest in the weeks after a purchase and after Tết. Whether a request is
settled during the contact depends on the agent who took it (agents.py); an unsettled
one often brings the customer back on the same topic within the week, and a promised
callback becomes a reminder (callbacks.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.models import Channel, Direction, Outcome
from app.services.demo import frequencies, texts
from app.services.demo.callbacks import CallbackRows
from app.services.demo.phones import PhoneRows
from app.services.demo.records import Bought, Cust
from app.services.demo.story import YEAR

IN, OUT = Direction.INBOUND, Direction.OUTBOUND
SETTLED = (Outcome.RESOLVED_FIRST_CONTACT, Outcome.INFORMATION_GIVEN)
# Chance that a customer comes back on the same topic within the week.
REPEAT_UNSETTLED, REPEAT_SETTLED = 0.3, 0.03
WEEK_HOURS = 168


class ContactRows(CallbackRows, PhoneRows):
    """Interactions: a customer's everyday contacts, unknown callers, and the contacts
    complaints and claims bring with them."""

    def interactions(self, c: Cust, bought: list[Bought]) -> None:
        # Purchases whose weeks after fall in the history (earlier ones: seen to by then).
        recent = [b for b in bought if b.day >= self.t - YEAR - 60]
        for _ in range(self.pick("CONTACTS_PER_CUSTOMER")):
            covered = bool(self.interaction_cover)
            channel = self.pick("CHANNELS")
            if covered:
                channel, direction, outcome = self.interaction_cover.pop(0)
            else:
                direction = OUT if self.random() < frequencies.OUTBOUND_SHARE[channel] else IN
            agent = self.staff(c.store_id, channel not in (Channel.STORE_VISIT, Channel.ON_SITE))
            if not covered:
                outcome = self.outcome(agent[0], channel, direction)
            topic = self.pick("TOPICS")
            day = self.t
            if recent and self.random() < 0.55:
                # Many contacts come in the weeks after a purchase and are about it.
                b = self.one(recent)
                day, product = b.start + int(self.rng.expovariate(1 / 12)), b.product.name
            else:
                product = self.pick("PRODUCTS").name
            if not self.t - YEAR <= day < self.t:
                day = self.story.contact_day(self.random)
            if covered and outcome is Outcome.CALLBACK_NEEDED:
                day = self.t - 1  # so that any demo has a callback due today
            if outcome is Outcome.NO_ANSWER:
                notes = texts.NO_ANSWER_NOTE
            elif outcome is Outcome.WRONG_NUMBER:
                notes = texts.WRONG_NUMBER_NOTE
            else:
                notes = self.one(texts.NOTES[topic]).format(product=product)
                if outcome is Outcome.CALLBACK_NEEDED:
                    notes += texts.CALLBACK_SUFFIX
            started = self.when(day, channel)
            iid = self.interaction(
                c, started, channel, direction, topic, outcome, notes, agent=agent
            )
            if outcome is Outcome.CALLBACK_NEEDED:
                self.callback(c, iid, started, agent, topic, notes, due_today=covered)
            if direction is IN and not covered:
                self.repeat(c, started, channel, topic, notes, outcome in SETTLED)

    def repeat(
        self, c: Cust, after: datetime, channel: Channel, topic: str, notes: str, settled: bool
    ) -> None:
        """Sometimes the customer comes back on the same topic within the week."""
        if self.random() >= (REPEAT_SETTLED if settled else REPEAT_UNSETTLED):
            return
        if self.random() < 0.6:
            channel = Channel.PHONE
        started = self.when(self.local_day(after) + self.below(7), channel)
        if not after < started < min(self.end, after + timedelta(hours=WEEK_HOURS)):
            return
        agent = self.staff(c.store_id, channel not in (Channel.STORE_VISIT, Channel.ON_SITE))
        outcome = self.outcome(agent[0], channel, IN)
        notes = texts.REPEAT_NOTE + notes.removesuffix(texts.CALLBACK_SUFFIX)
        if outcome is Outcome.CALLBACK_NEEDED:
            notes += texts.CALLBACK_SUFFIX
        iid = self.interaction(c, started, channel, IN, topic, outcome, notes, agent=agent)
        if outcome is Outcome.CALLBACK_NEEDED:
            self.callback(c, iid, started, agent, topic, notes)

    def outcome(self, agent_id: int, channel: Channel, direction: Direction) -> Outcome:
        """How a contact ended: a customer's request settled there and then as often as
        the agent who took it settles them; a call out sometimes unanswered."""
        if direction is IN:
            if self.random() < self.profiles[agent_id].settles:
                return self.one(SETTLED)
            return Outcome.CALLBACK_NEEDED if self.random() < 0.7 else Outcome.ESCALATED
        outcome = self.pick("OUTCOMES")
        if channel is Channel.PHONE:
            roll = self.random()
            if roll < 0.2:
                outcome = Outcome.NO_ANSWER if roll < 0.18 else Outcome.WRONG_NUMBER
        return outcome

    def unknown_caller(self) -> None:
        national = self.mobile()[0]
        outcome = Outcome.WRONG_NUMBER if self.random() < 0.1 else Outcome.INFORMATION_GIVEN
        self.interaction(
            None,
            self.when(self.story.contact_day(self.random), Channel.PHONE),
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
        agent: tuple[int, int] | None = None,
    ) -> int:
        """One contact, taken by `agent` (user id, store id; else someone who would)."""
        iid = self.next_id("interactions")
        remote = channel not in (Channel.STORE_VISIT, Channel.ON_SITE)
        agent_id, store = agent or self.staff(c.store_id if c else None, remote)
        duration = self.duration(channel, outcome, agent_id)
        satisfaction = None
        if direction is IN and outcome in SETTLED and self.random() < 0.25:
            satisfaction = self.pick("SATISFACTION")
        if c is not None and channel in (Channel.PHONE, Channel.SMS):
            phone = c.e164
        ended = started + timedelta(seconds=duration) if duration is not None else None
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
                "agent_id": agent_id,
                "store_id": store,
                "complaint_id": complaint_id,
                "claim_id": claim_id,
                "corrects_id": None,
                "created_at": ended or started,
            }
        )
        if c is None:
            return iid
        if c.last is None or started > c.last:
            c.last = started
        return iid

    def duration(self, channel: Channel, outcome: Outcome, agent_id: int) -> int | None:
        """Seconds spent on the contact, where the channel has a length: calls, chats,
        visits to a counter and at the customer's home."""
        lengthy = self.profiles[agent_id].handle
        if channel is Channel.PHONE:
            if outcome is Outcome.NO_ANSWER:
                return 0
            if outcome is Outcome.WRONG_NUMBER:
                return 10 + self.below(36)
            return min(1800, max(30, int(self.rng.lognormvariate(5.3, 0.6) * lengthy)))
        if channel is Channel.CHAT:
            return min(2400, max(60, int(self.rng.lognormvariate(6.0, 0.5) * lengthy)))
        if channel is Channel.STORE_VISIT:
            return min(3600, max(120, int(self.rng.lognormvariate(6.4, 0.5) * lengthy)))
        if channel is Channel.ON_SITE:
            return 1800 + self.below(3600)
        return None
