"""`python main.py slip warranty|claim|return|complaint NUMBER -o FILE.pdf [--json]`.

NUMBER is the slip's own number (a reprint: the PDF says "BẢN SAO / COPY") or what it is
for: a claim (YC-...), a complaint (KN-...), for a warranty slip the purchase's serial
or invoice number. The slip is issued, written to the file and its print recorded in
one transaction: a file that cannot be written leaves no slip and no print behind.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.common import EXIT_OK, open_db
from app.errors import ValidationError
from app.i18n import t
from app.services.actor import Actor
from app.services.slips import slips
from app.slips import LAYOUTS, SLIP_KINDS


def add_slip_command(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "slip", help=t("write a warranty, claim, return or complaint slip to a PDF file")
    )
    p.add_argument("kind", choices=SLIP_KINDS, help=t("which slip"))
    p.add_argument(
        "number",
        metavar="NUMBER",
        help=t(
            "the slip's number (a reprint, marked as a copy), or a claim number (YC-...), "
            "a complaint number (KN-...), or for a warranty slip a serial or invoice number"
        ),
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE.pdf",
        type=Path,
        required=True,
        help=t("the PDF file to write"),
    )
    p.add_argument(
        "--layout",
        choices=LAYOUTS,
        help=t("a5 or thermal80 (80 mm receipt); default: the slip paper setting"),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output"))
    p.set_defaults(handler=cmd_slip)


def _write(path: Path, pdf: bytes) -> None:
    try:
        path.write_bytes(pdf)
    except OSError as exc:
        raise ValidationError(
            t(
                "Cannot write {path}: {reason}. Choose another file or folder.",
                path=path,
                reason=exc.strerror or exc,
            )
        ) from None


def cmd_slip(args: argparse.Namespace) -> int:
    actor = Actor.os_user()
    db, _ = open_db(args)
    try:
        with db.session_scope() as session:
            slip_id, subject_id = slips.find_subject(session, args.kind, args.number)
            if slip_id is None:
                slip_id = slips.issue_slip(session, actor, args.kind, subject_id).id
            pdf = slips.render(session, slip_id, layout=args.layout)
            number = slips.slip_payload(session, slip_id).number
            # Recorded first, so that a file that cannot be written rolls the record back.
            printed = slips.record_print(session, actor, slip_id, "cli")
            _write(args.output, pdf)
    finally:
        db.dispose()
    if args.json:
        print(
            json.dumps(
                {
                    "number": number,
                    "kind": args.kind,
                    "copy": printed.is_copy,
                    "file": str(args.output),
                    "bytes": len(pdf),
                }
            )
        )
    elif printed.is_copy:
        print(t("Copy of slip {number} written to {path}.", number=number, path=args.output))
    else:
        print(t("Slip {number} written to {path}.", number=number, path=args.output))
    return EXIT_OK
