"""A demo complaint: who takes it and how it goes, its row, its events and its contacts.

Its due times come from the priority's SLA targets and the business calendar, as
open_complaint sets them; its timeline is made whole (complaint_timeline.py) and cut at
the end of the history (complaint_state.py), which gives its status and timings.
"""

from __future__ import annotations

from datetime import datetime

from app.models import Channel, ComplaintStatus, Severity, SlaState, Tier
from app.services.complaints.complaints import priority_for
from app.services.demo import complaint_texts as words
from app.services.demo import frequencies, texts
from app.services.demo.agents import USUAL, nudged
from app.services.demo.complaint_contacts import ComplaintContactRows
from app.services.demo.complaint_state import State, state_at
from app.services.demo.complaint_timeline import Course, TimelineRows
from app.services.demo.customers import CustomerDetails
from app.services.demo.records import Bought, Cust

S = ComplaintStatus
# Where the life of a complaint planned to stand at a status today may begin, at most.
SEARCH_DAYS = 40


class ComplaintRows(TimelineRows, ComplaintContactRows, CustomerDetails):
    """A complaint, its events, the contacts it brought and any points given in apology."""

    def complaint(
        self,
        c: Cust,
        tier: str,
        day: int,
        purchase: Bought | None,
        category: str,
        severity: Severity | None = None,
        wave: bool = False,
        status: ComplaintStatus | None = None,
    ) -> None:
        """A complaint opened on ordinal `day` (`wave`: about the defect model's fault);
        with `status`, opened lately instead, at a moment from which its timeline stands
        at that status today."""
        severity = severity or self.pick("SEVERITIES")
        priority = priority_for(severity, Tier(tier)).value
        channel = Channel.WEB_FORM if status is S.NEW else self.pick("COMPLAINT_CHANNELS")
        product = purchase.product.name if purchase else "sản phẩm"
        wording = words.WAVE_COMPLAINT if wave else self.one(texts.COMPLAINTS[category])
        subcategory, description = wording
        description = description.format(product=product)
        creator, store = self.staff(c.store_id, channel is not Channel.STORE_VISIT)
        kid = self.next_id("complaints")
        for attempt in range(1 if status is None else 300):
            if status is None:
                opened = self.when(day, channel)
            elif status is S.NEW:  # a web form sent late last night: nobody has seen it yet
                opened = self.at(self.t - 1, 21 * 3600 + self.below(7000))
            else:  # the last days first, then further back
                opened = self.when(
                    self.t - 1 - self.below(min(SEARCH_DAYS, 1 + attempt // 4)), channel
                )
            course = self.course(c, opened, priority, creator, channel, severity)
            self.finish_course(course, status, purchase, wave)
            st = state_at(
                self.timeline(course), self.end, self.sla.calendar, self.sla.targets[priority]
            )
            if status is None or st.status is status:
                break
        kind, notes, data = course.resolution
        resolved = st.resolved_at is not None
        csat = ces = None
        if st.closed_at is not None:
            csat, ces = self.scores(st)
        if data["compensation_points"] and resolved:
            reason = "Điểm tặng xin lỗi khách hàng"
            self.points(c, data["compensation_points"], reason, "complaint", kid, st.resolved_at)
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
                "priority": priority,
                "status": st.status,
                "tier": st.tier,
                "assignee_id": st.assignee,
                "store_id": store,
                "created_by_id": creator,
                "opened_at": opened,
                "first_response_at": st.first_response_at,
                "first_response_due": st.first_response_due,
                "resolution_due": st.resolution_due,
                "sla_state": st.sla_state,
                "resolved_at": st.resolved_at,
                "closed_at": st.closed_at,
                "cancelled_at": st.cancelled_at,
                "first_response_seconds": st.first_response_seconds,
                "resolution_seconds": st.resolution_seconds,
                "resolution_type": kind if resolved else None,
                "resolution_notes": notes if resolved else "",
                "compensation_vnd": data["compensation_vnd"] if resolved else 0,
                "compensation_points": data["compensation_points"] if resolved else 0,
                "first_contact_resolution": course.fcr and resolved,
                "csat": csat,
                "ces": ces,
                "archived_at": None,
                "created_at": opened,
                "updated_at": st.steps[-1].at,
                "version": len(st.steps),
            }
        )
        for step in st.steps:
            self.late["complaint_events"].append(
                {
                    "id": self.next_id("complaint_events"),
                    "complaint_id": kid,
                    "at": step.at,
                    "actor_id": step.actor,
                    "kind": step.kind,
                    "from_status": step.before,
                    "to_status": step.after,
                    "note": step.note,
                    "data": step.data,
                }
            )
        self.complaint_contacts(c, kid, st, channel, creator, product, course.fcr)

    def course(
        self,
        c: Cust,
        opened: datetime,
        priority: str,
        creator: int,
        channel: Channel,
        severity: Severity,
    ) -> Course:
        """Who handles the complaint and how it will go, drawn as most complaints go."""
        remote = channel is not Channel.STORE_VISIT
        handler = creator if not remote and self.random() < 0.7 else self.staff(c.store_id, True)[0]
        profile = self.profiles[handler]
        roll = self.random()
        escalated: tuple[int, ...] = ()
        if (
            severity is Severity.CRITICAL
            or (severity is Severity.HIGH and roll < 0.4)
            or roll < 0.06
        ):
            escalated = (self.staff(c.store_id, True, 2)[0],)
            if severity is Severity.CRITICAL and roll < 0.4:
                escalated += (self.staff(c.store_id, True, 3)[0],)
        colleague = dispatcher = None
        bounces = False
        if not escalated and self.random() < profile.transfers:
            colleague = self.staff(c.store_id, True)[0]
            if colleague == handler:
                colleague = self.staff(c.store_id, True)[0]
            if colleague != handler:
                dispatcher = self.staff(c.store_id, True, 2)[0]
                bounces = self.random() < 0.8  # most come back: not theirs after all
            else:
                colleague = None
        # Who resolves it: the last supervisor it went up to, else whoever has it by then.
        resolver = (
            escalated[-1] if escalated else colleague if colleague and not bounces else handler
        )
        done_by = self.profiles[resolver]
        fate = self.pick("COMPLAINT_FATES")
        at_once = frequencies.SETTLED_AT_ONCE * profile.settles / USUAL.settles
        return Course(
            opened=opened,
            priority=priority,
            creator=creator,
            handler=handler,
            pace=(profile.speed, done_by.speed),
            slow=self.story.slowdown(self.local_day(opened)),
            fate=fate,
            resolution=("explanation", "", {}),
            fcr=fate != "cancelled"
            and not escalated
            and channel in (Channel.PHONE, Channel.STORE_VISIT)
            and self.random() < at_once,
            escalated_to=escalated,
            colleague=colleague,
            dispatcher=dispatcher,
            bounces=bounces,
            waits=self.random() < frequencies.WAITS_FOR_CUSTOMER,
            reopens=self.random() < done_by.reopens,
        )

    def finish_course(
        self, k: Course, status: ComplaintStatus | None, purchase: Bought | None, wave: bool
    ) -> None:
        """What was done in the end; for a complaint planned to stand at `status` today,
        the turns its life must take to get there."""
        kind, note = words.WAVE_RESOLUTION if wave else self.one(words.RESOLUTIONS)
        vnd = points = 0
        if kind == "refund":
            vnd = purchase.price if purchase else self.rng.randint(2, 20) * 50_000
        elif kind == "goodwill_voucher":
            vnd = self.one((200_000, 300_000, 500_000))
        elif kind == "points":
            points = self.one((100, 200, 500))
        k.resolution = (
            kind,
            note,
            {"type": kind, "compensation_vnd": vnd, "compensation_points": points},
        )
        if status is not None:
            k.fcr = False
            k.fate = "cancelled" if status is S.CANCELLED else "closed"
            k.waits = k.waits or status is S.WAITING_CUSTOMER
            k.reopens = k.reopens or status is S.REOPENED

    def scores(self, st: State) -> tuple[int, int]:
        """CSAT and CES given at closing, leaning with the handler's way of working and
        lower after a breach or a reopening; some who gave 5 said why, in their words."""
        who = next(s.actor for s in reversed(st.steps) if s.kind == "resolved")
        lean = self.profiles[who].csat
        lean -= (0.7 if st.sla_state is SlaState.BREACHED else 0) + (0.5 if st.reopened else 0)
        csat = nudged(self.pick("CSAT"), lean, self.random())
        ces = nudged(self.pick("CES"), lean / 2, self.random())
        closing = next(i for i, s in enumerate(st.steps) if s.kind == "closed")
        comment = ""
        if csat == 5 and self.random() < words.COMPLIMENT_SHARE:
            comment = self.one(words.COMPLIMENTS).format(agent=self.names[who].split()[-1])
        st.steps[closing] = st.steps[closing]._replace(
            note=comment, data={"csat": csat, "ces": ces}
        )
        return csat, ces
