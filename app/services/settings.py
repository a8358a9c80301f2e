"""Every shared setting of every area, for the Admin screen and the command line.

Each area declares its settings beside its rules and reads them through
app/services/settings_store.py; this catalogue gathers them in the order the Admin
screen shows them, with their labels, and checks a value before it is stored.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.services.access.access_settings import ACCESS_SETTINGS, access_labels
from app.services.actor import Actor
from app.services.backups.backup_settings import BACKUP_SETTINGS, backup_labels
from app.services.changes import writes
from app.services.complaints.sla_settings import SLA_SETTINGS, sla_labels
from app.services.kpis.pbx_settings import PBX_SETTINGS, pbx_labels
from app.services.kpis.targets import KPI_TARGETS, target_labels
from app.services.loyalty.loyalty_settings import LOYALTY_SETTINGS, loyalty_labels
from app.services.reminders.reminder_settings import REMINDER_SETTINGS, reminder_labels
from app.services.settings_store import SettingDef, read_setting, read_settings, write_setting
from app.services.slips.slip_settings import SLIP_SETTINGS, slip_labels

__all__ = [
    "SETTINGS",
    "SettingDef",
    "all_settings",
    "get_setting",
    "label",
    "save_settings",
    "set_setting",
]

SETTINGS: dict[str, SettingDef] = {
    d.key: d
    for d in (
        *ACCESS_SETTINGS,
        *LOYALTY_SETTINGS,
        *SLA_SETTINGS,
        *SLIP_SETTINGS,
        *REMINDER_SETTINGS,
        *BACKUP_SETTINGS,
        *KPI_TARGETS,
        *PBX_SETTINGS,
    )
}


def label(key: str) -> str:
    """The setting's name on screen, in the current language."""
    labels = {
        **access_labels(),
        **loyalty_labels(),
        **sla_labels(),
        **slip_labels(),
        **reminder_labels(),
        **backup_labels(),
        **target_labels(),
        **pbx_labels(),
    }
    return labels[key]


def _definition(key: str) -> SettingDef:
    if key not in SETTINGS:
        raise ValidationError(t("Unknown setting {key}.", key=key))
    return SETTINGS[key]


def get_setting(session: Session, key: str) -> object:
    return read_setting(session, _definition(key))


def all_settings(session: Session) -> dict[str, object]:
    """Every declared setting with its stored value (or default), in catalogue order."""
    return read_settings(session, SETTINGS.values())


@writes("setting")
def set_setting(session: Session, actor: Actor, key: str, value: object) -> None:
    definition = _definition(key)
    write_setting(session, actor, definition, lambda: label(key), value)


@writes("setting")
def save_settings(session: Session, actor: Actor, changes: dict[str, object]) -> None:
    """Store `changes` in one unit of work: all of them, or none with the refused key named."""
    for key, value in changes.items():
        try:
            set_setting(session, actor, key, value)
        except ValidationError as exc:
            raise ValidationError(exc.message, field=key) from exc
