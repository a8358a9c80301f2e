"""The log file in the data dir: where details go that a person is never shown."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.config import log_file

_configured: Path | None = None


def log_path() -> Path:
    return log_file()


def setup_file_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the rotating log file; None when the data dir is not writable."""
    global _configured
    if _configured is not None:
        return _configured
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    _configured = path
    return path
