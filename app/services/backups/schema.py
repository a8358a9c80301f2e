"""The schema a backup's data is at: the tables of the data model and the revisions this
version of CareDesk knows (older ones it upgrades; an unknown one is from a newer version)."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from alembic.util import CommandError

from app.db import _alembic_config, head_revision
from app.models import Base


def model_tables() -> list[str]:
    """Every table of the data model (app.models metadata), parents first."""
    return [table.name for table in Base.metadata.sorted_tables]


def revision_known(revision: str) -> bool:
    """True when this version of CareDesk has the migration `revision` (older or head)."""
    script = ScriptDirectory.from_config(_alembic_config())
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def is_older(revision: str) -> bool:
    """A known revision before this version's head: the data is upgraded when restored."""
    return revision != head_revision()
