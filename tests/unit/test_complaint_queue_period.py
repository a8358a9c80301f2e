"""The complaint queue filtered by the local days a complaint was opened on, closed ones
too when asked: what the Dashboard opens when a supervisor clicks a complaint figure."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.models import ComplaintStatus
from app.services.complaints.complaint_queue import (
    ANY_STATUS,
    QueueFilter,
    queue_counts,
    queue_page,
)
from tests.factories import make_complaint, make_customer


@pytest.fixture
def opened(db):
    """Complaints opened around March 2026, Hanoi time (UTC+7)."""
    with db.session_scope() as s:
        an = make_customer(s, "Nguyễn Văn An").id
        made = {}
        for name, opened_at, status in [
            # 28/02 23:59 local: the day before the period.
            ("feb_last", datetime(2026, 2, 28, 16, 59, tzinfo=UTC), ComplaintStatus.NEW),
            # 01/03 00:00 local (still 28/02 in UTC): the period's first moment.
            ("mar_first", datetime(2026, 2, 28, 17, 0, tzinfo=UTC), ComplaintStatus.NEW),
            ("mar_closed", datetime(2026, 3, 10, 3, 0, tzinfo=UTC), ComplaintStatus.CLOSED),
            # 31/03 23:59 local: the period's last minute.
            ("mar_last", datetime(2026, 3, 31, 16, 59, tzinfo=UTC), ComplaintStatus.REOPENED),
            # 01/04 00:00 local: the day after.
            ("apr_first", datetime(2026, 3, 31, 17, 0, tzinfo=UTC), ComplaintStatus.NEW),
        ]:
            made[name] = make_complaint(s, an, opened_at=opened_at, status=status).id
        return made


def _ids(db, actor, f: QueueFilter) -> set[int]:
    with db.session_scope() as s:
        return {r.id for r in queue_page(s, actor, "all", f)}


def test_the_opened_days_are_local_and_inclusive(db, admin, opened):
    march = QueueFilter(opened_from=date(2026, 3, 1), opened_to=date(2026, 3, 31))

    # Open complaints only, as the queue always showed.
    assert _ids(db, admin, march) == {opened["mar_first"], opened["mar_last"]}
    # With every status, the closed one of 10/03 joins them.
    assert _ids(db, admin, QueueFilter(status=ANY_STATUS, opened_from=date(2026, 3, 1))) == {
        opened["mar_first"],
        opened["mar_closed"],
        opened["mar_last"],
        opened["apr_first"],
    }
    assert _ids(db, admin, QueueFilter(status=ANY_STATUS, opened_to=date(2026, 2, 28))) == {
        opened["feb_last"]
    }


def test_any_status_with_a_period_counts_closed_complaints_too(db, admin, opened):
    march = QueueFilter(
        status=ANY_STATUS, opened_from=date(2026, 3, 1), opened_to=date(2026, 3, 31)
    )
    with db.session_scope() as s:
        assert queue_counts(s, admin, march)["all"] == 3
        assert queue_counts(s, admin, QueueFilter(status=ANY_STATUS))["all"] == 5
        assert queue_counts(s, admin, QueueFilter())["all"] == 4  # the closed one is not open
