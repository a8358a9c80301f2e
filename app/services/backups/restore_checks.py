"""The first checks of every restore, the same for a zip and a dump: the file is there, it
is the kind of file expected (by its first bytes), and its description file, when there
is one, can be read."""

from __future__ import annotations

from pathlib import Path

from app.i18n import t
from app.services.backups import backup_errors as refusal
from app.services.backups.backup_files import signature
from app.services.backups.manifest import BackupInfo, read_sidecar


def described(path: Path, kind: str) -> BackupInfo | None:
    """What the sidecar of `path` records (None: it has none); BackupRefused when `path` is
    missing, is not a `kind` file (backup_files.ZIP, PG_DUMP) or its sidecar is unreadable."""
    if not path.is_file():
        raise refusal.not_found(path)
    if signature(path) != kind:
        raise refusal.not_a_backup(path)
    try:
        return read_sidecar(path)
    except ValueError:
        raise refusal.damaged(path, t("its description file cannot be read")) from None
