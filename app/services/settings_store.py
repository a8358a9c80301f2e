"""Where shared settings are kept: a row per setting written, its declared default otherwise.

Each area declares its own settings (a SettingDef each, and the label shown for it)
beside the code that reads them, and reads them here by their declaration; the catalogue
of every area's settings, which the Admin screen edits, is app/services/settings.py. This
module knows no area, so no area's rules depend on another's through it. The same table
also holds the few values the app records for itself (`keep`, `read_kept`: when the
reminder rules last ran), which no one edits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import t
from app.models import Setting
from app.models.base import utcnow
from app.services import audit
from app.services.access.permissions import require
from app.services.actor import Actor


@dataclass(frozen=True)
class SettingDef:
    key: str
    type: type
    default: object
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] | None = None
    # Text settings: normalises a value, or raises ValidationError saying what is wrong.
    check: Callable[[object], object] | None = None
    # Text settings edited in a several-line box (slip terms, greeting templates).
    multiline: bool = False


def read_setting(session: Session, definition: SettingDef) -> object:
    row = session.get(Setting, definition.key)
    return definition.default if row is None else row.value


def read_settings(session: Session, definitions: Iterable[SettingDef]) -> dict[str, object]:
    """Each setting's stored value (or default), in the order given, in one query."""
    wanted = list(definitions)
    rows = session.scalars(select(Setting).where(Setting.key.in_([d.key for d in wanted])))
    stored = {row.key: row.value for row in rows}
    return {d.key: stored.get(d.key, d.default) for d in wanted}


def read_kept(session: Session, key: str) -> object:
    """A value the app keeps for itself in the settings table (None: never kept)."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def keep(session: Session, key: str, value: object) -> None:
    """Keep a value the app records for itself, not a setting a person edits (no actor,
    no audit; never in the Admin catalogue). One upsert, so two seats keeping it at
    once both succeed, the later one's value staying."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = dialect.insert(Setting).values(key=key, value=value, updated_at=utcnow(), version=1)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=[Setting.key],
            set_={
                "value": statement.excluded.value,
                "updated_at": statement.excluded.updated_at,
                "updated_by_id": None,
                "version": Setting.version + 1,
            },
        )
    )


def write_setting(
    session: Session, actor: Actor, definition: SettingDef, label: Callable[[], str], value: object
) -> None:
    """Check `value` against the declaration (a refusal names the setting by `label()`),
    store it and audit the change."""
    require(actor, "settings.edit")
    value = _checked(definition, label, value)
    row = session.get(Setting, definition.key)
    before = {"value": definition.default if row is None else row.value}
    if row is None:
        row = Setting(key=definition.key, value=value, updated_by_id=actor.user_id)
        session.add(row)
    else:
        row.value = value
        row.updated_by_id = actor.user_id
    session.flush()
    audit.record(session, actor, "setting", definition.key, "update", before, {"value": value})


def _checked(definition: SettingDef, label: Callable[[], str], value: object) -> object:
    if definition.type is bool:
        if not isinstance(value, bool):
            raise ValidationError(t("{label}: choose on or off.", label=label()))
    elif definition.type is int:
        try:
            value = int(value)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            raise ValidationError(t("{label}: type a whole number.", label=label())) from None
        if (definition.minimum is not None and value < definition.minimum) or (
            definition.maximum is not None and value > definition.maximum
        ):
            raise ValidationError(
                t(
                    "{label}: type a number from {low} to {high}.",
                    label=label(),
                    low=definition.minimum,
                    high=definition.maximum,
                )
            )
    if definition.check is not None:
        try:
            value = definition.check(value)
        except ValidationError as exc:
            raise ValidationError(f"{label()}: {exc.message}", definition.key) from None
    if definition.choices is not None and value not in definition.choices:
        raise ValidationError(
            t(
                "{label}: choose one of {choices}.",
                label=label(),
                choices=", ".join(definition.choices),
            )
        )
    return value
