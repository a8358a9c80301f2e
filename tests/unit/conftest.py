"""Fixtures the unit tests share: signed-in staff and the store counter, in `db`."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.services.actor import Actor
from tests import scenarios
from tests.factories import make_customer

# Monday 2 November 2026, 09:00 in Hà Nội: the counter's day and clock.
COUNTER_TODAY = date(2026, 11, 2)
COUNTER_NOW = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)


@pytest.fixture
def agent(db, admin) -> Actor:
    """An agent with no store, signed in: Trần Thị Yến (yen.tran)."""
    with db.session_scope() as s:
        return scenarios.staff_member(s, admin)


@pytest.fixture
def an(db) -> int:
    """Nguyễn Văn An (0912 345 678), as an earlier import left him; his id."""
    with db.session_scope() as s:
        return make_customer(s, "Nguyễn Văn An", phones=["0912 345 678"]).id


@pytest.fixture
def counter(db, admin) -> scenarios.Counter:
    """The Hà Nội store's counter (staff, a customer and a TV) on COUNTER_TODAY."""
    with db.session_scope() as s:
        return scenarios.counter(s, admin, COUNTER_TODAY, now=COUNTER_NOW)
