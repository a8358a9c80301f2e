"""What happens to a claim besides its status: notes, assignment, and the quote for an
out-of-warranty repair. Each is a ClaimEvent on the claim's timeline and one audit entry.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.i18n import t
from app.models import Claim, ClaimEvent, ClaimKind, ClaimStatus, User
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.changes import writes
from app.services.claims.claim_labels import TERMINAL_STATUSES
from app.services.claims.claim_workflow import NOTE_MAX, load_for_change
from app.services.claims.claims import ClaimView, check_quote, claim_view
from app.services.complaints.complaints import clean_text
from app.timeutil import now_utc

# A quote can still change until the repair starts.
QUOTABLE = (ClaimStatus.RECEIVED, ClaimStatus.DIAGNOSING, ClaimStatus.WAITING_PARTS)


def _event(
    session: Session,
    actor: Actor,
    claim: Claim,
    kind: str,
    note: str = "",
    data: dict | None = None,
    now: datetime | None = None,
) -> None:
    session.add(
        ClaimEvent(
            claim_id=claim.id,
            at=now or now_utc(),
            actor_id=actor.user_id,
            kind=kind,
            note=note,
            data=data,
        )
    )
    session.flush()


@writes("claim")
def add_claim_note(
    session: Session,
    actor: Actor,
    claim_id: int,
    text: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ClaimView:
    """A note on the claim's timeline (what the technician found, a call to the customer)."""
    claim = load_for_change(session, actor, claim_id, expected_version)
    note = clean_text(text, NOTE_MAX, "note", t("note"))
    at = now or now_utc()
    claim.updated_at = at  # the version moves: an open form on it is now stale
    _event(session, actor, claim, "note", note, now=at)
    audit.record(session, actor, "claim", claim.id, "note", None, {"note": note[:500]})
    return claim_view(session, claim.id)


@writes("claim")
def assign_claim(
    session: Session,
    actor: Actor,
    claim_id: int,
    assignee_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ClaimView:
    """Give the claim to someone (None: back to the shared queue). An agent may take an
    unassigned one for themselves; anything else is a supervisor's."""
    claim = load_for_change(session, actor, claim_id, expected_version)
    if claim.status in TERMINAL_STATUSES:
        raise ValidationError(t("This claim is closed; nothing is left to assign."), "status")
    if assignee_id != actor.user_id or claim.assignee_id is not None:
        require(actor, "work.reassign")
    if assignee_id is not None:
        user = session.get(User, assignee_id)
        if user is None or not user.is_active:
            raise NotFound(t("That user does not exist or is disabled."))
    before = claim.assignee_id
    claim.assignee_id = assignee_id
    _event(session, actor, claim, "assigned", data={"from": before, "to": assignee_id}, now=now)
    audit.record(
        session,
        actor,
        "claim",
        claim.id,
        "assign",
        {"assignee_id": before},
        {"assignee_id": assignee_id},
    )
    return claim_view(session, claim.id)


@writes("claim")
def record_quote(
    session: Session,
    actor: Actor,
    claim_id: int,
    cost_vnd: int | None,
    accepted: bool | None,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ClaimView:
    """The price of an out-of-warranty repair and the customer's answer; the repair
    starts only once it is accepted. A declined quote usually ends in a rejection."""
    claim = load_for_change(session, actor, claim_id, expected_version)
    if claim.kind is not ClaimKind.REPAIR or claim.in_warranty:
        raise ValidationError(
            t("Only an out-of-warranty repair has a quote: this one costs the customer nothing."),
            "quote",
        )
    if claim.status not in QUOTABLE:
        raise ValidationError(
            t("The repair has already started or ended; the quote can no longer change."),
            "quote",
        )
    if cost_vnd is None:
        raise ValidationError(t("Give the quoted cost."), "quote")
    cost, agreed = check_quote(cost_vnd, accepted)
    text = clean_text(note, NOTE_MAX, "note", t("note")) if (note or "").strip() else ""
    before = {"quoted_cost_vnd": claim.quoted_cost_vnd, "quote_accepted": claim.quote_accepted}
    claim.quoted_cost_vnd, claim.quote_accepted = cost, agreed
    after = {"quoted_cost_vnd": cost, "quote_accepted": agreed}
    _event(session, actor, claim, "quote", text, after, now=now)
    audit.record(session, actor, "claim", claim.id, "quote", before, after)
    return claim_view(session, claim.id)
