"""`python main.py export LIST FILE` and `python main.py export --all FOLDER` (`--json`).

LIST is customers, calls, complaints, claims, reminders or audit: the whole list as an
administrator sees it (no filter; every complaint queue's open complaints, every
reminder of every tab), written to FILE as CSV or Excel by its extension. `--all` writes
every table of the database to CSV files in FOLDER with a README.txt
(app/services/exports/full_export.py). Both only read the database.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from app.cli.common import EXIT_OK, open_db, table
from app.formatting import format_count
from app.i18n import t, tn
from app.services.actor import Actor
from app.services.audit import AuditFilter
from app.services.audit_export import export_audit
from app.services.claims.claim_export import export_claims
from app.services.complaints.complaint_export import export_complaints
from app.services.contacts.call_log_export import export_call_log
from app.services.customers.customer_export import export_customers
from app.services.exports.full_export import export_all
from app.services.reminders.reminder_export import ALL_TABS, export_reminders

# LIST -> how the whole list is written to a path, as `actor`, with progress to `control`.
Export = Callable[[Session, Actor, Path, object], int]
LISTS: dict[str, Export] = {
    "customers": lambda s, a, p, c: export_customers(s, None, None, p, control=c),
    "calls": lambda s, a, p, c: export_call_log(s, None, p, control=c),
    "complaints": lambda s, a, p, c: export_complaints(s, a, "all", None, p, control=c),
    "claims": lambda s, a, p, c: export_claims(s, None, p, control=c),
    "reminders": lambda s, a, p, c: export_reminders(s, a, ALL_TABS, "all", p, control=c),
    "audit": lambda s, a, p, c: export_audit(s, a, AuditFilter(), p, control=c),
}


def add_export_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help=t("write a list to a CSV or Excel file, or every table to CSV files (--all)"),
    )
    p.add_argument("list", nargs="?", choices=tuple(LISTS), metavar="LIST", help=", ".join(LISTS))
    p.add_argument("file", nargs="?", type=Path, metavar="FILE", help=t("a .csv or .xlsx file"))
    p.add_argument(
        "--all",
        type=Path,
        metavar="FOLDER",
        help=t("write every table of the database to CSV files in this folder"),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_export, export_parser=p)


class _Progress:
    """The percent done on standard error, when a person watches it."""

    def __init__(self, shown: bool) -> None:
        self._shown = shown

    def progress(self, percent: int, message: str = "") -> None:
        if self._shown:
            print(f"\r{percent:3d}% {message}".ljust(70), end="", file=sys.stderr, flush=True)

    def done(self) -> None:
        if self._shown:
            print(file=sys.stderr)


def cmd_export(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.export_parser
    if args.all is not None and (args.list or args.file):
        parser.error(t("give either --all FOLDER or LIST FILE, not both"))
    if args.all is None and not (args.list and args.file):
        parser.error(t("give LIST and FILE (for example: export customers customers.xlsx)"))
    control = _Progress(not args.json and sys.stderr.isatty())
    db, _ = open_db(args)
    try:
        if args.all is not None:
            try:
                counts = export_all(db, args.all, control)
            finally:
                control.done()
            return _print_all(args, counts)
        with db.session_scope() as session:
            try:
                written = LISTS[args.list](session, Actor.os_user(), args.file, control)
            finally:
                control.done()
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"list": args.list, "file": str(args.file), "rows": written}))
    else:
        print(
            tn(
                "{n} row written to {path}.",
                "{n} rows written to {path}.",
                written,
                path=args.file,
            )
        )
    return EXIT_OK


def _print_all(args: argparse.Namespace, counts: dict[str, int]) -> int:
    files = {f"{name}.csv": n for name, n in counts.items()}
    if args.json:
        print(json.dumps({"folder": str(args.all), "files": files}, ensure_ascii=False))
        return EXIT_OK
    rows = [(name, format_count(n)) for name, n in files.items()]
    print(table((t("File"), t("Rows")), rows))
    print(
        t(
            "{files} files and README.txt written to {folder}.",
            files=format_count(len(files)),
            folder=args.all,
        )
    )
    return EXIT_OK
