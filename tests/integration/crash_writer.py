"""The child process of the crash test: writes through the real services until killed.

    python -m tests.integration.crash_writer

It imports everything first and says `ready`, then reads the database path and the
customer's id from one line of standard input (so the parent can start the next child
while it checks the last one), and writes for ever, round after round:

- an import of a customer file (IMPORT_ROWS rows, several short transactions);
- CONTACTS contacts logged for the customer;
- a complaint opened, NOTES notes added to it, and its work started.

Each write is its own unit of work, as a seat's Save is; the line naming it is printed
(and flushed) right after its commit returned:

    import <batch>                  the whole file is in (its run finished)
    contact <id> <key>              the contact with notes "<key>"
    complaint <id>                  the complaint, opened
    note <complaint id> <key>       a note "<key>" on it
    started <complaint id>          its status moved to in progress
"""

from __future__ import annotations

import sys
from datetime import timedelta
from itertools import count
from pathlib import Path

from app.db import open_database
from app.services.actor import Actor
from app.services.complaints.complaint_actions import add_note
from app.services.complaints.complaint_workflow import change_status
from app.services.complaints.complaints import ComplaintInput, open_complaint
from app.services.contacts.interactions import InteractionInput, log_interaction
from app.services.imports import pacing
from app.services.imports.files import ImportFile
from app.services.imports.runner import ImportOptions, run_import
from app.timeutil import now_utc

IMPORT_ROWS = 240
ROWS_PER_TRANSACTION = 40
CONTACTS = 4
NOTES = 2


def batch_file_name(batch: int) -> str:
    return f"batch-{batch}.csv"


def batch_name(batch: int, row: int) -> str:
    """The name of the file's row `row` (the parent counts a batch's customers by it)."""
    return f"Khách lô {batch} số {row}"


def batch_file(folder: Path, batch: int) -> ImportFile:
    """The customer file of `batch`, written as a CSV file in `folder`."""
    lines = ["full_name,notes"]
    lines += [f"{batch_name(batch, n)},Nhập từ lô {batch}" for n in range(IMPORT_ROWS)]
    path = folder / batch_file_name(batch)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ImportFile.from_path(path)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_for_ever(path: str, customer_id: int) -> None:
    # Many short transactions, back to back: a kill lands inside the import most often.
    pacing.FIRST_ROWS = pacing.MOST_ROWS = ROWS_PER_TRANSACTION
    pacing.PAUSE_SECONDS = 0
    db = open_database(f"sqlite:///{path}")
    actor = Actor.os_user()
    keys = count()
    for batch in count():
        run_import(db, actor, batch_file(Path(path).parent, batch), ImportOptions("customers"))
        say(f"import {batch}")
        for _ in range(CONTACTS):
            key = f"contact-{next(keys)}"
            started = now_utc() - timedelta(minutes=4)
            data = InteractionInput(
                "phone",
                "in",
                started,
                started + timedelta(minutes=3),
                customer_id=customer_id,
                notes=key,
            )
            with db.session_scope() as s:
                view = log_interaction(s, actor, data)
            say(f"contact {view.id} {key}")
        complaint = ComplaintInput(customer_id, "product_defect", f"Lô {batch}: máy kêu to")
        with db.session_scope() as s:
            complaint_id = open_complaint(s, actor, complaint).id
        say(f"complaint {complaint_id}")
        for _ in range(NOTES):
            key = f"note-{next(keys)}"
            with db.session_scope() as s:
                add_note(s, actor, complaint_id, key)
            say(f"note {complaint_id} {key}")
        with db.session_scope() as s:
            change_status(s, actor, complaint_id, "in_progress")
        say(f"started {complaint_id}")


def main() -> int:
    say("ready")
    path, customer_id = sys.stdin.readline().split()
    write_for_ever(path, int(customer_id))
    return 0


if __name__ == "__main__":
    sys.exit(main())
