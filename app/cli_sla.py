"""`python main.py sla [--at ISO-DATETIME] [--json]`: run the SLA pass once.

The pass the scheduler runs (app/services/complaints/sla_pass.py): every open complaint's clock is
checked, at-risk warnings and breaches recorded, breached complaints escalated. Safe to
run from cron beside the app: each warning and escalation happens once.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import datetime

from app.cli import EXIT_OK, _open
from app.i18n import t
from app.services.complaints.sla_pass import evaluate_sla
from app.timeutil import zone


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            t("“{v}” is not a date and time; write it as 2026-11-20T09:30", v=text)
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone())


def add_sla_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sla", help=t("check every open complaint's SLA clock once"))
    p.add_argument(
        "--at",
        type=_moment,
        metavar="ISO-DATETIME",
        help=t("as of this moment (default: now; without a zone, Vietnam time)"),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_sla)


def cmd_sla(args: argparse.Namespace) -> int:
    db, _ = _open(args)
    try:
        with db.session_scope() as session:
            result = evaluate_sla(session, args.at)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(asdict(result)))
    else:
        print(t("{checked} open complaints checked: {at_risk} now at risk, {breached} "
                "breached, {escalated} escalated.", **asdict(result)))  # fmt: skip
    return EXIT_OK
