"""Shared settings, declared once: key, type, default, limits and a translatable label.

Values live in the settings table; a key never written there has its default.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.models import Setting
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor
from app.services.complaints.sla_settings import check_clock, check_dates, check_days, check_target
from app.services.reminders.reminder_settings import REMINDER_SETTINGS, reminder_labels
from app.services.setting_def import SettingDef
from app.services.slips.slip_settings import SLIP_SETTINGS, slip_labels

_VND_MAX, _POINTS_MAX = 10**12, 10**9
SETTINGS: dict[str, SettingDef] = {
    d.key: d
    for d in (
        SettingDef("session.idle_lock_minutes", int, 15, 1, 480),
        # Tiers follow the spend of the last 365 days, or the points balance.
        SettingDef("loyalty.basis", str, "spend", choices=("spend", "points")),
        # 1 point per 100,000 VND spent, so the two scales give the same tiers by default.
        SettingDef("loyalty.spend.silver", int, 15_000_000, 0, _VND_MAX),
        SettingDef("loyalty.spend.gold", int, 30_000_000, 0, _VND_MAX),
        SettingDef("loyalty.spend.platinum", int, 60_000_000, 0, _VND_MAX),
        SettingDef("loyalty.spend.vip", int, 100_000_000, 0, _VND_MAX),
        SettingDef("loyalty.points.silver", int, 150, 0, _POINTS_MAX),
        SettingDef("loyalty.points.gold", int, 300, 0, _POINTS_MAX),
        SettingDef("loyalty.points.platinum", int, 600, 0, _POINTS_MAX),
        SettingDef("loyalty.points.vip", int, 1000, 0, _POINTS_MAX),
        # SLA targets per priority, in business time ("8h", "3d"), and the business week.
        *(
            SettingDef(f"sla.{priority}.{kind}", str, default, check=check_target)
            for priority, first, resolution in (
                ("critical", "1h", "8h"),
                ("high", "4h", "24h"),
                ("normal", "8h", "3d"),
                ("low", "24h", "5d"),
            )
            for kind, default in (("first_response", first), ("resolution", resolution))
        ),
        SettingDef("sla.open_days", str, "1-6", check=check_days),
        SettingDef("sla.opens", str, "08:00", check=check_clock),
        SettingDef("sla.closes", str, "17:30", check=check_clock),
        SettingDef("sla.closed_days", str, "", check=check_dates),
        *SLIP_SETTINGS,
        *REMINDER_SETTINGS,
    )
}


def label(key: str) -> str:
    """The setting's name on screen, in the current language."""
    labels = {
        "session.idle_lock_minutes": t("Lock an idle seat after (minutes)"),
        "loyalty.basis": t("Customer tiers follow (spend or points)"),
        "loyalty.spend.silver": t("Silver from (VND spent in the last 12 months)"),
        "loyalty.spend.gold": t("Gold from (VND spent in the last 12 months)"),
        "loyalty.spend.platinum": t("Platinum from (VND spent in the last 12 months)"),
        "loyalty.spend.vip": t("VIP from (VND spent in the last 12 months)"),
        "loyalty.points.silver": t("Silver from (points)"),
        "loyalty.points.gold": t("Gold from (points)"),
        "loyalty.points.platinum": t("Platinum from (points)"),
        "loyalty.points.vip": t("VIP from (points)"),
        "sla.critical.first_response": t("Critical: first response within (e.g. 1h)"),
        "sla.critical.resolution": t("Critical: resolved within (e.g. 8h)"),
        "sla.high.first_response": t("High: first response within"),
        "sla.high.resolution": t("High: resolved within"),
        "sla.normal.first_response": t("Normal: first response within"),
        "sla.normal.resolution": t("Normal: resolved within (e.g. 3d = 3 business days)"),
        "sla.low.first_response": t("Low: first response within"),
        "sla.low.resolution": t("Low: resolved within"),
        "sla.open_days": t("Open days (1 = Monday … 7 = Sunday, e.g. 1-6)"),
        "sla.opens": t("Business hours start (HH:MM)"),
        "sla.closes": t("Business hours end (HH:MM)"),
        "sla.closed_days": t("Extra closed days besides public holidays (dd/mm/yyyy, …)"),
        **slip_labels(),
        **reminder_labels(),
    }
    return labels[key]


def _definition(key: str) -> SettingDef:
    if key not in SETTINGS:
        raise ValidationError(t("Unknown setting {key}.", key=key))
    return SETTINGS[key]


def get_setting(session: Session, key: str) -> object:
    definition = _definition(key)
    row = session.get(Setting, key)
    return definition.default if row is None else row.value


def all_settings(session: Session) -> dict[str, object]:
    """Every declared setting with its stored value (or default), in catalogue order."""
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    return {key: stored.get(key, d.default) for key, d in SETTINGS.items()}


def set_setting(session: Session, actor: Actor, key: str, value: object) -> None:
    require(actor, "settings.edit")
    definition = _definition(key)
    if definition.type is bool:
        if not isinstance(value, bool):
            raise ValidationError(t("{label}: choose on or off.", label=label(key)))
    elif definition.type is int:
        try:
            value = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValidationError(t("{label}: type a whole number.", label=label(key))) from None
        if (definition.minimum is not None and value < definition.minimum) or (
            definition.maximum is not None and value > definition.maximum
        ):
            raise ValidationError(
                t("{label}: type a number from {low} to {high}.", label=label(key),
                  low=definition.minimum, high=definition.maximum)
            )  # fmt: skip
    if definition.check is not None:
        try:
            value = definition.check(value)
        except ValidationError as exc:
            raise ValidationError(f"{label(key)}: {exc.message}", key) from None
    if definition.choices is not None and value not in definition.choices:
        raise ValidationError(
            t("{label}: choose one of {choices}.", label=label(key),
              choices=", ".join(definition.choices))
        )  # fmt: skip
    row = session.get(Setting, key)
    before = {"value": definition.default if row is None else row.value}
    if row is None:
        row = Setting(key=key, value=value, updated_by_id=actor.user_id)
        session.add(row)
    else:
        row.value = value
        row.updated_by_id = actor.user_id
    session.flush()
    audit.record(session, actor, "setting", key, "update", before, {"value": value})
