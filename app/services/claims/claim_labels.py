"""How a claim's codes read to a person: kinds, statuses, rejection codes, timeline steps
and the warranty reason stored at intake.

The database keeps language-neutral codes ("covered:2027-06-01"), so a claim taken in by
a Vietnamese seat reads in English on an English one; the words are made here.
"""

from __future__ import annotations

from datetime import date

from app.formatting import format_date
from app.i18n import t
from app.models import ClaimKind, ClaimStatus

K, S = ClaimKind, ClaimStatus

# The three groups the claim list counts and filters by: still being worked on, waiting
# for the customer to collect (repaired, or rejected and to be handed back), finished.
STATUS_GROUPS: dict[str, tuple[ClaimStatus, ...]] = {
    "open": (S.RECEIVED, S.DIAGNOSING, S.WAITING_PARTS, S.REPAIRING),
    "ready": (S.READY, S.REJECTED),
    "closed": (S.RETURNED, S.EXCHANGED, S.REFUNDED),
}
# The item is still at the store: a purchase may have one such claim at a time.
ACTIVE_STATUSES = STATUS_GROUPS["open"] + STATUS_GROUPS["ready"]
TERMINAL_STATUSES = STATUS_GROUPS["closed"]

REJECTION_CODES = ("out_of_warranty", "misuse", "no_fault_found")
# Warranty reason codes stored at intake, each followed by ":" and the warranty end.
COVERED, EXPIRED = "covered", "expired"


def kind_name(kind: ClaimKind | str) -> str:
    return {
        K.REPAIR: t("Warranty repair"),
        K.EXCHANGE: t("Exchange"),
        K.RETURN: t("Return and refund"),
    }[K(kind)]


def status_name(status: ClaimStatus | str) -> str:
    return {
        S.RECEIVED: t("Received"),
        S.DIAGNOSING: t("Diagnosing"),
        S.WAITING_PARTS: t("Waiting for parts"),
        S.REPAIRING: t("Repairing"),
        S.READY: t("Ready for pickup"),
        S.RETURNED: t("Returned to customer"),
        S.REJECTED: t("Rejected"),
        S.EXCHANGED: t("Exchanged"),
        S.REFUNDED: t("Refunded"),
    }[S(status)]


def group_name(group: str) -> str:
    return {"open": t("In progress"), "ready": t("To hand back"), "closed": t("Closed")}[group]


def rejection_name(code: str | None) -> str:
    if code is None:
        return ""
    names = {
        "out_of_warranty": t("Out of warranty"),
        "misuse": t("Misuse or damage"),
        "no_fault_found": t("No fault found"),
    }
    return names.get(code, code)


def event_name(kind: str) -> str:
    """What a step on the claim's timeline did, as "<who> <did what>" reads."""
    names = {
        "opened": t("took it in"),
        "status": t("changed its status"),
        "rejected": t("rejected it"),
        "exchanged": t("exchanged the product"),
        "refunded": t("refunded the customer"),
        "note": t("added a note to it"),
        "assigned": t("assigned it"),
        "quote": t("recorded a quote"),
    }
    return names.get(kind, t("changed it"))


def warranty_reason(covered: bool, end: date) -> str:
    """The code stored with the claim: whether it was covered at intake, and until when."""
    return f"{COVERED if covered else EXPIRED}:{end.isoformat()}"


def warranty_reason_text(reason: str) -> str:
    """The stored reason in words; text stored before codes were used is shown as it is."""
    code, _, day = reason.partition(":")
    try:
        end = date.fromisoformat(day)
    except ValueError:
        return reason
    if code == COVERED:
        return t("In warranty until {date}", date=format_date(end))
    if code == EXPIRED:
        return t("Warranty ended on {date}", date=format_date(end))
    return reason
