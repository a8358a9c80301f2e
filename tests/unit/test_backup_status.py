"""What the status bar says about backups, and how a backup's size reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.formatting import format_size
from app.services.backups.backup_desk import status_of
from app.services.backups.manifest import BackupInfo

NOW = datetime(2026, 12, 7, 9, 30, tzinfo=UTC)


def copy_taken(at: datetime) -> BackupInfo:
    return BackupInfo(
        path=Path("/backups/caredesk.zip"),
        taken_at=at,
        revision="0012",
        counts={"customers": 2},
        sha256="0" * 64,
        size=1234,
        backend="sqlite",
        app_version="0.1.0",
    )


def test_no_backup_at_all_is_a_warning():
    status = status_of(None, NOW)
    assert (status.applies, status.last, status.warn) == (True, None, True)


def test_a_copy_exactly_three_days_old_is_still_fine():
    taken = NOW - timedelta(days=3)
    status = status_of(copy_taken(taken), NOW)
    assert (status.applies, status.last, status.warn) == (True, taken, False)


def test_a_copy_a_second_older_than_three_days_warns():
    taken = NOW - timedelta(days=3, seconds=1)
    status = status_of(copy_taken(taken), NOW)
    assert (status.applies, status.last, status.warn) == (True, taken, True)


def test_a_copy_made_this_morning_is_fine():
    assert status_of(copy_taken(datetime(2026, 12, 7, 0, 5, tzinfo=UTC)), NOW).warn is False


@pytest.mark.parametrize(
    ("n_bytes", "lang", "shown"),
    [
        (0, "en", "0 KB"),
        (1, "en", "1 KB"),
        (1536, "en", "2 KB"),
        (1_048_575, "en", "1,024 KB"),
        (1_048_576, "en", "1.0 MB"),
        (12_897_485, "en", "12.3 MB"),
        (12_897_485, "vi", "12,3 MB"),
        (734_003_200, "vi", "700,0 MB"),
        (1_073_741_823, "en", "1024.0 MB"),
        (1_073_741_824, "en", "1.0 GB"),
        (2_684_354_560, "vi", "2,5 GB"),
    ],
)
def test_sizes_read_as_explorer_shows_them(n_bytes, lang, shown):
    assert format_size(n_bytes, lang) == shown
