"""What each call record of a file will do: be added, or nothing (already there, or bad).

A record already imported (the same unique id) is skipped without a word: Master.csv only
grows, so each import reads the calls of the last one again. A record repeated in the
file is skipped with a note naming the line it repeats (Asterisk writes several records
with one uniqueid when a call is transferred: the call is counted once, as first written).

The caller is matched as the caller lookup matches a number (contacts/caller_lookup.py):
every reading of it, active customers only, a merged one as the customer kept. Only a
number that belongs to one customer links the call; a household's shared number does not
say which of them called. The agent is the CareDesk user whose extension the call reached
(the `pbx.extensions` setting).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import t
from app.models import PbxCall, User
from app.services.customers.customer_search import phone_holders
from app.services.imports.call_rows import CallRow
from app.services.imports.report import RowIssue
from app.services.kpis.pbx_settings import read_extensions

CREATE, SKIP, ERROR = "create", "skip", "error"
_LOOKUP = 900  # values per IN (...): under SQLite's old 999-parameter limit


@dataclass
class Decision:
    action: str  # CREATE, SKIP or ERROR
    customer_id: int | None = None
    agent_id: int | None = None


def plan_calls(session: Session, rows: list[CallRow]) -> list[Decision]:
    """One decision per row; notes found on the way are added to the rows."""
    records = [row.record for row in rows if row.record is not None]
    imported = _imported(session, {str(r["unique_id"]) for r in records})
    extensions = read_extensions(session)
    users = _user_ids(session, set(extensions.values()))
    holders: dict[tuple[str, ...], list[int]] = {}
    first_line: dict[str, int] = {}
    unknown_noted: set[str] = set()
    decisions = []
    for row in rows:
        record = row.record
        if record is None:
            decisions.append(Decision(ERROR))
            continue
        unique_id = str(record["unique_id"])
        if unique_id in first_line:
            _note_repeat(row, first_line[unique_id])
            decisions.append(Decision(SKIP))
            continue
        first_line[unique_id] = row.number
        if unique_id in imported:
            decisions.append(Decision(SKIP))
            continue
        decision = Decision(CREATE)
        if record["inbound"] and row.readings:
            if row.readings not in holders:
                holders[row.readings] = phone_holders(session, row.readings)
            owners = holders[row.readings]
            decision.customer_id = owners[0] if len(owners) == 1 else None
        username = extensions.get(str(record["extension"]))
        if username is not None:
            decision.agent_id = users.get(username)
            if decision.agent_id is None and username not in unknown_noted:
                unknown_noted.add(username)
                row.notes.append(
                    RowIssue(
                        row.number,
                        "dstchannel",
                        t(
                            "Extension {extension} belongs to the user name {username} in the "
                            "settings, but no user has that name: the calls of this extension "
                            "are kept without an agent. Correct it in Admin › Settings.",
                            extension=record["extension"],
                            username=username,
                        ),
                        "extension",
                    )
                )
        decisions.append(decision)
    return decisions


def _note_repeat(row: CallRow, first: int) -> None:
    if row.has_uniqueid:
        message = t(
            "Line {line} has a record of the same call (the same Asterisk unique ID): the call "
            "is counted once, as written there.",
            line=first,
        )
        row.notes.append(RowIssue(row.number, "uniqueid", message, "unique_id"))
    else:
        message = t("This record is the same as line {line}: it is counted once.", line=first)
        row.notes.append(RowIssue(row.number, "", message))


def _parts(values: Iterable[str]) -> Iterator[list[str]]:
    items = list(values)
    for start in range(0, len(items), _LOOKUP):
        yield items[start : start + _LOOKUP]


def _imported(session: Session, unique_ids: set[str]) -> set[str]:
    found: set[str] = set()
    for part in _parts(unique_ids):
        found.update(session.scalars(select(PbxCall.unique_id).where(PbxCall.unique_id.in_(part))))
    return found


def _user_ids(session: Session, usernames: set[str]) -> dict[str, int]:
    if not usernames:
        return {}
    query = select(User.username, User.id).where(User.username.in_(sorted(usernames)))
    return {name: uid for name, uid in session.execute(query)}
