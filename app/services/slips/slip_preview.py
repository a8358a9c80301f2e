"""A slip as its preview shows it: issued (or found again: a reprint keeps its number)
and rendered to PDF in one unit of work."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.services.actor import Actor
from app.services.changes import writes
from app.services.slips import slips


@dataclass(frozen=True)
class PreparedSlip:
    """A slip ready to show: its id and number, its PDF, and whether it is a copy."""

    slip_id: int
    number: str
    kind: str
    pdf: bytes
    copy: bool


@writes("slip")
def prepare_slip(session: Session, actor: Actor, kind: str, subject_id: int) -> PreparedSlip:
    """Issue the slip (or find the one issued before) and render it; a slip printed
    before renders as a copy."""
    slip = slips.issue_slip(session, actor, kind, subject_id)
    return rendered_slip(session, slip.id, slip.number, slip.kind)


def rendered_slip(session: Session, slip_id: int, number: str, kind: str) -> PreparedSlip:
    """The slip rendered as it prints now: a copy once it was printed."""
    copy = bool(slips.prints_of(session, slip_id))
    pdf = slips.render(session, slip_id, copy)
    return PreparedSlip(slip_id, number, kind, pdf, copy)
