"""A claim's workflow: which status may follow which, per kind, and the plain steps.

    Received -> Diagnosing -> Waiting for parts -> Repairing -> Ready for pickup
      -> Returned to customer (Diagnosing may go straight to Repairing or Ready)
    Received or Diagnosing -> Rejected (a code and a reason) -> Returned (handed back)
    Exchanged (exchange claims, and repairs that end in a replacement): terminal
    Refunded (return claims): terminal

Every step is a ClaimEvent on the claim's timeline and one audit entry. A save made on an
older version of the claim is refused, naming who changed it and how. Exchanges and
refunds, which carry more, are in claim_outcomes.py; notes, quotes and assignment in
claim_actions.py.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound, ValidationError
from app.i18n import t
from app.models import Claim, ClaimEvent, ClaimKind, ClaimStatus, User
from app.services import audit
from app.services.access.permissions import require, require_owner_or
from app.services.actor import Actor
from app.services.changes import writes
from app.services.claims.claim_labels import (
    REJECTION_CODES,
    TERMINAL_STATUSES,
    event_name,
    kind_name,
    status_name,
)
from app.services.claims.claims import ClaimView, claim_view
from app.services.complaints.complaints import clean_text
from app.timeutil import now_utc

K, S = ClaimKind, ClaimStatus
_NONE: frozenset[ClaimStatus] = frozenset()
TRANSITIONS: dict[ClaimKind, dict[ClaimStatus, frozenset[ClaimStatus]]] = {
    K.REPAIR: {
        S.RECEIVED: frozenset({S.DIAGNOSING, S.REJECTED}),
        S.DIAGNOSING: frozenset({S.WAITING_PARTS, S.REPAIRING, S.READY, S.REJECTED, S.EXCHANGED}),
        S.WAITING_PARTS: frozenset({S.REPAIRING, S.EXCHANGED}),
        S.REPAIRING: frozenset({S.READY, S.EXCHANGED}),
        S.READY: frozenset({S.RETURNED}),
        S.REJECTED: frozenset({S.RETURNED}),
        S.RETURNED: _NONE,
        S.EXCHANGED: _NONE,
        S.REFUNDED: _NONE,
    },
    K.EXCHANGE: {
        S.RECEIVED: frozenset({S.DIAGNOSING, S.EXCHANGED, S.REJECTED}),
        S.DIAGNOSING: frozenset({S.EXCHANGED, S.REJECTED}),
        S.REJECTED: frozenset({S.RETURNED}),
        S.WAITING_PARTS: _NONE,
        S.REPAIRING: _NONE,
        S.READY: _NONE,
        S.RETURNED: _NONE,
        S.EXCHANGED: _NONE,
        S.REFUNDED: _NONE,
    },
    K.RETURN: {
        S.RECEIVED: frozenset({S.DIAGNOSING, S.REFUNDED, S.REJECTED}),
        S.DIAGNOSING: frozenset({S.REFUNDED, S.REJECTED}),
        S.REJECTED: frozenset({S.RETURNED}),
        S.WAITING_PARTS: _NONE,
        S.REPAIRING: _NONE,
        S.READY: _NONE,
        S.RETURNED: _NONE,
        S.EXCHANGED: _NONE,
        S.REFUNDED: _NONE,
    },
}
# Reached through change_claim_status; the others carry more and have their own service.
PLAIN_STEPS = (S.DIAGNOSING, S.WAITING_PARTS, S.REPAIRING, S.READY, S.RETURNED)
NOTE_MAX = 20_000
REASON_MAX = 200


def next_statuses(kind: ClaimKind | str, status: ClaimStatus | str) -> tuple[str, ...]:
    """What the claim may become next, in workflow order (the screen's buttons)."""
    allowed = TRANSITIONS[K(kind)][S(status)]
    return tuple(s.value for s in S if s in allowed)


def load_for_change(session: Session, actor: Actor, claim_id: int, expected: int | None) -> Claim:
    """The claim, if `actor` may change it and it is still at version `expected`."""
    require(actor, "claim.handle")
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise NotFound(t("That claim does not exist."))
    require_owner_or(actor, claim.assignee_id)
    if expected is not None and claim.version != expected:
        last = session.execute(
            select(ClaimEvent.kind, User.full_name)
            .outerjoin(User, User.id == ClaimEvent.actor_id)
            .where(ClaimEvent.claim_id == claim.id)
            .order_by(ClaimEvent.id.desc())
            .limit(1)
        ).first()
        kind, who = last if last else ("", None)
        raise Conflict(
            t(
                "{who} {what} ({number}, now {status}) while you were editing. Reload to see "
                "their change; what you typed is kept.",
                who=who or t("Someone"),
                what=event_name(kind),
                number=claim.number,
                status=status_name(claim.status),
            )
        )
    return claim


def refuse_illegal_step(claim: Claim, to: ClaimStatus) -> None:
    if to not in TRANSITIONS[claim.kind][claim.status]:
        raise ValidationError(
            t(
                "A {kind} claim that is {current} cannot become {target}.",
                kind=kind_name(claim.kind).lower(),
                current=status_name(claim.status).lower(),
                target=status_name(to).lower(),
            ),
            "status",
        )


def move(
    session: Session,
    actor: Actor,
    claim: Claim,
    to: ClaimStatus,
    kind: str,
    note: str = "",
    data: dict | None = None,
    now: datetime | None = None,
) -> None:
    """One step along the table: the event, the audit entry, closed_at at the end."""
    before = claim.status
    refuse_illegal_step(claim, to)
    at = now or now_utc()
    claim.status = to
    if to in TERMINAL_STATUSES:
        claim.closed_at = at
    session.add(
        ClaimEvent(
            claim_id=claim.id,
            at=at,
            actor_id=actor.user_id,
            kind=kind,
            from_status=before.value,
            to_status=to.value,
            note=note,
            data=data,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        "claim",
        claim.id,
        kind,
        {"status": before.value},
        {"status": to.value, **({"note": note[:500]} if note else {}), **(data or {})},
    )


@writes("claim")
def change_claim_status(
    session: Session,
    actor: Actor,
    claim_id: int,
    to: str,
    note: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ClaimView:
    """Diagnose, wait for parts, repair, mark ready, hand back: the steps that need
    nothing else. An out-of-warranty repair starts only once the quote is accepted."""
    target = S(to)
    if target not in PLAIN_STEPS:
        raise ValueError(f"use the dedicated service for {target}")
    claim = load_for_change(session, actor, claim_id, expected_version)
    text = clean_text(note, NOTE_MAX, "note", t("step")) if (note or "").strip() else ""
    if (
        target is S.REPAIRING
        and claim.kind is K.REPAIR
        and not claim.in_warranty
        and claim.quote_accepted is not True
    ):
        raise ValidationError(
            t(
                "This repair is out of warranty: record the customer's acceptance of the "
                "quoted cost before starting it."
            ),
            "quote",
        )
    move(session, actor, claim, target, "status", text, now=now)
    return claim_view(session, claim.id)


@writes("claim")
def reject_claim(
    session: Session,
    actor: Actor,
    claim_id: int,
    code: str,
    reason: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> ClaimView:
    """Refuse the claim (out of warranty, misuse, no fault found) with the words the
    customer is told; the unit is then handed back (Returned)."""
    claim = load_for_change(session, actor, claim_id, expected_version)
    if code not in REJECTION_CODES:
        raise ValidationError(
            t("Choose why it is rejected: out of warranty, misuse or no fault found."),
            "rejection_code",
        )
    text = clean_text(reason, REASON_MAX, "rejection_reason", t("reason for rejecting"))
    move(session, actor, claim, S.REJECTED, "rejected", text, {"rejection_code": code}, now)
    claim.rejection_code = code
    claim.rejection_reason = text
    session.flush()
    return claim_view(session, claim.id)
