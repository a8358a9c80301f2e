"""What the complaint dialog says about its SLA (read by
app/services/complaints/complaint_reads.py): which clock runs, the business time left on
it, and the tone to show it in (amber at risk, red breached)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.complaints.complaint_reads import SlaReading


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
