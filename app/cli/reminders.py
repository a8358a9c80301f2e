"""`python main.py reminders [--generate] [--at ISO-DATETIME] [--json]`.

With --generate the reminder rules run first as of --at (default now): safe beside the
app or from cron, nothing is created twice. Then it prints the reminders open and due at
that moment (a snoozed one counts from its snooze time).
"""

from __future__ import annotations

import argparse
import json

from app.cli.common import EXIT_OK, moment, open_db
from app.formatting import format_datetime
from app.i18n import t, tn
from app.services.reminders.reminder_inbox import open_due
from app.services.reminders.reminder_rules import generate_reminders
from app.services.reminders.reminder_settings import rule_names
from app.timeutil import now_utc, zone


def add_reminders_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reminders", help=t("list the follow-up reminders due now"))
    p.add_argument(
        "--generate",
        action="store_true",
        help=t("run the reminder rules first (nothing is created twice)"),
    )
    p.add_argument(
        "--at",
        type=moment,
        metavar="ISO-DATETIME",
        help=t("as of this moment (default: now; without a zone, Vietnam time)"),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_reminders)


def cmd_reminders(args: argparse.Namespace) -> int:
    at = args.at or now_utc()
    db, _ = open_db(args)
    try:
        with db.session_scope() as session:
            created = generate_reminders(session, at) if args.generate else None
        with db.session_scope() as session:
            rows = open_due(session, at)
    finally:
        db.dispose()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "kind": r.rule,
                        "title": r.title,
                        "customer_code": r.customer_code,
                        "customer_name": r.customer_name,
                        "due_at": r.when.astimezone(zone()).isoformat(),
                        "status": r.status,
                        "assignee": r.assignee_username,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
            )
        )
        return EXIT_OK
    if created is not None:
        new = sum(created.values())
        print(tn("Rules run: {n} new reminder.", "Rules run: {n} new reminders.", new))
    if not rows:
        print(t("No reminder is open and due at {time}.", time=format_datetime(at)))
        return EXIT_OK
    names = rule_names()
    for r in rows:
        who = r.assignee_username or t("(pool)")
        customer = f"{r.customer_code} " if r.customer_code else ""
        print(
            f"{format_datetime(r.when)}  {names.get(r.rule, r.rule):<28} {customer}"
            f"{r.title}  [{who}]"
        )
    print(tn("{n} reminder open and due.", "{n} reminders open and due.", len(rows)))
    return EXIT_OK
