"""The contacts around a demo complaint, linked to it, and the follow-up it leaves.

The contact that raised it; replies given by phone; the customer calling to ask how it
is going when it drags on; the call that reopens it; the call with the result. Their
lengths add up to the handling time per complaint.
"""

from __future__ import annotations

from datetime import timedelta

from app.models import Channel, Direction, Outcome
from app.services.demo import complaint_texts as words
from app.services.demo import texts
from app.services.demo.complaint_state import State
from app.services.demo.contacts import ContactRows
from app.services.demo.records import Cust

IN, OUT = Direction.INBOUND, Direction.OUTBOUND
PHONE, TOPIC = Channel.PHONE, "complaint"
CHASE_AFTER = timedelta(days=3)  # a complaint open this long makes some customers call


class ComplaintContactRows(ContactRows):
    """The contacts a complaint brings, made when the complaint is."""

    def complaint_contacts(
        self,
        c: Cust,
        kid: int,
        st: State,
        channel: Channel,
        creator: int,
        product: str,
        at_once: bool,
    ) -> None:
        """The contacts of complaint `kid` made before the end of the history (`at_once`:
        settled during the contact that raised it, so no call with the result)."""

        def staff(uid: int | None) -> tuple[int, int]:
            return (uid, self.homes[uid]) if uid else self.staff(c.store_id, True)

        def log(at, channel, direction, outcome, note, agent) -> None:
            if at < self.end:
                self.interaction(
                    c, at, channel, direction, TOPIC, outcome, note, kid, late=True, agent=agent
                )

        opened = st.steps[0].at
        log(
            opened,
            channel,
            IN,
            Outcome.COMPLAINT_OPENED,
            texts.COMPLAINT_CONTACT_NOTE.format(product=product),
            staff(creator),
        )
        for s in st.steps:
            if s.kind == "reply" and self.random() < 0.6:
                log(s.at, PHONE, OUT, Outcome.INFORMATION_GIVEN, s.note, staff(s.actor))
            elif s.kind == "resolved" and not at_once:
                result = texts.COMPLAINT_RESULT_NOTE
                log(s.at, PHONE, OUT, Outcome.INFORMATION_GIVEN, result, staff(s.actor))
            elif s.kind == "reopened":
                # Taken by whoever answers the phone, passed on to who has the complaint.
                called = s.at - timedelta(minutes=1 + self.below(20))
                log(called, PHONE, IN, Outcome.ESCALATED, words.REOPEN_CONTACT, staff(None))
        done = st.resolved_at or st.cancelled_at or self.end
        if done - opened > CHASE_AFTER and self.random() < 0.5:
            at = opened + (done - opened) * self.rng.uniform(0.3, 0.8)
            at = self.when(self.local_day(at), PHONE)
            if opened < at < done:
                log(at, PHONE, IN, Outcome.INFORMATION_GIVEN, words.CHASER, staff(None))
        if (
            st.resolved_at
            and st.closed_at is None
            and self.local_day(st.resolved_at) >= self.t - 14
        ):
            # The satisfaction callback the post-resolution rule raises two days later.
            c.due.append(("post_resolution", "complaint", kid, self.local_day(st.resolved_at) + 2))
