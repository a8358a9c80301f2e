"""The admin command line: `python main.py [--db URL] [--lang vi|en] COMMAND ...`.

Exit codes: 0 success, 1 a user error (one line on stderr), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

from app import i18n
from app.cli import backups, exports, find, imports, kpi, reminders, sla, slip, users
from app.cli.common import (
    EXIT_OK,
    EXIT_USER_ERROR,
    PROG,
    OneLineParser,
    open_db,
    positive_int,
)
from app.errors import CareDeskError
from app.formatting import format_count
from app.i18n import t

# Demo data is for trying the app out: its staff share a password printed on screen.
DEMO_STAFF_PASSWORD = "caredesk-demo"
log = logging.getLogger("caredesk.cli")


def build_parser() -> OneLineParser:
    parser = OneLineParser(
        prog=PROG,
        description=t(
            "CareDesk, post-sale customer care. Without a command it opens the window; "
            "with one it runs an administration command."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=t(
            "database: sqlite:///path/file.db or postgresql+psycopg://user@host/db "
            "(also CAREDESK_DB; default: caredesk.db in the data folder)"
        ),
    )
    parser.add_argument("--lang", choices=i18n.SUPPORTED, help=t("language of the interface"))
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        type=Path,
        help=t("render one screen to a PNG file and exit"),
    )
    parser.add_argument("--screen", metavar="NAME", help=t("screen to open or render"))
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        help=t(
            "with --screenshot: the user the screen is shown as "
            "(default: the first active administrator)"
        ),
    )
    parser.add_argument(
        "--lookup",
        metavar="PHONE",
        help=t(
            "open the window on the customer who has this phone number, or on a new "
            "contact form for it (for a softphone's incoming-call action); a CareDesk "
            "already running on the same database is brought to the front instead"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    p = sub.add_parser("migrate", help=t("upgrade the database schema to this version"))
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_migrate)

    p = sub.add_parser("demo", help=t("fill an empty database with realistic demo data"))
    p.add_argument("--customers", type=positive_int, default=1000, help=t("how many customers"))
    p.add_argument("--seed", type=int, default=2026, help=t("random seed (same seed, same data)"))
    p.add_argument(
        "--staff-password",
        metavar="PASSWORD",
        default=DEMO_STAFF_PASSWORD,
        help=t(
            "the password of every demo staff account (default: {password})",
            password=DEMO_STAFF_PASSWORD,
        ),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_demo)

    users.add_user_commands(sub)
    find.add_find_command(sub)
    imports.add_import_commands(sub)
    sla.add_sla_command(sub)
    reminders.add_reminders_command(sub)
    slip.add_slip_command(sub)
    exports.add_export_command(sub)
    backups.add_backup_commands(sub)
    kpi.add_kpi_command(sub)
    return parser


def cmd_migrate(args) -> int:
    db, result = open_db(args)
    if args.json:
        print(
            json.dumps(
                {
                    "database": db.describe(),
                    "before": result.before,
                    "after": result.after,
                    "changed": result.changed,
                    "backup": str(result.backup) if result.backup else None,
                }
            )
        )
    elif result.changed:
        print(
            t(
                "{db}: schema upgraded from {before} to {after}.",
                db=db.describe(),
                before=result.before or t("empty"),
                after=result.after,
            )
        )
        if result.backup:
            print(t("The previous file was saved as {path}.", path=result.backup))
    else:
        print(
            t(
                "{db}: schema {rev} is up to date; nothing to do.",
                db=db.describe(),
                rev=result.after,
            )
        )
    db.dispose()
    return EXIT_OK


def cmd_demo(args) -> int:
    from app.services.actor import Actor
    from app.services.demo import generate
    from app.services.demo.chain import USERS

    db, _ = open_db(args)

    def progress(stage: str, percent: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{percent:3d}% {stage}".ljust(60), end="", file=sys.stderr, flush=True)

    summary = generate(
        db,
        customers=args.customers,
        seed=args.seed,
        progress=progress,
        actor=Actor.os_user(),
        staff_password=args.staff_password,
    )
    if not args.json and sys.stderr.isatty():
        print(file=sys.stderr)
    counts = asdict(summary)
    if args.json:
        print(json.dumps({"database": db.describe(), **counts}))
    else:
        print(t("Demo data loaded into {db}:", db=db.describe()))
        for label, value in summary.labelled():
            print(f"  {label}: {format_count(value)}")
        admin = next(username for username, _, role, _, _ in USERS if role == "admin")
        if args.staff_password == DEMO_STAFF_PASSWORD:
            print(
                t(
                    "Demo staff sign in with their username (for example {username}, "
                    "administrator) and the password {password}.",
                    username=admin,
                    password=DEMO_STAFF_PASSWORD,
                )
            )
        else:  # a password the person chose is not echoed
            print(
                t(
                    "Demo staff sign in with their username (for example {username}, "
                    "administrator) and the password given with --staff-password.",
                    username=admin,
                )
            )
    db.dispose()
    return EXIT_OK


def run_command(args: argparse.Namespace) -> int:
    """Run a parsed sub-command; user errors become one line on stderr and exit code 1."""
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except CareDeskError as exc:
        print(f"{PROG}: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader (head, less) stopped reading: not an error, and nothing to report.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        return EXIT_OK
    except KeyboardInterrupt:
        print(PROG + ": " + t("interrupted; nothing more was changed."), file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception:
        from app.logs import log_path, setup_file_logging

        written_to = setup_file_logging() or log_path()
        log.exception("command %s failed", args.command)
        print(
            f"{PROG}: " + t("unexpected error; the details are in {path}.", path=written_to),
            file=sys.stderr,
        )
        return EXIT_USER_ERROR


def lookup_error(parser: OneLineParser, args: argparse.Namespace) -> str | None:
    """The one line to print when --lookup is not a phone number (None: it is, or no
    --lookup was given). --lookup with a command or --screenshot is a usage error."""
    if args.lookup is None:
        return None
    if args.command is not None or args.screenshot is not None:
        parser.error(
            t("--lookup opens the window; it cannot be used with a command or --screenshot")
        )
    from app.text import parse_phone

    try:
        parse_phone(args.lookup)
    except CareDeskError as exc:
        return f"{PROG}: --lookup: {exc.message}"
    return None


def parse(argv: Sequence[str] | None = None) -> tuple[OneLineParser, argparse.Namespace]:
    """Parse the command line; the language is fixed first so help and errors use it."""
    argv = list(sys.argv[1:] if argv is None else argv)
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", choices=i18n.SUPPORTED)
    known, _ = pre.parse_known_args(argv)
    i18n.set_language(i18n.detect_language(known.lang))
    parser = build_parser()
    return parser, parser.parse_args(argv)
