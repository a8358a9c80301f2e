"""The words of a complaint's timeline events that nobody typed, rendered when shown.

An event keeps its kind and data (the tier, "automatic", the scores); the screen words the
heading of each kind. What the system itself said about an event (the SLA pass escalating
on its own) is not stored as a note in the writer's language: it is worded here, in the
reader's, for the read models that show a timeline.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.services.stored_text import READER, Words


def event_note(kind: str, note: str, data: Mapping | None, w: Words = READER) -> str:
    """The note under an event: what the person typed, else the system's words, if any."""
    if note:
        return note
    if kind == "escalated" and isinstance(data, Mapping) and data.get("automatic"):
        return w.t("Escalated automatically: the SLA was breached.")
    return ""
