"""`python main.py backup [FILE_OR_FOLDER]` and `python main.py restore FILE [--yes]`.

A backup is one file (a zip of the SQLite database, or a pg_dump archive for
PostgreSQL) with a description beside it (`<file>.json`). A restore first checks the
file, keeps the current data aside as a backup, then puts the backup's data in place;
without --yes it asks first, and only on a terminal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.common import EXIT_OK, EXIT_USER_ERROR, PROG, open_db, print_json, table
from app.errors import ValidationError
from app.formatting import format_count, format_datetime, format_size
from app.i18n import t
from app.services.backups import BackupInfo, check_backup, restore_backup, take_backup


def add_backup_commands(sub: argparse._SubParsersAction) -> None:
    json_help = t("machine-readable output")
    p = sub.add_parser("backup", help=t("back the database up into one file, with its row counts"))
    p.add_argument(
        "target",
        nargs="?",
        type=Path,
        metavar="FILE_OR_FOLDER",
        help=t(
            "a folder (the file is named in it) or a file name; default: the backup "
            "folder of the settings"
        ),
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "restore",
        help=t("replace the data with a backup's; the current data is kept aside first"),
    )
    p.add_argument("file", type=Path, metavar="FILE", help=t("the backup file"))
    p.add_argument("--yes", action="store_true", help=t("restore without asking first"))
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(handler=cmd_restore)


def info_json(info: BackupInfo) -> dict[str, object]:
    return {
        "file": str(info.path),
        "taken_at": info.taken_at.isoformat(),
        "size": info.size,
        "sha256": info.sha256,
        "revision": info.revision,
        "backend": info.backend,
        "app_version": info.app_version,
        "kind": info.kind,
        "counts": info.counts,
    }


def counts_table(info: BackupInfo) -> str:
    return table(
        [t("Table"), t("Rows")],
        [[name, format_count(n)] for name, n in sorted(info.counts.items())],
    )


def cmd_backup(args: argparse.Namespace) -> int:
    db, _ = open_db(args)
    try:
        info = take_backup(db, args.target)
    finally:
        db.dispose()
    if args.json:
        print_json(info_json(info))
        return EXIT_OK
    print(t("Backup written: {path}", path=info.path))
    print(
        t(
            "Taken {when}, {size}, schema {revision}.",
            when=format_datetime(info.taken_at),
            size=format_size(info.size),
            revision=info.revision,
        )
    )
    print(counts_table(info))
    return EXIT_OK


def _confirmed(info: BackupInfo, database: str) -> bool:
    customers = format_count(info.counts.get("customers", 0))
    print(
        t(
            "{path} was taken {when} and holds {customers} customers. Its data will "
            "replace all the data in {database}; the current data is kept aside first.",
            path=info.path,
            when=format_datetime(info.taken_at),
            customers=customers,
            database=database,
        ),
        file=sys.stderr,
    )
    print(t("Type yes to restore: "), end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in {"yes", "y", t("yes").lower()}


def cmd_restore(args: argparse.Namespace) -> int:
    if not args.yes and not sys.stdin.isatty():
        raise ValidationError(
            t(
                "restore replaces all the data: run it on a terminal to be asked first, "
                "or add --yes to restore without being asked."
            )
        )
    db, _ = open_db(args)
    try:
        if not args.yes and not _confirmed(check_backup(args.file), db.describe()):
            print(f"{PROG}: " + t("nothing was restored."), file=sys.stderr)
            return EXIT_USER_ERROR
        result = restore_backup(db, args.file)
    finally:
        db.dispose()
    info = result.info
    if args.json:
        print_json(
            {
                "restored": info_json(info),
                "kept_aside": str(result.kept_aside),
                "upgraded_from": result.upgraded_from,
            }
        )
        return EXIT_OK
    print(t("Restored {path}, taken {when}.", path=info.path, when=format_datetime(info.taken_at)))
    if result.upgraded_from:
        print(
            t(
                "Its data was upgraded from schema {old} to this version's.",
                old=result.upgraded_from,
            )
        )
    print(counts_table(info))
    print(t("The data that was there before is kept in {path}.", path=result.kept_aside))
    return EXIT_OK
