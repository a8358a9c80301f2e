"""Where CareDesk keeps its data and which database it opens."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "CareDesk"
DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
DB_FILE_NAME = "caredesk.db"


def data_dir() -> Path:
    """The per-user data folder (database, backups, log). CAREDESK_DATA_DIR overrides it."""
    override = os.environ.get("CAREDESK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / DB_FILE_NAME}"


def resolve_db_url(cli_value: str | None = None) -> str:
    """--db wins over CAREDESK_DB, which wins over the SQLite file in the data dir."""
    return cli_value or os.environ.get("CAREDESK_DB") or default_db_url()


def log_file() -> Path:
    return data_dir() / "caredesk.log"
