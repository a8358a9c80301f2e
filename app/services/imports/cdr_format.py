"""What Asterisk writes in Master.csv, and what CareDesk reads out of each record.

cdr_csv writes one line per call record with no header, in a fixed order (cdr/cdr_csv.c):
accountcode, src, dst, dcontext, clid, channel, dstchannel, lastapp, lastdata, start,
answer, end, duration, billsec, disposition, amaflags; then uniqueid when cdr.conf says
`loguniqueid=yes` and userfield when it says `loguserfield=yes`. A line of 17 columns
holds one of the two: a uniqueid looks like "1730512503.12" (seconds.sequence, perhaps
after the system name), anything else is the userfield. Times are the PBX's local time
("2026-11-02 08:15:03"; cdr.conf's usegmtime must stay "no").

The queue is the first argument of Queue() when the call's last application was Queue
(lastdata "hotline,t,,,300": the queue the caller waited in, which is what "per queue"
means to the call centre). Any other call is filed under its dialplan context (dcontext):
for a call that never reached a queue it is the nearest thing Asterisk records, and
dcontext alone would put every queue's calls under the one context the trunk delivers
them to. A call from a number of at most 6 digits is from an extension (an agent calling
out, or a colleague): the telephony KPIs count the calls that came in.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from functools import lru_cache

from app.errors import ValidationError
from app.i18n import t
from app.services.imports.cells import Cell
from app.text import interpretations

CDR_COLUMNS = (
    "accountcode",
    "src",
    "dst",
    "dcontext",
    "clid",
    "channel",
    "dstchannel",
    "lastapp",
    "lastdata",
    "start",
    "answer",
    "end",
    "duration",
    "billsec",
    "disposition",
    "amaflags",
    "uniqueid",
    "userfield",
)
BASE_COLUMNS = 16
WIDTHS = (16, 17, 18)
DISPOSITIONS = ("ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION")
TEXT_MAX = 80
_UNIQUEID = re.compile(r"[\w.-]*\d+\.\d+")
_EXTENSION = re.compile(r"\d{1,6}")
_TIME = re.compile(r"(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2})(\.\d+)?")
_HEX = re.compile(r"[0-9a-fA-F]+")


def expected_columns() -> str:
    """The columns of a record, for a message about a line that has others."""
    return t(
        "{columns}, then uniqueid and userfield",
        columns=", ".join(CDR_COLUMNS[:BASE_COLUMNS]),
    )


def uniqueid_of(width: int, extra: str) -> str:
    """The uniqueid of a record `width` columns wide whose 17th column is `extra` ("" when
    the record has none)."""
    return extra if width == 18 or (width == 17 and _UNIQUEID.fullmatch(extra)) else ""


def local_time(text: str) -> datetime | None:
    """ "2026-11-02 08:15:03" (hrtime's fraction of a second dropped), or None."""
    match = _TIME.fullmatch(text)
    try:
        return datetime.fromisoformat(match[1].replace("T", " ")) if match else None
    except ValueError:  # 2026-11-31
        return None


def queue_of(dcontext: str, lastapp: str, lastdata: str) -> str:
    """The queue of Queue(hotline,...), else the dialplan context."""
    if lastapp.strip().lower() == "queue":
        name = re.split(r"[,|]", lastdata, maxsplit=1)[0].strip()
        if name:
            return name[:TEXT_MAX]
    return dcontext.strip()[:TEXT_MAX]


def extension_of(channel: str) -> str:
    """ "101" of "SIP/101-0000001a", "PJSIP/101-00000005" or "Local/101@from-queue-…;1"."""
    if "/" not in channel:
        return ""
    name = channel.split("/", 1)[1].split(";", 1)[0].split("@", 1)[0]
    head, dash, tail = name.rpartition("-")
    if dash and head and _HEX.fullmatch(tail):
        name = head
    return name.strip()[:TEXT_MAX]


def from_extension(src: str) -> bool:
    """Whether the caller is an extension of the PBX (at most 6 digits)."""
    return _EXTENSION.fullmatch(src.strip()) is not None


@lru_cache(maxsize=65_536)
def caller_readings(src: str) -> tuple[str, ...]:
    """Every E.164 reading of the caller's number, as the caller lookup reads a number;
    () for an extension, a hidden number ("anonymous") or anything else that is not one."""
    if not src.strip() or from_extension(src):
        return ()
    try:
        return tuple(p.e164 for p in interpretations(src))
    except ValidationError:
        return ()


def record_hash(texts: list[str], times: dict[int, Cell]) -> str:
    """ "h:" and a SHA-1 of the first 16 columns as read, the times (at their positions in
    `times`) written as Asterisk writes them: the same for the same line whether it comes
    from Master.csv or from a copy saved by Excel."""
    parts = list(texts[:BASE_COLUMNS])
    for position, cell in times.items():
        if isinstance(cell, datetime):
            parts[position] = cell.strftime("%Y-%m-%d %H:%M:%S")
        else:
            match = _TIME.fullmatch(parts[position])
            parts[position] = match[1].replace("T", " ") if match else parts[position]
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False)
    return "h:" + digest.hexdigest()
