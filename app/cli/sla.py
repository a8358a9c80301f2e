"""`python main.py sla [--at ISO-DATETIME] [--json]`: run the SLA pass once.

The pass the scheduler runs (app/services/complaints/sla_pass.py): every open complaint's clock is
checked, at-risk warnings and breaches recorded, breached complaints escalated. Safe to
run from cron beside the app: each warning and escalation happens once.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from app.cli.common import EXIT_OK, moment, open_db
from app.i18n import t
from app.services.complaints.sla_pass import evaluate_sla


def add_sla_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sla", help=t("check every open complaint's SLA clock once"))
    p.add_argument(
        "--at",
        type=moment,
        metavar="ISO-DATETIME",
        help=t("as of this moment (default: now; without a zone, Vietnam time)"),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_sla)


def cmd_sla(args: argparse.Namespace) -> int:
    db, _ = open_db(args)
    try:
        with db.session_scope() as session:
            result = evaluate_sla(session, args.at)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(asdict(result)))
    else:
        print(
            t(
                "{checked} open complaints checked: {at_risk} now at risk, {breached} "
                "breached, {escalated} escalated.",
                **asdict(result),
            )
        )
    return EXIT_OK
