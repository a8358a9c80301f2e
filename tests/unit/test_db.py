"""The storage rules: SQLite settings, network shares, UTC times, conflicts, numbering."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.db import is_network_path, open_database, parse_url
from app.errors import Conflict, DatabaseError
from app.models import Interaction, Store
from app.services.numbering import next_number

MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
server:/export/shop /mnt/shop nfs4 rw 0 0
//nas/data /srv/nas cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "remote"),
    [
        ("/home/an/caredesk.db", False),
        ("/mnt/shop/caredesk.db", True),
        ("/srv/nas/deep/folder/caredesk.db", True),
        ("/srv/nasty/caredesk.db", False),
        ("/tmp/caredesk.db", False),
        ("\\\\server\\share\\caredesk.db", True),
    ],
)
def test_network_paths_are_recognised(path, remote):
    assert is_network_path(Path(path), mounts=MOUNTS) is remote


def test_sqlite_on_a_network_share_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr("app.db.is_network_path", lambda path, mounts=None: True)
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        open_database(f"sqlite:///{tmp_path / 'x.db'}")
    assert not (tmp_path / "x.db").exists()


def test_plain_postgresql_url_uses_psycopg3():
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_sqlite_connections_have_the_safe_settings(sqlite_db):
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_new_sqlite_file_is_private_to_its_owner(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'private.db'}")
    assert (tmp_path / "private.db").stat().st_mode & 0o077 == 0
    db.dispose()


def test_times_come_back_in_utc_whatever_zone_went_in(db):
    saigon = timezone(timedelta(hours=7))
    started = datetime(2026, 1, 1, 8, 30, tzinfo=saigon)
    with db.session_scope() as s:
        s.add(Interaction(channel="phone", direction="in", started_at=started))
    with db.session_scope() as s:
        got = s.scalars(select(Interaction.started_at)).one()
    assert got == started and got.tzinfo is not None and got.utcoffset() == timedelta(0)
    assert got.hour == 1


def test_naive_datetimes_are_refused(db):
    with pytest.raises(Exception, match="naive datetime"), db.session_scope() as s:
        s.add(Interaction(channel="phone", direction="in", started_at=datetime(2026, 1, 1)))
        s.flush()


def test_a_stale_save_is_a_conflict_and_the_newer_change_stays(db):
    with db.session_scope() as s:
        s.add(Store(code="HN01", name="Hà Nội"))
    with db.session_scope() as s:
        mine = s.scalars(select(Store)).one()
    with db.session_scope() as s:
        theirs = s.scalars(select(Store)).one()
        theirs.name = "Cửa hàng Hà Nội 1"
    with pytest.raises(Conflict, match="Someone else changed"), db.session_scope() as s:
        mine = s.merge(mine, load=False)
        mine.name = "Chi nhánh Hà Nội"
    with db.session_scope() as s:
        assert s.scalars(select(Store.name)).one() == "Cửa hàng Hà Nội 1"


def test_document_numbers_have_no_gaps_and_no_duplicates(db):
    with db.session_scope() as s:
        assert next_number(s, "complaint", 2026) == "KN-2026-000001"
    with pytest.raises(RuntimeError), db.session_scope() as s:
        assert next_number(s, "complaint", 2026) == "KN-2026-000002"
        raise RuntimeError("the complaint was not saved")
    with db.session_scope() as s:
        assert next_number(s, "complaint", 2026) == "KN-2026-000002"  # given back
        assert next_number(s, "complaint", 2027) == "KN-2027-000001"  # per year
        assert next_number(s, "claim", 2026) == "YC-2026-000001"  # per kind


def test_document_numbers_from_several_seats_at_once(db):
    taken: list[str] = []
    lock = threading.Lock()

    def seat() -> None:
        for _ in range(10):
            with db.session_scope() as s:
                number = next_number(s, "complaint", 2026)
            with lock:
                taken.append(number)

    threads = [threading.Thread(target=seat) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(taken) == [f"KN-2026-{n:06d}" for n in range(1, 41)]


def test_session_scope_rolls_back_on_error(db):
    with pytest.raises(ValueError), db.session_scope() as s:
        s.add(Store(code="DN01", name="Đà Nẵng"))
        s.flush()
        raise ValueError
    with db.session_scope() as s:
        assert s.scalars(select(Store)).all() == []
