"""What every command shares: exit codes, the parser that reports a usage error in one
line, opening the database, and printing tables and JSON."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime

from app.config import resolve_db_url
from app.i18n import t
from app.timeutil import zone

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
PROG = "python main.py"


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one clear line (plus where to find help), exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = t("Run “{prog} --help” for the list of commands and options.", prog=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {message}. {hint}\n")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("“{v}” is not a whole number", v=text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(t("{v} is negative; give 0 or more", v=text))
    return value


def open_db(args):
    from app.db import migrate, open_database  # the engine, only for a command that needs one

    db = open_database(resolve_db_url(args.db))
    return db, migrate(db)


def plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def print_json(value: object) -> None:
    print(json.dumps(value, default=plain))


def width(text: str) -> int:
    """Columns on a terminal: combining marks take none, wide (CJK) characters two."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(width(r[i]) for r in (headers, *rows)) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        padded = [c + " " * (w - width(c)) for c, w in zip(cells, widths, strict=True)]
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            t("“{v}” is not a date and time; write it as 2026-11-20T09:30", v=text)
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone())
