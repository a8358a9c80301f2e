"""Who may do what. Every service that changes data asks here first.

A hidden button is not a permission: the check is in the service, so the CLI, the
screens and any later integration meet the same rule.
"""

from __future__ import annotations

from app.errors import PermissionDenied
from app.i18n import t
from app.models import Role
from app.services.actor import Actor

A, S, M = Role.AGENT, Role.SUPERVISOR, Role.ADMIN

# action -> roles that may do it
RULES: dict[str, frozenset[Role]] = {
    "user.manage": frozenset({M}),  # add, edit, disable, enable, reset password, role, store
    "store.manage": frozenset({M}),
    "settings.edit": frozenset({M}),
    "audit.view": frozenset({S, M}),
    "data.load": frozenset({M}),  # demo data, imports
    "data.backup": frozenset({M}),  # back up now, restore a backup, export everything
    "work.reassign": frozenset({S, M}),  # others' calls, complaints, claims, reminders
    "customer.edit": frozenset({A, S, M}),  # create, edit, dates, earn and redeem points
    "customer.archive": frozenset({S, M}),  # archive and restore
    "customer.merge": frozenset({S, M}),
    "tier.override": frozenset({S, M}),  # set a tier by hand, or clear that
    "points.adjust": frozenset({S, M}),  # add or take points outside earn/redeem
    "contact.log": frozenset({A, S, M}),  # log a contact, correct one, link a caller
    "script.edit": frozenset({S, M}),  # call topics and their scripts
    "complaint.handle": frozenset({A, S, M}),  # take in, work on, resolve, close, reopen
    "complaint.prioritize": frozenset({S, M}),  # change a complaint's priority
    "template.edit": frozenset({S, M}),  # reply templates for complaints
    "purchase.register": frozenset({A, S, M}),  # register a purchase, add a product
    "product.manage": frozenset({S, M}),  # edit or retire products
    "claim.handle": frozenset({A, S, M}),  # take in and work warranty, exchange, return claims
    "claim.approve": frozenset({S, M}),  # a return outside the product's return window
    "slip.print": frozenset({A, S, M}),  # issue, print and reprint slips
    "reminder.work": frozenset({A, S, M}),  # take, snooze and complete reminders
    "kpi.view": frozenset({S, M}),  # the dashboard, everyone's scorecards, KPI reports
}


def _role_names(roles: frozenset[Role]) -> str:
    names = {A: t("agents"), S: t("supervisors"), M: t("administrators")}
    ordered = [names[r] for r in (A, S, M) if r in roles]
    return t(" and ").join(ordered)


def _what(action: str) -> str:
    return {
        "user.manage": t("manage users"),
        "store.manage": t("manage stores"),
        "settings.edit": t("change settings"),
        "audit.view": t("see the audit trail"),
        "data.load": t("load data into the database"),
        "data.backup": t("back up or restore the database"),
        "work.reassign": t("change other people's work"),
        "customer.edit": t("edit customers"),
        "customer.archive": t("archive or restore customers"),
        "customer.merge": t("merge customers"),
        "tier.override": t("set a customer's tier by hand"),
        "points.adjust": t("adjust loyalty points"),
        "contact.log": t("log contacts"),
        "script.edit": t("edit call topics and scripts"),
        "complaint.handle": t("handle complaints"),
        "complaint.prioritize": t("change a complaint's priority"),
        "template.edit": t("edit reply templates"),
        "purchase.register": t("register purchases"),
        "product.manage": t("manage products"),
        "claim.handle": t("handle warranty and return claims"),
        "claim.approve": t("approve a return outside the return window"),
        "slip.print": t("print slips"),
        "reminder.work": t("work on reminders"),
        "kpi.view": t("see the team's KPIs"),
    }[action]


def allowed(actor: Actor, action: str) -> bool:
    return actor.role in RULES[action]


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDenied, naming the roles that may, unless `actor` may do `action`."""
    if not allowed(actor, action):
        raise PermissionDenied(
            t("Only {roles} may {what}.", roles=_role_names(RULES[action]), what=_what(action))
        )


def require_owner_or(actor: Actor, owner_id: int | None, action: str = "work.reassign") -> None:
    """An agent acts on their own work and the shared queue (no owner); others need `action`."""
    if owner_id is None or owner_id == actor.user_id:
        return
    require(actor, action)
