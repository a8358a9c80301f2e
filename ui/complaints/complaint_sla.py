"""What the complaint dialog says about its SLA: which clock runs, the business time left
on it, and the tone to show it in (amber at risk, red breached)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.services.complaints.business_hours import BusinessCalendar
from app.services.complaints.complaints import ComplaintDetail, calendar_around, complaint_detail
from app.services.complaints.sla_settings import business_calendar
from app.timeutil import now_utc

OPEN_STATUSES = ("new", "in_progress", "reopened", "waiting_customer")


@dataclass(frozen=True)
class SlaReading:
    """`clock`: "first_response", "resolution" or None (no clock runs); `seconds_left` in
    business time, negative once overdue."""

    clock: str | None
    due: datetime | None
    seconds_left: float
    paused: bool


def read_sla(
    detail: ComplaintDetail, now: datetime | None = None, calendar: BusinessCalendar | None = None
) -> SlaReading:
    """Which clock runs and the business time left on it (`calendar`: as the admin set it;
    None: the default week)."""
    view = detail.complaint
    if view.status not in OPEN_STATUSES:
        return SlaReading(None, None, 0.0, False)
    if detail.first_response_at is None and view.first_response_due is not None:
        clock, due = "first_response", view.first_response_due
    else:
        clock, due = "resolution", view.resolution_due
    if due is None:
        return SlaReading(None, None, 0.0, False)
    moment = now or now_utc()
    paused = view.status == "waiting_customer"
    if paused:
        # The clock stopped when the wait began; it moves on when the customer answers.
        waits = [e.at for e in detail.events if e.to_status == "waiting_customer"]
        moment = max(waits, default=moment)
    calendar = calendar or calendar_around(min(moment, due))
    left = calendar.between(moment, due) if due > moment else -calendar.between(due, moment)
    return SlaReading(clock, due, left, paused)


def load_complaint(session: object, complaint_id: int) -> tuple[ComplaintDetail, SlaReading]:
    """Worker function: the complaint with its timeline, and its SLA read now."""
    detail = complaint_detail(session, complaint_id)
    return detail, read_sla(detail, calendar=business_calendar(session, now_utc()))


def hours_text(seconds: float) -> str:
    minutes = int(abs(seconds)) // 60
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("ComplaintSla", "{hours} h {minutes:02d} min").format(
        hours=hours, minutes=minutes
    )


def sla_text(reading: SlaReading) -> str:
    translate = QCoreApplication.translate
    if reading.clock is None:
        return translate("ComplaintSla", "No clock runs: the complaint is finished.")
    what = (
        translate("ComplaintSla", "first response")
        if reading.clock == "first_response"
        else translate("ComplaintSla", "resolution")
    )
    if reading.seconds_left < 0:
        text = translate("ComplaintSla", "{what} overdue by {time} (business hours)")
    else:
        text = translate("ComplaintSla", "{time} left to {what} (business hours)")
    text = text.format(what=what, time=hours_text(reading.seconds_left))
    if reading.paused:
        text += " · " + translate("ComplaintSla", "paused while waiting for the customer")
    return text[0].upper() + text[1:]


def sla_tone(reading: SlaReading, sla_state: str) -> str:
    """ "breached", "at_risk" or "" (on track, met, or no clock)."""
    if reading.clock is None:
        return ""
    if reading.seconds_left < 0 or sla_state == "breached":
        return "breached"
    return "at_risk" if sla_state == "at_risk" else ""
