"""`python main.py find QUERY`: the global customer search from the command line.

The same search as the window's search box (app.services.customers.customer_search): a phone in
any format or its last digits, a code, a serial or invoice number, an e-mail or words of
a name. With --json, a JSON array best match first, for scripts.
"""

from __future__ import annotations

import argparse
import json

from app.cli.common import EXIT_OK, open_db, plain, positive_int, table
from app.formatting import format_date
from app.i18n import t
from app.models import Tier
from app.services.customers.customer_search import CustomerHit, search_customers

DEFAULT_LIMIT = 20


def add_find_command(sub: argparse._SubParsersAction) -> None:
    """Register `find QUERY [--limit N] [--json]` under the top-level commands."""
    p = sub.add_parser(
        "find",
        help=t("find customers by phone, last digits, code, serial, invoice, e-mail or name"),
    )
    p.add_argument(
        "query",
        nargs="?",
        default="",
        metavar="QUERY",
        help=t(
            "what you know about the customer, as in “0912 345 678”, “5678”, "
            "“nguyen thi dao” or KH0000123 (empty: the customers contacted most recently)"
        ),
    )
    p.add_argument(
        "--limit",
        type=positive_int,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=t("show at most N customers (default: {n})", n=DEFAULT_LIMIT),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_find)


def cmd_find(args: argparse.Namespace) -> int:
    db, _ = open_db(args)
    try:
        with db.session_scope() as session:
            hits = search_customers(session, args.query, args.limit)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([_as_json(hit) for hit in hits], default=plain, ensure_ascii=False))
        return EXIT_OK
    if not hits:
        print(t("No customer matches “{query}”.", query=args.query.strip()))
        return EXIT_OK
    headers = [
        t("Code"),
        t("Full name"),
        t("Phone"),
        t("Loyalty tier"),
        t("Birthday"),
        t("Found by"),
    ]
    rows = [
        [
            hit.code,
            hit.full_name,
            _national(hit.primary_phone),
            _tier_label(hit.tier),
            format_date(hit.birthday),
            _matched_label(hit.matched_by),
        ]
        for hit in hits
    ]
    print(table(headers, rows))
    return EXIT_OK


def _as_json(hit: CustomerHit) -> dict[str, object]:
    store = {"code": hit.store_code, "name": hit.store_name} if hit.store_code else None
    return {
        "code": hit.code,
        "full_name": hit.full_name,
        "phones": list(hit.phones),
        "primary_phone": hit.primary_phone,
        "tier": str(hit.tier),
        "birthday": hit.birthday,
        "store": store,
        "last_contact_at": hit.last_contact_at,
        "open_complaints": hit.open_complaints,
        "matched_by": hit.matched_by,
    }


def _national(e164: str | None) -> str:
    """The number as it is dialled in Vietnam (0912345678); a foreign one stays E.164."""
    if e164 is None:
        return ""
    return "0" + e164[3:] if e164.startswith("+84") else e164


def _tier_label(tier: str) -> str:
    return {
        Tier.MEMBER: t("Member"),
        Tier.SILVER: t("Silver"),
        Tier.GOLD: t("Gold"),
        Tier.PLATINUM: t("Platinum"),
        Tier.VIP: t("VIP"),
    }.get(tier, str(tier))


def _matched_label(matched_by: str) -> str:
    return {
        "phone": t("phone number"),
        "phone_suffix": t("last digits of a phone"),
        "code": t("customer code"),
        "serial": t("serial number"),
        "invoice": t("invoice number"),
        "email": t("e-mail"),
        "name": t("name"),
        "recent": t("recent contact"),
    }.get(matched_by, matched_by)
